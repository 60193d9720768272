//! The audit log (操作日志) of a node, as its offices and administrators read it: each entry
//! as a Chinese sentence with masked phones (`domain::audit_words`).
use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset};
use entity::audit_entry;

use super::ContextExt;
use super::types::{Conn, Date, connection, cst};
use crate::domain::audit_words::{self, Names, Words};
use crate::domain::paging::{self, Page};
use crate::domain::{audit, org};
use crate::graphql::ids::{self, Kind};

/// Which audit entries to show; every part optional, given parts all apply.
#[derive(InputObject, Default)]
pub struct AuditFilter {
    /// Who did it: a whole phone number, or part of a name.
    actor: Option<String>,
    /// What happened: an action (`learner.transfer_out`) or its area (`learner`, `exemption`,
    /// `export`, `role`, `notice`, `exam_session`, `seat`, `recovery`); `auditActions` lists them.
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

pub struct AuditEntry {
    row: audit_entry::Model,
    words: Words,
    actor: Option<String>,
}

/// Masks every `phone` inside a stored snapshot (the raw `before`/`after`).
fn masked_json(text: Option<&str>) -> Option<String> {
    fn mask(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if key == "phone" {
                        if let Some(p) = value.as_str() {
                            *value = serde_json::Value::String(crate::scope::mask_phone(p));
                        }
                    } else {
                        mask(value);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(mask),
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(text?).ok()?;
    mask(&mut v);
    Some(v.to_string())
}

/// One change in the audit log: who, when, what, to whom, in words. Never editable.
#[Object]
impl AuditEntry {
    async fn id(&self) -> ID {
        ids::encode(Kind::AuditEntry, self.row.id)
    }
    async fn at(&self) -> DateTime<FixedOffset> {
        cst(self.row.at)
    }
    /// The change as one Chinese sentence, who did what to whom, e.g. "孙丽 将 张三
    /// （138****0001）调出 联合街道"; phones are masked.
    async fn summary(&self) -> &str {
        &self.words.summary
    }
    /// The details in words, one line each (e.g. "职务职级：科员 → 副科长", "意见：…",
    /// "在名单核实截止后变更").
    async fn details(&self) -> &[String] {
        &self.words.details
    }
    /// The name of the action in the console, e.g. 调出.
    async fn action_name(&self) -> &'static str {
        audit_words::action_name(&self.row.action)
    }
    /// The learner the change is about, when it is one: `revealPhone` shows the full phone
    /// (and is audited).
    async fn learner_id(&self) -> Option<ID> {
        self.words.learner_id.map(|id| ids::encode(Kind::Learner, id))
    }
    /// What happened, as stored, e.g. `learner.transfer_out`, `exemption.decide`, `role.grant`,
    /// `password.reset` (for filters; `summary` says it in words).
    async fn action(&self) -> &str {
        &self.row.action
    }
    /// Name and masked phone of who did it; null for a request without login.
    async fn actor(&self) -> Option<&str> {
        self.actor.as_deref()
    }
    /// The kind of object changed: learner, exemption, role_grant, account, region, unit,
    /// notice, exam_session, recovery_request.
    async fn target_kind(&self) -> &str {
        &self.row.target_kind
    }
    async fn target_id(&self) -> i32 {
        self.row.target_id
    }
    /// The object before the change, as stored JSON with phones masked (`summary` and
    /// `details` say it in words).
    async fn before(&self) -> Option<String> {
        masked_json(self.row.before.as_deref())
    }
    /// The object after the change, as stored JSON with phones masked.
    async fn after(&self) -> Option<String> {
        masked_json(self.row.after.as_deref())
    }
    /// Made after the roster verification deadline (only offices may).
    async fn late(&self) -> bool {
        self.row.late
    }
}

/// An action of the audit log, or an area of actions, as the filter offers it.
#[derive(SimpleObject)]
pub struct AuditAction {
    /// The value for `AuditFilter.action`, e.g. `learner.transfer_out` or `learner`.
    action: String,
    /// Its name, e.g. 调出 or 学员（全部）.
    name: String,
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
        let names = Names::of(db, &rows.rows).await?;
        Ok(connection(
            rows,
            after.is_some(),
            |e| e.id,
            |row| AuditEntry {
                words: audit_words::describe(&row, &names),
                actor: names.actor(&row),
                row,
            },
        ))
    }

    /// Every action the audit log records, areas first, with its name in the console.
    async fn audit_actions(&self) -> Vec<AuditAction> {
        audit_words::AREAS
            .iter()
            .chain(audit_words::ACTIONS)
            .map(|(action, name)| AuditAction {
                action: (*action).to_owned(),
                name: (*name).to_owned(),
            })
            .collect()
    }
}
