//! An administrative region: province (省), city (市) or district (区/县).
use sea_orm::entity::prelude::*;

/// Region levels, highest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum Level {
    Province,
    City,
    District,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "regions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub parent_id: Option<i32>,
    /// The 6-digit administrative division code, e.g. 430408.
    #[sea_orm(unique)]
    pub code: String,
    pub name: String,
    pub level: Level,
    /// The codes of the region and its ancestors, root first, concatenated
    /// ("430000430400430408"): a subtree is one range scan on this column.
    #[sea_orm(unique)]
    pub path: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
