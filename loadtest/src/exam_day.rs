//! The exam-day scenario and its verification.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use loadtest::scenario::sql;
use loadtest::services::{OwnRedis, run_xuefa, server_binary, wipe_prefix};
use loadtest::stats::{Recorder, ms, table};
use loadtest::{Answer, FreshDatabase, Http, ServerProcess, ServerSpec, procfs};
use rand::Rng;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::{Value, json};
use tokio::time::Instant;

const LOGIN: &str = "mutation Login($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token expiresAt mustChangePassword account { id name phone } } }";
const ME: &str = "query Me { me { id name phone mustChangePassword roles { role } learner { id name rank status retirementDate unit { id name hasInternet } } } }";
const HOME: &str = "query Home { currentCampaign { id year title readerTitle requiredPoints passScore durationMinutes mainWindow { start end } makeupWindow { start end } } notices(first: 5) { totalCount nodes { id title body postedAt region { name } } } }";
const STANDING: &str = "query MyStanding($campaignId: ID!) { myStudy(campaignId: $campaignId) { total required eligible completedOn byCategory { category points cap required } } myEligibility(campaignId: $campaignId) { mayStartNow liveAttemptId obstacle reason fromDay studyDeadline openSession { id kind startsAt endsAt centreName } nextSession { id kind startsAt endsAt centreName } } }";
const OVERVIEW: &str = "query ExamOverview($campaignId: ID!) { examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName } myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed } myEligibility(campaignId: $campaignId) { mayStartNow liveAttemptId obstacle reason fromDay studyDeadline openSession { id kind startsAt endsAt centreName } nextSession { id kind startsAt endsAt centreName } } }";
const START: &str = "mutation StartExam($sessionId: ID!) { startExam(sessionId: $sessionId) { id } }";
const PAPER: &str = "query ExamPaper($id: ID!) { examAttempt(id: $id) { id kind status startedAt deadline remainingSeconds questions { id type stem points options { key text } } answers { questionId choices } } }";
const SAVE: &str = "mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) { saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) { saved remainingSeconds } }";
const SUBMIT: &str = "mutation SubmitExam($attemptId: ID!) { submitExam(attemptId: $attemptId) { attemptId score passed submittedAt } }";

const PASSWORD: &str = "Kaoshi2026x";
const LABELS: [&str; 10] = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

/// `loadtest exam-day` settings. Times are seconds from the moment the first learner may log in.
#[derive(clap::Args, Clone, Debug)]
pub struct Options {
    /// Virtual learners (each sits the exam once).
    #[arg(long, default_value_t = 1000)]
    learners: usize,
    /// Logins are spread evenly at random over this many seconds.
    #[arg(long, default_value_t = 600.0)]
    login_secs: f64,
    /// Every learner starts the exam inside this many seconds after the login period.
    #[arg(long, default_value_t = 120.0)]
    start_burst_secs: f64,
    /// The session ends (the attempts' deadline) this many seconds after the start burst.
    #[arg(long, default_value_t = 600.0)]
    answer_secs: f64,
    /// Mean think time between two saves of one learner (uniform, ±50 %).
    #[arg(long, default_value_t = 10.0)]
    save_interval_secs: f64,
    /// Share of saves that change an answer already given.
    #[arg(long, default_value_t = 0.1)]
    change_share: f64,
    /// Share of learners whose connection drops once, who log in again on a new device and
    /// resume.
    #[arg(long, default_value_t = 0.05)]
    drop_share: f64,
    /// Share of learners who submit themselves (in the last `submit-window-secs`); the rest
    /// are left to the deadline's auto-submit.
    #[arg(long, default_value_t = 0.85)]
    submit_share: f64,
    /// Submissions fall in this many seconds before the deadline.
    #[arg(long, default_value_t = 180.0)]
    submit_window_secs: f64,
    /// Share of answers given correctly (the rest wrong), so scores vary.
    #[arg(long, default_value_t = 0.8)]
    correct_share: f64,
    /// SIGKILL the server at this second and start it again at once.
    #[arg(long)]
    kill_server_at: Option<f64>,
    /// SIGKILL the tool's own Redis at this second and start it again (needs no shared Redis:
    /// the tool runs redis-server on `own-redis-port`).
    #[arg(long)]
    restart_redis_at: Option<f64>,
    /// Port of the tool's own redis-server (used when `restart-redis-at` is given, or with
    /// `own-redis`).
    #[arg(long, default_value_t = 6390)]
    own_redis_port: u16,
    /// Run the tool's own redis-server even without a Redis restart.
    #[arg(long)]
    own_redis: bool,
    /// The tool's own Redis without its append-only file (a restart then loses what it
    /// held: shows what the server recovers from PostgreSQL alone).
    #[arg(long)]
    own_redis_no_aof: bool,
    /// Units of the generated province (default: learners / 40, at least 150).
    #[arg(long)]
    units: Option<u32>,
    /// The server binary (`--debug`), PostgreSQL and the shared Redis.
    #[command(flatten)]
    services: loadtest::scenario::Services,
    /// Source addresses 127.77.x.y the learners are spread over (each address has its own
    /// connection pool; the server guards logins per address).
    #[arg(long, default_value_t = 200)]
    addresses: usize,
    /// XUEFA_BUSY_AFTER for the server (heavy requests in flight before BUSY); default: the
    /// server's.
    #[arg(long)]
    busy_after: Option<u32>,
    /// Seconds between two samples of CPU, memory and write-behind backlog.
    #[arg(long, default_value_t = 5.0)]
    sample_secs: f64,
    /// Keep the database (for a look afterwards) instead of dropping it.
    #[arg(long)]
    keep: bool,
}

/// One virtual learner's plan and what the server acknowledged to it.
struct Plan {
    phone: String,
    learner_id: i32,
    login_at: Duration,
    start_at: Duration,
    drop_at_share: Option<f64>,
    submit: bool,
    submit_share: f64,
    http: Http,
}

/// What a learner did that the verification needs.
#[derive(Default)]
struct Outcome {
    learner_id: i32,
    /// The attempt's questions (API ids), in paper order.
    questions: Vec<String>,
    /// Per question index: the newest acknowledged labels and their sequence.
    acked: HashMap<usize, (Vec<String>, i64)>,
    /// Per question index: saves sent after the acknowledged one that got no answer (they may
    /// have been stored).
    unsure: HashMap<usize, Vec<Vec<String>>>,
    /// The score submitExam returned.
    submitted_score: Option<i64>,
    /// A problem that is a failure by itself (resume showed other answers, ...).
    problems: Vec<String>,
    /// Did not get as far as an attempt.
    gave_up: Option<String>,
    /// Sent submitExam but got no answer before the deadline (busy or away).
    submit_unanswered: bool,
    deadline: Option<DateTime<Utc>>,
}

