--[[---
clause: ARGS-16, ARGS-9, ARGS-12
description: spawn, Scope:spawn and with_timeout reject every opts key they do not define, whatever its value or type, at the position of opts and before any side effect
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

-- Misspellings of the defined fields, other words, and keys of other types.
local keys = {
  { "nmae", "'nmae'" }, { "Name", "'Name'" }, { "drvier", "'drvier'" }, { "grace", "'grace'" },
  { "grace_ms", "'grace_ms'" }, { "timeout", "'timeout'" }, { "", "''" }, { 1, "1" }, { 2.5, "2.5" },
  { true, "true" }, { print, "a function" },
}
local wt_keys = {
  { "grace", "'grace'" }, { "gracems", "'gracems'" }, { "grace_MS", "'grace_MS'" }, { "name", "'name'" },
  { "driver", "'driver'" }, { "", "''" }, { 1, "1" }, { false, "false" }, { {}, "a table" },
}
-- Values that would pass as the defined field's value, and nonsense.
local values = { "x", 10, false }

tap.plan((#keys * 3 + #wt_keys) * #values + 5)

local ran = 0
local function f() ran = ran + 1 end
local function opts(k, v) return { [k] = v } end
for _, k in ipairs(keys) do
  for _, v in ipairs(values) do
    local desc = "{[" .. k[2] .. "] = " .. tostring(v) .. "}"
    tap.raises(function() task.spawn(f, opts(k[1], v)) end, "bad argument #2 to 'spawn'",
               "spawn(f, " .. desc .. ") (ARGS-16)")
    task.scope(function(s)
      tap.raises(function() s:spawn(f, opts(k[1], v)) end, "bad argument #2 to 'spawn'",
                 "s:spawn(f, " .. desc .. ") (ARGS-16, ARGS-12)")
      tap.raises(function() s.spawn(s, f, opts(k[1], v)) end, "bad argument #3 to 'spawn'",
                 "s.spawn(s, f, " .. desc .. ") (ARGS-16, ARGS-12)")
    end)
  end
end
for _, k in ipairs(wt_keys) do
  for _, v in ipairs(values) do
    local desc = "{[" .. k[2] .. "] = " .. tostring(v) .. "}"
    tap.raises(function() task.with_timeout(tap.ms(5000), f, opts(k[1], v)) end,
               "bad argument #3 to 'with_timeout'", "with_timeout(ms, f, " .. desc .. ") (ARGS-16)")
  end
end
task.yield()
tap.is(ran, 0, "no rejected call ran its function or body (ARGS-9)")

-- A defined key next to an unknown one is still rejected.
tap.raises(function() task.spawn(f, { name = "w", nmae = "w" }) end, "bad argument #2 to 'spawn'",
           "{name = 'w', nmae = 'w'} (ARGS-16)")
-- Only the table's own keys count: an __index that knows other keys is not read for them.
local proxied = setmetatable({}, { __index = { nmae = "x" } })
tap.lives(function() task.spawn(f, proxied) end, "an __index-supplied unknown field is not a key (ARGS-16)")
local before = ran
tap.lives(function() task.with_timeout(tap.ms(5000), f, { grace_ms = 10 }) end,
          "a defined key alone is accepted (ARGS-16)")
task.yield()
tap.is(ran, before + 2, "the accepted calls ran their function and body (ARGS-16)")
