//! The action lists (需处理名单): which learners an office must act on, read from the indexed
//! `learner_figures` rows by the same condition as the partial index that serves each list.

use entity::{campaign, learner, unit};
use sea_orm::{
    ColumnTrait, DatabaseBackend, DatabaseConnection, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect, Statement, Value,
};

use super::*;
use crate::domain::node::Node;
use crate::domain::paging::{Page, PageOf};
use crate::error::AppResult;
use crate::scope::{self, Actor};

/// An action list's condition on a learner's `learner_figures` row. The queries write it into
/// their WHERE, and the partial indexes that serve them were built by a migration on the same
/// text (`migration::ActionList`, a frozen copy: a database keeps the indexes it built), so
/// the planners match a query with its index only while the two are equal; a test checks it.
/// A list that needs another condition needs a new migration and a new index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionList {
    /// The indexes' names are `learner_figures_{name}` and `learner_figures_{name}_path`.
    pub name: &'static str,
    pub condition: &'static str,
}

impl ActionList {
    /// Should take, has not completed the study.
    pub const NOT_STUDIED: ActionList = ActionList {
        name: "not_studied",
        condition: "should_take AND NOT studied",
    };
    /// Should take, has not submitted an attempt.
    pub const NOT_TAKEN: ActionList = ActionList {
        name: "not_taken",
        condition: "should_take AND NOT took",
    };
    /// Took the exam and never passed.
    pub const FAILED: ActionList = ActionList {
        name: "failed",
        condition: "took AND NOT passed",
    };
    /// Failed the make-up too.
    pub const NOT_EXCELLENT: ActionList = ActionList {
        name: "not_excellent",
        condition: "makeup_failed",
    };
    pub const ALL: [ActionList; 4] = [
        ActionList::NOT_STUDIED,
        ActionList::NOT_TAKEN,
        ActionList::FAILED,
        ActionList::NOT_EXCELLENT,
    ];

    /// The index of the list's rows in learner order, for a whole province.
    pub fn index(&self) -> String {
        format!("learner_figures_{}", self.name)
    }

    /// The index of the list's rows by region path, for a region.
    pub fn path_index(&self) -> String {
        format!("learner_figures_{}_path", self.name)
    }
}

/// Which learners an office must act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    /// Should take, has not reached the required study points.
    NotStudied,
    /// Should take, has not submitted an attempt.
    NotTaken,
    /// Took the exam and never passed.
    Failed,
    /// Should take, never took it, and the make-up window has closed: 暂缓确定考核等次.
    GradeDeferred,
    /// Failed the make-up too: 不得确定为优秀.
    NotExcellent,
}

impl ActionKind {
    pub const ALL: [ActionKind; 5] = [
        ActionKind::NotStudied,
        ActionKind::NotTaken,
        ActionKind::Failed,
        ActionKind::GradeDeferred,
        ActionKind::NotExcellent,
    ];

    /// Whose `learner_figures` rows are on the list: the condition the migration built the
    /// list's partial indexes on (a deferred grade is "not taken" once the make-up is over).
    pub fn list(self) -> ActionList {
        match self {
            ActionKind::NotStudied => ActionList::NOT_STUDIED,
            ActionKind::NotTaken | ActionKind::GradeDeferred => ActionList::NOT_TAKEN,
            ActionKind::Failed => ActionList::FAILED,
            ActionKind::NotExcellent => ActionList::NOT_EXCELLENT,
        }
    }

    /// How many, over a node's `unit_stats` rows `s`.
    fn length(self) -> &'static str {
        match self {
            ActionKind::NotStudied => "s.should_take - s.study_completed",
            ActionKind::NotTaken | ActionKind::GradeDeferred => "s.should_take - s.participated",
            ActionKind::Failed => "s.participated - s.passed",
            ActionKind::NotExcellent => "s.makeup_failed",
        }
    }
}

