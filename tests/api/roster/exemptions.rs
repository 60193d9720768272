//! Exemptions over HTTP: the two-year rule, decisions, the district's overrule and an uploaded scan.

use super::*;
use crate::on_both_backends;

on_both_backends!(
    exemption_refused_when_retirement_is_too_far,
    exemption_cutoff_is_december_30_two_years_on,
    exemption_decided_then_overruled_by_the_district,
    exemption_with_an_uploaded_scan,
);

// ---------------------------------------------------------------------------------------------
// Exemptions

pub(super) async fn own_learner_id(app: &TestApp, token: &str) -> String {
    app.id_of(token, "{ me { learner { id } } }", "/data/me/learner/id")
        .await
}

pub(super) async fn campaign_id(app: &TestApp, token: &str) -> String {
    let year = app.clock.today().year();
    let body = app
        .gql(
            Some(token),
            "query($y: Int!) { campaign(year: $y) { id } }",
            json!({"y": year}),
        )
        .await;
    body["data"]["campaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

async fn exemption_refused_when_retirement_is_too_far(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // After the verification deadline (the demo's day) the unit records retirement dates.
    let unit_admin = app.admin("13800000005").await;
    let token = app.learner("13900000001").await;
    let campaign = campaign_id(&app, &token).await;
    let retirement = learner_of(&app, "13900000001").await.retirement_date.unwrap();
    assert!(retirement.year() >= 2030, "the demo's 13900000001 retires late");
    let before = roster_state(&app).await;

    let body = apply(&app, &token, &campaign, "申请免考").await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    assert!(
        message(&body).contains(&retirement.to_string()),
        "the reason mentions the date: {body}"
    );
    assert_eq!(roster_state(&app).await, before);

    // Brought forward to within two years after December 30 of the campaign year.
    let year = app.clock.today().year();
    let id = own_learner_id(&app, &token).await;
    let soon = format!("{}-07-01", year + 1);
    let body = update_learner(&app, &unit_admin, &id, json!({"retirementDate": soon})).await;
    assert_eq!(body["data"]["updateLearner"]["retirementDate"], soon, "{body}");
    let body = apply(&app, &token, &campaign, "明年七月退休").await;
    let applied = &body["data"]["applyExemption"];
    assert_eq!(applied["status"], "PENDING", "{body}");
    assert_eq!(applied["reason"], "明年七月退休");
    assert_eq!(applied["learner"]["phone"], "13900000001");
    assert_eq!(applied["decisions"], json!([]));
    assert!(applied["attachmentName"].is_null());

    // A second application while one is pending is a conflict.
    let again = apply(&app, &token, &campaign, "再次申请").await;
    assert_error(&again, &["CONFLICT"]);
    let count = exemption::Entity::find()
        .filter(exemption::Column::LearnerId.eq(learner_of(&app, "13900000001").await.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(count, 1);
    // An empty reason is bad input.
    let learner2 = app.learner("13900000002").await;
    let id2 = own_learner_id(&app, &learner2).await;
    update_learner(&app, &unit_admin, &id2, json!({"retirementDate": soon})).await;
    assert_error(
        &apply(&app, &learner2, &campaign, "   ").await,
        &["BAD_USER_INPUT"],
    );
}

async fn exemption_cutoff_is_december_30_two_years_on(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // After the verification deadline (the demo's day) the unit records retirement dates.
    let unit_admin = app.admin("13800000005").await;
    let token = app.learner("13900000001").await;
    let campaign = campaign_id(&app, &token).await;
    let id = own_learner_id(&app, &token).await;
    let year = app.clock.today().year();

    let dec31 = format!("{}-12-31", year + 2);
    let body = update_learner(&app, &unit_admin, &id, json!({"retirementDate": dec31})).await;
    assert_eq!(body["data"]["updateLearner"]["retirementDate"], dec31, "{body}");
    let body = apply(&app, &token, &campaign, "申请免考").await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    assert!(message(&body).contains(&dec31), "{body}");

    let dec30 = format!("{}-12-30", year + 2);
    let body = update_learner(&app, &unit_admin, &id, json!({"retirementDate": dec30})).await;
    assert_eq!(body["data"]["updateLearner"]["retirementDate"], dec30, "{body}");
    let body = apply(&app, &token, &campaign, "申请免考").await;
    assert_eq!(body["data"]["applyExemption"]["status"], "PENDING", "{body}");
}

async fn exemption_decided_then_overruled_by_the_district(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // After the verification deadline (the demo's day) the unit records retirement dates.
    let unit_admin = app.admin("13800000005").await;
    let token = app.learner("13900000001").await;
    let campaign = campaign_id(&app, &token).await;
    let id = own_learner_id(&app, &token).await;
    let year = app.clock.today().year();
    update_learner(
        &app,
        &unit_admin,
        &id,
        json!({"retirementDate": format!("{}-03-01", year + 2)}),
    )
    .await;
    let body = apply(&app, &token, &campaign, "后年三月退休").await;
    let exemption = body["data"]["applyExemption"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();

    let district = app.admin("13800000003").await;
    let approved = decide(&app, &district, &exemption, true, Some("符合条件")).await;
    let e = &approved["data"]["decideExemption"];
    assert_eq!(e["status"], "APPROVED", "{approved}");
    assert_eq!(
        e["decisions"],
        json!([{"approve": true, "comment": "符合条件", "overrule": false, "decidedBy": "蒸湘区管理员"}])
    );
    // A unit administrator may not change a decided application.
    let unit_admin = app.admin("13800000005").await;
    assert_error(
        &decide(&app, &unit_admin, &exemption, false, Some("不同意")).await,
        &["FORBIDDEN"],
    );
    let rejected = decide(&app, &district, &exemption, false, Some("经核实退休日期有误")).await;
    let e = &rejected["data"]["decideExemption"];
    assert_eq!(e["status"], "REJECTED", "{rejected}");
    assert_eq!(
        e["decisions"],
        json!([
            {"approve": true, "comment": "符合条件", "overrule": false, "decidedBy": "蒸湘区管理员"},
            {"approve": false, "comment": "经核实退休日期有误", "overrule": true, "decidedBy": "蒸湘区管理员"}
        ])
    );

    let mine = app
        .gql(
            Some(&token),
            &format!("query($c: ID!) {{ myExemptions(campaignId: $c) {{ {EXEMPTION} }} }}"),
            json!({"c": campaign}),
        )
        .await;
    let mine = mine["data"]["myExemptions"]
        .as_array()
        .unwrap_or_else(|| panic!("{mine}"));
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["id"], exemption.as_str());
    assert_eq!(mine[0]["status"], "REJECTED");
    assert_eq!(mine[0]["decisions"][1]["comment"], "经核实退休日期有误");

    let list = "query($c: ID!, $n: ID!, $s: ExemptionStatus) { exemptions(campaignId: $c, nodeId: $n, status: $s) { totalCount nodes { id status learner { phone } } } }";
    let zhengxiang = region_id(&app, "430408").await;
    let body = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "s": "REJECTED"}),
        )
        .await;
    assert_eq!(body["data"]["exemptions"]["totalCount"], 1, "{body}");
    assert_eq!(
        body["data"]["exemptions"]["nodes"][0],
        // Offices above the unit see phone numbers masked.
        json!({"id": exemption, "status": "REJECTED", "learner": {"phone": "139****0001"}})
    );
    let body = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "s": "PENDING"}),
        )
        .await;
    assert_eq!(body["data"]["exemptions"]["totalCount"], 1, "{body}");
    assert_eq!(
        body["data"]["exemptions"]["nodes"][0]["learner"]["phone"],
        "139****0030"
    );
    let body = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "s": null}),
        )
        .await;
    assert_eq!(body["data"]["exemptions"]["totalCount"], 2, "{body}");
    // Newest first.
    assert_eq!(body["data"]["exemptions"]["nodes"][0]["id"], exemption.as_str());

    // The approval after the deadline was an office's late change; the rejection is not a
    // removal. Both are in the log.
    let log = audit_log(&app, &district, &zhengxiang).await;
    assert_eq!(
        entry(&log, "exemption.decide", row_id(&json!(exemption)))["late"],
        true
    );
    entry(&log, "exemption.overrule", row_id(&json!(exemption)));
    entry(&log, "exemption.apply", row_id(&json!(exemption)));
}

