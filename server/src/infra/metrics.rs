//! The counters behind `GET /metrics` (served by `http::metrics`): GraphQL operations by name
//! and outcome with latency histograms, and Redis errors.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

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

    pub fn render_operations(&self, out: &mut String) {
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
