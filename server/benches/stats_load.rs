#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Statistics at province scale (issue 6, "Speed"): `stats` and `learnersNeedingAction` on a
//! generated 1,000,000-learner province in PostgreSQL, against a release build of the server,
//! idle and while learners submit attempts over the API.
//!
//! ```text
//! cargo build --release -p server && cargo bench -p server --bench stats_load
//! ```
//!
//! 1. Check: `xuefa::tools::generate` writes a small province (2,000 learners, 40 units) into a fresh
//!    PostgreSQL database and a SQLite file, and `stats::verify` must find every unit's stored
//!    figures equal to a recount; the bench stops loudly otherwise.
//! 2. Generation: a fresh database `xuefa_stats_<random>` on `TEST_DATABASE_URL`'s server
//!    (default `postgres://postgres@127.0.0.1:5432/postgres`) gets the full province
//!    (`XUEFA_STATS_LEARNERS`, default 1,000,000; `XUEFA_STATS_UNITS`, default 20,000 scaled
//!    down for fewer learners), timed phase by phase.
//! 3. A province administrator and a district administrator (of the district with the most
//!    learners) are written into the database with a known password; `target/release/xuefa
//!    serve` starts on the database (Redis from `TEST_REDIS_URL`, default
//!    `redis://127.0.0.1:6379`, under a unique key prefix) and both log in over HTTP.
//! 4. Idle: `stats` of the province with its children, `stats` of the district,
//!    `learnersNeedingAction(kind: NOT_TAKEN, first: 20)` for the province and the district:
//!    each `XUEFA_STATS_REQUESTS` (200) times one after another, then as many again 4 at a time
//!    (a query slower than 250 ms gets fewer requests: at most 30 s each).
//! 5. Under load: learners who have studied and not sat the exam yet, in units whose MAIN
//!    session is open now, get a password and a token (written into the database); to have
//!    enough of them, `XUEFA_STATS_EXTRA_SITTERS` (40,000) learners' generated MAIN attempts are
//!    withdrawn first (deleted, their units recounted with `stats::refresh_unit`). A task starts
//!    `startExam` + `submitExam` over HTTP for `XUEFA_STATS_SUBMIT_RATE` (200) learners a second
//!    (open loop, at most 512 in flight) and the two `stats` queries are measured again (a time
//!    budget of 15 s each when slow), with the submissions reached in each window and the CPU
//!    shares. When the server does not reach 95 % of the asked rate, the same again at 50 % of
//!    the rate it reached: the stats under heavy but sustainable load.
//! 6. `stats::verify` over the whole province after the load (`XUEFA_STATS_VERIFY=0` skips it).
//!
//! `XUEFA_STATS_KEEP=1` keeps the database (for EXPLAIN ANALYZE through psql) and prints its
//! URL. `XUEFA_BIN` points at the server binary. Progress goes to stderr, a Markdown report to
//! stdout.

mod common;

use common::{Http, env_num, env_or, ms, process_cpu, random_suffix, server_binary, sql};

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use loadtest::{FreshDatabase, ServerProcess, ServerSpec};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use serde_json::{Value, json};
use tokio::sync::Mutex;
use tokio::task::JoinSet;
use xuefa::config::DatabaseSettings;
use xuefa::tools::generate::{self, Options, Phase};

const LOGIN: &str = "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }";
const STATS: &str = "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { nodeId name shouldTake \
     studyCompleted participated passed participationRate passRate deduction deductionUnits \
     children { nodeId name isUnit shouldTake studyCompleted participated passed participationRate \
     passRate deduction deductionUnits } } }";
const ACTION: &str = "query($c: ID!, $n: ID!) { learnersNeedingAction(campaignId: $c, nodeId: $n, \
     kind: NOT_TAKEN, first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id name phone status } } }";
const START: &str = "mutation($s: ID!) { startExam(sessionId: $s) { id } }";
const SUBMIT: &str = "mutation($a: ID!) { submitExam(attemptId: $a) { attemptId score passed } }";

const PASSWORD: &str = "Tongji2026x";
const PROVINCE_ADMIN: &str = "13700000001";
const DISTRICT_ADMIN: &str = "13700000002";
const CONCURRENCY: usize = 4;
/// Most start + submit sequences in flight at once in the background load.
const LOAD_IN_FLIGHT: u64 = 512;
/// A query slower than this at warm-up gets a time budget instead of the full count.
const SLOW: Duration = Duration::from_millis(250);
const SLOW_BUDGET: Duration = Duration::from_secs(30);
const SLOW_BUDGET_LOADED: Duration = Duration::from_secs(15);

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let ok = runtime.block_on(run());
    if !ok {
        std::process::exit(1);
    }
}

// ---------------------------------------------------------------------------------------------
// Settings

struct Config {
    bin: PathBuf,
    server_url: String,
    redis_url: String,
    learners: u32,
    units: u32,
    requests: usize,
    submit_rate: u64,
    verify: bool,
    keep: bool,
}

/// A fresh database `<stem>_<random>` on TEST_DATABASE_URL's server (the load tool's harness).
async fn create_database(config: &Config, stem: &str) -> Result<FreshDatabase, String> {
    FreshDatabase::create(&config.server_url, stem).await
}

// ---------------------------------------------------------------------------------------------
// The run

