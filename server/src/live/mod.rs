//! The live exam store: where attempts in progress live. Redis in production (shared by every
//! replica, answers reaching the database through a write-behind stream); in-process for the
//! embedded single-machine default (answers written through to the database before the
//! acknowledgement, so a crash loses nothing there either).

mod memory;
mod redis_store;

use std::collections::HashMap;

use async_trait::async_trait;

pub use memory::MemoryStore;
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

/// A condition on the caller that a save must meet in the same step, made by the live write's
/// protocol (`auth::live_write`) for a caller a replica took from its own memory, and opaque
/// here: the save goes ahead only while the entry at `entry_key` is current at `generation` by
/// [`crate::infra::redis_conn::CURRENT_ENTRY_LUA`] (the rule the caller cache itself answers by,
/// so such a save sees exactly what a request confirmed first would have seen). In `save.lua`
/// these are `caller_entry_key` (KEYS[4]), `generation_prefix` and `generation` (ARGV[9], [10]).
/// Only the Redis store takes one; the in-process caller cache is asked before the save instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallerCheck<'a> {
    pub entry_key: &'a str,
    pub generation_prefix: &'a str,
    pub generation: u64,
}

/// One save as the store receives it.
#[derive(Clone, Copy, Debug)]
pub struct Save<'a> {
    pub record: &'a AnswerRecord,
    /// Only the attempt's own learner may save.
    pub learner_id: i32,
    /// The login session saving: only the attempt's device may.
    pub device: &'a str,
    /// When the server received it: after the attempt's deadline and grace it is refused.
    pub now_ms: i64,
    /// Add it to the write-behind stream.
    pub queue: bool,
    /// With a check, nothing is stored unless the caller still holds
    /// ([`SaveOutcome::CallerChanged`] otherwise).
    pub check: Option<CallerCheck<'a>>,
}

#[async_trait]
pub trait LiveStore: Send + Sync {
    /// Which implementation this is, for logs and start-up output.
    fn describe(&self) -> &'static str;
    /// True when acknowledged answers reach the database through `take_pending`/`ack`
    /// (within about a second); false (the default) when the caller writes them through
    /// itself.
    fn writes_behind(&self) -> bool {
        false
    }
    /// Answers when the store is reachable (the readiness probe).
    async fn ping(&self) -> AppResult<()>;
    /// Puts an attempt in the store (start, resume after a wipe), merging answers by sequence.
    async fn put(&self, attempt: &LiveAttempt, answers: &[AnswerRecord]) -> AppResult<()>;
    /// The attempt and its answers by question (choices, seq), if present.
    async fn load(&self, attempt_id: i32) -> AppResult<Option<(LiveAttempt, HashMap<i32, (String, i64)>)>>;
    /// Hands the attempt to another device (a takeover).
    async fn set_device(&self, attempt_id: i32, device: &str) -> AppResult<()>;
    /// Saves an answer; a newer save of the question always wins.
    async fn save(&self, save: Save<'_>) -> AppResult<SaveOutcome>;
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
}
