-- Gives the accounts a new generation from one sequence (`RedisCallerCache::forget`), so a
-- generation never repeats even after its key expired. A missing sequence (a new or wiped
-- Redis) starts from the clock in microseconds, above any generation handed out before a
-- wipe: an entry a replica still holds in memory from before cannot match a generation
-- handed out after. Answers the new generation.
--
-- KEYS
--   1 sequence_key       <prefix>:whoseq
-- ARGV
--   1 generation_prefix  <prefix>:whogen:, followed by the account id
--   2 ttl_ms             how long a generation key lives (`CALLER_GENERATION_TTL_MS`)
--   3.. accounts         the account ids to retire
local sequence_key = KEYS[1]
local generation_prefix = ARGV[1]
local ttl_ms = ARGV[2]
local first_account = 3

if redis.call('EXISTS', sequence_key) == 0 then
  local now = redis.call('TIME')
  redis.call('SET', sequence_key, string.format('%d', tonumber(now[1]) * 1000000 + tonumber(now[2])))
end
local generation = redis.call('INCR', sequence_key)
for i = first_account, #ARGV do
  redis.call('SET', generation_prefix .. ARGV[i], generation, 'PX', ttl_ms)
end
return generation
