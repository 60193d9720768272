//! A synthetic province at full size, written straight into an empty database in bulk
//! (`xuefa generate`): for load tests and the statistics benchmark (issue 6).
//!
//! The province 990000 测试省 (a code no real province uses) has 14 cities of 8 or 9 districts
//! each (120 districts), `units` units (0.3 % attached to the province itself, 0.2 % to each
//! city, the rest over the districts, the largest with up to 2.7 times the units of the
//! smallest) and `learners` learners spread unevenly over the units (rosters of a few to a few
//! hundred). The mixes, per learner:
//!
//! * status: 0.6 % retired and 0.4 % left (still on their unit's roster, no longer counted),
//!   0.5 % transferring (no unit, `last_unit_id` set), the rest in service;
//! * exemptions: 1 % approved, 0.2 % pending, 0.1 % rejected;
//! * study: 97 % reached the required points between the study start and three days ago, the
//!   rest are part-way;
//! * exam: of the learners who could sit it (studied, not exempted) 98.9 % submitted a MAIN
//!   attempt (about 95 % of all learners) and 3 % of those failed; 40 % of the failed also have
//!   a MAKEUP attempt (80 % passed). MAIN attempts lie between the main window's first session
//!   and now; the campaign stands on exam day like the demo's, so the make-up window is still
//!   to come and the generated MAKEUP attempts are dated inside it (synthetic data ahead of the
//!   calendar, for the NOT_EXCELLENT list).
//!
//! Every unit has internet and one MAIN session open now plus one MAKEUP session; the campaign
//! has a small question bank (60 single choice, 30 multiple choice, 30 true/false), enough for a
//! real `startExam`. Accounts have no password (`password_hash` NULL, must change it at first
//! login); phones are 199 followed by the learner's id in 8 digits. No administrators are
//! created. Generated attempts carry the placeholder paper `[]` and the device `generated`;
//! no study credits or answers are written, only the running totals statistics read.
//!
//! Everything derives from the seed and the row's id, so a run is reproducible. Rows go in with
//! multi-row INSERTs through sea-orm, as many rows a statement as the backend's parameter limit
//! allows, in a few large transactions; `learner_figures` is then filled with one set-based
//! statement from the statistics' own per-learner definition, and `unit_stats` with another
//! that sums it (`stats::fill_learner_figures`, `stats::fill_unit_stats`).

mod bulk;
mod dice;
mod exam;
mod figures;
mod org;
mod plan;
mod roster;
mod study;

use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use entity::{account, learner, region, unit};
use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, PaginatorTrait, TransactionTrait,
};

use crate::domain::campaign;
use crate::error::{AppError, AppResult};
use crate::infra::clock;
use crate::infra::config::DatabaseSettings;

pub const PROVINCE_CODE: &str = "990000";
pub const PROVINCE_NAME: &str = "测试省";
/// Learner `n`'s phone is this prefix and `n` in 8 digits.
pub const PHONE_PREFIX: &str = "199";
const CITIES: usize = 14;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Options {
    pub learners: u32,
    pub units: u32,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            learners: 1_000_000,
            units: 20_000,
            seed: 2017,
        }
    }
}

/// One step of the load and how long it took.
#[derive(Clone, Debug)]
pub struct Phase {
    pub name: &'static str,
    pub rows: u64,
    pub elapsed: StdDuration,
}

/// How the generated learners came out.
#[derive(Clone, Debug, Default)]
pub struct Mix {
    pub retired: u64,
    pub left: u64,
    pub transferring: u64,
    pub exempted: u64,
    pub exemptions_other: u64,
    pub studied: u64,
    pub main_attempts: u64,
    pub main_failed: u64,
    pub makeup_attempts: u64,
}

/// The generated province.
#[derive(Clone, Debug)]
pub struct Generated {
    pub province_id: i32,
    pub province_path: String,
    pub campaign_id: i32,
    pub regions: usize,
    pub units: usize,
    pub learners: u64,
    pub mix: Mix,
    pub phases: Vec<Phase>,
    pub total: StdDuration,
}

