//! `loadtest stats` (issue 6, "Speed"): `stats` and `learnersNeedingAction` on a generated
//! 1,000,000-learner province in PostgreSQL, idle and while learners submit attempts over the
//! API.
//!
//! 1. Check: `xuefa::tools::generate` writes a small province (2,000 learners, 40 units) into a
//!    fresh PostgreSQL database and a SQLite file, and `stats::verify` must find every unit's
//!    stored figures equal to a recount; the run stops loudly otherwise.
//! 2. Generation: a fresh database `xuefa_stats_<random>` gets the full province (`--learners`,
//!    `--units`), timed phase by phase.
//! 3. A province administrator and a district administrator (of the district with the most
//!    learners) are written into the database with a known password; the server starts on it
//!    (Redis under a unique key prefix) and both log in over HTTP.
//! 4. Idle: `stats` of the province with its children, `stats` of the district,
//!    `learnersNeedingAction(kind: NOT_TAKEN, first: 20)` for the province and the district:
//!    each `--requests` times one after another, then as many again 4 at a time (a query
//!    slower than 250 ms gets fewer requests: at most 30 s each).
//! 5. Under load: learners who have studied and not sat the exam yet, in units whose MAIN
//!    session is open now, get a password and a token (written into the database); to have
//!    enough of them, `--extra-sitters` learners' generated MAIN attempts are withdrawn first
//!    (deleted, their units recounted with `stats::refresh_unit`). `startExam` + `submitExam`
//!    run over HTTP for `--submit-rate` learners a second (open loop, at most 512 in flight)
//!    and the two `stats` queries are measured again (a time budget of 15 s each when slow),
//!    with the submissions reached in each window and the CPU shares. When the server does not
//!    reach 95 % of the asked rate, the same again at 50 % of the rate it reached.
//! 6. `stats::verify` over the whole province after the load.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::ArgAction;
use clap::builder::FalseyValueParser;
use loadtest::procfs::{CpuSample, Postgres};
use loadtest::scenario::{count, postgres_facts, sql};
use loadtest::stats::{Latency, Recorder, ms, secs};
use loadtest::{Backend, Call, Http, HttpOptions, Stores, Until, workers};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::{Value, json};
use xuefa::domain::ids::{CampaignId, UnitId};
use xuefa::tools::generate::{self, Generated, Phase};

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

#[derive(clap::Args, Clone, Debug)]
pub struct Options {
    /// Learners of the generated province.
    #[arg(long, env = "XUEFA_STATS_LEARNERS", default_value_t = 1_000_000)]
    learners: u32,
    /// Units of the generated province (default: 20,000 for a million learners, else
    /// learners / 50, at least 40).
    #[arg(long, env = "XUEFA_STATS_UNITS")]
    units: Option<u32>,
    /// Requests per query and mode.
    #[arg(long, env = "XUEFA_STATS_REQUESTS", default_value_t = 200)]
    requests: u64,
    /// Learners a second who start and submit during the loaded measurements (0: none).
    #[arg(long, env = "XUEFA_STATS_SUBMIT_RATE", default_value_t = 200)]
    submit_rate: u64,
    /// Generated MAIN attempts withdrawn so that enough learners can sit the exam.
    #[arg(long, env = "XUEFA_STATS_EXTRA_SITTERS", default_value_t = 40_000)]
    extra_sitters: i64,
    /// Recount the whole province after the load (`stats::verify`).
    #[arg(long, env = "XUEFA_STATS_VERIFY", default_value = "1", action = ArgAction::Set, value_parser = FalseyValueParser::new())]
    verify: bool,
    /// Keep the database (for EXPLAIN ANALYZE through psql).
    #[arg(long, env = "XUEFA_STATS_KEEP", value_parser = FalseyValueParser::new())]
    keep: bool,
    #[command(flatten)]
    services: loadtest::scenario::Services,
}

impl Options {
    fn units(&self) -> u32 {
        self.units.unwrap_or(if self.learners >= 1_000_000 {
            20_000
        } else {
            (self.learners / 50).max(40)
        })
    }
}