async fn run() -> bool {
    let bin = server_binary();
    if !bin.exists() {
        eprintln!(
            "The server binary {} does not exist. Build it first:\n\n    cargo build --release -p server\n",
            bin.display()
        );
        return false;
    }
    let learners = env_num("XUEFA_STATS_LEARNERS", 1_000_000) as u32;
    let default_units = if learners >= 1_000_000 {
        20_000
    } else {
        (learners / 50).max(40)
    };
    let config = Config {
        bin,
        server_url: env_or("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
        redis_url: env_or("TEST_REDIS_URL", "redis://127.0.0.1:6379"),
        learners,
        units: env_num("XUEFA_STATS_UNITS", u64::from(default_units)) as u32,
        requests: env_num("XUEFA_STATS_REQUESTS", 200) as usize,
        submit_rate: env_num("XUEFA_STATS_SUBMIT_RATE", 200),
        verify: env_num("XUEFA_STATS_VERIFY", 1) != 0,
        keep: env_num("XUEFA_STATS_KEEP", 0) != 0,
    };
    let mut report = Report {
        machine: machine_facts(&config).await,
        learners: config.learners,
        units: config.units,
        ..Default::default()
    };

    // ---- 1. the generator against a recount, small, on both backends
    match check_small(&config).await {
        Ok(lines) => report.checks = lines,
        Err(why) => {
            eprintln!("\n!!! GENERATOR CHECK FAILED: {why}\n");
            println!("## Generator check FAILED\n\n{why}");
            return false;
        }
    }

    // ---- 2. the full province
    let database = match create_database(&config, "xuefa_stats").await {
        Ok(d) => d,
        Err(why) => {
            eprintln!("{why}");
            return false;
        }
    };
    let url = database.url.clone();
    let outcome = full_run(&config, &url, &mut report).await;
    let ok = match outcome {
        Ok(()) => true,
        Err(why) => {
            eprintln!("\n!!! {why}\n");
            report.failures.push(why);
            false
        }
    };
    if config.keep {
        eprintln!("database kept: {url}");
        report.kept = Some(url);
    } else {
        database.drop_database().await;
    }
    report.print();
    ok && report.failures.is_empty()
}

/// Generates 2,000 learners into a fresh PostgreSQL database and a SQLite file; every unit's
/// figures must equal a recount.
async fn check_small(config: &Config) -> Result<Vec<String>, String> {
    let options = Options {
        learners: 2_000,
        units: 40,
        seed: 7,
    };
    let quiet = |_: &Phase| {};
    let mut lines = Vec::new();

    let database = create_database(config, "xuefa_stats_check").await?;
    let pg_url = database.url.clone();
    let sqlite_dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let sqlite_url = format!("sqlite://{}/check.db", sqlite_dir.path().display());
    let mut outcome = Ok(());
    for (backend, url) in [("PostgreSQL", pg_url.clone()), ("SQLite", sqlite_url)] {
        let step = async {
            let settings = DatabaseSettings { database_url: url };
            let db = xuefa::db::connect(&settings)
                .await
                .map_err(|e| format!("{backend}: connect: {e}"))?;
            xuefa::db::migrate(&db)
                .await
                .map_err(|e| format!("{backend}: migrate: {e}"))?;
            let g = generate::generate(&db, &options, &quiet)
                .await
                .map_err(|e| format!("{backend}: generate: {e:?}"))?;
            // A second run must refuse the database that now holds data.
            if generate::generate(&db, &options, &quiet).await.is_ok() {
                return Err(format!("{backend}: generate ran again on a database holding data"));
            }
            let wrong = xuefa::domain::stats::verify(&db, g.campaign_id)
                .await
                .map_err(|e| format!("{backend}: verify: {e:?}"))?;
            db.close().await.ok();
            if !wrong.is_empty() {
                let sample: Vec<String> = wrong
                    .iter()
                    .take(5)
                    .map(|difference| format!("{difference:?}"))
                    .collect();
                return Err(format!(
                    "{backend}: stats::verify found {} differences from a recount after `xuefa generate` \
                     ({} units):\n{}",
                    wrong.len(),
                    g.units,
                    sample.join("\n")
                ));
            }
            let line = format!(
                "{backend}: generated {} learners in {} units in {}; stats::verify: every unit and learner equals its recount",
                g.learners,
                g.units,
                secs(g.total)
            );
            eprintln!("check: {line}");
            Ok::<String, String>(line)
        }
        .await;
        match step {
            Ok(line) => lines.push(line),
            Err(why) => {
                outcome = Err(why);
                break;
            }
        }
    }
    database.drop_database().await;
    outcome.map(|()| lines)
}

async fn full_run(config: &Config, url: &str, report: &mut Report) -> Result<(), String> {
    let settings = DatabaseSettings {
        database_url: url.to_owned(),
    };
    let db = xuefa::db::connect(&settings)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    xuefa::db::migrate(&db)
        .await
        .map_err(|e| format!("migrate: {e}"))?;
    eprintln!(
        "== generating {} learners in {} units into {url}",
        config.learners, config.units
    );
    let show = |p: &Phase| {
        eprintln!(
            "  {:<28} {:>9} rows  {:>7.1} s",
            p.name,
            p.rows,
            p.elapsed.as_secs_f64()
        )
    };
    let options = Options {
        learners: config.learners,
        units: config.units,
        seed: 2017,
    };
    let g = generate::generate(&db, &options, &show)
        .await
        .map_err(|e| format!("generate: {e:?}"))?;
    eprintln!("generated in {}", secs(g.total));
    report.generation = Some(g.clone());
    report.database_size = db
        .query_one_raw(sql(
            "SELECT pg_size_pretty(pg_database_size(current_database())) AS s",
            vec![],
        ))
        .await
        .ok()
        .flatten()
        .and_then(|r| r.try_get::<String>("", "s").ok());

    // ---- administrators
    let district = db
        .query_one_raw(sql(
            "SELECT r.id, r.name, r.path, COUNT(l.id) AS n FROM regions r \
             JOIN units u ON u.region_id = r.id JOIN learners l ON l.unit_id = u.id \
             WHERE r.level = 'DISTRICT' GROUP BY r.id, r.name, r.path ORDER BY n DESC, r.id LIMIT 1",
            vec![],
        ))
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no district with learners")?;
    let district_id: i32 = district.try_get("", "id").map_err(|e| e.to_string())?;
    let district_name: String = district.try_get("", "name").map_err(|e| e.to_string())?;
    let district_path: String = district.try_get("", "path").map_err(|e| e.to_string())?;
    let district_learners: i64 = district.try_get("", "n").map_err(|e| e.to_string())?;
    let district_units = count(
        &db,
        "SELECT COUNT(*) AS n FROM units WHERE region_path = $1",
        vec![district_path.clone().into()],
    )
    .await?;
    report.district =
        format!("{district_name} ({district_units} units, {district_learners} learners on its rosters)");
    let hash = xuefa::auth::password::hash(PASSWORD.to_owned())
        .await
        .map_err(|e| format!("argon2: {e:?}"))?;
    for (phone, name, role, region_id, path) in [
        (
            PROVINCE_ADMIN,
            "省管理员（压测）",
            "PROVINCE_ADMIN",
            g.province_id,
            g.province_path.clone(),
        ),
        (
            DISTRICT_ADMIN,
            "区管理员（压测）",
            "DISTRICT_ADMIN",
            district_id,
            district_path.clone(),
        ),
    ] {
        db.execute_raw(sql(
            "WITH a AS (INSERT INTO accounts (phone, name, password_hash, must_change_password, created_at, password_changed_at) \
             VALUES ($1, $2, $3, false, now(), now()) RETURNING id) \
             INSERT INTO role_grants (account_id, role, region_id, unit_id, scope_path, granted_by, created_at) \
             SELECT id, $4, $5, NULL, $6, NULL, now() FROM a",
            vec![
                phone.into(),
                name.into(),
                hash.clone().into(),
                role.into(),
                region_id.into(),
                path.into(),
            ],
        ))
        .await
        .map_err(|e| format!("administrator {phone}: {e}"))?;
    }

    // ---- the server
    let logs = tempfile::Builder::new()
        .prefix("xuefa_stats_")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let server = Server::start(config, url, logs.path()).await?;
    let outcome = measure(config, &db, &server, &g, district_id, report).await;
    server.stop(config).await;
    // Warnings and errors only (RUST_LOG=warn): kept for a look at any failed request.
    let kept = logs.keep();
    eprintln!("server log kept in {}", kept.join("server.log").display());
    report.server_log = Some(kept.join("server.log").display().to_string());
    outcome?;

    if config.verify {
        let started = Instant::now();
        let wrong = xuefa::domain::stats::verify(&db, g.campaign_id)
            .await
            .map_err(|e| format!("verify: {e:?}"))?;
        let line = if wrong.is_empty() {
            format!(
                "after the load, stats::verify over all {} units: every unit and learner equals its recount ({})",
                g.units,
                secs(started.elapsed())
            )
        } else {
            report.failures.push(format!(
                "after the load, stats::verify found {} differences from a recount, e.g. {:?}",
                wrong.len(),
                wrong.first()
            ));
            format!(
                "after the load, stats::verify: {} units or learners DIFFER",
                wrong.len()
            )
        };
        eprintln!("{line}");
        report.checks.push(line);
    }
    db.close().await.ok();
    Ok(())
}

async fn count(db: &DatabaseConnection, text: &str, values: Vec<sea_orm::Value>) -> Result<i64, String> {
    db.query_one_raw(sql(text, values))
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no row")?
        .try_get::<i64>("", "n")
        .map_err(|e| e.to_string())
}

// ---------------------------------------------------------------------------------------------
// The server under test

struct Server {
    process: ServerProcess,
    pid: u32,
    base: String,
    prefix: String,
}

impl Server {
    /// `xuefa serve` on a free port (the load tool's harness: `loadtest::services`).
    async fn start(config: &Config, url: &str, logs: &Path) -> Result<Server, String> {
        let prefix = format!("xuefa_stats_{}", random_suffix());
        let spec = ServerSpec {
            bin: config.bin.clone(),
            database_url: url.to_owned(),
            redis_url: Some(config.redis_url.clone()),
            redis_prefix: prefix.clone(),
            port: loadtest::free_port()?,
            env: vec![
                ("XUEFA_TOKEN_TTL_SECONDS".into(), (30 * 24 * 3600).to_string()),
                ("XUEFA_SHUTDOWN_GRACE_SECONDS".into(), "2".into()),
            ],
            log: logs.join("server.log"),
        };
        let process = ServerProcess::start(spec, Duration::from_secs(60)).await?;
        eprintln!(
            "== server pid {} on {} (log {})",
            process.pid,
            process.base,
            process.spec.log.display()
        );
        Ok(Server {
            pid: process.pid,
            base: process.base.clone(),
            process,
            prefix,
        })
    }

    /// SIGTERM, then the Redis keys go.
    async fn stop(self, config: &Config) {
        self.process.stop().await;
        loadtest::services::wipe_prefix(&config.redis_url, &self.prefix).await;
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP

async fn login(http: &Http, phone: &str) -> Result<String, String> {
    let data = http
        .gql(None, LOGIN, json!({"p": phone, "w": PASSWORD}))
        .await
        .map_err(|e| format!("login {phone}: {e}"))?;
    data["login"]["token"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("login {phone}: no token in {data}"))
}

// ---------------------------------------------------------------------------------------------
// Measuring

#[derive(Clone, Copy, Default)]
struct Percentiles {
    count: usize,
    p50: Duration,
    p95: Duration,
    max: Duration,
}

fn percentiles(mut times: Vec<Duration>) -> Percentiles {
    if times.is_empty() {
        return Percentiles::default();
    }
    times.sort();
    let at = |p: f64| {
        let rank = ((p * times.len() as f64).ceil() as usize).clamp(1, times.len());
        times[rank - 1]
    };
    Percentiles {
        count: times.len(),
        p50: at(0.50),
        p95: at(0.95),
        max: *times.last().expect("not empty"),
    }
}

/// One query as the bench sends it.
#[derive(Clone)]
struct Probe {
    label: String,
    token: String,
    query: &'static str,
    variables: Value,
    target: Duration,
}

struct Row {
    label: String,
    mode: String,
    target: Duration,
    result: Percentiles,
    errors: u64,
    note: String,
}

/// `n` requests one after another, then `n` more `CONCURRENCY` at a time (fewer, within a time
/// budget, for a slow query).
async fn measure_probe(http: &Http, probe: &Probe, n: usize, load: Option<&Load>) -> Vec<Row> {
    let budget = if load.is_some() {
        SLOW_BUDGET_LOADED
    } else {
        SLOW_BUDGET
    };
    let mut rows = Vec::new();
    // Warm-up, and the check that it answers at all.
    let mut warm = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        if let Err(e) = http
            .gql(Some(&probe.token), probe.query, probe.variables.clone())
            .await
        {
            eprintln!("{}: {e}", probe.label);
        }
        warm.push(t.elapsed());
    }
    // And a few at once, so the server's connection pool has grown as it would in service.
    let mut set = JoinSet::new();
    for _ in 0..CONCURRENCY {
        let (http, probe) = (http.clone(), probe.clone());
        set.spawn(async move {
            for _ in 0..3 {
                let _ = http
                    .gql(Some(&probe.token), probe.query, probe.variables.clone())
                    .await;
            }
        });
    }
    while set.join_next().await.is_some() {}
    let slow = warm.iter().min().is_some_and(|d| *d > SLOW);
    for (mode, concurrency) in [("sequential", 1usize), ("4 concurrent", CONCURRENCY)] {
        let started = Instant::now();
        let before = load.map(Load::snapshot);
        let sent = Arc::new(AtomicU64::new(0));
        let times = Arc::new(Mutex::new(Vec::with_capacity(n)));
        let errors = Arc::new(AtomicU64::new(0));
        let mut set = JoinSet::new();
        for _ in 0..concurrency {
            let (http, probe, sent, times, errors) = (
                http.clone(),
                probe.clone(),
                sent.clone(),
                times.clone(),
                errors.clone(),
            );
            set.spawn(async move {
                loop {
                    if sent.fetch_add(1, Ordering::Relaxed) >= n as u64 {
                        break;
                    }
                    if slow && started.elapsed() > budget {
                        break;
                    }
                    let t = Instant::now();
                    match http
                        .gql(Some(&probe.token), probe.query, probe.variables.clone())
                        .await
                    {
                        Ok(_) => times.lock().await.push(t.elapsed()),
                        Err(e) => {
                            if errors.fetch_add(1, Ordering::Relaxed) == 0 {
                                eprintln!("{}: {e}", probe.label);
                            }
                        }
                    }
                }
            });
        }
        while set.join_next().await.is_some() {}
        let times = std::mem::take(&mut *times.lock().await);
        let result = percentiles(times);
        let window = started.elapsed();
        let mode = match (load, before) {
            (Some(load), Some(before)) => {
                let after = load.snapshot();
                let rate = (after.submitted - before.submitted) as f64 / window.as_secs_f64();
                format!(
                    "{mode}, under load: {rate:.0} submits/s reached ({}/s asked)",
                    load.rate
                )
            }
            _ => mode.to_owned(),
        };
        eprintln!(
            "{} ({mode}): {} requests, p50 {}, p95 {}, max {}",
            probe.label,
            result.count,
            ms(result.p50),
            ms(result.p95),
            ms(result.max)
        );
        rows.push(Row {
            label: probe.label.clone(),
            mode,
            target: probe.target,
            result,
            errors: errors.load(Ordering::Relaxed),
            note: if slow && result.count < n {
                format!("{} s budget", budget.as_secs())
            } else {
                String::new()
            },
        });
    }
    rows
}

async fn measure(
    config: &Config,
    db: &DatabaseConnection,
    server: &Server,
    g: &generate::Generated,
    district_id: i32,
    report: &mut Report,
) -> Result<(), String> {
    let http = Http::new(&server.base);
    let province_token = login(&http, PROVINCE_ADMIN).await?;
    let district_token = login(&http, DISTRICT_ADMIN).await?;
    let campaign = xuefa::ids::encode(xuefa::ids::Kind::Campaign, g.campaign_id).0;
    let province = xuefa::ids::encode(xuefa::ids::Kind::Region, g.province_id).0;
    let district = xuefa::ids::encode(xuefa::ids::Kind::Region, district_id).0;

    // The figures the API gives equal the base tables'.
    let data = http
        .gql(
            Some(&province_token),
            STATS,
            json!({"c": campaign, "n": province}),
        )
        .await?;
    let should = data["stats"]["shouldTake"].as_i64().unwrap_or(-1);
    let children = data["stats"]["children"].as_array().map_or(0, Vec::len);
    let base = count(
        db,
        "SELECT COUNT(*) AS n FROM learners l WHERE l.unit_id IS NOT NULL AND l.status = 'IN_SERVICE' \
         AND NOT EXISTS (SELECT 1 FROM exemptions e WHERE e.learner_id = l.id AND e.campaign_id = $1 AND e.status = 'APPROVED')",
        vec![g.campaign_id.into()],
    )
    .await?;
    if should != base {
        return Err(format!(
            "province shouldTake over the API is {should}, the base tables say {base}"
        ));
    }
    report.checks.push(format!(
        "province stats over the API: shouldTake {should} = a count over the base tables; {children} children \
         (14 cities and the units attached to the province)"
    ));

    let stats_probes = [
        Probe {
            label: format!("stats: province with its {children} children"),
            token: province_token.clone(),
            query: STATS,
            variables: json!({"c": campaign, "n": province}),
            target: Duration::from_millis(50),
        },
        Probe {
            label: "stats: district with its units".into(),
            token: district_token.clone(),
            query: STATS,
            variables: json!({"c": campaign, "n": district}),
            target: Duration::from_millis(20),
        },
    ];
    let action_probes = [
        Probe {
            label: "learnersNeedingAction NOT_TAKEN first 20: province".into(),
            token: province_token.clone(),
            query: ACTION,
            variables: json!({"c": campaign, "n": province}),
            target: Duration::from_millis(50),
        },
        Probe {
            label: "learnersNeedingAction NOT_TAKEN first 20: district".into(),
            token: district_token.clone(),
            query: ACTION,
            variables: json!({"c": campaign, "n": district}),
            target: Duration::from_millis(50),
        },
    ];
    eprintln!("== idle");
    for probe in stats_probes.iter().chain(action_probes.iter()) {
        report
            .rows
            .extend(measure_probe(&http, probe, config.requests, None).await);
    }

    // ---- under load
    if config.submit_rate == 0 {
        return Ok(());
    }
    let pool = Arc::new(std::sync::Mutex::new(sitters(config, db, g, report).await?));
    let asked = config.submit_rate;
    let reached = under_load(&http, server.pid, &stats_probes, config, asked, &pool, report).await;
    if reached < asked as f64 * 0.95 {
        // Again at a rate the server sustains, to see the stats under heavy but steady load.
        let steady = ((reached * 0.5 / 10.0).floor() as u64 * 10).max(10);
        tokio::time::sleep(Duration::from_secs(5)).await;
        under_load(&http, server.pid, &stats_probes, config, steady, &pool, report).await;
    }
    Ok(())
}

/// Learners who can sit the exam now (studied, in service, not exempted, no attempt yet), with a
/// password and a token each: the ~1 % the generator left without an attempt, plus
/// `XUEFA_STATS_EXTRA_SITTERS` (40,000) whose generated MAIN attempt is withdrawn first (deleted,
/// and their units recounted with `stats::refresh_unit`).
async fn sitters(
    config: &Config,
    db: &DatabaseConnection,
    g: &generate::Generated,
    report: &mut Report,
) -> Result<Vec<(String, String)>, String> {
    let today = xuefa::clock::today();
    let extra = env_num("XUEFA_STATS_EXTRA_SITTERS", 40_000) as i64;
    if extra > 0 {
        use sea_orm::TransactionTrait;
        let started = Instant::now();
        let txn = db.begin().await.map_err(|e| e.to_string())?;
        let rows = txn
            .query_all_raw(sql(
                "WITH picked AS (SELECT a.id FROM exam_attempts a JOIN learners l ON l.id = a.learner_id \
                   JOIN study_progress p ON p.learner_id = l.id AND p.campaign_id = $1 AND p.completed_on < $2 \
                 WHERE a.campaign_id = $1 AND a.kind = 'MAIN' AND a.device = 'generated' \
                   AND l.status = 'IN_SERVICE' AND l.unit_id IS NOT NULL \
                   AND NOT EXISTS (SELECT 1 FROM exam_attempts m WHERE m.learner_id = l.id AND m.campaign_id = $1 AND m.kind = 'MAKEUP') \
                 ORDER BY md5(a.id::text) LIMIT $3) \
                 DELETE FROM exam_attempts WHERE id IN (SELECT id FROM picked) RETURNING learner_id",
                vec![g.campaign_id.into(), today.into(), extra.into()],
            ))
            .await
            .map_err(|e| format!("withdrawing attempts: {e}"))?;
        let learners: Vec<String> = rows
            .iter()
            .filter_map(|r| r.try_get::<i32>("", "learner_id").ok())
            .map(|id| id.to_string())
            .collect();
        let mut units: Vec<i32> = Vec::new();
        for chunk in learners.chunks(5000) {
            let rows = txn
                .query_all_raw(sql(
                    &format!(
                        "SELECT DISTINCT unit_id FROM learners WHERE id IN ({}) AND unit_id IS NOT NULL",
                        chunk.join(",")
                    ),
                    vec![],
                ))
                .await
                .map_err(|e| e.to_string())?;
            units.extend(rows.iter().filter_map(|r| r.try_get::<i32>("", "unit_id").ok()));
        }
        units.sort_unstable();
        units.dedup();
        for &unit in &units {
            xuefa::domain::stats::refresh_unit(&txn, g.campaign_id, unit)
                .await
                .map_err(|e| format!("refresh_unit: {e:?}"))?;
        }
        txn.commit().await.map_err(|e| e.to_string())?;
        let line = format!(
            "for the load, {} learners' generated MAIN attempts were withdrawn and their {} units recounted \
             with stats::refresh_unit ({})",
            learners.len(),
            units.len(),
            secs(started.elapsed())
        );
        eprintln!("{line}");
        report.checks.push(line);
    }
    let wanted = extra + (config.submit_rate * 120) as i64;
    let rows = db
        .query_all_raw(sql(
            "SELECT l.account_id, s.id AS session_id FROM learners l \
             JOIN study_progress p ON p.learner_id = l.id AND p.campaign_id = $1 AND p.completed_on < $2 \
             JOIN exam_sessions s ON s.unit_id = l.unit_id AND s.campaign_id = $1 AND s.kind = 'MAIN' \
               AND s.starts_at <= now() AND s.ends_at > now() + interval '1 hour' \
             WHERE l.status = 'IN_SERVICE' AND l.unit_id IS NOT NULL \
               AND NOT EXISTS (SELECT 1 FROM exemptions e WHERE e.learner_id = l.id AND e.campaign_id = $1 AND e.status = 'APPROVED') \
               AND NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.learner_id = l.id AND a.campaign_id = $1) \
             ORDER BY md5(l.id::text) LIMIT $3",
            vec![g.campaign_id.into(), today.into(), wanted.into()],
        ))
        .await
        .map_err(|e| format!("picking learners: {e}"))?;
    let mut candidates = Vec::with_capacity(rows.len());
    for r in rows {
        let account: i32 = r.try_get("", "account_id").map_err(|e| e.to_string())?;
        let session: i32 = r.try_get("", "session_id").map_err(|e| e.to_string())?;
        candidates.push((account, session));
    }
    if candidates.is_empty() {
        return Err("no learner left who could sit the exam now".into());
    }
    // Passwords (one argon2 hash) and tokens, straight into the database.
    let hash = xuefa::auth::password::hash(PASSWORD.to_owned())
        .await
        .map_err(|e| format!("argon2: {e:?}"))?;
    let mut sitters = Vec::with_capacity(candidates.len());
    for chunk in candidates.chunks(2000) {
        let ids: Vec<String> = chunk.iter().map(|(a, _)| a.to_string()).collect();
        db.execute_raw(sql(
            &format!(
                "UPDATE accounts SET password_hash = $1, must_change_password = false, password_changed_at = now() \
                 WHERE id IN ({})",
                ids.join(",")
            ),
            vec![hash.clone().into()],
        ))
        .await
        .map_err(|e| format!("passwords: {e}"))?;
        let mut values = Vec::with_capacity(chunk.len());
        for &(account, session) in chunk {
            let token = xuefa::auth::token::generate();
            values.push(format!("('{}', {account})", xuefa::auth::token::digest(&token)));
            sitters.push((
                token,
                xuefa::ids::encode(xuefa::ids::Kind::ExamSession, session).0,
            ));
        }
        db.execute_unprepared(&format!(
            "INSERT INTO auth_tokens (token_hash, account_id, created_at, expires_at, revoked) \
             SELECT t.h, t.a, now(), now() + interval '30 days', false FROM (VALUES {}) AS t(h, a)",
            values.join(", ")
        ))
        .await
        .map_err(|e| format!("tokens: {e}"))?;
    }
    // The load takes them from the end.
    sitters.reverse();
    eprintln!("{} learners ready to sit the exam", sitters.len());
    Ok(sitters)
}

type Pool = Arc<std::sync::Mutex<Vec<(String, String)>>>;

/// The stats probes while `rate` learners a second start and submit; returns the rate reached.
async fn under_load(
    http: &Http,
    server_pid: u32,
    probes: &[Probe],
    config: &Config,
    rate: u64,
    pool: &Pool,
    report: &mut Report,
) -> f64 {
    eprintln!("== under load: {rate} start + submit a second asked");
    let load = Load::start(http.clone(), pool.clone(), rate);
    tokio::time::sleep(Duration::from_secs(5)).await;
    let window_start = load.snapshot();
    let cpu_before = Cpu::now(server_pid);
    let started = Instant::now();
    for probe in probes {
        report
            .rows
            .extend(measure_probe(http, probe, config.requests, Some(&load)).await);
    }
    let window = started.elapsed();
    let window_end = load.snapshot();
    let cpu = Cpu::now(server_pid).share_since(&cpu_before);
    let summary = load.stop().await;
    let submitted = window_end.submitted - window_start.submitted;
    let reached = submitted as f64 / window.as_secs_f64();
    let line = format!(
        "load asked at {rate}/s: {submitted} attempts submitted while the stats were measured ({}) = {reached:.0}/s; \
         {} start + submit sequences not begun because {LOAD_IN_FLIGHT} were in flight; {} errors; start + submit \
         latency p50 {}, p95 {}; CPU (share of both cores) server {:.0} %, PostgreSQL {:.0} %, Redis {:.0} %, \
         this bench {:.0} %, other processes {:.0} %, idle {:.0} %{}",
        secs(window),
        window_end.skipped - window_start.skipped,
        summary.errors,
        ms(summary.latency.p50),
        ms(summary.latency.p95),
        cpu.server,
        cpu.postgres,
        cpu.redis,
        cpu.bench,
        (100.0 - cpu.server - cpu.postgres - cpu.redis - cpu.bench - cpu.idle).max(0.0),
        cpu.idle,
        if summary.ran_out {
            "; RAN OUT of learners"
        } else {
            ""
        }
    );
    eprintln!("{line}");
    report.loads.push((rate, reached, line));
    reached
}

// ---------------------------------------------------------------------------------------------
// Background submissions

#[derive(Clone, Copy)]
struct Snapshot {
    submitted: u64,
    skipped: u64,
}

struct LoadSummary {
    errors: u64,
    latency: Percentiles,
    ran_out: bool,
}

struct Load {
    rate: u64,
    running: Arc<AtomicBool>,
    submitted: Arc<AtomicU64>,
    skipped: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<LoadSummary>,
}

impl Load {
    fn start(http: Http, pool: Pool, rate: u64) -> Load {
        let running = Arc::new(AtomicBool::new(true));
        let submitted = Arc::new(AtomicU64::new(0));
        let skipped = Arc::new(AtomicU64::new(0));
        let task = {
            let (running, submitted, skipped) = (running.clone(), submitted.clone(), skipped.clone());
            tokio::spawn(async move {
                let in_flight = Arc::new(AtomicU64::new(0));
                let errors = Arc::new(AtomicU64::new(0));
                let latencies = Arc::new(Mutex::new(Vec::new()));
                let mut ticker = tokio::time::interval(Duration::from_micros(1_000_000 / rate.max(1)));
                ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
                let mut ran_out = false;
                let mut set = JoinSet::new();
                while running.load(Ordering::Relaxed) {
                    ticker.tick().await;
                    if in_flight.load(Ordering::Relaxed) >= LOAD_IN_FLIGHT {
                        skipped.fetch_add(1, Ordering::Relaxed);
                        continue;
                    }
                    let Some((token, session)) = pool.lock().expect("pool").pop() else {
                        ran_out = true;
                        break;
                    };
                    in_flight.fetch_add(1, Ordering::Relaxed);
                    let (http, in_flight, errors, latencies, submitted) = (
                        http.clone(),
                        in_flight.clone(),
                        errors.clone(),
                        latencies.clone(),
                        submitted.clone(),
                    );
                    set.spawn(async move {
                        let t = Instant::now();
                        let outcome = async {
                            let data = http.gql(Some(&token), START, json!({"s": session})).await?;
                            let attempt = data["startExam"]["id"]
                                .as_str()
                                .ok_or_else(|| format!("startExam: {data}"))?
                                .to_owned();
                            let data = http.gql(Some(&token), SUBMIT, json!({"a": attempt})).await?;
                            if data["submitExam"]["attemptId"].is_null() {
                                return Err(format!("submitExam: {data}"));
                            }
                            Ok::<(), String>(())
                        }
                        .await;
                        match outcome {
                            Ok(()) => {
                                submitted.fetch_add(1, Ordering::Relaxed);
                                latencies.lock().await.push(t.elapsed());
                            }
                            Err(e) => {
                                if errors.fetch_add(1, Ordering::Relaxed) == 0 {
                                    eprintln!("background submit: {e}");
                                }
                            }
                        }
                        in_flight.fetch_sub(1, Ordering::Relaxed);
                    });
                    while set.try_join_next().is_some() {}
                }
                while set.join_next().await.is_some() {}
                let latency = percentiles(std::mem::take(&mut *latencies.lock().await));
                LoadSummary {
                    errors: errors.load(Ordering::Relaxed),
                    latency,
                    ran_out,
                }
            })
        };
        Load {
            rate,
            running,
            submitted,
            skipped,
            task,
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            submitted: self.submitted.load(Ordering::Relaxed),
            skipped: self.skipped.load(Ordering::Relaxed),
        }
    }

    async fn stop(self) -> LoadSummary {
        self.running.store(false, Ordering::Relaxed);
        self.task.await.expect("load task")
    }
}

// ---------------------------------------------------------------------------------------------
// CPU time from /proc, in clock ticks

#[derive(Default)]
struct Cpu {
    total: u64,
    idle: u64,
    server: u64,
    postgres: u64,
    redis: u64,
    bench: u64,
}

#[derive(Default)]
struct CpuShare {
    server: f64,
    postgres: f64,
    redis: f64,
    bench: f64,
    idle: f64,
}

impl Cpu {
    fn now(server_pid: u32) -> Cpu {
        let mut cpu = Cpu::default();
        if let Ok(stat) = std::fs::read_to_string("/proc/stat")
            && let Some(line) = stat.lines().next()
        {
            let ticks: Vec<u64> = line
                .split_whitespace()
                .skip(1)
                .filter_map(|v| v.parse().ok())
                .collect();
            cpu.total = ticks.iter().take(8).sum();
            cpu.idle = ticks.get(3).copied().unwrap_or(0) + ticks.get(4).copied().unwrap_or(0);
        }
        let me = std::process::id();
        if let Ok(entries) = std::fs::read_dir("/proc") {
            for entry in entries.flatten() {
                let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else {
                    continue;
                };
                let Some((comm, ticks)) = process_cpu(&format!("/proc/{pid}/stat")) else {
                    continue;
                };
                if pid == server_pid {
                    cpu.server += ticks;
                } else if pid == me {
                    cpu.bench += ticks;
                } else if comm.starts_with("postgres") {
                    cpu.postgres += ticks;
                } else if comm.starts_with("redis") {
                    cpu.redis += ticks;
                }
            }
        }
        cpu
    }

    fn share_since(&self, before: &Cpu) -> CpuShare {
        let total = self.total.saturating_sub(before.total).max(1) as f64;
        let part = |now: u64, then: u64| now.saturating_sub(then) as f64 / total * 100.0;
        CpuShare {
            server: part(self.server, before.server),
            postgres: part(self.postgres, before.postgres),
            redis: part(self.redis, before.redis),
            bench: part(self.bench, before.bench),
            idle: part(self.idle, before.idle),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The report

#[derive(Default)]
struct Report {
    machine: String,
    learners: u32,
    units: u32,
    checks: Vec<String>,
    generation: Option<generate::Generated>,
    database_size: Option<String>,
    district: String,
    rows: Vec<Row>,
    /// Asked rate, reached rate, description.
    loads: Vec<(u64, f64, String)>,
    failures: Vec<String>,
    kept: Option<String>,
    server_log: Option<String>,
}

fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

impl Report {
    fn print(&self) {
        println!("### Statistics at province scale (stats_load)\n");
        println!("Machine: {}\n", self.machine);
        for line in &self.checks {
            println!("* {line}");
        }
        if let Some(g) = &self.generation {
            let m = &g.mix;
            println!(
                "\nGenerated province: {} regions, {} units, {} learners ({} retired, {} left, {} transferring, \
                 {} with an approved exemption; {} studied; {} MAIN attempts, {} failed; {} MAKEUP attempts){}.\n",
                g.regions,
                g.units,
                g.learners,
                m.retired,
                m.left,
                m.transferring,
                m.exempted,
                m.studied,
                m.main_attempts,
                m.main_failed,
                m.makeup_attempts,
                self.database_size
                    .as_ref()
                    .map(|s| format!("; database {s}"))
                    .unwrap_or_default()
            );
            println!("Generation: **{}** in all\n", secs(g.total));
            println!("| phase | rows | time |\n|---|---:|---:|");
            for p in &g.phases {
                println!("| {} | {} | {} |", p.name, p.rows, secs(p.elapsed));
            }
            println!();
        } else {
            println!(
                "\nGeneration of {} learners in {} units did not finish.\n",
                self.learners, self.units
            );
        }
        if !self.district.is_empty() {
            println!("District measured: {}\n", self.district);
        }
        if !self.rows.is_empty() {
            println!(
                "| query | mode | requests | p50 | p95 | max | target (p95) | |\n|---|---|---:|---:|---:|---:|---:|---|"
            );
            for r in &self.rows {
                let met = if r.errors > 0 {
                    format!("errors: {}", r.errors)
                } else if r.result.count > 0 && r.result.p95 <= r.target {
                    "met".to_owned()
                } else {
                    "**not met**".to_owned()
                };
                println!(
                    "| {} | {} | {}{} | {} | {} | {} | ≤ {} | {} |",
                    r.label,
                    r.mode,
                    r.result.count,
                    if r.note.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", r.note)
                    },
                    ms(r.result.p50),
                    ms(r.result.p95),
                    ms(r.result.max),
                    ms(r.target),
                    met
                );
            }
            println!();
        }
        for (asked, reached, line) in &self.loads {
            println!(
                "* {line} — 200/s {}\n",
                if *reached >= 200.0 * 0.95 {
                    "reached"
                } else if *asked >= 200 {
                    "**not reached**"
                } else {
                    "not asked in this round"
                }
            );
        }
        for f in &self.failures {
            println!("FAILED: {f}\n");
        }
        if let Some(log) = &self.server_log {
            println!("Server log (warnings and errors): {log}\n");
        }
        if let Some(url) = &self.kept {
            println!("Database kept: {url}\n");
        }
    }
}

async fn machine_facts(config: &Config) -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "?".into());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("MemTotal:").map(|v| v.trim().to_owned()))
        })
        .and_then(|v| v.trim_end_matches(" kB").trim().parse::<f64>().ok())
        .map_or("?".into(), |kib| format!("{:.1} GiB", kib / 1024.0 / 1024.0));
    let mut pg = String::new();
    if let Ok(db) = Database::connect(config.server_url.as_str()).await {
        let mut parts = Vec::new();
        for setting in [
            "server_version",
            "shared_buffers",
            "work_mem",
            "synchronous_commit",
        ] {
            if let Ok(Some(row)) = db.query_one_raw(sql(&format!("SHOW {setting}"), vec![])).await
                && let Ok(v) = row.try_get::<String>("", setting)
            {
                parts.push(if setting == "server_version" {
                    v
                } else {
                    format!("{setting}={v}")
                });
            }
        }
        pg = format!("; PostgreSQL {}", parts.join(", "));
        db.close().await.ok();
    }
    format!(
        "{cpus} CPUs ({model}), {memory} memory{pg}; {}",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC")
    )
}
