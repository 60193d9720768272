//! A learner's reading clock: one person reads one thing at a time, so reading time credited
//! to one study item is not credited again to another item open at the same moment.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reading_clocks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub learner_id: i32,
    /// The end of the reading time credited so far.
    pub read_until: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