pub async fn run(o: Options) -> Result<bool, String> {
    let bin = o.services.server_binary()?;
    let backend = o.services.postgres().await?;
    let mut report = Report {
        machine: format!(
            "{}; {}; {}",
            loadtest::machine(),
            postgres_facts(
                &o.services.database_url,
                &["shared_buffers", "work_mem", "synchronous_commit"]
            )
            .await,
            chrono::Utc::now().format("%Y-%m-%d %H:%M UTC")
        ),
        learners: o.learners,
        units: o.units(),
        ..Default::default()
    };

    // ---- 1. the generator against a recount, small, on both back ends
    for backend in [backend.clone(), Backend::Sqlite] {
        match check_small(&backend).await {
            Ok(line) => report.checks.push(line),
            Err(why) => {
                eprintln!("\n!!! GENERATOR CHECK FAILED: {why}\n");
                println!("## Generator check FAILED\n\n{why}");
                return Ok(false);
            }
        }
    }

    // ---- 2. the full province
    let stores = Stores::create(&backend, "xuefa_stats").await?;
    if let Err(why) = full_run(&o, &bin, &stores, &mut report).await {
        eprintln!("\n!!! {why}\n");
        report.failures.push(why);
    }
    if o.keep {
        report.kept = Some(stores.database_url.clone());
    }
    // The server's warnings and errors stay for a look at any failed request.
    report.server_log = Some(stores.dir.join("stats.log").display().to_string());
    stores.finish(o.keep, true).await;
    report.print();
    Ok(report.failures.is_empty())
}

/// Generates 2,000 learners into a fresh database; every unit's figures must equal a
/// recount, and a second run must refuse the database.
async fn check_small(backend: &Backend) -> Result<String, String> {
    let label = backend.label();
    let options = generate::Options {
        learners: 2_000,
        units: 40,
        seed: 7,
    };
    let quiet = |_: &Phase| {};
    let stores = Stores::create(backend, "xuefa_stats_check").await?;
    let outcome = async {
        let db = stores.connect().await?;
        xuefa::domain::migrate(&db)
            .await
            .map_err(|e| format!("{label}: migrate: {e}"))?;
        let g = generate::generate(&db, &options, &quiet)
            .await
            .map_err(|e| format!("{label}: generate: {e:?}"))?;
        if generate::generate(&db, &options, &quiet).await.is_ok() {
            return Err(format!("{label}: generate ran again on a database holding data"));
        }
        let wrong = xuefa::domain::stats::verify(&db, g.campaign_id)
            .await
            .map_err(|e| format!("{label}: verify: {e:?}"))?;
        db.close().await.ok();
        if !wrong.is_empty() {
            let sample: Vec<String> = wrong.iter().take(5).map(|d| format!("{d:?}")).collect();
            return Err(format!(
                "{label}: stats::verify found {} differences from a recount after `xuefa generate` ({} units):\n{}",
                wrong.len(),
                g.units,
                sample.join("\n")
            ));
        }
        let line = format!(
            "{label}: generated {} learners in {} units in {}; stats::verify: every unit and learner equals its recount",
            g.learners,
            g.units,
            secs(g.total)
        );
        eprintln!("check: {line}");
        Ok(line)
    }
    .await;
    stores.finish(false, false).await;
    outcome
}

