//! Latencies and errors per operation, and their report.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

/// Nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted.get(index).copied().unwrap_or_default()
}

/// "12.3 ms" / "450 ms" / "2.31 s".
pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

#[derive(Default)]
struct Operation {
    times: Vec<Duration>,
    errors: BTreeMap<String, u64>,
    first: Option<Duration>,
    last: Option<Duration>,
}

/// Every call of every operation: its latency (answered ones) or its error code.
#[derive(Default)]
pub struct Recorder {
    ops: Mutex<BTreeMap<&'static str, Operation>>,
}

/// One operation's figures.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub name: &'static str,
    pub count: usize,
    pub per_second: f64,
    pub p50: Duration,
    pub p95: Duration,
    pub p99: Duration,
    pub max: Duration,
    pub errors: BTreeMap<String, u64>,
}

impl Summary {
    pub fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }
}

impl Recorder {
    /// A call answered without error after `took`, ending `at` into the run.
    pub fn ok(&self, op: &'static str, took: Duration, at: Duration) {
        if let Ok(mut ops) = self.ops.lock() {
            let o = ops.entry(op).or_default();
            o.times.push(took);
            o.first = Some(o.first.map_or(at, |f| f.min(at)));
            o.last = Some(o.last.map_or(at, |l| l.max(at)));
        }
    }

    /// A call that failed with `code` (a GraphQL error code, `transport`, `HTTP 502`...).
    pub fn error(&self, op: &'static str, code: &str) {
        if let Ok(mut ops) = self.ops.lock() {
            *ops.entry(op)
                .or_default()
                .errors
                .entry(code.to_owned())
                .or_default() += 1;
        }
    }

    pub fn summaries(&self) -> Vec<Summary> {
        let Ok(mut ops) = self.ops.lock() else {
            return Vec::new();
        };
        ops.iter_mut()
            .map(|(name, o)| {
                o.times.sort();
                let span = match (o.first, o.last) {
                    (Some(f), Some(l)) if l > f => (l - f).as_secs_f64(),
                    _ => 0.0,
                };
                Summary {
                    name,
                    count: o.times.len(),
                    per_second: if span > 0.0 {
                        o.times.len() as f64 / span
                    } else {
                        0.0
                    },
                    p50: percentile(&o.times, 0.50),
                    p95: percentile(&o.times, 0.95),
                    p99: percentile(&o.times, 0.99),
                    max: o.times.last().copied().unwrap_or_default(),
                    errors: o.errors.clone(),
                }
            })
            .collect()
    }
}

/// The Markdown table of the summaries.
pub fn table(summaries: &[Summary]) -> String {
    let mut out = String::from(
        "| operation | answered | per second (first to last) | p50 | p95 | p99 | max | errors by code |\n\
         |---|---:|---:|---:|---:|---:|---:|---|\n",
    );
    for s in summaries {
        let errors = if s.errors.is_empty() {
            "0".to_owned()
        } else {
            s.errors
                .iter()
                .map(|(code, n)| format!("{code}: {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push_str(&format!(
            "| {} | {} | {:.1} | {} | {} | {} | {} | {} |\n",
            s.name,
            s.count,
            s.per_second,
            ms(s.p50),
            ms(s.p95),
            ms(s.p99),
            ms(s.max),
            errors
        ));
    }
    out
}
