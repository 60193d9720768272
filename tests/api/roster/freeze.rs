//! The roster freeze over HTTP, from both sides of the verification deadline.

use super::*;
use crate::on_both_backends;

on_both_backends!(
    frozen_roster_refuses_unit_admin_removals,
    district_office_changes_a_frozen_roster_marked_late,
    before_the_deadline_unit_admin_removes_not_late,
    the_deadline_day_itself_is_still_open,
    adding_learners_stays_open_while_frozen,
);

// ---------------------------------------------------------------------------------------------
// The freeze, from both sides of the deadline

pub(super) const FREEZE_WORDS: [&str; 2] = ["冻结", "截止"];

pub(super) fn about_the_freeze(body: &Value) -> bool {
    FREEZE_WORDS.iter().any(|w| message(body).contains(w))
}

/// The demo's pending application of 13900000030, through the unit administrator's list.
pub(super) async fn pending_application(app: &TestApp, token: &str) -> String {
    let campaign = format!("camp_{}", demo_campaign(app).await.id);
    let unit = unit_id(app, "蒸湘区司法局").await;
    let body = app
        .gql(
            Some(token),
            "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n, status: PENDING) { totalCount nodes { id learner { phone } } } }",
            json!({"c": campaign, "n": unit}),
        )
        .await;
    let list = &body["data"]["exemptions"];
    assert_eq!(list["totalCount"], 1, "{body}");
    // Offices above the unit see the number masked.
    let phone = list["nodes"][0]["learner"]["phone"].as_str().unwrap();
    assert!(["13900000030", "139****0030"].contains(&phone), "{phone}");
    list["nodes"][0]["id"].as_str().unwrap().to_owned()
}

async fn frozen_roster_refuses_unit_admin_removals(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let exemption = pending_application(&app, &unit_admin).await;
    let before = roster_state(&app).await;

    let out = transfer_out(&app, &unit_admin, &learner_id(&app, "13900000003").await).await;
    assert_error(&out, &["FORBIDDEN"]);
    assert!(about_the_freeze(&out), "{out}");
    for status in ["RETIRED", "LEFT"] {
        let body = set_status(
            &app,
            &unit_admin,
            &learner_id(&app, "13900000004").await,
            status,
            None,
        )
        .await;
        assert_error(&body, &["FORBIDDEN"]);
        assert!(about_the_freeze(&body), "{body}");
    }
    let approve = decide(&app, &unit_admin, &exemption, true, Some("同意")).await;
    assert_error(&approve, &["FORBIDDEN"]);
    assert!(about_the_freeze(&approve), "{approve}");

    assert_eq!(
        roster_state(&app).await,
        before,
        "a refused change changed something"
    );
    let l = learner_of(&app, "13900000003").await;
    assert_eq!(
        (l.status.to_value().as_str(), l.unit_id.is_some()),
        ("IN_SERVICE", true)
    );
    assert_eq!(
        learner_of(&app, "13900000004").await.status.to_value(),
        "IN_SERVICE"
    );
}

async fn district_office_changes_a_frozen_roster_marked_late(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let exemption = pending_application(&app, &district).await;
    let three = learner_id(&app, "13900000003").await;
    let four = learner_id(&app, "13900000004").await;

    let out = transfer_out(&app, &district, &three).await;
    assert_eq!(out["data"]["transferOut"]["status"], "TRANSFERRING", "{out}");
    assert!(out["data"]["transferOut"]["unit"].is_null());
    let retired = set_status(&app, &district, &four, "RETIRED", None).await;
    assert_eq!(
        retired["data"]["setEmploymentStatus"]["status"], "RETIRED",
        "{retired}"
    );
    let approved = decide(&app, &district, &exemption, true, Some("材料齐全")).await;
    assert_eq!(
        approved["data"]["decideExemption"]["status"], "APPROVED",
        "{approved}"
    );
    assert_eq!(
        approved["data"]["decideExemption"]["decisions"][0]["decidedBy"],
        "蒸湘区管理员"
    );

    let log = audit_log(&app, &district, &region_id(&app, "430408").await).await;
    for (action, target) in [
        ("learner.transfer_out", row_id(&json!(three))),
        ("learner.status", row_id(&json!(four))),
        ("exemption.decide", row_id(&json!(exemption))),
    ] {
        let e = entry(&log, action, target);
        assert_eq!(e["late"], true, "{action} after the deadline is late: {e}");
        assert!(e["actor"].as_str().unwrap().contains("138****0003"), "{e}");
    }
    let out = entry(&log, "learner.transfer_out", row_id(&json!(three)));
    let before: Value = serde_json::from_str(out["before"].as_str().unwrap()).unwrap();
    let after: Value = serde_json::from_str(out["after"].as_str().unwrap()).unwrap();
    assert_eq!(before["status"], "IN_SERVICE");
    assert_eq!(after["status"], "TRANSFERRING");
    assert!(after["unitId"].is_null());
    // The rows agree.
    let l = learner_of(&app, "13900000003").await;
    assert_eq!((l.status.to_value().as_str(), l.unit_id), ("TRANSFERRING", None));
    assert_eq!(learner_of(&app, "13900000004").await.status.to_value(), "RETIRED");
}

