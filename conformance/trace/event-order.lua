--[[---
clause: HOST-19
description: each task's trace events come in order - spawn, start, suspend/resume alternating, one finish last (abort before it when aborted)
features: [trace]
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs("trace") or not tap.needs_host() then return end

local trace = require "trace"

tap.plan(7)

local events, bad = trace.run([[
local a = std.task.spawn(function()
  for _ = 1, 3 do std.task.yield() end
end, { name = "a" })
local b = std.task.spawn(function()
  std.task.with_timeout(100000, function() std.task.sleep(100000) end)
end, { name = "b" })
local d = std.task.spawn(function()
  std.task.with_timeout(100000, function(s)
    s:spawn(function() std.task.sleep(1) end)
    std.task.yield()
  end)
  std.task.scope("inner", function() std.task.yield() end)
end, { name = "d" })
local c = std.task.spawn(function() end, { name = "c" })
c:abort()
std.task.yield()
b:abort()
a:join()
d:join()
]])

tap.is_deeply(bad, {}, "every trace line decodes as a JSON object with the members of HOST-18 (HOST-19)")
local task_event = trace.task_event
local function sequence(name)
  local out = {}
  for _, ev in ipairs(events) do
    if ev.name == name and task_event[ev.event] then out[#out + 1] = ev.event end
  end
  return out
end

local function well_formed(seq, aborted)
  if seq[1] ~= "spawn" then return false, "first event is not spawn" end
  local i, suspended = 2, false
  if seq[i] == "start" then i = i + 1 end
  while i <= #seq do
    local ev = seq[i]
    if ev == "suspend" then
      if suspended then return false, "two suspends in a row" end
      suspended = true
    elseif ev == "resume" then
      if not suspended then return false, "resume without suspend" end
      suspended = false
    elseif ev == "abort" then
      if not aborted then return false, "unexpected abort" end
      if seq[i + 1] ~= "finish" or i + 1 ~= #seq then
        return false, "abort not followed by the final finish"
      end
      return true
    elseif ev == "finish" then
      if i ~= #seq then return false, "events after finish" end
      if aborted then return false, "aborted task finished without abort" end
      return true
    elseif ev ~= "cancel" then  -- cancel: observed at a checkpoint
      return false, "unknown event " .. tostring(ev)
    end
    i = i + 1
  end
  return false, "no finish"
end

local sa, sb, sc = sequence("a"), sequence("b"), sequence("c")
local ok, why = well_formed(sa, false)
tap.ok(ok, "a yielding task: spawn, start, suspend/resume pairs, finish (HOST-19)" .. (why and (": " .. why) or ""))
ok, why = well_formed(sb, true)
tap.ok(ok, "a task aborted while sleeping in a with_timeout body: ..., abort, finish (HOST-19)"
       .. (why and (": " .. why) or ""))
ok, why = well_formed(sc, true)
tap.ok(ok, "a task aborted before it started: spawn, abort, finish (HOST-19)" .. (why and (": " .. why) or ""))
tap.isnt(sc[2], "start", "the never-started task has no start event (HOST-19)")
ok, why = well_formed(sequence("d"), false)
tap.ok(ok, "a task running with_timeout and scope bodies: still one finish, last (HOST-19)"
       .. (why and (": " .. why) or ""))
local yields = 0
for _, ev in ipairs(sa) do if ev == "suspend" then yields = yields + 1 end end
tap.ok(yields >= 3, "each yield of a shows as a suspend (HOST-19)")
