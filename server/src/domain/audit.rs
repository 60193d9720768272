//! The audit log: every change of roster, roles and passwords, kept with who, when, what,
//! before and after. Entries are only ever inserted.

use chrono::Utc;
use entity::audit_entry;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
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

fn entry(change: Change<'_>) -> audit_entry::ActiveModel {
    audit_entry::ActiveModel {
        at: Set(crate::infra::clock::now()),
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
}

/// Records a change, inside the caller's transaction so the entry and the change commit together.
pub async fn record<C: ConnectionTrait>(db: &C, change: Change<'_>) -> AppResult<()> {
    entry(change).insert(db).await?;
    Ok(())
}

/// Records many changes at once (an import), in chunks the databases accept.
pub async fn record_many<C: ConnectionTrait>(db: &C, changes: Vec<Change<'_>>) -> AppResult<()> {
    let mut entries: Vec<audit_entry::ActiveModel> = changes.into_iter().map(entry).collect();
    while !entries.is_empty() {
        let rest = entries.split_off(entries.len().min(500));
        audit_entry::Entity::insert_many(std::mem::replace(&mut entries, rest))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// The audit log of a region's subtree or of one unit, newest first, for the offices above it.
pub async fn entries(
    db: &sea_orm::DatabaseConnection,
    actor: &crate::scope::Actor,
    node: &crate::domain::node::Node,
    filter: &AuditFilter,
    page: crate::domain::paging::Page,
) -> AppResult<crate::domain::paging::PageOf<audit_entry::Model>> {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

    use crate::domain::node::Node;
    use crate::scope;

    let mut query = audit_entry::Entity::find();
    query = match node {
        Node::Region(r) => {
            scope::require(true, actor.is_office_over(&r.path), "查看该地区的变更记录")?;
            query.filter(scope::within_subtree(audit_entry::Column::RegionPath, &r.path))
        }
        Node::Unit(u) => {
            scope::require(
                true,
                actor.is_office_over(&u.region_path),
                "查看该单位的变更记录（仅限区委法制办及以上）",
            )?;
            query.filter(audit_entry::Column::UnitId.eq(u.id))
        }
    };
    query = filter.apply(db, query).await?;
    let total_count = query.clone().count(db).await?;
    if let Some(after) = page.after_id {
        query = query.filter(audit_entry::Column::Id.lt(after));
    }
    let rows = query
        .order_by_desc(audit_entry::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    Ok(crate::domain::paging::PageOf::from_rows(rows, page, total_count))
}

/// Which entries of a node's audit log to show. Every part is optional; given parts all apply.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// Who did it: a phone number (whole), or part of a name.
    pub actor: Option<String>,
    /// What happened: an action (`learner.transfer_out`) or its area (`learner`, `exemption`).
    pub action: Option<String>,
    /// From this day (China Standard Time), inclusive.
    pub from: Option<chrono::NaiveDate>,
    /// To this day (China Standard Time), inclusive.
    pub to: Option<chrono::NaiveDate>,
    /// Only changes made after the roster verification deadline.
    pub late_only: bool,
}

impl AuditFilter {
    async fn apply(
        &self,
        db: &sea_orm::DatabaseConnection,
        mut query: sea_orm::Select<audit_entry::Entity>,
    ) -> AppResult<sea_orm::Select<audit_entry::Entity>> {
        use chrono::{Duration, TimeZone};
        use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect};

        use crate::error::AppError;
        use crate::infra::clock::CHINA;

        if matches!((self.from, self.to), (Some(from), Some(to)) if from > to) {
            return Err(AppError::bad_input("起始日期不能晚于截止日期"));
        }
        let midnight = |day: chrono::NaiveDate| {
            CHINA
                .from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
                .single()
                .map(|t| t.with_timezone(&Utc))
                .ok_or_else(|| AppError::bad_input("日期无效"))
        };
        if let Some(from) = self.from {
            query = query.filter(audit_entry::Column::At.gte(midnight(from)?));
        }
        if let Some(to) = self.to {
            query = query.filter(audit_entry::Column::At.lt(midnight(to)? + Duration::days(1)));
        }
        if let Some(action) = self.action.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
            if action.chars().count() > 60 {
                return Err(AppError::bad_input("操作类型不超过 60 个字符"));
            }
            query = query.filter(
                Condition::any()
                    .add(audit_entry::Column::Action.eq(action))
                    .add(audit_entry::Column::Action.starts_with(format!("{action}."))),
            );
        }
        if let Some(who) = self.actor.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
            if who.chars().count() > 40 {
                return Err(AppError::bad_input("操作人不超过 40 个字"));
            }
            let by_phone = crate::domain::phone::PhoneNumber::parse(who).ok();
            let accounts = entity::account::Entity::find()
                .filter(match &by_phone {
                    Some(p) => entity::account::Column::Phone.eq(p.as_str()),
                    None => entity::account::Column::Name.contains(who),
                })
                .limit(500)
                .all(db)
                .await?;
            let ids: Vec<i32> = accounts.into_iter().map(|a| a.id).collect();
            query = query.filter(audit_entry::Column::ActorAccountId.is_in(ids));
        }
        if self.late_only {
            query = query.filter(audit_entry::Column::Late.eq(true));
        }
        Ok(query)
    }
}
