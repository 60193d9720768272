//! A learner (学员): a state employee on a unit's roster.
use sea_orm::entity::prelude::*;
use serde::Serialize;

/// Employment status (在职状态). Serialized as stored (the audit log's snapshots).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EmploymentStatus {
    /// 在职
    InService,
    /// 退休
    Retired,
    /// 调出: between units
    Transferring,
    /// 离职
    Left,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "learners")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub account_id: i32,
    /// `None` while transferring (调出) between units.
    pub unit_id: Option<i32>,
    /// The unit the learner was last on while transferring; its offices keep sight of it.
    pub last_unit_id: Option<i32>,
    pub name: String,
    /// The name's pinyin sort key (陈 before 张), written with the name.
    pub name_key: Option<String>,
    /// 职级
    pub rank: Option<String>,
    pub status: EmploymentStatus,
    pub status_since: Option<Date>,
    pub retirement_date: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
