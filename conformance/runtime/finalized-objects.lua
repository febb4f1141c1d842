--[[---
clause: RUNTIME-13
description: methods of a CancelToken, Scope or Handle stored again by a finalizer work or raise, never crash; a host should raise
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(12)
local kept = {}
do
  local s_saved
  task.scope(function(s) s_saved = s end)
  local h = task.spawn(function() return 1 end)
  h:join()
  setmetatable({ objs = { s_saved, task.cancel_token(), h } }, { __gc = function(self)
    kept.scope, kept.token, kept.handle = table.unpack(self.objs, 1, 3)
  end })
end
for _ = 1, 4 do collectgarbage() end
local s, tok, h = kept.scope, kept.token, kept.handle
tap.ok(s and tok and h, "a finalizer stored the three objects again")
-- Each call returns or raises; a raise SHOULD say the object is finalized.
local function check(obj, name, ...)
  local f = obj and obj[name]
  local ok, e = pcall(f, obj, ...)
  tap.ok(ok or e ~= nil, name .. " on a finalized object returns or raises (RUNTIME-13)")
  return ok
end
check(tok, "is_cancelled")
check(tok, "cancel")
check(tok, "check")
check(s, "cancel")
check(s, "token")
check(s, "spawn", function() end)
check(h, "join")
check(h, "is_finished")
check(h, "elapsed")
check(h, "abort")
tap.is(task.spawn(function() return "x" end):join(), "x", "the runtime is intact afterwards (RUNTIME-13)")
