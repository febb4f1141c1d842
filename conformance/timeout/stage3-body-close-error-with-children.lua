--[[---
clause: TIMEOUT-18, CLOSE-4, CLOSE-9
description: when stage 3 aborts children and then the body, and the body's <close> handler raises, with_timeout re-raises that value itself; a child's handler error stays with the child's join
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local body_err = setmetatable({}, { __tostring = function() return "body cleanup failed" end })
local log = tap.log()
local child
local ok, e = pcall(task.with_timeout, tap.ms(30), function(s)
  local _ <close> = setmetatable({}, { __close = function() log("body"); error(body_err) end })
  child = s:spawn(function()
    local _ <close> = setmetatable({}, { __close = function() log("child"); error("child cleanup failed", 0) end })
    while true do pcall(task.sleep, tap.ms(7)) end
  end)
  while true do pcall(task.sleep, tap.ms(7)) end
end, { grace_ms = 0 })
tap.is(ok, false, "with_timeout raised")
tap.is(e, body_err, "it re-raised the body's <close> error value itself, not the timeout (TIMEOUT-18, CLOSE-4)")
tap.is_deeply({ pcall(child.join, child) }, { false, "child cleanup failed" },
              "the child's <close> error is its join's error (CLOSE-4)")
log:is({ "child", "body" }, "the child's handler ran before the body's (CLOSE-9)")
