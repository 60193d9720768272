//! Hostile documents at the HTTP layer: deep nesting (which used to overflow a worker's
//! stack and kill the process), long and malformed documents and JSON, over GET, POST and
//! multipart. The server answers each with a client error, never a 5xx, and still serves
//! `{ __typename }` afterwards.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(
    deep_nesting_is_refused_before_parsing,
    multipart_operations_obey_the_graphql_size_limit,
    generated_hostile_documents_never_break_the_server
);

/// A small deterministic generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

#[derive(Clone, Copy, Debug)]
enum Via {
    Get,
    Post,
    Multipart,
}

/// Sends one request; returns the status and the body text.
async fn send(app: &TestApp, via: Via, query: &str, variables_json: &str) -> (u16, String) {
    let url = format!("{}/graphql", app.base);
    let response = match via {
        Via::Get => {
            app.client
                .get(&url)
                .query(&[("query", query), ("variables", variables_json)])
                .send()
                .await
        }
        Via::Post => {
            // Built by hand so that a variables text serde would not produce goes through.
            let body = format!(
                "{{\"query\": {}, \"variables\": {variables_json}}}",
                Value::String(query.to_owned())
            );
            app.client
                .post(&url)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
        }
        Via::Multipart => {
            let operations = format!(
                "{{\"query\": {}, \"variables\": {variables_json}}}",
                Value::String(query.to_owned())
            );
            let form = reqwest::multipart::Form::new()
                .text("operations", operations)
                .text("map", "{}");
            app.client
                .post(&url)
                .header("graphql-preflight", "1")
                .multipart(form)
                .send()
                .await
        }
    };
    let response = response.unwrap_or_else(|e| panic!("{via:?} request failed: {e}"));
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

async fn still_serving(app: &TestApp) {
    let body = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(body["data"]["__typename"], "Query", "{body}");
}

async fn deep_nesting_is_refused_before_parsing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let n = 2_000;
    let list = format!(
        "{{ learner(id: {}\"x\"{}) {{ id }} }}",
        "[".repeat(n),
        "]".repeat(n)
    );
    let object = format!(
        "{{ learner(id: {}\"x\"{}) {{ id }} }}",
        "{a:".repeat(n),
        "}".repeat(n)
    );
    let directive = format!(
        "{{ __typename @include(if: {}true{}) }}",
        "[".repeat(n),
        "]".repeat(n)
    );
    let selection = format!("{}{}", "{ a ".repeat(n), "}".repeat(n));
    let deep_variables = format!("{{\"v\": {}1{}}}", "[".repeat(n), "]".repeat(n));
    for query in [&list, &object, &directive, &selection] {
        for via in [Via::Get, Via::Post, Via::Multipart] {
            let (status, text) = send(&app, via, query, "{}").await;
            assert_eq!(status, 400, "{via:?}: {text}");
            let body: Value = serde_json::from_str(&text).unwrap();
            assert_error(&body, &["BAD_USER_INPUT"]);
            let message = body["errors"][0]["message"].as_str().unwrap();
            assert!(message.contains("嵌套过深"), "{via:?}: {message}");
        }
    }
    for via in [Via::Get, Via::Post, Via::Multipart] {
        let (status, text) = send(&app, via, "{ __typename }", &deep_variables).await;
        assert_eq!(status, 400, "{via:?}: {text}");
        assert_error(&serde_json::from_str(&text).unwrap(), &["BAD_USER_INPUT"]);
    }
    // 65 levels of variables, under serde_json's own limit of 128, are refused as well;
    // a query at the limit's edge still parses.
    let just_over = format!("{{\"v\": {}1{}}}", "[".repeat(65), "]".repeat(65));
    let (status, _) = send(&app, Via::Post, "{ __typename }", &just_over).await;
    assert_eq!(status, 400);
    let (status, text) = send(
        &app,
        Via::Post,
        &format!(
            "{{ __typename @include(if: {}true{}) }}",
            "[".repeat(40),
            "]".repeat(40)
        ),
        "{}",
    )
    .await;
    assert!(status < 500, "{text}");
    still_serving(&app).await;
}