struct Shared {
    rec: Recorder,
    t0: Instant,
    bank: HashMap<String, BankQuestion>,
    options: Options,
    acked_saves: AtomicU64,
}

#[derive(Clone)]
struct BankQuestion {
    id: i32,
    answer: String,
    /// key -> text (empty for true/false).
    texts: HashMap<String, String>,
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

pub async fn run(options: Options) -> Result<bool, String> {
    let bin = server_binary(options.services.debug);
    if !bin.exists() {
        return Err(format!(
            "{} does not exist: cargo build {}-p server",
            bin.display(),
            if options.services.debug { "" } else { "--release " }
        ));
    }
    let n = options.learners;
    if n == 0 {
        return Err("--learners must be at least 1".into());
    }
    let logs = std::env::temp_dir().join(format!("xuefa-loadtest-{}", loadtest::random_suffix()));
    std::fs::create_dir_all(&logs).map_err(err)?;

    // ---- the stores
    let own_redis = if options.own_redis || options.restart_redis_at.is_some() {
        Some(
            OwnRedis::start(
                options.own_redis_port,
                &logs.join("redis"),
                !options.own_redis_no_aof,
            )
            .await?,
        )
    } else {
        None
    };
    let redis_url = own_redis
        .as_ref()
        .map(|r| r.url())
        .unwrap_or_else(|| options.services.redis_url.clone());
    let prefix = format!("xuefa_loadtest_{}", loadtest::random_suffix());
    let database = FreshDatabase::create(&options.services.database_url, "xuefa_loadtest").await?;
    eprintln!(
        "== database {}, Redis {redis_url} prefix {prefix}, server {}, logs in {}",
        database.name,
        bin.display(),
        logs.display()
    );
    let outcome = scenario(&options, &bin, &database, &redis_url, &prefix, own_redis, &logs).await;
    if options.keep {
        eprintln!("kept the database {}", database.name);
    } else {
        database.drop_database().await;
    }
    if outcome.as_ref().is_ok_and(|ok| *ok) {
        let _ = std::fs::remove_dir_all(&logs);
    } else {
        eprintln!("the server's log is kept in {}", logs.display());
    }
    outcome
}

#[allow(clippy::too_many_lines)]
async fn scenario(
    options: &Options,
    bin: &std::path::Path,
    database: &FreshDatabase,
    redis_url: &str,
    prefix: &str,
    mut own_redis: Option<OwnRedis>,
    logs: &std::path::Path,
) -> Result<bool, String> {
    let n = options.learners;
    // ---- the province
    let units = options.units.unwrap_or((n / 40).max(150) as u32);
    let generated = n + n / 8 + 50;
    let began = std::time::Instant::now();
    run_xuefa(
        bin,
        &database.url,
        &[
            "generate",
            "--learners",
            &generated.to_string(),
            "--units",
            &units.to_string(),
        ],
    )
    .await?;
    eprintln!(
        "== generated {generated} learners in {units} units in {:.1} s",
        began.elapsed().as_secs_f64()
    );
    let db = database.connect().await?;
    let learners = prepare_learners(&db, n).await?;
    let bank = read_bank(&db).await?;

    // ---- the timeline: t0 is now plus a little for the server to start
    let lead = Duration::from_secs(5);
    let total_secs = options.login_secs + options.start_burst_secs + options.answer_secs;
    let session_end = Utc::now()
        + chrono::Duration::milliseconds(((total_secs + lead.as_secs_f64() + 20.0) * 1000.0) as i64);
    db.execute_raw(sql(
        "UPDATE exam_sessions SET ends_at = $1 WHERE kind = 'MAIN' AND starts_at <= now() AND ends_at > now()",
        vec![session_end.into()],
    ))
    .await
    .map_err(|e| format!("setting the sessions' end: {e}"))?;

    let port = loadtest::free_port()?;
    let mut env = vec![("XUEFA_TOKEN_TTL_SECONDS".to_owned(), (24 * 3600).to_string())];
    if let Some(b) = options.busy_after {
        env.push(("XUEFA_BUSY_AFTER".into(), b.to_string()));
    }
    let spec = ServerSpec {
        bin: bin.to_owned(),
        database_url: database.url.clone(),
        redis_url: Some(redis_url.to_owned()),
        redis_prefix: prefix.to_owned(),
        port,
        env,
        log: logs.join("server.log"),
    };
    let server = ServerProcess::start(spec, Duration::from_secs(120)).await?;
    eprintln!("== server pid {} on {}", server.pid, server.base);

    let shared = Arc::new(Shared {
        rec: Recorder::default(),
        t0: Instant::now() + lead,
        bank,
        options: options.clone(),
        acked_saves: AtomicU64::new(0),
    });
    let plans = plan(options, &learners, &server.base)?;

    // ---- the samplers and the disruptions
    let server = Arc::new(tokio::sync::Mutex::new(server));
    let done = Arc::new(AtomicBool::new(false));
    let samples: Arc<Mutex<Vec<Sample>>> = Arc::default();
    let redis_pid = Arc::new(Mutex::new(own_redis.as_ref().and_then(OwnRedis::pid)));
    let sampler = tokio::spawn(sample_loop(
        shared.clone(),
        server.clone(),
        redis_url.to_owned(),
        prefix.to_owned(),
        redis_pid.clone(),
        done.clone(),
        samples.clone(),
    ));
    let mut events: Vec<String> = Vec::new();
    let disruptions = {
        let shared = shared.clone();
        let server = server.clone();
        let kill_at = options.kill_server_at;
        let redis_at = options.restart_redis_at;
        let redis_pid = redis_pid.clone();
        let mut own = own_redis.take();
        tokio::spawn(async move {
            let mut log = Vec::new();
            let mut at: Vec<(f64, &str)> = Vec::new();
            if let Some(t) = kill_at {
                at.push((t, "server"));
            }
            if let Some(t) = redis_at {
                at.push((t, "redis"));
            }
            at.sort_by(|a, b| a.0.total_cmp(&b.0));
            for (t, what) in at {
                tokio::time::sleep_until(shared.t0 + Duration::from_secs_f64(t)).await;
                if what == "server" {
                    let mut s = server.lock().await;
                    match s.kill9_and_restart(Duration::from_secs(120)).await {
                        Ok(took) => log.push(format!(
                            "{t:.0} s: server killed with SIGKILL and started again, ready after {}",
                            ms(took)
                        )),
                        Err(e) => log.push(format!("{t:.0} s: server restart FAILED: {e}")),
                    }
                } else if let Some(r) = own.as_mut() {
                    match r.kill_and_restart().await {
                        Ok(took) => {
                            if let Ok(mut p) = redis_pid.lock() {
                                *p = r.pid();
                            }
                            log.push(format!(
                                "{t:.0} s: Redis killed with SIGKILL and started again, answering after {}",
                                ms(took)
                            ))
                        }
                        Err(e) => log.push(format!("{t:.0} s: Redis restart FAILED: {e}")),
                    }
                }
                eprintln!("   {}", log.last().map(String::as_str).unwrap_or_default());
            }
            (log, own)
        })
    };

    // ---- the learners
    eprintln!(
        "== {n} learners: logins over {:.0} s, starts over {:.0} s, answering {:.0} s (deadline {})",
        options.login_secs,
        options.start_burst_secs,
        options.answer_secs,
        session_end.format("%H:%M:%S")
    );
    let mut set = tokio::task::JoinSet::new();
    for p in plans {
        let shared = shared.clone();
        set.spawn(async move { learner(shared, p).await });
    }
    let progress = {
        let shared = shared.clone();
        let done = done.clone();
        tokio::spawn(async move {
            while !done.load(Ordering::Relaxed) {
                tokio::time::sleep(Duration::from_secs(30)).await;
                eprintln!(
                    "   {:>5.0} s: {} saves acknowledged",
                    shared.t0.elapsed().as_secs_f64(),
                    shared.acked_saves.load(Ordering::Relaxed)
                );
            }
        })
    };
    let mut outcomes = Vec::with_capacity(n);
    while let Some(joined) = set.join_next().await {
        outcomes.push(joined.map_err(err)?);
    }
    let (disruption_log, own_back) = disruptions.await.map_err(err)?;
    events.extend(disruption_log);
    own_redis = own_back;
    eprintln!(
        "== every learner is done at {:.0} s",
        shared.t0.elapsed().as_secs_f64()
    );

    // ---- the deadline's auto-submit and the write-behind drain
    let grace = grace_seconds(&db).await?;
    let last_deadline = outcomes
        .iter()
        .filter_map(|o| o.deadline)
        .max()
        .unwrap_or(session_end);
    let wait_until = last_deadline + chrono::Duration::seconds(i64::from(grace) + 30);
    let ids: Vec<i32> = outcomes.iter().map(|o| o.learner_id).collect();
    loop {
        let live = count_live(&db, &ids).await?;
        let backlog = stream_length(redis_url, prefix).await;
        if live == 0 && backlog == 0 {
            break;
        }
        if Utc::now() > wait_until {
            events.push(format!(
                "{live} attempts still LIVE and {backlog} answers still queued 30 s after deadline + grace"
            ));
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    done.store(true, Ordering::Relaxed);
    let _ = sampler.await;
    progress.abort();

    // ---- verification
    let verdict = verify(&db, &shared, &outcomes, grace).await?;
    let server = Arc::try_unwrap(server)
        .map_err(|_| "the server is still shared".to_owned())?
        .into_inner();
    let peak_rss = server.peak_rss_mib();
    server.stop().await;
    db.close().await.ok();
    if let Some(r) = own_redis {
        r.stop().await;
    } else {
        wipe_prefix(redis_url, prefix).await;
    }

    // ---- report
    let samples = samples.lock().map(|s| s.clone()).unwrap_or_default();
    report(options, &shared, &samples, &events, &verdict, peak_rss, grace);
    Ok(verdict.failures.is_empty())
}

// ---------------------------------------------------------------------------------------------
// Setup

/// Takes `n` generated learners in service and makes them able to sit the exam now: their
/// generated attempts and exemptions go, their study is complete, and their accounts get one
/// shared password (its argon2 hash computed once; every login still verifies it).
async fn prepare_learners(db: &DatabaseConnection, n: usize) -> Result<Vec<(i32, String)>, String> {
    let rows = db
        .query_all_raw(sql(
            "SELECT l.id, a.phone FROM learners l JOIN accounts a ON a.id = l.account_id \
             WHERE l.status = 'IN_SERVICE' AND l.unit_id IS NOT NULL ORDER BY l.id LIMIT $1",
            vec![(n as i64).into()],
        ))
        .await
        .map_err(err)?;
    if rows.len() < n {
        return Err(format!(
            "the generated province has only {} learners in service",
            rows.len()
        ));
    }
    let learners: Vec<(i32, String)> = rows
        .iter()
        .map(|r| Ok((r.try_get::<i32>("", "id")?, r.try_get::<String>("", "phone")?)))
        .collect::<Result<_, sea_orm::DbErr>>()
        .map_err(err)?;
    let ids: Vec<i32> = learners.iter().map(|(id, _)| *id).collect();
    let hash = xuefa::auth::password::hash(PASSWORD.to_owned())
        .await
        .map_err(|e| format!("hashing the password: {e:?}"))?;
    let completed = (xuefa::infra::clock::today() - chrono::Duration::days(3)).to_string();
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let statements = [
        format!(
            "DELETE FROM attempt_answers WHERE attempt_id IN (SELECT id FROM exam_attempts WHERE learner_id IN ({list}))"
        ),
        format!("DELETE FROM exam_attempts WHERE learner_id IN ({list})"),
        format!("DELETE FROM exemptions WHERE learner_id IN ({list})"),
        format!(
            "UPDATE study_progress SET total_points = 100, completed_on = '{completed}'::date \
             WHERE learner_id IN ({list})"
        ),
        format!(
            "INSERT INTO study_progress (learner_id, campaign_id, total_points, completed_on, updated_at) \
             SELECT l.id, c.id, 100, '{completed}'::date, now() FROM learners l CROSS JOIN campaigns c \
             WHERE l.id IN ({list}) ON CONFLICT DO NOTHING"
        ),
    ];
    for s in statements {
        db.execute_unprepared(&s)
            .await
            .map_err(|e| format!("preparing learners: {e}"))?;
    }
    db.execute_raw(sql(
        &format!(
            "UPDATE accounts SET password_hash = $1, must_change_password = false, password_changed_at = now() \
             WHERE id IN (SELECT account_id FROM learners WHERE id IN ({list}))"
        ),
        vec![hash.into()],
    ))
    .await
    .map_err(|e| format!("setting passwords: {e}"))?;
    Ok(learners)
}

async fn read_bank(db: &DatabaseConnection) -> Result<HashMap<String, BankQuestion>, String> {
    let rows = db
        .query_all_raw(sql(
            "SELECT id, stem, answer, options FROM questions WHERE withdrawn = false",
            vec![],
        ))
        .await
        .map_err(err)?;
    let mut bank = HashMap::new();
    for r in rows {
        let id: i32 = r.try_get("", "id").map_err(err)?;
        let stem: String = r.try_get("", "stem").map_err(err)?;
        let answer: String = r.try_get("", "answer").map_err(err)?;
        let options: String = r.try_get("", "options").map_err(err)?;
        let texts = serde_json::from_str::<Vec<Value>>(&options)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|o| Some((o["key"].as_str()?.to_owned(), o["text"].as_str()?.to_owned())))
            .collect();
        bank.insert(stem, BankQuestion { id, answer, texts });
    }
    if bank.is_empty() {
        return Err("the generated campaign has no questions".into());
    }
    Ok(bank)
}

fn plan(options: &Options, learners: &[(i32, String)], base: &str) -> Result<Vec<Plan>, String> {
    let addresses = options.addresses.max(1);
    let clients: Vec<Http> = (0..addresses)
        .map(|i| {
            Http::new(
                base,
                Some(loadtest::http::spread_address(i)),
                Duration::from_secs(60),
            )
        })
        .collect::<Result<_, _>>()?;
    let mut rng = rand::rng();
    Ok(learners
        .iter()
        .enumerate()
        .map(|(i, (learner_id, phone))| {
            let login_at = options.login_secs * rng.random::<f64>();
            let start_at = options.login_secs + options.start_burst_secs * rng.random::<f64>();
            Plan {
                phone: phone.clone(),
                learner_id: *learner_id,
                login_at: Duration::from_secs_f64(login_at),
                start_at: Duration::from_secs_f64(start_at),
                drop_at_share: (rng.random::<f64>() < options.drop_share)
                    .then(|| 0.2 + 0.5 * rng.random::<f64>()),
                submit: rng.random::<f64>() < options.submit_share,
                submit_share: rng.random::<f64>(),
                http: clients[i % clients.len()].clone(),
            }
        })
        .collect())
}

// ---------------------------------------------------------------------------------------------
// A learner

/// Whether a failed call may be sent again, as the pages do: the server was busy or away, or
/// failed inside (INTERNAL: a store connection broke, say). Every failure is still counted.
fn retryable(code: &str) -> bool {
    code == "BUSY" || code == "INTERNAL" || code == "transport" || code.starts_with("HTTP 5")
}

/// One call, sent again with back-off while the server is busy or away (as the pages do),
/// until `until`. Every try is recorded.
async fn call(
    shared: &Shared,
    http: &Http,
    op: &'static str,
    token: Option<&str>,
    query: &str,
    variables: Value,
    until: Instant,
) -> Result<Value, (String, String)> {
    let mut backoff = Duration::from_millis(250);
    loop {
        let sent = Instant::now();
        let answer = http.gql(token, query, variables.clone()).await;
        let took = sent.elapsed();
        match answer {
            Answer::Data(data) => {
                shared.rec.ok(op, took, shared.t0.elapsed());
                return Ok(data);
            }
            Answer::Error { code, message } => {
                shared.rec.error(op, &code);
                if !retryable(&code) || Instant::now() + backoff >= until {
                    return Err((code, message));
                }
                let jitter = rand::rng().random_range(0.5..1.5);
                tokio::time::sleep(backoff.mul_f64(jitter)).await;
                backoff = (backoff * 2).min(Duration::from_secs(4));
            }
        }
    }
}

struct Paper {
    /// The questions' ids and, per question, only what answering needs: the paper's JSON
    /// (stems and options) is not kept, so 20,000 learners fit in a few hundred MB.
    questions: Vec<(String, Question)>,
    deadline: DateTime<Utc>,
    answers: HashMap<String, Vec<String>>,
}

/// One question of a learner's paper, as the tool answers it.
struct Question {
    /// The option labels shown (A, B, ...).
    labels: Vec<String>,
    /// The right labels, from the bank by stem (empty when the stem is unknown).
    right: Vec<String>,
    multiple: bool,
}

fn paper_of(shared: &Shared, data: &Value) -> Option<Paper> {
    let a = &data["examAttempt"];
    let deadline = DateTime::parse_from_rfc3339(a["deadline"].as_str()?)
        .ok()?
        .with_timezone(&Utc);
    let answers = a["answers"]
        .as_array()?
        .iter()
        .filter_map(|x| {
            let labels = x["choices"]
                .as_array()?
                .iter()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect();
            Some((x["questionId"].as_str()?.to_owned(), labels))
        })
        .collect();
    let questions = a["questions"]
        .as_array()?
        .iter()
        .map(|q| {
            (
                q["id"].as_str().unwrap_or_default().to_owned(),
                question_of(shared, q),
            )
        })
        .collect();
    Some(Paper {
        questions,
        deadline,
        answers,
    })
}

/// What answering a question of the paper needs: its labels and the right ones, from the bank by
/// stem.
fn question_of(shared: &Shared, q: &Value) -> Question {
    let shown: Vec<(String, String)> = q["options"]
        .as_array()
        .map(|o| {
            o.iter()
                .filter_map(|x| Some((x["key"].as_str()?.to_owned(), x["text"].as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default();
    let right: Vec<String> = match q["stem"].as_str().and_then(|s| shared.bank.get(s)) {
        Some(b) if b.texts.is_empty() => b.answer.chars().map(String::from).collect(),
        Some(b) => {
            let texts: Vec<&String> = b
                .answer
                .chars()
                .filter_map(|k| b.texts.get(&k.to_string()))
                .collect();
            shown
                .iter()
                .filter(|(_, text)| texts.contains(&text))
                .map(|(label, _)| label.clone())
                .collect()
        }
        None => Vec::new(),
    };
    let labels: Vec<String> = if shown.is_empty() {
        vec!["A".into(), "B".into()]
    } else {
        shown.iter().map(|(l, _)| l.clone()).collect()
    };
    Question {
        labels,
        right,
        multiple: q["type"].as_str() == Some("MULTIPLE"),
    }
}

/// Labels to give: the right ones (`correct`) or other ones.
fn choose(q: &Question, correct: bool) -> Vec<String> {
    let Question {
        labels,
        right,
        multiple,
    } = q;
    if correct && !right.is_empty() {
        return right.clone();
    }
    let mut rng = rand::rng();
    loop {
        let pick: Vec<String> = if *multiple {
            let picked: Vec<String> = labels.iter().filter(|_| rng.random_bool(0.5)).cloned().collect();
            if picked.is_empty() {
                continue;
            }
            picked
        } else {
            vec![labels[rng.random_range(0..labels.len())].clone()]
        };
        if pick != *right || labels.len() < 2 {
            return pick;
        }
    }
}

async fn learner(shared: Arc<Shared>, p: Plan) -> Outcome {
    let mut out = Outcome {
        learner_id: p.learner_id,
        ..Outcome::default()
    };
    let o = &shared.options;
    let t0 = shared.t0;
    let hard_end = t0 + Duration::from_secs_f64(o.login_secs + o.start_burst_secs + o.answer_secs + 30.0);
    tokio::time::sleep_until(t0 + p.login_at).await;

    // Log in and load the home page.
    let login = |shared: Arc<Shared>, http: Http, phone: String| async move {
        call(
            &shared,
            &http,
            "login",
            None,
            LOGIN,
            json!({"phone": phone, "password": PASSWORD}),
            hard_end,
        )
        .await
        .ok()
        .and_then(|d| d["login"]["token"].as_str().map(str::to_owned))
    };
    let Some(mut token) = login(shared.clone(), p.http.clone(), p.phone.clone()).await else {
        out.gave_up = Some("login failed".into());
        return out;
    };
    let http = &p.http;
    let _ = call(&shared, http, "me", Some(&token), ME, json!({}), hard_end).await;
    let Ok(home) = call(&shared, http, "home", Some(&token), HOME, json!({}), hard_end).await else {
        out.gave_up = Some("home failed".into());
        return out;
    };
    let Some(campaign) = home["currentCampaign"]["id"].as_str().map(str::to_owned) else {
        out.gave_up = Some("no current campaign".into());
        return out;
    };
    let vars = json!({"campaignId": campaign});
    let _ = call(
        &shared,
        http,
        "myStanding",
        Some(&token),
        STANDING,
        vars.clone(),
        hard_end,
    )
    .await;

    // Start inside the burst.
    tokio::time::sleep_until(t0 + p.start_at).await;
    let entering = Instant::now();
    let Ok(overview) = call(
        &shared,
        http,
        "examOverview",
        Some(&token),
        OVERVIEW,
        vars.clone(),
        hard_end,
    )
    .await
    else {
        out.gave_up = Some("exam overview failed".into());
        return out;
    };
    let Some(session) = overview["myEligibility"]["openSession"]["id"]
        .as_str()
        .map(str::to_owned)
    else {
        out.gave_up = Some(format!(
            "no open session ({})",
            overview["myEligibility"]["obstacle"]
                .as_str()
                .unwrap_or("no obstacle given")
        ));
        return out;
    };
    let started = call(
        &shared,
        http,
        "startExam",
        Some(&token),
        START,
        json!({"sessionId": session}),
        hard_end,
    )
    .await;
    let Some(attempt) = started
        .ok()
        .and_then(|d| d["startExam"]["id"].as_str().map(str::to_owned))
    else {
        out.gave_up = Some("startExam failed".into());
        return out;
    };
    let Some(paper) = call(
        &shared,
        http,
        "examPaper",
        Some(&token),
        PAPER,
        json!({"id": attempt}),
        hard_end,
    )
    .await
    .ok()
    .as_ref()
    .and_then(|d| paper_of(&shared, d)) else {
        out.gave_up = Some("examAttempt failed".into());
        return out;
    };
    // What the learner waits for: from opening the exam page to the paper on screen, every
    // try and back-off included (the table's other rows time each try on its own).
    shared.rec.ok(
        "entering (page to paper, retries included)",
        entering.elapsed(),
        shared.t0.elapsed(),
    );
    out.questions = paper.questions.iter().map(|(id, _)| id.clone()).collect();
    out.deadline = Some(paper.deadline);
    let deadline = t0 + instant_offset(&shared, paper.deadline);
    let window = Duration::from_secs_f64(o.submit_window_secs);
    let stop_at = if p.submit {
        deadline - window.mul_f64(1.0 - p.submit_share.min(0.97)) - Duration::from_secs(3)
    } else {
        deadline - Duration::from_secs(2)
    };
    let begun = Instant::now();
    let drop_at = p
        .drop_at_share
        .map(|s| begun + (stop_at.saturating_duration_since(begun)).mul_f64(s));
    let mut dropped = false;

    // Answer at human pace.
    let mut seq: i64 = 0;
    let mut next_new = 0usize;
    let count = paper.questions.len();
    let mut rng_seed: u64 = rand::rng().random();
    loop {
        let think = shared.options.save_interval_secs * (0.5 + uniform(&mut rng_seed));
        let at = Instant::now() + Duration::from_secs_f64(think);
        if at >= stop_at {
            tokio::time::sleep_until(stop_at.max(Instant::now())).await;
            break;
        }
        tokio::time::sleep_until(at).await;
        if let Some(d) = drop_at
            && !dropped
            && Instant::now() >= d
        {
            dropped = true;
            // The connection is gone: a new device logs in and resumes.
            match login(shared.clone(), p.http.clone(), p.phone.clone()).await {
                Some(t) => token = t,
                None => {
                    out.problems.push("the second login failed".into());
                    break;
                }
            }
            let again = call(
                &shared,
                http,
                "startExam (resume)",
                Some(&token),
                START,
                json!({"sessionId": session}),
                hard_end,
            )
            .await;
            let same = again
                .ok()
                .and_then(|d| d["startExam"]["id"].as_str().map(str::to_owned));
            if same.as_deref() != Some(attempt.as_str()) {
                out.problems
                    .push(format!("resuming gave attempt {same:?}, not {attempt}"));
                break;
            }
            match call(
                &shared,
                http,
                "examPaper (resume)",
                Some(&token),
                PAPER,
                json!({"id": attempt}),
                hard_end,
            )
            .await
            .ok()
            .as_ref()
            .and_then(|d| paper_of(&shared, d))
            {
                Some(resumed) => {
                    for (i, (labels, _)) in &out.acked {
                        let qid = &out.questions[*i];
                        let shown = resumed.answers.get(qid);
                        let unsure = out
                            .unsure
                            .get(i)
                            .is_some_and(|u| shown.is_some_and(|s| u.contains(s)));
                        if shown != Some(labels) && !unsure {
                            out.problems.push(format!(
                                "after resuming, question {qid} shows {shown:?}, acknowledged {labels:?}"
                            ));
                        }
                    }
                }
                None => {
                    out.problems.push("the resumed paper could not be read".into());
                    break;
                }
            }
        }
        // Which question: the next unanswered one, or (sometimes, or when all are answered)
        // one answered before.
        let change = next_new >= count || (next_new > 0 && uniform(&mut rng_seed) < o.change_share);
        let index = if change {
            (uniform(&mut rng_seed) * next_new as f64) as usize % next_new.max(1)
        } else {
            next_new += 1;
            next_new - 1
        };
        let labels = choose(
            &paper.questions[index].1,
            uniform(&mut rng_seed) < o.correct_share,
        );
        seq += 1;
        let sent = call(
            &shared,
            http,
            "saveAnswer",
            Some(&token),
            SAVE,
            json!({"attemptId": attempt, "questionId": out.questions[index], "choices": labels, "clientSeq": seq}),
            deadline,
        )
        .await;
        match sent {
            // saved: false can only mean this very save was stored by an earlier try whose
            // answer was lost (each save has a new, higher sequence).
            Ok(_) => {
                out.acked.insert(index, (labels, seq));
                out.unsure.remove(&index);
                shared.acked_saves.fetch_add(1, Ordering::Relaxed);
            }
            Err((code, message)) => {
                if retryable(&code) {
                    out.unsure.entry(index).or_default().push(labels);
                } else if code == "EXAM_CLOSED" {
                    // Sent before the deadline, handled after it: not stored, and the
                    // server said so.
                    break;
                } else {
                    out.problems.push(format!("save refused: {code} {message}"));
                    break;
                }
            }
        }
    }
    if p.submit {
        match call(
            &shared,
            http,
            "submitExam",
            Some(&token),
            SUBMIT,
            json!({"attemptId": attempt}),
            deadline,
        )
        .await
        {
            Ok(d) => out.submitted_score = d["submitExam"]["score"].as_i64(),
            // No answer before the deadline: the server may have submitted it or will
            // auto-submit it; the verification checks the attempt either way.
            Err((code, _)) if retryable(&code) => out.submit_unanswered = true,
            Err((code, message)) => out.problems.push(format!("submit failed: {code} {message}")),
        }
    }
    out
}

/// A uniform number in [0, 1) from a small xorshift state (no shared RNG across awaits).
fn uniform(state: &mut u64) -> f64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    (*state >> 11) as f64 / (1u64 << 53) as f64
}

/// How far after t0 a wall-clock time is.
fn instant_offset(shared: &Shared, at: DateTime<Utc>) -> Duration {
    let now_wall = Utc::now();
    let since_t0 = shared.t0.elapsed();
    let ahead = (at - now_wall).num_milliseconds().max(0) as u64;
    since_t0 + Duration::from_millis(ahead)
}

// ---------------------------------------------------------------------------------------------
// Sampling

#[derive(Clone, Debug)]
struct Sample {
    at: f64,
    server_rss: f64,
    server_ticks: u64,
    postgres_ticks: u64,
    redis_ticks: u64,
    tool_ticks: u64,
    backlog: u64,
    acked: u64,
}

async fn stream_length(redis_url: &str, prefix: &str) -> u64 {
    let Ok(client) = redis::Client::open(redis_url) else {
        return 0;
    };
    let Ok(Ok(mut c)) =
        tokio::time::timeout(Duration::from_secs(2), client.get_multiplexed_async_connection()).await
    else {
        return 0;
    };
    redis::cmd("XLEN")
        .arg(format!("{prefix}:wb"))
        .query_async::<u64>(&mut c)
        .await
        .unwrap_or(0)
}

async fn sample_loop(
    shared: Arc<Shared>,
    server: Arc<tokio::sync::Mutex<ServerProcess>>,
    redis_url: String,
    prefix: String,
    redis_pid: Arc<Mutex<Option<u32>>>,
    done: Arc<AtomicBool>,
    samples: Arc<Mutex<Vec<Sample>>>,
) {
    let shared_redis = procfs::find_process(&["redis-server", ":6379"]);
    let me = std::process::id();
    let mut redis_before = 0u64;
    let mut last_redis_pid = None;
    let mut redis_base = 0u64;
    tokio::time::sleep_until(shared.t0).await;
    while !done.load(Ordering::Relaxed) {
        let (rss, ticks) = match server.try_lock() {
            Ok(s) => (s.rss_mib().unwrap_or(0.0), s.cpu_ticks()),
            Err(_) => (
                0.0,
                samples
                    .lock()
                    .ok()
                    .and_then(|s| s.last().map(|x| x.server_ticks))
                    .unwrap_or(0),
            ),
        };
        let pid = redis_pid.lock().ok().and_then(|p| *p).or(shared_redis);
        if pid != last_redis_pid {
            redis_base += redis_before;
            last_redis_pid = pid;
        }
        redis_before = pid.and_then(procfs::process_cpu).map(|(_, t)| t).unwrap_or(0);
        let sample = Sample {
            at: shared.t0.elapsed().as_secs_f64(),
            server_rss: rss,
            server_ticks: ticks,
            postgres_ticks: procfs::cpu_of_command("postgres"),
            redis_ticks: redis_base + redis_before,
            tool_ticks: procfs::process_cpu(me).map(|(_, t)| t).unwrap_or(0),
            backlog: stream_length(&redis_url, &prefix).await,
            acked: shared.acked_saves.load(Ordering::Relaxed),
        };
        if let Ok(mut s) = samples.lock() {
            s.push(sample);
        }
        tokio::time::sleep(Duration::from_secs_f64(shared.options.sample_secs.max(0.5))).await;
    }
}

// ---------------------------------------------------------------------------------------------
// Verification

#[derive(Default)]
struct Verdict {
    failures: Vec<String>,
    attempts: usize,
    answers_checked: usize,
    unsure_answers: usize,
    submitted_by_learner: usize,
    auto_submitted: usize,
    auto_lag_max: f64,
    auto_lag_p99: f64,
    scores_checked: usize,
    gave_up: BTreeMap<String, usize>,
    /// Attempts of learners who never saw their paper (checked: submitted, empty, score 0).
    unseen_attempts: usize,
    submit_unanswered: usize,
}

async fn grace_seconds(db: &DatabaseConnection) -> Result<i32, String> {
    let row = db
        .query_one_raw(sql(
            "SELECT max(answer_grace_seconds) AS g FROM campaigns",
            vec![],
        ))
        .await
        .map_err(err)?
        .ok_or("no campaign")?;
    row.try_get::<i32>("", "g").map_err(err)
}

async fn count_live(db: &DatabaseConnection, learner_ids: &[i32]) -> Result<i64, String> {
    let list = learner_ids
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    if list.is_empty() {
        return Ok(0);
    }
    let row = db
        .query_one_raw(sql(
            &format!(
                "SELECT count(*) AS n FROM exam_attempts WHERE status = 'LIVE' AND learner_id IN ({list})"
            ),
            vec![],
        ))
        .await
        .map_err(err)?
        .ok_or("no count")?;
    row.try_get::<i64>("", "n").map_err(err)
}

/// Labels shown on a paper entry -> the bank keys, as the server stores them (sorted).
fn keys_of(order: &[String], labels: &[String]) -> Option<String> {
    let mut keys: Vec<&str> = labels
        .iter()
        .map(|l| {
            LABELS
                .iter()
                .position(|x| x == l)
                .and_then(|i| order.get(i))
                .map(String::as_str)
        })
        .collect::<Option<_>>()?;
    keys.sort_unstable();
    keys.dedup();
    Some(keys.concat())
}

async fn verify(
    db: &DatabaseConnection,
    shared: &Shared,
    outcomes: &[Outcome],
    grace: i32,
) -> Result<Verdict, String> {
    let mut v = Verdict::default();
    let answers_by_bank: HashMap<i32, String> =
        shared.bank.values().map(|b| (b.id, b.answer.clone())).collect();
    let mut lags: Vec<f64> = Vec::new();
    for chunk in outcomes.chunks(2000) {
        let list = chunk
            .iter()
            .map(|o| o.learner_id.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let attempts = db
            .query_all_raw(sql(
                &format!(
                    "SELECT id, learner_id, status, score, paper, deadline, submitted_at, auto_submitted \
                     FROM exam_attempts WHERE learner_id IN ({list}) ORDER BY id"
                ),
                vec![],
            ))
            .await
            .map_err(err)?;
        let answers = db
            .query_all_raw(sql(
                &format!(
                    "SELECT x.attempt_id, x.question_id, x.choices FROM attempt_answers x \
                     JOIN exam_attempts a ON a.id = x.attempt_id WHERE a.learner_id IN ({list})"
                ),
                vec![],
            ))
            .await
            .map_err(err)?;
        let mut stored: HashMap<(i32, i32), String> = HashMap::new();
        for r in answers {
            stored.insert(
                (
                    r.try_get("", "attempt_id").map_err(err)?,
                    r.try_get("", "question_id").map_err(err)?,
                ),
                r.try_get("", "choices").map_err(err)?,
            );
        }
        let mut by_learner: HashMap<i32, Vec<&sea_orm::QueryResult>> = HashMap::new();
        for r in &attempts {
            by_learner
                .entry(r.try_get::<i32>("", "learner_id").map_err(err)?)
                .or_default()
                .push(r);
        }
        for o in chunk {
            let rows = by_learner.get(&o.learner_id).cloned().unwrap_or_default();
            if let Some(why) = &o.gave_up {
                *v.gave_up.entry(why.clone()).or_default() += 1;
                // Started on the server though the answer never reached the learner: the
                // attempt must still end SUBMITTED once, with no answers and score 0.
                for row in &rows {
                    let id: i32 = row.try_get("", "id").map_err(err)?;
                    let status: String = row.try_get("", "status").map_err(err)?;
                    let score: Option<i32> = row.try_get("", "score").map_err(err)?;
                    let answers = stored.keys().filter(|(a, _)| *a == id).count();
                    if status != "SUBMITTED" || score != Some(0) || answers > 0 || rows.len() > 1 {
                        v.failures.push(format!(
                            "learner {} ({why}): attempt {id} is {status} with score {score:?} and {answers} answers",
                            o.learner_id
                        ));
                    }
                    v.unseen_attempts += 1;
                }
                continue;
            }
            for p in &o.problems {
                v.failures.push(format!("learner {}: {p}", o.learner_id));
            }
            let [row] = rows.as_slice() else {
                v.failures.push(format!(
                    "learner {}: {} attempts, not 1",
                    o.learner_id,
                    rows.len()
                ));
                continue;
            };
            v.attempts += 1;
            let id: i32 = row.try_get("", "id").map_err(err)?;
            let status: String = row.try_get("", "status").map_err(err)?;
            if status != "SUBMITTED" {
                v.failures.push(format!("attempt {id}: {status}, not SUBMITTED"));
                continue;
            }
            let paper: Vec<Value> = serde_json::from_str(&row.try_get::<String>("", "paper").map_err(err)?)
                .map_err(|e| format!("attempt {id} paper: {e}"))?;
            if paper.len() != o.questions.len() {
                v.failures.push(format!(
                    "attempt {id}: paper of {} questions, the learner saw {}",
                    paper.len(),
                    o.questions.len()
                ));
                continue;
            }
            let mut score = 0i64;
            let mut ok = true;
            for (index, entry) in paper.iter().enumerate() {
                let qid = entry["q"].as_i64().unwrap_or(0) as i32;
                let order: Vec<String> = entry["o"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|k| k.as_str().map(str::to_owned)).collect())
                    .unwrap_or_default();
                let points = entry["p"].as_i64().unwrap_or(0);
                let db_choice = stored.get(&(id, qid)).cloned();
                let expected = o
                    .acked
                    .get(&index)
                    .and_then(|(labels, _)| keys_of(&order, labels));
                let unsure: Vec<String> = o
                    .unsure
                    .get(&index)
                    .map(|u| u.iter().filter_map(|l| keys_of(&order, l)).collect())
                    .unwrap_or_default();
                let given = if db_choice == expected {
                    if expected.is_some() {
                        v.answers_checked += 1;
                    }
                    db_choice.clone()
                } else if db_choice.as_ref().is_some_and(|c| unsure.contains(c)) {
                    v.unsure_answers += 1;
                    db_choice.clone()
                } else {
                    v.failures.push(format!(
                        "attempt {id} question {} (place {}): acknowledged {expected:?}, PostgreSQL has {db_choice:?}",
                        qid,
                        index + 1
                    ));
                    ok = false;
                    continue;
                };
                if let (Some(g), Some(right)) = (given, answers_by_bank.get(&qid))
                    && !g.is_empty()
                    && &g == right
                {
                    score += points;
                }
            }
            // Answers stored for questions the learner never had acknowledged.
            let extra = paper
                .iter()
                .enumerate()
                .filter(|(i, e)| {
                    let qid = e["q"].as_i64().unwrap_or(0) as i32;
                    stored.contains_key(&(id, qid)) && !o.acked.contains_key(i) && !o.unsure.contains_key(i)
                })
                .count();
            if extra > 0 {
                v.failures.push(format!(
                    "attempt {id}: {extra} answers stored that were never sent"
                ));
                ok = false;
            }
            let db_score: Option<i32> = row.try_get("", "score").map_err(err)?;
            if ok {
                v.scores_checked += 1;
                if db_score.map(i64::from) != Some(score) {
                    v.failures.push(format!(
                        "attempt {id}: score {db_score:?} in PostgreSQL, {score} computed from the bank"
                    ));
                }
                if let Some(s) = o.submitted_score
                    && s != score
                {
                    v.failures.push(format!(
                        "attempt {id}: submitExam answered score {s}, {score} computed from the bank"
                    ));
                }
            }
            let auto: bool = row.try_get("", "auto_submitted").map_err(err)?;
            if o.submit_unanswered {
                v.submit_unanswered += 1;
            } else if o.submitted_score.is_some() {
                v.submitted_by_learner += 1;
                if auto {
                    v.failures.push(format!(
                        "attempt {id}: submitted by the learner but marked auto-submitted"
                    ));
                }
            } else if auto {
                v.auto_submitted += 1;
                let deadline: DateTime<Utc> = row.try_get("", "deadline").map_err(err)?;
                let at: Option<DateTime<Utc>> = row.try_get("", "submitted_at").map_err(err)?;
                if let Some(at) = at {
                    lags.push((at - deadline).num_milliseconds() as f64 / 1000.0);
                }
            }
        }
    }
    lags.sort_by(f64::total_cmp);
    v.auto_lag_max = lags.last().copied().unwrap_or(0.0);
    v.auto_lag_p99 = lags
        .get(((lags.len() as f64 * 0.99).ceil() as usize).saturating_sub(1))
        .copied()
        .unwrap_or(0.0);
    let limit = f64::from(grace) + 10.0;
    if v.auto_lag_max > limit {
        v.failures.push(format!(
            "an attempt was auto-submitted {:.1} s after its deadline (grace {grace} s + 10 s allowed)",
            v.auto_lag_max
        ));
    }
    Ok(v)
}

// ---------------------------------------------------------------------------------------------
// Report

fn report(
    o: &Options,
    shared: &Shared,
    samples: &[Sample],
    events: &[String],
    v: &Verdict,
    peak_rss: f64,
    grace: i32,
) {
    let hz = procfs::clock_ticks();
    let summaries = shared.rec.summaries();
    println!("### Exam day: {} learners", o.learners);
    println!();
    println!(
        "{}; {} UTC; server {}.",
        loadtest::machine(),
        Utc::now().format("%Y-%m-%d %H:%M"),
        server_binary(o.services.debug).display()
    );
    println!(
        "Logins over {:.0} s, start burst {:.0} s, answering {:.0} s, a save every {:.1} s ±50 % per learner, \
         {:.0} % changed answers, {:.0} % drop and resume, {:.0} % submit in the last {:.0} s, the rest left to the deadline.",
        o.login_secs,
        o.start_burst_secs,
        o.answer_secs,
        o.save_interval_secs,
        o.change_share * 100.0,
        o.drop_share * 100.0,
        o.submit_share * 100.0,
        o.submit_window_secs
    );
    println!();
    println!("{}", table(&summaries));
    if let (Some(first), Some(last)) = (samples.first(), samples.last()) {
        let span = (last.at - first.at).max(1.0);
        let cores = |a: u64, b: u64| (b.saturating_sub(a)) as f64 / hz / span;
        println!(
            "CPU over the run ({:.0} s, in cores): server {:.2}, PostgreSQL (all backends on the machine) {:.2}, \
             Redis {:.2}, load tool {:.2}. Server RSS: peak {:.0} MiB.",
            span,
            cores(first.server_ticks, last.server_ticks),
            cores(first.postgres_ticks, last.postgres_ticks),
            cores(first.redis_ticks, last.redis_ticks),
            cores(first.tool_ticks, last.tool_ticks),
            peak_rss
        );
        println!();
        println!(
            "| second | saves acknowledged /s | write-behind backlog | server RSS MiB | server CPU | PostgreSQL CPU | Redis CPU |"
        );
        println!("|---:|---:|---:|---:|---:|---:|---:|");
        let step = (samples.len() / 24).max(1);
        let mut prev = first;
        for s in samples.iter().step_by(step).skip(1).chain(std::iter::once(last)) {
            let dt = (s.at - prev.at).max(0.001);
            println!(
                "| {:.0} | {:.0} | {} | {:.0} | {:.2} | {:.2} | {:.2} |",
                s.at,
                (s.acked.saturating_sub(prev.acked)) as f64 / dt,
                s.backlog,
                s.server_rss,
                (s.server_ticks.saturating_sub(prev.server_ticks)) as f64 / hz / dt,
                (s.postgres_ticks.saturating_sub(prev.postgres_ticks)) as f64 / hz / dt,
                (s.redis_ticks.saturating_sub(prev.redis_ticks)) as f64 / hz / dt
            );
            prev = s;
        }
        let max_backlog = samples.iter().map(|s| s.backlog).max().unwrap_or(0);
        println!();
        println!("Largest write-behind backlog seen: {max_backlog} answers.");
    }
    println!();
    for e in events {
        println!("- {e}");
    }
    println!();
    println!(
        "Verification: {} attempts, {} acknowledged answers equal to PostgreSQL ({} more were sent without an \
         answer and found stored), {} scores recomputed from the bank, {} submitted by the learner, {} auto-submitted \
         (submitted after the deadline: p99 {:.1} s, max {:.1} s; the answer grace is {grace} s).",
        v.attempts,
        v.answers_checked,
        v.unsure_answers,
        v.scores_checked,
        v.submitted_by_learner,
        v.auto_submitted,
        v.auto_lag_p99,
        v.auto_lag_max
    );
    let gave_up: usize = v.gave_up.values().sum();
    if gave_up > 0 {
        println!(
            "{gave_up} learners could not sit the exam (gave up after retrying while busy or away, or \
             refused): {:?}; {} attempts the server started without the learner seeing them were \
             checked (submitted once, no answers, score 0). {} submissions got no answer before the \
             deadline (their attempts checked like the others).",
            v.gave_up, v.unseen_attempts, v.submit_unanswered
        );
        println!();
    }
    if v.failures.is_empty() {
        println!("**Verification passed: nothing acknowledged was lost.**");
    } else {
        println!(
            "**Verification FAILED** ({} differences; the first ones):",
            v.failures.len()
        );
        for f in v.failures.iter().take(20) {
            println!("- {f}");
        }
    }
    println!();
    let get = |name: &str| {
        summaries
            .iter()
            .find(|s| s.name == name)
            .cloned()
            .unwrap_or_default()
    };
    let met = |ok: bool| if ok { "met" } else { "**missed**" };
    let save = get("saveAnswer");
    let start = get("startExam");
    let login = get("login");
    let errors: u64 = summaries.iter().map(|s| s.error_count()).sum();
    println!("Targets (issue 16):");
    println!(
        "- saveAnswer p99 ≤ 50 ms: {} over {} saves ({})",
        ms(save.p99),
        save.count,
        met(save.count > 0 && save.p99 <= Duration::from_millis(50))
    );
    println!(
        "- startExam p99 ≤ 1 s: {} ({})",
        ms(start.p99),
        met(start.p99 <= Duration::from_secs(1))
    );
    println!(
        "- login p99 ≤ 2 s: {} ({})",
        ms(login.p99),
        met(login.p99 <= Duration::from_secs(2))
    );
    println!("- 0 errors: {errors} ({})", met(errors == 0));
    println!(
        "- every learner sits the exam: {} of {} ({})",
        o.learners - gave_up,
        o.learners,
        met(gave_up == 0)
    );
    // Every failure but a late auto-submit is an answer, a score or an attempt gone wrong.
    let late = usize::from(v.auto_lag_max > f64::from(grace) + 10.0);
    println!(
        "- 0 answers lost (answers, scores, attempts exactly once): {}",
        met(v.failures.len() == late)
    );
    println!(
        "- auto-submit within 10 s of the deadline (+ {grace} s grace): max {:.1} s ({})",
        v.auto_lag_max,
        met(v.auto_lag_max <= f64::from(grace) + 10.0)
    );
    println!(
        "- server RSS ≤ 1 GB: {peak_rss:.0} MiB ({})",
        met(peak_rss <= 1024.0)
    );
}
