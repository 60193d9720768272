//! The live exam store: where attempts in progress live. Redis in production (shared by every
//! replica, answers reaching the database through a write-behind stream); in-process for the
//! embedded single-machine default (answers written through to the database before the
//! acknowledgement, so a crash loses nothing there either).

mod memory;
mod redis_store;

use std::collections::HashMap;

use async_trait::async_trait;

pub use memory::MemoryStore;

/// Callers resolved from the cache (`hits`) and from the database (`misses`).
#[derive(Debug, Default)]
pub struct CallerLookups {
    pub hits: std::sync::atomic::AtomicU64,
    pub misses: std::sync::atomic::AtomicU64,
}
pub use redis_store::RedisStore;

use crate::error::AppResult;

/// The live part of an attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveAttempt {
    pub attempt_id: i32,
    pub learner_id: i32,
    /// The login session allowed to save; empty once the attempt is closed.
    pub device: String,
    /// Deadline plus grace, in Unix milliseconds: saves after it are refused.
    pub closes_at_ms: i64,
}

/// A saved answer: the bank's option keys, and its order among the saves of the question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRecord {
    pub attempt_id: i32,
    pub question_id: i32,
    pub choices: String,
    pub seq: i64,
    pub saved_at_ms: i64,
}

/// The `seq` of a save without a client sequence. One ordering per attempt and question: a
/// save with a client sequence replaces the stored answer only when its sequence is higher
/// than the stored one; a save without one always replaces it (arrival order is all it
/// carries) and keeps the stored sequence, so the device's next sequenced save still counts.
/// Equal sequences therefore mean "later wins" everywhere after the live store.
pub const UNSEQUENCED: i64 = -1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Stored (and queued for the database when writing behind), under this sequence (an
    /// unsequenced save takes the one already stored: see [`UNSEQUENCED`]).
    Saved(i64),
    /// A newer save of the question is already there; it stays.
    Stale,
    /// Another device took the attempt over.
    OtherDevice,
    /// Not the caller's attempt.
    NotOwner,
    /// Submitted, or past its deadline and grace.
    Closed,
    /// Not in the store (Redis restarted or was wiped): reload it from the database.
    Missing,
    /// The caller the save was checked against ([`CallerCheck`]) is no longer the cached one:
    /// nothing was stored; resolve the caller afresh and save again.
    CallerChanged,
}

/// A caller taken from a replica's own memory rather than confirmed by the store for this
/// request (`auth`): the store saves only while the token's cached caller is still present at
/// this generation and the account's generation is still current, in the same step as the
/// save. That is the rule `cached_caller` applies, so such a save sees exactly what a request
/// confirmed first would have seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallerCheck<'a> {
    pub token_hash: &'a str,
    pub generation: u64,
}

#[async_trait]
pub trait LiveStore: Send + Sync {
    /// Which implementation this is, for logs and start-up output.
    fn describe(&self) -> &'static str;
    /// This store's count of callers answered from its cache and of those read from the
    /// database (`xuefa_caller_lookups_total`), kept per store so that one process running
    /// several servers (the tests) reports each one's own.
    fn caller_lookups(&self) -> &CallerLookups;
    /// True when acknowledged answers reach the database through `take_pending`/`ack`
    /// (within about a second); false when the caller writes them through itself.
    fn writes_behind(&self) -> bool;
    /// Answers when the store is reachable (the readiness probe).
    async fn ping(&self) -> AppResult<()>;
    /// Puts an attempt in the store (start, resume after a wipe), merging answers by sequence.
    async fn put(&self, attempt: &LiveAttempt, answers: &[AnswerRecord]) -> AppResult<()>;
    /// The attempt and its answers by question (choices, seq), if present.
    async fn load(&self, attempt_id: i32) -> AppResult<Option<(LiveAttempt, HashMap<i32, (String, i64)>)>>;
    /// Hands the attempt to another device (a takeover).
    async fn set_device(&self, attempt_id: i32, device: &str) -> AppResult<()>;
    /// Saves an answer from `device` for `learner_id` at `now_ms`; a newer save always wins.
    /// `queue` adds it to the write-behind stream. With `check`, nothing is stored unless the
    /// caller still holds ([`SaveOutcome::CallerChanged`] otherwise).
    async fn save(
        &self,
        record: &AnswerRecord,
        learner_id: i32,
        device: &str,
        now_ms: i64,
        queue: bool,
        check: Option<CallerCheck<'_>>,
    ) -> AppResult<SaveOutcome>;
    /// Closes an attempt to further saves (submission).
    async fn close(&self, attempt_id: i32) -> AppResult<()>;
    /// Drops a submitted attempt.
    async fn remove(&self, attempt_id: i32) -> AppResult<()>;
    /// Up to `max` queued answers not yet in the database, with their queue ids.
    async fn take_pending(&self, max: usize) -> AppResult<Vec<(String, AnswerRecord)>>;
    /// Marks queued answers as in the database.
    async fn ack(&self, ids: &[String]) -> AppResult<()>;
    /// How many queued answers wait for the database, and the age of the oldest in ms.
    async fn backlog(&self) -> AppResult<(u64, i64)>;

    // The caller cache (see `auth`): who a token belongs to, so a request need not read the
    // database to know. Entries carry the account's generation when they were read; changing
    // anything a caller is made of bumps the generation, which retires every entry of the
    // account at once, on every replica.

    /// The entry for a token, if present and of the account's current generation.
    async fn cached_caller(&self, token_hash: &str) -> AppResult<Option<CachedCaller>>;
    /// The account's current generation, read before the database so that a change committed
    /// meanwhile makes the entry written afterwards already stale.
    async fn caller_generation(&self, account_id: i32) -> AppResult<u64>;
    /// Keeps an entry for at most `ttl_ms`.
    async fn cache_caller(&self, token_hash: &str, entry: &CachedCaller, ttl_ms: i64) -> AppResult<()>;
    /// Retires every cached entry of these accounts (after a change is committed).
    async fn forget_callers(&self, account_ids: &[i32]) -> AppResult<()>;
}

/// A cached caller: the account, the generation it was read at, and the rest, encoded by
/// `auth` (the store does not look inside).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CachedCaller {
    pub account_id: i32,
    pub generation: u64,
    pub payload: String,
}

impl CachedCaller {
    /// `account:generation:payload`, the form kept in Redis (its script reads the first two).
    pub fn encode(&self) -> String {
        format!("{}:{}:{}", self.account_id, self.generation, self.payload)
    }
    pub fn decode(raw: &str) -> Option<CachedCaller> {
        let mut parts = raw.splitn(3, ':');
        Some(CachedCaller {
            account_id: parts.next()?.parse().ok()?,
            generation: parts.next()?.parse().ok()?,
            payload: parts.next()?.to_owned(),
        })
    }
}

/// How long a generation outlives the entries it retires: longer than any entry lives.
pub const CALLER_GENERATION_TTL_MS: i64 = 2 * crate::auth::CALLER_CACHE_TTL_MS;
