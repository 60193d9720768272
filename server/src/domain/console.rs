//! Where the administrators' console stands: the node it opens at, and the breadcrumb of any
//! node (province › city › district › unit) with which crumbs the caller may open.

use entity::{region, unit};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::org::{self, Node, NodeRef};
use crate::error::{AppError, AppResult};
use crate::scope::{Actor, Level, Role};

/// One step of a breadcrumb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb {
    pub node: NodeRef,
    pub name: String,
    /// The region's level; none for a unit.
    pub level: Option<Level>,
    /// Whether the caller administers it (the console may open it); the regions above the
    /// caller's scope are shown by name only.
    pub manageable: bool,
}

fn region_crumb(actor: &Actor, r: &region::Model) -> Crumb {
    Crumb {
        node: NodeRef::Region(r.id),
        name: r.name.clone(),
        level: Some(r.level),
        manageable: actor.manages_region(r),
    }
}

fn unit_crumb(actor: &Actor, u: &unit::Model) -> Crumb {
    Crumb {
        node: NodeRef::Unit(u.id),
        name: u.name.clone(),
        level: None,
        manageable: actor.manages_unit(u),
    }
}

/// The regions from the province down to `path`, in order.
async fn regions_down_to(db: &DatabaseConnection, path: &str) -> AppResult<Vec<region::Model>> {
    let prefixes: Vec<String> = (6..=path.len())
        .step_by(6)
        .map(|end| path[..end].to_owned())
        .collect();
    Ok(region::Entity::find()
        .filter(region::Column::Path.is_in(prefixes))
        .order_by_asc(region::Column::Path)
        .all(db)
        .await?)
}

/// The breadcrumb of a node the caller can see, from its province down to the node itself.
pub async fn breadcrumb(db: &DatabaseConnection, actor: &Actor, node: &Node) -> AppResult<Vec<Crumb>> {
    let (path, last) = match node {
        Node::Region(r) => (r.path.as_str(), None),
        Node::Unit(u) => (u.region_path.as_str(), Some(unit_crumb(actor, u))),
    };
    let mut crumbs: Vec<Crumb> = regions_down_to(db, path)
        .await?
        .iter()
        .map(|r| region_crumb(actor, r))
        .collect();
    crumbs.extend(last);
    Ok(crumbs)
}

/// The node the console opens at: the caller's highest office's region, or (a unit
/// administrator) its first unit. Learners have no console.
pub async fn home(db: &DatabaseConnection, actor: &Actor) -> AppResult<(Role, Node)> {
    let Some(role) = actor.top_role().filter(|r| *r != Role::Learner) else {
        return Err(AppError::forbidden(
            "管理后台仅供单位管理员和各级法制办使用；学员请从首页登录学习和考试",
        ));
    };
    if role == Role::UnitAdmin {
        let Some(unit_id) = actor.unit_grants.iter().map(|g| g.unit_id).min() else {
            return Err(AppError::internal("unit administrator without a unit"));
        };
        return Ok((role, Node::Unit(org::find_unit(db, actor, unit_id).await?)));
    }
    let Some(root) = actor
        .region_grants
        .iter()
        .filter(|g| g.role == role)
        .map(|g| g.path.clone())
        .min()
    else {
        return Err(AppError::internal("office without a region"));
    };
    let region = region::Entity::find()
        .filter(region::Column::Path.eq(root))
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((role, Node::Region(region)))
}

// ---------------------------------------------------------------- administrators below a node

/// One administrator grant below a node, with its account.
pub struct Administrator {
    pub grant: entity::role_grant::Model,
    pub account: entity::account::Model,
    /// Whether the caller may revoke it (`revokeRole`): a grant it could have made, not its own.
    pub revocable: bool,
}

/// The administrator grants at and below a region or unit the caller administers (offices of
/// the region and its sub-regions, administrators of its units), oldest first.
pub async fn administrators(
    db: &DatabaseConnection,
    actor: &Actor,
    node: &Node,
    page: crate::domain::paging::Page,
) -> AppResult<crate::domain::paging::PageOf<Administrator>> {
    use entity::{account, role_grant};
    use sea_orm::{PaginatorTrait, QuerySelect};

    use crate::scope;

    let mut query = role_grant::Entity::find();
    query = match node {
        Node::Region(r) => {
            scope::require(true, actor.manages_region(r), "查看该地区的管理员")?;
            query.filter(scope::within_subtree(role_grant::Column::ScopePath, &r.path))
        }
        Node::Unit(u) => {
            scope::require(true, actor.manages_unit(u), "查看该单位的管理员")?;
            query.filter(role_grant::Column::UnitId.eq(u.id))
        }
    };
    let total_count = query.clone().count(db).await?;
    if let Some(after) = page.after_id {
        query = query.filter(role_grant::Column::Id.gt(after));
    }
    let grants = query
        .order_by_asc(role_grant::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    let account_ids: Vec<i32> = grants.iter().map(|g| g.account_id).collect();
    let accounts: std::collections::HashMap<i32, account::Model> = account::Entity::find()
        .filter(account::Column::Id.is_in(account_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let mut rows = Vec::with_capacity(grants.len());
    for grant in grants {
        let Some(account) = accounts.get(&grant.account_id).cloned() else {
            return Err(AppError::internal(format!("grant {} without account", grant.id)));
        };
        let revocable = grant.account_id != actor.account_id
            && actor.may_revoke(grant.role, &grant.scope_path, grant.unit_id, grant.granted_by);
        rows.push(Administrator {
            grant,
            account,
            revocable,
        });
    }
    Ok(crate::domain::paging::PageOf::from_rows(rows, page, total_count))
}
