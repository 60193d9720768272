//! Prometheus metrics at `GET /metrics`: GraphQL operations by name and outcome with latency
//! histograms, live attempts, the write-behind backlog and its age, database pool use and
//! Redis errors. Plain atomics and one small map; no registry crate needed.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_graphql::parser::types::ExecutableDocument;
use entity::exam_attempt;
use poem::handler;
use poem::web::Data;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::state::AppState;

/// Latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

/// Redis commands that failed, counted by the Redis live store.
pub static REDIS_ERRORS: AtomicU64 = AtomicU64::new(0);

#[derive(Default)]
struct Series {
    count: u64,
    sum: f64,
    buckets: [u64; BUCKETS.len()],
}

#[derive(Default)]
pub struct Metrics {
    /// (operation, outcome) -> latency series.
    operations: Mutex<HashMap<(String, String), Series>>,
}

impl Metrics {
    /// Records one GraphQL operation: its root field, its outcome (`ok` or an error code) and
    /// how long it took.
    pub fn observe(&self, operation: &str, outcome: &str, elapsed: Duration) {
        let seconds = elapsed.as_secs_f64();
        if let Ok(mut map) = self.operations.lock() {
            let series = map.entry((operation.to_owned(), outcome.to_owned())).or_default();
            series.count += 1;
            series.sum += seconds;
            for (i, le) in BUCKETS.iter().enumerate() {
                if seconds <= *le {
                    series.buckets[i] += 1;
                }
            }
        }
    }

    fn render_operations(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "# HELP xuefa_graphql_operations_total GraphQL operations by root field and outcome."
        );
        let _ = writeln!(out, "# TYPE xuefa_graphql_operations_total counter");
        let _ = writeln!(
            out,
            "# HELP xuefa_graphql_operation_seconds Latency of GraphQL operations."
        );
        let _ = writeln!(out, "# TYPE xuefa_graphql_operation_seconds histogram");
        let Ok(map) = self.operations.lock() else { return };
        let mut keys: Vec<&(String, String)> = map.keys().collect();
        keys.sort();
        for key in keys {
            let Some(s) = map.get(key) else { continue };
            let (op, outcome) = key;
            let labels = format!("operation=\"{op}\",outcome=\"{outcome}\"");
            let _ = writeln!(out, "xuefa_graphql_operations_total{{{labels}}} {}", s.count);
            for (i, le) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "xuefa_graphql_operation_seconds_bucket{{{labels},le=\"{le}\"}} {}",
                    s.buckets[i]
                );
            }
            let _ = writeln!(
                out,
                "xuefa_graphql_operation_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(out, "xuefa_graphql_operation_seconds_sum{{{labels}}} {}", s.sum);
            let _ = writeln!(
                out,
                "xuefa_graphql_operation_seconds_count{{{labels}}} {}",
                s.count
            );
        }
    }
}

/// What the handler needs to know of a request's document before running it.
#[derive(Debug, PartialEq, Eq)]
pub struct Prepared {
    /// The root field of the operation, for the metric label (bounded by the schema, unlike
    /// client-chosen operation names).
    pub label: String,
    /// The operation is a mutation of live writes only (`saveAnswer`), so its caller may come
    /// unconfirmed from the replica's memory (`auth::caller_for_live_write`).
    pub live_writes_only: bool,
    /// The operation starts costly work a crowd does at once (a login's argon2, a start's
    /// paper draw): shed with BUSY past capacity, while saves keep going.
    pub heavy: bool,
}

/// Root fields whose work is shed first under overload.
const HEAVY: &[&str] = &["login", "changePassword", "startExam"];

/// Root fields that only write to the live store, confirming an unconfirmed caller in the
/// same step (`auth::Caller::for_live_write`).
const LIVE_WRITES: &[&str] = &["saveAnswer"];

