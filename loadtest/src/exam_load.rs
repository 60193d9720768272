//! `loadtest exam-load` (issue 5, "Speed"): N learners take the exam at once against the
//! server on PostgreSQL + Redis, and the same run measures the stack's ceiling
//! (`{ __typename }`), the synchronous comparison mode and the server's memory with 10,000
//! live attempts.
//!
//! Two servers run side by side, each on a fresh database loaded with `xuefa demo` and its own
//! Redis key prefix: one as deployed (`XUEFA_ANSWER_WRITES=behind`: answers acknowledged from
//! Redis and written to PostgreSQL in batches) and one in the synchronous comparison mode
//! (`XUEFA_ANSWER_WRITES=sync`). Learners are written straight into the database (one shared
//! argon2 hash, on the roster of 蒸湘区司法局, study completed three days ago) and log in over
//! the API. The phases:
//! 0. one learner alone, on each server: its saves one after the other, then `{ __typename }`
//!    one after the other: what a request costs without queueing.
//! 1. saturated, write-behind: N learners start at once; when every paper is out, each saves
//!    `--saves` answers back to back; when every save is acknowledged and the write-behind
//!    stream is drained, each submits. Throughput is saves / wall time of the saving window.
//! 2. ceiling: the same N connections send `{ __typename }` (with a learner's token) back to
//!    back for `--ceiling-secs`, then half as long without a token.
//!    2b. alternating rounds: N more learners start; then `--rounds` times, a window of
//!    `--round-secs` in which each saves back to back (counted until the write-behind stream
//!    has drained) and one of `{ __typename }` on the same connections. The median of the
//!    rounds' ratios is the figure held against the target.
//! 3. saturated, synchronous: phase 1 on the other server, as it ships, then (other learners)
//!    with its idle write-behind flusher parked (`park_flusher`).
//! 4. paced, write-behind: N other learners wait a random 0..2 × `--think-ms` before each save.
//! 5. memory, write-behind: `--live` more learners start an attempt and save 3 answers each
//!    without submitting (tokens written straight into `auth_tokens`); then the server's VmRSS
//!    and VmHWM.
//!
//! The server inherits this process's environment, so allocator settings such as
//! `MALLOC_MMAP_THRESHOLD_` reach it. The servers' logs are kept when something failed.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::ArgAction;
use clap::builder::FalseyValueParser;
use loadtest::procfs::{CpuSample, CpuShare, Postgres};
use loadtest::scenario::{count, postgres_facts, question_keys, redis_facts, sql};
use loadtest::stats::{Latency, Recorder, median, met, ms, thousands};
use loadtest::{Answer, Backend, Call, HttpOptions, ServerProcess, Spread, Stores, Until, workers};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::{Value, json};

const START: &str = "mutation($s: ID!) { startExam(sessionId: $s) { id deadline remainingSeconds questions { id type stem points options { key text } } } }";
const SAVE: &str = "mutation($a: ID!, $q: ID!, $c: [String!]!, $n: Int) { saveAnswer(attemptId: $a, questionId: $q, choices: $c, clientSeq: $n) { saved savedAt remainingSeconds } }";
const SUBMIT: &str = "mutation($a: ID!) { submitExam(attemptId: $a) { attemptId score passed submittedAt } }";
const TYPENAME: &str = r#"{"query":"{ __typename }"}"#;

const UNIT: &str = "蒸湘区司法局";
const PASSWORD: &str = "Kaoshi2026x";

/// Source addresses the clients are spread over: admission gives one address at most an eighth
/// of what the server admits, so the closed-loop phases need more than eight to reach the
/// server's own bounds (64 requests in flight on 2 cores).
const SOURCE_ADDRESSES: usize = 32;

/// Saves per attempt in the memory phase.
const LIVE_SAVES: usize = 3;
/// Learners at work at once in the memory phase.
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

#[derive(clap::Args, Clone, Debug)]
pub struct Options {
    /// Concurrent attempts (N).
    #[arg(long, env = "XUEFA_LOAD_N", default_value_t = 1000)]
    learners: usize,
    /// Saves per attempt.
    #[arg(long, env = "XUEFA_LOAD_SAVES", default_value_t = 50)]
    saves: usize,
    /// Mean think time of the paced phase in ms (0 skips it).
    #[arg(long, env = "XUEFA_LOAD_THINK_MS", default_value_t = 2000)]
    think_ms: u64,
    /// Seconds of `{ __typename }` in the ceiling phase.
    #[arg(long, env = "XUEFA_LOAD_CEILING_SECS", default_value_t = 10)]
    ceiling_secs: u64,
    /// Alternating rounds of saves and `{ __typename }` (0 skips them).
    #[arg(long, env = "XUEFA_LOAD_ROUNDS", default_value_t = 7)]
    rounds: usize,
    /// Seconds of each window of a round.
    #[arg(long, env = "XUEFA_LOAD_ROUND_SECS", default_value_t = 3)]
    round_secs: u64,
    /// Live attempts of the memory phase (0 skips it).
    #[arg(long, env = "XUEFA_LOAD_LIVE", default_value_t = 10_000)]
    live: u64,
    /// Most seconds the memory phase's starts may take.
    #[arg(long, env = "XUEFA_LOAD_LIVE_MAX_SECS", default_value_t = 900)]
    live_max_secs: u64,
    /// Also measure the synchronous mode (a second server).
    #[arg(long, env = "XUEFA_LOAD_SYNC", default_value = "1", action = ArgAction::Set, value_parser = FalseyValueParser::new())]
    sync: bool,
    #[command(flatten)]
    services: loadtest::scenario::Services,
}

