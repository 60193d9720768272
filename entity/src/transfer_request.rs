//! A learner's own move into a unit (调进) after the verification deadline, waiting for that
//! unit's administrator (or an office above it) to accept or refuse it; the learner sees how
//! it was decided.
use sea_orm::entity::prelude::*;

/// How the unit decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum TransferStatus {
    /// 等待新单位确认
    Pending,
    /// 新单位已同意
    Accepted,
    /// 新单位未同意
    Refused,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "transfer_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub learner_id: i32,
    pub unit_id: i32,
    pub requested_at: DateTimeUtc,
    pub status: TransferStatus,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
