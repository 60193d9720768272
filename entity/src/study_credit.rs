//! Points credited to a learner: once per item, once for the profile.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "study_credits")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub learner_id: i32,
    pub campaign_id: i32,
    pub category: super::study_item::StudyCategory,
    /// `item:<id>` or `profile`: unique per learner and campaign, so a credit happens once.
    pub credit_key: String,
    pub item_id: Option<i32>,
    /// Points actually credited (capped by the category).
    pub points: i32,
    pub credited_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
