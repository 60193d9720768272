-- Saves one answer (`RedisStore::save`): checks owner, device, deadline and sequence, and
-- stores the answer, in one step. With a fourth key (a `live::CallerCheck`'s entry), first
-- checks that the unconfirmed caller's cache entry is current at the generation given, by
-- `current_entry` (infra/lua/current_entry.lua, prepended to this script).
--
-- KEYS (`SaveKey` in redis_store.rs)
--   1 attempt_key        <prefix>:att:<attempt>, hash: learner, device, closes (Unix ms)
--   2 answers_key        <prefix>:ans:<attempt>, hash: question -> "seq|choices"
--   3 stream_key         <prefix>:wb, the write-behind stream
--   4 caller_entry_key   optional: <prefix>:who:<token digest>, the caller to confirm
-- ARGV (`SaveArg` in redis_store.rs)
--   1 device             the login session saving
--   2 question           the bank question's id
--   3 seq                the client sequence, or -1 (`live::UNSEQUENCED`)
--   4 choices            the option keys, sorted ("AC")
--   5 attempt            the attempt's id (for the stream entry)
--   6 now_ms             when the server received the save, Unix ms
--   7 learner            the caller's learner id
--   8 queue              '1': append to the write-behind stream
--   9 generation_prefix  with KEYS[4]: <prefix>:whogen:, followed by the account id
--  10 generation         with KEYS[4]: the generation the replica remembers
-- Answers 'SAVED:<seq>', 'STALE', 'MISSING', 'NOT_OWNER', 'CLOSED', 'OTHER_DEVICE' or
-- 'CALLER_CHANGED' (`SaveOutcome`).
local attempt_key = KEYS[1]
local answers_key = KEYS[2]
local stream_key = KEYS[3]
local caller_entry_key = KEYS[4]
local device = ARGV[1]
local question = ARGV[2]
local seq = ARGV[3]
local choices = ARGV[4]
local attempt = ARGV[5]
local now_ms = ARGV[6]
local learner = ARGV[7]
local queue = ARGV[8]
local generation_prefix = ARGV[9]
local generation = ARGV[10]

if caller_entry_key then
  local entry, current = current_entry(caller_entry_key, generation_prefix)
  if not entry or current ~= generation then return 'CALLER_CHANGED' end
end
local stored_attempt = redis.call('HMGET', attempt_key, 'learner', 'device', 'closes')
local owner, holder, closes = stored_attempt[1], stored_attempt[2], tonumber(stored_attempt[3])
if not owner then return 'MISSING' end
if owner ~= learner then return 'NOT_OWNER' end
if holder == '' or tonumber(now_ms) > closes then return 'CLOSED' end
if holder ~= device then return 'OTHER_DEVICE' end
local current = redis.call('HGET', answers_key, question)
local stored = nil
if current then
  local sep = string.find(current, '|', 1, true)
  stored = string.sub(current, 1, sep - 1)
end
if seq == '-1' then
  seq = stored or '0'
elseif stored and tonumber(stored) >= tonumber(seq) then
  return 'STALE'
end
redis.call('HSET', answers_key, question, seq .. '|' .. choices)
if queue == '1' then
  redis.call('XADD', stream_key, '*', 'a', attempt, 'q', question, 'c', choices, 's', seq, 't', now_ms)
end
return 'SAVED:' .. seq
