//! Certificates of passing (成绩证明): issued after passing, a PDF through a one-time link,
//! verifiable by anyone at `/verify/<code>` with the name masked; a unit's certificates in one
//! PDF for its administrators and the offices above, audited; nobody else's.

use entity::{audit_entry, certificate};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::record::{
    DISTRICT, OTHER_UNIT_ADMIN, UNIT_ADMIN, current_campaign, get, sit_exam, unit_gid,
};
use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(
    a_passed_learner_gets_a_certificate_anyone_can_verify,
    offices_print_a_units_certificates_and_nobody_else_does
);

const CERT: &str =
    "query($c: ID!) { myCertificate(campaignId: $c) { code verifyPath name unitName year score passedOn } }";
const LINK: &str =
    "mutation($c: ID!, $u: ID) { createCertificateLink(campaignId: $c, unitId: $u) { url expiresAt } }";

async fn a_passed_learner_gets_a_certificate_anyone_can_verify(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000001").await;
    let campaign = current_campaign(&app, &learner).await;
    let c = campaign["id"].as_str().unwrap().to_owned();

    // Before passing: no certificate, and no link.
    let none = app.gql(Some(&learner), CERT, json!({"c": c})).await;
    assert_eq!(none["data"]["myCertificate"], Value::Null, "{none}");
    assert_error(
        &app.gql(Some(&learner), LINK, json!({"c": c})).await,
        &["NOT_ELIGIBLE"],
    );

    assert_eq!(sit_exam(&app, &learner, &c, true).await, 100);
    let me = app.gql(Some(&learner), "{ me { name } }", json!({})).await;
    let name = me["data"]["me"]["name"].as_str().unwrap().to_owned();

    let body = app.gql(Some(&learner), CERT, json!({"c": c})).await;
    let cert = &body["data"]["myCertificate"];
    assert_eq!(cert["score"], 100, "{body}");
    assert_eq!(cert["name"], name.as_str());
    assert_eq!(cert["unitName"], "蒸湘区司法局");
    assert_eq!(cert["year"], campaign["year"]);
    let code = cert["code"].as_str().unwrap().to_owned();
    // 20 base32 characters in groups of five: 100 random bits.
    assert_eq!(code.len(), 23, "{code}");
    assert!(code.split('-').all(|g| {
        g.len() == 5
            && g.bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
    }));
    // Asking again gives the same certificate.
    let again = app.gql(Some(&learner), CERT, json!({"c": c})).await;
    assert_eq!(again["data"]["myCertificate"]["code"], code.as_str());
    // Codes are random, not derived from ids: the stored code is not the learner's or campaign's number.
    let row = certificate::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(row.code, code.replace('-', ""));
    assert_ne!(row.code_digest, row.code);

    // The PDF through a one-time link.
    let link = app.gql(Some(&learner), LINK, json!({"c": c})).await;
    let url = link["data"]["createCertificateLink"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{link}"))
        .to_owned();
    let response = get(&app, &url).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let pdf = response.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    assert!(pdf.len() < 500_000, "the font is subset: {} bytes", pdf.len());
    assert_eq!(get(&app, &url).await.status(), 401, "a link opens once");
    // Without a link or a token: refused.
    assert_eq!(
        get(&app, &format!("/export/certificate.pdf?campaignId={c}"))
            .await
            .status(),
        401
    );

    // Anyone verifies it, without logging in; the name comes masked.
    let page = get(&app, cert["verifyPath"].as_str().unwrap()).await;
    assert_eq!(page.status(), 200);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = page.text().await.unwrap();
    assert!(html.contains("真实有效"), "{html}");
    assert!(html.contains("蒸湘区司法局") && html.contains("100 分"), "{html}");
    let chars: Vec<char> = name.chars().collect();
    assert!(!html.contains(&name), "the full name is shown: {html}");
    assert!(html.contains(&format!("{}*", chars[0])), "{html}");
    // Typed by hand: lower case with dashes.
    let typed = get(&app, &format!("/verify/{}", code.to_lowercase())).await;
    assert_eq!(typed.status(), 200);

    // Unknown and malformed codes answer alike: same status, same page.
    let unknown = get(&app, "/verify/AAAAAAAAAAAAAAAAAAAA").await;
    assert_eq!(unknown.status(), 404);
    let unknown = unknown.text().await.unwrap();
    let malformed = get(&app, "/verify/%3Cscript%3E").await;
    assert_eq!(malformed.status(), 404);
    assert_eq!(malformed.text().await.unwrap(), unknown);
    // Nothing of the code comes back (the page's own "description" spells "script").
    assert!(!unknown.to_ascii_lowercase().contains("<script") && !unknown.contains("%3C"));
    assert!(unknown.contains("未找到"));
}

async fn offices_print_a_units_certificates_and_nobody_else_does(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let first = app.learner("13900000001").await;
    let second = app.learner("13900000002").await;
    let third = app.learner("13900000003").await;
    let campaign = current_campaign(&app, &first).await;
    let c = campaign["id"].as_str().unwrap().to_owned();
    let unit = unit_gid(&app, "蒸湘区司法局").await;

    // Nobody passed yet: nothing to print.
    let admin = app.admin(UNIT_ADMIN).await;
    let link = app.gql(Some(&admin), LINK, json!({"c": c, "u": unit})).await;
    let url = link["data"]["createCertificateLink"]["url"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(get(&app, &url).await.status(), 409);

    assert_eq!(sit_exam(&app, &first, &c, true).await, 100);
    assert_eq!(sit_exam(&app, &second, &c, true).await, 100);
    assert_eq!(sit_exam(&app, &third, &c, false).await, 0);

    for office in [UNIT_ADMIN, DISTRICT] {
        let token = app.admin(office).await;
        let link = app.gql(Some(&token), LINK, json!({"c": c, "u": unit})).await;
        let url = link["data"]["createCertificateLink"]["url"]
            .as_str()
            .unwrap_or_else(|| panic!("{link}"))
            .to_owned();
        let response = get(&app, &url).await;
        assert_eq!(response.status(), 200, "{office}");
        let pdf = response.bytes().await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }
    // Two certificates issued (the one who failed has none), each with its own code.
    let rows = certificate::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 2);
    assert_ne!(rows[0].code, rows[1].code);
    // Every print is audited as a download of personal data.
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("export.download"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.after.as_deref().is_some_and(|a| a.contains("成绩证明")))
        .count();
    assert_eq!(audited, 2);

    // Another district's unit administrator: as if the unit did not exist.
    let other = app.admin(OTHER_UNIT_ADMIN).await;
    assert_error(
        &app.gql(Some(&other), LINK, json!({"c": c, "u": unit})).await,
        &["NOT_FOUND"],
    );
    // A learner sees its own unit but may not print its colleagues' certificates.
    assert_error(
        &app.gql(Some(&first), LINK, json!({"c": c, "u": unit})).await,
        &["FORBIDDEN"],
    );
    // The bearer token of another unit's administrator on the file itself: NOT_FOUND too.
    let direct = app
        .client
        .get(format!(
            "{}/export/certificates.pdf?campaignId={c}&unitId={unit}",
            app.base
        ))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(direct.status(), 404);
}
