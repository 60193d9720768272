-- The function `current_entry(entry_key, generation_prefix)`, prepended to the scripts that
-- read a generation-stamped entry (the caller cache's lookup, the live store's save): the
-- value at `entry_key` ("owner:generation:payload") and its generation, only while the key
-- `generation_prefix` followed by the owner still holds that generation (a missing one counts
-- as '0'). Bumping the owner's generation retires all its entries at once. The generation key
-- is derived from the entry, so it is not among a script's KEYS: fine on a single Redis or
-- Sentinel (what we run), not on Redis Cluster.
local function current_entry(entry_key, generation_prefix)
  local v = redis.call('GET', entry_key)
  if not v then return false end
  local owner, generation = string.match(v, '^(%d+):(%d+):')
  if not owner then return false end
  if (redis.call('GET', generation_prefix .. owner) or '0') ~= generation then return false end
  return v, generation
end