async fn full_run(
    o: &Options,
    bin: &std::path::Path,
    stores: &Stores,
    report: &mut Report,
) -> Result<(), String> {
    let db = stores.connect().await?;
    xuefa::domain::migrate(&db)
        .await
        .map_err(|e| format!("migrate: {e}"))?;
    eprintln!(
        "== generating {} learners in {} units into {}",
        o.learners,
        o.units(),
        stores.database_name().unwrap_or_default()
    );
    let show = |p: &Phase| {
        eprintln!(
            "  {:<28} {:>9} rows  {:>7.1} s",
            p.name,
            p.rows,
            p.elapsed.as_secs_f64()
        )
    };
    let options = generate::Options {
        learners: o.learners,
        units: o.units(),
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
    let district_id = administrators(&db, &g, report).await?;

    let server = stores
        .serve(
            bin,
            "stats",
            &[
                ("XUEFA_TOKEN_TTL_SECONDS", (30 * 24 * 3600).to_string()),
                ("XUEFA_SHUTDOWN_GRACE_SECONDS", "2".into()),
            ],
        )
        .await?;
    let outcome = measure(o, &db, &server, &g, district_id, report).await;
    server.stop().await;
    outcome?;

    if o.verify {
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

/// The province administrator and the administrator of the district with the most learners,
/// with `PASSWORD`; the district's id.
async fn administrators(db: &DatabaseConnection, g: &Generated, report: &mut Report) -> Result<i32, String> {
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
        db,
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
    Ok(district_id)
}

// ---------------------------------------------------------------------------------------------
// Measuring

/// One query as the scenario sends it.
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
    result: Latency,
    errors: u64,
    note: String,
}

/// The workers' context: the probe and where its calls are counted.
struct Probing {
    http: Http,
    probe: Probe,
    rec: Recorder,
}

async fn send(p: Arc<Probing>, _: Call) {
    let call = p
        .http
        .gql(Some(&p.probe.token), p.probe.query, p.probe.variables.clone());
    p.rec.timed("query", call, |_| Ok(())).await;
}

/// `n` requests one after another, then `n` more `CONCURRENCY` at a time (fewer, within a time
/// budget, for a slow query).
async fn measure_probe(http: &Http, probe: &Probe, n: u64, load: Option<&Load>) -> Vec<Row> {
    let budget = if load.is_some() {
        SLOW_BUDGET_LOADED
    } else {
        SLOW_BUDGET
    };
    // Warm-up, and the check that it answers at all; then a few at once, so the server's
    // connection pool has grown as it would in service.
    let warm = Arc::new(Probing {
        http: http.clone(),
        probe: probe.clone(),
        rec: Recorder::default(),
    });
    workers(&warm, 1, Until::total(3), send).await;
    // Slow when even the fastest warm-up request was.
    let slow = warm.rec.summary("query").min > SLOW;
    workers(&warm, CONCURRENCY, Until::each(3), send).await;

    let mut rows = Vec::new();
    for (mode, concurrency) in [("sequential", 1usize), ("4 concurrent", CONCURRENCY)] {
        let before = load.map(Load::snapshot);
        let probing = Arc::new(Probing {
            http: http.clone(),
            probe: probe.clone(),
            rec: Recorder::default(),
        });
        let until = if slow {
            Until::total(n).within(budget)
        } else {
            Until::total(n)
        };
        let window = workers(&probing, concurrency, until, send).await;
        let result = probing.rec.summary("query").latency();
        let mode = match (load, before) {
            (Some(load), Some(before)) => {
                let rate = (load.snapshot().submitted - before.submitted) as f64 / window.as_secs_f64();
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
            errors: probing.rec.error_count(),
            note: if slow && (result.count as u64) < n {
                format!("{} s budget", budget.as_secs())
            } else {
                String::new()
            },
        });
    }
    rows
}

async fn measure(
    o: &Options,
    db: &DatabaseConnection,
    server: &loadtest::ServerProcess,
    g: &Generated,
    district_id: i32,
    report: &mut Report,
) -> Result<(), String> {
    let http = Http::with(&server.base, &HttpOptions::pooled(Duration::from_secs(120)))?;
    let province_token = http.login(PROVINCE_ADMIN, PASSWORD).await?;
    let district_token = http.login(DISTRICT_ADMIN, PASSWORD).await?;
    let campaign = xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::Campaign, g.campaign_id).0;
    let province = xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::Region, g.province_id).0;
    let district = xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::Region, district_id).0;

    // The figures the API gives equal the base tables'.
    let data = http
        .gql(
            Some(&province_token),
            STATS,
            json!({"c": campaign, "n": province}),
        )
        .await
        .data()?;
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

    let probe = |label: String, token: &str, query, node: &str, target_ms| Probe {
        label,
        token: token.to_owned(),
        query,
        variables: json!({"c": campaign, "n": node}),
        target: Duration::from_millis(target_ms),
    };
    let stats_probes = [
        probe(
            format!("stats: province with its {children} children"),
            &province_token,
            STATS,
            &province,
            50,
        ),
        probe(
            "stats: district with its units".into(),
            &district_token,
            STATS,
            &district,
            20,
        ),
    ];
    let action_probes = [
        probe(
            "learnersNeedingAction NOT_TAKEN first 20: province".into(),
            &province_token,
            ACTION,
            &province,
            50,
        ),
        probe(
            "learnersNeedingAction NOT_TAKEN first 20: district".into(),
            &district_token,
            ACTION,
            &district,
            50,
        ),
    ];
    eprintln!("== idle");
    for probe in stats_probes.iter().chain(action_probes.iter()) {
        report
            .rows
            .extend(measure_probe(&http, probe, o.requests, None).await);
    }

    // ---- under load
    if o.submit_rate == 0 {
        return Ok(());
    }
    let pool = Arc::new(Mutex::new(sitters(o, db, g, report).await?));
    let asked = o.submit_rate;
    let reached = under_load(&http, server.pid, &stats_probes, o, asked, &pool, report).await;
    if reached < asked as f64 * 0.95 {
        // Again at a rate the server sustains, to see the stats under heavy but steady load.
        let steady = ((reached * 0.5 / 10.0).floor() as u64 * 10).max(10);
        tokio::time::sleep(Duration::from_secs(5)).await;
        under_load(&http, server.pid, &stats_probes, o, steady, &pool, report).await;
    }
    Ok(())
}