/// The two statements of an action-list page under a node: its length (`n`, a sum over the
/// node's `unit_stats` rows) and the page's learners (a range of the list's partial index of
/// `learner_figures` in learner order, or of the unit's rows). No scope check: the caller of
/// [`learners_needing_action`] has made it.
pub fn action_list_statements(
    backend: DatabaseBackend,
    campaign: &campaign::Model,
    node: &Node,
    kind: ActionKind,
    page: Page,
) -> (Statement, Statement) {
    let mut values: Vec<Value> = vec![campaign.id.into()];
    // The node, on the columns `unit_stats` and `learner_figures` share. The province takes
    // no condition: a row on no roster has no flag set, so it is on no list anyway, and the
    // statement keeps a plan of its own (a walk in learner order) instead of sharing the
    // regions' (a path range, then a sort).
    let place = match node {
        Node::Unit(u) => {
            values.push(u.id.into());
            "AND {t}.unit_id = ?2"
        }
        Node::Region(r) if r.path == campaign.region_path => "",
        Node::Region(r) => {
            values.push(r.path.clone().into());
            values.push(scope::subtree_upper_bound(&r.path).into());
            "AND {t}.region_path >= ?2 AND {t}.region_path < ?3"
        }
    };
    let count_sql = format!(
        "SELECT CAST(COALESCE(SUM({}), 0) AS BIGINT) AS n FROM unit_stats s WHERE s.campaign_id = ?1 {}",
        kind.length(),
        place.replace("{t}", "s")
    );
    let count = statement(backend, &count_sql, values.clone());

    let next = values.len() + 1;
    values.push(page.after_id.unwrap_or(0).into());
    // The page's ids first, the learners' rows for those alone. The province walks its list's
    // index in learner order. A region or a unit ranges over its own rows of the list (by path
    // or unit) and sorts them: the `+ 0` keeps the planner from walking the whole list in
    // learner order instead, skipping everybody else's rows, a cost that depends on where the
    // place's ids lie, which statistics cannot tell (and a plan that a generic prepared
    // statement would keep for every place).
    let order = if place.is_empty() {
        "f.learner_id"
    } else {
        "f.learner_id + 0"
    };
    let page_sql = format!(
        "SELECT l.* FROM (
  SELECT f.learner_id FROM learner_figures f
  WHERE f.campaign_id = ?1 {} AND {} AND f.learner_id > ?{next}
  ORDER BY {order} LIMIT {}
) p JOIN learners l ON l.id = p.learner_id
ORDER BY l.id",
        place.replace("{t}", "f"),
        kind.list().condition,
        page.first + 1
    );
    (count, statement(backend, &page_sql, values))
}

/// A page of learners under a node needing an action, by id, with the list's length.
pub async fn learners_needing_action(
    db: &DatabaseConnection,
    actor: &Actor,
    c: &campaign::Model,
    node: &Node,
    kind: ActionKind,
    page: Page,
) -> AppResult<PageOf<learner::Model>> {
    match node {
        Node::Unit(u) => scope::require(true, actor.manages_unit(u), "查看该单位的名单")?,
        Node::Region(r) => scope::require(true, actor.manages_region(r), "查看该地区的名单")?,
    }
    if kind == ActionKind::GradeDeferred && crate::infra::clock::today() <= c.makeup_end {
        // Nobody is deferred before the make-up has had its chance.
        return Ok(PageOf::from_rows(Vec::new(), page, 0));
    }
    let (count, page_of) = action_list_statements(db.get_database_backend(), c, node, kind, page);

    #[derive(FromQueryResult)]
    struct N {
        n: i64,
    }
    let total = N::find_by_statement(count)
        .one(db)
        .await?
        .map(|n| n.n)
        .unwrap_or(0);
    let rows = learner::Model::find_by_statement(page_of).all(db).await?;
    Ok(PageOf::from_rows(rows, page, total.max(0) as u64))
}

/// The units at or below a node the caller administers with nobody on their roster (名单未报),
/// by id: the action list of rosters an office has to ask for.
pub async fn units_without_roster(
    db: &DatabaseConnection,
    actor: &Actor,
    node: &Node,
    page: Page,
) -> AppResult<PageOf<unit::Model>> {
    use sea_orm::PaginatorTrait;
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    let place = match node {
        Node::Unit(u) => {
            scope::require(true, actor.manages_unit(u), "查看该单位的名单")?;
            sea_orm::Condition::all().add(unit::Column::Id.eq(u.id))
        }
        Node::Region(r) => {
            scope::require(true, actor.manages_region(r), "查看该地区的名单")?;
            sea_orm::Condition::all().add(scope::within_subtree(unit::Column::RegionPath, &r.path))
        }
    };
    let nobody = Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from(learner::Entity)
            .and_where(
                Expr::col((learner::Entity, learner::Column::UnitId))
                    .equals((unit::Entity, unit::Column::Id)),
            )
            .to_owned(),
    )
    .not();
    let filter = place.add(nobody);
    let total = unit::Entity::find().filter(filter.clone()).count(db).await?;
    let mut query = unit::Entity::find().filter(filter);
    if let Some(after) = page.after_id {
        query = query.filter(unit::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(unit::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    Ok(PageOf::from_rows(rows, page, total))
}

#[cfg(test)]
mod tests {
    use super::ActionList;

    /// The indexes were built from the migration's copy: the queries must say the same.
    #[test]
    fn the_lists_match_the_migrations_indexes() {
        let frozen = migration::ActionList::ALL;
        assert_eq!(frozen.len(), ActionList::ALL.len());
        for (ours, built) in ActionList::ALL.iter().zip(frozen.iter()) {
            assert_eq!((ours.name, ours.condition), (built.name, built.condition));
            assert_eq!(ours.index(), built.index());
            assert_eq!(ours.path_index(), built.path_index());
        }
    }
}
