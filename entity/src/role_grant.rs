//! An administrator role held by an account over a region's subtree or one unit.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Roles, highest first (the derived order is the rank). `Learner` is held by being on a
/// roster, never granted; a grant row holds one of the four others.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    EnumIter,
    DeriveActiveEnum,
)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum Role {
    ProvinceAdmin,
    CityAdmin,
    DistrictAdmin,
    UnitAdmin,
    Learner,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "role_grants")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub account_id: i32,
    /// Never `Learner`.
    pub role: Role,
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
