//! The caller cache: who a token belongs to, so a request need not read the database to
//! know. Entries carry the account's generation when they were read; changing anything a
//! caller is made of bumps the generation, which retires every entry of the account at once,
//! on every replica. Redis when replicas share it, in-process on one machine.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use redis::{AsyncCommands, Script};

use crate::error::{AppError, AppResult};
use crate::infra::redis_conn::{CURRENT_ENTRY_LUA, RedisConnections, ScriptSlots, redis_err};

/// How long a resolved caller is kept before the database is asked again. Every change to
/// what a caller is made of retires its entries at once, so this only bounds what a lost
/// retirement (the cache failing right after a commit) could keep.
pub const CALLER_CACHE_TTL_MS: i64 = 5 * 60 * 1000;

/// How long a generation outlives the entries it retires: longer than any entry lives.
const CALLER_GENERATION_TTL_MS: i64 = 2 * CALLER_CACHE_TTL_MS;

/// Past this many entries, expired ones are dropped (and, if that is not enough, all).
const IN_PROCESS_MAX: usize = 100_000;

/// A cached caller: the account, the generation it was read at, and the rest, encoded by
/// `auth` (the cache does not look inside).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CachedCaller {
    pub account_id: i32,
    pub generation: u64,
    pub payload: String,
}

impl CachedCaller {
    /// `account:generation:payload`, the form kept in Redis (its scripts read the first two).
    fn encode(&self) -> String {
        format!("{}:{}:{}", self.account_id, self.generation, self.payload)
    }
    fn decode(raw: &str) -> Option<CachedCaller> {
        let mut parts = raw.splitn(3, ':');
        Some(CachedCaller {
            account_id: parts.next()?.parse().ok()?,
            generation: parts.next()?.parse().ok()?,
            payload: parts.next()?.to_owned(),
        })
    }
}

/// How a live write confirms a caller this replica kept in memory at a generation.
pub enum WriteCheck {
    /// The live store checks it in the same step as the write (one round trip to Redis, not
    /// two): the token's entry key and the prefix of the account's generation key, in the
    /// form [`crate::live::CallerCheck`] borrows.
    WithTheWrite {
        entry_key: String,
        generation_prefix: String,
    },
    /// Ask [`CallerCache::holds`] first: the cache is in this process, so asking costs no
    /// round trip.
    Before,
}

#[async_trait]
pub trait CallerCache: Send + Sync {
    /// The entry for a token, if present and of the account's current generation.
    async fn get(&self, token_hash: &str) -> AppResult<Option<CachedCaller>>;
    /// The account's current generation, read before the database so that a change committed
    /// meanwhile makes the entry written afterwards already stale.
    async fn generation(&self, account_id: i32) -> AppResult<u64>;
    /// Keeps an entry for at most `ttl_ms`.
    async fn put(&self, token_hash: &str, entry: &CachedCaller, ttl_ms: i64) -> AppResult<()>;
    /// Retires every cached entry of these accounts (after a change is committed).
    async fn forget(&self, account_ids: &[i32]) -> AppResult<()>;
    /// Whether the token's entry is still present and current at `generation`.
    async fn holds(&self, token_hash: &str, generation: u64) -> AppResult<bool> {
        Ok(self
            .get(token_hash)
            .await?
            .is_some_and(|entry| entry.generation == generation))
    }
    /// How a live write confirms a caller kept at a generation (see [`WriteCheck`]).
    fn write_check(&self, token_hash: &str) -> WriteCheck;
}

/// The in-process cache, for one machine.
#[derive(Default)]
pub struct MemoryCallerCache {
    inner: Mutex<Entries>,
}

/// Cached callers by token hash and account generations, each with its expiry (Unix ms).
#[derive(Default)]
struct Entries {
    callers: HashMap<String, (CachedCaller, i64)>,
    generations: HashMap<i32, (u64, i64)>,
    /// The last generation handed out: generations never repeat, even after one expires.
    sequence: u64,
}

impl Entries {
    fn generation(&self, account_id: i32, now: i64) -> u64 {
        match self.generations.get(&account_id) {
            Some((generation, expires)) if *expires > now => *generation,
            _ => 0,
        }
    }

    fn current(&self, token_hash: &str, now: i64) -> Option<&CachedCaller> {
        match self.callers.get(token_hash) {
            Some((entry, expires))
                if *expires > now && self.generation(entry.account_id, now) == entry.generation =>
            {
                Some(entry)
            }
            _ => None,
        }
    }
}

