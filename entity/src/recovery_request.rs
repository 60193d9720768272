//! A learner's request, from the login page, to have the password reset (找回账号).
use sea_orm::entity::prelude::*;

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
    /// PENDING, RESET, DECLINED or EXPIRED.
    pub status: String,
    pub created_at: DateTimeUtc,
    /// From then on the offices above the unit see it in their queue too.
    pub escalate_at: DateTimeUtc,
    pub resolved_at: Option<DateTimeUtc>,
    pub resolved_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
