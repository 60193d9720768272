//! Prometheus metrics at `GET /metrics`: GraphQL operations by name and outcome with latency
//! histograms, live attempts, the write-behind backlog and its age, database pool use, Redis
//! errors, admission and the caller lookups.

use std::fmt::Write;
use std::sync::atomic::Ordering;

use poem::handler;
use poem::web::Data;

use crate::http::Edge;
use crate::infra::metrics::REDIS_ERRORS;
use crate::state::AppState;

#[handler]
pub async fn metrics(Data(state): Data<&AppState>, Data(edge): Data<&Edge>) -> poem::Response {
    let mut out = String::new();
    state.metrics.render_operations(&mut out);

    let live = crate::domain::exam::live_attempt_count(&state.db).await;
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
    let _ = writeln!(out, "xuefa_requests_in_flight {}", edge.admission.running());
    let _ = writeln!(
        out,
        "# HELP xuefa_requests_shed_total Requests answered BUSY at once, past the replica's bounds, by kind."
    );
    let _ = writeln!(out, "# TYPE xuefa_requests_shed_total counter");
    let [live_writes, heavy, other] = edge.admission.shed_counts();
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
