#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Login under a flood (issue 13, item 3): how long a valid login takes while one address
//! floods the server with wrong logins, against a release build on the embedded default
//! (SQLite, in-process live store) with the demo data.
//!
//! ```text
//! cargo build --release -p server && cargo bench -p server --bench login_flood
//! ```
//!
//! 1. `target/release/xuefa demo` fills a fresh SQLite file and `xuefa serve` starts on it on a
//!    free port (the load tool's harness, `loadtest::services`).
//! 2. Quiet: `XUEFA_FLOOD_LOGINS` (100) valid logins of a demo administrator, one after
//!    another, from 127.0.0.1.
//! 3. Flood: `XUEFA_FLOOD_CONCURRENCY` (200) tasks on 127.0.0.2 send wrong logins for demo
//!    learners' numbers back to back (each task sends its next one when the last is answered),
//!    and the same valid logins are measured again from 127.0.0.1 while it lasts.
//! 4. A Markdown report on stdout: p50, p95, max of the valid logins in both phases, what the
//!    flood received by code, and whether the valid-login p95 stays within 300 ms.

mod common;

use common::{env_num, met, ms, random_suffix, server_binary};

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use loadtest::{ServerProcess, ServerSpec};
use serde_json::{Value, json};
use tokio::sync::Mutex;

const LOGIN: &str = "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }";
const TARGET_P95: Duration = Duration::from_millis(300);

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run());
}

fn client_from(addr: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(IpAddr::from(addr))
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap()
}

async fn login(client: &reqwest::Client, url: &str, phone: &str, password: &str) -> Value {
    client
        .post(url)
        .json(&json!({"query": LOGIN, "variables": {"p": phone, "w": password}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index]
}

async fn valid_logins(client: &reqwest::Client, url: &str, n: u64) -> Vec<Duration> {
    let mut times = Vec::new();
    for _ in 0..n {
        let started = Instant::now();
        let body = login(client, url, "13800000003", xuefa::tools::demo::ADMIN_PASSWORD).await;
        times.push(started.elapsed());
        assert!(
            body["data"]["login"]["token"].is_string(),
            "valid login failed: {body}"
        );
    }
    times.sort();
    times
}

async fn run() {
    let logins = env_num("XUEFA_FLOOD_LOGINS", 100);
    let concurrency = env_num("XUEFA_FLOOD_CONCURRENCY", 200);
    let dir = std::env::temp_dir().join(format!("xuefa-flood-{}", random_suffix()));
    std::fs::create_dir_all(&dir).unwrap();
    let database_url = format!("sqlite://{}/flood.db", dir.display());
    loadtest::services::run_xuefa(&server_binary(), &database_url, &["demo"])
        .await
        .expect("load the demo with target/release/xuefa (cargo build --release -p server first)");
    let server = ServerProcess::start(
        ServerSpec {
            bin: server_binary(),
            database_url,
            redis_url: None,
            redis_prefix: "xuefa".into(),
            port: loadtest::free_port().unwrap(),
            env: Vec::new(),
            log: dir.join("server.log"),
        },
        Duration::from_secs(60),
    )
    .await
    .expect("start target/release/xuefa (cargo build --release -p server first)");
    let base = server.base.clone();
    let url = format!("{base}/graphql");
    let owner = client_from([127, 0, 0, 1]);
    eprintln!("server up on {base}; {logins} quiet logins");
    let quiet = valid_logins(&owner, &url, logins).await;

    eprintln!("flood: {concurrency} tasks of wrong logins from 127.0.0.2");
    let stop = Arc::new(AtomicBool::new(false));
    let codes: Arc<Mutex<BTreeMap<String, u64>>> = Arc::default();
    let mut flood = tokio::task::JoinSet::new();
    for task in 0..concurrency {
        let stop = stop.clone();
        let codes = codes.clone();
        let url = url.clone();
        flood.spawn(async move {
            let client = client_from([127, 0, 0, 2]);
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let phone = format!("139{:08}", 1 + (task + n) % 40);
                let body = login(&client, &url, &phone, "Wrong2017").await;
                let code = body["errors"][0]["extensions"]["code"]
                    .as_str()
                    .unwrap_or("ok")
                    .to_owned();
                *codes.lock().await.entry(code).or_default() += 1;
                n += 1;
            }
        });
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let flood_started = Instant::now();
    let flooded = valid_logins(&owner, &url, logins).await;
    let flood_seconds = flood_started.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    while flood.join_next().await.is_some() {}
    server.stop().await;
    let _ = std::fs::remove_dir_all(&dir);

    let machine = common::command_output("sh", &["-c", "nproc; grep -m1 'model name' /proc/cpuinfo"])
        .unwrap_or_default()
        .replace('\n', ", ");
    let total: u64 = codes.lock().await.values().sum();
    println!("### Login under a flood of wrong logins from one address");
    println!();
    println!(
        "Release build, SQLite + in-process store, demo data; {machine}; {} UTC.",
        chrono::Utc::now().format("%Y-%m-%d %H:%M")
    );
    println!();
    println!("| phase | valid logins | p50 | p95 | max |");
    println!("|---|---|---|---|---|");
    for (name, times) in [("quiet", &quiet), ("flooded", &flooded)] {
        println!(
            "| {name} | {} | {} | {} | {} |",
            times.len(),
            ms(percentile(times, 0.5)),
            ms(percentile(times, 0.95)),
            ms(*times.last().unwrap())
        );
    }
    println!();
    println!(
        "The flood ({concurrency} concurrent tasks on 127.0.0.2) sent {total} wrong logins in the \
         {flood_seconds:.1} s the flooded phase lasted (plus 2 s before), answered:"
    );
    for (code, n) in codes.lock().await.iter() {
        println!("- `{code}`: {n}");
    }
    println!();
    let p95 = percentile(&flooded, 0.95);
    println!(
        "Target: valid-login p95 ≤ 300 ms while one address floods: {} ({}).",
        ms(p95),
        met(p95 <= TARGET_P95)
    );
}
