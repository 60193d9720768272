//! An integrity event of an exam attempt: the exam page was left (hidden, lost focus) or
//! came back, as the page reported it.
use sea_orm::entity::prelude::*;

/// What the page saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum EventKind {
    /// The page was hidden or lost focus (切出).
    Leave,
    /// It came back.
    Return,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attempt_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub attempt_id: i32,
    pub kind: EventKind,
    /// When the page saw it (the client's clock, as reported).
    pub at: DateTimeUtc,
    /// When the server received it.
    pub received_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