/// The in-process cache's time: the application's clock, as the token expiries it holds.
fn now_ms() -> i64 {
    crate::infra::clock::now().timestamp_millis()
}

impl MemoryCallerCache {
    fn with<T>(&self, f: impl FnOnce(&mut Entries, i64) -> T) -> AppResult<T> {
        let mut guard = self
            .inner
            .lock()
            .map_err(|_| AppError::internal("caller cache lock poisoned"))?;
        Ok(f(&mut guard, now_ms()))
    }
}

#[async_trait]
impl CallerCache for MemoryCallerCache {
    async fn get(&self, token_hash: &str) -> AppResult<Option<CachedCaller>> {
        self.with(|e, now| e.current(token_hash, now).cloned())
    }
    async fn generation(&self, account_id: i32) -> AppResult<u64> {
        self.with(|e, now| e.generation(account_id, now))
    }
    async fn put(&self, token_hash: &str, entry: &CachedCaller, ttl_ms: i64) -> AppResult<()> {
        self.with(|e, now| {
            if e.callers.len() >= IN_PROCESS_MAX {
                e.callers.retain(|_, (_, expires)| *expires > now);
                if e.callers.len() >= IN_PROCESS_MAX {
                    e.callers.clear();
                }
            }
            e.callers
                .insert(token_hash.to_owned(), (entry.clone(), now + ttl_ms));
        })
    }
    async fn forget(&self, account_ids: &[i32]) -> AppResult<()> {
        self.with(|e, now| {
            if e.generations.len() >= IN_PROCESS_MAX {
                e.generations.retain(|_, (_, expires)| *expires > now);
            }
            e.sequence += 1;
            let next = e.sequence;
            for id in account_ids {
                e.generations.insert(*id, (next, now + CALLER_GENERATION_TTL_MS));
            }
        })
    }
    fn write_check(&self, _token_hash: &str) -> WriteCheck {
        WriteCheck::Before
    }
}

/// The cache in Redis, shared by every replica, on the live store's connection.
pub struct RedisCallerCache {
    connection: redis::aio::ConnectionManager,
    prefix: String,
    get_script: Script,
    forget_script: Script,
}

/// `cache_get.lua`: the cached caller of a token, if current; its header documents KEYS and
/// ARGV.
const GET_LUA: &str = include_str!("lua/cache_get.lua");
const GET_ENTRY_KEY: usize = 1;
const GET_GENERATION_PREFIX_ARG: usize = 1;

/// `cache_forget.lua`: gives the accounts a new generation from one sequence, so a generation
/// never repeats even after its key expired (nor after Redis was wiped); its header documents
/// KEYS and ARGV.
const FORGET_LUA: &str = include_str!("lua/cache_forget.lua");
const FORGET_SEQUENCE_KEY: usize = 1;
const FORGET_GENERATION_PREFIX_ARG: usize = 1;
const FORGET_TTL_ARG: usize = 2;
/// The account ids follow, from here on.
const FORGET_FIRST_ACCOUNT_ARG: usize = 3;

impl RedisCallerCache {
    pub fn new(connections: &RedisConnections, prefix: &str) -> Self {
        RedisCallerCache {
            connection: connections.requests.clone(),
            prefix: prefix.to_owned(),
            get_script: Script::new(&format!("{CURRENT_ENTRY_LUA}{GET_LUA}")),
            forget_script: Script::new(FORGET_LUA),
        }
    }

    fn entry_key(&self, token_hash: &str) -> String {
        format!("{}:who:{token_hash}", self.prefix)
    }
    /// Followed by the account id.
    fn generation_prefix(&self) -> String {
        format!("{}:whogen:", self.prefix)
    }
}

