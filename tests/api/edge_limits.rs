//! The edge's limits against amplification and exhaustion (issue 26, items 7 to 10): what one
//! request may cost in memory, which documents a caller may send, how password work is queued
//! and how many connections one address holds. Each test drives the real server over HTTP and
//! fails on the build before its fix.

use std::io::{Cursor, Read, Write};
use std::net::SocketAddr;
use std::time::Duration;

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use xuefa::http::trusted::page_document;
use xuefa::infra::config::TrustedDocuments;

use crate::helpers::{Backend, TestApp, assert_error, unit_named};
use crate::on_both_backends;

on_both_backends!(
    an_answer_past_the_byte_cap_is_refused_whole,
    a_spreadsheet_whose_texts_inflate_is_refused_before_it_is_read,
    callers_without_a_session_send_only_the_pages_documents,
    one_field_under_many_names_is_refused_for_everyone,
    one_address_holds_its_share_of_connections_and_others_get_in,
    a_trickled_body_is_cut_at_the_rate_floor,
    a_failing_address_queues_little_and_a_quiet_one_logs_in,
);

async fn current_campaign(app: &TestApp, token: &str) -> String {
    let body = app
        .gql(Some(token), "{ currentCampaign { id } }", json!({}))
        .await;
    body["data"]["currentCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

/// Every study item of the demo gets a body of about 2 MB (a body may hold 2 MB).
async fn long_bodies(app: &TestApp) -> usize {
    let body = "法".repeat(BODY_CHARS);
    entity::study_item::Entity::update_many()
        .col_expr(entity::study_item::Column::Body, Expr::value(body))
        .exec(&app.db)
        .await
        .unwrap();
    entity::study_item::Entity::find().count(&app.db).await.unwrap() as usize
}

const BODY_CHARS: usize = 700_000;

async fn an_answer_past_the_byte_cap_is_refused_whole(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let items = long_bodies(&app).await;
    assert!(
        items >= 5,
        "the demo needs more than 8 MB of bodies: {items} items"
    );
    let learner = app.learner("13900000001").await;
    let campaign = current_campaign(&app, &learner).await;
    // A list of bodies is refused by the complexity limit before it runs (a list counts its
    // rows, a body its size: `smaller_findings::a_document_asking_for_too_much_is_refused_before_it_runs`);
    // five items by their ids, each under five names at most, are within it.
    let titles = app
        .gql(
            Some(&learner),
            "query($c: ID!) { studyItems(campaignId: $c) { id } }",
            json!({"c": campaign}),
        )
        .await;
    let ids: Vec<String> = titles["data"]["studyItems"]
        .as_array()
        .unwrap_or_else(|| panic!("{titles}"))
        .iter()
        .take(5)
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    let fields: Vec<String> = ids
        .iter()
        .enumerate()
        .map(|(n, id)| format!("i{n}: studyItem(id: \"{id}\") {{ id title body }}"))
        .collect();
    let list = format!("{{ {} }}", fields.join(" "));
    let list = list.as_str();

    // Five bodies of 2 MB in one answer: more than 8 MB. One error with a code and a message saying what
    // to do, no data, and nothing half-built on the wire.
    let response = app
        .client
        .post(format!("{}/graphql", app.base))
        .bearer_auth(&learner)
        .json(&json!({"query": list}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let text = response.text().await.unwrap();
    assert!(text.len() < 4096, "the refusal is short: {} bytes", text.len());
    let body: Value = serde_json::from_str(&text).unwrap();
    assert_error(&body, &["RESPONSE_TOO_LARGE"]);
    assert!(body.get("data").is_none(), "{body}");
    assert!(
        body["errors"][0]["message"].as_str().unwrap().contains("8 MB"),
        "{body}"
    );

    // Several at once from one address: each refused or answered BUSY, never built whole, and
    // the replica goes on serving.
    let floods = (0..4).map(|_| app.gql(Some(&learner), list, json!({})));
    for body in futures_util::future::join_all(floods).await {
        assert_error(&body, &["RESPONSE_TOO_LARGE", "BUSY"]);
    }

    // What the pages ask for still comes: the list without bodies, and one body.
    let titles = app
        .gql(
            Some(&learner),
            "query($c: ID!) { studyItems(campaignId: $c) { id title } }",
            json!({"c": campaign}),
        )
        .await;
    let first = titles["data"]["studyItems"][0]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{titles}"))
        .to_owned();
    let one = app
        .gql(
            Some(&learner),
            "query($i: ID!) { studyItem(id: $i) { body } }",
            json!({"i": first}),
        )
        .await;
    assert_eq!(
        one["data"]["studyItem"]["body"]
            .as_str()
            .map(|b| b.chars().count()),
        Some(BODY_CHARS),
        "{}",
        &one.to_string()[..200.min(one.to_string().len())]
    );
}

const IMPORT: &str =
    "mutation($u: ID!, $file: Upload!) { importLearners(unitId: $u, file: $file) { created written } }";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The roster template with its shared strings grown to `bytes` unpacked (a few hundred
/// kilobytes packed): the shape of the xlsx bomb.
fn inflating_xlsx(template: &[u8], bytes: usize) -> Vec<u8> {
    let mut source = zip::ZipArchive::new(Cursor::new(template)).unwrap();
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut has_shared_strings = false;
    for index in 0..source.len() {
        let mut entry = source.by_index(index).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        if name.to_ascii_lowercase().ends_with("sharedstrings.xml") {
            has_shared_strings = true;
            let text = String::from_utf8(content).unwrap();
            let filler = format!("<si><t>{}</t></si>", "名".repeat(bytes / 3));
            content = text
                .replacen("</sst>", &format!("{filler}</sst>"), 1)
                .into_bytes();
        }
        writer.start_file(name, options).unwrap();
        writer.write_all(&content).unwrap();
    }
    assert!(has_shared_strings, "the template has shared strings");
    writer.finish().unwrap().into_inner()
}

async fn a_spreadsheet_whose_texts_inflate_is_refused_before_it_is_read(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin("13800000005").await;
    let template = app
        .client
        .get(format!("{}/export/roster-template.xlsx", app.base))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let unit = unit_named(&app, "蒸湘区司法局").await;
    let before = entity::learner::Entity::find()
        .filter(entity::learner::Column::UnitId.eq(unit.id))
        .count(&app.db)
        .await
        .unwrap();
    let bomb = inflating_xlsx(&template, 40 * 1024 * 1024);
    assert!(bomb.len() < 1024 * 1024, "packed: {} bytes", bomb.len());
    let body = app
        .upload(
            &admin,
            IMPORT,
            json!({"u": format!("unit_{}", unit.id)}),
            "名单.xlsx",
            XLSX,
            bomb,
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(
        body["errors"][0]["message"].as_str().unwrap().contains("12 MB"),
        "{body}"
    );
    let after = entity::learner::Entity::find()
        .filter(entity::learner::Column::UnitId.eq(unit.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(before, after, "nothing written");

    // Without signing in, a multipart body gets the 1 MB of a JSON body: no 11 MB upload is
    // read for a stranger.
    let form = reqwest::multipart::Form::new()
        .text(
            "operations",
            json!({"query": IMPORT, "variables": {"u": "unit_1", "file": null}}).to_string(),
        )
        .text("map", json!({"0": ["variables.file"]}).to_string())
        .part(
            "0",
            reqwest::multipart::Part::bytes(vec![b'x'; 2 * 1024 * 1024]).file_name("a.csv"),
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
    let body: Value = response.json().await.unwrap();
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(
        body["errors"][0]["message"].as_str().unwrap().contains("先登录"),
        "{body}"
    );
}

/// Posts `query` and returns the status and the body.
async fn post(app: &TestApp, token: Option<&str>, query: &str, variables: Value) -> (u16, Value) {
    let mut request = app
        .client
        .post(format!("{}/graphql", app.base))
        .json(&json!({"query": query, "variables": variables}));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

fn aliases(n: usize, field: &str) -> String {
    (0..n)
        .map(|i| format!("a{i}: {field}"))
        .collect::<Vec<_>>()
        .join(" ")
}

async fn callers_without_a_session_send_only_the_pages_documents(backend: Backend) {
    let app = TestApp::spawn_with(backend.clone(), |s| {
        s.trusted_documents = Some(TrustedDocuments::NonAdmins);
    })
    .await;
    // The amplification of the attack run, anonymous: refused before it is parsed.
    let amplified = format!(
        "{{ {} }}",
        aliases(999, "accountRecoveryStatus(code: \"x\") { status }")
    );
    for query in [
        amplified.as_str(),
        "{ __typename }",
        "{ accountRecoveryStatus(code: \"x\") { status } }",
    ] {
        let (status, body) = post(&app, None, query, json!({})).await;
        assert_eq!(status, 403, "{body}");
        assert_error(&body, &["FORBIDDEN"]);
        assert!(
            body["errors"][0]["message"].as_str().unwrap().contains("页面"),
            "{body}"
        );
    }
    // The pages' own documents run, byte for byte as the pages send them.
    let status_query = page_document("query AccountRecoveryStatus(").unwrap();
    let (status, body) = post(&app, None, &status_query, json!({"code": "NOSUCHCODE"})).await;
    assert_eq!(status, 200, "{body}");
    assert_ne!(crate::helpers::code(&body), "FORBIDDEN", "{body}");
    let login = page_document("mutation Login(").unwrap();
    let (_, body) = post(
        &app,
        None,
        &login,
        json!({"phone": "13800000005", "password": xuefa::tools::demo::ADMIN_PASSWORD}),
    )
    .await;
    let admin = body["data"]["login"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    // An administrator sends any document (the console's tools, GraphiQL).
    let (_, body) = post(&app, Some(&admin), "{ me { phone } }", json!({})).await;
    assert_eq!(body["data"]["me"]["phone"], "13800000005", "{body}");
    // A learner sends the pages' documents only.
    let (_, body) = post(
        &app,
        None,
        &login,
        json!({"phone": "13900000002", "password": "000000"}),
    )
    .await;
    let learner = body["data"]["login"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    let (status, body) = post(&app, Some(&learner), "{ me { phone } }", json!({})).await;
    assert_eq!(status, 403, "{body}");
    assert_error(&body, &["FORBIDDEN"]);
    let me = page_document("query Me {").unwrap();
    let (_, body) = post(&app, Some(&learner), &me, json!({})).await;
    assert_ne!(
        crate::helpers::code(&body),
        "FORBIDDEN",
        "the page's document runs: {body}"
    );

    // `anonymous` leaves learners free, and keeps strangers to the pages' documents.
    let app = TestApp::spawn_with(backend, |s| {
        s.trusted_documents = Some(TrustedDocuments::Anonymous);
    })
    .await;
    let (status, _) = post(&app, None, "{ __typename }", json!({})).await;
    assert_eq!(status, 403);
    let (_, body) = post(
        &app,
        None,
        &login,
        json!({"phone": "13900000002", "password": "000000"}),
    )
    .await;
    let learner = body["data"]["login"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    let (_, body) = post(&app, Some(&learner), "{ __typename }", json!({})).await;
    assert_eq!(body["data"]["__typename"], "Query", "{body}");
}

async fn one_field_under_many_names_is_refused_for_everyone(backend: Backend) {
    // The demo's defaults: any document from anyone; the alias limit holds anyway.
    let app = TestApp::spawn(backend).await;
    let admin = app.admin("13800000001").await;
    let status_of = "accountRecoveryStatus(code: \"x\") { status }";
    for (token, query) in [
        (None, format!("{{ {} }}", aliases(999, status_of))),
        (None, format!("{{ {} }}", aliases(6, status_of))),
        (None, format!("{{ {} }}", aliases(20_000, "__typename"))),
        (Some(admin.as_str()), format!("{{ {} }}", aliases(6, "me { id }"))),
        (
            Some(admin.as_str()),
            format!("{{ me {{ {} }} }}", aliases(6, "phone")),
        ),
    ] {
        let (status, body) = post(&app, token, &query, json!({})).await;
        assert_eq!(
            status,
            400,
            "{}",
            &body.to_string()[..300.min(body.to_string().len())]
        );
        assert_error(&body, &["BAD_USER_INPUT"]);
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(
            message.contains("别名") || message.contains("字段过多"),
            "{message}"
        );
    }
    // Five names of one field are fine.
    let (status, body) = post(&app, None, &format!("{{ {} }}", aliases(5, status_of)), json!({})).await;
    assert_eq!(status, 200, "{body}");
    assert!(!body.to_string().contains("别名"), "{body}");
}

/// Far above any deadline the test servers allow, far below "never": these tests check that
/// things happen at all, not how fast.
const BOUND: Duration = Duration::from_secs(60);

fn server_addr(app: &TestApp) -> SocketAddr {
    app.base.trim_start_matches("http://").parse().unwrap()
}

/// A TCP connection to the server from the loopback address `from` (127.0.0.x).
async fn connect_from(from: [u8; 4], to: SocketAddr) -> tokio::net::TcpStream {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::from((from, 0))).unwrap();
    socket.connect(to).await.unwrap()
}

/// Sends `GET /healthz` on a kept-alive connection; true when it is answered, false when the
/// server closes the connection instead.
async fn healthz_on(stream: &mut tokio::net::TcpStream) -> bool {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    if stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: xuefa\r\n\r\n")
        .await
        .is_err()
    {
        return false;
    }
    let mut received = Vec::new();
    let mut buf = [0u8; 1024];
    tokio::time::timeout(BOUND, async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return false,
                Ok(n) => {
                    received.extend_from_slice(&buf[..n]);
                    if String::from_utf8_lossy(&received).contains("\"ok\"") {
                        return true;
                    }
                }
            }
        }
    })
    .await
    .expect("answered or closed in bounded time")
}

async fn one_address_holds_its_share_of_connections_and_others_get_in(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| {
        s.max_connections_per_address = 4;
        s.max_connections = 100;
        s.header_timeout_seconds = 60;
    })
    .await;
    let to = server_addr(&app);
    // Four kept-alive connections from 127.0.0.3 hold its share (each answered once, so each
    // has been accepted and counted).
    let mut held = Vec::new();
    for _ in 0..4 {
        let mut stream = connect_from([127, 0, 0, 3], to).await;
        assert!(healthz_on(&mut stream).await);
        held.push(stream);
    }
    // A fifth from the same address is closed as soon as it is accepted.
    let mut fifth = connect_from([127, 0, 0, 3], to).await;
    assert!(!healthz_on(&mut fifth).await, "past the address's share");
    // Another address is served at once, and the held connections still work.
    let mut other = connect_from([127, 0, 0, 4], to).await;
    assert!(healthz_on(&mut other).await);
    assert!(healthz_on(&mut held[0]).await);
    // A closed connection gives its place back.
    drop(held.pop());
    let freed = tokio::time::timeout(BOUND, async {
        loop {
            let mut again = connect_from([127, 0, 0, 3], to).await;
            if healthz_on(&mut again).await {
                return again;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await;
    assert!(freed.is_ok(), "the address's place came back");
}

async fn a_trickled_body_is_cut_at_the_rate_floor(backend: Backend) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    // The body deadline is far away: only the rate floor can end the trickle in time.
    let app = TestApp::spawn_with(backend, |s| {
        s.body_timeout_seconds = 600;
        s.body_min_bytes_per_second = 1024;
    })
    .await;
    let to = server_addr(&app);
    let mut stream = connect_from([127, 0, 0, 5], to).await;
    stream
        .write_all(
            b"POST /graphql HTTP/1.1\r\nHost: xuefa\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n",
        )
        .await
        .unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let trickler = tokio::spawn(async move {
        // A byte every 200 ms: 5 bytes a second, under the 1,024 floor.
        while writer.write_all(b" ").await.is_ok() {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    });
    let mut received = Vec::new();
    let answered = tokio::time::timeout(BOUND, async {
        let mut buf = [0u8; 4096];
        loop {
            match reader.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    trickler.abort();
    assert!(
        answered.is_ok(),
        "the connection is closed well before the body deadline"
    );
    let text = String::from_utf8_lossy(&received);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("过慢") && text.contains("BAD_USER_INPUT"), "{text}");

    // A body declared far past any limit is refused at once, before a byte of it is read.
    let mut stream = connect_from([127, 0, 0, 5], to).await;
    stream
        .write_all(
            b"POST /graphql HTTP/1.1\r\nHost: xuefa\r\nContent-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n",
        )
        .await
        .unwrap();
    let mut received = Vec::new();
    let answered = tokio::time::timeout(BOUND, async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    received.extend_from_slice(&buf[..n]);
                    if String::from_utf8_lossy(&received).contains("}]}") {
                        break;
                    }
                }
            }
        }
    })
    .await;
    assert!(answered.is_ok());
    let text = String::from_utf8_lossy(&received);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");

    // Everyone else is served meanwhile.
    let body = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(body["data"]["__typename"], "Query", "{body}");
}

async fn login_from(app: &TestApp, address: &str, phone: String, password: &str) -> Value {
    app.client
        .post(format!("{}/graphql", app.base))
        .header("x-forwarded-for", address)
        .json(&json!({
            "query": "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }",
            "variables": {"p": phone, "w": password},
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn a_failing_address_queues_little_and_a_quiet_one_logs_in(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| {
        s.client_ip_header = Some("x-forwarded-for".into());
    })
    .await;
    let noisy = "198.51.100.7";
    // Wrong guesses across many numbers, one at a time: the address becomes noisy.
    for i in 0..(xuefa::auth::throttle::NOISY_AFTER as usize + 2) {
        let body = login_from(&app, noisy, format!("1370000{i:04}"), "Wrong2017x").await;
        assert_error(&body, &["UNAUTHENTICATED"]);
    }
    // Thirty at once from it: a few run and wait, the rest are refused at once, before any
    // argon2 work, with a message saying why.
    let flood = (0..30).map(|i| login_from(&app, noisy, format!("1371000{i:04}"), "Wrong2017x"));
    let answers = futures_util::future::join_all(flood).await;
    let refused: Vec<&Value> = answers
        .iter()
        .filter(|b| crate::helpers::code(b) == "RATE_LIMITED")
        .collect();
    assert!(!refused.is_empty(), "{answers:?}");
    assert!(
        refused[0]["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("失败较多"),
        "{}",
        refused[0]
    );
    assert!(
        answers
            .iter()
            .all(|b| ["RATE_LIMITED", "UNAUTHENTICATED"].contains(&crate::helpers::code(b)))
    );
    // A quiet address logs in at once with the right password.
    let body = login_from(
        &app,
        "203.0.113.20",
        "13800000005".into(),
        xuefa::tools::demo::ADMIN_PASSWORD,
    )
    .await;
    assert!(body["data"]["login"]["token"].is_string(), "{body}");
}
