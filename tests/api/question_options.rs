//! A question's seventh option (G) from both ways a question enters the bank, the
//! spreadsheet import and `updateQuestion`: both build it through `QuestionDraft::new`, so
//! neither drops an option the other keeps (`updateQuestion` used to cut the list at six, and
//! the import had no 选项G column). An eighth option is refused with a message on both.

use chrono::Datelike;
use serde_json::{Value, json};

use crate::helpers::exam::{BANK, IMPORT, str_of};
use crate::helpers::{Backend, TestApp, assert_error, campaign_input, region_id};
use crate::on_both_backends;

on_both_backends!(the_seventh_option_survives_the_import_and_update_question);

const UPDATE: &str = "mutation($id: ID!, $i: QuestionInput!) { updateQuestion(id: $id, input: $i) { id answer options { key text } } }";

fn texts(q: &Value) -> Vec<String> {
    q["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| format!("{}:{}", str_of(o, "key"), str_of(o, "text")))
        .collect()
}

async fn the_seventh_option_survives_the_import_and_update_question(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let year = app.clock.today().year() + 1;
    let created = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }",
            json!({"i": campaign_input(&hunan, year)}),
        )
        .await;
    let campaign = str_of(&created["data"]["createCampaign"], "id").to_owned();
    let import = |csv: &'static str| {
        let (app, province, campaign) = (&app, &province, &campaign);
        async move {
            let body = app
                .upload(
                    province,
                    IMPORT,
                    json!({"c": campaign}),
                    "题库.csv",
                    "text/csv",
                    csv.as_bytes().to_vec(),
                )
                .await;
            assert!(body["errors"].is_null(), "importQuestions: {body}");
            body["data"]["importQuestions"].clone()
        }
    };

    // The import: a single choice whose answer is G, a multiple choice with G among its keys.
    let report = import(
        "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,选项G,答案\n\
         单选,七选一（　）。,甲,乙,丙,丁,戊,己,庚,G\n\
         多选,七选二（　）。,甲,乙,丙,丁,戊,己,庚,AG\n",
    )
    .await;
    assert_eq!(report["created"], 2, "{report}");
    assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
    let bank = app.gql(Some(&province), BANK, json!({"c": campaign})).await;
    let questions = bank["data"]["questions"].as_array().unwrap().clone();
    let seven = ["A:甲", "B:乙", "C:丙", "D:丁", "E:戊", "F:己", "G:庚"];
    for q in &questions {
        assert_eq!(texts(q), seven, "{q}");
    }
    let single = questions.iter().find(|q| q["type"] == "SINGLE").unwrap();
    assert_eq!(single["answer"], "G");
    let multiple = questions.iter().find(|q| q["type"] == "MULTIPLE").unwrap();
    assert_eq!(multiple["answer"], "AG");

    // updateQuestion: seven option texts in, seven out, the answer G kept.
    let id = str_of(single, "id").to_owned();
    let options = ["一", "二", "三", "四", "五", "六", "七"];
    let body = app
        .gql(
            Some(&province),
            UPDATE,
            json!({"id": id, "i": {"type": "SINGLE", "stem": "七选一（新）", "options": options, "answer": "G"}}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let q = &body["data"]["updateQuestion"];
    assert_eq!(q["answer"], "G");
    assert_eq!(texts(q), ["A:一", "B:二", "C:三", "D:四", "E:五", "F:六", "G:七"]);

    // An eighth option is refused, not cut off, and the question stays as it was.
    let body = app
        .gql(
            Some(&province),
            UPDATE,
            json!({"id": id, "i": {"type": "SINGLE", "stem": "八选一", "options": ["1", "2", "3", "4", "5", "6", "7", "8"], "answer": "A"}}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("最多 7 个"),
        "{body}"
    );
    let bank = app.gql(Some(&province), BANK, json!({"c": campaign})).await;
    let kept = bank["data"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id.as_str())
        .unwrap()
        .clone();
    assert_eq!(kept["stem"], "七选一（新）");
    assert_eq!(kept["options"].as_array().unwrap().len(), 7);

    // Seven options, the answer H: not an option on either path.
    let report = import("题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,选项G,答案\n单选,答案越界（　）。,甲,乙,丙,丁,戊,己,庚,H\n").await;
    assert_eq!(report["created"], 0, "{report}");
    assert_eq!(report["errors"][0]["row"], 2, "{report}");
    assert!(
        str_of(&report["errors"][0], "message").contains("不在选项之中"),
        "{report}"
    );
    app.stop().await;
}
