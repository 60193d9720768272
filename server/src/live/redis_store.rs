use std::collections::HashMap;

use async_trait::async_trait;
use redis::aio::ConnectionManager;
use redis::{AsyncCommands, Script, Value};

use super::{AnswerRecord, LiveAttempt, LiveStore, Save, SaveOutcome};
use crate::error::{AppError, AppResult};
use crate::infra::redis_conn::{CURRENT_ENTRY_LUA, RedisConnections, redis_err};

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

/// Checks owner, device, deadline and sequence, and stores the answer, in one step. With a
/// fourth key (a [`super::CallerCheck`]'s entry), first checks that the entry is current at the
/// generation given.
const SAVE_LUA: &str = r#"
if KEYS[4] then
  local v, generation = current_entry(KEYS[4], ARGV[9])
  if not v or generation ~= ARGV[10] then return 'CALLER_CHANGED' end
end
local attempt = redis.call('HMGET', KEYS[1], 'learner', 'device', 'closes')
local learner, device, closes = attempt[1], attempt[2], tonumber(attempt[3])
if not learner then return 'MISSING' end
if learner ~= ARGV[7] then return 'NOT_OWNER' end
if device == '' or tonumber(ARGV[6]) > closes then return 'CLOSED' end
if device ~= ARGV[1] then return 'OTHER_DEVICE' end
local current = redis.call('HGET', KEYS[2], ARGV[2])
local stored = nil
if current then
  local sep = string.find(current, '|', 1, true)
  stored = string.sub(current, 1, sep - 1)
end
local seq = ARGV[3]
if seq == '-1' then
  seq = stored or '0'
elseif stored and tonumber(stored) >= tonumber(seq) then
  return 'STALE'
end
redis.call('HSET', KEYS[2], ARGV[2], seq .. '|' .. ARGV[4])
if ARGV[8] == '1' then
  redis.call('XADD', KEYS[3], '*', 'a', ARGV[5], 'q', ARGV[2], 'c', ARGV[4], 's', seq, 't', ARGV[6])
end
return 'SAVED:' .. seq
"#;

/// Acknowledges flushed entries and trims the stream below the oldest entry still owed to the
/// database: the oldest one read but not yet acknowledged by any flusher, or, when none is,
/// the first one not yet read. Trimming removes whole stream nodes at a time, which costs far
/// less than deleting the acknowledged entries one by one (`XDEL`).
const ACK_LUA: &str = r#"
redis.call('XACK', KEYS[1], ARGV[1], unpack(ARGV, 2))
local summary = redis.call('XPENDING', KEYS[1], ARGV[1])
local floor = summary[2]
if not floor then
  for _, group in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
    local fields = {}
    for i = 1, #group, 2 do fields[group[i]] = group[i + 1] end
    if fields['name'] == ARGV[1] then
      local ms, seq = string.match(fields['last-delivered-id'], '^(%d+)-(%d+)$')
      floor = ms .. '-' .. (tonumber(seq) + 1)
    end
  end
end
if floor then redis.call('XTRIM', KEYS[1], 'MINID', floor) end
return 1
"#;

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

