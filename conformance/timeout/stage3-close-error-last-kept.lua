--[[---
clause: TIMEOUT-18, CLOSE-4, CLOSE-5
description: when stage 3 aborts a body with several <close> handlers that raise, after a grace period, with_timeout re-raises the last error raised (the handler declared first runs last) and every handler ran once
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(4)

local D, G = tap.ms(50), tap.ms(40)
local first_declared, second_declared = { "outer handler" }, { "inner handler" }
local log = tap.log()
local function raiser(tag, err)
  return setmetatable({}, { __close = function() log(tag); error(err) end })
end
local w = task.spawn(function()
  return pcall(task.with_timeout, D, function(s)
    local _a <close> = raiser("outer", first_declared)
    local _b <close> = raiser("inner", second_declared)
    s:spawn(function() while true do pcall(task.yield) end end)
    while true do pcall(task.yield) end
  end, { grace_ms = G })
end)
local ok, e = w:join()
tap.is(ok, false, "with_timeout raised")
tap.ok(rawequal(e, first_declared),
       "the last error raised, by the handler declared first, was re-raised instead of the timeout " ..
       "(TIMEOUT-18, CLOSE-4); got "
       .. tap.repr(e))
log:is({ "inner", "outer" }, "both handlers ran once, in reverse declaration order (CLOSE-5, CLOSE-1)")
tap.at(w:elapsed(), D + G, "with_timeout returned at deadline + grace (TIMEOUT-22)")
