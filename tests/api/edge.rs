//! Hardening at the edge: ids in canonical form only, production defaults and headers,
//! refused text and dates.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(
    ids_are_accepted_in_canonical_form_only,
    production_defaults_hide_introspection_graphiql_and_metrics,
    every_response_carries_the_security_headers,
    multipart_requests_need_the_preflight_header,
    cors_answers_configured_origins_only
);

/// The policy the pages are built to (`web/`), on every response.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; \
    frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

async fn production_defaults_hide_introspection_graphiql_and_metrics(backend: Backend) {
    // As `xuefa serve` starts without `--demo` and without the settings set.
    let app = TestApp::spawn_with(backend, |s| {
        s.introspection = None;
        s.graphiql = None;
    })
    .await;
    let url = format!("{}/graphql", app.base);
    // Introspection answers nothing (async-graphql gives null for the meta fields).
    let body = app
        .gql(None, "{ __schema { queryType { name } } }", json!({}))
        .await;
    assert!(body["data"]["__schema"].is_null(), "{body}");
    assert!(!body.to_string().contains("Query"), "{body}");
    let body = app
        .gql(
            None,
            "{ __type(name: \"Query\") { name fields { name } } }",
            json!({}),
        )
        .await;
    assert!(body["data"]["__type"].is_null(), "{body}");
    assert!(!body.to_string().contains("campaign"), "{body}");
    // Queries still run.
    let body = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(body["data"]["__typename"], "Query");

    let page = app
        .client
        .get(&url)
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 404);
    assert!(!page.text().await.unwrap().contains("graphiql"));

    // /metrics is not on the API's port, only on its own listener.
    let public = app
        .client
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(public.status(), 404);
    assert!(!public.text().await.unwrap().contains("xuefa_"));
    let private = app
        .client
        .get(format!("{}/metrics", app.metrics_base))
        .send()
        .await
        .unwrap();
    assert_eq!(private.status(), 200);
    assert!(private.text().await.unwrap().contains("xuefa_"));

    // With --demo (the test servers' default) both are on.
    let demo = TestApp::spawn(Backend::Sqlite).await;
    let body = demo
        .gql(None, "{ __schema { queryType { name } } }", json!({}))
        .await;
    assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query", "{body}");
}

async fn every_response_carries_the_security_headers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin("13800000003").await;
    let campaign = app
        .id_of(&token, "{ campaign(year: 2026) { id } }", "/data/campaign/id")
        .await;
    let node = app
        .id_of(&token, "{ myScope { id } }", "/data/myScope/0/id")
        .await;
    let get = |path: String| {
        let app = &app;
        let token = token.clone();
        async move {
            app.client
                .get(format!("{}{path}", app.base))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };
    let mut responses = vec![
        (
            "POST /graphql",
            app.client
                .post(format!("{}/graphql", app.base))
                .json(&json!({"query": "{ me { phone } }"}))
                .bearer_auth(&token)
                .send()
                .await
                .unwrap(),
            true,
        ),
        (
            "GET /graphql",
            get("/graphql?query=%7B__typename%7D".into()).await,
            true,
        ),
        (
            "a refused body",
            app.client
                .post(format!("{}/graphql", app.base))
                .header("content-type", "text/plain")
                .body("x")
                .send()
                .await
                .unwrap(),
            true,
        ),
        (
            "an export",
            get(format!("/export/stats.xlsx?campaignId={campaign}&nodeId={node}")).await,
            true,
        ),
        ("an export refused", get("/export/stats.xlsx".into()).await, true),
        ("GET /healthz", get("/healthz".into()).await, false),
        ("GET /readyz", get("/readyz".into()).await, false),
        ("a page", get("/".into()).await, false),
        ("a missing asset", get("/assets/none-abc.js".into()).await, false),
    ];
    let metrics = app
        .client
        .get(format!("{}/metrics", app.metrics_base))
        .send()
        .await
        .unwrap();
    responses.push(("GET /metrics", metrics, false));
    for (what, response, personal) in &responses {
        let h = response.headers();
        assert_eq!(
            h.get("content-security-policy").map(|v| v.to_str().unwrap()),
            Some(CSP),
            "{what}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{what}");
        assert_eq!(h["x-frame-options"], "DENY", "{what}");
        if *personal {
            assert_eq!(h["cache-control"], "no-store", "{what}");
        }
    }
    let (_, export, _) = &responses[3];
    assert_eq!(export.status(), 200, "the export itself is served");
}

