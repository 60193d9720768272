use std::collections::HashMap;

use async_trait::async_trait;
use redis::aio::ConnectionManager;
use redis::streams::{
    StreamAutoClaimOptions, StreamAutoClaimReply, StreamId, StreamRangeReply, StreamReadOptions,
    StreamReadReply,
};
use redis::{AsyncCommands, Script};

use super::{AnswerRecord, LiveAttempt, LiveStore, Save, SaveOutcome};
use crate::error::{AppError, AppResult};
use crate::infra::redis_conn::{CURRENT_ENTRY_LUA, RedisConnections, ScriptSlots, redis_err};

/// The Redis store, shared by every replica. An attempt is a hash (`att:<id>`), its answers
/// another (`ans:<id>`, question -> "seq|choices"), and every acknowledged answer is also
/// appended to one stream (`wb`) that a consumer group drains into the database, entries
/// acknowledged only after the database commit.
pub struct RedisStore {
    connection: ConnectionManager,
    /// The flusher's blocking stream read gets a connection of its own, so requests on the
    /// shared, multiplexed one never queue behind it.
    reader: ConnectionManager,
    prefix: String,
    consumer: String,
    save_script: Script,
    ack_script: Script,
}

const GROUP: &str = "flushers";

/// `save.lua`: checks owner, device, deadline and sequence, and stores the answer, in one
/// step (optionally confirming the caller first); its header documents KEYS and ARGV.
const SAVE_LUA: &str = include_str!("lua/save.lua");

/// `save.lua`'s KEYS, numbered as its header numbers them.
#[derive(Clone, Copy, Debug)]
enum SaveKey {
    Attempt = 1,
    Answers,
    Stream,
    /// Only with a [`super::CallerCheck`].
    CallerEntry,
}

/// `save.lua`'s ARGV, numbered as its header numbers them.
#[derive(Clone, Copy, Debug)]
enum SaveArg {
    Device = 1,
    Question,
    Seq,
    Choices,
    Attempt,
    NowMs,
    Learner,
    Queue,
    /// Only with a [`super::CallerCheck`].
    GenerationPrefix,
    /// Only with a [`super::CallerCheck`].
    Generation,
}

/// `ack.lua`: acknowledges flushed entries and trims the stream below the oldest entry still
/// owed to the database; its header documents KEYS and ARGV.
const ACK_LUA: &str = include_str!("lua/ack.lua");

/// `ack.lua`'s KEYS[1] and ARGV[1]; the ids follow the group, from ARGV[2] on.
const ACK_STREAM_KEY: usize = 1;
const ACK_GROUP_ARG: usize = 1;

impl RedisStore {
    /// The store as requests use it (over `connections.requests`); see [`Self::for_background`].
    pub async fn connect(connections: &RedisConnections, prefix: &str) -> Result<Self, redis::RedisError> {
        let mut connection = connections.requests.clone();
        let reader = connections.blocking.clone();
        let stream = format!("{prefix}:wb");
        // The group may exist already (another replica, an earlier run).
        let created: redis::RedisResult<()> = redis::cmd("XGROUP")
            .arg("CREATE")
            .arg(&stream)
            .arg(GROUP)
            .arg("0")
            .arg("MKSTREAM")
            .query_async(&mut connection)
            .await;
        if let Err(e) = created
            && e.code() != Some("BUSYGROUP")
        {
            return Err(e);
        }
        let consumer = format!("{}-{}", std::process::id(), rand::random::<u32>());
        Ok(RedisStore {
            connection,
            reader,
            prefix: prefix.to_owned(),
            consumer,
            save_script: Script::new(&format!("{CURRENT_ENTRY_LUA}{SAVE_LUA}")),
            ack_script: Script::new(ACK_LUA),
        })
    }

    /// The same store over the background connection, for the write-behind flusher and the
    /// deadline sweep: their commands never queue behind the requests' and wait longer for
    /// an answer ([`crate::infra::redis_conn::BACKGROUND_TIMEOUT`]).
    pub fn for_background(&self, connections: &RedisConnections) -> Self {
        RedisStore {
            connection: connections.background.clone(),
            reader: self.reader.clone(),
            prefix: self.prefix.clone(),
            consumer: self.consumer.clone(),
            save_script: self.save_script.clone(),
            ack_script: self.ack_script.clone(),
        }
    }

