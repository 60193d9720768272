//! The smaller findings of the second attack run (issue 26), second part: each test runs the
//! finding over HTTP and fails on the build before its fix.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error, learner_of, other_province, unit_id};
use crate::on_both_backends;

on_both_backends!(a_phone_elsewhere_answers_like_a_phone_nobody_has);

/// The code and message of the first error, with `phone` written as `#`.
fn answer(body: &Value, phone: &str) -> (String, String) {
    let error = &body["errors"][0];
    assert!(!error.is_null(), "no error in {body}");
    (
        error["extensions"]["code"].as_str().unwrap_or("").to_owned(),
        error["message"].as_str().unwrap_or("").replace(phone, "#"),
    )
}

const ADD: &str =
    "mutation($u: ID!, $p: String!) { addLearner(input: {unitId: $u, name: \"王新\", phone: $p}) { id } }";
const TRANSFER_IN: &str = "mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { id } }";

/// Where every learner is, to show that nothing moved.
async fn rosters(app: &TestApp) -> Vec<(i32, Option<i32>, Option<i32>)> {
    use sea_orm::EntityTrait;
    let mut rows: Vec<_> = entity::learner::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|l| (l.id, l.unit_id, l.last_unit_id))
        .collect();
    rows.sort();
    rows
}

/// Item 1 of the smaller findings: `addLearner` and `transferIn` told "on a roster elsewhere"
/// (another unit, another province, between units) from "no such phone". Now a caller who does
/// not manage the roster entry gets one code and one message for all of them.
async fn a_phone_elsewhere_answers_like_a_phone_nobody_has(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let yf_admin = app.admin("13800000006").await;
    let yf = unit_id(&app, "雁峰区司法局").await;
    let (guangdong, gd) = other_province(&app, "440000", "广东省", "13700004400").await;
    let gd_unit = app
        .gql(
            Some(&gd),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"广东省司法厅\"}) { id } }",
            json!({"r": format!("reg_{}", guangdong.id)}),
        )
        .await;
    let gd_unit = gd_unit["data"]["createUnit"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{gd_unit}"))
        .to_owned();
    assert!(learner_of(&app, "13900000029").await.unit_id.is_none());
    let before = rosters(&app).await;

    // addLearner: on another unit's roster, between units, and another province's learner.
    let cases = [
        (&yf_admin, &yf, "13900000001"),
        (&yf_admin, &yf, "13900000029"),
        (&gd, &gd_unit, "13900000001"),
        (&gd, &gd_unit, "13900000029"),
    ];
    let mut answers = Vec::new();
    for (token, unit, phone) in cases {
        let body = app.gql(Some(token), ADD, json!({"u": unit, "p": phone})).await;
        assert_error(&body, &["CONFLICT"]);
        answers.push(answer(&body, phone));
    }
    assert!(answers.iter().all(|a| *a == answers[0]), "{answers:#?}");
    assert!(answers[0].1.contains("调进"), "{answers:?}");

    // transferIn: a phone nobody has, an administrator without a roster entry, a learner on
    // a roster the caller does not manage, and (for another province) one between units.
    let nobody = app
        .gql(Some(&yf_admin), TRANSFER_IN, json!({"p": "13712340001", "u": yf}))
        .await;
    let expected = answer(&nobody, "13712340001");
    assert_eq!(expected.0, "NOT_FOUND", "{nobody}");
    let cases = [
        (&yf_admin, &yf, "13800000001"),
        (&yf_admin, &yf, "13900000001"),
        (&gd, &gd_unit, "13900000001"),
        (&gd, &gd_unit, "13900000029"),
        (&gd, &gd_unit, "13712340001"),
    ];
    for (token, unit, phone) in cases {
        let body = app
            .gql(Some(token), TRANSFER_IN, json!({"p": phone, "u": unit}))
            .await;
        assert_eq!(answer(&body, phone), expected, "{phone}: {body}");
    }
    // A learner moving someone else: refused alike whether the phone is a learner's or nobody's.
    let learner = app.learner("13900000031").await;
    let mut refusals = Vec::new();
    for phone in ["13900000001", "13900000029", "13712340001"] {
        let body = app
            .gql(Some(&learner), TRANSFER_IN, json!({"p": phone, "u": yf}))
            .await;
        assert_error(&body, &["FORBIDDEN"]);
        refusals.push(answer(&body, phone));
    }
    assert!(refusals.iter().all(|a| *a == refusals[0]), "{refusals:#?}");

    // Whoever manages the entry is still told where it is: the district over both units.
    let district = app.admin("13800000003").await;
    let lianhe = unit_id(&app, "联合街道").await;
    let body = app
        .gql(
            Some(&district),
            TRANSFER_IN,
            json!({"p": "13900000001", "u": lianhe}),
        )
        .await;
    assert_error(&body, &["CONFLICT"]);
    assert!(answer(&body, "13900000001").1.contains("原单位"), "{body}");
    assert_eq!(rosters(&app).await, before);
}
