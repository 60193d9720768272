#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Roster speed (issue 3): importing a 10,000-row .xlsx into one unit, and paging through a
//! 2,000-learner unit.
//!
//! Run with `cargo bench -p server --bench roster`. The real server is started in-process on a
//! random port, as the API tests do, and driven over HTTP like a client. SQLite (a temporary
//! file) is always measured; PostgreSQL and Redis too when reachable, from `TEST_DATABASE_URL`
//! (default `postgres://postgres@127.0.0.1:5432/postgres`, a fresh database `xuefa_bench_<random>`
//! is created on it and dropped afterwards) and `TEST_REDIS_URL` (default
//! `redis://127.0.0.1:6379`). Progress goes to stderr; a Markdown report to stdout.

mod common;

use common::{command_output, met, ms};

use std::time::{Duration, Instant};

use loadtest::FreshDatabase;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use sea_orm::Database;
use serde_json::{Value, json};
use tokio::sync::oneshot;
use xuefa::app::Application;
use xuefa::config::Settings;

const IMPORT_ROWS: u64 = 10_000;
const LIST_ROWS: u64 = 2_000;
const IMPORT_RUNS: usize = 3;
const DRY_RUNS: usize = 3;
const PAGE: u64 = 100;
/// Full walks through the roster per listing; `ROSTER_WALKS` overrides it.
const WALKS: usize = 10;
const IMPORT_TARGET: Duration = Duration::from_secs(5);
const PAGE_TARGET: Duration = Duration::from_millis(20);
/// The name filter of the listing: the surname 王, about one learner in ten.
const NAME_FILTER: &str = "王";

const ADMIN_PHONE: &str = "13800000003";
const ADMIN_PASSWORD: &str = "Xuefa2017";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const IMPORT: &str = "mutation($u: ID!, $file: Upload!, $dry: Boolean) { importLearners(unitId: $u, file: $file, dryRun: $dry) { created updated unchanged errors { row message } } }";
const LIST: &str = "query($u: ID!, $after: String, $order: LearnerOrder!, $filter: LearnerFilter) { unit(id: $u) { learners(first: 100, after: $after, orderBy: $order, filter: $filter) { totalCount edges { node { id name phone status } } pageInfo { hasNextPage endCursor } } } }";

const SURNAMES: [&str; 10] = ["赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈"];
const GIVEN: [&str; 20] = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀", "霞", "平",
];
const RANKS: [&str; 4] = ["科员", "副科级", "正科级", "副处级"];

/// When the bench started, to place slow pages in time.
static STARTED: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

fn walks() -> usize {
    std::env::var("ROSTER_WALKS")
        .ok()
        .and_then(|w| w.parse().ok())
        .filter(|&w| w > 0)
        .unwrap_or(WALKS)
}

fn main() {
    STARTED.get_or_init(Instant::now);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(run());
}

async fn run() {
    // `RUST_LOG=sqlx::query=debug` shows every statement with its time, to see where time goes.
    if std::env::var_os("RUST_LOG").is_some() {
        xuefa::telemetry::init(xuefa::config::LogFormat::Text);
    }
    let mut results = Vec::new();
    let parse = parse_only();
    eprintln!("xlsx parse alone: {}", ms(parse));

    results.push(bench_backend(Backend::Sqlite).await);
    match postgres().await {
        Ok(backend) => results.push(bench_backend(backend).await),
        Err(why) => {
            eprintln!("PostgreSQL + Redis skipped: {why}");
            println!("> PostgreSQL + Redis skipped: {why}\n");
        }
    }
    print_report(&results, parse);
}

// ---------------------------------------------------------------------------------------------
// Back ends and the server

enum Backend {
    Sqlite,
    Postgres { server_url: String, redis_url: String },
}

impl Backend {
    fn label(&self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres { .. } => "PostgreSQL + Redis",
        }
    }
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| default.to_owned())
}

/// PostgreSQL and Redis when both answer.
async fn postgres() -> Result<Backend, String> {
    let server_url = env_or("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres");
    let redis_url = env_or("TEST_REDIS_URL", "redis://127.0.0.1:6379");
    let connect = tokio::time::timeout(Duration::from_secs(5), Database::connect(server_url.as_str()));
    match connect.await {
        Ok(Ok(db)) => {
            db.close().await.ok();
        }
        Ok(Err(e)) => return Err(format!("PostgreSQL at TEST_DATABASE_URL not reachable ({e})")),
        Err(_) => return Err("PostgreSQL at TEST_DATABASE_URL did not answer in 5 s".into()),
    }
    let client = redis::Client::open(redis_url.as_str()).map_err(|e| format!("bad TEST_REDIS_URL ({e})"))?;
    match tokio::time::timeout(Duration::from_secs(5), client.get_multiplexed_async_connection()).await {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => return Err(format!("Redis at TEST_REDIS_URL not reachable ({e})")),
        Err(_) => return Err("Redis at TEST_REDIS_URL did not answer in 5 s".into()),
    }
    Ok(Backend::Postgres {
        server_url,
        redis_url,
    })
}