/// Learners who can sit the exam now (studied, in service, not exempted, no attempt yet), with a
/// password and a token each: the ~1 % the generator left without an attempt, plus
/// `--extra-sitters` whose generated MAIN attempt is withdrawn first (deleted, and their units
/// recounted with `stats::refresh_unit`).
async fn sitters(
    o: &Options,
    db: &DatabaseConnection,
    g: &Generated,
    report: &mut Report,
) -> Result<Vec<(String, String)>, String> {
    let today = xuefa::infra::clock::today();
    let extra = o.extra_sitters;
    if extra > 0 {
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
            xuefa::domain::stats::refresh_unit(&txn, CampaignId(g.campaign_id), UnitId(unit))
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
    let wanted = extra + (o.submit_rate * 120) as i64;
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
                xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::ExamSession, session).0,
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

type Pool = Arc<Mutex<Vec<(String, String)>>>;

/// The stats probes while `rate` learners a second start and submit; returns the rate reached.
async fn under_load(
    http: &Http,
    server_pid: u32,
    probes: &[Probe],
    o: &Options,
    rate: u64,
    pool: &Pool,
    report: &mut Report,
) -> f64 {
    eprintln!("== under load: {rate} start + submit a second asked");
    let load = Load::start(http.clone(), pool.clone(), rate);
    tokio::time::sleep(Duration::from_secs(5)).await;
    let window_start = load.snapshot();
    let cpu_before = CpuSample::now(server_pid, Postgres::All);
    let started = Instant::now();
    for probe in probes {
        report
            .rows
            .extend(measure_probe(http, probe, o.requests, Some(&load)).await);
    }
    let window = started.elapsed();
    let window_end = load.snapshot();
    let cpu = CpuSample::now(server_pid, Postgres::All).share_since(&cpu_before);
    let (summary, ran_out) = load.stop().await;
    let submitted = window_end.submitted - window_start.submitted;
    let reached = submitted as f64 / window.as_secs_f64();
    let line = format!(
        "load asked at {rate}/s: {submitted} attempts submitted while the stats were measured ({}) = {reached:.0}/s; \
         {} start + submit sequences not begun because {LOAD_IN_FLIGHT} were in flight; {} errors; start + submit \
         latency p50 {}, p95 {}; CPU (share of both cores) server {:.0} %, PostgreSQL {:.0} %, Redis {:.0} %, \
         this tool {:.0} %, other processes {:.0} %, idle {:.0} %{}",
        secs(window),
        window_end.skipped - window_start.skipped,
        summary.error_count(),
        ms(summary.p50),
        ms(summary.p95),
        cpu.server,
        cpu.postgres,
        cpu.redis,
        cpu.tool,
        cpu.other(),
        cpu.idle,
        if ran_out { "; RAN OUT of learners" } else { "" }
    );
    eprintln!("{line}");
    report.loads.push((rate, reached, line));
    reached
}

// ---------------------------------------------------------------------------------------------
// Background submissions: an open loop at a rate

#[derive(Clone, Copy)]
struct Snapshot {
    submitted: u64,
    skipped: u64,
}

struct LoadState {
    http: Http,
    rec: Recorder,
    in_flight: AtomicU64,
    submitted: AtomicU64,
    skipped: AtomicU64,
}

struct Load {
    rate: u64,
    running: Arc<AtomicBool>,
    state: Arc<LoadState>,
    task: tokio::task::JoinHandle<bool>,
}

impl Load {
    fn start(http: Http, pool: Pool, rate: u64) -> Load {
        let running = Arc::new(AtomicBool::new(true));
        let state = Arc::new(LoadState {
            http,
            rec: Recorder::default(),
            in_flight: AtomicU64::new(0),
            submitted: AtomicU64::new(0),
            skipped: AtomicU64::new(0),
        });
        let task = {
            let (running, state) = (running.clone(), state.clone());
            tokio::spawn(async move {
                let mut ticker = tokio::time::interval(Duration::from_micros(1_000_000 / rate.max(1)));
                ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
                let mut ran_out = false;
                let mut set = tokio::task::JoinSet::new();
                while running.load(Ordering::Relaxed) {
                    ticker.tick().await;
                    if state.in_flight.load(Ordering::Relaxed) >= LOAD_IN_FLIGHT {
                        state.skipped.fetch_add(1, Ordering::Relaxed);
                        continue;
                    }
                    let Some(sitter) = pool.lock().ok().and_then(|mut p| p.pop()) else {
                        ran_out = true;
                        break;
                    };
                    state.in_flight.fetch_add(1, Ordering::Relaxed);
                    set.spawn(sit(state.clone(), sitter));
                    while set.try_join_next().is_some() {}
                }
                while set.join_next().await.is_some() {}
                ran_out
            })
        };
        Load {
            rate,
            running,
            state,
            task,
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            submitted: self.state.submitted.load(Ordering::Relaxed),
            skipped: self.state.skipped.load(Ordering::Relaxed),
        }
    }

    /// Stops it; the start + submit sequences' figures, and whether the learners ran out.
    async fn stop(self) -> (loadtest::stats::Summary, bool) {
        self.running.store(false, Ordering::Relaxed);
        let ran_out = self.task.await.unwrap_or(false);
        (self.state.rec.summary("start + submit"), ran_out)
    }
}

/// One learner starts and submits: timed as one operation.
async fn sit(state: Arc<LoadState>, (token, session): (String, String)) {
    let http = state.http.clone();
    let sequence = async {
        let data = match http.gql(Some(&token), START, json!({"s": session})).await {
            loadtest::Answer::Data(data) => data,
            failed => return failed,
        };
        let Some(attempt) = data["startExam"]["id"].as_str() else {
            return loadtest::Answer::Error {
                code: "UNEXPECTED".into(),
                message: format!("startExam: {data}"),
            };
        };
        http.gql(Some(&token), SUBMIT, json!({"a": attempt})).await
    };
    let submitted = state
        .rec
        .timed("start + submit", sequence, |data| {
            if data["submitExam"]["attemptId"].is_null() {
                Err(format!("submitExam: {data}"))
            } else {
                Ok(())
            }
        })
        .await;
    if submitted.is_some() {
        state.submitted.fetch_add(1, Ordering::Relaxed);
    }
    state.in_flight.fetch_sub(1, Ordering::Relaxed);
}

// ---------------------------------------------------------------------------------------------
// The report

#[derive(Default)]
struct Report {
    machine: String,
    learners: u32,
    units: u32,
    checks: Vec<String>,
    generation: Option<Generated>,
    database_size: Option<String>,
    district: String,
    rows: Vec<Row>,
    /// Asked rate, reached rate, description.
    loads: Vec<(u64, f64, String)>,
    failures: Vec<String>,
    kept: Option<String>,
    server_log: Option<String>,
}

impl Report {
    fn print(&self) {
        println!("### Statistics at province scale (loadtest stats)\n");
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
