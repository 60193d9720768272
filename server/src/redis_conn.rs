//! What the live exam store and the caller cache share when they run on Redis: the
//! connection, what a failed command means to a client, and the one rule by which a
//! generation-stamped entry is still current.

use redis::aio::ConnectionManager;

use crate::error::{AppError, AppResult, Code};

/// One Redis, opened once per server: both users multiplex their commands over `shared`;
/// the live store's blocking stream read gets `blocking` so requests never queue behind it.
#[derive(Clone)]
pub struct RedisConnections {
    pub shared: ConnectionManager,
    pub blocking: ConnectionManager,
}

impl RedisConnections {
    pub async fn open(url: &str) -> Result<Self, redis::RedisError> {
        let client = redis::Client::open(url)?;
        let shared = ConnectionManager::new(client.clone()).await?;
        let blocking = ConnectionManager::new(client).await?;
        Ok(RedisConnections { shared, blocking })
    }
}

/// A failed Redis command as a client sees it (and counted in `xuefa_redis_errors_total`).
pub fn redis_err(e: redis::RedisError) -> AppError {
    crate::metrics::REDIS_ERRORS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    // A broken or refused connection (Redis restarting, a failover) lasts moments and the
    // connection manager reconnects: the client is told to come back (BUSY; the pages retry
    // with back-off) instead of being shown an internal error. Measured by `loadtest
    // exam-day --restart-redis-at`: a Redis restart under load gave some 30 INTERNAL answers.
    if e.is_connection_dropped() || e.is_connection_refusal() || e.is_io_error() {
        tracing::warn!(error = %e, "Redis connection lost; answered BUSY");
        return AppError::new(Code::Busy, "系统繁忙，请稍候几秒再试");
    }
    AppError::internal(format!("redis: {e}"))
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
