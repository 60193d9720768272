//! What the load benches share: settings from the environment, the server binary, SQL and
//! GraphQL over HTTP, CPU time from `/proc`, and report formatting. Each bench uses a part.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use sea_orm::{DbBackend, Statement};
use serde_json::{Value, json};

pub fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| default.to_owned())
}

pub fn env_num(name: &str, default: u64) -> u64 {
    let raw = env_or(name, &default.to_string());
    raw.trim()
        .replace(['_', ','], "")
        .parse()
        .unwrap_or_else(|_| panic!("{name}={raw} is not a number"))
}

/// `xuefa` next to this bench (target/release/deps/exam_load-* -> target/release/xuefa), or
/// `XUEFA_BIN`.
pub fn server_binary() -> PathBuf {
    if let Ok(bin) = std::env::var("XUEFA_BIN") {
        return PathBuf::from(bin);
    }
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("xuefa")));
    match beside {
        Some(path) if path.exists() => path,
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/xuefa"),
    }
}

pub fn random_suffix() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 6];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn sql(text: &str, values: Vec<sea_orm::Value>) -> Statement {
    Statement::from_sql_and_values(DbBackend::Postgres, text, values)
}

/// utime + stime and the command name of a process.
pub fn process_cpu(stat_path: &str) -> Option<(String, u64)> {
    let text = std::fs::read_to_string(stat_path).ok()?;
    let open = text.find('(')?;
    let close = text.rfind(')')?;
    let comm = text[open + 1..close].to_owned();
    let fields: Vec<&str> = text[close + 1..].split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((comm, utime + stime))
}

pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

pub fn command_output(program: &str, args: &[&str]) -> Option<String> {
    let out = std::process::Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

pub fn met(ok: bool) -> &'static str {
    if ok { "met" } else { "**not met**" }
}

#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    url: String,
}

impl Http {
    pub fn new(base: &str) -> Http {
        Http {
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(120))
                .pool_idle_timeout(Duration::from_secs(600))
                .tcp_nodelay(true)
                .build()
                .expect("HTTP client"),
            url: format!("{base}/graphql"),
        }
    }

    /// Posts a prepared JSON body; the response's `data`, or the error as text.
    pub async fn post(&self, token: Option<&str>, body: String) -> Result<Value, String> {
        let mut request = self
            .client
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.map_err(|e| format!("transport: {e}"))?;
        let status = response.status();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| format!("reading the response: {e}"))?;
        let mut value: Value = serde_json::from_slice(&bytes)
            .map_err(|e| format!("{status}: not JSON ({e}): {}", String::from_utf8_lossy(&bytes)))?;
        if let Some(errors) = value.get("errors") {
            return Err(format!("{status}: {errors}"));
        }
        Ok(value["data"].take())
    }

    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Result<Value, String> {
        self.post(token, json!({"query": query, "variables": variables}).to_string())
            .await
    }
}
