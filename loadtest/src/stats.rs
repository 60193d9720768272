//! Latencies and errors per operation, and their report.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::Answer;

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

/// "12.3 s".
pub fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

/// A count with thousands separators: "12,345".
pub fn thousands(v: f64) -> String {
    let digits = (v.max(0.0).round() as u64).to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A target's verdict in a report.
pub fn met(ok: bool) -> &'static str {
    if ok { "met" } else { "**not met**" }
}

/// The median (the mean of the middle two for an even count; NaN for none).
pub fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let len = values.len();
    match len {
        0 => f64::NAN,
        _ if len % 2 == 1 => values[len / 2],
        _ => (values[len / 2 - 1] + values[len / 2]) / 2.0,
    }
}

/// The middle of some durations (the upper middle for an even count).
pub fn median_duration(times: &[Duration]) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

/// Nearest-rank percentiles of some latencies.
#[derive(Clone, Copy, Debug, Default)]
pub struct Latency {
    pub count: usize,
    pub min: Duration,
    pub p50: Duration,
    pub p95: Duration,
    pub p99: Duration,
    pub max: Duration,
}

impl Latency {
    pub fn of(mut times: Vec<Duration>) -> Latency {
        times.sort();
        Latency::of_sorted(&times)
    }

    fn of_sorted(sorted: &[Duration]) -> Latency {
        Latency {
            count: sorted.len(),
            min: sorted.first().copied().unwrap_or_default(),
            p50: percentile(sorted, 0.50),
            p95: percentile(sorted, 0.95),
            p99: percentile(sorted, 0.99),
            max: sorted.last().copied().unwrap_or_default(),
        }
    }

    /// "p50 1.2 ms, p95 3.4 ms, p99 5.6 ms, max 7.8 ms", for progress lines.
    pub fn brief(&self) -> String {
        format!(
            "p50 {}, p95 {}, p99 {}, max {}",
            ms(self.p50),
            ms(self.p95),
            ms(self.p99),
            ms(self.max)
        )
    }

    /// "p50 / p95 / p99 / max".
    pub fn four(&self) -> String {
        format!(
            "{} / {} / {} / {}",
            ms(self.p50),
            ms(self.p95),
            ms(self.p99),
            ms(self.max)
        )
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
pub struct Recorder {
    started: Instant,
    ops: Mutex<BTreeMap<&'static str, Operation>>,
    first_error: Mutex<Option<String>>,
}

impl Default for Recorder {
    fn default() -> Recorder {
        Recorder {
            started: Instant::now(),
            ops: Mutex::default(),
            first_error: Mutex::default(),
        }
    }
}

/// One operation's figures.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub name: &'static str,
    pub count: usize,
    pub per_second: f64,
    pub min: Duration,
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

    pub fn latency(&self) -> Latency {
        Latency {
            count: self.count,
            min: self.min,
            p50: self.p50,
            p95: self.p95,
            p99: self.p99,
            max: self.max,
        }
    }
}

impl Recorder {
    /// The time since the recorder was made (the run's clock for `ok`'s `at`).
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

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

    /// A failed call whose message is kept (and printed) when it is the run's first.
    pub fn failed(&self, op: &'static str, code: &str, message: &str) {
        self.error(op, code);
        if let Ok(mut first) = self.first_error.lock()
            && first.is_none()
        {
            eprintln!("{op}: {code}: {message}");
            *first = Some(format!("{op}: {code}: {message}"));
        }
    }

    /// Sends one call and records it: answered and accepted by `accept` (its latency), or
    /// failed (its code; `UNEXPECTED` when `accept` refuses the data).
    pub async fn timed<T>(
        &self,
        op: &'static str,
        call: impl Future<Output = Answer>,
        accept: impl FnOnce(Value) -> Result<T, String>,
    ) -> Option<T> {
        let sent = Instant::now();
        let answer = call.await;
        let took = sent.elapsed();
        match answer {
            Answer::Data(data) => match accept(data) {
                Ok(value) => {
                    self.ok(op, took, self.started.elapsed());
                    Some(value)
                }
                Err(why) => {
                    self.failed(op, "UNEXPECTED", &why);
                    None
                }
            },
            Answer::Error { code, message } => {
                self.failed(op, &code, &message);
                None
            }
        }
    }

    /// Every error of every operation.
    pub fn error_count(&self) -> u64 {
        self.summaries().iter().map(Summary::error_count).sum()
    }

    /// The first failed call's message.
    pub fn first_error(&self) -> Option<String> {
        self.first_error.lock().ok().and_then(|f| f.clone())
    }

    /// One operation's figures (empty when it was never called).
    pub fn summary(&self, op: &str) -> Summary {
        self.summaries()
            .into_iter()
            .find(|s| s.name == op)
            .unwrap_or_default()
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
                let latency = Latency::of_sorted(&o.times);
                Summary {
                    name,
                    count: latency.count,
                    per_second: if span > 0.0 {
                        o.times.len() as f64 / span
                    } else {
                        0.0
                    },
                    min: latency.min,
                    p50: latency.p50,
                    p95: latency.p95,
                    p99: latency.p99,
                    max: latency.max,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(Vec::new()).is_nan());
    }

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(1234567.4), "1,234,567");
        assert_eq!(thousands(999.0), "999");
    }

    #[test]
    fn nearest_rank() {
        let times: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        let l = Latency::of(times);
        assert_eq!(
            (l.count, l.p50, l.p99, l.max),
            (
                100,
                Duration::from_millis(50),
                Duration::from_millis(99),
                Duration::from_millis(100)
            )
        );
    }
}
