//! Integrity events (leaving the exam page): reported apart from saving, reviewed by the
//! administrators in scope against the province's tolerance, with the learner's note; never
//! a reason to fail or submit an attempt automatically.

use chrono::{Duration, Utc};
use entity::{attempt_event, exam_attempt};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::record::current_campaign;
use crate::helpers::{Backend, TestApp, assert_error, unit_id};
use crate::on_both_backends;

on_both_backends!(
    events_are_reported_reviewed_and_never_punish,
    reports_are_bounded_per_attempt,
);

const REPORT: &str =
    "mutation($a: ID!, $e: [AttemptEventInput!]!) { reportAttemptEvents(attemptId: $a, events: $e) }";
const REVIEW: &str = "query($a: ID!) { attemptIntegrity(attemptId: $a) { attemptId leaves awaySeconds flagged maxLeaves note events { kind at receivedAt } } }";
const UNIT: &str = "query($c: ID!, $u: ID!) { unitAttemptIntegrity(campaignId: $c, unitId: $u) { learner { name } integrity { attemptId leaves flagged note } } }";
const NOTE: &str = "mutation($a: ID!, $n: String!) { noteAttemptEvents(attemptId: $a, note: $n) }";
const TOLERANCE: &str = "mutation($c: ID!, $l: Int, $s: Int) { setIntegrityTolerance(campaignId: $c, maxLeaves: $l, maxAwaySeconds: $s) }";

