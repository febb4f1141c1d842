--[[---
clause: SCOPE-9
description: Scope:spawn after the scope returned raises an error containing "scope is closed"
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local ran = false
local function job() ran = true end

local saved
task.scope(function(s) saved = s end)
tap.raises(function() saved:spawn(job) end, "scope is closed",
           "spawning into a returned scope raises \"scope is closed\" (SCOPE-9)")

local after_error
pcall(task.scope, function(s) after_error = s; error("x", 0) end)
tap.raises(function() after_error:spawn(job) end, "scope is closed",
           "also after a scope that raised (SCOPE-9)")

local after_cancel
task.scope(function(s) after_cancel = s; s:cancel() end)
tap.raises(function() after_cancel:spawn(job) end, "scope is closed",
           "also after a scope that absorbed its cancel (SCOPE-9)")

local after_timeout
pcall(task.with_timeout, tap.ms(1000), function(s) after_timeout = s end)
tap.raises(function() after_timeout:spawn(job) end, "scope is closed",
           "also after with_timeout returned (SCOPE-9)")

local h = task.spawn(function()
  local ok, e = pcall(saved.spawn, saved, job)
  return ok, e
end)
local ok, e = h:join()
tap.ok(not ok and tostring(e):find("scope is closed", 1, true),
       "from another task too (SCOPE-9)")
task.sleep(0)
tap.is(ran, false, "none of the refused functions ever ran (SCOPE-9)")
