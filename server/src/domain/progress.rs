//! The campaign's progress by day for a node: how many of the learners who should take the
//! exam had completed their study, taken part and passed by the end of each day (China
//! Standard Time). Computed from what is stored, exactly: the last day's figures are the
//! node's statistics.
//!
//! A learner counts on the day its study was completed (`study_progress.completed_on`), on the
//! day of its first submitted attempt (took part) and on the day of its first passing one
//! (passed). The statistics keep these days in the learner's `learner_figures` row, set
//! together with its flags (`stats::figures_sql`), so the series is a sum over the same rows as
//! the figures and ends where they stand.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use sea_orm::{DatabaseConnection, FromQueryResult, Value};

use crate::domain::org::Node;
use crate::domain::stats::statement;
use crate::error::{AppError, AppResult};
use crate::scope::{self, Actor};

/// Cumulative figures at the end of one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayFigures {
    pub day: NaiveDate,
    pub study_completed: i64,
    pub participated: i64,
    pub passed: i64,
}

/// How many learners of the node have these three days.
#[derive(FromQueryResult)]
struct Days {
    studied_on: Option<String>,
    took_on: Option<String>,
    passed_on: Option<String>,
    n: i64,
}

fn parse_day(day: &str) -> AppResult<NaiveDate> {
    NaiveDate::parse_from_str(day.get(..10).unwrap_or(day), "%Y-%m-%d")
        .map_err(|_| AppError::internal(format!("progress: unreadable day {day:?}")))
}

/// The daily series of a region or unit the caller administers, from the campaign's study
/// start (or the first recorded day, if earlier) to today (or the make-up's end, whichever is
/// first; later days are added when something happened on them).
pub async fn daily(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    node: &Node,
) -> AppResult<Vec<DayFigures>> {
    let c = crate::domain::campaign::find(db, actor, campaign_id).await?;
    let mut values: Vec<Value> = vec![c.id.into()];
    let place = match node {
        Node::Unit(u) => {
            scope::require(true, actor.manages_unit(u), "查看该单位的统计")?;
            values.push(u.id.into());
            "AND f.unit_id = ?2".to_owned()
        }
        Node::Region(r) => {
            scope::require(true, actor.manages_region(r), "查看该地区的统计")?;
            values.push(r.path.clone().into());
            values.push(scope::subtree_upper_bound(&r.path).into());
            "AND f.region_path >= ?2 AND f.region_path < ?3".to_owned()
        }
    };
    // One pass over the node's rows of `learner_figures`: how many learners have each
    // combination of the three days (a few thousand combinations at most), then summed by day.
    let sql = format!(
        "SELECT CAST(f.studied_on AS TEXT) AS studied_on, CAST(f.took_on AS TEXT) AS took_on,
  CAST(f.passed_on AS TEXT) AS passed_on, COUNT(*) AS n
FROM learner_figures f
WHERE f.campaign_id = ?1 {place} AND (f.studied_on IS NOT NULL OR f.took_on IS NOT NULL)
GROUP BY f.studied_on, f.took_on, f.passed_on"
    );
    let rows = Days::find_by_statement(statement(db.get_database_backend(), &sql, values))
        .all(db)
        .await?;
    // day -> (study completed, took part, passed) on that day
    let mut on_day: BTreeMap<NaiveDate, [i64; 3]> = BTreeMap::new();
    for row in rows {
        for (i, day) in [row.studied_on, row.took_on, row.passed_on]
            .into_iter()
            .enumerate()
        {
            if let Some(day) = day {
                on_day.entry(parse_day(&day)?).or_default()[i] += row.n;
            }
        }
    }

    let today = crate::infra::clock::today();
    let mut first = c.study_start;
    let mut last = today.min(c.makeup_end).max(c.study_start);
    if let Some((&d, _)) = on_day.first_key_value() {
        first = first.min(d);
    }
    if let Some((&d, _)) = on_day.last_key_value() {
        last = last.max(d);
    }
    let mut series = Vec::new();
    let mut totals = [0i64; 3];
    let mut day = first;
    while day <= last {
        if let Some(n) = on_day.get(&day) {
            for (t, n) in totals.iter_mut().zip(n) {
                *t += n;
            }
        }
        series.push(DayFigures {
            day,
            study_completed: totals[0],
            participated: totals[1],
            passed: totals[2],
        });
        day += Duration::days(1);
    }
    Ok(series)
}

/// A learner's year at a glance, for the action lists and the downloads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearRecord {
    /// Study points credited in the campaign.
    pub points: i32,
    /// Best score of the submitted attempts; none before the first.
    pub best_score: Option<i32>,
}

/// The records of learners the caller was already allowed to see (a page of a list), by id.
pub async fn records_of(
    db: &DatabaseConnection,
    campaign_id: i32,
    learner_ids: &[i32],
) -> AppResult<std::collections::HashMap<i32, YearRecord>> {
    use entity::{exam_attempt, study_progress};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

    let mut records: std::collections::HashMap<i32, YearRecord> = std::collections::HashMap::new();
    for chunk in learner_ids.chunks(500) {
        let points: Vec<(i32, i32)> = study_progress::Entity::find()
            .select_only()
            .column(study_progress::Column::LearnerId)
            .column(study_progress::Column::TotalPoints)
            .filter(study_progress::Column::CampaignId.eq(campaign_id))
            .filter(study_progress::Column::LearnerId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        for (id, p) in points {
            records.entry(id).or_default().points = p;
        }
        let best: Vec<(i32, Option<i32>)> = exam_attempt::Entity::find()
            .select_only()
            .column(exam_attempt::Column::LearnerId)
            .column_as(exam_attempt::Column::Score.max(), "best")
            .filter(exam_attempt::Column::CampaignId.eq(campaign_id))
            .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Submitted))
            .filter(exam_attempt::Column::LearnerId.is_in(chunk.iter().copied()))
            .group_by(exam_attempt::Column::LearnerId)
            .into_tuple()
            .all(db)
            .await?;
        for (id, b) in best {
            records.entry(id).or_default().best_score = b;
        }
    }
    Ok(records)
}
