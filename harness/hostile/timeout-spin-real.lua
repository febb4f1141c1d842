-- hostile: with_timeout's bound holds under the real clock for bodies that
-- swallow their cancellation
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
local scale = tonumber(os.getenv("STDTASK_TIME_SCALE") or "1") or 1
H.plan(4)
for _, spin in ipairs({function() while true do pcall(T.sleep, 1) end end,
                       function() while true do pcall(T.yield) end end}) do
  local h = T.spawn(function() return pcall(T.with_timeout, 30 * scale, spin, {grace_ms = 30 * scale}) end)
  local ok, e = h:join()
  H.ok(not ok and tostring(e):find("timed out", 1, true), "timed out", e)
  local el = h:elapsed()
  H.ok(el >= 60 * scale and el < 60 * scale + 500 * scale, ("returned at %.1f ms (60 + margin)"):format(el))
end
