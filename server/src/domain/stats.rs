//! Statistics: participation and pass rates that roll up from unit to province.
//!
//! The figures are defined once, in [`RECOUNT_SQL`]: for one campaign and one unit, counted
//! over the learners currently on the unit's roster. Every event that can change them (a
//! learner added, moved, retired; an exemption decided; study completed; an attempt
//! submitted) recounts the learner's unit inside its own transaction into `unit_stats`, under
//! a row lock so concurrent events cannot overwrite each other. A region's figures are then a
//! sum over its units' rows: one indexed range scan, whatever the number of learners.

use std::collections::HashMap;

use chrono::Utc;
use entity::{campaign, learner, region, unit, unit_stat};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Set, Statement, Value,
};

use crate::domain::org::Node;
use crate::domain::paging::{Page, PageOf};
use crate::error::AppResult;
use crate::scope::{self, Actor};

/// The figures of a unit, from the base tables. `?1` is the campaign, `?2` the unit.
const RECOUNT_SQL: &str = "
SELECT
  COALESCE(SUM(CASE WHEN should THEN 1 ELSE 0 END), 0) AS should_take,
  COALESCE(SUM(CASE WHEN should AND studied THEN 1 ELSE 0 END), 0) AS study_completed,
  COALESCE(SUM(CASE WHEN should AND took THEN 1 ELSE 0 END), 0) AS participated,
  COALESCE(SUM(CASE WHEN should AND passed THEN 1 ELSE 0 END), 0) AS passed
