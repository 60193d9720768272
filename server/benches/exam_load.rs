#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Exam-day load (issue 5, "Speed"): N learners take the exam at once against a release build
//! of the server on PostgreSQL + Redis, and the same run measures the stack's ceiling
//! (`{ __typename }`), the synchronous comparison mode and the server's memory with 10,000
//! live attempts.
//!
//! ```text
//! cargo build --release -p server && cargo bench -p server --bench exam_load
//! ```
//!
//! The server under test is a separate process, `target/release/xuefa serve`, so its CPU and
//! memory can be read from /proc. Each server gets a fresh PostgreSQL database
//! `xuefa_load_<random>` on `TEST_DATABASE_URL`'s server (default
//! `postgres://postgres@127.0.0.1:5432/postgres`), loaded with `xuefa demo`, a unique Redis key
//! prefix on `TEST_REDIS_URL` (default `redis://127.0.0.1:6379`), and both are removed at the
//! end. Learners are written straight into the database (accounts with one shared argon2 hash,
//! on the roster of 蒸湘区司法局, study points completed three days ago) and log in over the API.
//!
//! Two servers run side by side, each on its own fresh database: one as deployed
//! (`XUEFA_ANSWER_WRITES=behind`: answers acknowledged from Redis and written to PostgreSQL in
//! batches) and one in the synchronous comparison mode (`XUEFA_ANSWER_WRITES=sync`: every
//! answer written to PostgreSQL before the acknowledgement). The phases:
//! 0. one learner alone, on each server: 50 saves one after the other, then `{ __typename }`
//!    one after the other: what a request costs without queueing.
//! 1. saturated, write-behind: N learners start at once; when every paper is out, each saves
//!    50 answers back to back (no think time); when every save is acknowledged and the
//!    write-behind stream is drained, each submits. saveAnswer throughput is saves / wall time
//!    of the saving window.
//! 2. ceiling: the same N connections send `{ __typename }` (with a learner's token, as the
//!    saves do) back to back for 10 s.
//!    Then 2b, alternating rounds: N more learners start an attempt; then, R times, a window of W
//!    seconds in which each saves answers back to back (cycling through its paper), counted
//!    until the write-behind stream has drained (the flusher's lag counts against the saves),
//!    and a window of W seconds of `{ __typename }` on the same connections. Each round gives a ratio of the two throughputs, measured a few seconds
//!    apart; the median of the rounds is the ratio this bench reports against its target,
//!    since single windows on a shared machine differ by a third from run to run.
//! 3. saturated, synchronous: phase 1 on the other server, first as it ships, then (other
//!    learners) with its idle write-behind flusher parked (see `park_flusher`: the flusher's
//!    blocking stream read shares the Redis connection with the saves and holds each of them up
//!    to 200 ms).
//! 4. paced, write-behind: N other learners, each waiting a random 0..4 s (2 s on average)
//!    before every save: saveAnswer latency with N live attempts below saturation (about N/2
//!    saves a second, some twenty times the pace of a real exam of 80 questions in 60 minutes).
//! 5. memory, write-behind: 10,000 more learners start an attempt and save 3 answers each
//!    without submitting; then the server's VmRSS and VmHWM. Their tokens are written straight
//!    into `auth_tokens` (as a login writes them) to spare 10,000 argon2 verifications.
//!
//! Settings (environment): `XUEFA_LOAD_N` (1000), `XUEFA_LOAD_SAVES` (50), `XUEFA_LOAD_THINK_MS`
//! (mean think time of the paced phase, 2000; 0 skips it), `XUEFA_LOAD_CEILING_SECS` (10),
//! `XUEFA_LOAD_LIVE` (10000; 0 skips the memory phase), `XUEFA_LOAD_LIVE_MAX_SECS` (900),
//! `XUEFA_LOAD_SYNC` (1; 0 skips the synchronous server), `XUEFA_LOAD_ROUNDS` (R, 7; 0 skips
//! the alternating rounds), `XUEFA_LOAD_ROUND_SECS` (W, 3), `XUEFA_BIN` (the server binary;
//! default `xuefa` next to this bench in target/release). The server inherits the bench's
//! environment, so allocator settings such as `MALLOC_MMAP_THRESHOLD_` reach it.
//! Progress goes to stderr, a Markdown report to stdout; the servers' logs are kept when
//! something failed.

mod common;

use common::{Http, command_output, env_num, env_or, met, ms, process_cpu, server_binary, sql};

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use loadtest::services::run_xuefa;
use loadtest::{FreshDatabase, ServerProcess, ServerSpec};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use serde_json::{Value, json};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

const LOGIN: &str = "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }";
const START: &str = "mutation($s: ID!) { startExam(sessionId: $s) { id deadline remainingSeconds questions { id type stem points options { key text } } } }";
const SAVE: &str = "mutation($a: ID!, $q: ID!, $c: [String!]!, $n: Int) { saveAnswer(attemptId: $a, questionId: $q, choices: $c, clientSeq: $n) { saved savedAt remainingSeconds } }";
const SUBMIT: &str = "mutation($a: ID!) { submitExam(attemptId: $a) { attemptId score passed submittedAt } }";
const TYPENAME: &str = r#"{"query":"{ __typename }"}"#;

const UNIT: &str = "蒸湘区司法局";
const PASSWORD: &str = "Kaoshi2026x";
/// Saves per attempt in the memory phase.
const LIVE_SAVES: usize = 3;
/// Requests in flight at once in the memory phase.
const LIVE_CONCURRENCY: usize = 200;
/// Logins in flight at once (argon2 is deliberately slow).
const LOGIN_CONCURRENCY: usize = 16;
const P99_TARGET: Duration = Duration::from_millis(50);
const RSS_TARGET_MB: f64 = 300.0;

/// First phone of each group of learners: 136GGNNNNNN.
const PHONES_SATURATED: i64 = 13_600_000_000;
const PHONES_PACED: i64 = 13_610_000_000;
const PHONES_LIVE: i64 = 13_620_000_000;
const PHONES_PROBE: i64 = 13_630_000_000;
const PHONES_ROUNDS: i64 = 13_640_000_000;

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
    n: usize,
    saves: usize,
    think: Option<Duration>,
    ceiling: Duration,
    live: usize,
    sync: bool,
    rounds: usize,
    round: Duration,
}

fn newest_source(dir: &Path, newest: &mut SystemTime) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            newest_source(&path, newest);
        } else if path.extension().is_some_and(|e| e == "rs")
            && let Ok(modified) = entry.metadata().and_then(|m| m.modified())
            && modified > *newest
        {
            *newest = modified;
        }
    }
}

