//! Statistics: participation and pass rates that roll up from unit to province, and the lists
//! of learners an office must act on.
//!
//! What counts is defined once, in [`figures_sql`]: for one campaign, each learner's flags from
//! the base tables (should take: in service and not exempted; then, only for those who should,
//! studied, took, passed, failed the make-up). Two tables keep them:
//!
//! * `learner_figures`, one row a learner and campaign, with the unit whose roster the learner
//!   is on and the unit's region path: the action lists page through it by learner id (an
//!   index walk for a province, an index range for a region or a unit);
//! * `unit_stats`, one row a unit and campaign, the sum of its learners' rows: a region's
//!   figures, and the length of every action list, are sums over its units' rows (one indexed
//!   range scan, whatever the number of learners).
//!
//! Every event about one learner (an exemption decided, study completed, an attempt submitted;
//! a learner added, moved, retired) calls [`refresh_learner`] inside its own transaction: it
//! locks the learner's row, recomputes the learner's flags and adds the difference to the old
//! and the new unit's rows, whatever the size of the unit. Bulk loads (an import, a new
//! campaign) recompute a whole unit with [`refresh_unit`]. Locks are taken in one order: a
//! campaign at a time in id order, learner rows first (by learner id), then unit rows (by unit
//! id), so concurrent events wait for each other instead of deadlocking. [`verify`] compares
//! both tables with a plain recount from the base tables.

use std::collections::{BTreeSet, HashMap};

use entity::{campaign, learner, learner_figure, region, unit, unit_stat};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Set, Statement, TransactionTrait, Value,
};

use crate::domain::ids::{CampaignId, LearnerId, UnitId};
use crate::domain::node::{Node, NodeRef};
use crate::domain::org;
use crate::error::AppResult;
use crate::scope::{self, Actor};

