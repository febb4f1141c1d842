-- hostile: methods on objects whose finalizer ran (resurrection)
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
H.plan(16)
local kept = {}
-- A Scope and its token, a standalone token and a finished task's Handle
-- become garbage together with the finalizer that keeps them.
do
  local s_saved
  T.scope(function(s) s_saved = s end)
  local tok = T.cancel_token()
  local h = T.spawn(function() return 1 end)
  h:join()
  setmetatable({objs = {s_saved, tok, h}}, {__gc = function(self)
    kept.scope, kept.token, kept.handle = table.unpack(self.objs, 1, 3)
  end})
end
for _ = 1, 4 do collectgarbage() end
-- The resurrected objects were finalized in the same cycle or will be.
for _ = 1, 4 do collectgarbage() end
local s, tok, h = kept.scope, kept.token, kept.handle
H.ok(s ~= nil and tok ~= nil and h ~= nil, "the objects came back")
H.raises("finalized", "CancelToken:is_cancelled raises", tok.is_cancelled, tok)
H.raises("finalized", "CancelToken:cancel raises", tok.cancel, tok)
H.raises("finalized", "CancelToken:check raises", tok.check, tok)
H.ok(tostring(tok):find("CancelToken", 1, true), "tostring(token) works")
H.raises("finalized", "Scope:spawn raises", s.spawn, s, function() end)
H.raises("finalized", "Scope:cancel raises", s.cancel, s)
H.raises("finalized", "Scope:token raises", s.token, s)
H.ok(tostring(s):find("Scope", 1, true), "tostring(scope) works")
H.raises("finalized", "Handle:join raises", h.join, h)
H.raises("finalized", "Handle:abort raises", h.abort, h)
H.raises("finalized", "Handle:is_finished raises", h.is_finished, h)
H.raises("finalized", "Handle:elapsed raises", h.elapsed, h)
H.ok(tostring(h):find("Handle", 1, true), "tostring(handle) works")
-- The issue's one-liner: a token resurrected by its holder's finalizer.
local got
setmetatable({}, {__gc = function(self) got = {pcall(self.t.is_cancelled, self.t)} end}).t = T.cancel_token()
collectgarbage() collectgarbage()
H.ok(got and got[1] == false and tostring(got[2]):find("finalized", 1, true),
     "the issue's script: is_cancelled on a finalized token raises", got and got[2])
H.is(T.spawn(function() return "x" end):join(), "x", "the runtime is intact afterwards")
