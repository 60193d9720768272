//! Grading over HTTP: the pass mark, the best of two attempts and the make-up.

#[allow(unused_imports)]
use super::*;
use crate::on_both_backends;

on_both_backends!(grading_best_score_and_the_makeup,);

// ---------------------------------------------------------------- grading and the make-up

/// Saves answers that score exactly `target` on an 80-question demo paper (40 single and
/// 20 true/false at 1 point, 20 multiple at 2): singles and true/false right in paper order
/// until the target, everything else wrong; each multiple-choice question gets part of its
/// correct options only (all or nothing: worth 0).
pub(super) async fn answer_for_score(
    app: &TestApp,
    token: &str,
    attempt: &Value,
    bank: &HashMap<String, BankQuestion>,
    target: i64,
) {
    let id = str_of(attempt, "id");
    let mut score = 0;
    for q in questions_of(attempt) {
        let correct = correct_labels(q, bank);
        let labels: Vec<String> = q["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| str_of(o, "key").to_owned())
            .collect();
        let wrong = labels.iter().find(|l| !correct.contains(l)).cloned();
        let choice = if q["type"] == "MULTIPLE" {
            // Part of the answer: one right option, plus a wrong one when only one is right.
            let mut partial = vec![correct[0].clone()];
            if correct.len() == 1 {
                partial.extend(wrong);
            }
            partial
        } else if score < target {
            score += q["points"].as_i64().unwrap();
            correct
        } else {
            wrong.into_iter().collect()
        };
        assert!(save(app, token, id, str_of(q, "id"), &choice, None).await);
    }
    assert_eq!(
        score, target,
        "the paper cannot make {target} from singles and true/false"
    );
}

/// Opens a make-up window today with a session of the learners' unit open now.
pub(super) async fn open_makeup_now(app: &TestApp, campaign: &str, learner_phone: &str) -> String {
    use sea_orm::{ActiveModelTrait, Set};
    let c = entity::campaign::Entity::find_by_id(number(campaign))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let today = app.clock.today();
    let mut active: entity::campaign::ActiveModel = c.clone().into();
    active.makeup_start = Set(today);
    active.makeup_end = Set(today);
    active.main_attempts = Set(2);
    active.update(&app.db).await.unwrap();
    let l = learner_of(app, learner_phone).await;
    let unit = entity::unit::Entity::find_by_id(l.unit_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let now = app.clock.now();
    let session = entity::exam_session::ActiveModel {
        campaign_id: Set(c.id),
        kind: Set(entity::exam_session::ExamKind::Makeup),
        unit_id: Set(Some(unit.id)),
        region_path: Set(unit.region_path.clone()),
        centre_name: Set(None),
        seats: Set(None),
        booked: Set(0),
        starts_at: Set(now - chrono::Duration::minutes(1)),
        ends_at: Set(now + chrono::Duration::hours(2)),
        created_by: Set(1),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    format!("sess_{}", session.id)
}

/// 59 fails and 60 passes; a multiple-choice question partly right is worth nothing; with two
/// main attempts the best counts; the make-up is for the failed and the absent, not for
/// those who passed.
async fn grading_best_score_and_the_makeup(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;
    let twice = app.learner("13900000006").await;
    let failed = app.learner("13900000007").await;
    let absent = app.learner("13900000009").await;
    let campaign = campaign_of(&app, &twice).await;
    let main = unit_session(&app, &twice, &campaign, "MAIN").await;
    let makeup = open_makeup_now(&app, &campaign, "13900000006").await;
    let bank = bank(&app, &province, &campaign).await;
    let unit = format!("unit_{}", learner_of(&app, "13900000006").await.unit_id.unwrap());
    let passed_in_unit = || async {
        let body = app
            .gql(
                Some(&district),
                "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { passed participated } }",
                json!({"c": campaign, "n": unit}),
            )
            .await;
        (
            body["data"]["stats"]["passed"]
                .as_i64()
                .unwrap_or_else(|| panic!("{body}")),
            body["data"]["stats"]["participated"].as_i64().unwrap(),
        )
    };
    let (passed_before, took_before) = passed_in_unit().await;

    // 59: failed, multiple choice partly right scoring nothing.
    let first = start(&app, &twice, &main).await;
    answer_for_score(&app, &twice, &first, &bank, 59).await;
    let result = submit(&app, &twice, str_of(&first, "id")).await;
    assert_eq!(
        (result["score"].as_i64(), result["passed"].as_bool()),
        (Some(59), Some(false)),
        "{result}"
    );
    // 60 on the second main attempt: passed, and the best score counts.
    let second = start(&app, &twice, &main).await;
    assert_ne!(second["id"], first["id"]);
    answer_for_score(&app, &twice, &second, &bank, 60).await;
    let result = submit(&app, &twice, str_of(&second, "id")).await;
    assert_eq!(
        (result["score"].as_i64(), result["passed"].as_bool()),
        (Some(60), Some(true)),
        "{result}"
    );
    // No third main attempt, and no make-up after passing.
    assert_error(&start_raw(&app, &twice, &main).await, &["NOT_ELIGIBLE"]);
    assert_error(&start_raw(&app, &twice, &makeup).await, &["NOT_ELIGIBLE"]);

    // Failed the main exam (twice, nothing answered): the make-up is open to him.
    for _ in 0..2 {
        let a = start(&app, &failed, &main).await;
        let r = submit(&app, &failed, str_of(&a, "id")).await;
        assert_eq!(r["passed"], false);
    }
    let m = start(&app, &failed, &makeup).await;
    assert_eq!(m["kind"], "MAKEUP");
    answer_all_correctly(&app, &failed, &m, &bank).await;
    assert_eq!(submit(&app, &failed, str_of(&m, "id")).await["score"], 100);
    // One make-up attempt only.
    assert_error(&start_raw(&app, &failed, &makeup).await, &["NOT_ELIGIBLE"]);

    // Never sat the main exam: the make-up is open to him too.
    let m = start(&app, &absent, &makeup).await;
    answer_for_score(&app, &absent, &m, &bank, 60).await;
    assert_eq!(submit(&app, &absent, str_of(&m, "id")).await["passed"], true);

    // Three more took part and passed, each counted once, on the best attempt.
    let (passed_after, took_after) = passed_in_unit().await;
    assert_eq!(took_after - took_before, 3);
    assert_eq!(passed_after - passed_before, 3);
    let attempts = my_attempts(&app, &twice, &campaign).await;
    let mut scores: Vec<i64> = attempts.iter().map(|a| a["score"].as_i64().unwrap()).collect();
    scores.sort();
    assert_eq!(scores, vec![59, 60]);
    finish(app, &prefix).await;
}
