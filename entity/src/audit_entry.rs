//! One entry of the audit log: who changed what, when, before and after.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: DateTimeUtc,
    pub actor_account_id: Option<i32>,
    /// What happened, e.g. `role.grant`, `password.reset`.
    pub action: String,
    /// The kind and id of the changed object, e.g. `role_grant` 12.
    pub target_kind: String,
    pub target_id: i32,
    /// The region path of the changed object: offices whose subtree covers it see the entry.
    pub region_path: String,
    pub unit_id: Option<i32>,
    /// JSON of the object before and after the change.
    pub before: Option<String>,
    pub after: Option<String>,
    /// A change made after the roster verification deadline.
    pub late: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