/// Each learner's figures in campaign `?1`, from the base tables, for the learners `l`
/// matching `learners`; the columns are those of `learner_figures`. The flags other than
/// `should_take` are only set for a learner who should take the exam, as the unit's figures
/// count them, so that those are plain sums of these rows. With each flag the day it became
/// true (China Standard Time): the study's completion, the first submitted attempt, the first
/// passing one, so that the daily series is a sum of these rows too.
fn figures_sql(backend: DatabaseBackend, learners: &str) -> String {
    let first_day = |passing: &str| {
        format!(
            "(SELECT {} FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED'{passing})",
            cst_day(backend, "MIN(a.submitted_at)")
        )
    };
    format!(
        "SELECT ?1 AS campaign_id, f.learner_id, f.unit_id, u.region_path,
  f.should AS should_take,
  (f.should AND f.studied) AS studied,
  (f.should AND f.took) AS took,
  (f.should AND f.passed) AS passed,
  (f.should AND f.took_makeup AND NOT f.passed) AS makeup_failed,
  CASE WHEN f.should AND f.studied THEN f.studied_day END AS studied_on,
  CASE WHEN f.should AND f.took THEN f.took_day END AS took_on,
  CASE WHEN f.should AND f.passed THEN f.passed_day END AS passed_on
FROM (
  SELECT l.id AS learner_id, l.unit_id,
    (l.unit_id IS NOT NULL AND l.status = 'IN_SERVICE' AND NOT EXISTS (SELECT 1 FROM exemptions e
      WHERE e.learner_id = l.id AND e.campaign_id = ?1 AND e.status = 'APPROVED')) AS should,
    EXISTS (SELECT 1 FROM study_progress p
      WHERE p.learner_id = l.id AND p.campaign_id = ?1 AND p.completed_on IS NOT NULL) AS studied,
    EXISTS (SELECT 1 FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED') AS took,
    EXISTS (SELECT 1 FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED' AND a.passed = TRUE) AS passed,
    EXISTS (SELECT 1 FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED' AND a.kind = 'MAKEUP') AS took_makeup,
    (SELECT MIN(p.completed_on) FROM study_progress p
      WHERE p.learner_id = l.id AND p.campaign_id = ?1) AS studied_day,
    {} AS took_day,
    {} AS passed_day
  FROM learners l
  WHERE {{learners}}
) f
LEFT JOIN units u ON u.id = f.unit_id",
        first_day(""),
        first_day(" AND a.passed = TRUE"),
    )
    .replace("{learners}", learners)
}

/// The day in China Standard Time of a stored UTC moment, as a date.
pub(crate) fn cst_day(backend: DatabaseBackend, moment: &str) -> String {
    match backend {
        DatabaseBackend::Postgres => {
            format!("CAST(({moment} AT TIME ZONE 'UTC') + INTERVAL '8 hours' AS DATE)")
        }
        _ => format!("DATE({moment}, '+8 hours')"),
    }
}

/// The five figures summed over rows with the columns of `learner_figures`.
const SUMS: &str = "
  COALESCE(SUM(CASE WHEN should_take THEN 1 ELSE 0 END), 0) AS should_take,
  COALESCE(SUM(CASE WHEN studied THEN 1 ELSE 0 END), 0) AS study_completed,
  COALESCE(SUM(CASE WHEN took THEN 1 ELSE 0 END), 0) AS participated,
  COALESCE(SUM(CASE WHEN passed THEN 1 ELSE 0 END), 0) AS passed,
  COALESCE(SUM(CASE WHEN makeup_failed THEN 1 ELSE 0 END), 0) AS makeup_failed";

/// The columns `learner_figures` is written with.
const FIGURE_COLUMNS: &str = "campaign_id, learner_id, unit_id, region_path, should_take, studied, took, passed, \
                              makeup_failed, studied_on, took_on, passed_on";

/// A statement of hand-written SQL with `?n` placeholders, rewritten for the backend
/// (PostgreSQL numbers them with `$`).
pub(crate) fn statement(backend: DatabaseBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = match backend {
        DatabaseBackend::Postgres => sql.replace('?', "$"),
        _ => sql.to_owned(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// `?from, ?from+1, …` for `n` values.
fn placeholders(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Counts of learners: the figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, FromQueryResult)]
pub struct Counts {
    pub should_take: i64,
    pub study_completed: i64,
    pub participated: i64,
    pub passed: i64,
    /// Should take, submitted a make-up attempt and never passed (不得确定为优秀).
    pub makeup_failed: i64,
}

impl Counts {
    /// participated / shouldTake; none when nobody is due (no rate is invented: an empty
    /// roster is 名单未报, everyone exempt or retired 无应考人员, never 100 %).
    pub fn participation_rate(&self) -> Option<f64> {
        ratio(self.participated, self.should_take)
    }
    /// passed / shouldTake; none when nobody is due.
    pub fn pass_rate(&self) -> Option<f64> {
        ratio(self.passed, self.should_take)
    }
    /// Below 100 % on either rate: a deduction in the year-end evaluation.
    pub fn deduction(&self) -> bool {
        self.participated < self.should_take || self.passed < self.should_take
    }
    fn add(&mut self, other: &Counts) {
        self.should_take += other.should_take;
        self.study_completed += other.study_completed;
        self.participated += other.participated;
        self.passed += other.passed;
        self.makeup_failed += other.makeup_failed;
    }
    fn subtract(&mut self, other: &Counts) {
        self.should_take -= other.should_take;
        self.study_completed -= other.study_completed;
        self.participated -= other.participated;
        self.passed -= other.passed;
        self.makeup_failed -= other.makeup_failed;
    }
    fn is_zero(&self) -> bool {
        *self == Counts::default()
    }
    /// What one learner's row adds to its unit's figures.
    fn of_learner(f: &learner_figure::Model) -> Counts {
        Counts {
            should_take: i64::from(f.should_take),
            study_completed: i64::from(f.studied),
            participated: i64::from(f.took),
            passed: i64::from(f.passed),
            makeup_failed: i64::from(f.makeup_failed),
        }
    }
}

fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The plain recount of one unit from the base tables, not from `learner_figures` (what the
/// tests compare the maintained rows with).
pub async fn recount_unit<C: ConnectionTrait>(
    db: &C,
    CampaignId(campaign_id): CampaignId,
    UnitId(unit_id): UnitId,
) -> AppResult<Counts> {
    let sql = format!(
        "SELECT {SUMS} FROM ({}) figures",
        figures_sql(db.get_database_backend(), "l.unit_id = ?2")
    );
    let stmt = statement(
        db.get_database_backend(),
        &sql,
        vec![campaign_id.into(), unit_id.into()],
    );
    Ok(Counts::find_by_statement(stmt).one(db).await?.unwrap_or_default())
}

/// The learners' figures recounted from the base tables (at most a few hundred ids).
async fn recount_learners<C: ConnectionTrait>(
    db: &C,
    campaign_id: i32,
    learner_ids: &[i32],
) -> AppResult<Vec<learner_figure::Model>> {
    if learner_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = figures_sql(
        db.get_database_backend(),
        &format!("l.id IN ({})", placeholders(2, learner_ids.len())),
    );
    let mut values: Vec<Value> = vec![campaign_id.into()];
    values.extend(learner_ids.iter().map(|&id| Value::from(id)));
    let stmt = statement(db.get_database_backend(), &sql, values);
    Ok(learner_figure::Model::find_by_statement(stmt).all(db).await?)
}

/// Creates the unit's `unit_stats` row with zeros when it has none.
async fn ensure_unit_row<C: ConnectionTrait>(db: &C, campaign_id: i32, unit_id: i32) -> AppResult<()> {
    let sql = "INSERT INTO unit_stats (campaign_id, unit_id, region_path, should_take, study_completed, \
               participated, passed, makeup_failed, updated_at)
SELECT ?1, u.id, u.region_path, 0, 0, 0, 0, 0, ?3 FROM units u WHERE u.id = ?2
ON CONFLICT (campaign_id, unit_id) DO NOTHING";
    let values = vec![
        campaign_id.into(),
        unit_id.into(),
        crate::infra::clock::now().into(),
    ];
    db.execute_raw(statement(db.get_database_backend(), sql, values))
        .await?;
    Ok(())
}

/// The parameters of the `unit_stats` updates: `?1` campaign, `?2` unit, `?3`..`?7` the five
/// figures, `?8` the time.
fn unit_row_values(campaign_id: i32, unit_id: i32, c: &Counts, now: Value) -> Vec<Value> {
    vec![
        campaign_id.into(),
        unit_id.into(),
        (c.should_take as i32).into(),
        (c.study_completed as i32).into(),
        (c.participated as i32).into(),
        (c.passed as i32).into(),
        (c.makeup_failed as i32).into(),
        now,
    ]
}

/// Adds `delta` to a unit's row, creating the row first when it has none. The update takes the
/// row's lock, so concurrent events add up instead of overwriting each other.
async fn add_to_unit<C: ConnectionTrait>(
    db: &C,
    campaign_id: i32,
    unit_id: i32,
    delta: &Counts,
) -> AppResult<()> {
    let sql = "UPDATE unit_stats SET should_take = should_take + ?3, study_completed = study_completed + ?4, \
               participated = participated + ?5, passed = passed + ?6, makeup_failed = makeup_failed + ?7, \
               updated_at = ?8 WHERE campaign_id = ?1 AND unit_id = ?2";
    let values = || unit_row_values(campaign_id, unit_id, delta, crate::infra::clock::now().into());
    let backend = db.get_database_backend();
    if db
        .execute_raw(statement(backend, sql, values()))
        .await?
        .rows_affected()
        == 0
    {
        ensure_unit_row(db, campaign_id, unit_id).await?;
        db.execute_raw(statement(backend, sql, values())).await?;
    }
    Ok(())
}

/// Recomputes one learner's figures for a campaign and moves the difference into its units'
/// rows: the learner's row is locked first, then the old and the new unit's rows in unit
/// order. Call it inside the transaction of the event, after the event's own writes.
pub async fn refresh_learner<C: ConnectionTrait>(
    db: &C,
    CampaignId(campaign_id): CampaignId,
    LearnerId(learner_id): LearnerId,
) -> AppResult<()> {
    // Concurrent events about the same learner queue here; once this one commits, the next
    // recomputes from what it wrote.
    let locked = || {
        learner_figure::Entity::find_by_id((campaign_id, learner_id))
            .lock_exclusive()
            .one(db)
    };
    let old = match locked().await? {
        Some(old) => old,
        None => {
            // The learner's first event in the campaign: a blank row to lock (a concurrent
            // first event waits here for this one's row).
            let blank = learner_figure::ActiveModel {
                campaign_id: Set(campaign_id),
                learner_id: Set(learner_id),
                unit_id: Set(None),
                region_path: Set(None),
                should_take: Set(false),
                studied: Set(false),
                took: Set(false),
                passed: Set(false),
                makeup_failed: Set(false),
                studied_on: Set(None),
                took_on: Set(None),
                passed_on: Set(None),
            };
            learner_figure::Entity::insert(blank)
                .on_conflict(
                    OnConflict::columns([
                        learner_figure::Column::CampaignId,
                        learner_figure::Column::LearnerId,
                    ])
                    .do_nothing()
                    .to_owned(),
                )
                .exec_without_returning(db)
                .await?;
            match locked().await? {
                Some(old) => old,
                None => return Ok(()),
            }
        }
    };
    let Some(new) = recount_learners(db, campaign_id, &[learner_id]).await?.pop() else {
        return Ok(());
    };
    if new == old {
        return Ok(());
    }
    learner_figure::Entity::update(learner_figure::ActiveModel {
        campaign_id: Set(campaign_id),
        learner_id: Set(learner_id),
        unit_id: Set(new.unit_id),
        region_path: Set(new.region_path.clone()),
        should_take: Set(new.should_take),
        studied: Set(new.studied),
        took: Set(new.took),
        passed: Set(new.passed),
        makeup_failed: Set(new.makeup_failed),
        studied_on: Set(new.studied_on),
        took_on: Set(new.took_on),
        passed_on: Set(new.passed_on),
    })
    .exec(db)
    .await?;

    let mut deltas: Vec<(i32, Counts)> = Vec::with_capacity(2);
    if let Some(unit_id) = old.unit_id {
        let mut delta = Counts::default();
        delta.subtract(&Counts::of_learner(&old));
        deltas.push((unit_id, delta));
    }
    if let Some(unit_id) = new.unit_id {
        match deltas.iter_mut().find(|(u, _)| *u == unit_id) {
            Some((_, delta)) => delta.add(&Counts::of_learner(&new)),
            None => deltas.push((unit_id, Counts::of_learner(&new))),
        }
    }
    deltas.sort_by_key(|(unit_id, _)| *unit_id);
    for (unit_id, delta) in deltas {
        // A learner moving in gives the unit its row even when it counts in no figure.
        let arriving = Some(unit_id) == new.unit_id && old.unit_id != new.unit_id;
        if !delta.is_zero() {
            add_to_unit(db, campaign_id, unit_id, &delta).await?;
        } else if arriving {
            ensure_unit_row(db, campaign_id, unit_id).await?;
        }
    }
    Ok(())
}

/// The campaigns of a unit's province, in id order (the order their locks are taken in).
async fn campaigns_of_unit<C: ConnectionTrait>(db: &C, unit_id: i32) -> AppResult<Vec<campaign::Model>> {
    let Some(u) = unit::Entity::find_by_id(unit_id).one(db).await? else {
        return Ok(Vec::new());
    };
    let province = &u.region_path[..u.region_path.len().min(6)];
    Ok(campaign::Entity::find()
        .filter(campaign::Column::RegionPath.eq(province))
        .order_by_asc(campaign::Column::Id)
        .all(db)
        .await?)
}

/// Refreshes a learner for every campaign of the province of `unit_id`, the unit whose roster
/// changed (roster events touch every year).
pub async fn refresh_learner_all_campaigns<C: ConnectionTrait>(
    db: &C,
    LearnerId(learner_id): LearnerId,
    UnitId(unit_id): UnitId,
) -> AppResult<()> {
    for c in campaigns_of_unit(db, unit_id).await? {
        refresh_learner(db, CampaignId(c.id), LearnerId(learner_id)).await?;
    }
    Ok(())
}

/// Recomputes the rows of every learner on a unit's roster (and of any row still counted in
/// the unit) for a campaign in a few statements, then sets the unit's figures, and those of
/// any other unit a row moved from or to, to the sums of their learners' rows. For bulk loads;
/// call it inside a transaction. Locks are taken as [`refresh_learner`] takes them: the
/// learner rows in learner order, then the unit rows in unit order.
pub async fn refresh_unit<C: ConnectionTrait>(
    db: &C,
    CampaignId(campaign_id): CampaignId,
    UnitId(unit_id): UnitId,
) -> AppResult<()> {
    if unit::Entity::find_by_id(unit_id).one(db).await?.is_none() {
        return Ok(());
    }
    let backend = db.get_database_backend();
    let now: Value = crate::infra::clock::now().into();
    // Blank rows for the learners that have none yet, so that every row can be locked.
    let blanks = format!(
        "INSERT INTO learner_figures ({FIGURE_COLUMNS})
SELECT ?1, l.id, NULL, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL FROM learners l WHERE l.unit_id = ?2 ORDER BY l.id
ON CONFLICT (campaign_id, learner_id) DO NOTHING"
    );
    db.execute_raw(statement(
        backend,
        &blanks,
        vec![campaign_id.into(), unit_id.into()],
    ))
    .await?;
    // The rows counted in the unit and those of its roster, locked in learner order. Written
    // as a UNION of two index lookups: an OR of the two conditions scans every row of the
    // campaign (116 ms a unit on a million learners).
    let lock = match backend {
        DatabaseBackend::Postgres => " FOR UPDATE",
        _ => "",
    };
    let locked = learner_figure::Model::find_by_statement(statement(
        backend,
        &format!(
            "SELECT {FIGURE_COLUMNS} FROM learner_figures WHERE campaign_id = ?1 AND learner_id IN (
  SELECT f.learner_id FROM learner_figures f WHERE f.campaign_id = ?1 AND f.unit_id = ?2
  UNION SELECT l.id FROM learners l WHERE l.unit_id = ?2)
ORDER BY learner_id{lock}"
        ),
        vec![campaign_id.into(), unit_id.into()],
    ))
    .all(db)
    .await?;

    // Only the locked rows are rewritten: a learner who joined the roster since has its own
    // event's refresh.
    let mut units: BTreeSet<i32> = locked.iter().filter_map(|f| f.unit_id).collect();
    units.insert(unit_id);
    let ids: Vec<i32> = locked.iter().map(|f| f.learner_id).collect();
    #[derive(FromQueryResult)]
    struct UnitOf {
        unit_id: Option<i32>,
    }
    for chunk in ids.chunks(500) {
        let sql = format!(
            "INSERT INTO learner_figures ({FIGURE_COLUMNS})
SELECT {FIGURE_COLUMNS} FROM ({}) figures WHERE TRUE
ON CONFLICT (campaign_id, learner_id) DO UPDATE SET unit_id = excluded.unit_id,
  region_path = excluded.region_path, should_take = excluded.should_take, studied = excluded.studied,
  took = excluded.took, passed = excluded.passed, makeup_failed = excluded.makeup_failed,
  studied_on = excluded.studied_on, took_on = excluded.took_on, passed_on = excluded.passed_on
RETURNING unit_id",
            figures_sql(backend, &format!("l.id IN ({})", placeholders(2, chunk.len())))
        );
        let mut values: Vec<Value> = vec![campaign_id.into()];
        values.extend(chunk.iter().map(|&id| Value::from(id)));
        let moved = UnitOf::find_by_statement(statement(backend, &sql, values))
            .all(db)
            .await?;
        units.extend(moved.into_iter().filter_map(|u| u.unit_id));
    }

    for unit_id in units {
        ensure_unit_row(db, campaign_id, unit_id).await?;
        // Under the row's lock, the sum includes every event that added to the row before, and
        // none of those that will add to it after.
        unit_stat::Entity::find_by_id((campaign_id, unit_id))
            .lock_exclusive()
            .one(db)
            .await?;
        let sums = Counts::find_by_statement(statement(
            backend,
            &format!("SELECT {SUMS} FROM learner_figures WHERE campaign_id = ?1 AND unit_id = ?2"),
            vec![campaign_id.into(), unit_id.into()],
        ))
        .one(db)
        .await?
        .unwrap_or_default();
        let sql = "UPDATE unit_stats SET should_take = ?3, study_completed = ?4, participated = ?5, passed = ?6, \
                   makeup_failed = ?7, updated_at = ?8 WHERE campaign_id = ?1 AND unit_id = ?2";
        let values = unit_row_values(campaign_id, unit_id, &sums, now.clone());
        db.execute_raw(statement(backend, sql, values)).await?;
    }
    Ok(())
}

/// Recomputes a unit for every campaign of its province (after an import).
pub async fn refresh_unit_all_campaigns<C: ConnectionTrait>(db: &C, unit_id: i32) -> AppResult<()> {
    for c in campaigns_of_unit(db, unit_id).await? {
        refresh_unit(db, CampaignId(c.id), UnitId(unit_id)).await?;
    }
    Ok(())
}

/// Recomputes every unit of a campaign's province, a transaction a unit (a new campaign, the
/// demo's bulk load).
pub async fn refresh_campaign(db: &DatabaseConnection, campaign_id: i32) -> AppResult<()> {
    let Some(c) = campaign::Entity::find_by_id(campaign_id).one(db).await? else {
        return Ok(());
    };
    let units: Vec<i32> = unit::Entity::find()
        .select_only()
        .column(unit::Column::Id)
        .filter(scope::within_subtree(unit::Column::RegionPath, &c.region_path))
        .order_by_asc(unit::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    for unit_id in units {
        let txn = db.begin().await?;
        refresh_unit(&txn, CampaignId(c.id), UnitId(unit_id)).await?;
        txn.commit().await?;
    }
    Ok(())
}

/// Fills `learner_figures` for a campaign whose province has no rows there yet, in one
/// statement: a row for every learner on a roster of the province. Returns the rows written.
/// For bulk loads into a database nobody else writes to (`xuefa generate`).
pub async fn fill_learner_figures<C: ConnectionTrait>(db: &C, campaign_id: i32) -> AppResult<u64> {
    let Some(c) = campaign::Entity::find_by_id(campaign_id).one(db).await? else {
        return Ok(0);
    };
    let sql = format!(
        "INSERT INTO learner_figures ({FIGURE_COLUMNS}) SELECT {FIGURE_COLUMNS} FROM ({}) figures",
        figures_sql(
            db.get_database_backend(),
            "l.unit_id IN (SELECT x.id FROM units x WHERE x.region_path >= ?2 AND x.region_path < ?3)"
        )
    );
    let values = vec![
        c.id.into(),
        c.region_path.clone().into(),
        scope::subtree_upper_bound(&c.region_path).into(),
    ];
    let result = db
        .execute_raw(statement(db.get_database_backend(), &sql, values))
        .await?;
    Ok(result.rows_affected())
}

/// Fills `unit_stats` for a campaign whose province has no rows there yet from its
/// `learner_figures`, in one statement: a row for every unit of the province (zeros for a unit
/// without learners). Returns the rows written. For bulk loads, after [`fill_learner_figures`].
pub async fn fill_unit_stats<C: ConnectionTrait>(db: &C, campaign_id: i32) -> AppResult<u64> {
    let Some(c) = campaign::Entity::find_by_id(campaign_id).one(db).await? else {
        return Ok(0);
    };
    let sql = "INSERT INTO unit_stats (campaign_id, unit_id, region_path, should_take, study_completed, \
               participated, passed, makeup_failed, updated_at)
SELECT ?1, u.id, u.region_path,
  COALESCE(SUM(CASE WHEN f.should_take THEN 1 ELSE 0 END), 0),
  COALESCE(SUM(CASE WHEN f.studied THEN 1 ELSE 0 END), 0),
  COALESCE(SUM(CASE WHEN f.took THEN 1 ELSE 0 END), 0),
  COALESCE(SUM(CASE WHEN f.passed THEN 1 ELSE 0 END), 0),
  COALESCE(SUM(CASE WHEN f.makeup_failed THEN 1 ELSE 0 END), 0),
  ?4
FROM units u
LEFT JOIN learner_figures f ON f.campaign_id = ?1 AND f.unit_id = u.id
WHERE u.region_path >= ?2 AND u.region_path < ?3
GROUP BY u.id, u.region_path";
    let values = vec![
        c.id.into(),
        c.region_path.clone().into(),
        scope::subtree_upper_bound(&c.region_path).into(),
        crate::infra::clock::now().into(),
    ];
    let result = db
        .execute_raw(statement(db.get_database_backend(), sql, values))
        .await?;
    Ok(result.rows_affected())
}

/// A node's figures and, for a region, those of its children.
pub struct NodeStats {
    pub node: NodeRef,
    pub name: String,
    pub counts: Counts,
    /// For a unit: whether it gets a deduction. For a region: how many units below do.
    pub deduction_units: i64,
    /// For a unit: whether nobody is on its roster (名单未报). For a region: how many units
    /// below have nobody on theirs.
    pub empty_units: i64,
    pub is_unit: bool,
    pub children: Vec<NodeStats>,
}

impl NodeStats {
    /// What the pages and spreadsheets show instead of a rate when nobody is due: 名单未报
    /// when rosters are missing, 无应考人员 when everyone on them is exempt or retired.
    pub fn no_rate_word(&self) -> &'static str {
        if self.empty_units > 0 {
            "名单未报"
        } else {
            "无应考人员"
        }
    }
}

#[derive(FromQueryResult)]
struct Summed {
    child: String,
    #[sea_orm(nested)]
    counts: Counts,
    deductions: i64,
}

/// The statistics of a region or unit the caller administers.
pub async fn stats(
    db: &DatabaseConnection,
    actor: &Actor,
    c: &campaign::Model,
    node: &Node,
) -> AppResult<NodeStats> {
    match node {
        Node::Unit(u) => {
            scope::require(true, actor.manages_unit(u), "查看该单位的统计")?;
            let row = unit_stat::Entity::find_by_id((c.id, u.id)).one(db).await?;
            let counts = row.map(|r| counts_of(&r)).unwrap_or_default();
            let on_roster = learner::Entity::find()
                .select_only()
                .column(learner::Column::Id)
                .filter(learner::Column::UnitId.eq(u.id))
                .into_tuple::<i32>()
                .one(db)
                .await?;
            Ok(NodeStats {
                node: NodeRef::Unit(u.id),
                name: u.name.clone(),
                deduction_units: i64::from(counts.deduction()),
                empty_units: i64::from(on_roster.is_none()),
                counts,
                is_unit: true,
                children: Vec::new(),
            })
        }
        Node::Region(r) => {
            scope::require(true, actor.manages_region(r), "查看该地区的统计")?;
            region_stats(db, actor, c, r).await
        }
    }
}

fn counts_of(r: &unit_stat::Model) -> Counts {
    Counts {
        should_take: i64::from(r.should_take),
        study_completed: i64::from(r.study_completed),
        participated: i64::from(r.participated),
        passed: i64::from(r.passed),
        makeup_failed: i64::from(r.makeup_failed),
    }
}

async fn region_stats(
    db: &DatabaseConnection,
    actor: &Actor,
    c: &campaign::Model,
    r: &region::Model,
) -> AppResult<NodeStats> {
    // Units below, grouped by the child region their path starts with (or the region itself
    // for units attached to it directly).
    let child_len = (r.path.len() + 6) as i32;
    let sql = "
SELECT CASE WHEN region_path = ?2 THEN 'unit:' || CAST(unit_id AS TEXT) ELSE SUBSTR(region_path, 1, ?4) END AS child,
  CAST(SUM(should_take) AS BIGINT) AS should_take,
  CAST(SUM(study_completed) AS BIGINT) AS study_completed,
  CAST(SUM(participated) AS BIGINT) AS participated,
  CAST(SUM(passed) AS BIGINT) AS passed,
  CAST(SUM(makeup_failed) AS BIGINT) AS makeup_failed,
  CAST(SUM(CASE WHEN participated < should_take OR passed < should_take THEN 1 ELSE 0 END) AS BIGINT) AS deductions
FROM unit_stats
WHERE campaign_id = ?1 AND region_path >= ?2 AND region_path < ?3
GROUP BY 1";
    let stmt = statement(
        db.get_database_backend(),
        sql,
        vec![
            c.id.into(),
            r.path.clone().into(),
            scope::subtree_upper_bound(&r.path).into(),
            child_len.into(),
        ],
    );
    let mut rows = Summed::find_by_statement(stmt).all(db).await?;

    // Units with nobody on their roster, by the same children; a unit without a row of
    // figures yet still shows as a child of its region.
    #[derive(FromQueryResult)]
    struct Empty {
        child: String,
        n: i64,
    }
    let empty_sql = "
SELECT CASE WHEN u.region_path = ?1 THEN 'unit:' || CAST(u.id AS TEXT) ELSE SUBSTR(u.region_path, 1, ?3) END AS child,
  CAST(COUNT(*) AS BIGINT) AS n
FROM units u
WHERE u.region_path >= ?1 AND u.region_path < ?2
  AND NOT EXISTS (SELECT 1 FROM learners l WHERE l.unit_id = u.id)
GROUP BY 1";
    let empty: HashMap<String, i64> = Empty::find_by_statement(statement(
        db.get_database_backend(),
        empty_sql,
        vec![
            r.path.clone().into(),
            scope::subtree_upper_bound(&r.path).into(),
            child_len.into(),
        ],
    ))
    .all(db)
    .await?
    .into_iter()
    .map(|e| (e.child, e.n))
    .collect();
    for child in empty.keys() {
        if !rows.iter().any(|s| &s.child == child) {
            rows.push(Summed {
                child: child.clone(),
                counts: Counts::default(),
                deductions: 0,
            });
        }
    }

    let region_paths: Vec<String> = rows
        .iter()
        .filter(|s| !s.child.starts_with("unit:"))
        .map(|s| s.child.clone())
        .collect();
    let names: HashMap<String, region::Model> = region::Entity::find()
        .filter(region::Column::Path.is_in(region_paths))
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.path.clone(), x))
        .collect();
    let unit_ids: Vec<i32> = rows
        .iter()
        .filter_map(|s| s.child.strip_prefix("unit:")?.parse().ok())
        .collect();
    let units = org::units_by_id(db, actor, &unit_ids).await?;

    let mut total = Counts::default();
    let mut deductions = 0;
    let mut empty_units = 0;
    let mut children = Vec::new();
    for s in rows {
        let counts = s.counts;
        total.add(&counts);
        deductions += s.deductions;
        let child_empty = empty.get(&s.child).copied().unwrap_or(0);
        empty_units += child_empty;
        let (node, name, is_unit) = match s
            .child
            .strip_prefix("unit:")
            .and_then(|id| id.parse::<i32>().ok())
        {
            Some(id) => {
                let name = units.get(&id).map(|u| u.name.clone()).unwrap_or_default();
                (NodeRef::Unit(id), name, true)
            }
            None => match names.get(&s.child) {
                Some(x) => (NodeRef::Region(x.id), x.name.clone(), false),
                None => continue,
            },
        };
        children.push(NodeStats {
            node,
            name,
            counts,
            deduction_units: s.deductions,
            empty_units: child_empty,
            is_unit,
            children: Vec::new(),
        });
    }
    Ok(NodeStats {
        node: NodeRef::Region(r.id),
        name: r.name.clone(),
        counts: total,
        deduction_units: deductions,
        empty_units,
        is_unit: false,
        children,
    })
}

mod action_lists;
mod verify;

pub use action_lists::{
    ActionKind, ActionList, action_list_statements, learners_needing_action, units_without_roster,
};
pub use verify::{Difference, verify};

#[cfg(test)]
mod tests {
    // The entity's enums, not the domain modules' re-exports: stats sits below them.
    use entity::exam_attempt::AttemptStatus;
    use entity::exam_session::ExamKind;
    use entity::exemption::ExemptionStatus;
    use entity::learner::EmploymentStatus;
    use sea_orm::{ActiveEnum, DatabaseBackend};

    use super::figures_sql;

    /// The values the hand-written SQL compares a column with (`l.status = 'IN_SERVICE'`).
    fn literals_of<'a>(sql: &'a str, column: &str) -> Vec<&'a str> {
        let prefix = format!("{column} = '");
        sql.match_indices(&prefix)
            .filter_map(|(at, _)| {
                let rest = &sql[at + prefix.len()..];
                rest.find('\'').map(|end| &rest[..end])
            })
            .collect()
    }

    /// The SQL must spell its literals, so each is checked against the enum that stores it:
    /// a renamed value fails here, not as figures silently gone to zero.
    #[test]
    fn the_sql_literals_are_stored_values() {
        for backend in [DatabaseBackend::Sqlite, DatabaseBackend::Postgres] {
            let sql = figures_sql(backend, "TRUE");
            let statuses = literals_of(&sql, "l.status");
            assert_eq!(statuses, [EmploymentStatus::InService.to_value()]);
            let exemptions = literals_of(&sql, "e.status");
            assert_eq!(exemptions, [ExemptionStatus::Approved.to_value()]);
            let kinds = literals_of(&sql, "a.kind");
            assert!(!kinds.is_empty());
            for kind in kinds {
                assert_eq!(kind, ExamKind::Makeup.to_value());
            }
            let attempts = literals_of(&sql, "a.status");
            assert!(!attempts.is_empty());
            for status in attempts {
                assert_eq!(status, AttemptStatus::Submitted.to_value());
            }
        }
    }

    /// The migrations' SQL (the backfill of `learner_figures`, the one-live-attempt index) was
    /// written with literals too, and a migration is never edited: the same check.
    #[test]
    fn the_migrations_literals_are_stored_values() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../migration/src");
        let mut seen = 0;
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let sql = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for status in literals_of(&sql, "l.status") {
                assert!(
                    EmploymentStatus::try_from_value(&status.to_owned()).is_ok(),
                    "{status}"
                );
                seen += 1;
            }
            for status in literals_of(&sql, "e.status") {
                assert!(
                    ExemptionStatus::try_from_value(&status.to_owned()).is_ok(),
                    "{status}"
                );
                seen += 1;
            }
            for kind in literals_of(&sql, "a.kind") {
                assert!(ExamKind::try_from_value(&kind.to_owned()).is_ok(), "{kind}");
                seen += 1;
            }
            for status in literals_of(&sql, "a.status")
                .into_iter()
                .chain(literals_of(&sql, "WHERE status"))
            {
                assert!(
                    AttemptStatus::try_from_value(&status.to_owned()).is_ok(),
                    "{status}"
                );
                seen += 1;
            }
        }
        // The files were found and read: 1 + 1 + 1 + 4 + 1 literals above, as written today.
        assert!(seen >= 8, "{seen} literals in {}", dir.display());
    }
}