struct Server {
    base: String,
    client: reqwest::Client,
    shutdown: Option<oneshot::Sender<()>>,
    handle: tokio::task::JoinHandle<std::io::Result<()>>,
    /// The database made for this run on PostgreSQL, to drop afterwards.
    pg_database: Option<FreshDatabase>,
    _dir: tempfile::TempDir,
}

impl Server {
    async fn start(backend: &Backend) -> Server {
        let dir = tempfile::tempdir().expect("temp dir");
        let (database_url, pg_database) = match backend {
            Backend::Sqlite => (
                format!("sqlite://{}", dir.path().join("xuefa.db").display()),
                None,
            ),
            Backend::Postgres { server_url, .. } => {
                // The load tool's harness (`loadtest::services`).
                let database = FreshDatabase::create(server_url, "xuefa_bench")
                    .await
                    .expect("create the bench database");
                (database.url.clone(), Some(database))
            }
        };
        let mut settings = Settings::with_database(database_url);
        if let Backend::Postgres { redis_url, .. } = backend {
            settings.redis_url = Some(redis_url.clone());
        }
        settings.shutdown_grace_seconds = 1;
        let application = Application::build(settings).await.expect("server starts");
        xuefa::tools::demo::load(&application.state.db)
            .await
            .expect("demo data loads");
        let base = format!("http://{}", application.local_addr());
        let (tx, rx) = oneshot::channel::<()>();
        let handle = tokio::spawn(application.run_until(async move {
            let _ = rx.await;
        }));
        Server {
            base,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(600))
                .build()
                .expect("HTTP client"),
            shutdown: Some(tx),
            handle,
            pg_database,
            _dir: dir,
        }
    }

    async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.handle).await;
        if let Some(database) = self.pg_database.take() {
            database.drop_database().await;
        }
    }

    /// A GraphQL request; panics on transport errors and on GraphQL errors.
    async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.base))
            .json(&json!({"query": query, "variables": variables}));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let body: Value = request
            .send()
            .await
            .expect("request reaches the server")
            .json()
            .await
            .expect("response is JSON");
        assert!(body.get("errors").is_none(), "GraphQL error for {query}: {body}");
        body
    }

    /// The GraphQL multipart request convention, with the file bound to `$file`.
    async fn upload(&self, token: &str, query: &str, mut variables: Value, bytes: Vec<u8>) -> Value {
        variables["file"] = Value::Null;
        let operations = json!({"query": query, "variables": variables});
        let form = reqwest::multipart::Form::new()
            .text("operations", operations.to_string())
            .text("map", json!({"0": ["variables.file"]}).to_string())
            .part(
                "0",
                reqwest::multipart::Part::bytes(bytes)
                    .file_name("roster.xlsx")
                    .mime_str(XLSX)
                    .expect("content type"),
            );
        let body: Value = self
            .client
            .post(format!("{}/graphql", self.base))
            .header("graphql-preflight", "1")
            .bearer_auth(token)
            .multipart(form)
            .send()
            .await
            .expect("upload reaches the server")
            .json()
            .await
            .expect("response is JSON");
        assert!(body.get("errors").is_none(), "import failed: {body}");
        body
    }
}

// ---------------------------------------------------------------------------------------------
// The spreadsheet

fn name_of(i: u64) -> String {
    let surname = SURNAMES[(i % 10) as usize];
    let a = GIVEN[((i / 10) % 20) as usize];
    let b = GIVEN[((i / 200 + i * 7) % 20) as usize];
    format!("{surname}{a}{b}")
}

/// The phone of row `i` of file `file`: 137FFFFIIII, unique across the files of one run.
fn phone_of(file: u64, i: u64) -> u64 {
    13_700_000_000 + file * 10_000 + i
}

