//! The load tool's harness: what every load scenario (and bench) needs around the server under
//! test. A fresh PostgreSQL database (and a Redis key prefix) per run, the `xuefa` binary as a
//! child process on a fixed port (so it can be killed with SIGKILL and started again where the
//! clients expect it), an optional Redis server of the tool's own (so it can be restarted
//! without disturbing anyone else's), GraphQL over HTTP with the error code of each answer,
//! CPU and memory from `/proc`, and latency statistics.
//!
//! `scenario` puts them together: back ends, the stores of a run, the server on them, and
//! workers sending a request mix until a count, a moment or a signal; `stats` times and counts
//! the calls by operation and prints the Markdown report. The scenarios themselves are in the
//! binary (`loadtest exam-day`, `loadtest exam-load`, `loadtest stats`, `loadtest roster`,
//! `loadtest login-flood`; see `src/main.rs`).

pub mod http;
pub mod procfs;
pub mod scenario;
pub mod services;
pub mod stats;

pub use http::{Answer, Http, HttpOptions, Spread};
pub use scenario::{Backend, Call, Stores, Until, workers};
pub use services::{FreshDatabase, OwnRedis, ServerProcess, ServerSpec};

/// A setting from the environment, or its default when unset or blank.
pub fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| default.to_owned())
}

/// A numeric setting from the environment (`_` and `,` allowed as separators).
pub fn env_num(name: &str, default: u64) -> Result<u64, String> {
    let raw = env_or(name, &default.to_string());
    raw.trim()
        .replace(['_', ','], "")
        .parse()
        .map_err(|_| format!("{name}={raw} is not a number"))
}

/// Twelve random hex digits, for database names and Redis prefixes.
pub fn random_suffix() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 6];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// A free TCP port on 127.0.0.1 (free now; the caller binds it soon after).
pub fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// The machine in one line: cores and CPU model.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_default();
    let mem = procfs::meminfo_gib()
        .map(|g| format!(", {g:.1} GiB RAM"))
        .unwrap_or_default();
    format!("{cores} cores ({model}){mem}")
}
