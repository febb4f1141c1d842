--[[---
clause: TIMEOUT-5, TIMEOUT-6, TIMEOUT-22, TIMEOUT-24, CLOSE-1, CLOSE-9
description: with grace 0, members that swallow every cancellation are aborted at the deadline itself, none runs after the cancel, and their handlers run once, children first, before with_timeout returns
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

tap.plan(8)

local D = tap.ms(100)
local log = tap.log()
local after_cancel = 0
local function closer(tag)
  return setmetatable({}, { __close = function() log(tag) end })
end
-- Never ends on its own: every cancellation is swallowed, and it waits on
-- a timer between attempts (so that virtual time moves until the deadline).
local function stubborn()
  while true do
    if not pcall(task.sleep, tap.ms(7)) then after_cancel = after_cancel + 1 end
  end
end
local child
local w
w = task.spawn(function()
  local _ <close> = closer("caller")
  local r = table.pack(pcall(task.with_timeout, D, function(s)
    local _ <close> = closer("body")
    child = s:spawn(function()
      local _ <close> = closer("child")
      stubborn()
    end)
    born[child] = w:elapsed()
    stubborn()
  end, { grace_ms = 0 }))
  log("returned")
  return table.unpack(r, 1, r.n)
end)
local ok, e = w:join()
tap.ok(not ok and tostring(e):find("timed out", 1, true), "with_timeout raised \"timed out\" (TIMEOUT-2)")
tap.is(after_cancel, 0, "no member ran between the cancel and the abort (TIMEOUT-6)")
tap.at(w:elapsed(), D, "the abort came at the deadline itself and with_timeout returned then (TIMEOUT-6, TIMEOUT-22)")
local okc, ec = pcall(child.join, child)
tap.ok(not okc and tostring(ec):find("task aborted", 1, true), "the child was aborted (TIMEOUT-5)")
tap.at(born[child] + child:elapsed(), D, "the child finished at the deadline (TIMEOUT-22)")
log:is({ "child", "body", "returned", "caller" },
       "each handler ran once, the child's before the body's, all before with_timeout returned (CLOSE-9, TIMEOUT-24)")
tap.ok(child:is_finished(), "the child counts as finished (TIMEOUT-19)")
task.sleep(tap.ms(30))
tap.is(log:len(), 4, "no handler ran again afterwards (CLOSE-1)")
