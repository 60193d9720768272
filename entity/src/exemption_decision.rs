//! One decision on an exemption: the unit's, or an office's overruling one.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exemption_decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub exemption_id: i32,
    pub decided_by: i32,
    pub approve: bool,
    pub comment: Option<String>,
    /// Made by an office over a decision already taken.
    pub overrule: bool,
    pub decided_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