fn prepared(doc: &ExecutableDocument, operation_name: Option<&str>) -> Prepared {
    use async_graphql::parser::types::{OperationType, Selection};
    let op = doc
        .operations
        .iter()
        .find(|(name, _)| operation_name.is_none() || name.map(|n| n.as_str()) == operation_name)
        .map(|(_, op)| op);
    let Some(op) = op else {
        return Prepared {
            label: "unknown".into(),
            live_writes_only: false,
            heavy: false,
        };
    };
    let items = &op.node.selection_set.node.items;
    let label = items
        .iter()
        .find_map(|item| match &item.node {
            Selection::Field(f) => Some(f.node.name.node.to_string()),
            _ => None,
        })
        .unwrap_or_else(|| "unknown".into());
    let live_writes_only = op.node.ty == OperationType::Mutation
        && !items.is_empty()
        && items.iter().all(|item| match &item.node {
            Selection::Field(f) => LIVE_WRITES.contains(&f.node.name.node.as_str()),
            _ => false,
        });
    let heavy = items.iter().any(|item| match &item.node {
        Selection::Field(f) => HEAVY.contains(&f.node.name.node.as_str()),
        _ => false,
    });
    Prepared {
        label,
        live_writes_only,
        heavy,
    }
}

/// Parsed GraphQL documents by query text. Clients send the same few queries over and over
/// (an exam page saves with one mutation text); parsing one costs more than running a save,
/// so each text is parsed once and the document handed to the engine (and to the metric
/// label) from here.
#[derive(Default)]
pub struct DocumentCache {
    documents: Mutex<HashMap<String, Arc<ExecutableDocument>>>,
}

impl DocumentCache {
    /// Texts kept; past this the cache starts over (clients' query texts are a small set).
    const CAPACITY: usize = 512;
    /// Longer texts are parsed every time.
    const MAX_QUERY_BYTES: usize = 16 * 1024;

    /// The request's document, parsed once per distinct text, and what the handler needs of it. A text
    /// that does not parse is left to the engine, which reports the error.
    pub fn prepare(&self, request: &mut async_graphql::Request) -> Prepared {
        let cached = self
            .documents
            .lock()
            .ok()
            .and_then(|m| m.get(&request.query).cloned());
        let doc = match cached {
            Some(doc) => doc,
            None => {
                let Ok(doc) = async_graphql::parser::parse_query(&request.query) else {
                    return Prepared {
                        label: "invalid".into(),
                        live_writes_only: false,
                        heavy: false,
                    };
                };
                let doc = Arc::new(doc);
                if request.query.len() <= Self::MAX_QUERY_BYTES
                    && let Ok(mut m) = self.documents.lock()
                {
                    if m.len() >= Self::CAPACITY {
                        m.clear();
                    }
                    m.insert(request.query.clone(), doc.clone());
                }
                doc
            }
        };
        let prepared = prepared(&doc, request.operation_name.as_deref());
        request.set_parsed_query((*doc).clone());
        prepared
    }
}

