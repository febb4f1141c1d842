-- hostile: finalizers calling std.task while lua_close tears the loadable
-- module down, before and after the runtime record is finalized
-- mode: module
local function line(s) io.write(s, "\n") io.stdout:flush() end
-- The plan counts the points the finalizers print at lua_close.
local calls = {"spawn", "sleep", "yield", "checkpoint", "current", "cancel_token",
               "scope", "with_timeout", "run"}
-- Before the record is finalized, run is left out: the runtime it makes at
-- lua_close is never finalized (Lua registers no new finalizer there), a
-- known leak (docs/design.md), not a crash.
local early = {"spawn", "sleep", "yield", "checkpoint", "current", "cancel_token", "scope", "with_timeout"}
line("1.." .. (#calls + #early + 8))
local n = 0
local function point(ok, desc)
  n = n + 1
  line((ok and "ok " or "not ok ") .. n .. " - " .. desc)
end
-- In a finalizer a call either works or raises a string error: never a crash.
local function try_all(tag, list)
  local t = package.loaded.stdtask
  local args = {spawn = {print}, sleep = {1}, scope = {function() end},
                with_timeout = {1, function() end}, run = {function() end}}
  for _, name in ipairs(list) do
    local ok, e = pcall(t[name], table.unpack(args[name] or {}))
    point(ok or type(e) == "string", tag .. ": " .. name .. (ok and " returned" or " raised: " .. tostring(e)))
  end
end
-- Created before require: finalized after the runtime record.
KEEP = setmetatable({}, {__gc = function() try_all("after the record", calls) end})
local objs = {}
KEEP2 = setmetatable(objs, {__gc = function(self)
  local h, s, tok = self.h, self.s, self.tok
  local function works_or_raises(f, ...)
    local ok, e = pcall(f, ...)
    return ok or type(e) == "string"
  end
  point(works_or_raises(tok.is_cancelled, tok), "a token kept past the record: is_cancelled")
  point(works_or_raises(h.join, h), "a Handle kept past the record: join")
  point(works_or_raises(h.elapsed, h), "a Handle kept past the record: elapsed")
  local ok, e = pcall(s.spawn, s, print)
  point(not ok, "a Scope kept past the record: spawn raises: " .. tostring(e))
end})
local task = require "stdtask"
-- Created after: finalized before it.
KEEP3 = setmetatable({}, {__gc = function() try_all("before the record", early) end})
task.run(function()
  objs.tok = task.cancel_token()
  objs.h = task.spawn(function() return 1 end)
  task.scope(function(s) objs.s = s end)
  point(objs.h:join() == 1, "run: a task ran")
end)
-- A finished run's Handle whose task failed, never joined: reported once.
task.run(function() objs.failed = task.spawn(function() error("x", 0) end) end)
point(true, "run: a second run on the same state")
local ok = pcall(task.run, function() error("main failed", 0) end)
point(not ok, "run: the main function's error is raised")
point(true, "end of the chunk: lua_close follows")