#[async_trait]
impl CallerCache for RedisCallerCache {
    async fn get(&self, token_hash: &str) -> AppResult<Option<CachedCaller>> {
        let mut c = self.connection.clone();
        let mut keys = ScriptSlots::default();
        keys.put(GET_ENTRY_KEY, self.entry_key(token_hash));
        let mut args = ScriptSlots::default();
        args.put(GET_GENERATION_PREFIX_ARG, self.generation_prefix());
        let mut invocation = self.get_script.prepare_invoke();
        for key in keys.into_values()? {
            invocation.key(key);
        }
        for arg in args.into_values()? {
            invocation.arg(arg);
        }
        let raw: Option<String> = invocation.invoke_async(&mut c).await.map_err(redis_err)?;
        Ok(raw.as_deref().and_then(CachedCaller::decode))
    }
    async fn generation(&self, account_id: i32) -> AppResult<u64> {
        let mut c = self.connection.clone();
        let generation: Option<u64> = c
            .get(format!("{}{account_id}", self.generation_prefix()))
            .await
            .map_err(redis_err)?;
        Ok(generation.unwrap_or(0))
    }
    async fn put(&self, token_hash: &str, entry: &CachedCaller, ttl_ms: i64) -> AppResult<()> {
        if ttl_ms <= 0 {
            return Ok(());
        }
        let mut c = self.connection.clone();
        redis::cmd("SET")
            .arg(self.entry_key(token_hash))
            .arg(entry.encode())
            .arg("PX")
            .arg(ttl_ms)
            .query_async::<()>(&mut c)
            .await
            .map_err(redis_err)
    }
    async fn forget(&self, account_ids: &[i32]) -> AppResult<()> {
        if account_ids.is_empty() {
            return Ok(());
        }
        let mut c = self.connection.clone();
        for chunk in account_ids.chunks(1000) {
            let mut keys = ScriptSlots::default();
            keys.put(FORGET_SEQUENCE_KEY, format!("{}:whoseq", self.prefix));
            let mut args = ScriptSlots::default();
            args.put(FORGET_GENERATION_PREFIX_ARG, self.generation_prefix())
                .put(FORGET_TTL_ARG, CALLER_GENERATION_TTL_MS);
            for (i, id) in chunk.iter().enumerate() {
                args.put(FORGET_FIRST_ACCOUNT_ARG + i, *id);
            }
            let mut invocation = self.forget_script.prepare_invoke();
            for key in keys.into_values()? {
                invocation.key(key);
            }
            for arg in args.into_values()? {
                invocation.arg(arg);
            }
            invocation.invoke_async::<u64>(&mut c).await.map_err(redis_err)?;
        }
        Ok(())
    }
    fn write_check(&self, token_hash: &str) -> WriteCheck {
        WriteCheck::WithTheWrite {
            entry_key: self.entry_key(token_hash),
            generation_prefix: self.generation_prefix(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_new_generation_retires_the_accounts_entries_and_only_theirs() {
        let cache = MemoryCallerCache::default();
        let generation = cache.generation(7).await.unwrap();
        let entry = |account_id| CachedCaller {
            account_id,
            generation,
            payload: "{}".into(),
        };
        cache.put("a", &entry(7), 60_000).await.unwrap();
        cache.put("b", &entry(8), 60_000).await.unwrap();
        assert!(cache.holds("a", generation).await.unwrap());
        assert!(!cache.holds("a", generation + 1).await.unwrap());

        cache.forget(&[7]).await.unwrap();
        assert_eq!(
            cache.get("a").await.unwrap(),
            None,
            "the account's entry is retired"
        );
        assert!(!cache.holds("a", generation).await.unwrap());
        assert_eq!(
            cache.get("b").await.unwrap(),
            Some(entry(8)),
            "another account's stays"
        );
        assert!(cache.generation(7).await.unwrap() > generation);
    }

    #[test]
    fn entries_keep_colons_in_their_payload() {
        let entry = CachedCaller {
            account_id: 3,
            generation: 41,
            payload: r#"{"a":"b:c"}"#.into(),
        };
        assert_eq!(CachedCaller::decode(&entry.encode()), Some(entry));
        assert_eq!(CachedCaller::decode("x:1:{}"), None);
    }

    #[test]
    fn the_scripts_name_their_keys_and_arguments_where_the_calls_put_them() {
        use crate::infra::redis_conn::script_slots;
        let names = |pairs: &[(usize, &str)]| -> std::collections::BTreeMap<usize, String> {
            pairs.iter().map(|(at, name)| (*at, (*name).to_owned())).collect()
        };
        assert_eq!(
            script_slots(GET_LUA, "KEYS"),
            names(&[(GET_ENTRY_KEY, "entry_key")])
        );
        assert_eq!(
            script_slots(GET_LUA, "ARGV"),
            names(&[(GET_GENERATION_PREFIX_ARG, "generation_prefix")])
        );
        assert_eq!(
            script_slots(FORGET_LUA, "KEYS"),
            names(&[(FORGET_SEQUENCE_KEY, "sequence_key")])
        );
        assert_eq!(
            script_slots(FORGET_LUA, "ARGV"),
            names(&[
                (FORGET_GENERATION_PREFIX_ARG, "generation_prefix"),
                (FORGET_TTL_ARG, "ttl_ms")
            ])
        );
        assert!(FORGET_LUA.contains(&format!("local first_account = {FORGET_FIRST_ACCOUNT_ARG}")));
    }
}
