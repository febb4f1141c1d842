--[[---
clause: ARGS-14, ARGS-4
description: Handles, Scopes and CancelTokens keep their identity, methods and fields whatever a script assigns to them
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(10)

local h = task.spawn(function() return "r" end, { name = "kept" })
local id = h.id
local tok = task.cancel_token()
local saved, saved_tok
task.scope("sc", function(s) saved = s; saved_tok = s:token() end)

-- An assignment may raise or be ignored; either way nothing changes.
local function assign(obj, k, v) pcall(function() obj[k] = v end) end
assign(h, "id", id + 1000)
assign(h, "name", "changed")
assign(h, "join", function() return "forged" end)
assign(h, "is_finished", false)
tap.is(h.id, id, "Handle.id survives an assignment (ARGS-14)")
tap.is(h.name, "kept", "Handle.name survives an assignment (ARGS-14)")
tap.is(select("#", h:join()) == 1 and h:join(), "r", "join still returns the task's results (ARGS-14)")
tap.is(h:is_finished(), true, "is_finished still works (ARGS-14)")

assign(saved, "name", "other")
assign(saved, "token", function() return tok end)
assign(saved, "cancel", function() end)
tap.is(saved.name, "sc", "Scope.name survives an assignment (ARGS-14)")
tap.ok(rawequal(saved:token(), saved_tok), "token() returns the same token, every time (ARGS-14, SCOPE-13)")
saved:cancel()
tap.is(saved_tok:is_cancelled(), true, "cancel still cancels that token (ARGS-14)")

assign(tok, "is_cancelled", function() return true end)
assign(tok, "cancel", function() end)
tap.is(tok:is_cancelled(), false, "CancelToken methods survive assignments (ARGS-14)")
tok:cancel()
tap.is(tok:is_cancelled(), true, "and still work (ARGS-14)")

-- Each kind refuses the others as receiver, whatever the representation.
local refused = 0
for _, c in ipairs({ { h.join, saved }, { h.elapsed, tok }, { saved.spawn, h, function() end }, { saved.token, tok },
                     { tok.check, h }, { tok.is_cancelled, saved } }) do
  if not pcall(c[1], c[2], c[3]) then refused = refused + 1 end
end
tap.is(refused, 6, "a method refuses an object of another kind as receiver (ARGS-4, ARGS-14)")