/// Warns when a source file is newer than the server binary.
fn warn_if_stale(bin: &Path) {
    let Ok(built) = std::fs::metadata(bin).and_then(|m| m.modified()) else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut newest = SystemTime::UNIX_EPOCH;
    for dir in ["server/src", "entity/src", "migration/src"] {
        newest_source(&root.join(dir), &mut newest);
    }
    if newest > built {
        eprintln!(
            "warning: {} is older than the newest source file; run `cargo build --release -p server` \
             to measure the current code",
            bin.display()
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The run

async fn run() -> bool {
    let bin = server_binary();
    if !bin.exists() {
        eprintln!(
            "The server binary {} does not exist. Build it first:\n\n    cargo build --release -p server\n\n\
             (or point XUEFA_BIN at a release build of `xuefa`)",
            bin.display()
        );
        return false;
    }
    warn_if_stale(&bin);
    let think_ms = env_num("XUEFA_LOAD_THINK_MS", 2000);
    let config = Config {
        bin,
        server_url: env_or("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
        redis_url: env_or("TEST_REDIS_URL", "redis://127.0.0.1:6379"),
        n: env_num("XUEFA_LOAD_N", 1000) as usize,
        saves: env_num("XUEFA_LOAD_SAVES", 50) as usize,
        think: (think_ms > 0).then(|| Duration::from_millis(think_ms)),
        ceiling: Duration::from_secs(env_num("XUEFA_LOAD_CEILING_SECS", 10)),
        live: env_num("XUEFA_LOAD_LIVE", 10_000) as usize,
        sync: env_num("XUEFA_LOAD_SYNC", 1) != 0,
        rounds: env_num("XUEFA_LOAD_ROUNDS", 7) as usize,
        round: Duration::from_secs(env_num("XUEFA_LOAD_ROUND_SECS", 3)),
    };
    if let Err(why) = check_services(&config).await {
        eprintln!("{why}");
        return false;
    }
    let facts = environment_facts(&config).await;
    eprintln!(
        "server {}; N = {}, {} saves each; PostgreSQL {}, Redis {}",
        config.bin.display(),
        config.n,
        config.saves,
        config.server_url,
        config.redis_url
    );
    let logs = tempfile::Builder::new()
        .prefix("xuefa_load_")
        .tempdir()
        .expect("temp dir");
    let hash = xuefa::auth::password::hash(PASSWORD.to_owned())
        .await
        .expect("argon2 hash");

    let mut report = Report {
        n: config.n,
        saves: config.saves,
        think: config.think,
        facts,
        ..Default::default()
    };
    let mut ok = true;

    // Both servers run side by side, so that the phases compared with each other (write-behind,
    // `{ __typename }`, synchronous) follow one another closely on this shared machine.
    let behind = Server::start(&config, "behind", logs.path()).await;
    let sync = if config.sync {
        Some(Server::start(&config, "sync", logs.path()).await)
    } else {
        None
    };
    let outcome = async {
        let server = behind.as_ref().map_err(Clone::clone)?;
        report.rss_idle = server.rss();
        let http = Http::new(&server.base);
        let exam = ExamSetup::read(&server.db).await?;
        let sync = match &sync {
            Some(Ok(s)) => Some((s, Http::new(&s.base), ExamSetup::read(&s.db).await?)),
            Some(Err(e)) => return Err(format!("synchronous server: {e}")),
            None => None,
        };

        eprintln!("== one learner alone");
        report.behind_probe = Some(probe(server, &http, &exam, &hash, PHONES_PROBE, config.saves).await?);
        if let Some((s, s_http, s_exam)) = &sync {
            report.sync_probe = Some(probe(s, s_http, s_exam, &hash, PHONES_PROBE, config.saves).await?);
        }

        eprintln!("== logging in");
        let tokens = seed_and_login(server, &http, &exam, &hash, PHONES_SATURATED, config.n).await?;
        report.rss_after_logins = server.rss();
        let sync_tokens = match &sync {
            Some((s, s_http, s_exam)) => Some((
                seed_and_login(s, s_http, s_exam, &hash, PHONES_SATURATED, config.n).await?,
                seed_and_login(s, s_http, s_exam, &hash, PHONES_PACED, config.n).await?,
            )),
            None => None,
        };

        eprintln!("== write-behind, saturated, then the ceiling");
        warm_up(&http, &tokens).await;
        report.behind = Some(attempts(server, &http, &exam, &tokens, config.saves, None).await);
        report.ceiling = Some(ceiling(server, &http, &tokens, config.ceiling, false).await);
        report.anonymous = Some(ceiling(server, &http, &tokens, config.ceiling / 2, true).await);
        if config.rounds > 0 {
            eprintln!("== alternating rounds of saveAnswer and `{{ __typename }}`");
            report.rounds =
                Some(rounds(server, &http, &exam, &hash, config.n, config.rounds, config.round).await?);
        }

        if let (Some((s, s_http, s_exam)), Some((first, second))) = (&sync, &sync_tokens) {
            eprintln!("== synchronous as it ships, saturated");
            warm_up(s_http, first).await;
            report.sync = Some(attempts(s, s_http, s_exam, first, config.saves, None).await);
            eprintln!("== synchronous with the flusher parked");
            park_flusher(s).await?;
            report.parked_probe =
                Some(probe(s, s_http, s_exam, &hash, PHONES_PROBE + 1, config.saves).await?);
            warm_up(s_http, second).await;
            report.sync_parked = Some(attempts(s, s_http, s_exam, second, config.saves, None).await);
        }

        if let Some(think) = config.think {
            eprintln!("== write-behind, paced");
            let tokens = seed_and_login(server, &http, &exam, &hash, PHONES_PACED, config.n).await?;
            report.behind_paced =
                Some(attempts(server, &http, &exam, &tokens, config.saves, Some(think)).await);
        }
        report.rss_after_runs = server.rss();
        if config.live > 0 {
            eprintln!("== write-behind, {} live attempts", config.live);
            report.memory = Some(memory(server, &http, &exam, &hash, config.live).await?);
        }
        Ok::<(), String>(())
    }
    .await;
    if let Err(why) = outcome {
        eprintln!("{why}");
        report.failures.push(why);
        ok = false;
    }
    if let Some(Ok(server)) = sync {
        server.stop(&config).await;
    }
    if let Ok(server) = behind {
        server.stop(&config).await;
    }

    let errors = report.error_count();
    if !ok || errors > 0 {
        let kept = logs.keep();
        eprintln!("server logs kept in {}", kept.display());
    }
    report.print();
    ok
}

async fn check_services(config: &Config) -> Result<(), String> {
    let connect = tokio::time::timeout(
        Duration::from_secs(5),
        Database::connect(config.server_url.as_str()),
    );
    match connect.await {
        Ok(Ok(db)) => {
            db.close().await.ok();
        }
        Ok(Err(e)) => return Err(format!("PostgreSQL at TEST_DATABASE_URL not reachable ({e})")),
        Err(_) => return Err("PostgreSQL at TEST_DATABASE_URL did not answer in 5 s".into()),
    }
    let client =
        redis::Client::open(config.redis_url.as_str()).map_err(|e| format!("bad TEST_REDIS_URL ({e})"))?;
    match tokio::time::timeout(Duration::from_secs(5), client.get_multiplexed_async_connection()).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(format!("Redis at TEST_REDIS_URL not reachable ({e})")),
        Err(_) => Err("Redis at TEST_REDIS_URL did not answer in 5 s".into()),
    }
}

// ---------------------------------------------------------------------------------------------
// The server under test

struct Server {
    process: ServerProcess,
    pid: u32,
    base: String,
    /// The bench's own connection to the server's database, for seeding and checks.
    db: DatabaseConnection,
    database: FreshDatabase,
    prefix: String,
    redis: redis::aio::MultiplexedConnection,
}

impl Server {
    /// A fresh database with the demo data, and `xuefa serve` on a free port (the load tool's
    /// harness: `loadtest::services`).
    async fn start(config: &Config, mode: &str, logs: &Path) -> Result<Server, String> {
        let database = FreshDatabase::create(&config.server_url, "xuefa_load").await?;
        let prefix = format!("{}_wb", database.name);
        eprintln!("== {mode}: loading the demo into {}", database.name);
        run_xuefa(&config.bin, &database.url, &["demo"]).await?;
        let spec = ServerSpec {
            bin: config.bin.clone(),
            database_url: database.url.clone(),
            redis_url: Some(config.redis_url.clone()),
            redis_prefix: prefix.clone(),
            port: loadtest::free_port()?,
            env: vec![
                ("XUEFA_ANSWER_WRITES".into(), mode.into()),
                ("XUEFA_TOKEN_TTL_SECONDS".into(), (30 * 24 * 3600).to_string()),
                ("XUEFA_SHUTDOWN_GRACE_SECONDS".into(), "2".into()),
            ],
            log: logs.join(format!("{mode}.log")),
        };
        let started = Instant::now();
        let process = ServerProcess::start(spec, Duration::from_secs(60)).await?;
        let db = database.connect().await?;
        let redis = redis::Client::open(config.redis_url.as_str())
            .map_err(|e| e.to_string())?
            .get_multiplexed_async_connection()
            .await
            .map_err(|e| format!("Redis: {e}"))?;
        eprintln!(
            "== {mode}: server pid {} on {} ready in {} (log {})",
            process.pid,
            process.base,
            ms(started.elapsed()),
            process.spec.log.display()
        );
        Ok(Server {
            pid: process.pid,
            base: process.base.clone(),
            process,
            db,
            database,
            prefix,
            redis,
        })
    }

    /// Resident memory of the server process, in MiB.
    fn rss(&self) -> Option<f64> {
        status_kib(self.pid, "VmRSS:").map(|kib| kib as f64 / 1024.0)
    }

    fn peak_rss(&self) -> Option<f64> {
        status_kib(self.pid, "VmHWM:").map(|kib| kib as f64 / 1024.0)
    }

    /// Answers acknowledged but not yet in the database (the write-behind stream's length).
    async fn backlog(&self) -> u64 {
        let mut c = self.redis.clone();
        redis::cmd("XLEN")
            .arg(format!("{}:wb", self.prefix))
            .query_async::<u64>(&mut c)
            .await
            .unwrap_or(0)
    }

    /// SIGTERM, then the database and the Redis keys go.
    async fn stop(self, config: &Config) {
        self.process.stop().await;
        self.db.close().await.ok();
        self.database.drop_database().await;
        loadtest::services::wipe_prefix(&config.redis_url, &self.prefix).await;
    }
}

fn status_kib(pid: u32, field: &str) -> Option<u64> {
    loadtest::procfs::status_kib(pid, field)
}

// ---------------------------------------------------------------------------------------------
// HTTP

// ---------------------------------------------------------------------------------------------
// Learners

/// The demo's unit, its open MAIN session and the campaign.
struct ExamSetup {
    unit_id: i32,
    session: String,
    campaign_id: i32,
}

impl ExamSetup {
    async fn read(db: &DatabaseConnection) -> Result<ExamSetup, String> {
        let row = db
            .query_one_raw(sql(
                "SELECT u.id AS unit_id, s.id AS session_id, s.campaign_id FROM units u \
                 JOIN exam_sessions s ON s.unit_id = u.id AND s.kind = 'MAIN' \
                 WHERE u.name = $1 AND s.starts_at <= now() AND s.ends_at > now() ORDER BY s.id LIMIT 1",
                vec![UNIT.into()],
            ))
            .await
            .map_err(|e| e.to_string())?
            .ok_or(format!("no MAIN session open now for {UNIT} in the demo data"))?;
        let get = |c: &str| row.try_get::<i32>("", c).map_err(|e| e.to_string());
        Ok(ExamSetup {
            unit_id: get("unit_id")?,
            session: xuefa::ids::encode(xuefa::ids::Kind::ExamSession, get("session_id")?).0,
            campaign_id: get("campaign_id")?,
        })
    }
}

fn phone(first: i64, i: usize) -> String {
    (first + i as i64).to_string()
}

/// Puts `count` learners on the unit's roster with study points completed three days ago, all
/// with the same password hash (no forced change).
async fn seed(
    db: &DatabaseConnection,
    exam: &ExamSetup,
    hash: &str,
    first_phone: i64,
    count: usize,
) -> Result<(), String> {
    let last = phone(first_phone, count - 1);
    let first = phone(first_phone, 0);
    let completed = (xuefa::clock::today() - chrono::Duration::days(3)).to_string();
    let statements = [
        sql(
            "INSERT INTO accounts (phone, name, password_hash, must_change_password, created_at, password_changed_at) \
             SELECT ($1::bigint + g)::text, '压测学员' || g, $2, false, now(), now() \
             FROM generate_series(0, $3::int - 1) AS g",
            vec![first_phone.into(), hash.into(), (count as i32).into()],
        ),
        sql(
            "INSERT INTO learners (account_id, unit_id, name, status, created_at, updated_at) \
             SELECT id, $1, name, 'IN_SERVICE', now(), now() FROM accounts \
             WHERE phone BETWEEN $2 AND $3 ORDER BY phone",
            vec![exam.unit_id.into(), first.clone().into(), last.clone().into()],
        ),
        sql(
            "INSERT INTO study_progress (learner_id, campaign_id, total_points, completed_on, updated_at) \
             SELECT l.id, $1, 100, $2::date, now() FROM learners l JOIN accounts a ON a.id = l.account_id \
             WHERE a.phone BETWEEN $3 AND $4",
            vec![
                exam.campaign_id.into(),
                completed.into(),
                first.into(),
                last.into(),
            ],
        ),
    ];
    for statement in statements {
        db.execute_raw(statement)
            .await
            .map_err(|e| format!("seeding learners: {e}"))?;
    }
    Ok(())
}

/// Seeds `count` learners and logs each in once over the API, 16 at a time.
async fn seed_and_login(
    server: &Server,
    http: &Http,
    exam: &ExamSetup,
    hash: &str,
    first_phone: i64,
    count: usize,
) -> Result<Vec<String>, String> {
    let started = Instant::now();
    seed(&server.db, exam, hash, first_phone, count).await?;
    let seeded = started.elapsed();
    let started = Instant::now();
    let gate = Arc::new(Semaphore::new(LOGIN_CONCURRENCY));
    let mut set = JoinSet::new();
    for i in 0..count {
        let http = http.clone();
        let gate = gate.clone();
        set.spawn(async move {
            let _permit = gate.acquire_owned().await.expect("semaphore");
            let data = http
                .gql(None, LOGIN, json!({"p": phone(first_phone, i), "w": PASSWORD}))
                .await?;
            data["login"]["token"]
                .as_str()
                .map(|t| (i, t.to_owned()))
                .ok_or_else(|| format!("no token in {data}"))
        });
    }
    let mut tokens = vec![String::new(); count];
    while let Some(joined) = set.join_next().await {
        let (i, token) = joined.map_err(|e| e.to_string())??;
        tokens[i] = token;
    }
    eprintln!(
        "{count} learners seeded in {} and logged in in {}",
        ms(seeded),
        ms(started.elapsed())
    );
    Ok(tokens)
}

/// Tokens written straight into `auth_tokens` as a login writes them (for the 10,000 of the
/// memory phase, to spare 10,000 argon2 verifications).
async fn direct_tokens(
    db: &DatabaseConnection,
    first_phone: i64,
    count: usize,
) -> Result<Vec<String>, String> {
    let tokens: Vec<String> = (0..count).map(|_| xuefa::auth::token::generate()).collect();
    for (chunk_no, chunk) in tokens.chunks(1000).enumerate() {
        let values: Vec<String> = chunk
            .iter()
            .enumerate()
            .map(|(j, token)| {
                format!(
                    "('{}', '{}')",
                    phone(first_phone, chunk_no * 1000 + j),
                    xuefa::auth::token::digest(token)
                )
            })
            .collect();
        db.execute_unprepared(&format!(
            "INSERT INTO auth_tokens (token_hash, account_id, created_at, expires_at, revoked) \
             SELECT t.h, a.id, now(), now() + interval '30 days', false \
             FROM (VALUES {}) AS t(phone, h) JOIN accounts a ON a.phone = t.phone",
            values.join(", ")
        ))
        .await
        .map_err(|e| format!("writing tokens: {e}"))?;
    }
    Ok(tokens)
}

// ---------------------------------------------------------------------------------------------
// Measuring

#[derive(Clone, Copy, Default)]
struct Stats {
    count: usize,
    p50: Duration,
    p95: Duration,
    p99: Duration,
    max: Duration,
}

/// Nearest-rank percentiles.
fn stats(mut times: Vec<Duration>) -> Stats {
    if times.is_empty() {
        return Stats::default();
    }
    times.sort();
    let at = |p: f64| {
        let rank = ((p * times.len() as f64).ceil() as usize).clamp(1, times.len());
        times[rank - 1]
    };
    Stats {
        count: times.len(),
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
        max: *times.last().expect("not empty"),
    }
}

#[derive(Default)]
struct Errors {
    count: u64,
    first: Option<String>,
}

impl Errors {
    fn add(&mut self, what: &str, error: String) {
        self.count += 1;
        if self.first.is_none() {
            eprintln!("{what}: {error}");
            self.first = Some(format!("{what}: {error}"));
        }
    }
    fn merge(&mut self, other: Errors) {
        self.count += other.count;
        if self.first.is_none() {
            self.first = other.first;
        }
    }
}

/// CPU time in clock ticks: the whole machine, and the processes of interest (PostgreSQL: only
/// what works for this bench, see `ours`).
#[derive(Clone, Copy, Default)]
struct Cpu {
    total: u64,
    idle: u64,
    server: u64,
    bench: u64,
    postgres: u64,
    redis: u64,
}

/// Whether a PostgreSQL process works for this bench: a backend of one of its databases, or
/// one of the shared background processes (checkpointer, WAL writer...). Backends and
/// autovacuum workers of other databases (other people's tests on this machine) are not.
fn ours(cmdline_path: &str) -> bool {
    let Ok(raw) = std::fs::read(cmdline_path) else {
        return false;
    };
    let title = String::from_utf8_lossy(&raw);
    title.contains("xuefa_load_") || !(title.contains('(') || title.contains("autovacuum worker"))
}

fn cpu_now(server_pid: u32) -> Cpu {
    let mut cpu = Cpu::default();
    if let Ok(stat) = std::fs::read_to_string("/proc/stat")
        && let Some(line) = stat.lines().next()
    {
        let v: Vec<u64> = line
            .split_whitespace()
            .skip(1)
            .take(8)
            .filter_map(|x| x.parse().ok())
            .collect();
        cpu.total = v.iter().sum();
        cpu.idle = v.get(3).copied().unwrap_or(0) + v.get(4).copied().unwrap_or(0);
    }
    cpu.server = process_cpu(&format!("/proc/{server_pid}/stat")).map_or(0, |(_, t)| t);
    cpu.bench = process_cpu("/proc/self/stat").map_or(0, |(_, t)| t);
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if !name.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            if let Some((comm, ticks)) = process_cpu(&format!("/proc/{name}/stat")) {
                if comm == "postgres" && ours(&format!("/proc/{name}/cmdline")) {
                    cpu.postgres += ticks;
                } else if comm.starts_with("redis-server") {
                    cpu.redis += ticks;
                }
            }
        }
    }
    cpu
}

/// Shares of the whole machine over a window, in percent.
#[derive(Clone, Copy, Default)]
struct CpuShare {
    server: f64,
    bench: f64,
    postgres: f64,
    redis: f64,
    idle: f64,
    /// The window's CPU time over all cores, in ms.
    window_ms: f64,
}

impl CpuShare {
    /// CPU ms per request spent by the stack (server, PostgreSQL, Redis) and by the load
    /// generator: what a request costs, whatever else the machine was doing.
    fn per_request(&self, requests: usize) -> (f64, f64) {
        let each = self.window_ms / 100.0 / requests.max(1) as f64;
        (
            (self.server + self.postgres + self.redis) * each,
            self.bench * each,
        )
    }
}

/// Clock ticks a second (USER_HZ).
fn clock_ticks() -> f64 {
    command_output("getconf", &["CLK_TCK"])
        .and_then(|s| s.parse().ok())
        .unwrap_or(100.0)
}

fn share(before: Cpu, after: Cpu) -> CpuShare {
    let total = after.total.saturating_sub(before.total).max(1) as f64;
    let pct = |a: u64, b: u64| a.saturating_sub(b) as f64 * 100.0 / total;
    CpuShare {
        server: pct(after.server, before.server),
        bench: pct(after.bench, before.bench),
        postgres: pct(after.postgres, before.postgres),
        redis: pct(after.redis, before.redis),
        idle: pct(after.idle, before.idle),
        window_ms: total * 1000.0 / clock_ticks(),
    }
}

// ---------------------------------------------------------------------------------------------
// The phases

/// A paper as the client keeps it: the attempt, and each question's id and shown labels.
struct Paper {
    attempt: String,
    questions: Vec<(String, Vec<String>)>,
}

fn paper_of(data: &Value) -> Result<Paper, String> {
    let a = &data["startExam"];
    let attempt = a["id"].as_str().ok_or("no attempt id")?.to_owned();
    let questions = a["questions"]
        .as_array()
        .ok_or("no questions")?
        .iter()
        .map(|q| {
            let id = q["id"].as_str().unwrap_or_default().to_owned();
            let labels = q["options"]
                .as_array()
                .map(|o| {
                    o.iter()
                        .filter_map(|x| x["key"].as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            (id, labels)
        })
        .collect();
    Ok(Paper { attempt, questions })
}

fn save_body(attempt: &str, question: &str, labels: &[String], seq: usize) -> String {
    let pick = labels
        .get(rand::random_range(0..labels.len().max(1)))
        .cloned()
        .unwrap_or_else(|| "A".into());
    json!({"query": SAVE, "variables": {"a": attempt, "q": question, "c": [pick], "n": seq}}).to_string()
}

/// One run of N attempts: start, saves, submit.
#[derive(Default)]
struct AttemptRun {
    n: usize,
    starts: Stats,
    starts_window: Duration,
    saves: Stats,
    saves_window: Duration,
    submits: Stats,
    submits_window: Duration,
    errors: Errors,
    cpu: CpuShare,
    backlog_peak: u64,
    drained_after: Option<Duration>,
    stored_before_submit: i64,
    stored_after_submit: i64,
}

impl AttemptRun {
    fn throughput(&self) -> f64 {
        self.saves.count as f64 / self.saves_window.as_secs_f64().max(1e-9)
    }
}

async fn count_answers(db: &DatabaseConnection, attempts: &[i32]) -> i64 {
    if attempts.is_empty() {
        return 0;
    }
    let list: Vec<String> = attempts.iter().map(i32::to_string).collect();
    let row = db
        .query_one_raw(sql(
            &format!(
                "SELECT count(*) AS n FROM attempt_answers WHERE attempt_id IN ({})",
                list.join(",")
            ),
            vec![],
        ))
        .await
        .ok()
        .flatten();
    row.and_then(|r| r.try_get::<i64>("", "n").ok()).unwrap_or(-1)
}

/// Every token starts (or resumes) its attempt at once: the papers by token (`None` for a
/// failed start, counted in `errors`) and the time each successful start took.
async fn start_all(
    http: &Http,
    exam: &ExamSetup,
    tokens: &[String],
    errors: &mut Errors,
) -> (Vec<Option<Paper>>, Vec<Duration>) {
    let mut set = JoinSet::new();
    for (i, token) in tokens.iter().enumerate() {
        let http = http.clone();
        let body = json!({"query": START, "variables": {"s": exam.session}}).to_string();
        let token = token.clone();
        set.spawn(async move {
            let t = Instant::now();
            let result = http.post(Some(&token), body).await;
            (i, t.elapsed(), result.and_then(|d| paper_of(&d)))
        });
    }
    let mut papers: Vec<Option<Paper>> = tokens.iter().map(|_| None).collect();
    let mut times = Vec::with_capacity(tokens.len());
    while let Some(joined) = set.join_next().await {
        let (i, elapsed, result) = joined.expect("start task");
        match result {
            Ok(paper) => {
                times.push(elapsed);
                papers[i] = Some(paper);
            }
            Err(e) => errors.add("startExam", e),
        }
    }
    (papers, times)
}

/// Every attempt (token, attempt id) is submitted at once: the time each successful
/// submission took.
async fn submit_all<'a>(
    http: &Http,
    attempts: impl IntoIterator<Item = (&'a str, &'a str)>,
    errors: &mut Errors,
) -> Vec<Duration> {
    let mut set = JoinSet::new();
    for (token, attempt) in attempts {
        let http = http.clone();
        let token = token.to_owned();
        let body = json!({"query": SUBMIT, "variables": {"a": attempt}}).to_string();
        set.spawn(async move {
            let t = Instant::now();
            let result = http.post(Some(&token), body).await;
            (t.elapsed(), result)
        });
    }
    let mut times = Vec::new();
    while let Some(joined) = set.join_next().await {
        let (elapsed, result) = joined.expect("submit task");
        match result {
            Ok(_) => times.push(elapsed),
            Err(e) => errors.add("submitExam", e),
        }
    }
    times
}

/// N learners at once: every start, then (when all papers are out) every learner's saves,
/// then (when the write-behind stream is drained) every submission.
async fn attempts(
    server: &Server,
    http: &Http,
    exam: &ExamSetup,
    tokens: &[String],
    saves: usize,
    think: Option<Duration>,
) -> AttemptRun {
    let n = tokens.len();
    let label = match think {
        Some(t) => format!("paced (think 0..{} ms)", 2 * t.as_millis()),
        None => "saturated".into(),
    };
    let mut run = AttemptRun {
        n,
        ..Default::default()
    };

    // Starts.
    let started = Instant::now();
    let (papers, times) = start_all(http, exam, tokens, &mut run.errors).await;
    run.starts_window = started.elapsed();
    run.starts = stats(times);
    eprintln!(
        "{label}: {} attempts started in {} (p50 {}, p99 {})",
        run.starts.count,
        ms(run.starts_window),
        ms(run.starts.p50),
        ms(run.starts.p99)
    );

    // Saves, with the write-behind backlog watched.
    let watching = Arc::new(AtomicBool::new(true));
    let peak = Arc::new(AtomicU64::new(0));
    let watcher = {
        let watching = watching.clone();
        let peak = peak.clone();
        let mut redis = server.redis.clone();
        let key = format!("{}:wb", server.prefix);
        tokio::spawn(async move {
            while watching.load(Ordering::Relaxed) {
                if let Ok(len) = redis::cmd("XLEN").arg(&key).query_async::<u64>(&mut redis).await {
                    peak.fetch_max(len, Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
    };
    let cpu_before = cpu_now(server.pid);
    let started = Instant::now();
    let mut set = JoinSet::new();
    let tokens_papers: Vec<(String, Paper)> = tokens
        .iter()
        .cloned()
        .zip(papers)
        .filter_map(|(t, p)| p.map(|p| (t, p)))
        .collect();
    let attempt_ids: Vec<i32> = tokens_papers
        .iter()
        .filter_map(|(_, p)| xuefa::ids::parse(&p.attempt).map(|(_, id)| id))
        .collect();
    for (token, paper) in tokens_papers
        .iter()
        .map(|(t, p)| (t.clone(), p.attempt.clone()))
        .zip(
            tokens_papers
                .iter()
                .map(|(_, p)| p.questions.iter().take(saves).cloned().collect::<Vec<_>>()),
        )
    {
        let http = http.clone();
        set.spawn(async move {
            let (token, attempt) = token;
            let mut times = Vec::with_capacity(paper.len());
            let mut errors = Errors::default();
            for (seq, (question, labels)) in paper.iter().enumerate() {
                if let Some(think) = think {
                    let wait = rand::random_range(0..=2 * think.as_millis() as u64);
                    tokio::time::sleep(Duration::from_millis(wait)).await;
                }
                let body = save_body(&attempt, question, labels, seq + 1);
                let t = Instant::now();
                match http.post(Some(&token), body).await {
                    Ok(d) if d["saveAnswer"]["saved"] == true => times.push(t.elapsed()),
                    Ok(d) => errors.add("saveAnswer", format!("not saved: {d}")),
                    Err(e) => errors.add("saveAnswer", e),
                }
            }
            (times, errors)
        });
    }
    let mut times = Vec::with_capacity(n * saves);
    while let Some(joined) = set.join_next().await {
        let (t, errors) = joined.expect("save task");
        times.extend(t);
        run.errors.merge(errors);
    }
    run.saves_window = started.elapsed();
    run.cpu = share(cpu_before, cpu_now(server.pid));
    let last_ack = Instant::now();
    watching.store(false, Ordering::Relaxed);
    let _ = watcher.await;
    run.backlog_peak = peak.load(Ordering::Relaxed);
    run.saves = stats(times);
    // The write-behind stream drains into PostgreSQL.
    loop {
        if server.backlog().await == 0 {
            run.drained_after = Some(last_ack.elapsed());
            break;
        }
        if last_ack.elapsed() > Duration::from_secs(120) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    run.stored_before_submit = count_answers(&server.db, &attempt_ids).await;
    eprintln!(
        "{label}: {} saves in {} = {:.0}/s; p50 {}, p95 {}, p99 {}, max {}; backlog peak {}, drained {} after the last ack; {} of them in PostgreSQL before submit",
        run.saves.count,
        ms(run.saves_window),
        run.throughput(),
        ms(run.saves.p50),
        ms(run.saves.p95),
        ms(run.saves.p99),
        ms(run.saves.max),
        run.backlog_peak,
        run.drained_after.map_or("not".into(), ms),
        run.stored_before_submit
    );
    eprintln!(
        "{label}: CPU while saving (share of all cores): server {:.0}%, load generator {:.0}%, PostgreSQL {:.0}%, Redis {:.0}%, idle {:.0}%",
        run.cpu.server, run.cpu.bench, run.cpu.postgres, run.cpu.redis, run.cpu.idle
    );

    // Submissions.
    let started = Instant::now();
    let attempts = tokens_papers
        .iter()
        .map(|(t, p)| (t.as_str(), p.attempt.as_str()));
    let times = submit_all(http, attempts, &mut run.errors).await;
    run.submits_window = started.elapsed();
    run.submits = stats(times);
    run.stored_after_submit = count_answers(&server.db, &attempt_ids).await;
    eprintln!(
        "{label}: {} submitted in {} (p50 {}, p99 {}); {} answers stored; {} errors",
        run.submits.count,
        ms(run.submits_window),
        ms(run.submits.p50),
        ms(run.submits.p99),
        run.stored_after_submit,
        run.errors.count
    );
    run
}

/// One learner alone on the server: its saves one after the other, then `{ __typename }` one
/// after the other for 2 s. What a request costs without any queueing.
#[derive(Clone, Copy, Default)]
struct Probe {
    saves: Stats,
    typename: Stats,
}

async fn probe(
    server: &Server,
    http: &Http,
    exam: &ExamSetup,
    hash: &str,
    phone: i64,
    saves: usize,
) -> Result<Probe, String> {
    let tokens = seed_and_login(server, http, exam, hash, phone, 1).await?;
    let run = attempts(server, http, exam, &tokens, saves, None).await;
    if let Some(e) = run.errors.first {
        return Err(format!("one learner alone: {e}"));
    }
    let (times, errors, _) = hammer(http, &tokens, Duration::from_secs(2), false).await;
    if let Some(e) = errors.first {
        return Err(format!("one learner alone: {e}"));
    }
    let p = Probe {
        saves: run.saves,
        typename: stats(times),
    };
    eprintln!(
        "one learner alone: saveAnswer p50 {} p99 {}; __typename p50 {} p99 {}",
        ms(p.saves.p50),
        ms(p.saves.p99),
        ms(p.typename.p50),
        ms(p.typename.p99)
    );
    Ok(p)
}

/// Diagnostic for the synchronous mode: the server's write-behind flusher keeps running there
/// although nothing is queued, and its `XREADGROUP ... BLOCK 200` shares the multiplexed Redis
/// connection with every save, which then waits for the block to time out. Replacing the
/// (unused) stream key by a string makes the flusher's reads fail at once, and it sleeps a
/// second between attempts: the synchronous mode without that stall.
async fn park_flusher(server: &Server) -> Result<(), String> {
    let mut c = server.redis.clone();
    let key = format!("{}:wb", server.prefix);
    redis::pipe()
        .atomic()
        .cmd("DEL")
        .arg(&key)
        .ignore()
        .cmd("SET")
        .arg(&key)
        .arg("parked by the exam_load bench")
        .ignore()
        .query_async::<()>(&mut c)
        .await
        .map_err(|e| format!("parking the flusher: {e}"))?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    eprintln!("sync: flusher parked (its stream key is now a string)");
    Ok(())
}

/// A few seconds of `{ __typename }` on every connection, so both measured phases find the
/// connections open and the server's pools filled.
async fn warm_up(http: &Http, tokens: &[String]) {
    let _ = hammer(http, tokens, Duration::from_secs(2), false).await;
}

/// Every token sends `{ __typename }` back to back until `duration` is over.
/// With `anonymous`, without the token: no caller lookup on the server.
async fn hammer(
    http: &Http,
    tokens: &[String],
    duration: Duration,
    anonymous: bool,
) -> (Vec<Duration>, Errors, Duration) {
    let started = Instant::now();
    let until = started + duration;
    let mut set = JoinSet::new();
    for token in tokens {
        let http = http.clone();
        let token = token.clone();
        set.spawn(async move {
            let mut times = Vec::new();
            let mut errors = Errors::default();
            while Instant::now() < until {
                let t = Instant::now();
                let token = (!anonymous).then_some(token.as_str());
                match http.post(token, TYPENAME.to_owned()).await {
                    Ok(_) => times.push(t.elapsed()),
                    Err(e) => errors.add("__typename", e),
                }
            }
            (times, errors)
        });
    }
    let mut times = Vec::new();
    let mut errors = Errors::default();
    while let Some(joined) = set.join_next().await {
        let (t, e) = joined.expect("typename task");
        times.extend(t);
        errors.merge(e);
    }
    (times, errors, started.elapsed())
}

#[derive(Default)]
struct Ceiling {
    n: usize,
    window: Duration,
    stats: Stats,
    errors: Errors,
    cpu: CpuShare,
}

impl Ceiling {
    fn throughput(&self) -> f64 {
        self.stats.count as f64 / self.window.as_secs_f64().max(1e-9)
    }
}

async fn ceiling(
    server: &Server,
    http: &Http,
    tokens: &[String],
    duration: Duration,
    anonymous: bool,
) -> Ceiling {
    let before = cpu_now(server.pid);
    let (times, errors, window) = hammer(http, tokens, duration, anonymous).await;
    let cpu = share(before, cpu_now(server.pid));
    let c = Ceiling {
        n: tokens.len(),
        window,
        stats: stats(times),
        errors,
        cpu,
    };
    eprintln!(
        "__typename{}: {} in {} = {:.0}/s; p50 {}, p95 {}, p99 {}; CPU server {:.0}%, load generator {:.0}%, PostgreSQL {:.0}%",
        if anonymous { " without a token" } else { "" },
        c.stats.count,
        ms(c.window),
        c.throughput(),
        ms(c.stats.p50),
        ms(c.stats.p95),
        ms(c.stats.p99),
        c.cpu.server,
        c.cpu.bench,
        c.cpu.postgres
    );
    c
}

/// One round: a window of saves, then one of `{ __typename }`.
struct Round {
    saves_per_s: f64,
    typename_per_s: f64,
    /// Stack CPU (server, PostgreSQL, Redis) plus load generator per request, in ms.
    save_cpu: f64,
    typename_cpu: f64,
}

impl Round {
    fn ratio(&self) -> f64 {
        self.saves_per_s / self.typename_per_s.max(1e-9)
    }
    fn cpu_ratio(&self) -> f64 {
        self.typename_cpu / self.save_cpu.max(1e-9)
    }
}

#[derive(Default)]
struct Rounds {
    n: usize,
    window: Duration,
    rounds: Vec<Round>,
    errors: Errors,
}

fn median_of(rounds: &[Round], f: impl Fn(&Round) -> f64) -> f64 {
    median(rounds.iter().map(f).collect())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        len if len % 2 == 1 => values[len / 2],
        len => (values[len / 2 - 1] + values[len / 2]) / 2.0,
    }
}

impl Rounds {
    fn median(&self) -> f64 {
        median(self.rounds.iter().map(Round::ratio).collect())
    }
    fn cpu_median(&self) -> f64 {
        median(self.rounds.iter().map(Round::cpu_ratio).collect())
    }
}

/// `n` more learners start an attempt; then `count` rounds of a `window` in which each saves
/// back to back, cycling through its paper (measured until the write-behind stream has
/// drained), and a `window` of `{ __typename }` on the same connections; then every attempt
/// is submitted.
async fn rounds(
    server: &Server,
    http: &Http,
    exam: &ExamSetup,
    hash: &str,
    n: usize,
    count: usize,
    window: Duration,
) -> Result<Rounds, String> {
    seed(&server.db, exam, hash, PHONES_ROUNDS, n).await?;
    let tokens = direct_tokens(&server.db, PHONES_ROUNDS, n).await?;
    let mut result = Rounds {
        n,
        window,
        ..Default::default()
    };
    let (papers, _) = start_all(http, exam, &tokens, &mut result.errors).await;
    let mut clients = Vec::with_capacity(n);
    for (token, paper) in tokens.iter().zip(papers) {
        match paper {
            Some(paper) if !paper.questions.is_empty() => clients.push((token.clone(), Arc::new(paper))),
            Some(_) => result.errors.add("startExam", "a paper without questions".into()),
            None => {}
        }
    }
    warm_up(http, &tokens).await;

    for round in 0..count {
        let before = cpu_now(server.pid);
        let started = Instant::now();
        let until = started + window;
        let mut set = JoinSet::new();
        for (token, paper) in &clients {
            let (http, token, paper) = (http.clone(), token.clone(), paper.clone());
            set.spawn(async move {
                let mut saved = 0usize;
                let mut errors = Errors::default();
                let mut k = 0usize;
                while Instant::now() < until {
                    let (question, labels) = &paper.questions[k % paper.questions.len()];
                    // Above every earlier round's numbers: each save is the newest of its question.
                    let seq = (round + 1) * 1_000_000 + k;
                    match http
                        .post(Some(&token), save_body(&paper.attempt, question, labels, seq))
                        .await
                    {
                        Ok(d) if d["saveAnswer"]["saved"] == true => saved += 1,
                        Ok(d) => errors.add("saveAnswer", format!("not saved: {d}")),
                        Err(e) => errors.add("saveAnswer", e),
                    }
                    k += 1;
                }
                (saved, errors)
            });
        }
        let mut saved = 0usize;
        while let Some(joined) = set.join_next().await {
            let (s, e) = joined.expect("save task");
            saved += s;
            result.errors.merge(e);
        }
        // The window ends when the last save is in PostgreSQL: what the flusher still owes
        // counts against the saves, in time and in CPU.
        let drain = Instant::now();
        while server.backlog().await > 0 && drain.elapsed() < Duration::from_secs(60) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let saves_window = started.elapsed();
        let save_cpu = share(before, cpu_now(server.pid)).per_request(saved);

        let before = cpu_now(server.pid);
        let (times, errors, typename_window) = hammer(http, &tokens, window, false).await;
        let typename_cpu = share(before, cpu_now(server.pid)).per_request(times.len());
        result.errors.merge(errors);
        let r = Round {
            saves_per_s: saved as f64 / saves_window.as_secs_f64().max(1e-9),
            typename_per_s: times.len() as f64 / typename_window.as_secs_f64().max(1e-9),
            save_cpu: save_cpu.0 + save_cpu.1,
            typename_cpu: typename_cpu.0 + typename_cpu.1,
        };
        eprintln!(
            "round {}: {:.0} saves/s, {:.0} __typename/s: {:.2} (by CPU {:.2})",
            round + 1,
            r.saves_per_s,
            r.typename_per_s,
            r.ratio(),
            r.cpu_ratio()
        );
        result.rounds.push(r);
    }

    let attempts = clients.iter().map(|(t, p)| (t.as_str(), p.attempt.as_str()));
    submit_all(http, attempts, &mut result.errors).await;
    eprintln!(
        "rounds: median {:.2} (by CPU {:.2}); {} errors",
        result.median(),
        result.cpu_median(),
        result.errors.count
    );
    Ok(result)
}

#[derive(Default)]
struct Memory {
    target: usize,
    live: usize,
    elapsed: Duration,
    rss: Option<f64>,
    peak: Option<f64>,
    errors: Errors,
    live_in_db: i64,
}

/// `target` more learners start an attempt and save a few answers, none submits.
async fn memory(
    server: &Server,
    http: &Http,
    exam: &ExamSetup,
    hash: &str,
    target: usize,
) -> Result<Memory, String> {
    let started = Instant::now();
    seed(&server.db, exam, hash, PHONES_LIVE, target).await?;
    let tokens = direct_tokens(&server.db, PHONES_LIVE, target).await?;
    eprintln!(
        "memory: {target} learners seeded with tokens in {}",
        ms(started.elapsed())
    );
    let limit = Duration::from_secs(env_num("XUEFA_LOAD_LIVE_MAX_SECS", 900));
    let started = Instant::now();
    let gate = Arc::new(Semaphore::new(LIVE_CONCURRENCY));
    let done = Arc::new(AtomicU64::new(0));
    let mut set = JoinSet::new();
    for token in tokens {
        let http = http.clone();
        let gate = gate.clone();
        let done = done.clone();
        let body = json!({"query": START, "variables": {"s": exam.session}}).to_string();
        set.spawn(async move {
            let _permit = gate.acquire_owned().await.expect("semaphore");
            let mut errors = Errors::default();
            if started.elapsed() > limit {
                return (false, errors);
            }
            let paper = match http.post(Some(&token), body).await.and_then(|d| paper_of(&d)) {
                Ok(p) => p,
                Err(e) => {
                    errors.add("startExam", e);
                    return (false, errors);
                }
            };
            for (seq, (question, labels)) in paper.questions.iter().take(LIVE_SAVES).enumerate() {
                if let Err(e) = http
                    .post(Some(&token), save_body(&paper.attempt, question, labels, seq + 1))
                    .await
                {
                    errors.add("saveAnswer", e);
                }
            }
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if n.is_multiple_of(1000) {
                eprintln!("memory: {n} attempts live after {}", ms(started.elapsed()));
            }
            (true, errors)
        });
    }
    let mut memory = Memory {
        target,
        ..Default::default()
    };
    while let Some(joined) = set.join_next().await {
        let (live, errors) = joined.map_err(|e| e.to_string())?;
        memory.live += usize::from(live);
        memory.errors.merge(errors);
    }
    memory.elapsed = started.elapsed();
    // Let the write-behind stream drain and the server settle.
    let settle = Instant::now();
    while server.backlog().await > 0 && settle.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    memory.rss = server.rss();
    memory.peak = server.peak_rss();
    memory.live_in_db = server
        .db
        .query_one_raw(sql(
            "SELECT count(*) AS n FROM exam_attempts WHERE status = 'LIVE'",
            vec![],
        ))
        .await
        .ok()
        .flatten()
        .and_then(|r| r.try_get::<i64>("", "n").ok())
        .unwrap_or(-1);
    eprintln!(
        "memory: {} of {target} attempts live ({} LIVE in the database) after {}; server RSS {} (peak {})",
        memory.live,
        memory.live_in_db,
        ms(memory.elapsed),
        mib(memory.rss),
        mib(memory.peak)
    );
    Ok(memory)
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
    format!("{cores} cores ({model}), {memory} RAM")
}

/// Versions and durability settings of PostgreSQL and Redis, for the report.
async fn environment_facts(config: &Config) -> String {
    let mut facts = Vec::new();
    if let Ok(db) = Database::connect(config.server_url.as_str()).await {
        let mut pg = Vec::new();
        for setting in [
            "server_version",
            "fsync",
            "synchronous_commit",
            "shared_buffers",
            "autovacuum",
        ] {
            if let Ok(Some(row)) = db.query_one_raw(sql(&format!("SHOW {setting}"), vec![])).await
                && let Ok(v) = row.try_get::<String>("", setting)
            {
                pg.push(if setting == "server_version" {
                    v
                } else {
                    format!("{setting}={v}")
                });
            }
        }
        facts.push(format!("PostgreSQL {}", pg.join(", ")));
        db.close().await.ok();
    }
    if let Ok(client) = redis::Client::open(config.redis_url.as_str())
        && let Ok(mut c) = client.get_multiplexed_async_connection().await
    {
        let info: String = redis::cmd("INFO")
            .arg("server")
            .query_async(&mut c)
            .await
            .unwrap_or_default();
        let version = info
            .lines()
            .find_map(|l| l.strip_prefix("redis_version:"))
            .unwrap_or("?")
            .trim()
            .to_owned();
        let get = |pairs: Vec<String>| pairs.get(1).cloned().unwrap_or_default();
        let aof: Vec<String> = redis::cmd("CONFIG")
            .arg("GET")
            .arg("appendonly")
            .query_async(&mut c)
            .await
            .unwrap_or_default();
        let save: Vec<String> = redis::cmd("CONFIG")
            .arg("GET")
            .arg("save")
            .query_async(&mut c)
            .await
            .unwrap_or_default();
        let save = get(save);
        facts.push(format!(
            "Redis {version} (appendonly={}, save=\"{save}\")",
            get(aof)
        ));
    }
    facts.join("; ")
}

fn mib(v: Option<f64>) -> String {
    v.map_or("?".into(), |v| format!("{v:.0} MB"))
}

fn thousands(v: f64) -> String {
    let n = v.round() as u64;
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn latencies(s: &Stats) -> String {
    format!("{} / {} / {} / {}", ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max))
}

#[derive(Default)]
struct Report {
    n: usize,
    saves: usize,
    think: Option<Duration>,
    facts: String,
    rss_idle: Option<f64>,
    rss_after_logins: Option<f64>,
    rss_after_runs: Option<f64>,
    behind_probe: Option<Probe>,
    behind: Option<AttemptRun>,
    behind_paced: Option<AttemptRun>,
    ceiling: Option<Ceiling>,
    anonymous: Option<Ceiling>,
    rounds: Option<Rounds>,
    memory: Option<Memory>,
    sync_probe: Option<Probe>,
    sync: Option<AttemptRun>,
    parked_probe: Option<Probe>,
    sync_parked: Option<AttemptRun>,
    failures: Vec<String>,
}

fn source_version() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let root = root.to_string_lossy();
    let commit =
        command_output("git", &["-C", &root, "rev-parse", "--short", "HEAD"]).unwrap_or_else(|| "?".into());
    let dirty = command_output(
        "git",
        &[
            "-C",
            &root,
            "status",
            "--porcelain",
            "--",
            "server/src",
            "entity",
            "migration",
        ],
    )
    .is_some_and(|s| !s.is_empty());
    if dirty {
        format!("{commit} with uncommitted changes")
    } else {
        commit
    }
}

impl Report {
    fn runs(&self) -> [(&'static str, Option<&AttemptRun>); 5] {
        [
            ("write-behind", self.behind.as_ref()),
            ("write-behind paced", self.behind_paced.as_ref()),
            ("synchronous", self.sync.as_ref()),
            ("synchronous, flusher parked", self.sync_parked.as_ref()),
            ("", None),
        ]
    }

    fn error_count(&self) -> u64 {
        self.runs()
            .iter()
            .filter_map(|(_, r)| *r)
            .map(|r| r.errors.count)
            .sum::<u64>()
            + self.ceiling.as_ref().map_or(0, |c| c.errors.count)
            + self.anonymous.as_ref().map_or(0, |c| c.errors.count)
            + self.rounds.as_ref().map_or(0, |r| r.errors.count)
            + self.memory.as_ref().map_or(0, |m| m.errors.count)
    }

    fn print(&self) {
        let date = command_output("date", &["-u"]).unwrap_or_else(|| "?".into());
        let loadavg = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
        let n = thousands(self.n as f64);
        println!("Machine: {}  ", machine());
        println!("Services: {}  ", self.facts);
        println!("Server: release build of {}  ", source_version());
        println!(
            "Date: {date} (load average at the end: {})  ",
            loadavg.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
        );
        println!(
            "Command: `cargo build --release -p server && cargo bench -p server --bench exam_load` \
             (XUEFA_LOAD_N={}, XUEFA_LOAD_SAVES={}, XUEFA_LOAD_THINK_MS={})\n",
            self.n,
            self.saves,
            self.think.map_or(0, |t| t.as_millis())
        );
        for f in &self.failures {
            println!("> **Failed:** {f}\n");
        }
        println!("| Measurement | Value | Target |");
        println!("|---|---:|---|");
        let row = |name: String, value: String, target: String| {
            println!("| {name} | {value} | {target} |");
        };
        let b = self.behind.as_ref();
        let c = self.ceiling.as_ref();
        if let Some(b) = b {
            row(
                format!("saveAnswer throughput, write-behind, {n} attempts saving back to back"),
                format!("{} saves/s", thousands(b.throughput())),
                String::new(),
            );
            row(
                "saveAnswer latency p50 / p95 / p99 / max, same run".into(),
                latencies(&b.saves),
                format!("p99 ≤ 50 ms: {}", met(b.saves.p99 <= P99_TARGET)),
            );
        }
        if let Some(p) = &self.behind_paced {
            row(
                format!(
                    "saveAnswer latency p50 / p95 / p99 / max, write-behind, {n} attempts paced \
                     ({} saves/s offered)",
                    thousands(p.throughput())
                ),
                latencies(&p.saves),
                format!("p99 ≤ 50 ms: {}", met(p.saves.p99 <= P99_TARGET)),
            );
        }
        if let Some(c) = c {
            row(
                format!(
                    "`{{ __typename }}` throughput, {} connections, {} s",
                    thousands(c.n as f64),
                    c.window.as_secs()
                ),
                format!("{} requests/s", thousands(c.throughput())),
                String::new(),
            );
            row(
                "`{ __typename }` latency p50 / p95 / p99 / max".into(),
                latencies(&c.stats),
                String::new(),
            );
        }
        if let Some(a) = &self.anonymous {
            row(
                "`{ __typename }` without a token (no caller lookup): throughput, latency p50 / p99".into(),
                format!(
                    "{} requests/s, {} / {}",
                    thousands(a.throughput()),
                    ms(a.stats.p50),
                    ms(a.stats.p99)
                ),
                String::new(),
            );
        }
        if let (Some(b), Some(c)) = (b, c) {
            let ratio = b.throughput() / c.throughput().max(1e-9);
            row(
                "saveAnswer / `{ __typename }` throughput, the two single windows above".into(),
                format!("{ratio:.2}"),
                String::new(),
            );
        }
        if let Some(r) = &self.rounds {
            let each = |f: fn(&Round) -> f64| {
                r.rounds
                    .iter()
                    .map(|x| format!("{:.2}", f(x)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let median = r.median();
            row(
                format!(
                    "**saveAnswer / `{{ __typename }}` throughput, median of {} alternating rounds** \
                     ({} connections, {} s of each per round; rounds: {})",
                    r.rounds.len(),
                    thousands(r.n as f64),
                    r.window.as_secs(),
                    each(Round::ratio)
                ),
                format!("**{median:.2}**"),
                format!("≥ 0.5: {}", met(median >= 0.5)),
            );
            row(
                format!(
                    "saveAnswer / `{{ __typename }}` by CPU per request, median of the same rounds ({})",
                    each(Round::cpu_ratio)
                ),
                format!("{:.2}", r.cpu_median()),
                String::new(),
            );
            row(
                "saveAnswer and `{ __typename }` throughput in the rounds, medians".into(),
                format!(
                    "{} saves/s, {} requests/s",
                    thousands(median_of(&r.rounds, |x| x.saves_per_s)),
                    thousands(median_of(&r.rounds, |x| x.typename_per_s))
                ),
                String::new(),
            );
        }
        for (name, run) in [
            ("synchronous mode as it ships", self.sync.as_ref()),
            ("synchronous mode, idle flusher parked", self.sync_parked.as_ref()),
        ] {
            let Some(s) = run else { continue };
            row(
                format!("saveAnswer throughput, {name}, {n} attempts saving back to back"),
                format!("{} saves/s", thousands(s.throughput())),
                String::new(),
            );
            row(
                format!("saveAnswer latency p50 / p95 / p99 / max, {name}"),
                latencies(&s.saves),
                String::new(),
            );
            if let Some(b) = b {
                let ratio = b.throughput() / s.throughput().max(1e-9);
                row(
                    format!("**write-behind / {name}, saveAnswer throughput**"),
                    format!("**{ratio:.2}**"),
                    format!("≥ 2: {}", met(ratio >= 2.0)),
                );
            }
        }
        if let Some(m) = &self.memory {
            let ok = m.live >= m.target && m.rss.is_some_and(|r| r <= RSS_TARGET_MB);
            row(
                format!(
                    "**server RSS with {} live attempts** (peak of the process so far)",
                    thousands(m.live as f64)
                ),
                format!("**{}** ({})", mib(m.rss), mib(m.peak)),
                format!("≤ 300 MB with 10,000: {}", met(ok && m.target >= 10_000)),
            );
            if let (Some(before), Some(after)) = (self.rss_after_runs, m.rss) {
                row(
                    format!("RSS added by the {} live attempts", thousands(m.live as f64)),
                    format!("{:.0} MB", after - before),
                    String::new(),
                );
            }
        }
        row(
            format!("server RSS: idle after start / after {n} logins / after the timed runs"),
            format!(
                "{} / {} / {}",
                mib(self.rss_idle),
                mib(self.rss_after_logins),
                mib(self.rss_after_runs)
            ),
            String::new(),
        );
        for (name, p) in [
            ("write-behind", &self.behind_probe),
            ("synchronous as it ships", &self.sync_probe),
            ("synchronous, flusher parked", &self.parked_probe),
        ] {
            if let Some(p) = p {
                row(
                    format!(
                        "one learner alone, {name}: saveAnswer p50 / p99, against `{{ __typename }}` p50 / p99"
                    ),
                    format!(
                        "{} / {}, against {} / {}",
                        ms(p.saves.p50),
                        ms(p.saves.p99),
                        ms(p.typename.p50),
                        ms(p.typename.p99)
                    ),
                    String::new(),
                );
            }
        }
        for (name, run) in [("write-behind", b), ("synchronous", self.sync.as_ref())] {
            if let Some(r) = run {
                row(
                    format!("startExam p50 / p99 / max ({name}; {n} at once)"),
                    format!(
                        "{} / {} / {}",
                        ms(r.starts.p50),
                        ms(r.starts.p99),
                        ms(r.starts.max)
                    ),
                    String::new(),
                );
                row(
                    format!("submitExam p50 / p99 / max ({name}; {n} at once)"),
                    format!(
                        "{} / {} / {}",
                        ms(r.submits.p50),
                        ms(r.submits.p99),
                        ms(r.submits.max)
                    ),
                    String::new(),
                );
            }
        }
        if let Some(b) = b {
            row(
                "write-behind stream: peak backlog / drained after the last acknowledgement".into(),
                format!(
                    "{} answers / {}",
                    thousands(b.backlog_peak as f64),
                    b.drained_after.map_or("not within 120 s".into(), ms)
                ),
                String::new(),
            );
        }
        let cpu_row = |name: String, cpu: &CpuShare| {
            let other = (100.0 - cpu.server - cpu.bench - cpu.postgres - cpu.redis - cpu.idle).max(0.0);
            row(
                name,
                format!(
                    "{:.0}% / {:.0}% / {:.0}% / {:.0}% / {:.0}% / {:.0}%",
                    cpu.server, cpu.bench, cpu.postgres, cpu.redis, other, cpu.idle
                ),
                String::new(),
            );
        };
        if let Some(b) = b {
            cpu_row(
                "CPU while saving back to back, write-behind: server / load generator / PostgreSQL / \
                 Redis / other processes / idle"
                    .into(),
                &b.cpu,
            );
        }
        if let Some(c) = c {
            cpu_row("CPU during `{ __typename }`, same split".into(), &c.cpu);
        }
        if let Some(s) = &self.sync {
            cpu_row(
                "CPU while saving back to back, synchronous as it ships, same split".into(),
                &s.cpu,
            );
        }
        if let Some(s) = &self.sync_parked {
            cpu_row(
                "CPU while saving back to back, synchronous with the flusher parked, same split".into(),
                &s.cpu,
            );
        }

        // What a request costs in CPU, and the ratios and throughputs that follow from it on
        // this machine with nothing else running (every phase here is CPU-bound).
        let cores = command_output("nproc", &[])
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(2.0);
        let costs: Vec<(&str, Option<(f64, f64)>)> = vec![
            (
                "saveAnswer, write-behind",
                b.map(|r| r.cpu.per_request(r.saves.count)),
            ),
            ("`{ __typename }`", c.map(|c| c.cpu.per_request(c.stats.count))),
            (
                "`{ __typename }` without a token",
                self.anonymous.as_ref().map(|c| c.cpu.per_request(c.stats.count)),
            ),
            (
                "saveAnswer, synchronous as it ships",
                self.sync.as_ref().map(|r| r.cpu.per_request(r.saves.count)),
            ),
            (
                "saveAnswer, synchronous with the flusher parked",
                self.sync_parked
                    .as_ref()
                    .map(|r| r.cpu.per_request(r.saves.count)),
            ),
        ];
        for (name, cost) in &costs {
            if let Some((stack, client)) = cost {
                row(
                    format!(
                        "CPU per request, {name}: server + PostgreSQL + Redis / load generator \
                         (→ throughput with {cores:.0} cores to themselves)"
                    ),
                    format!(
                        "{stack:.2} ms / {client:.2} ms (→ {} /s)",
                        thousands(cores * 1000.0 / (stack + client))
                    ),
                    String::new(),
                );
            }
        }
        let cost = |i: usize| costs[i].1.map(|(a, b)| a + b);
        if let (Some(save), Some(typename)) = (cost(0), cost(1)) {
            let ratio = typename / save;
            row(
                "saveAnswer / `{ __typename }` by CPU per request (other processes factored out)".into(),
                format!("{ratio:.2}"),
                format!("≥ 0.5: {}", met(ratio >= 0.5)),
            );
        }
        for i in [3, 4] {
            if let (Some(save), Some(sync)) = (cost(0), cost(i)) {
                let ratio = sync / save;
                row(
                    format!(
                        "write-behind / {} by CPU per request",
                        costs[i].0.trim_start_matches("saveAnswer, ")
                    ),
                    format!("{ratio:.2}"),
                    format!("≥ 2: {}", met(ratio >= 2.0)),
                );
            }
        }

        println!();
        for (name, run) in self.runs() {
            if let Some(r) = run {
                println!(
                    "- {name}: {} of {} attempts started, {} saves acknowledged, {} answers in \
                     PostgreSQL before submission and {} after, {} errors",
                    r.starts.count,
                    r.n,
                    r.saves.count,
                    r.stored_before_submit,
                    r.stored_after_submit,
                    r.errors.count
                );
            }
        }
        if let Some(m) = &self.memory {
            println!(
                "- memory: {} of {} attempts started with {LIVE_SAVES} saves each in {} ({} LIVE in the \
                 database), {} errors",
                m.live,
                m.target,
                ms(m.elapsed),
                m.live_in_db,
                m.errors.count
            );
        }
        let firsts = self
            .runs()
            .iter()
            .filter_map(|(_, r)| r.and_then(|r| r.errors.first.clone()))
            .chain(c.and_then(|c| c.errors.first.clone()))
            .chain(self.rounds.as_ref().and_then(|r| r.errors.first.clone()))
            .chain(self.memory.as_ref().and_then(|m| m.errors.first.clone()))
            .collect::<Vec<_>>();
        for first in firsts {
            println!("- first error: {first}");
        }
    }
}
