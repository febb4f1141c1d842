--[[---
clause: CLOSE-10, TIMEOUT-11, SCOPE-3
description: a <close> handler run while an error leaves a scope body or a with_timeout body is task code - it may sleep, the same way in both, before the error reaches the caller
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local S = tap.ms(30)
local function run(open)
  local seen
  local w = task.spawn(function()
    return pcall(open, function()
      local _ <close> = setmetatable({}, { __close = function(_, err)
        seen = table.pack(err, pcall(task.sleep, S))
      end })
      error("body failed", 0)
    end)
  end)
  return { w:join() }, seen, w:elapsed()
end
for _, c in ipairs({ { "scope", task.scope },
                     { "with_timeout", function(f) return task.with_timeout(tap.ms(60000), f) end } }) do
  local r, seen, el = run(c[2])
  tap.is_deeply(r, { false, "body failed" }, c[1] .. ": the body's error was re-raised (SCOPE-3, TIMEOUT-7)")
  tap.is_deeply(seen, { "body failed", true, n = 2 },
                c[1] .. ": the handler saw the error and its sleep returned normally (CLOSE-10, TIMEOUT-11)")
  tap.at(el, S, c[1] .. ": the caller went on after the handler's sleep (CLOSE-10)")
end
