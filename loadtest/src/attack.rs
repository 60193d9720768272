//! `loadtest attack <scenario>` (issue 26): the floods of the second attack run, each from
//! source addresses of its own, while honest learners on other addresses log in, start their
//! exam and save; the report is the honest side's figures and the server's peak memory.
//!
//! The server runs as production does: trusted documents on (`XUEFA_TRUSTED_DOCUMENTS`
//! `non-admins`, the default), the per-address connection share on (1,000), so the honest
//! learners send the pages' own documents byte for byte (`LoginDocument`, `StartExamDocument`,
//! `ExamPaperDocument`, `SaveAnswerDocument` of `web/src/gql/graphql.ts`), as a page does.
//!
//! 1. A fresh PostgreSQL database (and Redis key prefix) with the demo data; the honest learners
//!    (and the valid-token attacker) are put on the roster of 蒸湘区司法局, whose MAIN session
//!    is open today, with study done and a password of their own.
//! 2. Quiet (`--quiet-secs`): each honest learner, on its own address 127.77.x.y, runs cycles
//!    of: a new connection, `Login`, `StartExam` (resumes its attempt after the first),
//!    `ExamPaper`, then `--saves-per-login` saves with a think time (`--think-ms`, uniform
//!    0..2×) on that connection.
//! 3. The flood starts from 127.88.x.y (`attack_floods`; what the honest side meets while it
//!    ramps up is reported apart); once it is at full strength, the
//!    same cycles are measured again for `--secs`.
//! 4. The report: per phase and operation, answered, BUSY, other errors, p50/p95/p99/max; what
//!    the flood was answered; the server's RSS at rest and its peak (VmHWM, and VmRSS sampled
//!    every 100 ms); the scenario's target, met or not. With `--strict` a missed target exits 1.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use loadtest::scenario::{count, question_keys, sql};
use loadtest::stats::{Recorder, Summary, met, ms};
use loadtest::{Http, HttpOptions, ServerProcess, Stores};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::{Value, json};

use crate::attack_floods::{self, Flood};

/// The honest learners' and the attacker learner's password (their own, no forced change).
pub const PASSWORD: &str = "Kaoshi2026x";
const UNIT: &str = "蒸湘区司法局";
const PHONES_HONEST: i64 = 13_650_000_000;
/// The learner whose own valid token floods saves.
pub const PHONE_ATTACKER: i64 = 13_660_000_000;

#[derive(clap::Args, Clone, Debug)]
pub struct Options {
    #[command(subcommand)]
    pub scenario: Scenario,
}

#[derive(clap::Subcommand, Clone, Debug)]
pub enum Scenario {
    /// 1,000 connections from one address sending `saveAnswer` with made-up bearer strings
    /// (`--fake-tokens`, a new one each request) or with a learner's own valid token
    /// (`--valid-token`). Target: 0 honest saves BUSY, honest save p99 ≤ 200 ms.
    SaveFlood(SaveFlood),
    /// 6 addresses × 50 concurrent wrong logins. Target: honest logins p95 ≤ 2 s, 0 BUSY.
    LoginFlood(LoginFlood),
    /// 64 connections of anonymous documents of 999 aliases (`accountRecoveryStatus`, and
    /// 20,000 of `__typename`). Target: honest saves p99 ≤ 200 ms.
    AliasFlood(AliasFlood),
    /// 10,000 idle sockets spread over addresses (each under the per-address share), opened
    /// again as soon as the server closes them. Target: honest p99 ≤ 1 s.
    IdleSockets(IdleSockets),
    /// Four parallel `studyItems { body }` requests (every study item given a 1 MB body) and an
    /// xlsx whose shared strings inflate to 250 MB uploaded by a unit administrator. Target:
    /// server RSS ≤ 300 MB.
    Amplification(Amplification),
}

#[derive(clap::Args, Clone, Debug)]
pub struct SaveFlood {
    /// A new made-up bearer string on every request.
    #[arg(long, conflicts_with = "valid_token", required_unless_present = "valid_token")]
    pub fake_tokens: bool,
    /// One learner's own token (logged in, its attempt started) on every connection.
    #[arg(long)]
    pub valid_token: bool,
    /// Connections (concurrent requests) of the flood.
    #[arg(long, default_value_t = 1000)]
    pub connections: usize,
    /// Source addresses they come from (127.88.0.1, ...).
    #[arg(long, default_value_t = 1)]
    pub addresses: usize,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args, Clone, Debug)]
