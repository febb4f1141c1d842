--[[---
clause: TIMEOUT-3, TIMEOUT-4, TIMEOUT-6, TIMEOUT-15, TIMEOUT-22
description: cooperative members end at the deadline and with_timeout returns at that instant, for grace 0, small, large and default
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

-- born[x]: the caller's elapsed() when x was spawned, so that x's end
-- is read on the caller's clock: born[x] + x:elapsed().
local born = {}

-- Exact under the virtual clock, within tap.late in real time (tap.at).
local D = tap.ms(100)
local graces = { { "grace 0", { grace_ms = 0 } },
                 { "grace small", { grace_ms = tap.ms(50) } },
                 { "grace large", { grace_ms = tap.ms(60000) } },
                 { "default grace", nil } }
tap.plan(#graces * 4)

for _, g in ipairs(graces) do
  local label, opts = g[1], g[2]
  local child
  local w
w = task.spawn(function()
    return pcall(task.with_timeout, D, function(s)
      child = s:spawn(function() task.sleep(tap.ms(60000)) end); born[child] = w:elapsed()
      task.sleep(tap.ms(60000))
    end, opts)
  end)
  local ok, e = w:join()
  tap.ok(not ok and tostring(e):find("timed out", 1, true),
         label .. ": the deadline fired and with_timeout raised \"timed out\" (TIMEOUT-2)")
  tap.at(born[child] + child:elapsed(), D,
         label .. ": the sleeping child was cancelled at the deadline, not earlier or later (TIMEOUT-3, TIMEOUT-15)")
  local okc, ec = pcall(child.join, child)
  if opts and opts.grace_ms == 0 then
    tap.ok(not okc and tostring(ec):find("task aborted", 1, true),
           label .. ": the child was aborted with the cancel, before it could run (TIMEOUT-6)")
  else
    tap.ok(not okc and tap.is_cancel(ec),
           label .. ": the child ended on the cancellation, it was not aborted (TIMEOUT-3, TIMEOUT-4)")
  end
  tap.at(w:elapsed(), D,
         label .. ": with_timeout returned at the deadline, not after the grace (TIMEOUT-4, TIMEOUT-22)")
end
