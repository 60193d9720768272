//! Issue 30: GraphQL answers compressed as the request's `Accept-Encoding` takes them, Brotli
//! before gzip, checked on a real exam paper (the largest answer a learner's phone fetches):
//! the `Content-Encoding` and `Vary` headers, and the decoded body the same answer as the
//! uncompressed one.

use std::io::Read;

use serde_json::json;

use crate::helpers::exam::{campaign_of, start, unit_session};
use crate::helpers::{Backend, TestApp, wipe_redis_prefix};
use crate::on_both_backends;

on_both_backends!(graphql_answers_are_brotli_or_gzip_as_negotiated);

/// The same answer: the same JSON, and as many bytes (the order of an object's members is not
/// the same on every call, so the bytes themselves are not compared).
fn same(got: &[u8], want: &[u8], accept: &str) {
    let parsed: serde_json::Value =
        serde_json::from_slice(got).unwrap_or_else(|e| panic!("{accept}: the decoded body is not JSON: {e}"));
    let wanted: serde_json::Value = serde_json::from_slice(want).unwrap();
    assert_eq!(got.len(), want.len(), "{accept}");
    assert!(parsed == wanted, "{accept}: a different answer");
}

const PAPER: &str = "query($id: ID!) { examAttempt(id: $id) { id kind status questions { id type stem points options { key text } } answers { questionId choices } } }";

async fn graphql_answers_are_brotli_or_gzip_as_negotiated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000001").await;
    let campaign = campaign_of(&app, &learner).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let attempt = start(&app, &learner, &session).await;
    let id = attempt["id"].as_str().unwrap().to_owned();
    let body = json!({ "query": PAPER, "variables": { "id": id } });

    let ask = |accept: Option<&'static str>| {
        let mut request = app
            .client
            .post(format!("{}/graphql", app.base))
            .bearer_auth(&learner)
            .json(&body);
        if let Some(accept) = accept {
            request = request.header("accept-encoding", accept);
        }
        async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200, "{accept:?}");
            assert_eq!(response.headers()["vary"], "Accept-Encoding", "{accept:?}");
            let coding = response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap().to_owned());
            (coding, response.bytes().await.unwrap().to_vec())
        }
    };

    // Without Accept-Encoding: the JSON as it is, a paper of some size.
    let (coding, plain) = ask(None).await;
    assert_eq!(coding, None);
    let paper: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    let questions = paper["data"]["examAttempt"]["questions"]
        .as_array()
        .unwrap()
        .len();
    assert!(questions >= 50, "{paper}");
    assert!(plain.len() > 10_000, "{}", plain.len());

    let unbrotli = |bytes: &[u8]| {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    };
    let ungzip = |bytes: &[u8]| {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
        out
    };

    // What a browser sends: Brotli, decoding to the same bytes.
    let (coding, brotli) = ask(Some("gzip, deflate, br, zstd")).await;
    assert_eq!(coding.as_deref(), Some("br"));
    same(&unbrotli(&brotli), &plain, "br");
    // Brotli alone, and with weights that keep it.
    for accept in ["br", "br;q=1.0, gzip;q=0.5", "*"] {
        let (coding, bytes) = ask(Some(accept)).await;
        assert_eq!(coding.as_deref(), Some("br"), "{accept}");
        same(&unbrotli(&bytes), &plain, accept);
    }

    // gzip when Brotli is not taken or refused.
    for accept in ["gzip", "gzip, deflate", "br;q=0, gzip", "*, br;q=0"] {
        let (coding, bytes) = ask(Some(accept)).await;
        assert_eq!(coding.as_deref(), Some("gzip"), "{accept}");
        same(&ungzip(&bytes), &plain, accept);
    }
    let (_, gzip) = ask(Some("gzip")).await;

    // Neither: as it is.
    for accept in ["identity", "deflate", "br;q=0, gzip;q=0", "*;q=0"] {
        let (coding, bytes) = ask(Some(accept)).await;
        assert_eq!(coding, None, "{accept}");
        same(&bytes, &plain, accept);
    }

    // Both a fraction of the JSON, Brotli the smaller.
    assert!(
        gzip.len() * 4 < plain.len(),
        "gzip {} of {}",
        gzip.len(),
        plain.len()
    );
    assert!(
        brotli.len() < gzip.len(),
        "brotli {} against gzip {} ({} questions, {} bytes of JSON)",
        brotli.len(),
        gzip.len(),
        questions,
        plain.len()
    );
    eprintln!(
        "paper of {questions} questions: {} bytes JSON, {} gzip, {} Brotli",
        plain.len(),
        gzip.len(),
        brotli.len()
    );

    // A small answer is never compressed, whatever the request takes.
    let (coding, small) = {
        let response = app
            .client
            .post(format!("{}/graphql", app.base))
            .header("accept-encoding", "br, gzip")
            .json(&json!({ "query": "{ __typename }" }))
            .send()
            .await
            .unwrap();
        let coding = response.headers().get("content-encoding").cloned();
        (coding, response.text().await.unwrap())
    };
    assert!(coding.is_none());
    assert_eq!(small, r#"{"data":{"__typename":"Query"}}"#);

    // The started attempt's keys go with the app.
    let (redis_url, prefix) = (app.redis_url.clone(), app.settings.redis_prefix.clone());
    app.stop().await;
    if let Some(redis_url) = redis_url {
        wipe_redis_prefix(&redis_url, &prefix).await;
    }
}
