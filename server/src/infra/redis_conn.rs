//! What the live exam store and the caller cache share when they run on Redis: the
//! connection, what a failed command means to a client, and the one rule by which a
//! generation-stamped entry is still current.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use crate::error::{AppError, AppResult, Code};

/// How long a request waits for Redis's answer to one command before it is told `BUSY`.
/// Requests in flight are bounded (`admission`), so a command waits behind a bounded queue
/// and this fires only when Redis itself is in trouble (the crate's default, 500 ms, fired at
/// 20,000 learners on a 2-core box while Redis was idle: `docs/BENCHMARKS.md`).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

/// How long the background work (the write-behind flusher, the deadline sweep) waits for an
/// answer: it must finish what it started even on a box past capacity; a lost connection
/// still fails at once.
pub const BACKGROUND_TIMEOUT: Duration = Duration::from_secs(30);

/// One Redis, opened once per server, over three connections, so that no kind of work queues
/// behind another on one multiplexed connection:
/// - `requests`: what requests send (the live store's saves, the caller cache);
/// - `background`: the write-behind flusher and the deadline sweep, with a long timeout;
/// - `blocking`: the flusher's blocking stream read alone.
#[derive(Clone)]
pub struct RedisConnections {
    pub requests: ConnectionManager,
    pub background: ConnectionManager,
    pub blocking: ConnectionManager,
}

impl RedisConnections {
    pub async fn open(url: &str) -> Result<Self, redis::RedisError> {
        let client = redis::Client::open(url)?;
        let with_timeout = |timeout| ConnectionManagerConfig::new().set_response_timeout(Some(timeout));
        let requests =
            ConnectionManager::new_with_config(client.clone(), with_timeout(REQUEST_TIMEOUT)).await?;
        let background =
            ConnectionManager::new_with_config(client.clone(), with_timeout(BACKGROUND_TIMEOUT)).await?;
        let blocking = ConnectionManager::new_with_config(client, with_timeout(BACKGROUND_TIMEOUT)).await?;
        Ok(RedisConnections {
            requests,
            background,
            blocking,
        })
    }
}

/// A failed Redis command as a client sees it (and counted in `xuefa_redis_errors_total`).
pub fn redis_err(e: redis::RedisError) -> AppError {
    crate::infra::metrics::REDIS_ERRORS.inc();
    // A broken or refused connection (Redis restarting, a failover) lasts moments and the
    // connection manager reconnects; a command past its response timeout is still run by
    // Redis, and the connection stays. Either way the client is told to come back (BUSY; the
    // pages retry with back-off) instead of being shown an internal error. Measured by
    // `loadtest exam-day --restart-redis-at`: a Redis restart under load gave some 30
    // INTERNAL answers.
    if e.is_timeout() {
        warn_at_most_each_second(
            "Redis did not answer within the response timeout; answered BUSY",
            &e,
        );
        return AppError::new(Code::Busy, "系统繁忙，请稍候几秒再试");
    }
    if e.is_connection_dropped() || e.is_connection_refusal() || e.is_io_error() {
        warn_at_most_each_second("Redis connection lost; answered BUSY", &e);
        return AppError::new(Code::Busy, "系统繁忙，请稍候几秒再试");
    }
    AppError::internal(format!("redis: {e}"))
}

/// A warning about Redis, at most one a second however many commands fail (a stalled Redis
/// under load fails thousands a second); the count of all failures is in the line.
fn warn_at_most_each_second(what: &'static str, e: &redis::RedisError) {
    static LAST: AtomicI64 = AtomicI64::new(0);
    let now = crate::infra::clock::wall().timestamp();
    let last = LAST.load(Ordering::Relaxed);
    if now > last
        && LAST
            .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
    {
        let failed_so_far = crate::infra::metrics::REDIS_ERRORS.get();
        tracing::warn!(error = %e, failed_so_far, "{what}");
    }
}

/// Shorthand for a Redis result as an [`AppResult`].
pub fn checked<T>(result: redis::RedisResult<T>) -> AppResult<T> {
    result.map_err(redis_err)
}

/// The Lua function `current_entry(entry_key, generation_prefix)` (`lua/current_entry.lua`):
/// the value at `entry_key` (`owner:generation:payload`) and its generation, only while the
/// key `generation_prefix` followed by the owner still holds that generation. The caller cache
/// reads its entries by this rule, and the live store checks a save's caller by it in the same
/// step as the save, so both see exactly the same thing. Prepended to the scripts that call it.
pub const CURRENT_ENTRY_LUA: &str = include_str!("lua/current_entry.lua");

/// The KEYS or the ARGV of one script call, each put at the place the script's header gives
/// it (1-based, by a name: an enum numbered like the header, or a constant) and sent in that
/// order, so that no call depends on the order its lines happen to be written in.
#[derive(Default)]
pub struct ScriptSlots(Vec<Option<String>>);

impl ScriptSlots {
    /// Puts `value` at `at` (1-based, as `KEYS[at]` or `ARGV[at]`).
    pub fn put(&mut self, at: usize, value: impl ToString) -> &mut Self {
        let index = at.saturating_sub(1);
        if self.0.len() <= index {
            self.0.resize(index + 1, None);
        }
        self.0[index] = Some(value.to_string());
        self
    }

    /// The values in order; a place left empty below the last one put is a wiring mistake.
    pub fn into_values(self) -> AppResult<Vec<String>> {
        self.0
            .into_iter()
            .enumerate()
            .map(|(i, value)| {
                value.ok_or_else(|| AppError::internal(format!("script slot {} left empty", i + 1)))
            })
            .collect()
    }
}

/// The names a script's header gives its KEYS and ARGV (`local name = KEYS[i]`), by place:
/// what the tests check the Rust side's names against.
#[cfg(test)]
pub(crate) fn script_slots(script: &str, table: &str) -> std::collections::BTreeMap<usize, String> {
    let prefix = format!("{table}[");
    script
        .lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix("local ")?;
            let (name, place) = rest.split_once(" = ")?;
            let at = place.trim().strip_prefix(prefix.as_str())?.strip_suffix(']')?;
            Some((at.parse().ok()?, name.trim().to_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_go_out_in_their_places_order() {
        let mut slots = ScriptSlots::default();
        slots.put(2, "b").put(1, 7);
        assert_eq!(slots.into_values().unwrap(), ["7", "b"]);
        let mut gap = ScriptSlots::default();
        gap.put(3, "c").put(1, "a");
        assert!(gap.into_values().is_err(), "a place left empty");
    }

    #[test]
    fn the_shared_function_is_a_function_of_its_own() {
        assert!(CURRENT_ENTRY_LUA.contains("local function current_entry(entry_key, generation_prefix)"));
        assert!(script_slots(CURRENT_ENTRY_LUA, "KEYS").is_empty());
        assert!(script_slots(CURRENT_ENTRY_LUA, "ARGV").is_empty());
    }
}
