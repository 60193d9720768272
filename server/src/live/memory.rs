use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use super::{
    AnswerRecord, CALLER_GENERATION_TTL_MS, CachedCaller, CallerCheck, LiveAttempt, LiveStore, SaveOutcome,
};
use crate::error::{AppError, AppResult};

type Entry = (LiveAttempt, HashMap<i32, (String, i64)>);

/// The in-process store, for one machine: answers are written through to the database by the
/// caller, so this is only the fast copy.
#[derive(Default)]
pub struct MemoryStore {
    attempts: Mutex<HashMap<i32, Entry>>,
    callers: Mutex<Callers>,
    lookups: super::CallerLookups,
}

/// Cached callers by token hash and account generations, each with its expiry (Unix ms).
#[derive(Default)]
struct Callers {
    entries: HashMap<String, (CachedCaller, i64)>,
    generations: HashMap<i32, (u64, i64)>,
    /// The last generation handed out: generations never repeat, even after one expires.
    sequence: u64,
}

/// Past this many entries, expired ones are dropped (and, if that is not enough, all).
const CALLER_CACHE_MAX: usize = 100_000;

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Callers {
    fn generation(&self, account_id: i32, now: i64) -> u64 {
        match self.generations.get(&account_id) {
            Some((generation, expires)) if *expires > now => *generation,
            _ => 0,
        }
    }

    /// The token's entry, if present and of the account's current generation.
    fn current(&self, token_hash: &str, now: i64) -> Option<&CachedCaller> {
        match self.entries.get(token_hash) {
            Some((entry, expires))
                if *expires > now && self.generation(entry.account_id, now) == entry.generation =>
            {
                Some(entry)
            }
            _ => None,
        }
    }
}

impl MemoryStore {
    fn callers<T>(&self, f: impl FnOnce(&mut Callers) -> T) -> AppResult<T> {
        let mut guard = self
            .callers
            .lock()
            .map_err(|_| AppError::internal("caller cache lock poisoned"))?;
        Ok(f(&mut guard))
    }

    fn with<T>(&self, f: impl FnOnce(&mut HashMap<i32, Entry>) -> T) -> AppResult<T> {
        let mut guard = self
            .attempts
            .lock()
            .map_err(|_| AppError::internal("live store lock poisoned"))?;
        Ok(f(&mut guard))
    }
}

#[async_trait]
impl LiveStore for MemoryStore {
    fn describe(&self) -> &'static str {
        "in-process"
    }
    fn caller_lookups(&self) -> &super::CallerLookups {
        &self.lookups
    }
    fn writes_behind(&self) -> bool {
        false
    }
    async fn ping(&self) -> AppResult<()> {
        Ok(())
    }
    async fn put(&self, attempt: &LiveAttempt, answers: &[AnswerRecord]) -> AppResult<()> {
        self.with(|map| {
            let entry = map
                .entry(attempt.attempt_id)
                .or_insert_with(|| (attempt.clone(), HashMap::new()));
            entry.0 = attempt.clone();
            for a in answers {
                let newer = entry.1.get(&a.question_id).is_none_or(|(_, seq)| *seq < a.seq);
                if newer {
                    entry.1.insert(a.question_id, (a.choices.clone(), a.seq));
                }
            }
        })
    }
    async fn load(&self, attempt_id: i32) -> AppResult<Option<Entry>> {
        self.with(|map| map.get(&attempt_id).cloned())
    }
    async fn set_device(&self, attempt_id: i32, device: &str) -> AppResult<()> {
        self.with(|map| {
            if let Some(entry) = map.get_mut(&attempt_id) {
                entry.0.device = device.to_owned();
            }
        })
    }
    async fn save(
        &self,
        record: &AnswerRecord,
        learner_id: i32,
        device: &str,
        now_ms: i64,
        _queue: bool,
        check: Option<CallerCheck<'_>>,
    ) -> AppResult<SaveOutcome> {
        if let Some(check) = check {
            let holds = self.callers(|c| {
                c.current(check.token_hash, now_ms)
                    .is_some_and(|entry| entry.generation == check.generation)
            })?;
            if !holds {
                return Ok(SaveOutcome::CallerChanged);
            }
        }
        self.with(|map| {
            let Some(entry) = map.get_mut(&record.attempt_id) else {
                return SaveOutcome::Missing;
            };
            if entry.0.learner_id != learner_id {
                return SaveOutcome::NotOwner;
            }
            if entry.0.device.is_empty() || now_ms > entry.0.closes_at_ms {
                return SaveOutcome::Closed;
            }
            if entry.0.device != device {
                return SaveOutcome::OtherDevice;
            }
            let stored = entry.1.get(&record.question_id).map(|(_, seq)| *seq);
            let seq = if record.seq == super::UNSEQUENCED {
                stored.unwrap_or(0)
            } else if stored.is_some_and(|s| s >= record.seq) {
                return SaveOutcome::Stale;
            } else {
                record.seq
            };
            entry.1.insert(record.question_id, (record.choices.clone(), seq));
            SaveOutcome::Saved(seq)
        })
    }
    async fn close(&self, attempt_id: i32) -> AppResult<()> {
        self.set_device(attempt_id, "").await
    }
    async fn remove(&self, attempt_id: i32) -> AppResult<()> {
        self.with(|map| {
            map.remove(&attempt_id);
        })
    }
    async fn take_pending(&self, _max: usize) -> AppResult<Vec<(String, AnswerRecord)>> {
        Ok(Vec::new())
    }
    async fn ack(&self, _ids: &[String]) -> AppResult<()> {
        Ok(())
    }
    async fn backlog(&self) -> AppResult<(u64, i64)> {
        Ok((0, 0))
    }
    async fn cached_caller(&self, token_hash: &str) -> AppResult<Option<CachedCaller>> {
        let now = now_ms();
        self.callers(|c| c.current(token_hash, now).cloned())
    }
    async fn caller_generation(&self, account_id: i32) -> AppResult<u64> {
        let now = now_ms();
        self.callers(|c| c.generation(account_id, now))
    }
    async fn cache_caller(&self, token_hash: &str, entry: &CachedCaller, ttl_ms: i64) -> AppResult<()> {
        let now = now_ms();
        self.callers(|c| {
            if c.entries.len() >= CALLER_CACHE_MAX {
                c.entries.retain(|_, (_, expires)| *expires > now);
                if c.entries.len() >= CALLER_CACHE_MAX {
                    c.entries.clear();
                }
            }
            c.entries
                .insert(token_hash.to_owned(), (entry.clone(), now + ttl_ms));
        })
    }
    async fn forget_callers(&self, account_ids: &[i32]) -> AppResult<()> {
        let now = now_ms();
        self.callers(|c| {
            if c.generations.len() >= CALLER_CACHE_MAX {
                c.generations.retain(|_, (_, expires)| *expires > now);
            }
            c.sequence += 1;
            let next = c.sequence;
            for id in account_ids {
                c.generations.insert(*id, (next, now + CALLER_GENERATION_TTL_MS));
            }
        })
    }
}
