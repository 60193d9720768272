//! An answer of an attempt, as last saved (the durable copy of the live store).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attempt_answers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub attempt_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i32,
    /// The chosen option keys (the bank's keys, not the shuffled labels), sorted.
    pub choices: String,
    /// Order of saves: a save with a lower sequence never replaces a higher one.
    pub seq: i64,
    pub saved_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