fn parse_entries(value: &Value) -> Vec<(String, AnswerRecord)> {
    // XREADGROUP: [[stream, [[id, [k, v, ...]], ...]]]; XAUTOCLAIM: [next, [[id, [k, v]]], ...].
    let mut out = Vec::new();
    fn entries_of(list: &[Value], out: &mut Vec<(String, AnswerRecord)>) {
        for entry in list {
            let Value::Array(parts) = entry else { continue };
            let (Some(Value::BulkString(id)), Some(Value::Array(fields))) = (parts.first(), parts.get(1))
            else {
                continue;
            };
            let mut record = AnswerRecord {
                attempt_id: 0,
                question_id: 0,
                choices: String::new(),
                seq: 0,
                saved_at_ms: 0,
            };
            for pair in fields.chunks(2) {
                let [Value::BulkString(k), Value::BulkString(v)] = pair else {
                    continue;
                };
                let text = std::str::from_utf8(v).unwrap_or_default();
                match k.as_slice() {
                    b"a" => record.attempt_id = text.parse().unwrap_or(0),
                    b"q" => record.question_id = text.parse().unwrap_or(0),
                    b"c" => record.choices = text.to_owned(),
                    b"s" => record.seq = text.parse().unwrap_or(0),
                    b"t" => record.saved_at_ms = text.parse().unwrap_or(0),
                    _ => {}
                }
            }
            out.push((String::from_utf8_lossy(id).into_owned(), record));
        }
    }
    if let Value::Array(items) = value {
        for item in items {
            match item {
                Value::Array(stream) if stream.len() == 2 => {
                    if let Value::Array(list) = &stream[1] {
                        entries_of(list, &mut out);
                    }
                }
                _ => {}
            }
        }
        // XAUTOCLAIM's second element is the list itself.
        if let Some(Value::Array(list)) = items.get(1)
            && out.is_empty()
        {
            entries_of(list, &mut out);
        }
    }
    out
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
        let mut invocation = self.save_script.key(self.attempt_key(save.record.attempt_id));
        invocation
            .key(self.answers_key(save.record.attempt_id))
            .key(self.stream_key());
        if let Some(check) = save.check {
            invocation.key(check.entry_key);
        }
        invocation
            .arg(save.device)
            .arg(save.record.question_id)
            .arg(save.record.seq)
            .arg(&save.record.choices)
            .arg(save.record.attempt_id)
            .arg(save.now_ms)
            .arg(save.learner_id)
            .arg(if save.queue { "1" } else { "0" });
        if let Some(check) = save.check {
            invocation.arg(check.generation_prefix).arg(check.generation);
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
        let claimed: redis::RedisResult<Value> = redis::cmd("XAUTOCLAIM")
            .arg(self.stream_key())
            .arg(GROUP)
            .arg(&self.consumer)
            .arg(3000)
            .arg("0")
            .arg("COUNT")
            .arg(max)
            .query_async(&mut c)
            .await;
        match claimed {
            Ok(v) => {
                let entries = parse_entries(&v);
                if !entries.is_empty() {
                    return Ok(entries);
                }
            }
            Err(e) if e.code() == Some("NOGROUP") => self.ensure_group().await,
            Err(e) => return Err(redis_err(e)),
        }
        let mut c = self.reader.clone();
        let read: redis::RedisResult<Value> = redis::cmd("XREADGROUP")
            .arg("GROUP")
            .arg(GROUP)
            .arg(&self.consumer)
            .arg("COUNT")
            .arg(max)
            .arg("BLOCK")
            .arg(200)
            .arg("STREAMS")
            .arg(self.stream_key())
            .arg(">")
            .query_async(&mut c)
            .await;
        match read {
            Ok(v) => Ok(parse_entries(&v)),
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
        let mut invocation = self.ack_script.key(self.stream_key());
        invocation.arg(GROUP).arg(ids);
        invocation.invoke_async::<()>(&mut c).await.map_err(redis_err)?;
        Ok(())
    }
    async fn backlog(&self) -> AppResult<(u64, i64)> {
        // Acknowledged entries above one still pending stay until it is acknowledged too (the
        // stream is trimmed below the oldest entry owed), so the length can count a few of them;
        // the oldest entry is always one still owed to the database.
        let mut c = self.connection.clone();
        let len: u64 = redis::cmd("XLEN")
            .arg(self.stream_key())
            .query_async(&mut c)
            .await
            .map_err(redis_err)?;
        let first: Value = redis::cmd("XRANGE")
            .arg(self.stream_key())
            .arg("-")
            .arg("+")
            .arg("COUNT")
            .arg(1)
            .query_async(&mut c)
            .await
            .map_err(redis_err)?;
        let oldest_ms = match &first {
            Value::Array(entries) => entries
                .first()
                .and_then(|e| match e {
                    Value::Array(parts) => parts.first(),
                    _ => None,
                })
                .and_then(|id| match id {
                    Value::BulkString(b) => String::from_utf8_lossy(b)
                        .split('-')
                        .next()
                        .and_then(|ms| ms.parse::<i64>().ok()),
                    _ => None,
                }),
            _ => None,
        };
        let age = oldest_ms
            .map(|ms| (crate::infra::clock::wall().timestamp_millis() - ms).max(0))
            .unwrap_or(0);
        Ok((len, age))
    }
}
