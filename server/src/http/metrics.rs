//! Prometheus metrics at `GET /metrics`: the server's registry (`infra::metrics`) in the text
//! exposition format, with what a scrape reads afresh (live attempts, the write-behind backlog
//! and its age, database pool use) set first, and the edge's own counts (admission, the caller
//! lookups) read by [`EdgeCollector`].

use std::sync::Arc;

use poem::handler;
use poem::web::Data;
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeMetric};
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::gauge::ConstGauge;

use crate::auth::Callers;
use crate::error::{Code, INTERNAL_MESSAGE};
use crate::http::admission::Admission;
use crate::infra::metrics::Scraped;
use crate::state::AppState;

/// OpenMetrics text, what `prometheus-client` writes (Prometheus reads it).
const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

#[handler]
pub async fn metrics(Data(state): Data<&AppState>) -> poem::Response {
    let live = crate::domain::exam::live_attempt_count(&state.db).await;
    let (backlog, age_ms) = state.background_live.backlog().await.unwrap_or((0, 0));
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
    state.metrics.set_scraped(Scraped {
        live_attempts: i64::try_from(live.unwrap_or(0)).unwrap_or(i64::MAX),
        answer_backlog: i64::try_from(backlog).unwrap_or(i64::MAX),
        answer_backlog_age_ms: age_ms,
        pool_idle: i64::from(idle),
        pool_busy: i64::from(size.saturating_sub(idle)),
    });
    match state.metrics.encode() {
        Ok(text) => poem::Response::builder().content_type(CONTENT_TYPE).body(text),
        Err(e) => {
            tracing::error!(error = %e, "encoding the metrics failed");
            crate::http::graphql_handler::failed(Code::Internal, INTERNAL_MESSAGE)
        }
    }
}

/// What the edge counts itself, read at each scrape: requests in flight and shed by kind
/// (admission), and the bearer tokens resolved by source (the callers).
pub struct EdgeCollector {
    pub admission: Arc<Admission>,
    pub callers: Arc<Callers>,
}

impl std::fmt::Debug for EdgeCollector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EdgeCollector")
    }
}

impl Collector for EdgeCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let in_flight = ConstGauge::new(i64::try_from(self.admission.running()).unwrap_or(i64::MAX));
        in_flight.encode(encoder.encode_descriptor(
            "xuefa_requests_in_flight",
            "GraphQL requests running in this replica (admission)",
            None,
            in_flight.metric_type(),
        )?)?;

        let [live_writes, heavy, other] = self.admission.shed_counts();
        let mut shed = encoder.encode_descriptor(
            "xuefa_requests_shed",
            "Requests answered BUSY at once, past the replica's bounds, by kind",
            None,
            ConstCounter::new(0u64).metric_type(),
        )?;
        for (kind, count) in [("live_write", live_writes), ("heavy", heavy), ("other", other)] {
            ConstCounter::new(count).encode(shed.encode_family(&[("kind", kind)])?)?;
        }

        let lookups = self.callers.lookups();
        let mut resolved = encoder.encode_descriptor(
            "xuefa_caller_lookups",
            "Bearer tokens resolved: from the caller cache, the database, or the replica's memory (live writes, confirmed by the live store with the write)",
            None,
            ConstCounter::new(0u64).metric_type(),
        )?;
        for (source, count) in [
            ("cache", lookups.cache),
            ("database", lookups.database),
            ("replica", lookups.replica),
        ] {
            ConstCounter::new(count).encode(resolved.encode_family(&[("source", source)])?)?;
        }
        Ok(())
    }
}
