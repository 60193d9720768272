-- The cached caller of a token, if current (`RedisCallerCache::get`), by `current_entry`
-- (infra/lua/current_entry.lua, prepended to this script).
--
-- KEYS
--   1 entry_key          <prefix>:who:<token digest>, "account:generation:payload"
-- ARGV
--   1 generation_prefix  <prefix>:whogen:, followed by the account id
local entry_key = KEYS[1]
local generation_prefix = ARGV[1]

return (current_entry(entry_key, generation_prefix))
