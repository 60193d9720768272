//! A unit (单位): the tenant. Attached to a region of any level.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "units")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub region_id: i32,
    /// Copy of the region's path, so "units under a region" is a range scan.
    pub region_path: String,
    pub name: String,
    /// Units without internet take the exam at a city exam centre (考试中心).
    pub has_internet: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
