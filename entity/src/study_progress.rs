//! A learner's running total in a campaign, kept with every credit (statistics read it).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "study_progress")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub learner_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub campaign_id: i32,
    pub total_points: i32,
    /// The day (China Standard Time) the required points were reached.
    pub completed_on: Option<Date>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
