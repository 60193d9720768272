//! The audit log: every change of roster, roles and passwords, kept with who, when, what,
//! before and after. Entries are only ever inserted.

use chrono::Utc;
use entity::audit_entry;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde_json::Value;

use crate::error::AppResult;

pub struct Change<'a> {
    pub actor_account_id: Option<i32>,
    pub action: &'a str,
    pub target_kind: &'a str,
    pub target_id: i32,
    /// Region path of the changed object: the offices above it see the entry.
    pub region_path: &'a str,
    pub unit_id: Option<i32>,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub late: bool,
}

/// Records a change, inside the caller's transaction so the entry and the change commit together.
pub async fn record<C: ConnectionTrait>(db: &C, change: Change<'_>) -> AppResult<()> {
    audit_entry::ActiveModel {
        at: Set(Utc::now()),
        actor_account_id: Set(change.actor_account_id),
        action: Set(change.action.to_owned()),
        target_kind: Set(change.target_kind.to_owned()),
        target_id: Set(change.target_id),
        region_path: Set(change.region_path.to_owned()),
        unit_id: Set(change.unit_id),
        before: Set(change.before.map(|v| v.to_string())),
        after: Set(change.after.map(|v| v.to_string())),
        late: Set(change.late),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
