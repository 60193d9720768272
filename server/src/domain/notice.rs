//! Notices: an office posts to its subtree; everyone below sees the notices of the offices
//! above it, newest first. This replaces the chat group.

use entity::notice;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde_json::json;

use crate::domain::audit::{self, Change};
use crate::domain::org;
use crate::domain::paging::{Page, PageOf};
use crate::error::{AppError, AppResult};
use crate::scope::{self, Actor};

pub async fn post(
    db: &DatabaseConnection,
    actor: &Actor,
    region_id: i32,
    title: &str,
    body: &str,
) -> AppResult<notice::Model> {
    let region = org::find_region(db, actor, region_id).await?;
    scope::require(true, actor.manages_region(&region), "向该地区发布通知")?;
    let (title, body) = checked_text(title, body)?;
    Ok(notice::ActiveModel {
        region_id: Set(region.id),
        region_path: Set(region.path),
        title: Set(title.to_owned()),
        body: Set(body.to_owned()),
        posted_by: Set(actor.account_id),
        posted_at: Set(crate::infra::clock::now()),
        edited_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The notices the caller sees: those of every office at or above its places and, for an
/// office, those posted inside its subtree; newest first.
pub async fn visible(db: &DatabaseConnection, actor: &Actor, page: Page) -> AppResult<PageOf<notice::Model>> {
    let mut condition = Condition::any().add(notice::Column::RegionPath.is_in(actor.ancestor_paths()));
    for grant in &actor.region_grants {
        condition = condition
            .add(Condition::all().add(scope::within_subtree(notice::Column::RegionPath, &grant.path)));
    }
    let total_count = notice::Entity::find().filter(condition.clone()).count(db).await?;
    let mut query = notice::Entity::find().filter(condition);
    if let Some(after) = page.after_id {
        query = query.filter(notice::Column::Id.lt(after));
    }
    let rows = query
        .order_by_desc(notice::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    Ok(PageOf::from_rows(rows, page, total_count))
}

fn checked_text<'a>(title: &'a str, body: &'a str) -> AppResult<(&'a str, &'a str)> {
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 100 {
        return Err(AppError::bad_input("通知标题不能为空，且不超过 100 字"));
    }
    let body = body.trim();
    if body.is_empty() || body.chars().count() > 20_000 {
        return Err(AppError::bad_input("通知正文不能为空，且不超过 20000 字"));
    }
    Ok((title, body))
}

/// Whether the caller may edit or withdraw a notice: an office over the region it was posted
/// to (the poster, or an office above it). A notice from above is read-only.
pub fn may_change(actor: &Actor, n: &notice::Model) -> bool {
    actor.is_office_over(&n.region_path)
}

/// A notice the caller may change. One it only reads (from an office above) is FORBIDDEN;
/// one it cannot see at all is NOT_FOUND.
async fn changeable(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<notice::Model> {
    let n = notice::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let sees = actor.covered_by(&n.region_path) || may_change(actor, &n);
    scope::require(
        sees,
        may_change(actor, &n),
        "修改或撤回该通知（仅限发布通知的法制办及其上级）",
    )?;
    Ok(n)
}

/// Replaces a notice's title and body. Audited.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    title: &str,
    body: &str,
) -> AppResult<notice::Model> {
    let n = changeable(db, actor, id).await?;
    let (title, body) = checked_text(title, body)?;
    let txn = db.begin().await?;
    let mut active: notice::ActiveModel = n.clone().into();
    active.title = Set(title.to_owned());
    active.body = Set(body.to_owned());
    active.edited_at = Set(Some(crate::infra::clock::now()));
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "notice.update",
            target_kind: "notice",
            target_id: n.id,
            region_path: &n.region_path,
            unit_id: None,
            before: Some(json!({"title": n.title, "body": n.body})),
            after: Some(json!({"title": updated.title, "body": updated.body})),
            late: false,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// Withdraws (deletes) a notice: nobody below sees it any more. Its text stays in the audit log.
pub async fn withdraw(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<()> {
    let n = changeable(db, actor, id).await?;
    let txn = db.begin().await?;
    notice::Entity::delete_by_id(n.id).exec(&txn).await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "notice.withdraw",
            target_kind: "notice",
            target_id: n.id,
            region_path: &n.region_path,
            unit_id: None,
            before: Some(json!({"title": n.title, "body": n.body})),
            after: None,
            late: false,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
