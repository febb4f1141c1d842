-- hostile: the unjoined-failure report names the task's outcome -- the
-- error a <close> handler replaced the first one with, the one join
-- delivers (CLOSE-7, HOST-10) -- not the superseded error.  Runs the host
-- on a child script and reads its stderr.
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
H.plan(4)
local host = arg[-1]
local dir = os.tmpname()
local function run(body)
  local f = assert(io.open(dir, "w"))
  f:write(body)
  f:close()
  local p = assert(io.popen(("'%s' '%s' 2>&1"):format(host, dir)))
  local out = p:read("a")
  p:close()
  return out
end
local replaced = run([[
std.task.spawn(function()
  local c <close> = setmetatable({}, {__close = function()
    error("cleanup failed", 0) end})
  error("original", 0)
end)
]])
H.ok(replaced:find("never joined: cleanup failed", 1, true), "the report names the handler's error", replaced)
H.ok(not replaced:find("original", 1, true), "not the error it replaced", replaced)
local kept = run([[
std.task.spawn(function()
  local c <close> = setmetatable({}, {__close = function() end})
  error("plain failure", 0)
end)
]])
H.ok(kept:find("never joined: plain failure", 1, true), "a handler that does not raise leaves the error", kept)
H.ok(kept:find("traceback", 1, true), "with its traceback", kept)
os.remove(dir)