pub async fn run(o: Options) -> Result<bool, String> {
    let bin = o.services.server_binary()?;
    let backend = o.services.postgres().await?;
    let facts = format!(
        "{}; {}",
        postgres_facts(
            &o.services.database_url,
            &["fsync", "synchronous_commit", "shared_buffers", "autovacuum"]
        )
        .await,
        redis_facts(&o.services.redis_url).await
    );
    eprintln!(
        "server {}; N = {}, {} saves each",
        bin.display(),
        o.learners,
        o.saves
    );
    let hash = xuefa::auth::password::hash(PASSWORD.to_owned())
        .await
        .map_err(|e| format!("argon2: {e:?}"))?;
    let mut report = Report {
        facts,
        ..Default::default()
    };

    // Both servers run side by side, so that the phases compared with each other (write-behind,
    // `{ __typename }`, synchronous) follow one another closely on this shared machine.
    let behind = Server::start(&bin, &backend, "behind").await;
    let sync = if o.sync {
        Some(Server::start(&bin, &backend, "sync").await)
    } else {
        None
    };
    let outcome = async {
        let server = behind.as_ref().map_err(Clone::clone)?;
        let sync = match &sync {
            Some(Ok(s)) => Some(s),
            Some(Err(e)) => return Err(format!("synchronous server: {e}")),
            None => None,
        };
        phases(&o, &hash, server, sync, &mut report).await
    }
    .await;
    let mut ok = true;
    if let Err(why) = outcome {
        eprintln!("{why}");
        report.failures.push(why);
        ok = false;
    }
    let keep_logs = !ok || report.error_count() > 0;
    for server in [sync, Some(behind)].into_iter().flatten().flatten() {
        server.stop(keep_logs).await;
    }
    report.print(&o);
    Ok(ok)
}

