-- hostile: a stock coroutine table (package.loadlib of luaopen_coroutine,
-- which the patched library never sees) closes or resumes a live task's
-- thread.  The runtime notices when it resumes the task: the task fails
-- with a clear error, its scope's members are not left pointing to a
-- collected scope, and a stock resume never runs the task's code
-- (RUNTIME-2).
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
local lib = package.loadlib("liblua5.4.so.0", "luaopen_coroutine")
if not lib then
  H.plan(1)
  H.ok(true, "# SKIP no liblua5.4.so.0 to load the stock coroutine library from")
  return
end
local co = lib()
local MSG = "resumed or closed this task's thread behind the scheduler"
H.plan(9)

-- stock close, then the Scope userdata collected before the owner wakes
local function close_case(gc)
  local th, child
  local h = T.spawn(function()
    th = co.running()
    T.scope(function(s)
      child = s:spawn(function() T.sleep(30) return "child" end)
      T.sleep(50)
    end)
    return "done"
  end)
  T.yield()
  local ok = pcall(co.close, th)
  th = nil
  if gc then collectgarbage() collectgarbage() end
  local tag = gc and "close + collect: " or "close: "
  H.ok(ok, tag .. "the stock close itself goes through")
  H.raises(MSG, tag .. "join raises the clear error", h.join, h)
  H.ok(child:is_finished(), tag .. "the scope's child is finished")
end
close_case(true)
close_case(false)

-- stock resume of a sleeping task: its code does not run
local th, after = nil, false
local h = T.spawn(function()
  th = co.running()
  T.sleep(20)
  after = true
  return "done"
end)
T.yield()
local ok, v = co.resume(th)
H.ok(ok and v == nil and not after, "resume: the task's code did not run", tostring(v))
H.raises(MSG, "resume: join raises the clear error", h.join, h)
H.is(T.spawn(function() T.sleep(1) return 7 end):join(), 7, "the runtime is intact afterwards")