    fn attempt_key(&self, id: i32) -> String {
        format!("{}:att:{id}", self.prefix)
    }
    fn answers_key(&self, id: i32) -> String {
        format!("{}:ans:{id}", self.prefix)
    }
    fn stream_key(&self) -> String {
        format!("{}:wb", self.prefix)
    }

    /// Recreates the consumer group after Redis lost it (a restart without persistence).
    async fn ensure_group(&self) {
        let mut c = self.connection.clone();
        let _: redis::RedisResult<()> = redis::cmd("XGROUP")
            .arg("CREATE")
            .arg(self.stream_key())
            .arg(GROUP)
            .arg("0")
            .arg("MKSTREAM")
            .query_async(&mut c)
            .await;
    }
}

/// A write-behind stream entry as the flusher takes it: its id and the answer (fields `a`
/// attempt, `q` question, `c` choices, `s` sequence, `t` saved at, as `save.lua` appends them).
fn answer_of(entry: StreamId) -> (String, AnswerRecord) {
    let field = |name: &str| entry.get::<i64>(name).unwrap_or(0);
    let record = AnswerRecord {
        attempt_id: entry.get("a").unwrap_or(0),
        question_id: entry.get("q").unwrap_or(0),
        choices: entry.get("c").unwrap_or_default(),
        seq: field("s"),
        saved_at_ms: field("t"),
    };
    (entry.id, record)
}

