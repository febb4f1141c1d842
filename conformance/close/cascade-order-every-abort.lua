--[[---
clause: CLOSE-9, TIMEOUT-11, ABORT-4, ABORT-17
description: in every abort cascade the members' <close> handlers run before the handlers of the code that opened their scope - scope in an aborted task, with_timeout in an aborted task, with_timeout's stage 3
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local function closer(log, tag)
  return setmetatable({}, { __close = function() log(tag) end })
end
local function forever() while true do pcall(task.sleep, tap.ms(7)) end end
local function wt(fn) return task.with_timeout(tap.ms(60000), fn) end

for _, c in ipairs({ { "Handle:abort, scope", task.scope }, { "Handle:abort, with_timeout", wt } }) do
  local log = tap.log()
  local h = task.spawn(function()
    local _ <close> = closer(log, "caller")
    c[2](function(s)
      local _ <close> = closer(log, "body")
      s:spawn(function()
        local _ <close> = closer(log, "child")
        task.scope(function()
          task.spawn(function() local _ <close> = closer(log, "grandchild"); forever() end)
          forever()
        end)
      end)
      forever()
    end)
  end)
  task.sleep(tap.ms(20))
  h:abort()
  log:is({ "grandchild", "child", "body", "caller" },
         c[1] .. ": members first, then the code that opened the scope (CLOSE-9, TIMEOUT-11)")
end

local log = tap.log()
local w = task.spawn(function()
  local _ <close> = closer(log, "caller")
  pcall(task.with_timeout, tap.ms(20), function(s)
    local _ <close> = closer(log, "body")
    s:spawn(function()
      local _ <close> = closer(log, "child")
      task.scope(function()
        task.spawn(function() local _ <close> = closer(log, "grandchild"); forever() end)
        forever()
      end)
    end)
    forever()
  end, { grace_ms = 0 })
  log("returned")
end)
w:join()
log:is({ "grandchild", "child", "body", "returned", "caller" },
       "with_timeout stage 3: members first, the body last, all before it returns (CLOSE-9, ABORT-17, TIMEOUT-24)")
