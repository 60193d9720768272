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
    cors_answers_configured_origins_only,
    invisible_characters_absurd_dates_and_oversized_choices_are_refused,
    an_imported_spreadsheet_obeys_the_same_text_rule
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

async fn invisible_characters_absurd_dates_and_oversized_choices_are_refused(backend: Backend) {
    use crate::helpers::exam::{campaign_of, save_raw, start, unit_session};
    let app = TestApp::spawn(backend).await;
    let admin = app.admin("13800000003").await;
    let unit = app
        .id_of(
            &admin,
            "{ myScope { units { edges { node { id } } } } }",
            "/data/myScope/0/units/edges/0/node/id",
        )
        .await;
    const ADD: &str = "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id name retirementDate } }";
    let add = |name: &str, phone: &str, retirement: Option<&str>| {
        let app = &app;
        let admin = admin.clone();
        let input = json!({"unitId": unit, "name": name, "phone": phone, "retirementDate": retirement});
        async move { app.gql(Some(&admin), ADD, json!({"i": input})).await }
    };
    let message = |body: &Value| body["errors"][0]["message"].as_str().unwrap_or("").to_owned();

    // Text: NUL (an internal error on PostgreSQL before), bidi overrides and isolates,
    // zero-width characters; in variables and as literals in the document.
    for (i, name) in [
        "张\u{0}三",
        "\u{202E}三张",
        "张\u{200B}三",
        "\u{FEFF}张三",
        "张\u{2066}三",
        "张\u{200D}三",
    ]
    .iter()
    .enumerate()
    {
        let body = add(name, &format!("1391234560{i}"), None).await;
        assert_error(&body, &["BAD_USER_INPUT"]);
        assert!(message(&body).contains("U+"), "{body}");
        assert!(body["data"].is_null(), "nothing ran: {body}");
    }
    let literal = format!(
        "mutation {{ addLearner(input: {{unitId: \"{unit}\", name: \"张\\u200b三\", phone: \"13912345610\"}}) {{ id }} }}"
    );
    let body = app.gql(Some(&admin), &literal, json!({})).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(message(&body).contains("U+200B"), "{body}");
    // A plain name, with a line break elsewhere allowed, goes through.
    let body = add("张三", "13912345620", Some("2030-06-30")).await;
    assert_eq!(body["data"]["addLearner"]["name"], "张三", "{body}");
    assert_eq!(
        body["data"]["addLearner"]["retirementDate"], "2030-06-30",
        "{body}"
    );

    // Dates: years outside 1900-2100, negative years, and a long string not echoed.
    for (i, date) in [
        "0000-01-01",
        "-2026-01-01",
        "1800-01-01",
        "2200-01-01",
        "+2026-01-01",
    ]
    .iter()
    .enumerate()
    {
        let body = add("李四", &format!("1391234563{i}"), Some(date)).await;
        assert_error(&body, &["BAD_USER_INPUT"]);
    }
    let long_date = "2".repeat(100_000);
    let body = add("李四", "13912345640", Some(&long_date)).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(
        body.to_string().len() < 1_000,
        "the input is not echoed: {} bytes",
        body.to_string().len()
    );

    // Choices: more than the question's options, a 200,000-element array, a 100 KB string.
    let learner = app.learner("13900000001").await;
    let campaign = campaign_of(&app, &learner).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let attempt = start(&app, &learner, &session).await;
    let attempt_id = attempt["id"].as_str().unwrap().to_owned();
    let question = &attempt["questions"][0];
    let question_id = question["id"].as_str().unwrap().to_owned();
    let options: Vec<String> = question["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["key"].as_str().unwrap().to_owned())
        .collect();
    let first = options[0].clone();
    let too_many = vec![first.clone(); options.len() + 1];
    let huge_array = vec![first.clone(); 200_000];
    let huge_string = vec!["A".repeat(100_000)];
    for choices in [&too_many, &huge_array, &huge_string] {
        let body = save_raw(&app, &learner, &attempt_id, &question_id, choices, None).await;
        assert_error(&body, &["BAD_USER_INPUT"]);
        let text = body.to_string();
        assert!(
            text.len() < 1_000,
            "the input is not echoed: {} bytes",
            text.len()
        );
    }
    let body = save_raw(&app, &learner, &attempt_id, &question_id, &[first], None).await;
    assert_eq!(body["data"]["saveAnswer"]["saved"], true, "{body}");
}

async fn an_imported_spreadsheet_obeys_the_same_text_rule(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin("13800000003").await;
    let unit = app
        .id_of(
            &admin,
            "{ myScope { units { edges { node { id } } } } }",
            "/data/myScope/0/units/edges/0/node/id",
        )
        .await;
    const IMPORT: &str = "mutation($u: ID!, $file: Upload!) { importLearners(unitId: $u, file: $file) { created errors { row message } } }";
    let csv = "姓名,手机号\n欧阳修,13600000021\n\u{202E}修阳欧,13600000022\n";
    let body = app
        .upload(
            &admin,
            IMPORT,
            json!({"u": unit}),
            "roster.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("第 3 行") && message.contains("U+202E"),
        "{body}"
    );
    // Nothing was written, not even the good row.
    let found = app
        .gql(
            Some(&admin),
            "query($u: ID!) { unit(id: $u) { learners(first: 5, filter: {phone: \"13600000021\"}) { totalCount } } }",
            json!({"u": unit}),
        )
        .await;
    assert_eq!(found["data"]["unit"]["learners"]["totalCount"], 0, "{found}");
    // The same file without the override imports.
    let clean = "姓名,手机号\n欧阳修,13600000021\n";
    let body = app
        .upload(
            &admin,
            IMPORT,
            json!({"u": unit}),
            "roster.csv",
            "text/csv",
            clean.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(body["data"]["importLearners"]["created"], 1, "{body}");
}
