//! Notices: an office posts to its subtree; everyone below sees the notices of the offices
//! above it, newest first. This replaces the chat group.

use chrono::Utc;
use entity::notice;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

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
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 100 {
        return Err(AppError::bad_input("通知标题不能为空，且不超过 100 字"));
    }
    let body = body.trim();
    if body.is_empty() || body.chars().count() > 20_000 {
        return Err(AppError::bad_input("通知正文不能为空，且不超过 20000 字"));
    }
    Ok(notice::ActiveModel {
        region_id: Set(region.id),
        region_path: Set(region.path),
        title: Set(title.to_owned()),
        body: Set(body.to_owned()),
        posted_by: Set(actor.account_id),
        posted_at: Set(Utc::now()),
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
        condition = condition.add(
            Condition::all()
                .add(notice::Column::RegionPath.gte(grant.path.as_str()))
                .add(notice::Column::RegionPath.lt(scope::subtree_upper_bound(&grant.path))),
        );
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