async fn multipart_operations_obey_the_graphql_size_limit(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // A 2 MB document (a comment keeps it valid) in `operations`: over the 1 MB limit of a
    // JSON body, under the 11 MB limit of a multipart body.
    let query = format!("{{ __typename }} #{}", "x".repeat(2 * 1024 * 1024));
    let (status, text) = send(&app, Via::Multipart, &query, "{}").await;
    assert_eq!(status, 413, "{text}");
    let body: Value = serde_json::from_str(&text).unwrap();
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("1 MB"));
    // The same in a JSON body, for comparison.
    let (status, _) = send(&app, Via::Post, &query, "{}").await;
    assert_eq!(status, 413);
    // The multipart body as a whole is capped at 11 MB (a 10 MB file and its form).
    let form = reqwest::multipart::Form::new()
        .text(
            "operations",
            json!({"query": "mutation($f: Upload!) { __typename }", "variables": {"f": null}}).to_string(),
        )
        .text("map", json!({"0": ["variables.f"]}).to_string())
        .part(
            "0",
            reqwest::multipart::Part::bytes(vec![b'x'; 12 * 1024 * 1024]).file_name("big.csv"),
        );
    let response = app
        .client
        .post(format!("{}/graphql", app.base))
        .header("graphql-preflight", "1")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    assert_error(&response.json().await.unwrap(), &["BAD_USER_INPUT"]);
    // A small document in `operations` still runs.
    let (status, text) = send(&app, Via::Multipart, "{ __typename }", "{}").await;
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("\"Query\""), "{text}");
}

async fn generated_hostile_documents_never_break_the_server(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut rng = Rng(0x5EED_2026_1130_0013);
    let fragments = [
        "{",
        "}",
        "[",
        "]",
        "(",
        ")",
        "\"",
        "\"\"\"",
        "\\",
        "#",
        "\n",
        ":",
        "$",
        "@",
        "!",
        "...",
        "query",
        "mutation",
        "learner",
        "id",
        "__typename",
        "a",
        "1",
        "true",
        "null",
        "\u{0}",
        "\u{202E}",
        "\u{FEFF}",
        "é",
        "𝔘",
        ",",
        " ",
    ];
    let openers = ["[", "{a:", "{ a ", "(", "[{b:"];
    let vias = [Via::Get, Via::Post, Via::Multipart];
    for case in 0..120 {
        let query = match case % 4 {
            // Random tokens.
            0 => (0..rng.below(400))
                .map(|_| rng.pick(&fragments))
                .collect::<String>(),
            // Deep mixed nesting, closed or not.
            1 => {
                let depth = 50 + rng.below(5_000);
                let mut q = String::from("{ learner(id: ");
                for _ in 0..depth {
                    q.push_str(rng.pick(&openers));
                }
                if rng.below(2) == 0 {
                    q.push_str(&"]".repeat(depth));
                }
                q
            }
            // A long valid-looking document.
            2 => {
                let n = 1 + rng.below(20_000);
                let mut q = String::from("{ ");
                for i in 0..n {
                    q.push_str(&format!("a{i}: __typename "));
                }
                q.push('}');
                q
            }
            // A valid document cut anywhere.
            _ => {
                let valid = "query Q($c: ID!) { campaign(id: $c) { id name } me { id phone } }";
                valid[..rng.below(valid.len())].to_owned()
            }
        };
        let variables = match rng.below(5) {
            0 => "{}".to_owned(),
            1 => {
                let d = rng.below(3_000);
                format!("{{\"v\": {}0{}}}", "[".repeat(d), "]".repeat(d))
            }
            2 => {
                let d = rng.below(3_000);
                format!("{{\"v\": {}", "{\"a\":".repeat(d))
            }
            3 => format!("\"{}\"", "z".repeat(rng.below(10_000))),
            _ => "[1, {\"x\": ".to_owned(),
        };
        let mut via = vias[rng.below(vias.len())];
        if matches!(via, Via::Get) && query.len() + variables.len() > 8_000 {
            // Far past any URL limit: hyper answers those itself.
            via = Via::Post;
        }
        let (status, text) = send(&app, via, &query, &variables).await;
        assert!(
            status < 500,
            "case {case} via {via:?} answered {status}: {}",
            &text[..text.len().min(300)]
        );
        if status >= 400 && !text.is_empty() {
            let body: Value =
                serde_json::from_str(&text).unwrap_or_else(|_| panic!("case {case}: not JSON: {text}"));
            assert_error(&body, &["BAD_USER_INPUT"]);
        }
    }
    still_serving(&app).await;
}