FROM (
  SELECT
    (l.status = 'IN_SERVICE' AND NOT EXISTS (
      SELECT 1 FROM exemptions e WHERE e.learner_id = l.id AND e.campaign_id = ?1 AND e.status = 'APPROVED')) AS should,
    EXISTS (SELECT 1 FROM study_progress p
      WHERE p.learner_id = l.id AND p.campaign_id = ?1 AND p.completed_on IS NOT NULL) AS studied,
    EXISTS (SELECT 1 FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED') AS took,
    EXISTS (SELECT 1 FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED' AND a.passed = TRUE) AS passed
  FROM learners l
  WHERE l.unit_id = ?2
) figures";

/// Rewrites `?n` placeholders for the backend (PostgreSQL numbers them with `$`).
fn statement(backend: DatabaseBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = match backend {
        DatabaseBackend::Postgres => sql.replace('?', "$"),
        _ => sql.to_owned(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// Counts of learners: the four figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, FromQueryResult)]
pub struct Counts {
    pub should_take: i64,
    pub study_completed: i64,
    pub participated: i64,
    pub passed: i64,
}

impl Counts {
    /// participated / shouldTake; 1.0 when nothing is due.
    pub fn participation_rate(&self) -> f64 {
        ratio(self.participated, self.should_take)
    }
    pub fn pass_rate(&self) -> f64 {
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
    }
}

fn ratio(part: i64, whole: i64) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The plain recount of one unit (also what the tests compare the maintained rows with).
pub async fn recount_unit<C: ConnectionTrait>(db: &C, campaign_id: i32, unit_id: i32) -> AppResult<Counts> {
    let stmt = statement(
        db.get_database_backend(),
        RECOUNT_SQL,
        vec![campaign_id.into(), unit_id.into()],
    );
    Ok(Counts::find_by_statement(stmt).one(db).await?.unwrap_or_default())
}

/// Recounts a unit's figures for a campaign into `unit_stats`, under the row's lock.
pub async fn refresh_unit<C: ConnectionTrait>(db: &C, campaign_id: i32, unit_id: i32) -> AppResult<()> {
    let Some(u) = unit::Entity::find_by_id(unit_id).one(db).await? else {
        return Ok(());
    };
    unit_stat::Entity::insert(unit_stat::ActiveModel {
        campaign_id: Set(campaign_id),
        unit_id: Set(unit_id),
        region_path: Set(u.region_path.clone()),
        should_take: Set(0),
        study_completed: Set(0),
        participated: Set(0),
        passed: Set(0),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([unit_stat::Column::CampaignId, unit_stat::Column::UnitId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    // The lock makes a concurrent event's recount wait for this one's commit.
    unit_stat::Entity::find_by_id((campaign_id, unit_id))
        .lock_exclusive()
        .one(db)
        .await?;
    let c = recount_unit(db, campaign_id, unit_id).await?;
    unit_stat::Entity::update(unit_stat::ActiveModel {
        campaign_id: Set(campaign_id),
        unit_id: Set(unit_id),
        region_path: Set(u.region_path),
        should_take: Set(c.should_take as i32),
        study_completed: Set(c.study_completed as i32),
        participated: Set(c.participated as i32),
        passed: Set(c.passed as i32),
        updated_at: Set(Utc::now()),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// Recounts a unit for every campaign of its province (roster events touch every year).
pub async fn refresh_unit_all_campaigns<C: ConnectionTrait>(db: &C, unit_id: i32) -> AppResult<()> {
    let Some(u) = unit::Entity::find_by_id(unit_id).one(db).await? else {
        return Ok(());
    };
    let province = &u.region_path[..u.region_path.len().min(6)];
    let campaigns = campaign::Entity::find()
        .filter(campaign::Column::RegionPath.eq(province))
        .all(db)
        .await?;
    for c in campaigns {
        refresh_unit(db, c.id, unit_id).await?;
    }
    Ok(())
}

/// Recounts a learner's current unit for one campaign.
pub async fn refresh_learner<C: ConnectionTrait>(db: &C, campaign_id: i32, learner_id: i32) -> AppResult<()> {
    let unit = learner::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .and_then(|l| l.unit_id);
    match unit {
        Some(unit_id) => refresh_unit(db, campaign_id, unit_id).await,
        None => Ok(()),
    }
}

/// Recounts every unit of a campaign's province (after bulk loads).
pub async fn refresh_campaign(db: &DatabaseConnection, campaign_id: i32) -> AppResult<()> {
    let Some(c) = campaign::Entity::find_by_id(campaign_id).one(db).await? else {
        return Ok(());
    };
    let units = unit::Entity::find()
        .filter(unit::Column::RegionPath.gte(c.region_path.as_str()))
        .filter(unit::Column::RegionPath.lt(scope::subtree_upper_bound(&c.region_path)))
        .all(db)
        .await?;
    for u in units {
        refresh_unit(db, c.id, u.id).await?;
    }
    Ok(())
}

/// A node's figures and, for a region, those of its children.
pub struct NodeStats {
    pub node_id: String,
    pub name: String,
    pub counts: Counts,
    /// For a unit: whether it gets a deduction. For a region: how many units below do.
    pub deduction_units: i64,
    pub is_unit: bool,
    pub children: Vec<NodeStats>,
}

#[derive(FromQueryResult)]
struct Summed {
    child: String,
    should_take: i64,
    study_completed: i64,
    participated: i64,
    passed: i64,
    deductions: i64,
}

/// The statistics of a region or unit the caller administers.
pub async fn stats(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    node: &Node,
) -> AppResult<NodeStats> {
    let c = crate::domain::campaign::find(db, actor, campaign_id).await?;
    match node {
        Node::Unit(u) => {
            scope::require(true, actor.manages_unit(u), "查看该单位的统计")?;
            let row = unit_stat::Entity::find_by_id((c.id, u.id)).one(db).await?;
            let counts = row.map(|r| counts_of(&r)).unwrap_or_default();
            Ok(NodeStats {
                node_id: crate::ids::encode(crate::ids::Kind::Unit, u.id).0,
                name: u.name.clone(),
                deduction_units: i64::from(counts.deduction()),
                counts,
                is_unit: true,
                children: Vec::new(),
            })
        }
        Node::Region(r) => {
            scope::require(true, actor.manages_region(r), "查看该地区的统计")?;
            region_stats(db, &c, r).await
        }
    }
}

fn counts_of(r: &unit_stat::Model) -> Counts {
    Counts {
        should_take: i64::from(r.should_take),
        study_completed: i64::from(r.study_completed),
        participated: i64::from(r.participated),
        passed: i64::from(r.passed),
    }
}

async fn region_stats(
    db: &DatabaseConnection,
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
    let rows = Summed::find_by_statement(stmt).all(db).await?;

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
    let units: HashMap<i32, unit::Model> = unit::Entity::find()
        .filter(unit::Column::Id.is_in(unit_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();

    let mut total = Counts::default();
    let mut deductions = 0;
    let mut children = Vec::new();
    for s in rows {
        let counts = Counts {
            should_take: s.should_take,
            study_completed: s.study_completed,
            participated: s.participated,
            passed: s.passed,
        };
        total.add(&counts);
        deductions += s.deductions;
        let (node_id, name, is_unit) = match s
            .child
            .strip_prefix("unit:")
            .and_then(|id| id.parse::<i32>().ok())
        {
            Some(id) => {
                let name = units.get(&id).map(|u| u.name.clone()).unwrap_or_default();
                (crate::ids::encode(crate::ids::Kind::Unit, id).0, name, true)
            }
            None => match names.get(&s.child) {
                Some(x) => (
                    crate::ids::encode(crate::ids::Kind::Region, x.id).0,
                    x.name.clone(),
                    false,
                ),
                None => continue,
            },
        };
        children.push(NodeStats {
            node_id,
            name,
            counts,
            deduction_units: s.deductions,
            is_unit,
            children: Vec::new(),
        });
    }
    Ok(NodeStats {
        node_id: crate::ids::encode(crate::ids::Kind::Region, r.id).0,
        name: r.name.clone(),
        counts: total,
        deduction_units: deductions,
        is_unit: false,
        children,
    })
}

/// Which learners an office must act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    /// Should take, has not reached the required study points.
    NotStudied,
    /// Should take, has not submitted an attempt.
    NotTaken,
    /// Took the exam and never passed.
    Failed,
    /// Should take, never took it, and the make-up window has closed: 暂缓确定考核等次.
    GradeDeferred,
    /// Failed the make-up too: 不得确定为优秀.
    NotExcellent,
}

const SHOULD: &str = "l.status = 'IN_SERVICE' AND NOT EXISTS (SELECT 1 FROM exemptions e WHERE e.learner_id = l.id AND e.campaign_id = ?1 AND e.status = 'APPROVED')";
const TOOK: &str = "EXISTS (SELECT 1 FROM exam_attempts a WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED')";
const PASSED: &str = "EXISTS (SELECT 1 FROM exam_attempts a WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED' AND a.passed = TRUE)";
const STUDIED: &str = "EXISTS (SELECT 1 FROM study_progress p WHERE p.learner_id = l.id AND p.campaign_id = ?1 AND p.completed_on IS NOT NULL)";
const TOOK_MAKEUP: &str = "EXISTS (SELECT 1 FROM exam_attempts a WHERE a.learner_id = l.id AND a.campaign_id = ?1 AND a.status = 'SUBMITTED' AND a.kind = 'MAKEUP')";

/// A page of learners under a node needing an action, by id.
pub async fn learners_needing_action(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    node: &Node,
    kind: ActionKind,
    page: Page,
) -> AppResult<PageOf<learner::Model>> {
    let c = crate::domain::campaign::find(db, actor, campaign_id).await?;
    let mut values: Vec<Value> = vec![c.id.into()];
    let place = match node {
        Node::Unit(u) => {
            scope::require(true, actor.manages_unit(u), "查看该单位的名单")?;
            values.push(u.id.into());
            "l.unit_id = ?2".to_owned()
        }
        Node::Region(r) => {
            scope::require(true, actor.manages_region(r), "查看该地区的名单")?;
            values.push(r.path.clone().into());
            values.push(scope::subtree_upper_bound(&r.path).into());
            "l.unit_id IN (SELECT u.id FROM units u WHERE u.region_path >= ?2 AND u.region_path < ?3)"
                .to_owned()
        }
    };
    let condition = match kind {
        ActionKind::NotStudied => format!("{SHOULD} AND NOT {STUDIED}"),
        ActionKind::NotTaken => format!("{SHOULD} AND NOT {TOOK}"),
        ActionKind::Failed => format!("{SHOULD} AND {TOOK} AND NOT {PASSED}"),
        ActionKind::GradeDeferred => {
            if crate::clock::today() <= c.makeup_end {
                // Nobody is deferred before the make-up has had its chance.
                "1 = 0".to_owned()
            } else {
                format!("{SHOULD} AND NOT {TOOK}")
            }
        }
        ActionKind::NotExcellent => format!("{SHOULD} AND {TOOK_MAKEUP} AND NOT {PASSED}"),
    };
    let next = values.len() + 1;
    let after = page.after_id.unwrap_or(0);
    values.push(after.into());
    let base = format!("FROM learners l WHERE {place} AND {condition}");
    let count_sql = format!("SELECT COUNT(*) AS n {base}");
    let backend = db.get_database_backend();

    #[derive(FromQueryResult)]
    struct N {
        n: i64,
    }
    let count_values: Vec<Value> = values[..values.len() - 1].to_vec();
    let total = N::find_by_statement(statement(backend, &count_sql, count_values))
        .one(db)
        .await?
        .map(|n| n.n)
        .unwrap_or(0);
    let page_sql = format!(
        "SELECT l.* {base} AND l.id > ?{next} ORDER BY l.id LIMIT {}",
        page.first + 1
    );
    let rows = learner::Model::find_by_statement(statement(backend, &page_sql, values))
        .all(db)
        .await?;
    Ok(PageOf::from_rows(rows, page, total as u64))
}

/// Everything maintained, against a recount (for tests and operators): the units whose
/// stored figures differ from the base tables.
pub async fn verify(db: &DatabaseConnection, campaign_id: i32) -> AppResult<Vec<(i32, Counts, Counts)>> {
    let rows = unit_stat::Entity::find()
        .filter(unit_stat::Column::CampaignId.eq(campaign_id))
        .order_by_asc(unit_stat::Column::UnitId)
        .all(db)
        .await?;
    let mut stored: HashMap<i32, Counts> = rows.iter().map(|r| (r.unit_id, counts_of(r))).collect();
    let units: Vec<i32> = unit::Entity::find()
        .select_only()
        .column(unit::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut wrong = Vec::new();
    for unit_id in units {
        let recount = recount_unit(db, campaign_id, unit_id).await?;
        let kept = stored.remove(&unit_id).unwrap_or_default();
        if kept != recount {
            wrong.push((unit_id, kept, recount));
        }
    }
    Ok(wrong)
}
