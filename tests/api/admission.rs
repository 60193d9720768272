//! Admission by who is asking (issue 26, item 6): a save is a live write only with a token
//! this replica knows as a learner's, and a token the database refused is answered from memory,
//! before it holds a place. The shares per address and per account are unit-tested in
//! `server/src/admission.rs`; the flood figures are in docs/BENCHMARKS.md.

use serde_json::json;

use crate::helpers::exam::{
    answers_of, campaign_of, questions_of, save, save_raw, start, str_of, unit_session,
};
use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(a_fake_token_costs_one_lookup_and_a_learners_saves_go_on);

async fn a_fake_token_costs_one_lookup_and_a_learners_saves_go_on(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000012").await;
    let campaign = campaign_of(&app, &learner).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let attempt = start(&app, &learner, &session).await;
    let id = str_of(&attempt, "id").to_owned();
    let question = str_of(&questions_of(&attempt)[0], "id").to_owned();

    // A made-up bearer string: refused, and after the first refusal without asking the cache
    // or the database again.
    let fake = "made-up-token-0123456789";
    let first = save_raw(&app, fake, &id, &question, &["B".to_owned()], None).await;
    assert_error(&first, &["UNAUTHENTICATED"]);
    let database = crate::replicas::lookups(&app, "database").await;
    let cache = crate::replicas::lookups(&app, "cache").await;
    for _ in 0..50 {
        let again = save_raw(&app, fake, &id, &question, &["B".to_owned()], None).await;
        assert_error(&again, &["UNAUTHENTICATED"]);
    }
    assert_eq!(crate::replicas::lookups(&app, "database").await, database);
    assert_eq!(crate::replicas::lookups(&app, "cache").await, cache);
    // A malformed header is refused the same way.
    let body: serde_json::Value = app
        .client
        .post(format!("{}/graphql", app.base))
        .header("authorization", "Basic abc")
        .json(&json!({"query": "{ me { id } }"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_error(&body, &["UNAUTHENTICATED"]);

    // The learner's own saves go on (every question has an option A), and what the fake token
    // sent (B) was never stored.
    assert!(save(&app, &learner, &id, &question, &["A".to_owned()], Some(1)).await);
    let resumed = start(&app, &learner, &session).await;
    let answers = answers_of(&resumed);
    assert_eq!(answers.len(), 1, "{answers:?}");
    assert_eq!(answers[&question], ["A"], "a refused save was stored");
}
