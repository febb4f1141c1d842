-- hostile: virtual time reaches due deadlines while fibers stay ready,
-- and stays exact up to 2^53 ms
-- args: --clock=virtual
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
H.plan(13)
local function spin_sleep() while true do pcall(T.sleep, 1) end end
local function spin_yield() while true do pcall(T.yield) end end
local function spin_check() while true do pcall(T.checkpoint); pcall(T.yield) end end
for _, c in ipairs({{"sleep", spin_sleep}, {"yield", spin_yield}, {"checkpoint", spin_check}}) do
  local h = T.spawn(function()
    return pcall(T.with_timeout, 10, c[2], {grace_ms = 10})
  end)
  local ok, e = h:join()
  H.ok(not ok and tostring(e):find("timed out", 1, true), c[1] .. " spin: with_timeout timed out", e)
  H.is(h:elapsed(), 20, c[1] .. " spin: at deadline + grace exactly")
end
-- grace 0: the abort comes at the deadline
local h0 = T.spawn(function() return pcall(T.with_timeout, 30, spin_sleep, {grace_ms = 0}) end)
h0:join()
H.is(h0:elapsed(), 30, "grace 0: at the deadline exactly")
-- a sleeper next to a task that yields for ever wakes at its deadline
local sleeper = T.spawn(function() T.sleep(50) end)
local spinner = T.spawn(spin_yield)
sleeper:join()
H.is(sleeper:elapsed(), 50, "a sleeper beside a spinning task wakes at 50 exactly")
spinner:abort()
-- exact time over the whole range of MS-8
for _, ms in ipairs({2^44, 2^45, 2^53}) do
  local h = T.spawn(function() T.sleep(ms) end)
  h:join()
  H.is(h:elapsed(), ms, ("sleep(%.0f): elapsed exact"):format(ms))
end
local two = T.spawn(function() T.sleep(2^52); T.sleep(2^52) end)
two:join()
H.is(two:elapsed(), 2^53, "two sleeps of 2^52: elapsed 2^53 exactly")
H.is(T.spawn(function() return 1 end):join(), 1, "the runtime is intact afterwards")