pub struct LoginFlood {
    #[arg(long, default_value_t = 6)]
    pub addresses: usize,
    /// Concurrent wrong logins per address.
    #[arg(long, default_value_t = 50)]
    pub concurrency: usize,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args, Clone, Debug)]
pub struct AliasFlood {
    #[arg(long, default_value_t = 64)]
    pub connections: usize,
    /// Aliases of `accountRecoveryStatus` per document.
    #[arg(long, default_value_t = 999)]
    pub aliases: usize,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args, Clone, Debug)]
pub struct IdleSockets {
    #[arg(long, default_value_t = 10_000)]
    pub sockets: usize,
    /// Source addresses they are spread over (each keeps under the server's share of 1,000).
    #[arg(long, default_value_t = 20)]
    pub addresses: usize,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args, Clone, Debug)]
pub struct Amplification {
    /// Parallel amplification requests.
    #[arg(long, default_value_t = 4)]
    pub parallel: usize,
    /// Unpacked size of the bomb's shared strings, MB.
    #[arg(long, default_value_t = 250)]
    pub bomb_mb: usize,
    /// Each study item's body, in characters of 法 (3 bytes each).
    #[arg(long, default_value_t = 350_000)]
    pub body_chars: usize,
    #[command(flatten)]
    pub common: Common,
}

/// What every attack scenario has.
#[derive(clap::Args, Clone, Debug)]
pub struct Common {
    /// Honest learners, each on its own address.
    #[arg(long, default_value_t = 20)]
    pub honest: usize,
    /// Seconds of honest traffic before the flood.
    #[arg(long, default_value_t = 5)]
    pub quiet_secs: u64,
    /// Seconds of honest traffic measured during the flood.
    #[arg(long, default_value_t = 30)]
    pub secs: u64,
    /// Mean think time before each honest save, ms.
    #[arg(long, default_value_t = 200)]
    pub think_ms: u64,
    /// Saves between two logins of an honest learner (each login on a new connection).
    #[arg(long, default_value_t = 10)]
    pub saves_per_login: u64,
    /// Run the server behind a header naming the client (`XUEFA_CLIENT_IP_HEADER`): every
    /// client, honest or not, sends it with its own source address, as a proxy would add it.
    #[arg(long)]
    pub client_ip_header: Option<String>,
    /// Exit with status 1 when the scenario's target is missed (the figures are printed
    /// either way).
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub services: loadtest::scenario::Services,
}

impl Scenario {
    fn common(&self) -> &Common {
        match self {
            Scenario::SaveFlood(o) => &o.common,
            Scenario::LoginFlood(o) => &o.common,
            Scenario::AliasFlood(o) => &o.common,
            Scenario::IdleSockets(o) => &o.common,
            Scenario::Amplification(o) => &o.common,
        }
    }

    pub fn name(&self) -> String {
        match self {
            Scenario::SaveFlood(o) if o.valid_token => "save-flood --valid-token".into(),
            Scenario::SaveFlood(_) => "save-flood --fake-tokens".into(),
            Scenario::LoginFlood(_) => "login-flood".into(),
            Scenario::AliasFlood(_) => "alias-flood".into(),
            Scenario::IdleSockets(_) => "idle-sockets".into(),
            Scenario::Amplification(_) => "amplification".into(),
        }
    }
}

/// The server under attack and what the clients need of its data.
pub struct Target {
    pub process: ServerProcess,
    pub stores: Stores,
    pub db: DatabaseConnection,
    /// The open MAIN session of the demo unit (API id), the unit and the campaign (API ids).
    pub session: String,
    pub unit: String,
    pub campaign: String,
    pub header: Option<String>,
}

impl Target {
    /// A client from `local`, a pool of its own; keep-alive shorter than the server's header
    /// deadline (10 s), so a kept connection is never one the server is closing.
    pub fn client(&self, local: IpAddr, timeout: Duration) -> Result<Http, String> {
        Http::with(
            &self.process.base,
            &HttpOptions {
                local: Some(local),
                timeout,
                connect_timeout: Some(Duration::from_secs(30)),
                pool_idle: Duration::from_secs(5),
                max_idle_per_host: usize::MAX,
                forwarded: self.header.clone().map(|h| (h, local.to_string())),
            },
        )
    }
}

/// A page's document, byte for byte as the page sends it.
pub fn page(operation: &str) -> Result<String, String> {
    xuefa::http::trusted::page_document(operation)
        .ok_or_else(|| format!("no page document `{operation}` in web/src/gql/graphql.ts"))
}