/// The learner's phone number.
pub fn phone_of(learner_id: i32) -> String {
    format!("{PHONE_PREFIX}{learner_id:08}")
}

// ---------------------------------------------------------------------------------------------
// The command

/// `xuefa generate`: creates the PostgreSQL database if it is missing, brings the schema up to
/// date, refuses a database that holds data, generates, and prints the phases.
pub async fn run_command(settings: &DatabaseSettings, options: &Options) -> AppResult<()> {
    let db = connect_creating(settings).await?;
    crate::domain::migrate(&db).await?;
    if !is_empty(&db).await? {
        return Err(refusal());
    }
    println!(
        "generating {} with {} units and {} learners (seed {}) into {}",
        PROVINCE_NAME,
        options.units,
        options.learners,
        options.seed,
        crate::infra::config::redact_url(&settings.database_url)
    );
    let report = |p: &Phase| {
        println!(
            "  {:<28} {:>9} rows  {:>8.1} s",
            p.name,
            p.rows,
            p.elapsed.as_secs_f64()
        )
    };
    let g = generate(&db, options, &report).await?;
    let m = &g.mix;
    println!(
        "done in {:.1} s: {} regions, {} units, {} learners ({} retired, {} left, {} transferring, \
         {} exempted); {} studied; {} MAIN attempts ({} failed), {} MAKEUP attempts",
        g.total.as_secs_f64(),
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
        m.makeup_attempts
    );
    println!(
        "province {} (region id {}, path {}), campaign id {}; learners log in as {}NNNNNNNN (no \
         password yet); no administrators were created",
        PROVINCE_NAME, g.province_id, g.province_path, g.campaign_id, PHONE_PREFIX
    );
    db.close().await.ok();
    Ok(())
}

/// Connects; on PostgreSQL, creates the URL's database through the server's `postgres`
/// database when it does not exist yet.
pub async fn connect_creating(settings: &DatabaseSettings) -> AppResult<DatabaseConnection> {
    match crate::infra::db::connect(settings).await {
        Ok(db) => Ok(db),
        Err(e) if !settings.is_sqlite() && e.to_string().contains("does not exist") => {
            let url = settings.database_url.trim();
            let (base, query) = match url.split_once('?') {
                Some((b, q)) => (b, Some(q)),
                None => (url, None),
            };
            let (server, name) = base
                .rsplit_once('/')
                .filter(|(s, n)| !n.is_empty() && s.contains("://"))
                .ok_or_else(|| AppError::internal(format!("{e}; the URL names no database")))?;
            if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(AppError::internal(format!(
                    "{e}; create it first: createdb '{name}'"
                )));
            }
            let maintenance = match query {
                Some(q) => format!("{server}/postgres?{q}"),
                None => format!("{server}/postgres"),
            };
            let admin = sea_orm::Database::connect(maintenance.as_str())
                .await
                .map_err(|e2| {
                    AppError::internal(format!(
                        "{e}; could not reach the server's postgres database to create it ({e2}): \
                         run `createdb {name}`"
                    ))
                })?;
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .map_err(|e2| {
                    AppError::internal(format!("creating database {name}: {e2}; run `createdb {name}`"))
                })?;
            admin.close().await.ok();
            println!("created database {name}");
            Ok(crate::infra::db::connect(settings).await?)
        }
        Err(e) => Err(e.into()),
    }
}

/// What every phase needs of the run.
struct Run {
    backend: DatabaseBackend,
    seed: u64,
    now: DateTime<Utc>,
    today: NaiveDate,
}

/// What the phases after the campaign share: the run, the province's layout, the campaign, its
/// unit sessions' windows and the dates the learners' plans are drawn against.
struct Year<'a> {
    run: &'a Run,
    shape: &'a org::Layout,
    campaign_id: i32,
    windows: [super::SessionWindow; 2],
    cal: plan::Calendar,
}

impl Year<'_> {
    /// Learner `learner_id`'s year, as every phase draws it.
    fn plan(&self, learner_id: i32) -> plan::Plan {
        plan::plan(self.run.seed, learner_id, &self.cal)
    }
}

