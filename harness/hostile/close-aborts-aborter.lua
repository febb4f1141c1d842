-- hostile: a <close> handler, run by an abort, aborts the task that
-- called abort() (directly, and through a finalizer on the aborter's
-- stack).  The aborter is still running on the C stack: its abort must
-- wait for its next suspension (ABORT-6, ABORT-11), never reset its
-- thread under it.
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
H.plan(9)

local function case(via_gc)
  local t, u
  local log = {}
  u = T.spawn(function()
    local c <close> = setmetatable({}, {__close = function()
      log[#log + 1] = "u-close"
      t:abort()
    end})
    T.sleep(1000)
  end)
  t = T.spawn(function()
    local c <close> = setmetatable({}, {__close = function()
      log[#log + 1] = "t-close"
    end})
    T.yield()
    if via_gc then
      setmetatable({}, {__gc = function() u:abort() end})
      collectgarbage() collectgarbage()
    else
      u:abort()
    end
    log[#log + 1] = "t-continues"
    local junk = {} for i = 1, 1000 do junk[i] = {i} end
    T.yield()
    log[#log + 1] = "t-resumed"
  end)
  T.sleep(10)
  local tag = via_gc and "finalizer: " or "direct: "
  local ok, e = pcall(t.join, t)
  H.ok(not ok and tostring(e):find("task aborted", 1, true), tag .. "the aborter ends aborted", e)
  ok, e = pcall(u.join, u)
  H.ok(not ok and tostring(e):find("task aborted", 1, true), tag .. "its victim ends aborted", e)
  local s = table.concat(log, " ")
  H.is(s, "u-close t-continues t-close", tag .. "aborter goes on to its next suspension, closes once")
  H.ok(not s:find("t-resumed", 1, true), tag .. "the aborter never resumes after that", s)
end

case(false)
case(true)
local h = T.spawn(function() T.sleep(1) return 42 end)
H.is(h:join(), 42, "the runtime is intact afterwards")