async fn multipart_requests_need_the_preflight_header(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin("13800000003").await;
    let form = || {
        reqwest::multipart::Form::new()
            .text("operations", json!({"query": "mutation { logout }"}).to_string())
            .text("map", "{}")
    };
    // A form another site could submit: no preflight header.
    let refused = app
        .client
        .post(format!("{}/graphql", app.base))
        .bearer_auth(&token)
        .multipart(form())
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await.unwrap();
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("GraphQL-Preflight"),
        "{body}"
    );
    // The mutation did not run: the token still works.
    let me = app.gql(Some(&token), "{ me { phone } }", json!({})).await;
    assert_eq!(me["data"]["me"]["phone"], "13800000003", "{me}");
    // With the header it runs.
    let accepted = app
        .client
        .post(format!("{}/graphql", app.base))
        .header("GraphQL-Preflight", "1")
        .bearer_auth(&token)
        .multipart(form())
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 200);
    let body: Value = accepted.json().await.unwrap();
    assert_eq!(body["data"]["logout"], true, "{body}");
}

async fn cors_answers_configured_origins_only(backend: Backend) {
    let allowed = "https://console.example.gov.cn";
    let other = "https://evil.example.com";
    for configured in [false, true] {
        let app = TestApp::spawn_with(backend.clone(), |s| {
            if configured {
                s.cors_origins = vec![allowed.into()];
            }
        })
        .await;
        let url = format!("{}/graphql", app.base);
        for origin in [allowed, other] {
            let expect_cors = configured && origin == allowed;
            let preflight = app
                .client
                .request(reqwest::Method::OPTIONS, &url)
                .header("origin", origin)
                .header("access-control-request-method", "POST")
                .header("access-control-request-headers", "content-type, authorization")
                .send()
                .await
                .unwrap();
            let allow = preflight
                .headers()
                .get("access-control-allow-origin")
                .map(|v| v.to_str().unwrap().to_owned());
            if expect_cors {
                assert!(preflight.status().is_success(), "{origin}");
                assert_eq!(allow.as_deref(), Some(allowed));
                let headers = preflight.headers()["access-control-allow-headers"]
                    .to_str()
                    .unwrap()
                    .to_owned();
                assert!(headers.contains("graphql-preflight"), "{headers}");
            } else {
                assert_eq!(allow, None, "configured={configured} origin={origin}");
            }
            let post = app
                .client
                .post(&url)
                .header("origin", origin)
                .json(&json!({"query": "{ __typename }"}))
                .send()
                .await
                .unwrap();
            assert_eq!(
                post.headers()
                    .get("access-control-allow-origin")
                    .map(|v| v.to_str().unwrap().to_owned())
                    .as_deref(),
                expect_cors.then_some(allowed),
                "configured={configured} origin={origin}"
            );
            // Same-origin and server-to-server callers are never refused.
            assert_eq!(post.status(), 200);
        }
    }
}

async fn ids_are_accepted_in_canonical_form_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin("13800000003").await;
    let learner = app
        .id_of(
            &admin,
            "{ myScope { units { edges { node { learners(first: 1) { edges { node { id } } } } } } } }",
            "/data/myScope/0/units/edges/0/node/learners/edges/0/node/id",
        )
        .await;
    let unit = app
        .id_of(
            &admin,
            "{ myScope { units { edges { node { id } } } } }",
            "/data/myScope/0/units/edges/0/node/id",
        )
        .await;
    let ask = |query: &'static str, id: String| {
        let app = &app;
        let admin = &admin;
        async move { app.gql(Some(admin), query, json!({"id": id})).await }
    };
    let learner_query = "query($id: ID!) { learner(id: $id) { id name } }";
    let unit_query = "query($id: ID!) { unit(id: $id) { id name } }";
    let found = ask(learner_query, learner.clone()).await;
    assert_eq!(found["data"]["learner"]["id"], learner.as_str(), "{found}");
    assert_eq!(
        ask(unit_query, unit.clone()).await["data"]["unit"]["id"],
        unit.as_str()
    );

    let (prefix, number) = learner.split_once('_').unwrap();
    let missing_learner = ask(learner_query, format!("{prefix}_99999999")).await;
    for variant in [
        format!("{prefix}_0{number}"),
        format!("{prefix}_00{number}"),
        format!("{prefix}_+{number}"),
        format!("{prefix}_{number} "),
        format!("{prefix}_ {number}"),
        format!("{prefix}_{number}\u{0}"),
    ] {
        let body = ask(learner_query, variant.clone()).await;
        assert_eq!(body, missing_learner, "{variant:?} must answer like a missing id");
    }
    let (prefix, number) = unit.split_once('_').unwrap();
    let missing_unit = ask(unit_query, format!("{prefix}_99999999")).await;
    for variant in [format!("{prefix}_0{number}"), format!("{prefix}_+{number}")] {
        let body: Value = ask(unit_query, variant.clone()).await;
        assert_eq!(body, missing_unit, "{variant:?} must answer like a missing id");
    }
}
