//! Prometheus metrics at `GET /metrics`: GraphQL operations by name and outcome with latency
//! histograms, live attempts, the write-behind backlog and its age, database pool use and
//! Redis errors. Plain atomics and one small map; no registry crate needed.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

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

    let (backlog, age_ms) = state.background_live.backlog().await.unwrap_or((0, 0));
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
        "# HELP xuefa_requests_in_flight GraphQL requests running in this replica (admission)."
    );
    let _ = writeln!(out, "# TYPE xuefa_requests_in_flight gauge");
    let _ = writeln!(out, "xuefa_requests_in_flight {}", state.admission.running());
    let _ = writeln!(
        out,
        "# HELP xuefa_requests_shed_total Requests answered BUSY at once, past the replica's bounds, by kind."
    );
    let _ = writeln!(out, "# TYPE xuefa_requests_shed_total counter");
    let [live_writes, heavy, other] = state.admission.shed_counts();
    for (kind, count) in [("live_write", live_writes), ("heavy", heavy), ("other", other)] {
        let _ = writeln!(out, "xuefa_requests_shed_total{{kind=\"{kind}\"}} {count}");
    }

    let _ = writeln!(
        out,
        "# HELP xuefa_caller_lookups_total Bearer tokens resolved: from the caller cache, the database, or the replica's memory (live writes, confirmed by the live store with the write)."
    );
    let _ = writeln!(out, "# TYPE xuefa_caller_lookups_total counter");
    let lookups = state.callers.lookups();
    for (source, count) in [
        ("cache", lookups.cache),
        ("database", lookups.database),
        ("replica", lookups.replica),
    ] {
        let _ = writeln!(out, "xuefa_caller_lookups_total{{source=\"{source}\"}} {count}");
    }

    poem::Response::builder()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(out)
}
