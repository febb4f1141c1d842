--[[---
clause: RUNTIME-11, RUNTIME-2
description: coroutine.resume and coroutine.close refuse a fiber's own thread in every state; status answers; the fiber runs on; a finished fiber's thread never reaches another task
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

local STATUS = { running = true, suspended = true, normal = true, dead = true }
-- 3 points per probe: resume gives false and a string, close raises,
-- status is one of the four strings.
local function probe(co, tag)
  local ok, e = coroutine.resume(co)
  tap.ok(ok == false and type(e) == "string", tag .. ": coroutine.resume returns false and a message (RUNTIME-11)")
  local okc = pcall(coroutine.close, co)
  tap.ok(not okc, tag .. ": coroutine.close raises (RUNTIME-11)")
  local okst, st = pcall(coroutine.status, co)
  tap.ok(okst and STATUS[st], tag .. ": coroutine.status answers (RUNTIME-11)")
end

tap.plan(3 * 8 + 7)
local log = tap.log()
local th, h = {}, {}
h.self = task.spawn(function() probe(coroutine.running(), "running"); return "self" end)
h.sleep = task.spawn(function()
  th.sleep = coroutine.running()
  task.sleep(tap.ms(60))
  log("sleep woke")
  return "s"
end)
h.join = task.spawn(function()
  th.join = coroutine.running()
  return task.spawn(function() task.sleep(tap.ms(60)); return "j" end):join()
end)
h.drain = task.spawn(function()
  th.drain = coroutine.running()
  task.scope(function(s) s:spawn(function() task.sleep(tap.ms(60)) end) end)
  return "d"
end)
h.wt = task.spawn(function()
  th.wt = coroutine.running()
  return task.with_timeout(tap.ms(5000), function()
    th.body = coroutine.running()
    task.sleep(tap.ms(60))
    return "w"
  end)
end)
task.sleep(tap.ms(20))
probe(th.sleep, "sleeping")
probe(th.join, "joining")
probe(th.drain, "draining a scope")
probe(th.wt, "waiting in with_timeout")
probe(th.body, "a with_timeout body")
probe(coroutine.running(), "the main chunk")
task.spawn(function() probe(th.sleep, "from another task") end):join()
tap.is(h.self:join(), "self", "the probed running task returned normally (RUNTIME-2)")
tap.is(h.sleep:join(), "s", "the sleeping task woke and returned normally (RUNTIME-2)")
tap.is(h.join:join(), "j", "the joining task got its child's result (RUNTIME-2)")
tap.is(h.drain:join(), "d", "the draining task returned after its child (RUNTIME-2)")
tap.is(h.wt:join(), "w", "the with_timeout caller got its body's result (RUNTIME-2)")
-- A finished task's thread: closing it touches none of the tasks after it.
local later = {}
for i = 1, 10 do later[i] = task.spawn(function() task.sleep(tap.ms(10)); return i end) end
pcall(coroutine.close, th.sleep)
pcall(coroutine.close, th.join)
local sum = 0
for i = 1, 10 do local ok, v = pcall(later[i].join, later[i]); sum = sum + (ok and v or 0) end
tap.is(sum, 55, "closing finished tasks' threads does not reach later tasks (RUNTIME-11)")
tap.is(log:len(), 1, "the sleeper ran once after its wake, not inside a resume (RUNTIME-2)")