/// Logs in with the page's `Login` document (anonymous callers may send only the pages').
pub async fn login(http: &Http, phone: &str, password: &str) -> Result<String, String> {
    let data = http
        .gql(
            None,
            &page("mutation Login(")?,
            json!({"phone": phone, "password": password}),
        )
        .await
        .data()
        .map_err(|e| format!("login {phone}: {e}"))?;
    data["login"]["token"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("login {phone}: no token in {data}"))
}

pub async fn run(o: Options) -> Result<bool, String> {
    let common = o.scenario.common().clone();
    let bin = common.services.server_binary()?;
    let backend = common.services.postgres().await?;
    let name = o.scenario.name();
    eprintln!("== attack {name}: server {}", bin.display());
    let stores = Stores::create(&backend, "xuefa_load_attack").await?;
    stores.load(&bin, &["demo"]).await?;
    let mut env = vec![
        // As production runs: only the pages' documents from anyone but administrators, and
        // each address at most 1,000 connections (the defaults; set here because the tool's
        // other scenarios turn both off).
        ("XUEFA_TRUSTED_DOCUMENTS", "non-admins".to_owned()),
        ("XUEFA_MAX_CONNECTIONS_PER_ADDRESS", "1000".to_owned()),
        ("XUEFA_TOKEN_TTL_SECONDS", (24 * 3600).to_string()),
        ("XUEFA_SHUTDOWN_GRACE_SECONDS", "2".into()),
    ];
    if let Some(h) = &common.client_ip_header {
        env.push(("XUEFA_CLIENT_IP_HEADER", h.clone()));
    }
    let db = stores.connect().await?;
    let ids = demo_ids(&db).await?;
    seed(&db, ids.unit_id, ids.campaign_id, PHONES_HONEST, common.honest).await?;
    seed(&db, ids.unit_id, ids.campaign_id, PHONE_ATTACKER, 1).await?;
    if let Scenario::Amplification(a) = &o.scenario {
        db.execute_unprepared(&format!(
            "UPDATE study_items SET body = repeat('法', {})",
            a.body_chars
        ))
        .await
        .map_err(|e| format!("study item bodies: {e}"))?;
    }
    let process = stores.serve(&bin, "attack", &env).await?;
    let target = Arc::new(Target {
        session: xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::ExamSession, ids.session_id).0,
        unit: xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::Unit, ids.unit_id).0,
        campaign: xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::Campaign, ids.campaign_id).0,
        header: common.client_ip_header.clone(),
        process,
        stores,
        db,
    });
    let outcome = attack(&o.scenario, &common, target.clone()).await;
    let Ok(target) = Arc::try_unwrap(target) else {
        return Err("the target is still in use".into());
    };
    target.process.stop().await;
    target.db.close().await.ok();
    target.stores.finish(false, outcome.is_err()).await;
    let report = outcome?;
    report.print(&o.scenario, &common);
    // Whatever the target, a run in which no honest save was answered during the flood
    // measured nothing: it fails with or without `--strict`.
    let saved = op(&report.during, "saveAnswer").is_some_and(|s| s.count > 0);
    if !saved {
        println!("\n**No honest save was answered during the flood.**");
    }
    Ok(saved && (report.met || !common.strict))
}

struct DemoIds {
    unit_id: i32,
    session_id: i32,
    campaign_id: i32,
}

async fn demo_ids(db: &DatabaseConnection) -> Result<DemoIds, String> {
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
    Ok(DemoIds {
        unit_id: get("unit_id")?,
        session_id: get("session_id")?,
        campaign_id: get("campaign_id")?,
    })
}