async fn before_the_deadline_unit_admin_removes_not_late(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    move_deadline(&app, 5).await;
    let unit_admin = app.admin("13800000005").await;
    let year = app.clock.today().year();
    let c = app
        .gql(
            Some(&unit_admin),
            "query($y: Int!) { campaign(year: $y) { rosterFrozen verificationDeadline } }",
            json!({"y": year}),
        )
        .await;
    assert_eq!(c["data"]["campaign"]["rosterFrozen"], false, "{c}");
    let three = learner_id(&app, "13900000003").await;
    let four = learner_id(&app, "13900000004").await;
    let exemption = pending_application(&app, &unit_admin).await;

    let out = transfer_out(&app, &unit_admin, &three).await;
    assert_eq!(out["data"]["transferOut"]["status"], "TRANSFERRING", "{out}");
    let retired = set_status(&app, &unit_admin, &four, "RETIRED", None).await;
    assert_eq!(
        retired["data"]["setEmploymentStatus"]["status"], "RETIRED",
        "{retired}"
    );
    let approved = decide(&app, &unit_admin, &exemption, true, None).await;
    assert_eq!(
        approved["data"]["decideExemption"]["status"], "APPROVED",
        "{approved}"
    );

    let district = app.admin("13800000003").await;
    let log = audit_log(&app, &district, &region_id(&app, "430408").await).await;
    for (action, target) in [
        ("learner.transfer_out", row_id(&json!(three))),
        ("learner.status", row_id(&json!(four))),
        ("exemption.decide", row_id(&json!(exemption))),
    ] {
        let e = entry(&log, action, target);
        assert_eq!(e["late"], false, "{action} before the deadline is not late: {e}");
        assert!(e["actor"].as_str().unwrap().contains("138****0005"), "{e}");
    }
}

async fn the_deadline_day_itself_is_still_open(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    // On the deadline day the unit still verifies its roster.
    move_deadline(&app, 0).await;
    let out = transfer_out(&app, &unit_admin, &learner_id(&app, "13900000003").await).await;
    assert_eq!(out["data"]["transferOut"]["status"], "TRANSFERRING", "{out}");
    // From the day after, it is frozen.
    move_deadline(&app, -1).await;
    let before = roster_state(&app).await;
    let body = set_status(
        &app,
        &unit_admin,
        &learner_id(&app, "13900000004").await,
        "RETIRED",
        None,
    )
    .await;
    assert_error(&body, &["FORBIDDEN"]);
    assert!(about_the_freeze(&body), "{body}");
    assert_eq!(roster_state(&app).await, before);
}

async fn adding_learners_stays_open_while_frozen(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let campaign = app
        .gql(
            Some(&unit_admin),
            "query($y: Int!) { campaign(year: $y) { rosterFrozen } }",
            json!({"y": app.clock.today().year()}),
        )
        .await;
    assert_eq!(campaign["data"]["campaign"]["rosterFrozen"], true, "{campaign}");
    let body = add_learner(
        &app,
        &unit_admin,
        json!({"unitId": unit_id(&app, "蒸湘区司法局").await, "name": "赵新员", "phone": "13900000060"}),
    )
    .await;
    assert_eq!(body["data"]["addLearner"]["status"], "IN_SERVICE", "{body}");
    let district = app.admin("13800000003").await;
    let log = audit_log(&app, &district, &region_id(&app, "430408").await).await;
    let e = entry(&log, "learner.add", row_id(&body["data"]["addLearner"]["id"]));
    assert_eq!(e["late"], false);
}