/// A GraphQL multipart request (graphql-multipart-request-spec) with one file bound to
/// `variables.<file_variable>`.
#[allow(clippy::too_many_arguments)]
pub(super) async fn upload(
    app: &TestApp,
    token: &str,
    query: &str,
    variables: Value,
    file_variable: &str,
    filename: &str,
    content_type: &str,
    bytes: &[u8],
) -> Value {
    use reqwest::multipart::{Form, Part};
    let operations = json!({"query": query, "variables": variables});
    let map = json!({"0": [format!("variables.{file_variable}")]});
    let file = Part::bytes(bytes.to_vec())
        .file_name(filename.to_owned())
        .mime_str(content_type)
        .unwrap();
    let form = Form::new()
        .text("operations", operations.to_string())
        .text("map", map.to_string())
        .part("0", file);
    let response = app
        .client
        .post(format!("{}/graphql", app.base))
        .header("graphql-preflight", "1")
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .expect("request reaches the server");
    response.json().await.expect("response is JSON")
}

async fn exemption_with_an_uploaded_scan(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // After the verification deadline (the demo's day) the unit records retirement dates.
    let unit_admin = app.admin("13800000005").await;
    let token = app.learner("13900000002").await;
    let campaign = campaign_id(&app, &token).await;
    let id = own_learner_id(&app, &token).await;
    let year = app.clock.today().year();
    update_learner(
        &app,
        &unit_admin,
        &id,
        json!({"retirementDate": format!("{}-05-01", year + 1)}),
    )
    .await;
    let mutation = format!(
        "mutation($c: ID!, $r: String!, $f: Upload) {{ applyExemption(campaignId: $c, reason: $r, attachment: $f) {{ {EXEMPTION} }} }}"
    );
    let variables = json!({"c": campaign, "r": "明年五月退休，附退休审批表", "f": null});
    let learner_row = learner_of(&app, "13900000002").await.id;
    let applications = || async {
        exemption::Entity::find()
            .filter(exemption::Column::LearnerId.eq(learner_row))
            .all(&app.db)
            .await
            .unwrap()
    };

    // A program is not a scan.
    let body = upload(
        &app,
        &token,
        &mutation,
        variables.clone(),
        "f",
        "setup.exe",
        "application/octet-stream",
        b"MZ\x90\x00\x03\x00\x00\x00",
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(applications().await.is_empty(), "nothing written");

    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    let body = upload(
        &app,
        &token,
        &mutation,
        variables,
        "f",
        "retirement-approval.pdf",
        "application/pdf",
        pdf,
    )
    .await;
    let applied = &body["data"]["applyExemption"];
    assert_eq!(applied["status"], "PENDING", "{body}");
    assert_eq!(applied["attachmentName"], "retirement-approval.pdf");
    assert_eq!(applied["reason"], "明年五月退休，附退休审批表");
    let rows = applications().await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].attachment.as_deref(), Some(&pdf[..]));
    assert_eq!(rows[0].attachment_type.as_deref(), Some("application/pdf"));
    // The unit administrator sees the file's name on the application.
    let unit_admin = app.admin("13800000005").await;
    let list = app
        .gql(
            Some(&unit_admin),
            "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n) { nodes { attachmentName learner { phone } } } }",
            json!({"c": campaign, "n": unit_id(&app, "蒸湘区司法局").await}),
        )
        .await;
    assert_eq!(
        list["data"]["exemptions"]["nodes"][0],
        json!({"attachmentName": "retirement-approval.pdf", "learner": {"phone": "13900000002"}}),
        "{list}"
    );
}
