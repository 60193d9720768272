//! An application for exemption from the year's exam (免考).
use sea_orm::entity::prelude::*;
use serde::Serialize;

/// Where an application stands. Serialized as stored (the audit log).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ExemptionStatus {
    Pending,
    Approved,
    Rejected,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exemptions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub campaign_id: i32,
    pub learner_id: i32,
    /// The learner's unit when applying; decisions are made there.
    pub unit_id: i32,
    pub region_path: String,
    pub reason: String,
    pub status: ExemptionStatus,
    pub attachment_name: Option<String>,
    pub attachment_type: Option<String>,
    pub attachment: Option<Vec<u8>>,
    pub applied_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    /// When the unit administrator passed it to the district office (after the roster freeze).
    pub escalated_at: Option<DateTimeUtc>,
    pub escalated_by: Option<i32>,
    /// Why the unit passed it on.
    pub escalation_comment: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
