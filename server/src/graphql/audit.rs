//! The audit log (操作日志) of a node, as its offices and administrators read it.
use async_graphql::{Context, ID, InputObject, Object, Result};
use chrono::{DateTime, FixedOffset};
use entity::audit_entry;

use super::ContextExt;
use super::loaders::{AccountKey, unshare};
use super::types::{Conn, Date, connection, cst, loader};
use crate::domain::paging::{self, Page};
use crate::domain::{audit, org};
use crate::graphql::ids::{self, Kind};

/// Which audit entries to show; every part optional, given parts all apply.
#[derive(InputObject, Default)]
pub struct AuditFilter {
    /// Who did it: a whole phone number, or part of a name.
    actor: Option<String>,
    /// What happened: an action (`learner.transfer_out`) or its area (`learner`, `exemption`,
    /// `export`, `role`, `notice`, `exam_session`, `seat`).
    action: Option<String>,
    /// From this day (China Standard Time), inclusive.
    from: Option<Date>,
    /// To this day (China Standard Time), inclusive.
    to: Option<Date>,
    /// Only changes made after the roster verification deadline.
    #[graphql(default)]
    late_only: bool,
}

impl AuditFilter {
    fn into_domain(self) -> audit::AuditFilter {
        audit::AuditFilter {
            actor: self.actor,
            action: self.action,
            from: self.from.map(|d| d.0),
            to: self.to.map(|d| d.0),
            late_only: self.late_only,
        }
    }
}

pub struct AuditEntry(pub audit_entry::Model);

/// One change in the audit log: who, when, what, before and after. Never editable.
#[Object]
impl AuditEntry {
    async fn id(&self) -> ID {
        ids::encode(Kind::AuditEntry, self.0.id)
    }
    async fn at(&self) -> DateTime<FixedOffset> {
        cst(self.0.at)
    }
    /// What happened, e.g. `learner.transfer_out`, `exemption.decide`, `role.grant`, `password.reset`.
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// Name and phone of who did it.
    async fn actor(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let Some(id) = self.0.actor_account_id else {
            return Ok(None);
        };
        let account = loader(ctx)?.load_one(AccountKey(id)).await.map_err(unshare)?;
        Ok(account.map(|a| format!("{}（{}）", a.name, a.phone)))
    }
    /// The kind of object changed: learner, exemption, role_grant, account, region, unit.
    async fn target_kind(&self) -> &str {
        &self.0.target_kind
    }
    async fn target_id(&self) -> i32 {
        self.0.target_id
    }
    /// The object before the change, as JSON.
    async fn before(&self) -> Option<&str> {
        self.0.before.as_deref()
    }
    /// The object after the change, as JSON.
    async fn after(&self) -> Option<&str> {
        self.0.after.as_deref()
    }
    /// Made after the roster verification deadline (only offices may).
    async fn late(&self) -> bool {
        self.0.late
    }
}

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The audit log of a region's subtree or a unit, newest first (offices: district and
    /// above), narrowed by `filter` (who, what, from and to which day).
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        node_id: ID,
        filter: Option<AuditFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<AuditEntry>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let filter = filter.map(AuditFilter::into_domain).unwrap_or_default();
        let rows = audit::entries(db, actor, &node, &filter, Page::new(first, after.as_deref())?).await?;
        Ok(connection(rows, after.is_some(), |e| e.id, AuditEntry))
    }
}
