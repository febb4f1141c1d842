--[[---
clause: HOST-18
description: a host claiming trace writes one JSON object per task event, with event, id, name and driver, to the file STDTASK_TRACE names
features: [trace]
flags: []
---]]
local tap = require "tap"
if not tap.needs("trace") then return end

-- Child scripts run on the same host through tap.run_script.
local run, shquote = tap.run_script, tap.shquote


-- Runs CHILD on the same host with STDTASK_TRACE naming a fresh file, and
-- returns the trace's events, each {event=, id=, name=, driver=}.
local function trace_of(child)
  local file = os.tmpname()
  os.remove(file)
  local r = run(child, { prefix = "STDTASK_TRACE=" .. shquote(file) .. " " })
  local events = {}
  local f = io.open(file)
  if f then
    for line in f:lines() do
      local ev = {
        event = line:match('"event"%s*:%s*"([^"]*)"'),
        id = tonumber(line:match('"id"%s*:%s*(%d+)')),
        name = line:match('"name"%s*:%s*"([^"]*)"'),
        driver = line:match('"driver"%s*:%s*"([^"]*)"'),
      }
      events[#events + 1] = ev
    end
    f:close()
  end
  os.remove(file)
  return events, r
end

tap.plan(7)

local events, r = trace_of([[
local h = std.task.spawn(function() std.task.yield(); return 1 end,
                         { name = "traced", driver = "coroutine" })
h:join()
]])
tap.is(r.code, 0, "the traced child exited 0 (HOST-18)")
tap.ok(#events > 0, "the trace file holds JSON lines (HOST-18)")
local seen, named = {}, nil
for _, ev in ipairs(events) do
  if ev.event then seen[ev.event] = true end
  if ev.name == "traced" then named = ev end
end
for _, want in ipairs({ "spawn", "start", "suspend", "resume", "finish" }) do
  if not seen[want] then tap.diag("no '" .. want .. "' event") end
end
tap.ok(seen.spawn and seen.start and seen.finish, "spawn, start and finish events are written (HOST-18)")
tap.ok(seen.suspend and seen.resume, "the yield shows as suspend and resume (HOST-18)")
tap.ok(named ~= nil, "events carry the task's name (HOST-18)")
tap.is(named and named.driver, "coroutine", "and its driver (HOST-18)")
tap.ok(named and named.id and named.id > 0, "and its id, a number (HOST-18)")
