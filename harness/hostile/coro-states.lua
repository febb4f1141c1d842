-- hostile: the coroutine library on task threads, in every state
-- args: --clock=virtual
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
local STATUS = {running = true, suspended = true, normal = true, dead = true}
local RESUME, CLOSE = "cannot resume a task's thread", "cannot close a task's thread"

-- Probe thread co from here: resume refused (false + message), close
-- raises, status a valid string; 4 points.
local function probe(co, tag)
  local ok, e = coroutine.resume(co)
  H.ok(ok == false and e == RESUME, tag .. ": resume refused", e)
  H.raises(CLOSE, tag .. ": close raises", coroutine.close, co)
  local st = coroutine.status(co)
  H.ok(STATUS[st], tag .. ": status is " .. tostring(st))
  -- A wrap-style helper built on resume: it fails the same way.
  local wrapped = function(...) local r = table.pack(coroutine.resume(co, ...))
    if not r[1] then error(r[2], 2) end return table.unpack(r, 2, r.n) end
  H.raises(RESUME, tag .. ": a wrap-style call raises", wrapped)
end

H.plan(4 * 10 + 12)
local main = coroutine.running()
local threads, h = {}, {}
-- running: a task probes its own thread
h.self = T.spawn(function()
  local co = coroutine.running()
  probe(co, "running (itself)")
  return "self ok"
end)
-- sleeping
h.sleep = T.spawn(function() threads.sleep = coroutine.running(); T.sleep(100); return T.current().id end)
-- joining
h.join = T.spawn(function()
  threads.join = coroutine.running()
  return T.spawn(function() T.sleep(100); return "joined" end):join()
end)
-- draining a scope
h.drain = T.spawn(function()
  threads.drain = coroutine.running()
  T.scope(function(s) s:spawn(function() T.sleep(100) end) end)
  return "drained"
end)
-- in with_timeout (the caller), and the body's own thread
h.wt = T.spawn(function()
  threads.wt = coroutine.running()
  return T.with_timeout(1000, function()
    threads.body = coroutine.running()
    T.sleep(100)
    return "body"
  end)
end)
-- the coroutine driver
h.cd = T.spawn(function() threads.cd = coroutine.running(); coroutine.yield(100); return "cd" end,
               {driver = "coroutine"})
T.sleep(10)
H.is(h.self:join(), "self ok", "running: the task ran on normally")
probe(threads.sleep, "sleeping")
probe(threads.join, "joining")
probe(threads.drain, "draining")
probe(threads.wt, "in with_timeout")
probe(threads.body, "with_timeout body")
probe(threads.cd, "coroutine driver, yielding")
probe(main, "the main chunk's thread (running)")
local from_task = T.spawn(function() probe(main, "the main chunk's thread (from a task)") end)
from_task:join()
-- nested: a user coroutine inside a task probes the task's thread (normal)
T.spawn(function()
  local co = coroutine.running()
  coroutine.wrap(function() probe(co, "normal (from a nested coroutine)") end)()
end):join()
-- every probed task ends as it would have, at its own time
local t0 = h.sleep:elapsed()
H.is(h.sleep:join(), h.sleep.id, "sleeping: woke normally, its own result")
H.is(h.sleep:elapsed(), 100, "sleeping: at exactly 100 ms (virtual clock)")
H.is(h.join:join(), "joined", "joining: its join returned the child's result")
H.is(h.drain:join(), "drained", "draining: the scope drained normally")
H.is(h.wt:join(), "body", "in with_timeout: the body's result")
H.is(h.cd:join(), "cd", "coroutine driver: finished normally")
-- finished: the stock behaviour, and the thread is never reused
local old = threads.sleep
H.is(coroutine.status(old), "dead", "finished: status dead")
local ok, e = coroutine.resume(old)
H.ok(not ok and e:find("dead", 1, true), "finished: resume says dead", e)
H.ok(coroutine.close(old), "finished: close succeeds")
local later = {}
for i = 1, 20 do later[i] = T.spawn(function() T.sleep(5); return i end) end
for _ = 1, 3 do coroutine.close(old); coroutine.close(threads.join) end
local sum = 0
for i = 1, 20 do sum = sum + later[i]:join() end
H.is(sum, 210, "closing old threads does not touch the tasks spawned after")
H.ok(t0 >= 0, "elapsed read while sleeping")
