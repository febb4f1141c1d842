-- hostile: a chain of 5·10^4 nested tasks (each opens a scope, spawns the
-- next level into it and sleeps) cancelled from the top.  Cancelling a
-- token cancels its descendants (TOKEN-*, CANCEL-*): every level's sleep
-- raises, every level ends, without walking the token tree by recursion
-- in C: a C stack overflow was a crash.
-- stack: 1024
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
local N = 50000
H.plan(3)

local started, cancelled = 0, 0
local function level(k)
  return function()
    started = started + 1
    T.scope(function(s)
      if k < N then s:spawn(level(k + 1)) end
      local ok, e = pcall(T.sleep, 1e9)
      if not ok and e == "task cancelled" then cancelled = cancelled + 1 end
    end)
  end
end

local ok = pcall(T.scope, function(s)
  s:spawn(level(1))
  while started < N do T.yield() end
  H.is(started, N, "every level started")
  s:cancel()
end)
H.ok(ok, "the outer scope drained")
H.is(cancelled, N, "every level's sleep raised the cancellation")
