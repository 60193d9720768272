//! Unique indexes that refuse a write answer CONFLICT with a message naming the field, read
//! from the index's name on PostgreSQL and from its columns on SQLite (`error::UNIQUE_KEYS`).

use chrono::Datelike;
use serde_json::{Value, json};

use crate::helpers::exam::{BANK, campaign_of};
use crate::helpers::{Backend, TestApp, assert_error, campaign_input, region_id};
use crate::on_both_backends;

on_both_backends!(
    a_question_edited_into_another_is_refused_by_the_bank_index,
    campaigns_created_at_once_for_one_year_name_the_year,
);

const UPDATE_QUESTION: &str =
    "mutation($id: ID!, $i: QuestionInput!) { updateQuestion(id: $id, input: $i) { id stem } }";

fn message(body: &Value) -> &str {
    body["errors"][0]["message"].as_str().unwrap_or_default()
}

/// Editing a question checks nothing first: the bank's index on (campaign, type and stem) is
/// what refuses a second copy of a question, and the message says so.
async fn a_question_edited_into_another_is_refused_by_the_bank_index(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let campaign = campaign_of(&app, &province).await;
    let bank = app.gql(Some(&province), BANK, json!({"c": campaign})).await;
    let singles: Vec<&Value> = bank["data"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["type"] == "SINGLE")
        .collect();
    let (kept, edited) = (singles[0], singles[1]);
    let options: Vec<&Value> = edited["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["text"])
        .collect();

    let body = app
        .gql(
            Some(&province),
            UPDATE_QUESTION,
            json!({"id": edited["id"], "i": {
                "type": "SINGLE",
                "stem": kept["stem"],
                "options": options,
                "answer": edited["answer"],
            }}),
        )
        .await;
    assert_error(&body, &["CONFLICT"]);
    assert_eq!(
        message(&body),
        "题库中已有题型和题干都相同的题目，请修改题干，或撤下重复的那道题",
        "{body}"
    );
    let after = app.gql(Some(&province), BANK, json!({"c": campaign})).await;
    let unchanged = after["data"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == edited["id"])
        .unwrap();
    assert_eq!(unchanged["stem"], edited["stem"]);
}

/// Campaigns created at once for the same year: one is created; every other is refused with
/// the year named, by the check or, when the race passes it, by the index.
async fn campaigns_created_at_once_for_one_year_name_the_year(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let year = app.clock.today().year() + 2;
    let create = "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }";
    let answers = futures_util::future::join_all((0..6).map(|_| {
        app.gql(
            Some(&province),
            create,
            json!({"i": campaign_input(&hunan, year)}),
        )
    }))
    .await;
    let created = answers
        .iter()
        .filter(|b| b["data"]["createCampaign"]["id"].is_string())
        .count();
    assert_eq!(created, 1, "{answers:?}");
    for body in answers.iter().filter(|b| b["errors"].is_array()) {
        assert_error(body, &["CONFLICT"]);
        let message = message(body);
        assert!(
            message.starts_with("year：") && message.contains("年度的活动已存在"),
            "the message names the field: {body}"
        );
    }
}
