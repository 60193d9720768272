//! A learner's request, from the login page, to have the password reset (找回账号).
use sea_orm::entity::prelude::*;

/// What the requester is told about a request. `Expired` is never stored: a pending request
/// past its time reads as expired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum RecoveryStatus {
    /// Waiting for an administrator.
    Pending,
    /// The password was reset to the initial password.
    Reset,
    /// An administrator could not confirm the request.
    Declined,
    /// Nobody acted in time.
    Expired,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recovery_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// SHA-256 of the request code shown to the requester, hex.
    #[sea_orm(unique)]
    pub code_digest: String,
    /// What the requester typed.
    pub phone: String,
    pub name: String,
    pub unit_name: String,
    /// The learner it matched (phone, name and unit all agree); only matched requests reach a queue.
    pub learner_id: Option<i32>,
    pub unit_id: Option<i32>,
    pub region_path: Option<String>,
    /// Key of the requesting address.
    pub source_key: String,
    pub status: RecoveryStatus,
    pub created_at: DateTimeUtc,
    /// From then on the offices above the unit see it in their queue too.
    pub escalate_at: DateTimeUtc,
    pub resolved_at: Option<DateTimeUtc>,
    pub resolved_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
