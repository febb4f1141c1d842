--[[---
clause: CLOSE-9, ABORT-4, ABORT-17, TIMEOUT-24
description: in every abort cascade a resource closed by the code that opened a scope is still open when the scope's members are closed - their handlers can still use it, and the owner's handler sees them finished - for Handle:abort of a task in a scope or a with_timeout, and for stage 3
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

-- A resource: open until its owner's <close> handler closes it. A
-- member's handler records whether it could still use it; the owner's
-- handler records whether the member had finished by then.
local function resource()
  local r = { open = true }
  return r, setmetatable({}, { __close = function() r.open = false end })
end
local function forever() while true do pcall(task.sleep, tap.ms(7)) end end
local function wt(fn) return task.with_timeout(tap.ms(60000), fn) end

local function cascade(label, opener, how)
  local used_open, member_done
  local member
  local h = task.spawn(function()
    opener(function(s)
      local r, closer <close> = resource()
      local _ <close> = setmetatable({}, { __close = function() member_done = member:is_finished() end })
      member = s:spawn(function()
        local _ <close> = setmetatable({}, { __close = function() used_open = r.open end })
        forever()
      end)
      forever()
    end)
  end)
  how(h)
  tap.is(used_open, true, label .. ": the member's handler ran while the owner's resource was still open (CLOSE-9)")
  tap.is(member_done, true, label .. ": the owner's handler ran after the member had finished (CLOSE-9, ABORT-4)")
end

local function abort_later(h) task.sleep(tap.ms(20)); h:abort() end
cascade("Handle:abort, scope", task.scope, abort_later)
cascade("Handle:abort, with_timeout", wt, abort_later)
cascade("with_timeout stage 3", function(fn)
  pcall(task.with_timeout, tap.ms(20), fn, { grace_ms = tap.ms(10) })
end, function(h) h:join() end)
