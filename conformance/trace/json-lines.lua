--[[---
clause: HOST-18
description: a host claiming trace writes one JSON object per task event, with event, id, name and driver, to the file STDTASK_TRACE names
features: [trace]
flags: [spawns-host]
---]]
local tap = require "tap"
if not tap.needs("trace") or not tap.needs_host() then return end

local trace = require "trace"

tap.plan(8)

local events, bad, r = trace.run([[
local h = std.task.spawn(function() std.task.yield(); return 1 end,
                         { name = "traced", driver = "coroutine" })
h:join()
]])
tap.is(r.code, 0, "the traced child exited 0 (HOST-18)")
tap.ok(#events > 0, "the trace file holds JSON lines (HOST-18)")
tap.is_deeply(bad, {}, "every line is a JSON object; task events carry event, id, name and driver (HOST-18)")
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
tap.ok(named and math.type(named.id) == "integer" and named.id > 0, "and its id, a number (HOST-18)")
