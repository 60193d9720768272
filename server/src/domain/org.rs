//! Regions (province, city, district) and the units attached to them.
//!
//! A region's `path` concatenates the 6-digit codes from the province down
//! ("430000" > "430000430400" > "430000430400430408"); a unit keeps its region's path.
//! Everything under a region is then one range scan on an indexed column.

use std::collections::HashMap;

use entity::{region, unit};
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde_json::json;

use crate::domain::audit::{self, Change};
use crate::domain::paging::{Page, PageOf};
use crate::error::{AppError, AppResult};
use crate::scope::{self, Actor, Level};

/// Checks a new region's code against its parent: six digits; a city shares the province's
/// first two digits and ends in 00; a district shares the city's first four and does not.
fn validate_code(parent: Option<(&region::Model, Level)>, code: &str) -> AppResult<Level> {
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::bad_input(format!(
            "行政区划代码“{code}”应为 6 位数字，例如 430408"
        )));
    }
    match parent {
        None => {
            if !code.ends_with("0000") || code.starts_with("00") {
                return Err(AppError::bad_input(format!(
                    "省级行政区划代码应形如 430000，“{code}”不符合"
                )));
            }
            Ok(Level::Province)
        }
        Some((parent, Level::Province)) => {
            if code[..2] != parent.code[..2] || !code.ends_with("00") || &code[2..4] == "00" {
                return Err(AppError::bad_input(format!(
                    "市级代码须以上级省的“{}”开头、以 00 结尾，例如 {}0400；“{code}”不符合",
                    &parent.code[..2],
                    &parent.code[..2]
                )));
            }
            Ok(Level::City)
        }
        Some((parent, Level::City)) => {
            if code[..4] != parent.code[..4] || code.ends_with("00") {
                return Err(AppError::bad_input(format!(
                    "区县级代码须以上级市的“{}”开头、不以 00 结尾，例如 {}08；“{code}”不符合",
                    &parent.code[..4],
                    &parent.code[..4]
                )));
            }
            Ok(Level::District)
        }
        Some((_, Level::District)) => Err(AppError::bad_input(
            "区县之下不能再建下级行政区；请在区县下建单位",
        )),
    }
}

fn validate_name(name: &str, what: &str) -> AppResult<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 60 {
        return Err(AppError::bad_input(format!(
            "{what}名称不能为空，且不超过 60 个字"
        )));
    }
    Ok(name.to_owned())
}

pub fn level_of(region: &region::Model) -> AppResult<Level> {
    Ok(region.level)
}

