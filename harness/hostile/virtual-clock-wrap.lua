-- hostile: the virtual clock run to the end of its range (2047 sleeps of
-- 2^53 ms, ~2^64 ms) must not wrap deadlines: sleeps still wake in
-- deadline order and with_timeout returns a body that ends first (HOST-16).
-- args: --clock=virtual
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
H.plan(4)
for _ = 1, 2047 do T.sleep(2^53) end
local order = {}
T.spawn(function() T.sleep(2^53); order[#order + 1] = "long" end)
T.spawn(function() T.sleep(1); order[#order + 1] = "short" end)
T.sleep(2)
H.is(table.concat(order, " "), "short", "the 1 ms sleep ends first, the 2^53 one not yet")
local ok, v = pcall(T.with_timeout, 2^53, function() T.sleep(1) return "wt" end)
H.ok(ok and v == "wt", "with_timeout(2^53) returns a body that sleeps 1 ms", v)
T.sleep(2^53)
H.is(table.concat(order, " "), "short long", "the long sleep ends after")
H.is(T.spawn(function() return 7 end):join(), 7, "the runtime goes on")
