-- OOM workload: scope error drain. The body raises after spawning children
-- oom-flags: --clock=virtual
-- that sleep; the scope cancels them, drains every one (they run their
-- <close> handlers and a last checkpoint), then re-raises the body's error
-- value unchanged.
local task = std.task
-- oom_hit(), set by harness/oom/oom-host: has an allocation failed yet?
-- Then a child may have died of it before its pcall (the host checks that
-- no task was lost), and the count of children is not checked.
local hit = rawget(_G, "oom_hit") or function() return false end
local E = setmetatable({}, { __tostring = function() return "E" end })
local finished, opened, closed = 0, 0, 0

for _ = 1, 3 do
  local ok, e = pcall(task.scope, function(s)
    for _ = 1, 6 do
      s:spawn(function()
        local _c <close> = setmetatable({}, {
          __close = function() closed = closed + 1 end })
        opened = opened + 1
        local ok2, e2 = pcall(task.sleep, 10000)
        finished = finished + 1
        if ok2 then error("INVARIANT: drain did not cancel", 0) end
        error(e2, 0)
      end)
    end
    task.yield()
    error(E)
  end)
  if ok then error("INVARIANT: the scope swallowed the error", 0) end
  if e ~= E then error(e, 0) end
end
if finished ~= 18 and not hit() then
  error("INVARIANT: a drained child was lost", 0)
end
if closed ~= opened then error("INVARIANT: a <close> did not run", 0) end