async fn insert_region<C: ConnectionTrait>(
    db: &C,
    parent: Option<&region::Model>,
    level: Level,
    code: &str,
    name: String,
) -> AppResult<region::Model> {
    if region::Entity::find()
        .filter(region::Column::Code.eq(code))
        .one(db)
        .await?
        .is_some()
    {
        return Err(AppError::conflict(format!("行政区划代码 {code} 已存在")));
    }
    let path = format!("{}{code}", parent.map(|p| p.path.as_str()).unwrap_or(""));
    Ok(region::ActiveModel {
        parent_id: Set(parent.map(|p| p.id)),
        code: Set(code.to_owned()),
        name: Set(name),
        level: Set(level),
        path: Set(path),
        created_at: Set(crate::infra::clock::now()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Creates a province: a deployment step (demo data, the command line), not an API operation.
pub async fn create_province(db: &DatabaseConnection, code: &str, name: &str) -> AppResult<region::Model> {
    let level = validate_code(None, code)?;
    insert_region(db, None, level, code, validate_name(name, "行政区")?).await
}

pub async fn create_region(
    db: &DatabaseConnection,
    actor: &Actor,
    parent_id: i32,
    code: &str,
    name: &str,
) -> AppResult<region::Model> {
    let parent = find_region(db, actor, parent_id).await?;
    scope::require(true, actor.manages_region(&parent), "在该行政区下建立下级行政区")?;
    let level = validate_code(Some((&parent, level_of(&parent)?)), code.trim())?;
    let name = validate_name(name, "行政区")?;
    let txn = db.begin().await?;
    let region = insert_region(&txn, Some(&parent), level, code.trim(), name).await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "region.create",
            target_kind: "region",
            target_id: region.id,
            region_path: &region.path,
            unit_id: None,
            before: None,
            after: Some(json!({"code": region.code, "name": region.name, "level": region.level.to_value()})),
            late: false,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(region)
}

pub async fn create_unit(
    db: &DatabaseConnection,
    actor: &Actor,
    region_id: i32,
    name: &str,
    has_internet: bool,
) -> AppResult<unit::Model> {
    let region = find_region(db, actor, region_id).await?;
    scope::require(true, actor.manages_region(&region), "在该行政区下建立单位")?;
    let name = validate_name(name, "单位")?;
    let txn = db.begin().await?;
    let exists = unit::Entity::find()
        .filter(unit::Column::RegionId.eq(region.id))
        .filter(unit::Column::Name.eq(name.as_str()))
        .one(&txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::conflict(format!(
            "{}已有名为“{name}”的单位",
            region.name
        )));
    }
    let unit = unit::ActiveModel {
        region_id: Set(region.id),
        region_path: Set(region.path.clone()),
        name: Set(name),
        has_internet: Set(has_internet),
        created_at: Set(crate::infra::clock::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "unit.create",
            target_kind: "unit",
            target_id: unit.id,
            region_path: &unit.region_path,
            unit_id: Some(unit.id),
            before: None,
            after: Some(json!({"name": unit.name, "hasInternet": unit.has_internet, "region": region.code})),
            late: false,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(unit)
}

/// A region the caller can see; otherwise NOT_FOUND.
pub async fn find_region(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<region::Model> {
    region::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|r| actor.sees_region(r))
        .ok_or_else(AppError::not_found)
}

/// A unit the caller can see; otherwise NOT_FOUND.
pub async fn find_unit(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<unit::Model> {
    unit::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|u| actor.sees_unit(u))
        .ok_or_else(AppError::not_found)
}

/// Regions by id, only those the caller can see (for nested fields such as `parent`).
pub async fn regions_by_id(
    db: &DatabaseConnection,
    actor: &Actor,
    ids: &[i32],
) -> AppResult<HashMap<i32, region::Model>> {
    Ok(region::Entity::find()
        .filter(region::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .filter(|r| actor.sees_region(r))
        .map(|r| (r.id, r))
        .collect())
}

/// Units by id, only those the caller can see.
pub async fn units_by_id(
    db: &DatabaseConnection,
    actor: &Actor,
    ids: &[i32],
) -> AppResult<HashMap<i32, unit::Model>> {
    Ok(unit::Entity::find()
        .filter(unit::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .filter(|u| actor.sees_unit(u))
        .map(|u| (u.id, u))
        .collect())
}

/// The visible children of several regions at once (one query for a whole list).
pub async fn children_of(
    db: &DatabaseConnection,
    actor: &Actor,
    parent_ids: &[i32],
) -> AppResult<HashMap<i32, Vec<region::Model>>> {
    let mut out: HashMap<i32, Vec<region::Model>> = HashMap::new();
    let rows = region::Entity::find()
        .filter(region::Column::ParentId.is_in(parent_ids.iter().copied()))
        .order_by_asc(region::Column::Code)
        .all(db)
        .await?;
    for r in rows.into_iter().filter(|r| actor.sees_region(r)) {
        if let Some(parent) = r.parent_id {
            out.entry(parent).or_default().push(r);
        }
    }
    Ok(out)
}

/// Units of a region (directly attached, or the whole subtree), as far as the caller sees
/// them: all of them in an administered subtree, otherwise only its own units.
pub async fn units_of_region(
    db: &DatabaseConnection,
    actor: &Actor,
    region: &region::Model,
    whole_subtree: bool,
    page: Page,
) -> AppResult<PageOf<unit::Model>> {
    let mut filter = Condition::all();
    filter = if whole_subtree {
        filter.add(scope::within_subtree(unit::Column::RegionPath, &region.path))
    } else {
        filter.add(unit::Column::RegionId.eq(region.id))
    };
    if !actor.manages_region(region) {
        let own: Vec<i32> = actor
            .unit_grants
            .iter()
            .map(|g| g.unit_id)
            .chain(actor.learner.iter().filter_map(|l| l.unit_id))
            .collect();
        // Units in other administered subtrees below this region stay visible too.
        let mut visible = Condition::any().add(unit::Column::Id.is_in(own));
        for g in &actor.region_grants {
            if scope::within(&g.path, &region.path) {
                visible = visible
                    .add(Condition::all().add(scope::within_subtree(unit::Column::RegionPath, &g.path)));
            }
        }
        filter = filter.add(visible);
    }
    let total_count = unit::Entity::find().filter(filter.clone()).count(db).await?;
    let mut query = unit::Entity::find().filter(filter);
    if let Some(after) = page.after_id {
        query = query.filter(unit::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(unit::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    Ok(PageOf::from_rows(rows, page, total_count))
}

/// The roots of the caller's administered subtrees.
pub async fn scope_roots(db: &DatabaseConnection, actor: &Actor) -> AppResult<Vec<region::Model>> {
    let roots = actor.scope_roots();
    if roots.is_empty() {
        return Ok(Vec::new());
    }
    Ok(region::Entity::find()
        .filter(region::Column::Path.is_in(roots))
        .order_by_asc(region::Column::Path)
        .all(db)
        .await?)
}

/// A unit anywhere in the caller's province, for moving oneself into it (调进 by the learner):
/// unit names and ids are not secret within a province. Elsewhere: NOT_FOUND.
pub async fn find_unit_in_province(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> AppResult<unit::Model> {
    let provinces = actor.province_paths();
    unit::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|u| actor.sees_unit(u) || provinces.iter().any(|p| scope::within(&u.region_path, p)))
        .ok_or_else(AppError::not_found)
}

/// Whether the caller manages the unit with this id.
pub async fn unit_managed(db: &DatabaseConnection, actor: &Actor, unit_id: i32) -> AppResult<bool> {
    Ok(unit::Entity::find_by_id(unit_id)
        .one(db)
        .await?
        .is_some_and(|u| actor.manages_unit(&u)))
}

pub use crate::domain::node::{Node, NodeRef};

/// The node the caller can see; otherwise NOT_FOUND.
pub async fn find_node(db: &DatabaseConnection, actor: &Actor, node: NodeRef) -> AppResult<Node> {
    match node {
        NodeRef::Region(id) => Ok(Node::Region(find_region(db, actor, id).await?)),
        NodeRef::Unit(id) => Ok(Node::Unit(find_unit(db, actor, id).await?)),
    }
}

/// Units by id without a scope check: only for units reached through an object the caller
/// was already allowed to see (a learner's own unit).
pub async fn units_by_id_unchecked(db: &DatabaseConnection, ids: &[i32]) -> AppResult<Vec<unit::Model>> {
    Ok(unit::Entity::find()
        .filter(unit::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

/// A LIKE pattern matching names that contain `text` as typed: `%`, `_` and `\` in it are
/// themselves, not wildcards (`ESCAPE '\'`, which SQLite and PostgreSQL both take).
pub(crate) fn contains_literally(text: &str) -> sea_orm::sea_query::LikeExpr {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    sea_orm::sea_query::LikeExpr::new(pattern).escape('\\')
}

/// Units of the caller's province whose name contains `text`, for a learner picking the unit
/// to move into (调进). Names only: a unit's name and region are not confidential.
pub async fn search_units(
    db: &DatabaseConnection,
    actor: &Actor,
    text: &str,
    limit: u64,
) -> AppResult<Vec<(unit::Model, Option<region::Model>)>> {
    let text = text.trim();
    if text.chars().count() < 2 {
        return Err(AppError::bad_input("请至少输入单位名称中的两个字"));
    }
    // Only the caller's own provinces: a learner's (its unit's, or its last unit's while
    // between units) and its offices'. An account that belongs nowhere finds nothing.
    let provinces = actor.province_paths();
    if provinces.is_empty() {
        return Ok(Vec::new());
    }
    let mut any = Condition::any();
    for p in &provinces {
        any = any.add(scope::within_subtree(unit::Column::RegionPath, p));
    }
    let units = unit::Entity::find()
        .filter(unit::Column::Name.like(contains_literally(text)))
        .filter(any)
        .order_by_asc(unit::Column::Name)
        .order_by_asc(unit::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let region_ids: Vec<i32> = units.iter().map(|u| u.region_id).collect();
    let regions: HashMap<i32, region::Model> = region::Entity::find()
        .filter(region::Column::Id.is_in(region_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    Ok(units
        .into_iter()
        .map(|u| {
            let r = regions.get(&u.region_id).cloned();
            (u, r)
        })
        .collect())
}