/// An .xlsx of `rows` learners with the template's headers; phones as numbers, 退休日期 as
/// date cells.
fn roster_xlsx(file: u64, rows: u64) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (col, header) in ["姓名", "手机号", "职级", "在职状态", "退休日期"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, col as u16, *header).expect("header");
    }
    for i in 0..rows {
        let line = (i + 1) as u32;
        sheet.write_string(line, 0, name_of(i)).expect("name");
        sheet
            .write_number(line, 1, phone_of(file, i) as f64)
            .expect("phone");
        sheet
            .write_string(line, 2, RANKS[(i % 4) as usize])
            .expect("rank");
        let status = if i % 50 == 49 { "退休" } else { "在职" };
        sheet.write_string(line, 3, status).expect("status");
        let d = ExcelDateTime::from_ymd(2030 + (i % 30) as u16, 1 + (i % 12) as u8, 1 + (i % 28) as u8)
            .expect("date");
        sheet
            .write_datetime_with_format(line, 4, &d, &date)
            .expect("retirement date");
    }
    workbook.save_to_buffer().expect("xlsx")
}

/// Reading and mapping a 10,000-row file alone, in this process (median of 3): the part of an
/// import that does not touch the database.
fn parse_only() -> Duration {
    let bytes = roster_xlsx(90, IMPORT_ROWS);
    let mut times: Vec<Duration> = (0..3)
        .map(|_| {
            let start = Instant::now();
            let table =
                xuefa::sheet::read_table("roster.xlsx", &bytes, xuefa::domain::import::LEARNER_COLUMNS)
                    .expect("the bench file reads");
            let elapsed = start.elapsed();
            assert_eq!(table.rows.len() as u64, IMPORT_ROWS);
            elapsed
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

// ---------------------------------------------------------------------------------------------
// The measurements

struct Stats {
    label: String,
    pages: usize,
    p50: Duration,
    p95: Duration,
    max: Duration,
}

struct Results {
    backend: &'static str,
    file_kib: usize,
    imports: Vec<Duration>,
    reimport: Duration,
    dry_runs: Vec<Duration>,
    listings: Vec<Stats>,
}

fn median(times: &[Duration]) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    sorted[sorted.len() / 2]
}

/// Nearest-rank percentile.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn report(body: &Value) -> (u64, u64, u64, &Vec<Value>) {
    let r = &body["data"]["importLearners"];
    let n = |k: &str| r[k].as_u64().unwrap_or_else(|| panic!("{k} missing in {body}"));
    let errors = r["errors"].as_array().expect("errors list");
    (n("created"), n("updated"), n("unchanged"), errors)
}

async fn bench_backend(backend: Backend) -> Results {
    let label = backend.label();
    eprintln!("== {label}: starting the server");
    let server = Server::start(&backend).await;
    let login = server
        .gql(
            None,
            &format!(
                "mutation {{ login(phone:\"{ADMIN_PHONE}\", password:\"{ADMIN_PASSWORD}\") {{ token }} }}"
            ),
            json!({}),
        )
        .await;
    let token = login["data"]["login"]["token"]
        .as_str()
        .expect("login token")
        .to_owned();
    let token = token.as_str();
    let scope = server
        .gql(
            Some(token),
            "{ myScope { id units { edges { node { id name } } } } }",
            json!({}),
        )
        .await;
    let region = scope["data"]["myScope"][0]["id"]
        .as_str()
        .expect("the district admin's region")
        .to_owned();
    let lianhe = scope["data"]["myScope"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["units"]["edges"].as_array().cloned().unwrap_or_default())
        .find(|e| e["node"]["name"] == "联合街道")
        .and_then(|e| e["node"]["id"].as_str().map(str::to_owned))
        .expect("联合街道 in the district admin's scope");
    eprintln!("region {region}, 联合街道 is {lianhe}");

    let mut unit_count = 0;
    let mut new_unit = |purpose: &str| {
        unit_count += 1;
        create_unit(
            &server,
            token,
            &region,
            format!("基准测试单位{unit_count}（{purpose}）"),
        )
    };

    // Import: a fresh 10,000-row file into a fresh unit, three times.
    let mut imports = Vec::new();
    let mut first: Option<(String, Vec<u8>)> = None;
    let mut file_kib = 0;
    for run in 0..IMPORT_RUNS {
        let unit = new_unit("导入").await;
        let bytes = roster_xlsx(run as u64, IMPORT_ROWS);
        file_kib = bytes.len() / 1024;
        let start = Instant::now();
        let body = server
            .upload(token, IMPORT, json!({"u": unit, "dry": false}), bytes.clone())
            .await;
        let elapsed = start.elapsed();
        let (created, updated, unchanged, errors) = report(&body);
        assert!(
            created == IMPORT_ROWS && updated == 0 && unchanged == 0 && errors.is_empty(),
            "import {run}: expected {IMPORT_ROWS} created and no errors, got {body}"
        );
        eprintln!("import {}: {created} created in {}", run + 1, ms(elapsed));
        imports.push(elapsed);
        if first.is_none() {
            first = Some((unit, bytes));
        }
    }

    // The same file again into the same unit: every row unchanged, nothing written.
    let (unit, bytes) = first.expect("a first import");
    let start = Instant::now();
    let body = server
        .upload(token, IMPORT, json!({"u": unit, "dry": false}), bytes)
        .await;
    let reimport = start.elapsed();
    let (created, updated, unchanged, errors) = report(&body);
    assert!(
        created == 0 && updated == 0 && unchanged == IMPORT_ROWS && errors.is_empty(),
        "re-import: expected {IMPORT_ROWS} unchanged, got {body}"
    );
    eprintln!("re-import: {unchanged} unchanged in {}", ms(reimport));

    // Dry runs of a fresh file into a fresh unit: reading, validating and the look-ups, no writes.
    let unit = new_unit("试导入").await;
    let bytes = roster_xlsx(IMPORT_RUNS as u64, IMPORT_ROWS);
    let mut dry_runs = Vec::new();
    for run in 0..DRY_RUNS {
        let start = Instant::now();
        let body = server
            .upload(token, IMPORT, json!({"u": unit, "dry": true}), bytes.clone())
            .await;
        let elapsed = start.elapsed();
        let (created, _, _, errors) = report(&body);
        assert!(
            created == IMPORT_ROWS && errors.is_empty(),
            "dry run {run}: expected {IMPORT_ROWS} to create, got {body}"
        );
        eprintln!("dry run {}: {}", run + 1, ms(elapsed));
        dry_runs.push(elapsed);
    }

    // Listing: a 2,000-learner unit, page by page.
    let unit = new_unit("名单").await;
    let list_file = IMPORT_RUNS as u64 + 1;
    let body = server
        .upload(
            token,
            IMPORT,
            json!({"u": unit, "dry": false}),
            roster_xlsx(list_file, LIST_ROWS),
        )
        .await;
    let (created, _, _, errors) = report(&body);
    assert!(
        created == LIST_ROWS && errors.is_empty(),
        "listing import: {body}"
    );
    let filtered = (0..LIST_ROWS)
        .filter(|&i| name_of(i).contains(NAME_FILTER))
        .count() as u64;
    let mut listings = Vec::new();
    for (label, order, filter, expected) in [
        ("orderBy: NAME", "NAME", Value::Null, LIST_ROWS),
        ("orderBy: CREATED", "CREATED", Value::Null, LIST_ROWS),
        (
            "orderBy: NAME, filter: {name: \"王\"}",
            "NAME",
            json!({"name": NAME_FILTER}),
            filtered,
        ),
    ] {
        let stats = walk(&server, token, &unit, label, order, &filter, expected).await;
        eprintln!(
            "{label}: {} pages, p50 {}, p95 {}, max {}",
            stats.pages,
            ms(stats.p50),
            ms(stats.p95),
            ms(stats.max)
        );
        listings.push(stats);
    }

    server.stop().await;
    Results {
        backend: label,
        file_kib,
        imports,
        reimport,
        dry_runs,
        listings,
    }
}

async fn create_unit(server: &Server, token: &str, region: &str, name: String) -> String {
    let body = server
        .gql(
            Some(token),
            "mutation($r: ID!, $n: String!) { createUnit(input: {regionId: $r, name: $n}) { id } }",
            json!({"r": region, "n": name}),
        )
        .await;
    body["data"]["createUnit"]["id"]
        .as_str()
        .expect("new unit id")
        .to_owned()
}

/// Pages through the roster [`walks`] times (after one untimed warm-up walk), checking that every
/// walk sees each expected learner once; returns the per-page latencies.
async fn walk(
    server: &Server,
    token: &str,
    unit: &str,
    label: &str,
    order: &str,
    filter: &Value,
    expected: u64,
) -> Stats {
    let mut times = Vec::new();
    let mut pages_per_walk = 0;
    for round in 0..=walks() {
        let mut after = Value::Null;
        let mut seen = std::collections::HashSet::new();
        let mut pages = 0;
        loop {
            let start = Instant::now();
            let body = server
                .gql(
                    Some(token),
                    LIST,
                    json!({"u": unit, "after": after, "order": order, "filter": filter}),
                )
                .await;
            let elapsed = start.elapsed();
            if round > 0 {
                times.push(elapsed);
                if elapsed > PAGE_TARGET {
                    let at = STARTED.get().map(|s| s.elapsed().as_secs_f64()).unwrap_or(0.0);
                    eprintln!(
                        "{label}: walk {round}, page {}: {} (slow page, at {at:.3} s)",
                        pages + 1,
                        ms(elapsed)
                    );
                }
            }
            pages += 1;
            let conn = &body["data"]["unit"]["learners"];
            assert_eq!(conn["totalCount"].as_u64(), Some(expected), "{label}: {body}");
            for edge in conn["edges"].as_array().expect("edges") {
                let id = edge["node"]["id"].as_str().expect("learner id").to_owned();
                assert!(seen.insert(id), "{label}: a learner twice");
            }
            if conn["pageInfo"]["hasNextPage"] != true {
                break;
            }
            after = conn["pageInfo"]["endCursor"].clone();
        }
        assert_eq!(seen.len() as u64, expected, "{label}: walk saw the wrong number");
        assert_eq!(pages as u64, expected.div_ceil(PAGE), "{label}: page count");
        pages_per_walk = pages;
    }
    times.sort();
    Stats {
        label: label.to_owned(),
        pages: pages_per_walk,
        p50: percentile(&times, 0.50),
        p95: percentile(&times, 0.95),
        max: *times.last().expect("pages were timed"),
    }
}

// ---------------------------------------------------------------------------------------------
// The report

fn machine() -> String {
    let cores = command_output("nproc", &[]).unwrap_or_else(|| "?".into());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_else(|| "unknown CPU".into());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = meminfo
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map(|kb| format!("{:.1} GiB", kb / 1024.0 / 1024.0))
        .unwrap_or_else(|| "? GiB".into());
    format!("{cores} × {model}, {memory} RAM")
}

fn print_report(results: &[Results], parse: Duration) {
    let date = command_output("date", &["-u"]).unwrap_or_else(|| "?".into());
    let file_kib = results.first().map(|r| r.file_kib).unwrap_or(0);
    println!("Machine: {}  ", machine());
    println!("Date: {date}  ");
    println!("Command: `cargo bench -p server --bench roster`\n");

    let mut header = String::from("| Measurement |");
    let mut rule = String::from("|---|");
    for r in results {
        header.push_str(&format!(" {} |", r.backend));
        rule.push_str("---:|");
    }
    header.push_str(" Target |");
    rule.push_str("---|");
    println!("{header}\n{rule}");

    let row = |name: String, cells: Vec<String>, target: &str| {
        println!("| {name} | {} | {target} |", cells.join(" | "));
    };
    let cells = |f: &dyn Fn(&Results) -> String| results.iter().map(f).collect::<Vec<_>>();

    for run in 0..IMPORT_RUNS {
        row(
            format!("Import 10,000 rows into a fresh unit, run {}", run + 1),
            cells(&|r| ms(r.imports[run])),
            "",
        );
    }
    row(
        "**Import 10,000 rows, median**".into(),
        cells(&|r| {
            let m = median(&r.imports);
            format!("**{}** ({})", ms(m), met(m <= IMPORT_TARGET))
        }),
        "≤ 5 s",
    );
    row(
        "Re-import the same file (10,000 unchanged)".into(),
        cells(&|r| ms(r.reimport)),
        "",
    );
    row(
        "Dry run of a fresh 10,000-row file, median of 3 (nothing written)".into(),
        cells(&|r| ms(median(&r.dry_runs))),
        "",
    );
    row(
        "Reading the .xlsx alone, in process (no HTTP, no database)".into(),
        cells(&|_| ms(parse)),
        "",
    );
    let walks = walks();
    let labels: Vec<(String, usize)> = results
        .first()
        .map(|r| r.listings.iter().map(|s| (s.label.clone(), s.pages)).collect())
        .unwrap_or_default();
    for (i, (label, pages)) in labels.iter().enumerate() {
        row(
            format!(
                "List 2,000 learners, 100 a page, `{label}`: page p50 / p95 / max ({pages} pages × {walks} walks)"
            ),
            cells(&|r| {
                let s = &r.listings[i];
                format!(
                    "{} / {} / {} ({})",
                    ms(s.p50),
                    ms(s.p95),
                    ms(s.max),
                    met(s.max <= PAGE_TARGET)
                )
            }),
            "≤ 20 ms a page",
        );
    }
    println!(
        "\nThe file: {IMPORT_ROWS} rows, {file_kib} KiB (姓名, 手机号 as numbers, 职级, 在职状态, 退休日期 as \
         date cells). Import times are the wall clock of the whole HTTP request, upload included; the \
         page target is judged on the slowest page."
    );
}
