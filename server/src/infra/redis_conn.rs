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
    crate::infra::metrics::REDIS_ERRORS.fetch_add(1, Ordering::Relaxed);
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
        let failed_so_far = crate::infra::metrics::REDIS_ERRORS.load(Ordering::Relaxed);
        tracing::warn!(error = %e, failed_so_far, "{what}");
    }
}

/// Shorthand for a Redis result as an [`AppResult`].
pub fn checked<T>(result: redis::RedisResult<T>) -> AppResult<T> {
    result.map_err(redis_err)
}

/// The Lua function `current_entry(entry_key, generation_prefix)`: the value at `entry_key`
/// (`owner:generation:payload`) and its generation, only while the key `generation_prefix`
/// followed by the owner still holds that generation (a missing one counts as `0`).
/// Bumping the owner's generation retires all its entries at once. The caller cache reads
/// its entries by this rule, and the live store checks a save's caller by it in the same
/// step as the save, so both see exactly the same thing. The generation key is derived from
/// the entry, so it is not among a script's KEYS: fine on a single Redis or Sentinel (what we
/// run), not on Redis Cluster.
pub const CURRENT_ENTRY_LUA: &str = r#"
local function current_entry(entry_key, generation_prefix)
  local v = redis.call('GET', entry_key)
  if not v then return false end
  local owner, generation = string.match(v, '^(%d+):(%d+):')
  if not owner then return false end
  if (redis.call('GET', generation_prefix .. owner) or '0') ~= generation then return false end
  return v, generation
end
"#;