/// Starts the learner's attempt in its unit's open MAIN session; answers (attempt, campaign).
async fn start(app: &TestApp, learner: &str) -> (String, String) {
    let campaign = current_campaign(app, learner).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
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
        .unwrap()["id"]
        .clone();
    let started = app
        .gql(
            Some(learner),
            "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
            json!({"s": session}),
        )
        .await;
    let attempt = started["data"]["startExam"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{started}"))
        .to_owned();
    (attempt, campaign)
}

fn event(kind: &str, at: chrono::DateTime<Utc>) -> Value {
    json!({"kind": kind, "at": at.to_rfc3339()})
}

async fn events_are_reported_reviewed_and_never_punish(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000007").await;
    let (attempt, campaign) = start(&app, &learner).await;
    let t0 = app.clock.now() - Duration::seconds(200);
    let events = json!([
        event("LEAVE", t0),
        event("RETURN", t0 + Duration::seconds(20)),
        event("LEAVE", t0 + Duration::seconds(60)),
        event("RETURN", t0 + Duration::seconds(100)),
    ]);
    let body = app
        .gql(Some(&learner), REPORT, json!({"a": attempt, "e": events}))
        .await;
    assert_eq!(body["data"]["reportAttemptEvents"], 4, "{body}");
    // The same report again (a retry) is not counted twice.
    let body = app
        .gql(Some(&learner), REPORT, json!({"a": attempt, "e": events}))
        .await;
    assert_eq!(body["data"]["reportAttemptEvents"], 0, "{body}");

    let body = app.gql(Some(&learner), REVIEW, json!({"a": attempt})).await;
    let r = &body["data"]["attemptIntegrity"];
    assert_eq!(r["leaves"], 2, "{body}");
    assert_eq!(r["awaySeconds"], 60);
    assert_eq!(r["flagged"], false);
    assert_eq!(r["events"].as_array().unwrap().len(), 4);

    // Bad reports change nothing.
    let old = json!([event("LEAVE", app.clock.now() - Duration::days(3))]);
    assert_error(
        &app.gql(Some(&learner), REPORT, json!({"a": attempt, "e": old}))
            .await,
        &["BAD_USER_INPUT"],
    );
    let many: Vec<Value> = (0..51)
        .map(|i| event("LEAVE", t0 + Duration::seconds(i)))
        .collect();
    assert_error(
        &app.gql(Some(&learner), REPORT, json!({"a": attempt, "e": many}))
            .await,
        &["BAD_USER_INPUT"],
    );
    assert_error(
        &app.gql(Some(&learner), NOTE, json!({"a": attempt, "n": "长".repeat(501)}))
            .await,
        &["BAD_USER_INPUT"],
    );

    // The learner explains; another learner can neither report nor note on this attempt.
    let body = app
        .gql(
            Some(&learner),
            NOTE,
            json!({"a": attempt, "n": "接了单位的紧急电话"}),
        )
        .await;
    assert_eq!(body["data"]["noteAttemptEvents"], true, "{body}");
    let other = app.learner("13900000008").await;
    assert_error(
        &app.gql(Some(&other), NOTE, json!({"a": attempt, "n": "冒充"}))
            .await,
        &["NOT_FOUND"],
    );
    assert_error(
        &app.gql(Some(&other), REPORT, json!({"a": attempt, "e": events}))
            .await,
        &["NOT_FOUND"],
    );
    assert_error(
        &app.gql(Some(&other), REVIEW, json!({"a": attempt})).await,
        &["NOT_FOUND"],
    );

    // The province sets the tolerance; a unit administrator may not.
    let unit_admin = app.admin("13800000005").await;
    assert_error(
        &app.gql(Some(&unit_admin), TOLERANCE, json!({"c": campaign, "l": 100}))
            .await,
        &["FORBIDDEN"],
    );
    let province = app.admin("13800000001").await;
    assert_error(
        &app.gql(Some(&province), TOLERANCE, json!({"c": campaign, "l": -1}))
            .await,
        &["BAD_USER_INPUT"],
    );
    let body = app
        .gql(
            Some(&province),
            TOLERANCE,
            json!({"c": campaign, "l": 1, "s": 300}),
        )
        .await;
    assert_eq!(body["data"]["setIntegrityTolerance"], true, "{body}");

    // The unit's administrator sees it flagged, with the note; another unit's does not.
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let body = app
        .gql(Some(&unit_admin), UNIT, json!({"c": campaign, "u": zx}))
        .await;
    let rows = body["data"]["unitAttemptIntegrity"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    let row = rows
        .iter()
        .find(|r| r["integrity"]["attemptId"] == attempt.as_str())
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(row["integrity"]["flagged"], true);
    assert_eq!(row["integrity"]["leaves"], 2);
    assert_eq!(row["integrity"]["note"], "接了单位的紧急电话");
    assert_eq!(rows[0]["integrity"]["flagged"], true, "flagged first");
    let district = app.admin("13800000003").await;
    let body = app.gql(Some(&district), REVIEW, json!({"a": attempt})).await;
    assert_eq!(body["data"]["attemptIntegrity"]["maxLeaves"], 1, "{body}");
    let stranger = app.admin("13800000006").await;
    assert_error(
        &app.gql(Some(&stranger), REVIEW, json!({"a": attempt})).await,
        &["NOT_FOUND"],
    );
    assert_error(
        &app.gql(Some(&stranger), UNIT, json!({"c": campaign, "u": zx}))
            .await,
        &["NOT_FOUND", "FORBIDDEN"],
    );

    // Nothing happened to the attempt: still live, not submitted.
    let id: i32 = attempt.trim_start_matches("att_").parse().unwrap();
    let a = exam_attempt::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sea_orm::ActiveEnum::to_value(&a.status), "LIVE");
    assert!(a.submitted_at.is_none() && !a.auto_submitted);
}

async fn reports_are_bounded_per_attempt(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000009").await;
    let (attempt, _) = start(&app, &learner).await;
    let t0 = app.clock.now() - Duration::minutes(30);
    let mut kept = 0;
    for batch in 0..5 {
        let events: Vec<Value> = (0..50)
            .map(|i| {
                let kind = if i % 2 == 0 { "LEAVE" } else { "RETURN" };
                event(kind, t0 + Duration::seconds(batch * 50 + i))
            })
            .collect();
        let body = app
            .gql(Some(&learner), REPORT, json!({"a": attempt, "e": events}))
            .await;
        kept += body["data"]["reportAttemptEvents"]
            .as_i64()
            .unwrap_or_else(|| panic!("{body}"));
    }
    assert_eq!(kept, 200);
    let id: i32 = attempt.trim_start_matches("att_").parse().unwrap();
    let stored = attempt_event::Entity::find()
        .filter(attempt_event::Column::AttemptId.eq(id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 200);
}
