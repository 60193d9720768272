use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use super::{AnswerRecord, LiveAttempt, LiveStore, Save, SaveOutcome};
use crate::error::{AppError, AppResult};

type Entry = (LiveAttempt, HashMap<i32, (String, i64)>);

/// The in-process store, for one machine: answers are written through to the database by the
/// caller, so this is only the fast copy.
#[derive(Default)]
pub struct MemoryStore {
    attempts: Mutex<HashMap<i32, Entry>>,
}

impl MemoryStore {
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
    /// In the process: always reachable.
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
    async fn save(&self, save: Save<'_>) -> AppResult<SaveOutcome> {
        if save.check.is_some() {
            // `auth` asks the in-process caller cache before saving instead (nothing here to
            // check against); a check arriving here is a wiring mistake, not the caller's.
            return Err(AppError::internal(
                "the in-process live store was given a caller check",
            ));
        }
        self.with(|map| {
            let Some(entry) = map.get_mut(&save.record.attempt_id) else {
                return SaveOutcome::Missing;
            };
            if entry.0.learner_id != save.learner_id {
                return SaveOutcome::NotOwner;
            }
            if entry.0.device.is_empty() || save.now_ms > entry.0.closes_at_ms {
                return SaveOutcome::Closed;
            }
            if entry.0.device != save.device {
                return SaveOutcome::OtherDevice;
            }
            let stored = entry.1.get(&save.record.question_id).map(|(_, seq)| *seq);
            let seq = if save.record.seq == super::UNSEQUENCED {
                stored.unwrap_or(0)
            } else if stored.is_some_and(|s| s >= save.record.seq) {
                return SaveOutcome::Stale;
            } else {
                save.record.seq
            };
            entry
                .1
                .insert(save.record.question_id, (save.record.choices.clone(), seq));
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
}
