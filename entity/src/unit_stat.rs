//! A unit's figures in a campaign: the sum of its learners' `learner_figures` rows, kept current
//! by every event that changes them (statistics read these rows, not a million learners).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "unit_stats")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub campaign_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub unit_id: i32,
    pub region_path: String,
    pub should_take: i32,
    pub study_completed: i32,
    pub participated: i32,
    pub passed: i32,
    /// Should take, submitted a make-up attempt and never passed (不得确定为优秀).
    pub makeup_failed: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
