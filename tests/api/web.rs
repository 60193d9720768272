//! The embedded web pages: the learners' app at `/` and its routes, the console at `/admin`,
//! hashed assets cached for good, entry pages never, gzip twins, API paths never answered
//! with a page, and GraphiQL from the binary itself.

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

on_both_backends!(pages_are_served_from_the_binary_with_their_caching);

async fn get(app: &TestApp, path: &str, gzip: bool) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.base));
    if gzip {
        request = request.header("accept-encoding", "gzip");
    }
    request.send().await.unwrap()
}

async fn pages_are_served_from_the_binary_with_their_caching(backend: Backend) {
    let app = TestApp::spawn(backend).await;

    // The learners' app, and any of its routes (the browser routes them).
    for path in ["/", "/login", "/exam/att_1"] {
        let page = get(&app, path, false).await;
        assert_eq!(page.status(), 200, "{path}");
        assert_eq!(page.headers()["cache-control"], "no-cache", "{path}");
        assert!(
            page.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        let html = page.text().await.unwrap();
        assert!(html.contains("<div id=\"app\">"), "{path}: {html}");
        assert!(html.contains("学法考法"), "{path}");
        // No script or style from another origin, no inline script.
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "{path}: {html}"
        );
        assert!(!html.contains("<script>"), "{path}: {html}");
    }
    let learner = get(&app, "/", false).await.text().await.unwrap();

    // The console's entry page is another one.
    let console = get(&app, "/admin/roster", false).await.text().await.unwrap();
    assert_ne!(console, learner);
    assert!(console.contains("管理后台"), "{console}");

    // A hashed asset of the entry page: kept for good, gzip when asked for.
    let script = learner
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the entry page names its script")
        .to_owned();
    assert!(script.starts_with("/assets/"), "{script}");
    let plain = get(&app, &script, false).await;
    assert_eq!(plain.status(), 200);
    assert_eq!(
        plain.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(
        plain.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(plain.headers().get("content-encoding").is_none());
    let plain_len = plain.bytes().await.unwrap().len();
    let zipped = get(&app, &script, true).await;
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    assert_eq!(zipped.headers()["vary"], "Accept-Encoding");
    let zipped_len = zipped.bytes().await.unwrap().len();
    assert!(zipped_len < plain_len, "{zipped_len} >= {plain_len}");

    // A missing asset or an unknown API path is a 404, never a page.
    for path in [
        "/assets/missing-0000.js",
        "/export/nothing.xlsx",
        "/graphql/x",
        "/healthz/x",
    ] {
        let missing = get(&app, path, false).await;
        assert_eq!(missing.status(), 404, "{path}");
        assert!(
            !missing.text().await.unwrap().contains("<div id=\"app\">"),
            "{path}"
        );
    }
    // The API keeps its own handlers.
    assert_eq!(get(&app, "/healthz", false).await.status(), 200);

    // GraphiQL comes from the binary: its page names only this origin's files.
    let graphiql = app
        .client
        .get(format!("{}/graphql", app.base))
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(graphiql.status(), 200);
    let html = graphiql.text().await.unwrap();
    assert!(html.contains("/assets/graphiql-"), "{html}");
    assert!(!html.contains("unpkg") && !html.contains("https://"), "{html}");
}

on_both_backends!(answers_are_compressed_as_the_browser_takes_them);

/// Issue 30: the pages' files as their Brotli or gzip twin, GraphQL answers gzipped, each
/// only when the request takes it, and never a small answer (GraphQL's Brotli, and the
/// choice between the two: compression.rs).
async fn answers_are_compressed_as_the_browser_takes_them(backend: Backend) {
    use std::io::Read;

    let app = TestApp::spawn(backend).await;
    let learner = get(&app, "/", false).await.text().await.unwrap();
    let script = learner
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the entry page names its script")
        .to_owned();
    for (accept, coding) in [
        ("gzip, deflate, br, zstd", Some("br")),
        ("gzip", Some("gzip")),
        ("br;q=0, gzip", Some("gzip")),
        ("identity", None),
    ] {
        let file = app
            .client
            .get(format!("{}{script}", app.base))
            .header("accept-encoding", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(
            file.headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            coding,
            "{accept}"
        );
        assert_eq!(file.headers()["vary"], "Accept-Encoding", "{accept}");
    }

    // A GraphQL answer of some size (the schema's types, as large as a paper).
    let query = serde_json::json!({ "query": "{ __schema { types { name description fields { name } } } }" });
    let ask = |accept: Option<&str>, query: &serde_json::Value| {
        let mut request = app.client.post(format!("{}/graphql", app.base)).json(query);
        if let Some(accept) = accept {
            request = request.header("accept-encoding", accept);
        }
        request.send()
    };
    let plain = ask(None, &query).await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain = plain.bytes().await.unwrap();
    assert!(plain.len() > 10_000, "{}", plain.len());
    let zipped = ask(Some("gzip, deflate"), &query).await.unwrap();
    assert_eq!(zipped.status(), 200);
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    assert_eq!(zipped.headers()["vary"], "Accept-Encoding");
    let zipped = zipped.bytes().await.unwrap();
    assert!(
        zipped.len() * 3 < plain.len(),
        "{} of {}",
        zipped.len(),
        plain.len()
    );
    let mut inflated = Vec::new();
    flate2::read::GzDecoder::new(&zipped[..])
        .read_to_end(&mut inflated)
        .unwrap();
    assert_eq!(inflated, plain);

    // Refused, or too small to gain from it: sent as it is.
    let refused = ask(Some("gzip;q=0"), &query).await.unwrap();
    assert!(refused.headers().get("content-encoding").is_none());
    let small = ask(Some("gzip"), &serde_json::json!({ "query": "{ __typename }" }))
        .await
        .unwrap();
    assert!(small.headers().get("content-encoding").is_none());
    assert_eq!(small.text().await.unwrap(), r#"{"data":{"__typename":"Query"}}"#);
}
