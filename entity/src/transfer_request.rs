//! A learner's own move into a unit (调进) after the verification deadline, waiting for that
//! unit's administrator (or an office above it) to accept it.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "transfer_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub learner_id: i32,
    pub unit_id: i32,
    pub requested_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
