//! The maintained figures checked against a plain recount from the base tables (for tests
//! and the load tool, after bulk loads).

use std::collections::{BTreeSet, HashMap};

use entity::{campaign, learner_figure, unit, unit_stat};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, FromQueryResult, QueryFilter, QuerySelect};

use super::*;
use crate::domain::ids::{CampaignId, UnitId};
use crate::error::AppResult;
use crate::scope::{self};

/// A difference [`verify`] found between the maintained figures and a recount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// A unit's `unit_stats` row against the plain recount of its roster from the base tables.
    Unit {
        unit_id: i32,
        stored: Counts,
        recount: Counts,
    },
    /// A unit's `unit_stats` row against the sum of its learners' `learner_figures` rows.
    UnitSum {
        unit_id: i32,
        stored: Counts,
        summed: Counts,
    },
    /// A learner's `learner_figures` row against its recount; `None` for a missing row.
    Learner {
        learner_id: i32,
        stored: Option<learner_figure::Model>,
        recount: Option<learner_figure::Model>,
    },
}

/// How many differing learners [`verify`] reports at most.
const VERIFY_LEARNERS: usize = 1000;

/// Everything maintained for a campaign, against a recount (for tests and operators): every
/// unit of the province against its plain recount and against the sum of its learners' rows,
/// and every learner's row against its recount (the first [`VERIFY_LEARNERS`] that differ).
pub async fn verify(db: &DatabaseConnection, campaign_id: i32) -> AppResult<Vec<Difference>> {
    let c = campaign::Entity::find_by_id(campaign_id)
        .one(db)
        .await?
        .ok_or_else(crate::error::AppError::not_found)?;
    let backend = db.get_database_backend();
    let stored: HashMap<i32, Counts> = unit_stat::Entity::find()
        .filter(unit_stat::Column::CampaignId.eq(campaign_id))
        .all(db)
        .await?
        .iter()
        .map(|r| (r.unit_id, counts_of(r)))
        .collect();
    let mut units: BTreeSet<i32> = unit::Entity::find()
        .select_only()
        .column(unit::Column::Id)
        .filter(scope::within_subtree(unit::Column::RegionPath, &c.region_path))
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    units.extend(stored.keys());

    let mut wrong = Vec::new();
    for &unit_id in &units {
        let recount = recount_unit(db, CampaignId(campaign_id), UnitId(unit_id)).await?;
        let kept = stored.get(&unit_id).copied().unwrap_or_default();
        if kept != recount {
            wrong.push(Difference::Unit {
                unit_id,
                stored: kept,
                recount,
            });
        }
    }

    #[derive(FromQueryResult)]
    struct UnitSums {
        unit_id: i32,
        #[sea_orm(nested)]
        counts: Counts,
    }
    let sql = format!(
        "SELECT unit_id, {SUMS} FROM learner_figures WHERE campaign_id = ?1 AND unit_id IS NOT NULL GROUP BY unit_id"
    );
    let summed: HashMap<i32, Counts> =
        UnitSums::find_by_statement(statement(backend, &sql, vec![campaign_id.into()]))
            .all(db)
            .await?
            .into_iter()
            .map(|s| (s.unit_id, s.counts))
            .collect();
    units.extend(summed.keys());
    for &unit_id in &units {
        let kept = stored.get(&unit_id).copied().unwrap_or_default();
        let sum = summed.get(&unit_id).copied().unwrap_or_default();
        if kept != sum {
            wrong.push(Difference::UnitSum {
                unit_id,
                stored: kept,
                summed: sum,
            });
        }
    }

    // The learners on the province's rosters, and any other learner with a row.
    // One IN over a UNION, not an OR of two: PostgreSQL turns this into a hash semi-join, while
    // the OR became a per-row rescan of a million learner_figures rows (quadratic).
    let learners = "l.id IN (SELECT w.id FROM learners w JOIN units x ON x.id = w.unit_id \
                    WHERE x.region_path >= ?2 AND x.region_path < ?3 \
                    UNION SELECT y.learner_id FROM learner_figures y WHERE y.campaign_id = ?1)";
    let sql = format!(
        "SELECT r.learner_id AS n FROM ({}) r
LEFT JOIN learner_figures s ON s.campaign_id = ?1 AND s.learner_id = r.learner_id
WHERE s.learner_id IS NULL OR s.unit_id IS DISTINCT FROM r.unit_id OR s.region_path IS DISTINCT FROM r.region_path
  OR s.should_take <> r.should_take OR s.studied <> r.studied OR s.took <> r.took OR s.passed <> r.passed
  OR s.makeup_failed <> r.makeup_failed OR s.studied_on IS DISTINCT FROM r.studied_on
  OR s.took_on IS DISTINCT FROM r.took_on OR s.passed_on IS DISTINCT FROM r.passed_on
ORDER BY r.learner_id LIMIT {VERIFY_LEARNERS}",
        figures_sql(backend, learners)
    );
    #[derive(FromQueryResult)]
    struct Id {
        n: i32,
    }
    let values = vec![
        campaign_id.into(),
        c.region_path.clone().into(),
        scope::subtree_upper_bound(&c.region_path).into(),
    ];
    let differing: Vec<i32> = Id::find_by_statement(statement(backend, &sql, values))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.n)
        .collect();
    for chunk in differing.chunks(500) {
        let mut kept: HashMap<i32, learner_figure::Model> = learner_figure::Entity::find()
            .filter(learner_figure::Column::CampaignId.eq(campaign_id))
            .filter(learner_figure::Column::LearnerId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
            .into_iter()
            .map(|f| (f.learner_id, f))
            .collect();
        let mut recounted: HashMap<i32, learner_figure::Model> = recount_learners(db, campaign_id, chunk)
            .await?
            .into_iter()
            .map(|f| (f.learner_id, f))
            .collect();
        for &learner_id in chunk {
            wrong.push(Difference::Learner {
                learner_id,
                stored: kept.remove(&learner_id),
                recount: recounted.remove(&learner_id),
            });
        }
    }
    Ok(wrong)
}
