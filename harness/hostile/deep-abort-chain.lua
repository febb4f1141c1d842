-- hostile: a chain of 5·10^4 nested tasks (each opens a scope, spawns the
-- next level into it and sleeps) aborted from the top.  The cascade runs
-- every level's <close> handler once, innermost first (ABORT-3, CLOSE-9),
-- without recursing in C per level: a C stack overflow was a crash.
-- stack: 1024
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
local N = 50000
H.plan(4)

local started, closed, order_ok = 0, 0, true
local function level(k)
  return function()
    local c <close> = setmetatable({}, {__close = function()
      -- innermost first: level k closes when levels k+1..N already have
      if closed ~= N - k then order_ok = false end
      closed = closed + 1
    end})
    started = started + 1
    T.scope(function(s)
      if k < N then s:spawn(level(k + 1)) end
      T.sleep(1e9)
    end)
  end
end

local top = T.spawn(level(1))
while started < N do T.yield() end
H.is(started, N, "every level started")
top:abort()
H.is(closed, N, "the abort ran every level's <close> handler once")
H.ok(order_ok, "innermost level first")
H.ok(top:is_finished(), "the top task ended")
