--[[---
clause: RUNTIME-12
description: __gc finalizers that call std.task at arbitrary allocations leave the runtime intact; suspending calls raise there
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)
local kept, results = {}, { ok = 0, err = 0, nonstring = 0 }
local x = 12345
local function rnd(m) x = x * 16807 % 2147483647; return x % m + 1 end
local actions = {
  function() return task.spawn(function() return 1 end) end,
  function() local h = kept[rnd(#kept + 1)]; if h then h:abort() end end,
  function() local h = kept[rnd(#kept + 1)]; if h and h:is_finished() then pcall(h.join, h) end end,
  function() task.cancel_token():cancel() end,
  function() task.current(); task.checkpoint() end,
}
local mt = { __gc = function()
  local ok, e = pcall(actions[rnd(#actions)])
  if ok then results.ok = results.ok + 1
  elseif type(e) == "string" then results.err = results.err + 1
  else results.nonstring = results.nonstring + 1 end
end }
local sleep_in_gc
setmetatable({}, { __gc = function() sleep_in_gc = { pcall(task.sleep, 1) } end })
collectgarbage()
collectgarbage("incremental", 0, 1000, 0)  -- the collector never rests
for round = 1, 20 do
  local hs = {}
  for i = 1, 10 do
    for _ = 1, 3 do setmetatable({}, mt) end
    hs[i] = task.spawn(function()
      for _ = 1, 3 do setmetatable({}, mt) end
      task.scope(function(s) s:spawn(function() task.yield() end) end)
      if i % 3 == 0 then error("e" .. i) end
      return i
    end)
    if #kept < 32 then kept[#kept + 1] = hs[i] end
  end
  for i = 1, 10 do pcall(hs[i].join, hs[i]) end
end
collectgarbage("incremental", 200, 100, 13)
collectgarbage() collectgarbage()
tap.ok(sleep_in_gc and sleep_in_gc[1] == false and type(sleep_in_gc[2]) == "string",
       "sleep in a finalizer raises an error (RUNTIME-12)")
tap.ok(results.ok + results.err > 0, "finalizers ran and called std.task (RUNTIME-12)")
tap.is(results.nonstring, 0, "what failed in them raised an error message (RUNTIME-12)")
local h = task.spawn(function() task.sleep(tap.ms(5)); return "alive" end)
tap.is(h:join(), "alive", "spawn, sleep and join still work afterwards (RUNTIME-12)")
tap.is(task.scope(function(s) return s:spawn(function() return 7 end):join() end), 7,
       "scopes still work afterwards (RUNTIME-12)")
local ok, e = pcall(task.with_timeout, tap.ms(10), function() task.sleep(tap.ms(5000)) end)
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout still times out afterwards (RUNTIME-12)")
