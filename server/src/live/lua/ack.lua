-- Acknowledges flushed entries of the write-behind stream (`RedisStore::ack`) and trims the
-- stream below the oldest entry still owed to the database: the oldest one read but not yet
-- acknowledged by any flusher, or, when none is, the first one not yet read. Trimming removes
-- whole stream nodes at a time, which costs far less than deleting the acknowledged entries
-- one by one (`XDEL`).
--
-- KEYS (`AckKey` in redis_store.rs)
--   1 stream_key   <prefix>:wb, the write-behind stream
-- ARGV (`AckArg` in redis_store.rs)
--   1 group        the consumer group ("flushers")
--   2.. ids        the stream ids now in the database (at least one)
local stream_key = KEYS[1]
local group = ARGV[1]
local first_id = 2

redis.call('XACK', stream_key, group, unpack(ARGV, first_id))
local summary = redis.call('XPENDING', stream_key, group)
local floor = summary[2]
if not floor then
  for _, info in ipairs(redis.call('XINFO', 'GROUPS', stream_key)) do
    local fields = {}
    for i = 1, #info, 2 do fields[info[i]] = info[i + 1] end
    if fields['name'] == group then
      local ms, n = string.match(fields['last-delivered-id'], '^(%d+)-(%d+)$')
      floor = ms .. '-' .. (tonumber(n) + 1)
    end
  end
end
if floor then redis.call('XTRIM', stream_key, 'MINID', floor) end
return 1
