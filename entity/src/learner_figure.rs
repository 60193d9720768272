//! A learner's figures in a campaign: whether it counts in each of its unit's figures, kept
//! current by every event about the learner. `unit_stats` is the sum of these rows by unit, and
//! the action lists page through them.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "learner_figures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub campaign_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub learner_id: i32,
    /// The unit whose figures the learner counts in; `None` while on no roster (transferring).
    pub unit_id: Option<i32>,
    /// The unit's region path, for the lists of a region.
    pub region_path: Option<String>,
    /// Should take the exam (应考): in service and not exempted. The other flags are only set
    /// together with this one, as the unit's figures count them.
    pub should_take: bool,
    /// Reached the required study points.
    pub studied: bool,
    /// Submitted an attempt.
    pub took: bool,
    /// Passed an attempt.
    pub passed: bool,
    /// Submitted a make-up attempt and never passed: may not be rated excellent (不得确定为优秀).
    pub makeup_failed: bool,
    /// The day (China Standard Time) the study was completed, when `studied`.
    pub studied_on: Option<Date>,
    /// The day of the first submitted attempt, when `took`.
    pub took_on: Option<Date>,
    /// The day of the first passing attempt, when `passed`.
    pub passed_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
