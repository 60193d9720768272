//! A new year's campaign: the roster verification starts from last year's roster (a learner is
//! one roster entry per person, kept from year to year with its account, password, unit and
//! record), with the year's retirements flagged for the unit's administrator.

use chrono::NaiveDate;
use entity::{campaign, learner};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::{campaign as campaigns, org};
use crate::error::AppResult;
use crate::scope::{self, Actor};

/// Where a learner's expected retirement date falls against a campaign's year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetirementTiming {
    /// Before the year's study starts: should be recorded as retired (退休) at verification.
    BeforeWindow,
    /// From the study start to the make-up's end: leaves the "should take" count that day.
    WithinWindow,
}

/// The timing of a retirement date in a campaign, if it falls before the make-up's end.
pub fn timing(c: &campaign::Model, retirement: Option<NaiveDate>) -> Option<RetirementTiming> {
    let day = retirement?;
    if day < c.study_start {
        Some(RetirementTiming::BeforeWindow)
    } else if day <= c.makeup_end {
        Some(RetirementTiming::WithinWindow)
    } else {
        None
    }
}

/// The learners in service on a unit's roster whose retirement falls before the campaign's
/// make-up ends, earliest first: what the administrator checks at the year's verification.
pub async fn retirements_due(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    unit_id: i32,
) -> AppResult<(campaign::Model, Vec<learner::Model>)> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let u = org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&u), "查看该单位的名单")?;
    let due = learner::Entity::find()
        .filter(learner::Column::UnitId.eq(u.id))
        .filter(learner::Column::Status.eq("IN_SERVICE"))
        .filter(learner::Column::RetirementDate.lte(c.makeup_end))
        .order_by_asc(learner::Column::RetirementDate)
        .order_by_asc(learner::Column::Id)
        .all(db)
        .await?;
    Ok((c, due))
}
