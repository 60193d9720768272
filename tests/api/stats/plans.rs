//! The action lists read `learner_figures` through the partial indexes that migration 000006
//! built on their conditions (`migration::ActionList`): the plan of the very statement a page
//! of each list runs names the list's index, for the province (the list in learner order) and
//! for a region (the list by path), on a generated province.

use entity::{campaign, region, unit};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseTransaction, EntityTrait, QueryFilter, Statement,
    TransactionTrait,
};
use xuefa::domain::node::Node;
use xuefa::domain::paging::Page;
use xuefa::domain::stats::{self, ActionKind};

use crate::helpers::{Backend, fresh_database};
use crate::on_both_backends;

on_both_backends!(action_lists_read_their_partial_indexes);

/// The plan of `stmt`, one line a step.
async fn plan_of(txn: &DatabaseTransaction, stmt: Statement) -> Vec<String> {
    let backend = txn.get_database_backend();
    let (prefix, column) = match backend {
        DatabaseBackend::Postgres => ("EXPLAIN", "QUERY PLAN"),
        _ => ("EXPLAIN QUERY PLAN", "detail"),
    };
    let explain = Statement {
        sql: format!("{prefix} {}", stmt.sql),
        ..stmt
    };
    txn.query_all_raw(explain)
        .await
        .expect("explain")
        .iter()
        .map(|row| row.try_get::<String>("", column).expect("a plan line"))
        .collect()
}

/// Whether the plan reads the index named `index` (a whole word: `learner_figures_failed` is
/// not `learner_figures_failed_path`).
fn reads(plan: &[String], index: &str) -> bool {
    plan.iter()
        .any(|line| line.split_whitespace().any(|word| word == index))
}

async fn action_lists_read_their_partial_indexes(backend: Backend) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = fresh_database(&backend, &dir).await;
    let settings = xuefa::infra::config::DatabaseSettings { database_url: url };
    let db = xuefa::infra::db::connect(&settings).await.expect("connect");
    xuefa::domain::migrate(&db).await.expect("migrate");
    // A province with every list well filled: make-up attempts failed, exemptions, study
    // done and not.
    let options = xuefa::tools::generate::Options {
        learners: 2_000,
        units: 40,
        seed: 17,
    };
    let g = xuefa::tools::generate::generate(&db, &options, &|_| {})
        .await
        .expect("generate");
    let c = campaign::Entity::find_by_id(g.campaign_id)
        .one(&db)
        .await
        .expect("campaign")
        .expect("the generated campaign");
    let province = region::Entity::find_by_id(g.province_id)
        .one(&db)
        .await
        .expect("province")
        .expect("the generated province");
    // A unit, and the city it lies in (not every city of a small province has units).
    let some_unit = unit::Entity::find()
        .one(&db)
        .await
        .expect("unit")
        .expect("a unit of the generated province");
    let city = region::Entity::find()
        .filter(region::Column::ParentId.eq(g.province_id))
        .all(&db)
        .await
        .expect("cities")
        .into_iter()
        .find(|r| some_unit.region_path.starts_with(&r.path))
        .expect("the unit's city");
    let backend = db.get_database_backend();
    let page = Page {
        first: 20,
        after_id: Some(100),
    };

    let txn = db.begin().await.expect("transaction");
    if backend == DatabaseBackend::Postgres {
        // The statistics the planner would have once autovacuum has seen the bulk load; and
        // sequential scans priced out, so that the test asks which index the planner matches
        // with the statement, whatever the table's size (on a few thousand rows a scan of the
        // whole table may cost less than any index). For this transaction only.
        txn.execute_unprepared("ANALYZE learner_figures; SET LOCAL enable_seqscan = off")
            .await
            .expect("planner settings");
    }
    let mut read = Vec::new();
    for kind in ActionKind::ALL {
        let list = kind.list();
        for (node, index) in [
            (Node::Region(province.clone()), list.index()),
            (Node::Region(city.clone()), list.path_index()),
        ] {
            let (_, page_of) = stats::action_list_statements(backend, &c, &node, kind, page);
            let plan = plan_of(&txn, page_of).await;
            // SQLite, which cannot price a path range given as parameters, may walk the list's
            // other index in learner order for a sparse list: a partial index of the list
            // still, which is what its condition, written once, must keep matching.
            let either = backend == DatabaseBackend::Sqlite
                && [list.index(), list.path_index()].iter().any(|i| reads(&plan, i));
            assert!(
                reads(&plan, &index) || either,
                "{kind:?} {index} on {backend:?}: {plan:#?}"
            );
            if backend == DatabaseBackend::Postgres {
                read.push(index);
            }
        }
        // A unit's rows of a list are a range of the unit's index, or of the list's own
        // when the list is short (PostgreSQL, for the few who failed the make-up).
        let (_, page_of) =
            stats::action_list_statements(backend, &c, &Node::Unit(some_unit.clone()), kind, page);
        let plan = plan_of(&txn, page_of).await;
        assert!(
            ["learner_figures_unit".to_owned(), list.index(), list.path_index()]
                .iter()
                .any(|index| reads(&plan, index)),
            "{kind:?} on {backend:?}: {plan:#?}"
        );
    }
    txn.rollback().await.expect("rollback");
    // Every index the migration built serves a list (as PostgreSQL plans them).
    for list in migration::ActionList::ALL
        .iter()
        .filter(|_| backend == DatabaseBackend::Postgres)
    {
        assert!(
            read.contains(&list.index()) && read.contains(&list.path_index()),
            "{list:?}"
        );
    }
}