async fn phases(
    o: &Options,
    hash: &str,
    server: &Server,
    sync: Option<&Server>,
    report: &mut Report,
) -> Result<(), String> {
    report.rss_idle = server.process.rss_mib();

    eprintln!("== one learner alone");
    report.behind_probe = Some(probe(server, hash, PHONES_PROBE, o.saves).await?);
    if let Some(s) = sync {
        report.sync_probe = Some(probe(s, hash, PHONES_PROBE, o.saves).await?);
    }

    eprintln!("== logging in");
    let tokens = server.seed_and_login(hash, PHONES_SATURATED, o.learners).await?;
    report.rss_after_logins = server.process.rss_mib();
    let sync_tokens = match sync {
        Some(s) => Some((
            s.seed_and_login(hash, PHONES_SATURATED, o.learners).await?,
            s.seed_and_login(hash, PHONES_PACED, o.learners).await?,
        )),
        None => None,
    };

    eprintln!("== write-behind, saturated, then the ceiling");
    hammer(server, &tokens, Duration::from_secs(2), false).await;
    report.behind = Some(attempts(server, &tokens, o.saves, None).await);
    let ceiling = Duration::from_secs(o.ceiling_secs);
    report.ceiling = Some(hammer(server, &tokens, ceiling, false).await);
    report.anonymous = Some(hammer(server, &tokens, ceiling / 2, true).await);
    if o.rounds > 0 {
        eprintln!("== alternating rounds of saveAnswer and `{{ __typename }}`");
        report.rounds = Some(rounds(server, hash, o).await?);
    }

    if let (Some(s), Some((first, second))) = (sync, &sync_tokens) {
        eprintln!("== synchronous as it ships, saturated");
        hammer(s, first, Duration::from_secs(2), false).await;
        report.sync = Some(attempts(s, first, o.saves, None).await);
        eprintln!("== synchronous with the flusher parked");
        park_flusher(s).await?;
        report.parked_probe = Some(probe(s, hash, PHONES_PROBE + 1, o.saves).await?);
        hammer(s, second, Duration::from_secs(2), false).await;
        report.sync_parked = Some(attempts(s, second, o.saves, None).await);
    }

    if o.think_ms > 0 {
        eprintln!("== write-behind, paced");
        let tokens = server.seed_and_login(hash, PHONES_PACED, o.learners).await?;
        let think = Duration::from_millis(o.think_ms);
        report.behind_paced = Some(attempts(server, &tokens, o.saves, Some(think)).await);
    }
    report.rss_after_runs = server.process.rss_mib();
    if o.live > 0 {
        eprintln!("== write-behind, {} live attempts", o.live);
        report.memory = Some(memory(server, hash, o).await?);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The server under test

struct Server {
    process: ServerProcess,
    stores: Stores,
    /// The scenario's own connection to the server's database, for seeding and checks.
    db: DatabaseConnection,
    http: Spread,
    /// The demo's unit, its open MAIN session (API id) and the campaign.
    unit_id: i32,
    session: String,
    campaign_id: i32,
}

impl Server {
    /// A fresh database with the demo data, and `xuefa serve` on it in `mode`.
    async fn start(bin: &std::path::Path, backend: &Backend, mode: &str) -> Result<Server, String> {
        let stores = Stores::create(backend, "xuefa_load").await?;
        eprintln!(
            "== {mode}: loading the demo into {}",
            stores.database_name().unwrap_or_default()
        );
        stores.load(bin, &["demo"]).await?;
        let process = stores
            .serve(
                bin,
                mode,
                &[
                    ("XUEFA_ANSWER_WRITES", mode.to_owned()),
                    ("XUEFA_TOKEN_TTL_SECONDS", (30 * 24 * 3600).to_string()),
                    ("XUEFA_SHUTDOWN_GRACE_SECONDS", "2".into()),
                ],
            )
            .await?;
        let db = stores.connect().await?;
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
        Ok(Server {
            http: Spread::new(
                &process.base,
                SOURCE_ADDRESSES,
                &HttpOptions::pooled(Duration::from_secs(120)),
            )?,
            unit_id: get("unit_id")?,
            session: xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::ExamSession, get("session_id")?)
                .0,
            campaign_id: get("campaign_id")?,
            process,
            stores,
            db,
        })
    }

    /// SIGTERM, then the database and the Redis keys go (the log stays with `keep_logs`).
    async fn stop(self, keep_logs: bool) {
        self.process.stop().await;
        self.db.close().await.ok();
        self.stores.finish(false, keep_logs).await;
    }

    fn cpu(&self) -> CpuSample {
        CpuSample::now(self.process.pid, Postgres::Databases("xuefa_load_"))
    }

    /// Puts `count` learners on the unit's roster with study points completed three days ago,
    /// all with the same password hash (no forced change).
    async fn seed(&self, hash: &str, first_phone: i64, count: usize) -> Result<(), String> {
        let last = phone(first_phone, count.saturating_sub(1));
        let first = phone(first_phone, 0);
        let completed = (xuefa::infra::clock::today() - chrono::Duration::days(3)).to_string();
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
                vec![self.unit_id.into(), first.clone().into(), last.clone().into()],
            ),
            sql(
                "INSERT INTO study_progress (learner_id, campaign_id, total_points, completed_on, updated_at) \
                 SELECT l.id, $1, 100, $2::date, now() FROM learners l JOIN accounts a ON a.id = l.account_id \
                 WHERE a.phone BETWEEN $3 AND $4",
                vec![
                    self.campaign_id.into(),
                    completed.into(),
                    first.into(),
                    last.into(),
                ],
            ),
        ];
        for statement in statements {
            self.db
                .execute_raw(statement)
                .await
                .map_err(|e| format!("seeding learners: {e}"))?;
        }
        Ok(())
    }

    /// Seeds `count` learners and logs each in once over the API, 16 at a time.
    async fn seed_and_login(
        &self,
        hash: &str,
        first_phone: i64,
        count: usize,
    ) -> Result<Vec<String>, String> {
        let started = Instant::now();
        self.seed(hash, first_phone, count).await?;
        let seeded = started.elapsed();
        let logins = Arc::new(Logins {
            http: self.http.clone(),
            first_phone,
            tokens: Mutex::new(vec![String::new(); count]),
            failed: Mutex::new(None),
        });
        let took = workers(
            &logins,
            LOGIN_CONCURRENCY,
            Until::total(count as u64),
            |l, call| async move {
                let i = call.index as usize;
                match l.http.login(&phone(l.first_phone, i), PASSWORD).await {
                    Ok(token) => {
                        if let Ok(mut tokens) = l.tokens.lock()
                            && let Some(slot) = tokens.get_mut(i)
                        {
                            *slot = token;
                        }
                    }
                    Err(e) => {
                        if let Ok(mut failed) = l.failed.lock() {
                            failed.get_or_insert(e);
                        }
                    }
                }
            },
        )
        .await;
        if let Some(e) = logins.failed.lock().ok().and_then(|f| f.clone()) {
            return Err(e);
        }
        eprintln!(
            "{count} learners seeded in {} and logged in in {}",
            ms(seeded),
            ms(took)
        );
        Ok(logins.tokens.lock().map(|t| t.clone()).unwrap_or_default())
    }

    /// Tokens written straight into `auth_tokens` as a login writes them (for the learners of
    /// the memory phase and the rounds, to spare as many argon2 verifications).
    async fn direct_tokens(&self, first_phone: i64, count: usize) -> Result<Vec<String>, String> {
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
            self.db
                .execute_unprepared(&format!(
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

    /// Answers of these attempts in PostgreSQL.
    async fn stored_answers(&self, attempts: &[i32]) -> i64 {
        if attempts.is_empty() {
            return 0;
        }
        let list: Vec<String> = attempts.iter().map(i32::to_string).collect();
        let text = format!(
            "SELECT count(*) AS n FROM attempt_answers WHERE attempt_id IN ({})",
            list.join(",")
        );
        count(&self.db, &text, vec![]).await.unwrap_or(-1)
    }
}

fn phone(first: i64, i: usize) -> String {
    (first + i as i64).to_string()
}

/// The logins' workers' context.
struct Logins {
    http: Spread,
    first_phone: i64,
    tokens: Mutex<Vec<String>>,
    failed: Mutex<Option<String>>,
}

// ---------------------------------------------------------------------------------------------
// The phases' requests

/// A paper as the client keeps it: the attempt, and each question's id and shown labels.
struct Paper {
    attempt: String,
    questions: Vec<(String, Vec<String>)>,
}

fn paper_of(data: Value) -> Result<Paper, String> {
    let a = &data["startExam"];
    let attempt = a["id"].as_str().ok_or("no attempt id")?.to_owned();
    let questions = a["questions"]
        .as_array()
        .ok_or("no questions")?
        .iter()
        .map(question_keys)
        .collect();
    Ok(Paper { attempt, questions })
}

fn save_body(attempt: &str, question: &str, labels: &[String], seq: u64) -> String {
    let pick = labels
        .get(rand::random_range(0..labels.len().max(1)))
        .cloned()
        .unwrap_or_else(|| "A".into());
    json!({"query": SAVE, "variables": {"a": attempt, "q": question, "c": [pick], "n": seq}}).to_string()
}

/// Learners with their tokens and (once started) papers: the context of the phases' workers.
struct Learners {
    http: Spread,
    rec: Recorder,
    session: String,
    tokens: Arc<Vec<String>>,
    papers: Arc<Vec<Option<Paper>>>,
    /// Filled by `start_all`.
    started: Mutex<Vec<Option<Paper>>>,
    /// How saves go: the first `clientSeq`, whether a learner cycles through its paper (else
    /// it stops after its last question), and the mean think time before each.
    seq_base: u64,
    cycle: bool,
    think: Option<Duration>,
}

impl Learners {
    fn new(server: &Server, tokens: Vec<String>) -> Learners {
        Learners {
            http: server.http.clone(),
            rec: Recorder::default(),
            session: server.session.clone(),
            papers: Arc::new(tokens.iter().map(|_| None).collect()),
            tokens: Arc::new(tokens),
            started: Mutex::default(),
            seq_base: 1,
            cycle: false,
            think: None,
        }
    }

    /// The learners whose start gave a paper, with their papers.
    fn with_papers(&self, papers: Vec<Option<Paper>>) -> Learners {
        let (tokens, papers): (Vec<String>, Vec<Option<Paper>>) = self
            .tokens
            .iter()
            .cloned()
            .zip(papers)
            .filter(|(_, p)| p.as_ref().is_some_and(|p| !p.questions.is_empty()))
            .unzip();
        Learners {
            tokens: Arc::new(tokens),
            papers: Arc::new(papers),
            ..self.again()
        }
    }

    /// The same learners and papers, counted afresh.
    fn again(&self) -> Learners {
        Learners {
            http: self.http.clone(),
            rec: Recorder::default(),
            session: self.session.clone(),
            tokens: self.tokens.clone(),
            papers: self.papers.clone(),
            started: Mutex::default(),
            seq_base: self.seq_base,
            cycle: self.cycle,
            think: self.think,
        }
    }

    fn attempt_ids(&self) -> Vec<i32> {
        self.papers
            .iter()
            .flatten()
            .filter_map(|p| xuefa::graphql::ids::parse(&p.attempt).map(|(_, id)| id))
            .collect()
    }
}

/// Every learner starts (or resumes) its attempt at once; the papers, by learner.
async fn start_all(l: &Arc<Learners>) -> (Vec<Option<Paper>>, Duration) {
    if let Ok(mut started) = l.started.lock() {
        *started = l.tokens.iter().map(|_| None).collect();
    }
    let took = workers(l, l.tokens.len(), Until::each(1), |l, call| async move {
        let token = &l.tokens[call.worker];
        if let Some(paper) = start_one(&l, token).await
            && let Ok(mut started) = l.started.lock()
            && let Some(slot) = started.get_mut(call.worker)
        {
            *slot = Some(paper);
        }
    })
    .await;
    let papers = l
        .started
        .lock()
        .map(|mut s| std::mem::take(&mut *s))
        .unwrap_or_default();
    (papers, took)
}

/// How long a learner keeps asking to start while the server sheds the burst.
const START_PATIENCE: Duration = Duration::from_secs(60);

/// One learner's `startExam`, sent again with back-off (jittered, doubling to 2 s) while the
/// server answers BUSY, as the exam page does: every learner starts, so the save rounds
/// measure every attempt and not only those that won the burst. Every try is recorded (a BUSY
/// try counts as that operation's error).
async fn start_one(l: &Learners, token: &str) -> Option<Paper> {
    let body = json!({"query": START, "variables": {"s": l.session}}).to_string();
    let until = Instant::now() + START_PATIENCE;
    let mut backoff = Duration::from_millis(100);
    loop {
        let sent = Instant::now();
        match l.http.post(Some(token), body.clone()).await {
            Answer::Data(data) => {
                let took = sent.elapsed();
                return match paper_of(data) {
                    Ok(paper) => {
                        l.rec.ok("startExam", took, l.rec.elapsed());
                        Some(paper)
                    }
                    Err(why) => {
                        l.rec.failed("startExam", "UNEXPECTED", &why);
                        None
                    }
                };
            }
            Answer::Error { code, message } => {
                if code != "BUSY" || Instant::now() + backoff >= until {
                    l.rec.failed("startExam", &code, &message);
                    return None;
                }
                l.rec.error("startExam", &code);
                let jitter = rand::random_range(0.5..1.5);
                tokio::time::sleep(backoff.mul_f64(jitter)).await;
                backoff = (backoff * 2).min(Duration::from_secs(2));
            }
        }
    }
}

/// One save of a learner: its paper's next question (think time first, when paced).
async fn save(l: Arc<Learners>, call: Call) {
    let Some(paper) = &l.papers[call.worker] else {
        return;
    };
    let len = paper.questions.len() as u64;
    if len == 0 || (!l.cycle && call.k >= len) {
        return;
    }
    if let Some(think) = l.think {
        let wait = rand::random_range(0..=2 * think.as_millis() as u64);
        tokio::time::sleep(Duration::from_millis(wait)).await;
    }
    let (question, labels) = &paper.questions[(call.k % len) as usize];
    let body = save_body(&paper.attempt, question, labels, l.seq_base + call.k);
    l.rec
        .timed(
            "saveAnswer",
            l.http.post(Some(&l.tokens[call.worker]), body),
            |d| {
                if d["saveAnswer"]["saved"] == true {
                    Ok(())
                } else {
                    Err(format!("not saved: {d}"))
                }
            },
        )
        .await;
}

/// Every learner with a paper submits at once.
async fn submit_all(l: &Arc<Learners>) -> Duration {
    workers(l, l.tokens.len(), Until::each(1), |l, call| async move {
        let Some(paper) = &l.papers[call.worker] else {
            return;
        };
        let body = json!({"query": SUBMIT, "variables": {"a": paper.attempt}}).to_string();
        l.rec
            .timed(
                "submitExam",
                l.http.post(Some(&l.tokens[call.worker]), body),
                |_| Ok(()),
            )
            .await;
    })
    .await
}

/// One run of N attempts: start, saves, submit.
#[derive(Default)]
struct AttemptRun {
    n: usize,
    starts: Latency,
    saves: Latency,
    saves_window: Duration,
    submits: Latency,
    errors: u64,
    first_error: Option<String>,
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

/// N learners at once: every start, then (when all papers are out) every learner's saves,
/// then (when the write-behind stream is drained) every submission.
async fn attempts(server: &Server, tokens: &[String], saves: usize, think: Option<Duration>) -> AttemptRun {
    let label = match think {
        Some(t) => format!("paced (think 0..{} ms)", 2 * t.as_millis()),
        None => "saturated".into(),
    };
    let mut run = AttemptRun {
        n: tokens.len(),
        ..Default::default()
    };
    let learners = Arc::new(Learners::new(server, tokens.to_vec()));
    let (papers, took) = start_all(&learners).await;
    run.starts = learners.rec.summary("startExam").latency();
    eprintln!(
        "{label}: {} attempts started in {} (p50 {}, p99 {})",
        run.starts.count,
        ms(took),
        ms(run.starts.p50),
        ms(run.starts.p99)
    );

    // Saves, with the write-behind backlog watched.
    let saving = Arc::new(Learners {
        think,
        ..learners.with_papers(papers)
    });
    let watch = server.stores.watch_backlog(Duration::from_millis(100));
    let cpu_before = server.cpu();
    run.saves_window = workers(&saving, saving.tokens.len(), Until::each(saves as u64), save).await;
    run.cpu = server.cpu().share_since(&cpu_before);
    let last_ack = Instant::now();
    run.backlog_peak = watch.stop().await;
    run.saves = saving.rec.summary("saveAnswer").latency();
    if server
        .stores
        .drained(Duration::from_secs(120), Duration::from_millis(20))
        .await
    {
        run.drained_after = Some(last_ack.elapsed());
    }
    let attempt_ids = saving.attempt_ids();
    run.stored_before_submit = server.stored_answers(&attempt_ids).await;
    eprintln!(
        "{label}: {} saves in {} = {:.0}/s; {}; backlog peak {}, drained {} after the last ack; {} of them in PostgreSQL before submit",
        run.saves.count,
        ms(run.saves_window),
        run.throughput(),
        run.saves.brief(),
        run.backlog_peak,
        run.drained_after.map_or("not".into(), ms),
        run.stored_before_submit
    );
    eprintln!(
        "{label}: CPU while saving (share of all cores): server {:.0}%, load generator {:.0}%, PostgreSQL {:.0}%, Redis {:.0}%, idle {:.0}%",
        run.cpu.server, run.cpu.tool, run.cpu.postgres, run.cpu.redis, run.cpu.idle
    );

    // Submissions.
    let took = submit_all(&saving).await;
    run.submits = saving.rec.summary("submitExam").latency();
    run.stored_after_submit = server.stored_answers(&attempt_ids).await;
    run.errors = learners.rec.error_count() + saving.rec.error_count();
    run.first_error = learners.rec.first_error().or_else(|| saving.rec.first_error());
    eprintln!(
        "{label}: {} submitted in {} (p50 {}, p99 {}); {} answers stored; {} errors",
        run.submits.count,
        ms(took),
        ms(run.submits.p50),
        ms(run.submits.p99),
        run.stored_after_submit,
        run.errors
    );
    run
}

/// One learner alone on the server: its saves one after the other, then `{ __typename }` one
/// after the other for 2 s. What a request costs without any queueing.
#[derive(Clone, Copy, Default)]
struct Probe {
    saves: Latency,
    typename: Latency,
}

async fn probe(server: &Server, hash: &str, phone: i64, saves: usize) -> Result<Probe, String> {
    let tokens = server.seed_and_login(hash, phone, 1).await?;
    let run = attempts(server, &tokens, saves, None).await;
    if let Some(e) = run.first_error {
        return Err(format!("one learner alone: {e}"));
    }
    let typename = hammer(server, &tokens, Duration::from_secs(2), false).await;
    if let Some(e) = typename.first_error {
        return Err(format!("one learner alone: {e}"));
    }
    let p = Probe {
        saves: run.saves,
        typename: typename.latency,
    };
    eprintln!(
        "one learner alone: saveAnswer p50 / p99, against __typename p50 / p99: {}",
        p.figures()
    );
    Ok(p)
}

impl Probe {
    /// "save p50 / p99, against __typename p50 / p99".
    fn figures(&self) -> String {
        format!(
            "{} / {}, against {} / {}",
            ms(self.saves.p50),
            ms(self.saves.p99),
            ms(self.typename.p50),
            ms(self.typename.p99)
        )
    }
}

/// Diagnostic for the synchronous mode: the server's write-behind flusher keeps running there
/// although nothing is queued, and its `XREADGROUP ... BLOCK 200` shares the multiplexed Redis
/// connection with every save, which then waits for the block to time out. Replacing the
/// (unused) stream key by a string makes the flusher's reads fail at once, and it sleeps a
/// second between attempts: the synchronous mode without that stall.
async fn park_flusher(server: &Server) -> Result<(), String> {
    let mut c = server.stores.redis().ok_or("no Redis")?;
    let key = server.stores.stream_key();
    redis::pipe()
        .atomic()
        .cmd("DEL")
        .arg(&key)
        .ignore()
        .cmd("SET")
        .arg(&key)
        .arg("parked by loadtest exam-load")
        .ignore()
        .query_async::<()>(&mut c)
        .await
        .map_err(|e| format!("parking the flusher: {e}"))?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    eprintln!("sync: flusher parked (its stream key is now a string)");
    Ok(())
}

#[derive(Default)]
struct Ceiling {
    n: usize,
    window: Duration,
    latency: Latency,
    errors: u64,
    first_error: Option<String>,
    cpu: CpuShare,
}

impl Ceiling {
    fn throughput(&self) -> f64 {
        self.latency.count as f64 / self.window.as_secs_f64().max(1e-9)
    }
}

/// Every token sends `{ __typename }` back to back until `duration` is over (without the
/// token with `anonymous`: no caller lookup on the server). Also the warm-up before a
/// measured phase, so that it finds the connections open and the server's pools filled.
async fn hammer(server: &Server, tokens: &[String], duration: Duration, anonymous: bool) -> Ceiling {
    let n = tokens.len();
    let learners = Arc::new(Learners::new(
        server,
        if anonymous { Vec::new() } else { tokens.to_vec() },
    ));
    let before = server.cpu();
    let window = workers(&learners, n, Until::elapsed(duration), |l, call| async move {
        let token = l.tokens.get(call.worker).map(String::as_str);
        l.rec
            .timed("__typename", l.http.post(token, TYPENAME.to_owned()), |_| Ok(()))
            .await;
    })
    .await;
    let c = Ceiling {
        n,
        window,
        latency: learners.rec.summary("__typename").latency(),
        errors: learners.rec.error_count(),
        first_error: learners.rec.first_error(),
        cpu: server.cpu().share_since(&before),
    };
    eprintln!(
        "__typename{}: {} in {} = {:.0}/s; {}; CPU server {:.0}%, load generator {:.0}%, PostgreSQL {:.0}%",
        if anonymous { " without a token" } else { "" },
        c.latency.count,
        ms(c.window),
        c.throughput(),
        c.latency.brief(),
        c.cpu.server,
        c.cpu.tool,
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
    errors: u64,
    first_error: Option<String>,
}

impl Rounds {
    fn median(&self, f: fn(&Round) -> f64) -> f64 {
        median(self.rounds.iter().map(f).collect())
    }
}

/// N more learners start an attempt; then `--rounds` rounds of a window in which each saves
/// back to back, cycling through its paper (measured until the write-behind stream has
/// drained), and a window of `{ __typename }` on the same connections; then every attempt is
/// submitted.
async fn rounds(server: &Server, hash: &str, o: &Options) -> Result<Rounds, String> {
    let n = o.learners;
    let window = Duration::from_secs(o.round_secs);
    server.seed(hash, PHONES_ROUNDS, n).await?;
    let tokens = server.direct_tokens(PHONES_ROUNDS, n).await?;
    let mut result = Rounds {
        n,
        window,
        ..Default::default()
    };
    let starting = Arc::new(Learners::new(server, tokens.clone()));
    let (papers, _) = start_all(&starting).await;
    let learners = starting.with_papers(papers);
    hammer(server, &tokens, Duration::from_secs(2), false).await;
    let mut recorders = vec![starting.rec.error_count()];
    let mut first_error = starting.rec.first_error();

    for round in 0..o.rounds {
        let saving = Arc::new(Learners {
            // Above every earlier round's numbers: each save is the newest of its question.
            seq_base: (round as u64 + 1) * 1_000_000,
            cycle: true,
            ..learners.again()
        });
        let before = server.cpu();
        let started = Instant::now();
        workers(&saving, saving.tokens.len(), Until::elapsed(window), save).await;
        // The window ends when the last save is in PostgreSQL: what the flusher still owes
        // counts against the saves, in time and in CPU.
        server
            .stores
            .drained(Duration::from_secs(60), Duration::from_millis(20))
            .await;
        let saves_window = started.elapsed();
        let saved = saving.rec.summary("saveAnswer").count;
        let save_cpu = server.cpu().share_since(&before).per_request(saved);

        let typename = hammer(server, &tokens, window, false).await;
        let typename_cpu = typename.cpu.per_request(typename.latency.count);
        recorders.extend([saving.rec.error_count(), typename.errors]);
        first_error = first_error
            .or_else(|| saving.rec.first_error())
            .or(typename.first_error.clone());
        let r = Round {
            saves_per_s: saved as f64 / saves_window.as_secs_f64().max(1e-9),
            typename_per_s: typename.throughput(),
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

    let submitting = Arc::new(learners.again());
    submit_all(&submitting).await;
    recorders.push(submitting.rec.error_count());
    result.errors = recorders.iter().sum();
    result.first_error = first_error.or_else(|| submitting.rec.first_error());
    eprintln!(
        "rounds: median {:.2} (by CPU {:.2}); {} errors",
        result.median(Round::ratio),
        result.median(Round::cpu_ratio),
        result.errors
    );
    Ok(result)
}

#[derive(Default)]
struct Memory {
    target: u64,
    live: u64,
    elapsed: Duration,
    rss: Option<f64>,
    peak: Option<f64>,
    errors: u64,
    first_error: Option<String>,
    live_in_db: i64,
}

/// The memory phase's workers' context: the learners' tokens, taken in turn.
struct Living {
    learners: Learners,
    started: Instant,
    limit: Duration,
    live: AtomicU64,
}

/// `--live` more learners start an attempt and save a few answers, none submits.
async fn memory(server: &Server, hash: &str, o: &Options) -> Result<Memory, String> {
    let target = o.live;
    let started = Instant::now();
    server.seed(hash, PHONES_LIVE, target as usize).await?;
    let tokens = server.direct_tokens(PHONES_LIVE, target as usize).await?;
    eprintln!(
        "memory: {target} learners seeded with tokens in {}",
        ms(started.elapsed())
    );
    let living = Arc::new(Living {
        learners: Learners::new(server, tokens),
        started: Instant::now(),
        limit: Duration::from_secs(o.live_max_secs),
        live: AtomicU64::new(0),
    });
    let elapsed = workers(
        &living,
        LIVE_CONCURRENCY,
        Until::total(target),
        |m, call| async move {
            if m.started.elapsed() > m.limit {
                return;
            }
            let l = &m.learners;
            let token = &l.tokens[call.index as usize];
            let body = json!({"query": START, "variables": {"s": l.session}}).to_string();
            let Some(paper) = l
                .rec
                .timed("startExam", l.http.post(Some(token), body), paper_of)
                .await
            else {
                return;
            };
            for (seq, (question, labels)) in paper.questions.iter().take(LIVE_SAVES).enumerate() {
                let body = save_body(&paper.attempt, question, labels, seq as u64 + 1);
                l.rec
                    .timed("saveAnswer", l.http.post(Some(token), body), |_| Ok(()))
                    .await;
            }
            let n = m.live.fetch_add(1, Ordering::Relaxed) + 1;
            if n.is_multiple_of(1000) {
                eprintln!("memory: {n} attempts live after {}", ms(m.started.elapsed()));
            }
        },
    )
    .await;
    // Let the write-behind stream drain and the server settle.
    server
        .stores
        .drained(Duration::from_secs(60), Duration::from_millis(100))
        .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let memory = Memory {
        target,
        live: living.live.load(Ordering::Relaxed),
        elapsed,
        rss: server.process.rss_mib(),
        peak: peak_rss(&server.process),
        errors: living.learners.rec.error_count(),
        first_error: living.learners.rec.first_error(),
        live_in_db: count(
            &server.db,
            "SELECT count(*) AS n FROM exam_attempts WHERE status = 'LIVE'",
            vec![],
        )
        .await
        .unwrap_or(-1),
    };
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

/// The server process's highest resident memory so far, MiB.
fn peak_rss(process: &ServerProcess) -> Option<f64> {
    Some(process.peak_rss_mib()).filter(|p| *p > 0.0)
}

// ---------------------------------------------------------------------------------------------
// The report

fn mib(v: Option<f64>) -> String {
    v.map_or("?".into(), |v| format!("{v:.0} MB"))
}

#[derive(Default)]
struct Report {
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

impl Report {
    fn runs(&self) -> [(&'static str, Option<&AttemptRun>); 4] {
        [
            ("write-behind", self.behind.as_ref()),
            ("write-behind paced", self.behind_paced.as_ref()),
            ("synchronous", self.sync.as_ref()),
            ("synchronous, flusher parked", self.sync_parked.as_ref()),
        ]
    }

    fn error_count(&self) -> u64 {
        self.runs()
            .iter()
            .filter_map(|(_, r)| *r)
            .map(|r| r.errors)
            .sum::<u64>()
            + self.ceiling.as_ref().map_or(0, |c| c.errors)
            + self.anonymous.as_ref().map_or(0, |c| c.errors)
            + self.rounds.as_ref().map_or(0, |r| r.errors)
            + self.memory.as_ref().map_or(0, |m| m.errors)
    }

    #[allow(clippy::too_many_lines)]
    fn print(&self, o: &Options) {
        let loadavg = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
        let n = thousands(o.learners as f64);
        println!("Machine: {}  ", loadtest::machine());
        println!("Services: {}  ", self.facts);
        println!(
            "Server: {} build of {}  ",
            if o.services.debug { "debug" } else { "release" },
            loadtest::scenario::source_version()
        );
        println!(
            "Date: {} UTC (load average at the end: {})  ",
            chrono::Utc::now().format("%Y-%m-%d %H:%M:%S"),
            loadavg.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
        );
        println!(
            "Command: `cargo build --release -p server -p loadtest && target/release/loadtest exam-load` \
             (XUEFA_LOAD_N={}, XUEFA_LOAD_SAVES={}, XUEFA_LOAD_THINK_MS={})\n",
            o.learners, o.saves, o.think_ms
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
                b.saves.four(),
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
                p.saves.four(),
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
                c.latency.four(),
                String::new(),
            );
        }
        if let Some(a) = &self.anonymous {
            row(
                "`{ __typename }` without a token (no caller lookup): throughput, latency p50 / p99".into(),
                format!(
                    "{} requests/s, {} / {}",
                    thousands(a.throughput()),
                    ms(a.latency.p50),
                    ms(a.latency.p99)
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
            let median = r.median(Round::ratio);
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
                format!("{:.2}", r.median(Round::cpu_ratio)),
                String::new(),
            );
            row(
                "saveAnswer and `{ __typename }` throughput in the rounds, medians".into(),
                format!(
                    "{} saves/s, {} requests/s",
                    thousands(r.median(|x| x.saves_per_s)),
                    thousands(r.median(|x| x.typename_per_s))
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
                s.saves.four(),
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
                    p.figures(),
                    String::new(),
                );
            }
        }
        for (name, run) in [("write-behind", b), ("synchronous", self.sync.as_ref())] {
            if let Some(r) = run {
                for (op, l) in [("startExam", &r.starts), ("submitExam", &r.submits)] {
                    row(
                        format!("{op} p50 / p99 / max ({name}; {n} at once)"),
                        format!("{} / {} / {}", ms(l.p50), ms(l.p99), ms(l.max)),
                        String::new(),
                    );
                }
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
            row(
                name,
                format!(
                    "{:.0}% / {:.0}% / {:.0}% / {:.0}% / {:.0}% / {:.0}%",
                    cpu.server,
                    cpu.tool,
                    cpu.postgres,
                    cpu.redis,
                    cpu.other(),
                    cpu.idle
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
        let cores = std::thread::available_parallelism().map_or(2.0, |n| n.get() as f64);
        let costs: Vec<(&str, Option<(f64, f64)>)> = vec![
            (
                "saveAnswer, write-behind",
                b.map(|r| r.cpu.per_request(r.saves.count)),
            ),
            ("`{ __typename }`", c.map(|c| c.cpu.per_request(c.latency.count))),
            (
                "`{ __typename }` without a token",
                self.anonymous
                    .as_ref()
                    .map(|c| c.cpu.per_request(c.latency.count)),
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
                    r.errors
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
                m.errors
            );
        }
        let firsts = self
            .runs()
            .iter()
            .filter_map(|(_, r)| r.and_then(|r| r.first_error.clone()))
            .chain(c.and_then(|c| c.first_error.clone()))
            .chain(self.rounds.as_ref().and_then(|r| r.first_error.clone()))
            .chain(self.memory.as_ref().and_then(|m| m.first_error.clone()))
            .collect::<Vec<_>>();
        for first in firsts {
            println!("- first error: {first}");
        }
    }
}