#[handler]
pub async fn metrics(Data(state): Data<&AppState>) -> poem::Response {
    let mut out = String::new();
    state.metrics.render_operations(&mut out);

    let live = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::Status.eq("LIVE"))
        .count(&state.db)
        .await;
    let _ = writeln!(out, "# HELP xuefa_live_attempts Attempts in progress.");
    let _ = writeln!(out, "# TYPE xuefa_live_attempts gauge");
    let _ = writeln!(out, "xuefa_live_attempts {}", live.unwrap_or(0));

    let (backlog, age_ms) = state.live.backlog().await.unwrap_or((0, 0));
    let _ = writeln!(
        out,
        "# HELP xuefa_answer_backlog Saved answers waiting to reach the database."
    );
    let _ = writeln!(out, "# TYPE xuefa_answer_backlog gauge");
    let _ = writeln!(out, "xuefa_answer_backlog {backlog}");
    let _ = writeln!(
        out,
        "# HELP xuefa_answer_backlog_age_seconds Age of the oldest answer waiting."
    );
    let _ = writeln!(out, "# TYPE xuefa_answer_backlog_age_seconds gauge");
    let _ = writeln!(out, "xuefa_answer_backlog_age_seconds {}", age_ms as f64 / 1000.0);

    // The backend decides which pool accessor applies (the other one panics).
    let (size, idle) = match state.db.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => {
            let pool = state.db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
        sea_orm::DatabaseBackend::Sqlite => {
            let pool = state.db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
        _ => (0, 0),
    };
    let _ = writeln!(
        out,
        "# HELP xuefa_db_pool_connections Database connections open, by state."
    );
    let _ = writeln!(out, "# TYPE xuefa_db_pool_connections gauge");
    let _ = writeln!(out, "xuefa_db_pool_connections{{state=\"idle\"}} {idle}");
    let _ = writeln!(
        out,
        "xuefa_db_pool_connections{{state=\"busy\"}} {}",
        size.saturating_sub(idle)
    );

    let _ = writeln!(out, "# HELP xuefa_redis_errors_total Redis commands that failed.");
    let _ = writeln!(out, "# TYPE xuefa_redis_errors_total counter");
    let _ = writeln!(
        out,
        "xuefa_redis_errors_total {}",
        REDIS_ERRORS.load(Ordering::Relaxed)
    );

    let _ = writeln!(
        out,
        "# HELP xuefa_caller_lookups_total Bearer tokens resolved: from the caller cache, the database, or the replica's memory (live writes, confirmed by the live store with the write)."
    );
    let _ = writeln!(out, "# TYPE xuefa_caller_lookups_total counter");
    for (source, count) in [
        ("cache", state.live.caller_lookups().hits.load(Ordering::Relaxed)),
        (
            "database",
            state.live.caller_lookups().misses.load(Ordering::Relaxed),
        ),
        ("replica", state.local_callers.hits()),
    ] {
        let _ = writeln!(out, "xuefa_caller_lookups_total{{source=\"{source}\"}} {count}");
    }

    poem::Response::builder()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_parsed_once_per_text_and_labelled_by_root_field() {
        let cache = DocumentCache::default();
        let text = "query A { me { phone } } mutation B { logout }";
        let mut first = async_graphql::Request::new(text).operation_name("B");
        assert_eq!(cache.prepare(&mut first).label, "logout");
        assert!(first.parsed_query().is_ok());
        assert_eq!(cache.documents.lock().unwrap().len(), 1);
        let mut again = async_graphql::Request::new(text).operation_name("A");
        assert_eq!(cache.prepare(&mut again).label, "me");
        assert_eq!(
            cache.documents.lock().unwrap().len(),
            1,
            "the same text is parsed once"
        );

        let mut broken = async_graphql::Request::new("{ me { ");
        assert_eq!(cache.prepare(&mut broken).label, "invalid");
        assert_eq!(
            cache.documents.lock().unwrap().len(),
            1,
            "unparsable texts are not kept"
        );
    }

    #[test]
    fn only_a_mutation_of_live_writes_alone_is_marked_as_such() {
        let cache = DocumentCache::default();
        let marked = |text: &str, name: Option<&str>| {
            let mut request = async_graphql::Request::new(text);
            if let Some(name) = name {
                request = request.operation_name(name);
            }
            cache.prepare(&mut request).live_writes_only
        };
        let save = r#"saveAnswer(attemptId: "a", questionId: "q", choices: ["A"]) { saved }"#;
        assert!(marked(&format!("mutation {{ {save} }}"), None));
        assert!(marked(&format!("mutation {{ one: {save} two: {save} }}"), None));
        assert!(!marked(&format!("mutation {{ {save} logout }}"), None));
        assert!(!marked(&format!("mutation {{ {save} __typename }}"), None));
        assert!(!marked("mutation { logout }", None));
        assert!(!marked("{ __typename }", None));
        assert!(!marked(
            &format!("mutation {{ ...F }} fragment F on MutationRoot {{ {save} }}"),
            None
        ));
        let two = format!("query Q {{ me {{ phone }} }} mutation S {{ {save} }}");
        assert!(marked(&two, Some("S")));
        assert!(!marked(&two, Some("Q")));
        assert!(!marked("mutation { saveAnswer(", None));
    }
}