#[async_trait]
impl LiveStore for RedisStore {
    fn describe(&self) -> &'static str {
        "redis"
    }
    fn writes_behind(&self) -> bool {
        true
    }
    async fn ping(&self) -> AppResult<()> {
        let mut c = self.connection.clone();
        let _: String = redis::cmd("PING").query_async(&mut c).await.map_err(redis_err)?;
        Ok(())
    }
    async fn put(&self, attempt: &LiveAttempt, answers: &[AnswerRecord]) -> AppResult<()> {
        let mut c = self.connection.clone();
        let key = self.attempt_key(attempt.attempt_id);
        let mut pipe = redis::pipe();
        pipe.atomic()
            .hset_multiple(
                &key,
                &[
                    ("learner", attempt.learner_id.to_string()),
                    ("device", attempt.device.clone()),
                    ("closes", attempt.closes_at_ms.to_string()),
                ],
            )
            .ignore()
            .expire(&key, 86_400)
            .ignore();
        let answers_key = self.answers_key(attempt.attempt_id);
        let current: HashMap<String, String> = c.hgetall(&answers_key).await.map_err(redis_err)?;
        for a in answers {
            let newer = current
                .get(&a.question_id.to_string())
                .and_then(|v| v.split_once('|'))
                .and_then(|(seq, _)| seq.parse::<i64>().ok())
                .is_none_or(|seq| seq < a.seq);
            if newer {
                pipe.hset(&answers_key, a.question_id, format!("{}|{}", a.seq, a.choices))
                    .ignore();
            }
        }
        pipe.expire(&answers_key, 86_400).ignore();
        let _: () = pipe.query_async(&mut c).await.map_err(redis_err)?;
        Ok(())
    }
    async fn load(&self, attempt_id: i32) -> AppResult<Option<(LiveAttempt, HashMap<i32, (String, i64)>)>> {
        let mut c = self.connection.clone();
        let meta: HashMap<String, String> =
            c.hgetall(self.attempt_key(attempt_id)).await.map_err(redis_err)?;
        if meta.is_empty() {
            return Ok(None);
        }
        let attempt = LiveAttempt {
            attempt_id,
            learner_id: meta.get("learner").and_then(|v| v.parse().ok()).unwrap_or(0),
            device: meta.get("device").cloned().unwrap_or_default(),
            closes_at_ms: meta.get("closes").and_then(|v| v.parse().ok()).unwrap_or(0),
        };
        let raw: HashMap<String, String> =
            c.hgetall(self.answers_key(attempt_id)).await.map_err(redis_err)?;
        let answers = raw
            .into_iter()
            .filter_map(|(q, v)| {
                let (seq, choices) = v.split_once('|')?;
                Some((q.parse().ok()?, (choices.to_owned(), seq.parse().ok()?)))
            })
            .collect();
        Ok(Some((attempt, answers)))
    }
    async fn set_device(&self, attempt_id: i32, device: &str) -> AppResult<()> {
        let mut c = self.connection.clone();
        let _: () = c
            .hset(self.attempt_key(attempt_id), "device", device)
            .await
            .map_err(redis_err)?;
        Ok(())
    }
    async fn save(&self, save: Save<'_>) -> AppResult<SaveOutcome> {
        let mut c = self.connection.clone();
        let attempt = save.record.attempt_id;
        let mut keys = ScriptSlots::default();
        keys.put(SaveKey::Attempt as usize, self.attempt_key(attempt))
            .put(SaveKey::Answers as usize, self.answers_key(attempt))
            .put(SaveKey::Stream as usize, self.stream_key());
        let mut args = ScriptSlots::default();
        args.put(SaveArg::Device as usize, save.device)
            .put(SaveArg::Question as usize, save.record.question_id)
            .put(SaveArg::Seq as usize, save.record.seq)
            .put(SaveArg::Choices as usize, &save.record.choices)
            .put(SaveArg::Attempt as usize, attempt)
            .put(SaveArg::NowMs as usize, save.now_ms)
            .put(SaveArg::Learner as usize, save.learner_id)
            .put(SaveArg::Queue as usize, if save.queue { "1" } else { "0" });
        if let Some(check) = save.check {
            keys.put(SaveKey::CallerEntry as usize, check.entry_key);
            args.put(SaveArg::GenerationPrefix as usize, check.generation_prefix)
                .put(SaveArg::Generation as usize, check.generation);
        }
        let mut invocation = self.save_script.prepare_invoke();
        for key in keys.into_values()? {
            invocation.key(key);
        }
        for arg in args.into_values()? {
            invocation.arg(arg);
        }
        let outcome: String = invocation.invoke_async(&mut c).await.map_err(redis_err)?;
        if let Some(seq) = outcome.strip_prefix("SAVED:") {
            let seq = seq
                .parse()
                .map_err(|_| AppError::internal(format!("save script answered {outcome}")))?;
            return Ok(SaveOutcome::Saved(seq));
        }
        Ok(match outcome.as_str() {
            "STALE" => SaveOutcome::Stale,
            "OTHER_DEVICE" => SaveOutcome::OtherDevice,
            "NOT_OWNER" => SaveOutcome::NotOwner,
            "CLOSED" => SaveOutcome::Closed,
            "CALLER_CHANGED" => SaveOutcome::CallerChanged,
            _ => SaveOutcome::Missing,
        })
    }
    async fn close(&self, attempt_id: i32) -> AppResult<()> {
        let mut c = self.connection.clone();
        let key = self.attempt_key(attempt_id);
        let exists: bool = c.exists(&key).await.map_err(redis_err)?;
        if exists {
            let _: () = c.hset(&key, "device", "").await.map_err(redis_err)?;
        }
        Ok(())
    }
    async fn remove(&self, attempt_id: i32) -> AppResult<()> {
        let mut c = self.connection.clone();
        let _: () = c
            .del(&[self.attempt_key(attempt_id), self.answers_key(attempt_id)])
            .await
            .map_err(redis_err)?;
        Ok(())
    }
    async fn take_pending(&self, max: usize) -> AppResult<Vec<(String, AnswerRecord)>> {
        let mut c = self.connection.clone();
        // Entries a crashed replica read but never acknowledged come first.
        let claimed: redis::RedisResult<StreamAutoClaimReply> = c
            .xautoclaim_options(
                self.stream_key(),
                GROUP,
                &self.consumer,
                3000,
                "0",
                StreamAutoClaimOptions::default().count(max),
            )
            .await;
        match claimed {
            Ok(reply) if !reply.claimed.is_empty() => {
                return Ok(reply.claimed.into_iter().map(answer_of).collect());
            }
            Ok(_) => {}
            Err(e) if e.code() == Some("NOGROUP") => self.ensure_group().await,
            Err(e) => return Err(redis_err(e)),
        }
        let mut c = self.reader.clone();
        let options = StreamReadOptions::default()
            .group(GROUP, &self.consumer)
            .count(max)
            .block(200);
        // Nothing new within the block: no reply at all.
        let read: redis::RedisResult<Option<StreamReadReply>> =
            c.xread_options(&[self.stream_key()], &[">"], &options).await;
        match read {
            Ok(reply) => Ok(reply
                .into_iter()
                .flat_map(|reply| reply.keys)
                .flat_map(|stream| stream.ids)
                .map(answer_of)
                .collect()),
            Err(e) if e.code() == Some("NOGROUP") => {
                self.ensure_group().await;
                Ok(Vec::new())
            }
            Err(e) => Err(redis_err(e)),
        }
    }
    async fn ack(&self, ids: &[String]) -> AppResult<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut c = self.connection.clone();
        let mut keys = ScriptSlots::default();
        keys.put(ACK_STREAM_KEY, self.stream_key());
        let mut args = ScriptSlots::default();
        args.put(ACK_GROUP_ARG, GROUP);
        let mut invocation = self.ack_script.prepare_invoke();
        for key in keys.into_values()? {
            invocation.key(key);
        }
        for arg in args.into_values()? {
            invocation.arg(arg);
        }
        invocation.arg(ids);
        invocation.invoke_async::<()>(&mut c).await.map_err(redis_err)?;
        Ok(())
    }
    async fn backlog(&self) -> AppResult<(u64, i64)> {
        // Acknowledged entries above one still pending stay until it is acknowledged too (the
        // stream is trimmed below the oldest entry owed), so the length can count a few of them;
        // the oldest entry is always one still owed to the database.
        let mut c = self.connection.clone();
        let len: u64 = c.xlen(self.stream_key()).await.map_err(redis_err)?;
        let first: StreamRangeReply = c
            .xrange_count(self.stream_key(), "-", "+", 1)
            .await
            .map_err(redis_err)?;
        // A stream id is `<Unix ms>-<n>`.
        let oldest_ms = first
            .ids
            .first()
            .and_then(|entry| entry.id.split('-').next())
            .and_then(|ms| ms.parse::<i64>().ok());
        let age = oldest_ms
            .map(|ms| (crate::infra::clock::wall().timestamp_millis() - ms).max(0))
            .unwrap_or(0);
        Ok((len, age))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::infra::redis_conn::script_slots;

    fn names(pairs: &[(usize, &str)]) -> BTreeMap<usize, String> {
        pairs.iter().map(|(at, name)| (*at, (*name).to_owned())).collect()
    }

    #[test]
    fn the_scripts_name_their_keys_and_arguments_where_the_calls_put_them() {
        assert_eq!(
            script_slots(SAVE_LUA, "KEYS"),
            names(&[
                (SaveKey::Attempt as usize, "attempt_key"),
                (SaveKey::Answers as usize, "answers_key"),
                (SaveKey::Stream as usize, "stream_key"),
                (SaveKey::CallerEntry as usize, "caller_entry_key"),
            ])
        );
        assert_eq!(
            script_slots(SAVE_LUA, "ARGV"),
            names(&[
                (SaveArg::Device as usize, "device"),
                (SaveArg::Question as usize, "question"),
                (SaveArg::Seq as usize, "seq"),
                (SaveArg::Choices as usize, "choices"),
                (SaveArg::Attempt as usize, "attempt"),
                (SaveArg::NowMs as usize, "now_ms"),
                (SaveArg::Learner as usize, "learner"),
                (SaveArg::Queue as usize, "queue"),
                (SaveArg::GenerationPrefix as usize, "generation_prefix"),
                (SaveArg::Generation as usize, "generation"),
            ])
        );
        assert_eq!(
            script_slots(ACK_LUA, "KEYS"),
            names(&[(ACK_STREAM_KEY, "stream_key")])
        );
        assert_eq!(script_slots(ACK_LUA, "ARGV"), names(&[(ACK_GROUP_ARG, "group")]));
        assert!(ACK_LUA.contains(&format!("local first_id = {}", ACK_GROUP_ARG + 1)));
    }
}