/// `n` learners on the unit's roster from phone `first`, study done three days ago, all on
/// `PASSWORD` (no forced change).
async fn seed(db: &DatabaseConnection, unit: i32, campaign: i32, first: i64, n: usize) -> Result<(), String> {
    let hash = xuefa::auth::password::hash(PASSWORD.to_owned())
        .await
        .map_err(|e| format!("argon2: {e:?}"))?;
    let (low, high) = (first.to_string(), (first + n as i64 - 1).to_string());
    let completed = (xuefa::infra::clock::today() - chrono::Duration::days(3)).to_string();
    let statements = [
        sql(
            "INSERT INTO accounts (phone, name, password_hash, must_change_password, created_at, password_changed_at) \
             SELECT ($1::bigint + g)::text, '诚实学员' || g, $2, false, now(), now() \
             FROM generate_series(0, $3::int - 1) AS g",
            vec![first.into(), hash.into(), (n as i32).into()],
        ),
        sql(
            "INSERT INTO learners (account_id, unit_id, name, status, created_at, updated_at) \
             SELECT id, $1, name, 'IN_SERVICE', now(), now() FROM accounts \
             WHERE phone BETWEEN $2 AND $3 ORDER BY phone",
            vec![unit.into(), low.clone().into(), high.clone().into()],
        ),
        sql(
            "INSERT INTO study_progress (learner_id, campaign_id, total_points, completed_on, updated_at) \
             SELECT l.id, $1, 100, $2::date, now() FROM learners l JOIN accounts a ON a.id = l.account_id \
             WHERE a.phone BETWEEN $3 AND $4",
            vec![
                campaign.into(),
                completed.into(),
                low.clone().into(),
                high.clone().into(),
            ],
        ),
    ];
    for statement in statements {
        db.execute_raw(statement)
            .await
            .map_err(|e| format!("seeding learners: {e}"))?;
    }
    let seeded = count(
        db,
        "SELECT count(*) AS n FROM learners l JOIN accounts a ON a.id = l.account_id WHERE a.phone BETWEEN $1 AND $2",
        vec![low.into(), high.into()],
    )
    .await?;
    if seeded != n as i64 {
        return Err(format!("seeded {seeded} learners of {n}"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The honest side

/// The honest learners' context.
pub struct Honest {
    target: Arc<Target>,
    common: Common,
    documents: [String; 4],
    /// 0 quiet, 1 while the flood ramps up, 2 once it is at full strength ("flooded").
    phase: AtomicU8,
    stop: AtomicBool,
    quiet: Recorder,
    ramp: Recorder,
    during: Recorder,
    seq: AtomicU64,
}

impl Honest {
    fn recorder(&self) -> &Recorder {
        match self.phase.load(Ordering::Relaxed) {
            0 => &self.quiet,
            1 => &self.ramp,
            _ => &self.during,
        }
    }

    /// One learner's cycles until `stop`.
    async fn learner(self: Arc<Self>, i: usize) {
        let phone = (PHONES_HONEST + i as i64).to_string();
        let address = loadtest::http::spread_address(i);
        let [login, start, paper, save] = &self.documents;
        let mut backoff = Duration::from_millis(200);
        while !self.stop.load(Ordering::Relaxed) {
            let Ok(http) = self.target.client(address, Duration::from_secs(60)) else {
                return;
            };
            let vars = json!({"phone": phone, "password": PASSWORD});
            let Some(token) = self
                .step(&http, None, "login", login, vars, |d| {
                    d["login"]["token"].as_str().map(str::to_owned)
                })
                .await
            else {
                self.pause(&mut backoff).await;
                continue;
            };
            let vars = json!({"sessionId": self.target.session});
            let Some(attempt) = self
                .step(&http, Some(&token), "startExam", start, vars, |d| {
                    d["startExam"]["id"].as_str().map(str::to_owned)
                })
                .await
            else {
                self.pause(&mut backoff).await;
                continue;
            };
            let vars = json!({"id": attempt});
            let Some(questions) = self
                .step(&http, Some(&token), "examPaper", paper, vars, questions_of)
                .await
            else {
                self.pause(&mut backoff).await;
                continue;
            };
            backoff = Duration::from_millis(200);
            for k in 0..self.common.saves_per_login {
                if self.stop.load(Ordering::Relaxed) {
                    return;
                }
                let think = rand::random_range(0..=2 * self.common.think_ms);
                tokio::time::sleep(Duration::from_millis(think)).await;
                let (question, labels) = &questions[(k as usize + i) % questions.len()];
                let choice = labels
                    .get(rand::random_range(0..labels.len().max(1)))
                    .cloned()
                    .unwrap_or_else(|| "A".into());
                let vars = json!({
                    "attemptId": attempt,
                    "questionId": question,
                    "choices": [choice],
                    "clientSeq": self.seq.fetch_add(1, Ordering::Relaxed) + 1,
                });
                self.step(&http, Some(&token), "saveAnswer", save, vars, |d| {
                    (d["saveAnswer"]["saved"] == true).then_some(())
                })
                .await;
            }
        }
    }

    /// One timed request, recorded in the phase it was sent in.
    async fn step<T>(
        &self,
        http: &Http,
        token: Option<&str>,
        op: &'static str,
        document: &str,
        variables: Value,
        accept: impl FnOnce(&Value) -> Option<T>,
    ) -> Option<T> {
        let rec = self.recorder();
        rec.timed(op, http.gql(token, document, variables), |d| {
            accept(&d).ok_or_else(|| format!("unexpected answer: {}", short(&d)))
        })
        .await
    }

    /// After a failed step, as the page retries: a jittered wait, doubling to 2 s.
    async fn pause(&self, backoff: &mut Duration) {
        tokio::time::sleep(backoff.mul_f64(rand::random_range(0.5..1.5))).await;
        *backoff = (*backoff * 2).min(Duration::from_secs(2));
    }
}

fn short(v: &Value) -> String {
    v.to_string().chars().take(200).collect()
}

type Questions = Vec<(String, Vec<String>)>;

fn questions_of(d: &Value) -> Option<Questions> {
    let questions: Questions = d["examAttempt"]["questions"]
        .as_array()?
        .iter()
        .map(question_keys)
        .collect();
    (!questions.is_empty()).then_some(questions)
}

// ---------------------------------------------------------------------------------------------
// The run and its report

/// Server memory, sampled.
#[derive(Default)]
struct Memory {
    at_rest: f64,
    sampled_peak: f64,
    hwm: f64,
}

pub struct Report {
    quiet: Vec<Summary>,
    ramp: Vec<Summary>,
    during: Vec<Summary>,
    flood: Flood,
    memory: Memory,
    flood_secs: f64,
    verdict: String,
    met: bool,
}

async fn attack(scenario: &Scenario, common: &Common, target: Arc<Target>) -> Result<Report, String> {
    let honest = Arc::new(Honest {
        target: target.clone(),
        common: common.clone(),
        documents: [
            page("mutation Login(")?,
            page("mutation StartExam(")?,
            page("query ExamPaper(")?,
            page("mutation SaveAnswer(")?,
        ],
        phase: AtomicU8::new(0),
        stop: AtomicBool::new(false),
        quiet: Recorder::default(),
        ramp: Recorder::default(),
        during: Recorder::default(),
        seq: AtomicU64::new(0),
    });
    let pid = target.process.pid;
    let at_rest = loadtest::procfs::rss_mib(pid).unwrap_or(0.0);
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let sampling = sampling.clone();
        tokio::spawn(async move {
            let mut peak: f64 = 0.0;
            while sampling.load(Ordering::Relaxed) {
                peak = peak.max(loadtest::procfs::rss_mib(pid).unwrap_or(0.0));
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            peak
        })
    };

    eprintln!(
        "{} honest learners, quiet for {} s",
        common.honest, common.quiet_secs
    );
    let learners: Vec<_> = (0..common.honest)
        .map(|i| tokio::spawn(honest.clone().learner(i)))
        .collect();
    tokio::time::sleep(Duration::from_secs(common.quiet_secs)).await;

    eprintln!("the flood: {}", scenario.name());
    honest.phase.store(1, Ordering::Relaxed);
    let flood = attack_floods::start(scenario, target.clone()).await;
    let flood = match flood {
        Ok(f) => f,
        Err(e) => {
            honest.stop.store(true, Ordering::Relaxed);
            for l in learners {
                let _ = l.await;
            }
            return Err(e);
        }
    };
    honest.phase.store(2, Ordering::Relaxed);
    let began = Instant::now();
    tokio::time::sleep(Duration::from_secs(common.secs)).await;
    honest.stop.store(true, Ordering::Relaxed);
    for l in learners {
        let _ = l.await;
    }
    let flood_secs = began.elapsed().as_secs_f64();
    let flood = flood.stop().await;
    sampling.store(false, Ordering::Relaxed);
    let sampled_peak = sampler.await.unwrap_or(0.0);
    let memory = Memory {
        at_rest,
        sampled_peak,
        hwm: target.process.peak_rss_mib(),
    };
    let during = honest.during.summaries();
    let (verdict, met) = verdict(scenario, &during, &memory);
    Ok(Report {
        quiet: honest.quiet.summaries(),
        ramp: honest.ramp.summaries(),
        during,
        flood,
        memory,
        flood_secs,
        verdict,
        met,
    })
}

fn busy(s: &Summary) -> u64 {
    s.errors.get("BUSY").copied().unwrap_or(0)
}

fn op<'a>(summaries: &'a [Summary], name: &str) -> Option<&'a Summary> {
    summaries.iter().find(|s| s.name == name)
}

/// The scenario's target and whether the run met it.
fn verdict(scenario: &Scenario, during: &[Summary], memory: &Memory) -> (String, bool) {
    let save = op(during, "saveAnswer").cloned().unwrap_or_default();
    let login = op(during, "login").cloned().unwrap_or_default();
    let p99_200 = Duration::from_millis(200);
    match scenario {
        Scenario::SaveFlood(_) => {
            let ok = save.count > 0 && busy(&save) == 0 && save.p99 <= p99_200;
            (
                format!(
                    "0 honest saves BUSY and honest save p99 ≤ 200 ms: {} BUSY, p99 {} of {} saves ({})",
                    busy(&save),
                    ms(save.p99),
                    save.count,
                    met(ok)
                ),
                ok,
            )
        }
        Scenario::LoginFlood(_) => {
            let ok = login.count > 0 && busy(&login) == 0 && login.p95 <= Duration::from_secs(2);
            (
                format!(
                    "honest logins p95 ≤ 2 s and 0 BUSY: p95 {}, {} BUSY of {} logins ({})",
                    ms(login.p95),
                    busy(&login),
                    login.count,
                    met(ok)
                ),
                ok,
            )
        }
        Scenario::AliasFlood(_) => {
            let ok = save.count > 0 && save.p99 <= p99_200;
            (
                format!(
                    "honest save p99 ≤ 200 ms: p99 {} of {} saves ({})",
                    ms(save.p99),
                    save.count,
                    met(ok)
                ),
                ok,
            )
        }
        Scenario::IdleSockets(_) => {
            let worst = during.iter().map(|s| s.p99).max().unwrap_or_default();
            let answered: usize = during.iter().map(|s| s.count).sum();
            let ok = answered > 0 && save.count > 0 && worst <= Duration::from_secs(1);
            (
                format!(
                    "honest p99 ≤ 1 s: the slowest operation's p99 {} ({} honest requests answered; {})",
                    ms(worst),
                    answered,
                    met(ok)
                ),
                ok,
            )
        }
        Scenario::Amplification(_) => {
            let peak = memory.hwm.max(memory.sampled_peak);
            let ok = peak > 0.0 && peak <= 300.0;
            (
                format!("server RSS ≤ 300 MB: peak {peak:.0} MB ({})", met(ok)),
                ok,
            )
        }
    }
}

impl Report {
    fn print(&self, scenario: &Scenario, common: &Common) {
        println!("### loadtest attack {}", scenario.name());
        println!();
        println!(
            "{} build, PostgreSQL + Redis, demo data, trusted documents on, 1,000 connections per \
             address; {}; {} UTC; commit {}.",
            if common.services.debug { "Debug" } else { "Release" },
            loadtest::machine(),
            chrono::Utc::now().format("%Y-%m-%d %H:%M"),
            loadtest::scenario::source_version()
        );
        println!();
        println!(
            "{} honest learners on 127.77.x.y (each: a new connection, Login, StartExam, ExamPaper, \
             {} saves {} ms apart on average); the flood ({}) for {:.0} s.",
            common.honest, common.saves_per_login, common.think_ms, self.flood.what, self.flood_secs
        );
        println!();
        println!("| phase | operation | answered | BUSY | other errors | p50 | p95 | p99 | max |");
        println!("|---|---|---:|---:|---|---:|---:|---:|---:|");
        for (phase, summaries) in [
            ("quiet", &self.quiet),
            ("flood ramping up", &self.ramp),
            ("flooded", &self.during),
        ] {
            for s in summaries.iter() {
                let others: Vec<String> = s
                    .errors
                    .iter()
                    .filter(|(c, _)| c.as_str() != "BUSY")
                    .map(|(c, n)| format!("{c}: {n}"))
                    .collect();
                println!(
                    "| {phase} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    s.name,
                    s.count,
                    busy(s),
                    if others.is_empty() {
                        "0".into()
                    } else {
                        others.join(", ")
                    },
                    ms(s.p50),
                    ms(s.p95),
                    ms(s.p99),
                    ms(s.max)
                );
            }
        }
        println!();
        println!("The flood was answered:");
        for (kind, codes) in &self.flood.answers {
            let list: Vec<String> = codes.iter().map(|(c, n)| format!("`{c}` {n}")).collect();
            println!("- {kind}: {}", list.join(", "));
        }
        for note in &self.flood.notes {
            println!("- {note}");
        }
        println!();
        println!(
            "Server RSS: {:.0} MB at rest, peak {:.0} MB sampled every 100 ms, VmHWM {:.0} MB.",
            self.memory.at_rest, self.memory.sampled_peak, self.memory.hwm
        );
        println!();
        println!("Target: {}.", self.verdict);
    }
}
