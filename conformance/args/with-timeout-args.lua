--[[---
clause: ARGS-2, MS-1, MS-5
description: with_timeout rejects bad ms, a non-function body, non-table opts and bad grace_ms, before running the body
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(13)

local ran = false
local function f() ran = true end
local W = "bad argument #1 to 'with_timeout'"
tap.raises(function() task.with_timeout("x", f) end, W, "with_timeout(\"x\", f) (ARGS-2)")
tap.raises(function() task.with_timeout(nil, f) end, W, "with_timeout(nil, f) (ARGS-2)")
tap.raises(function() task.with_timeout(-1, f) end, W, "with_timeout(-1, f) (MS-1)")
tap.raises(function() task.with_timeout(0 / 0, f) end, W, "with_timeout(NaN, f) (MS-1)")
tap.raises(function() task.with_timeout(math.huge, f) end, W, "with_timeout(math.huge, f) (MS-1)")
tap.raises(function() task.with_timeout(1e300, f) end, W, "with_timeout(1e300, f) (MS-2)")
tap.raises(function() task.with_timeout(10) end, "bad argument #2 to 'with_timeout'",
           "with_timeout(10) without a body (ARGS-2)")
tap.raises(function() task.with_timeout(10, 42) end, "bad argument #2 to 'with_timeout'",
           "with_timeout(10, 42) (ARGS-2)")
local G = "bad argument #3 to 'with_timeout'"
tap.raises(function() task.with_timeout(10, f, 5) end, G, "with_timeout(10, f, 5): opts not a table (ARGS-2)")
tap.raises(function() task.with_timeout(10, f, { grace_ms = -1 }) end, G, "grace_ms = -1 (MS-5)")
tap.raises(function() task.with_timeout(10, f, { grace_ms = 0 / 0 }) end, G, "grace_ms = NaN (MS-5)")
tap.raises(function() task.with_timeout(10, f, { grace_ms = "x" }) end, G, "grace_ms = \"x\" (MS-5)")
tap.is(ran, false, "no rejected call ran its body (ARGS-2)")
