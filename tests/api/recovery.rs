//! Getting back into one's account (找回账号): a request from the login page that answers
//! alike for every phone, the unit's queue and its one-click reset, escalation to the
//! district, and the requester following the request by its code.

use entity::{audit_entry, recovery_request};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error, code, learner_of};
use crate::on_both_backends;

on_both_backends!(
    a_request_answers_alike_and_the_unit_resets_with_one_click,
    an_unanswered_request_reaches_the_district,
    bad_requests_are_refused_and_an_address_is_rate_limited,
);

const REQUEST: &str = "mutation($p: String!, $n: String!, $u: String!) { requestAccountRecovery(phone: $p, name: $n, unitName: $u) { code message } }";
const STATUS: &str =
    "query($c: String!) { accountRecoveryStatus(code: $c) { status message requestedAt resolvedAt } }";
const QUEUE: &str = "{ recoveryRequests { id learnerId name phone unitName requestedAt escalated } }";
const RESOLVE: &str = "mutation($id: ID!, $a: RecoveryAction!) { resolveRecoveryRequest(id: $id, action: $a) { password expiresAt } }";

async fn ask(app: &TestApp, phone: &str, name: &str, unit: &str) -> Value {
    app.gql(None, REQUEST, json!({"p": phone, "n": name, "u": unit}))
        .await
}

async fn queue(app: &TestApp, token: &str) -> Vec<Value> {
    let body = app.gql(Some(token), QUEUE, json!({})).await;
    body["data"]["recoveryRequests"]
        .as_array()
        .unwrap_or_else(|| panic!("recoveryRequests: {body}"))
        .clone()
}

async fn status(app: &TestApp, code: &str) -> String {
    let body = app.gql(None, STATUS, json!({"c": code})).await;
    body["data"]["accountRecoveryStatus"]["status"]
        .as_str()
        .unwrap_or_else(|| panic!("status: {body}"))
        .to_owned()
}

async fn a_request_answers_alike_and_the_unit_resets_with_one_click(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // A learner of 蒸湘区司法局 who has left the initial password and then forgot it.
    let learner_token = app.learner("13900000001").await;
    let learner = learner_of(&app, "13900000001").await;

    let matched = ask(&app, "139 0000 0001", &learner.name, "蒸湘区司法局").await;
    let unknown = ask(&app, "13712345678", &learner.name, "蒸湘区司法局").await;
    let wrong_name = ask(&app, "13900000001", "冒名者", "蒸湘区司法局").await;
    for body in [&matched, &unknown, &wrong_name] {
        assert!(body["errors"].is_null(), "{body}");
    }
    // The same message for a known phone, an unknown one and a wrong name.
    assert_eq!(
        matched["data"]["requestAccountRecovery"]["message"],
        unknown["data"]["requestAccountRecovery"]["message"]
    );
    assert_eq!(
        matched["data"]["requestAccountRecovery"]["message"],
        wrong_name["data"]["requestAccountRecovery"]["message"]
    );
    let code_of = |b: &Value| {
        b["data"]["requestAccountRecovery"]["code"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (matched_code, unknown_code) = (code_of(&matched), code_of(&unknown));
    assert_ne!(matched_code, unknown_code);
    assert_eq!(status(&app, &matched_code).await, "PENDING");
    assert_eq!(status(&app, &unknown_code).await, "PENDING");
    // The code reads alike in lower case and without its dash.
    assert_eq!(
        status(&app, &matched_code.to_lowercase().replace('-', "")).await,
        "PENDING"
    );

    // Only the matched request reaches the learner's own unit, with the full phone.
    let unit_admin = app.admin("13800000005").await;
    let items = queue(&app, &unit_admin).await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["phone"], "13900000001");
    assert_eq!(items[0]["name"], learner.name.as_str());
    assert_eq!(items[0]["unitName"], "蒸湘区司法局");
    assert_eq!(items[0]["escalated"], false);
    let id = items[0]["id"].as_str().unwrap().to_owned();
    // Another unit and the district (before escalation) neither see nor act on it.
    let other_unit = app.admin("13800000006").await;
    assert!(queue(&app, &other_unit).await.is_empty());
    let district = app.admin("13800000003").await;
    assert!(queue(&app, &district).await.is_empty());
    for token in [&other_unit, &district, &learner_token] {
        let body = app
            .gql(Some(token), RESOLVE, json!({"id": id, "a": "RESET"}))
            .await;
        assert_error(&body, &["NOT_FOUND"]);
    }
    assert_eq!(status(&app, &matched_code).await, "PENDING");

    // One click: a temporary password for the administrator to pass on, the old session is
    // over, and neither the old nor the initial password opens the account.
    let body = app
        .gql(Some(&unit_admin), RESOLVE, json!({"id": id, "a": "RESET"}))
        .await;
    let temporary = app.temporary_password(&body["data"]["resolveRecoveryRequest"]);
    let me = app.gql(Some(&learner_token), "{ me { id } }", json!({})).await;
    assert_error(&me, &["UNAUTHENTICATED"]);
    assert_error(
        &app.login_raw("13900000001", "000000").await,
        &["UNAUTHENTICATED"],
    );
    let login = app.login_raw("13900000001", &temporary).await;
    assert_eq!(login["data"]["login"]["mustChangePassword"], true, "{login}");
    let body = app.gql(None, STATUS, json!({"c": matched_code})).await;
    assert_eq!(body["data"]["accountRecoveryStatus"]["status"], "RESET", "{body}");
    assert!(body["data"]["accountRecoveryStatus"]["resolvedAt"].is_string());
    // The public status never carries a password, and sends the requester to the unit.
    let words = body["data"]["accountRecoveryStatus"]["message"].as_str().unwrap();
    assert!(words.contains("联系本单位管理员获取临时密码"), "{words}");
    assert!(
        !words.contains("000000") && !words.contains(&temporary),
        "{words}"
    );
    assert_eq!(status(&app, &unknown_code).await, "PENDING");
    // Done once: the queue is empty and a second click is refused.
    assert!(queue(&app, &unit_admin).await.is_empty());
    let again = app
        .gql(Some(&unit_admin), RESOLVE, json!({"id": id, "a": "RESET"}))
        .await;
    assert_error(&again, &["CONFLICT"]);
    // Audited: the request (by nobody logged in), the reset and the password change.
    for action in ["recovery.request", "recovery.reset", "password.reset"] {
        let n = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq(action))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(n, 1, "{action}");
    }
}

