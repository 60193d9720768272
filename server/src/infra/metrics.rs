//! The server's one Prometheus registry (`prometheus-client`), encoded at `GET /metrics` by
//! `http::metrics`: GraphQL operations by root field and outcome, each with a latency
//! histogram; the gauges a scrape reads afresh (live attempts, the write-behind backlog and its
//! age, the database pool); Redis errors; and the collectors the layers above register for what
//! they count themselves (admission, the caller lookups).

use std::sync::LazyLock;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use prometheus_client::collector::Collector;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

/// Latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

/// Redis commands that failed (`infra::redis_conn::redis_err`), in this process: one counter
/// every server of the process registers (a failed command knows no server).
pub static REDIS_ERRORS: LazyLock<Counter> = LazyLock::new(Counter::default);

/// One GraphQL operation's series: its root field and its outcome (`ok` or an error code).
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Operation {
    operation: String,
    outcome: String,
}

/// Database connections by state.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolState {
    state: &'static str,
}

fn latency_histogram() -> Histogram {
    Histogram::new(BUCKETS)
}

/// The registry and the metrics this layer keeps in it.
pub struct Metrics {
    registry: Registry,
    operations: Family<Operation, Counter>,
    latency: Family<Operation, Histogram, fn() -> Histogram>,
    live_attempts: Gauge,
    answer_backlog: Gauge,
    answer_backlog_age: Gauge<f64, AtomicU64>,
    db_pool: Family<PoolState, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::default();
        let operations = Family::<Operation, Counter>::default();
        registry.register(
            "xuefa_graphql_operations",
            "GraphQL operations by root field and outcome",
            operations.clone(),
        );
        let latency = Family::<Operation, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram as fn() -> Histogram,
        );
        registry.register(
            "xuefa_graphql_operation_seconds",
            "Latency of GraphQL operations",
            latency.clone(),
        );
        let live_attempts = Gauge::default();
        registry.register(
            "xuefa_live_attempts",
            "Attempts in progress",
            live_attempts.clone(),
        );
        let answer_backlog = Gauge::default();
        registry.register(
            "xuefa_answer_backlog",
            "Saved answers waiting to reach the database",
            answer_backlog.clone(),
        );
        let answer_backlog_age = Gauge::<f64, AtomicU64>::default();
        registry.register(
            "xuefa_answer_backlog_age_seconds",
            "Age of the oldest answer waiting",
            answer_backlog_age.clone(),
        );
        let db_pool = Family::<PoolState, Gauge>::default();
        registry.register(
            "xuefa_db_pool_connections",
            "Database connections open, by state",
            db_pool.clone(),
        );
        registry.register(
            "xuefa_redis_errors",
            "Redis commands that failed",
            REDIS_ERRORS.clone(),
        );
        Metrics {
            registry,
            operations,
            latency,
            live_attempts,
            answer_backlog,
            answer_backlog_age,
            db_pool,
        }
    }
}

impl Metrics {
    /// Records one GraphQL operation: its root field, its outcome (`ok` or an error code) and
    /// how long it took.
    pub fn observe(&self, operation: &str, outcome: &str, elapsed: Duration) {
        let labels = Operation {
            operation: operation.to_owned(),
            outcome: outcome.to_owned(),
        };
        self.operations.get_or_create(&labels).inc();
        self.latency.get_or_create(&labels).observe(elapsed.as_secs_f64());
    }

    /// What a scrape reads afresh: live attempts, the backlog and its oldest answer's age, and
    /// the pool's idle and busy connections.
    pub fn set_scraped(&self, scraped: Scraped) {
        self.live_attempts.set(scraped.live_attempts);
        self.answer_backlog.set(scraped.answer_backlog);
        self.answer_backlog_age
            .set(scraped.answer_backlog_age_ms as f64 / 1000.0);
        self.db_pool
            .get_or_create(&PoolState { state: "idle" })
            .set(scraped.pool_idle);
        self.db_pool
            .get_or_create(&PoolState { state: "busy" })
            .set(scraped.pool_busy);
    }

    /// Adds what a layer above counts itself, read at each scrape (before the registry is
    /// shared).
    pub fn register_collector(&mut self, collector: Box<dyn Collector>) {
        self.registry.register_collector(collector);
    }

    /// The registry in the text exposition format (OpenMetrics).
    pub fn encode(&self) -> Result<String, std::fmt::Error> {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)?;
        Ok(out)
    }
}

/// The values a scrape reads afresh ([`Metrics::set_scraped`]).
pub struct Scraped {
    pub live_attempts: i64,
    pub answer_backlog: i64,
    pub answer_backlog_age_ms: i64,
    pub pool_idle: i64,
    pub pool_busy: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_are_counted_with_their_latency_under_the_existing_names() {
        let metrics = Metrics::default();
        metrics.observe("login", "ok", Duration::from_millis(3));
        metrics.observe("login", "ok", Duration::from_millis(30));
        metrics.observe("login", "UNAUTHENTICATED", Duration::from_millis(3));
        let text = metrics.encode().unwrap();
        assert!(
            text.contains(r#"xuefa_graphql_operations_total{operation="login",outcome="ok"} 2"#),
            "{text}"
        );
        assert!(text.contains(r#"xuefa_graphql_operation_seconds_count{operation="login",outcome="ok"} 2"#));
        // 3 ms and 30 ms: one at or below 5 ms, both at or below 50 ms.
        assert!(
            text.contains(
                r#"xuefa_graphql_operation_seconds_bucket{le="0.005",operation="login",outcome="ok"} 1"#
            ),
            "{text}"
        );
        assert!(text.contains(
            r#"xuefa_graphql_operation_seconds_bucket{le="0.05",operation="login",outcome="ok"} 2"#
        ));
        assert!(text.contains("xuefa_redis_errors_total"));
    }
}
