//! An administrator role held by an account over a region's subtree or one unit.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "role_grants")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub account_id: i32,
    /// PROVINCE_ADMIN, CITY_ADMIN, DISTRICT_ADMIN or UNIT_ADMIN.
    pub role: String,
    pub region_id: Option<i32>,
    pub unit_id: Option<i32>,
    /// The region path the grant reaches: the region's own path, or the unit's region path.
    pub scope_path: String,
    pub granted_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
