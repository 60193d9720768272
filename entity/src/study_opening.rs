//! When a learner first opened a study item: the server's clock decides reading time.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "study_openings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub learner_id: i32,
    pub item_id: i32,
    pub opened_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
