//! Shared by the certificate and record tests: the demo's administrators, ids by name, the
//! current campaign, sitting the exam over HTTP (all right or all blank), a plain GET.

use std::collections::HashMap;

use entity::{region, unit};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::TestApp;

pub const UNIT_ADMIN: &str = "13800000005";
pub const OTHER_UNIT_ADMIN: &str = "13800000006";
pub const DISTRICT: &str = "13800000003";
pub const PROVINCE: &str = "13800000001";

pub async fn unit_gid(app: &TestApp, name: &str) -> String {
    let u = unit::Entity::find()
        .filter(unit::Column::Name.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    format!("unit_{}", u.id)
}

pub async fn province_gid(app: &TestApp) -> String {
    let r = region::Entity::find()
        .filter(region::Column::Level.eq("PROVINCE"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    format!("reg_{}", r.id)
}

pub async fn current_campaign(app: &TestApp, token: &str) -> Value {
    let body = app
        .gql(
            Some(token),
            "{ currentCampaign { id year title studyStart makeupWindow { end } } }",
            json!({}),
        )
        .await;
    body["data"]["currentCampaign"].clone()
}

/// Takes the exam in the learner's open MAIN session, every answer right (`correct`) or none
/// given; returns the score.
pub async fn sit_exam(app: &TestApp, learner: &str, campaign: &str, correct: bool) -> i64 {
    let province = app.admin(PROVINCE).await;
    let bank = app
        .gql(
            Some(&province),
            "query($c: ID!) { questions(campaignId: $c) { stem answer options { key text } } }",
            json!({"c": campaign}),
        )
        .await;
    // stem -> texts of the correct options
    let mut right: HashMap<String, Vec<String>> = HashMap::new();
    for q in bank["data"]["questions"]
        .as_array()
        .unwrap_or_else(|| panic!("{bank}"))
    {
        let answer = q["answer"].as_str().unwrap();
        let texts = q["options"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| answer.contains(o["key"].as_str().unwrap()))
            .map(|o| o["text"].as_str().unwrap().to_owned())
            .collect();
        right.insert(q["stem"].as_str().unwrap().to_owned(), texts);
    }
    let sessions = app
        .gql(
            Some(learner),
            "query($c: ID!) { examSessions(campaignId: $c) { id kind } }",
            json!({"c": campaign}),
        )
        .await;
    let session = sessions["data"]["examSessions"]
        .as_array()
        .unwrap_or_else(|| panic!("{sessions}"))
        .iter()
        .find(|s| s["kind"] == "MAIN")
        .unwrap_or_else(|| panic!("no MAIN session: {sessions}"))["id"]
        .clone();
    let started = app
        .gql(
            Some(learner),
            "mutation($s: ID!) { startExam(sessionId: $s) { id questions { id stem options { key text } } } }",
            json!({"s": session}),
        )
        .await;
    let attempt = &started["data"]["startExam"];
    let id = attempt["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{started}"))
        .to_owned();
    if correct {
        for q in attempt["questions"].as_array().unwrap() {
            let wanted = &right[q["stem"].as_str().unwrap()];
            let mut labels: Vec<&str> = q["options"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|o| wanted.iter().any(|t| t == o["text"].as_str().unwrap()))
                .map(|o| o["key"].as_str().unwrap())
                .collect();
            labels.sort();
            let saved = app
                .gql(
                    Some(learner),
                    "mutation($a: ID!, $q: ID!, $c: [String!]!) { saveAnswer(attemptId: $a, questionId: $q, choices: $c) { saved } }",
                    json!({"a": id, "q": q["id"], "c": labels}),
                )
                .await;
            assert_eq!(saved["data"]["saveAnswer"]["saved"], true, "{saved}");
        }
    }
    let submitted = app
        .gql(
            Some(learner),
            "mutation($a: ID!) { submitExam(attemptId: $a) { score passed } }",
            json!({"a": id}),
        )
        .await;
    submitted["data"]["submitExam"]["score"]
        .as_i64()
        .unwrap_or_else(|| panic!("{submitted}"))
}

pub async fn get(app: &TestApp, url: &str) -> reqwest::Response {
    app.client.get(format!("{}{url}", app.base)).send().await.unwrap()
}