async fn an_unanswered_request_reaches_the_district(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.recovery_escalate_minutes = 0).await;
    let learner = learner_of(&app, "13900000002").await;
    let body = ask(&app, "13900000002", &learner.name, " 蒸湘区 司法局 ").await;
    let code_ = body["data"]["requestAccountRecovery"]["code"]
        .as_str()
        .unwrap()
        .to_owned();

    // Escalated at once here: the district of the unit sees it, masked; the other district not.
    let district = app.admin("13800000003").await;
    let items = queue(&app, &district).await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["escalated"], true);
    assert_eq!(items[0]["phone"], "139****0002");
    let other_district = app.admin("13800000004").await;
    assert!(queue(&app, &other_district).await.is_empty());
    let id = items[0]["id"].as_str().unwrap().to_owned();
    let body = app
        .gql(Some(&other_district), RESOLVE, json!({"id": id, "a": "DECLINE"}))
        .await;
    assert_error(&body, &["NOT_FOUND"]);

    // The district declines (it could not reach the learner): nothing changes on the account.
    let body = app
        .gql(Some(&district), RESOLVE, json!({"id": id, "a": "DECLINE"}))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert!(body["data"]["resolveRecoveryRequest"].is_null(), "{body}");
    assert_eq!(status(&app, &code_).await, "DECLINED");
    let unit_admin = app.admin("13800000005").await;
    assert!(queue(&app, &unit_admin).await.is_empty());
    let login = app.login_raw("13900000002", "000000").await;
    assert!(
        login["data"]["login"]["token"].is_string(),
        "demo learners start on 000000: {login}"
    );
    let declined = recovery_request::Entity::find()
        .filter(recovery_request::Column::Status.eq(recovery_request::RecoveryStatus::Declined))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(declined, 1);
}

async fn bad_requests_are_refused_and_an_address_is_rate_limited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    assert_error(
        &ask(&app, "12345", "张三", "蒸湘区司法局").await,
        &["BAD_USER_INPUT"],
    );
    assert_error(
        &ask(&app, "13712345678", "  ", "蒸湘区司法局").await,
        &["BAD_USER_INPUT"],
    );
    assert_error(&ask(&app, "13712345678", "张三", "").await, &["BAD_USER_INPUT"]);
    let long = "单".repeat(101);
    assert_error(
        &ask(&app, "13712345678", "张三", &long).await,
        &["BAD_USER_INPUT"],
    );
    let missing = app.gql(None, STATUS, json!({"c": "AAAAA-BBBBB"})).await;
    assert_error(&missing, &["NOT_FOUND"]);
    assert_eq!(recovery_request::Entity::find().count(&app.db).await.unwrap(), 0);
    // The queue needs a login.
    assert_error(&app.gql(None, QUEUE, json!({})).await, &["UNAUTHENTICATED"]);

    for n in 0..xuefa::domain::recovery::PER_ADDRESS_PER_HOUR {
        let body = ask(&app, &format!("137{n:08}"), "张三", "某单位").await;
        assert!(body["errors"].is_null(), "request {n}: {body}");
    }
    let refused = ask(&app, "13799999999", "张三", "某单位").await;
    assert_eq!(code(&refused), "RATE_LIMITED", "{refused}");
    assert_eq!(
        recovery_request::Entity::find().count(&app.db).await.unwrap(),
        xuefa::domain::recovery::PER_ADDRESS_PER_HOUR
    );
}
