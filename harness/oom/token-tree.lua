-- OOM workload: token trees. Nested scopes under an outer scope whose
-- oom-flags: --clock=virtual
-- token is cancelled: every task under it sees "task cancelled" at its
-- next checkpoint, level-triggered; standalone tokens; cancelling an inner
-- scope leaves the outer running.
local task = std.task
-- oom_hit(), set by harness/oom/oom-host: has an allocation failed yet?
-- Then a task nobody joins may have died of it (the host checks that no
-- task was lost), and counts of such tasks are not checked.
local hit = rawget(_G, "oom_hit") or function() return false end
local seen = 0

local r = task.scope(function(outer)
  for _ = 1, 3 do
    outer:spawn(function()
      task.scope(function(mid)
        for _ = 1, 3 do
          mid:spawn(function()
            local ok, e = pcall(task.sleep, 10000)
            if ok then error("INVARIANT: sleep survived cancel", 0) end
            if e ~= "task cancelled" then error(e, 0) end
            local ok2 = pcall(task.checkpoint)
            if ok2 then error("INVARIANT: cancel not level-triggered", 0) end
            seen = seen + 1
          end)
        end
      end)
    end)
  end
  task.sleep(1)
  outer:cancel()
  return "absorbed?"
end)
-- The body returned normally after cancelling its own scope: its results
-- come back (the drain only waited).
if r ~= "absorbed?" then error("INVARIANT: scope results", 0) end
if seen ~= 9 and not hit() then
  error("INVARIANT: a cancelled task was lost", 0)
end

-- Inner cancel leaves the outer alive.
task.scope(function()
  local inner_tok
  task.scope(function(inner)
    inner_tok = inner:token()
    inner:cancel()
  end)
  if not inner_tok:is_cancelled() then error("INVARIANT: inner token", 0) end
  task.sleep(1)  -- the outer is not cancelled
end)

-- Standalone tokens.
local toks = {}
for i = 1, 20 do toks[i] = task.cancel_token() end
for i = 1, 20, 2 do toks[i]:cancel() end
for i = 1, 20 do
  local ok = pcall(toks[i].check, toks[i])
  if ok == (i % 2 == 1) then error("INVARIANT: token state", 0) end
end
