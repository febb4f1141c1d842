--[[---
clause: TIMEOUT-1, TIMEOUT-9, TIMEOUT-12, SCOPE-15, SCOPE-5, SCOPE-6, SCOPE-3
description: a with_timeout whose deadline never fires ends exactly as scope does in the same situation - results kept after the caller's or its own cancellation, errors and cancellations as scope treats them
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

-- Each case runs its body in a task whose scope `outer` a helper may
-- cancel; `self` is the opened scope. The outcome of pcall(open, body) is
-- compared between scope and with_timeout (a deadline far away).
local cases = {
  { "body returns", function() return "r", nil, 3 end },
  { "caller cancelled, body returns", function(self, outer)
      outer:cancel(); pcall(task.sleep, tap.ms(10)); return "r", nil end },
  { "own scope cancelled, body returns", function(self)
      self:cancel(); pcall(task.sleep, tap.ms(10)); return "r" end },
  { "caller cancelled, body ends on it", function(self, outer)
      outer:cancel(); task.sleep(tap.ms(10)) end },
  { "own scope cancelled, body ends on it", function(self)
      self:cancel(); task.sleep(tap.ms(10)) end },
  { "body raises", function() error("boom", 0) end },
  { "caller cancelled, body raises", function(self, outer)
      outer:cancel(); error("boom", 0) end },
  { "caller cancelled, body returns before its child ends", function(self, outer)
      self:spawn(function() pcall(task.sleep, tap.ms(10)); pcall(task.sleep, tap.ms(10)) end)
      outer:cancel(); return "r" end },
}
tap.plan(#cases * 2)

local function outcome(open, body)
  local res
  task.scope(function(outer)
    res = table.pack(pcall(open, function(self) return body(self, outer) end))
  end)
  return res
end
local function wt(fn) return task.with_timeout(tap.ms(60000), fn) end
for _, c in ipairs(cases) do
  local name, body = c[1], c[2]
  local a = outcome(task.scope, body)
  local b = outcome(wt, body)
  tap.is_deeply(b, a, name .. ": with_timeout ends as scope does (TIMEOUT-1)")
  if name:find("returns", 1, true) then
    tap.is_deeply({ b[1], b[2] }, { true, "r" },
                  name .. ": the body's results are returned (TIMEOUT-1, SCOPE-15)")
  elseif name:find("raises", 1, true) then
    tap.is_deeply({ b[1], b[2] }, { false, "boom" }, name .. ": the body's error is re-raised (SCOPE-3)")
  elseif name:find("caller cancelled", 1, true) then
    tap.is_deeply({ b[1], b[2] }, { false, "task cancelled" },
                  name .. ": the caller's cancellation propagates (SCOPE-6, TIMEOUT-9)")
  else
    tap.is_deeply({ b[1], b.n }, { true, 1 }, name .. ": absorbed, no values (TIMEOUT-12, SCOPE-5)")
  end
end