struct Clock<'a> {
    phases: Vec<Phase>,
    started: Instant,
    report: &'a (dyn Fn(&Phase) + Sync),
}

impl Clock<'_> {
    fn done(&mut self, name: &'static str, rows: u64) {
        let phase = Phase {
            name,
            rows,
            elapsed: self.started.elapsed(),
        };
        (self.report)(&phase);
        self.phases.push(phase);
        self.started = Instant::now();
    }
}

fn refusal() -> AppError {
    AppError::conflict(
        "the database already holds regions, units, accounts, learners or campaigns; \
         generate only into an empty database",
    )
}

/// Whether the tables the generator writes are all empty.
async fn is_empty(db: &DatabaseConnection) -> AppResult<bool> {
    Ok(region::Entity::find().count(db).await? == 0
        && unit::Entity::find().count(db).await? == 0
        && account::Entity::find().count(db).await? == 0
        && learner::Entity::find().count(db).await? == 0
        && entity::campaign::Entity::find().count(db).await? == 0)
}

/// Writes the synthetic province into `db` (migrated, and empty: refused otherwise), calling
/// `report` after each phase.
pub async fn generate(
    db: &DatabaseConnection,
    options: &Options,
    report: &(dyn Fn(&Phase) + Sync),
) -> AppResult<Generated> {
    if options.learners > 99_999_999 {
        return Err(AppError::bad_input(
            "at most 99,999,999 learners (8-digit phone suffixes)",
        ));
    }
    if options.units == 0 {
        return Err(AppError::bad_input("at least one unit"));
    }
    if !is_empty(db).await? {
        return Err(refusal());
    }
    let all_started = Instant::now();
    let mut clock = Clock {
        phases: Vec::new(),
        started: Instant::now(),
        report,
    };
    let run = Run {
        backend: db.get_database_backend(),
        seed: options.seed,
        now: crate::infra::clock::now(),
        today: clock::today(),
    };

    let shape = org::layout(options);
    clock.done("plan regions and units", shape.units.len() as u64);

    let txn = db.begin().await?;
    let mut rows = org::write(&txn, &run, &shape).await?;
    let province = region::Entity::find_by_id(1)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::internal("the province was not written"))?;
    let c = campaign::insert(&txn, &province, &exam::campaign_rules(run.today), None).await?;
    rows += 1;
    rows += exam::question_bank(&txn, &c).await?;
    let windows = super::session_windows(&c)?;
    let [main, makeup] = &windows;
    let cal = plan::Calendar {
        today: run.today,
        required_points: c.required_points,
        pass_score: c.pass_score,
        duration_minutes: i64::from(c.duration_minutes),
        main_open: main.starts_at,
        now: run.now,
        makeup_open: makeup.starts_at,
        makeup_close: makeup.ends_at,
    };
    let year = Year {
        run: &run,
        shape: &shape,
        campaign_id: c.id,
        windows,
        cal,
    };
    rows += exam::sessions(&txn, &year).await?;
    txn.commit().await?;
    clock.done("regions, units, campaign, sessions", rows);

    let mut mix = Mix::default();
    let txn = bulk::begin(db).await?;
    clock.done("accounts", roster::accounts(&txn, &year).await?);
    let rows = roster::learners(&txn, &year, &mut mix).await?;
    txn.commit().await?;
    clock.done("learners", rows);

    let txn = bulk::begin(db).await?;
    let rows = study::progress(&txn, &year, &mut mix).await?;
    clock.done("study progress", rows);
    let rows = exam::exemptions(&txn, &year, &mut mix).await?;
    clock.done("exemptions", rows);
    let rows = exam::attempts(&txn, &year, &mut mix).await?;
    txn.commit().await?;
    clock.done("exam attempts", rows);

    figures::finish(db, c.id, &mut clock).await?;

    Ok(Generated {
        province_id: province.id,
        province_path: province.path,
        campaign_id: c.id,
        regions: shape.regions.len(),
        units: shape.units.len(),
        learners: shape.unit_of.len() as u64,
        mix,
        phases: clock.phases,
        total: all_started.elapsed(),
    })
}
