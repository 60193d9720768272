//! The smaller findings of the second attack run (issue 26) left open by the earlier rounds:
//! each test runs the finding over HTTP and fails on the build before its fix.

use serde_json::json;

use crate::helpers::exam::{campaign_of, unit_session};
use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(a_document_asking_for_too_much_is_refused_before_it_runs);

/// Complexity counts list sizes and large texts (item 8): a list of study bodies, or five
/// copies of a paper with its options and review, is refused with `BAD_USER_INPUT` and a
/// message that says what to ask instead, before anything runs; the pages' own documents pass
/// (every one of them: `http::trusted::tests::every_page_document_passes_the_complexity_limit`).
async fn a_document_asking_for_too_much_is_refused_before_it_runs(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000001").await;
    let campaign = campaign_of(&app, &learner).await;

    let bodies = "query($c: ID!) { studyItems(campaignId: $c) { id title body } }";
    let refused = app.gql(Some(&learner), bodies, json!({"c": campaign})).await;
    assert_error(&refused, &["BAD_USER_INPUT"]);
    let message = refused["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("正文逐篇查看"), "{refused}");
    assert!(
        refused.get("data").is_none() || refused["data"].is_null(),
        "{refused}"
    );
    // The page's list (no bodies) and one body are answered.
    let page = xuefa::http::trusted::page_document("query StudyItems(").unwrap();
    let listed = app
        .gql(Some(&learner), &page, json!({"campaignId": campaign}))
        .await;
    assert!(listed["errors"].is_null(), "{listed}");
    assert!(
        !listed["data"]["studyItems"].as_array().unwrap().is_empty(),
        "{listed}"
    );

    // A mutation asking for five copies of its paper is refused whole: no attempt starts.
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let paper = "questions { id type points stem s2: stem s3: stem \
        options { key text k2: key t2: text } } review { explanation } answers { choices }";
    let copies: Vec<String> = (0..5).map(|n| format!("p{n}: {paper}")).collect();
    let start = format!(
        "mutation($s: ID!) {{ startExam(sessionId: $s) {{ id {} }} }}",
        copies.join(" ")
    );
    let refused = app.gql(Some(&learner), &start, json!({"s": session})).await;
    assert_error(&refused, &["BAD_USER_INPUT"]);
    let attempts = app
        .gql(
            Some(&learner),
            "query($c: ID!) { myAttempts(campaignId: $c) { id } }",
            json!({"c": campaign}),
        )
        .await;
    assert_eq!(
        attempts["data"]["myAttempts"],
        json!([]),
        "nothing ran: {attempts}"
    );
    // The same mutation asking for its paper once starts.
    let once = format!("mutation($s: ID!) {{ startExam(sessionId: $s) {{ id {paper} }} }}");
    let started = app.gql(Some(&learner), &once, json!({"s": session})).await;
    assert!(started["errors"].is_null(), "{started}");
}
