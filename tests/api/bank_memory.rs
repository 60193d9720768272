//! Each campaign's bank is kept in replica memory (issue 16) and follows every change at once:
//! a withdrawn question is never drawn after the withdrawal is acknowledged, a newly imported
//! one is drawn right after its import, a changed answer key grades the next submission; on
//! one server, and with the change made on one replica and the papers drawn on another.

use std::collections::{HashMap, HashSet};

use entity::exam_attempt;
use sea_orm::EntityTrait;
use serde_json::json;

use crate::helpers::exam::*;
use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(the_bank_in_memory_follows_every_change);

async fn the_bank_in_memory_follows_every_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    follows_changes(&app, &app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_draws_from_the_bank_as_another_replica_changed_it() {
    let Some(backend) = Backend::postgres() else {
        crate::helpers::skipped(concat!(
            module_path!(),
            "::a_replica_draws_from_the_bank_as_another_replica_changed_it"
        ));
        return;
    };
    crate::helpers::dropping_databases(async {
        let one = TestApp::spawn(backend).await;
        let two = one.spawn_sibling().await;
        follows_changes(&one, &two).await;
    })
    .await;
}

/// The bank questions of an attempt's paper, from its stored row.
async fn drawn(app: &TestApp, attempt: &str) -> HashSet<i32> {
    let row = exam_attempt::Entity::find_by_id(number(attempt))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    xuefa::domain::exam::paper_of(&row)
        .unwrap()
        .into_iter()
        .map(|e| e.question_id)
        .collect()
}

/// The true/false questions in use (not withdrawn), by bank number, with their GraphQL ids.
async fn true_false(app: &TestApp, token: &str, campaign: &str) -> HashMap<i32, (String, String)> {
    let bank = app.gql(Some(token), BANK, json!({"c": campaign})).await;
    bank["data"]["questions"]
        .as_array()
        .unwrap_or_else(|| panic!("questions: {bank}"))
        .iter()
        .filter(|q| q["type"] == "TRUE_FALSE" && q["withdrawn"] == false)
        .map(|q| {
            let id = str_of(q, "id").to_owned();
            (number(&id), (id, str_of(q, "stem").to_owned()))
        })
        .collect()
}

/// Changes the bank through `changer` (its province office) and draws papers on `drawer`,
/// whose copy of the bank is loaded by the first start. The demo blueprint asks for 20
/// true/false questions.
async fn follows_changes(changer: &TestApp, drawer: &TestApp) {
    let province = changer.admin("13800000001").await;
    let campaign = campaign_of(changer, &province).await;
    let before = true_false(changer, &province, &campaign).await;
    assert!(before.len() > 21, "{} true/false questions", before.len());

    let first = drawer.learner("13900000001").await;
    let session = unit_session(drawer, &first, &campaign, "MAIN").await;
    let a1 = start(drawer, &first, &session).await;
    let drawn_first = drawn(drawer, str_of(&a1, "id")).await;

    // Keep 19 the first paper did not draw (a drawn question may not become practice, and
    // this keeps the next paper's choice forced); withdraw every other one.
    let mut undrawn: Vec<i32> = before
        .keys()
        .copied()
        .filter(|q| !drawn_first.contains(q))
        .collect();
    undrawn.sort_unstable();
    let keep: HashSet<i32> = undrawn.into_iter().take(19).collect();
    for (q, (id, _)) in &before {
        if keep.contains(q) {
            continue;
        }
        let body = changer
            .gql(
                Some(&province),
                "mutation($id: ID!) { withdrawQuestion(id: $id) { id withdrawn } }",
                json!({"id": id}),
            )
            .await;
        assert_eq!(body["data"]["withdrawQuestion"]["withdrawn"], true, "{body}");
    }

    // 19 left for 20 places: right after the withdrawals, no paper can be drawn.
    let second = drawer.learner("13900000002").await;
    let refused = start_raw(drawer, &second, &session).await;
    assert_error(&refused, &["NOT_ELIGIBLE"]);
    assert!(refused.to_string().contains("题库题量不足"), "{refused}");

    // One question imported makes 20: the next paper holds exactly these and no withdrawn one.
    let stem = format!("居住权自登记时设立（{}）。", crate::helpers::unique_prefix());
    let csv = format!("题型,题干,答案\n判断,{stem},正确\n");
    let imported = changer
        .upload(
            &province,
            IMPORT,
            json!({"c": campaign}),
            "题库.csv",
            "text/csv",
            csv.into_bytes(),
        )
        .await;
    assert_eq!(imported["data"]["importQuestions"]["created"], 1, "{imported}");
    let after = true_false(changer, &province, &campaign).await;
    let (&new, (new_id, _)) = after
        .iter()
        .find(|(_, (_, s))| *s == stem)
        .unwrap_or_else(|| panic!("the imported question is not in the bank"));
    let a2 = start(drawer, &second, &session).await;
    let all_true_false: HashSet<i32> = before.keys().copied().chain([new]).collect();
    let drawn_second: HashSet<i32> = drawn(drawer, str_of(&a2, "id"))
        .await
        .into_iter()
        .filter(|q| all_true_false.contains(q))
        .collect();
    let expected: HashSet<i32> = keep.iter().copied().chain([new]).collect();
    assert_eq!(drawn_second, expected);

    // The new question answered 正确, then its key changed to 错误: graded on the new key.
    let place = questions_of(&a2)
        .iter()
        .find(|q| q["stem"] == stem)
        .unwrap_or_else(|| panic!("the new question is not in {a2}"));
    let attempt = str_of(&a2, "id").to_owned();
    assert!(
        save(
            drawer,
            &second,
            &attempt,
            str_of(place, "id"),
            &["A".to_owned()],
            None
        )
        .await
    );
    let updated = changer
        .gql(
            Some(&province),
            "mutation($id: ID!, $i: QuestionInput!) { updateQuestion(id: $id, input: $i) { answer } }",
            json!({"id": new_id, "i": {"type": "TRUE_FALSE", "stem": stem, "options": [], "answer": "B"}}),
        )
        .await;
    assert_eq!(updated["data"]["updateQuestion"]["answer"], "B", "{updated}");
    let submitted = submit(drawer, &second, &attempt).await;
    assert_eq!(submitted["score"], 0, "{submitted}");
}
