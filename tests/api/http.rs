//! GraphQL over HTTP: media types, status codes, limits, bad bodies; the server stays up.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(
    health_and_readiness,
    graphql_over_http_conformance,
    bad_requests_get_clear_errors
);

async fn health_and_readiness(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let health = app
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let ready = app
        .client
        .get(format!("{}/readyz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 200);
    let body: Value = ready.json().await.unwrap();
    // Ready, and nothing about what the parts are (hardening_small::readyz_names_no_store).
    assert_eq!(body, json!({"status": "ready"}));
}

async fn graphql_over_http_conformance(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let url = format!("{}/graphql", app.base);

    // application/json: 200 with data.
    let ok = app
        .client
        .post(&url)
        .json(&json!({"query": "{ __typename }"}))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    assert!(ok.headers().get("x-request-id").is_some());
    assert!(
        ok.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let body: Value = ok.json().await.unwrap();
    assert_eq!(body["data"]["__typename"], "Query");

    // application/graphql-response+json: a request error is 400 and carries no data entry.
    let invalid = app
        .client
        .post(&url)
        .header("accept", "application/graphql-response+json")
        .json(&json!({"query": "{ nope }"}))
        .send()
        .await
        .unwrap();
    assert_eq!(invalid.status(), 400);
    assert_eq!(
        invalid.headers()["content-type"],
        "application/graphql-response+json"
    );
    let body: Value = invalid.json().await.unwrap();
    assert!(body.get("data").is_none(), "{body}");
    assert_error(&body, &["BAD_USER_INPUT"]);

    // The same request error with application/json is 200 by the specification's legacy rule.
    let legacy = app
        .client
        .post(&url)
        .json(&json!({"query": "{ nope }"}))
        .send()
        .await
        .unwrap();
    assert_eq!(legacy.status(), 200);

    // A field error is 200 under both media types.
    let field_error = app
        .client
        .post(&url)
        .header("accept", "application/graphql-response+json")
        .json(&json!({"query": "{ me { id } }"}))
        .send()
        .await
        .unwrap();
    assert_eq!(field_error.status(), 200);
    assert_error(&field_error.json().await.unwrap(), &["UNAUTHENTICATED"]);

    // GET runs queries, refuses mutations with 405.
    let get = app
        .client
        .get(&url)
        .query(&[("query", "{ __typename }")])
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), 200);
    let get_mutation = app
        .client
        .get(&url)
        .query(&[("query", "mutation { logout }")])
        .send()
        .await
        .unwrap();
    assert_eq!(get_mutation.status(), 405);
    assert_eq!(get_mutation.headers()["allow"], "POST");

    // A browser gets GraphiQL.
    let page = app
        .client
        .get(&url)
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("graphiql"));
}

async fn bad_requests_get_clear_errors(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let url = format!("{}/graphql", app.base);

    let malformed = app
        .client
        .post(&url)
        .header("content-type", "application/json")
        .body("{\"query\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), 400);
    assert_error(&malformed.json().await.unwrap(), &["BAD_USER_INPUT"]);

    let not_an_object = app
        .client
        .post(&url)
        .header("content-type", "application/json")
        .body("[1,2]")
        .send()
        .await
        .unwrap();
    assert_eq!(not_an_object.status(), 400);

    let wrong_type = app
        .client
        .post(&url)
        .header("content-type", "text/plain")
        .body("{ __typename }")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_type.status(), 415);
    assert_error(&wrong_type.json().await.unwrap(), &["BAD_USER_INPUT"]);

    let huge = format!(
        "{{\"query\": \"{{ __typename }}\", \"variables\": {{\"x\": \"{}\"}}}}",
        "a".repeat(10 * 1024 * 1024)
    );
    let too_large = app
        .client
        .post(&url)
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(too_large.status(), 413);
    assert_error(&too_large.json().await.unwrap(), &["BAD_USER_INPUT"]);

    // Too deep, and too complex.
    let token = app.admin("13800000001").await;
    let deep = format!("{{ myScope {}id{} }}", "{ children ".repeat(12), " }".repeat(12));
    let body = app.gql(Some(&token), &deep, json!({})).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(body.get("data").is_none() || body["data"].is_null(), "{body}");
    let complex = "{ myScope { units(first: 100) { edges { node { learners(first: 100) { edges { node { id name phone } } } } } } } }";
    let body = app.gql(Some(&token), complex, json!({})).await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // A wrong argument type.
    let body = app
        .gql(
            None,
            "mutation { login(phone: 13800000001, password: \"x\") { token } }",
            json!({}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // Still up.
    let body = app.gql(Some(&token), "{ me { phone } }", json!({})).await;
    assert_eq!(body["data"]["me"]["phone"], "13800000001");
}
