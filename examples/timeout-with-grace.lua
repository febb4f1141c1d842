-- timeout-with-grace.lua: bound a piece of work in time, and let it clean up.
--
-- Run it with the host:  stdtask-lua examples/timeout-with-grace.lua
--
-- std.task.with_timeout(ms, fn, {grace_ms = g}) runs fn(scope) with a
-- deadline. When the deadline passes it
--   1. cancels the scope: every sleep/yield/checkpoint inside it now raises
--      the error "task cancelled";
--   2. waits up to grace_ms for the body and its children to finish their
--      cleanup;
--   3. hard-aborts whatever is still running.
-- It then raises an error containing "timed out".

local task = std.task

-- A worker that cleans up politely when cancelled.
local function polite_worker(name)
  local ok, err = pcall(task.sleep, 10000) -- far longer than the deadline
  if not ok then
    print("  " .. name .. ": cancelled (" .. tostring(err) .. "), saving state")
  end
  return name .. " saved"
end

local ok, err = pcall(task.with_timeout, 50, function(s)
  s:spawn(function() polite_worker("worker A") end)
  s:spawn(function() polite_worker("worker B") end)
  task.sleep(10000) -- the body waits too; the deadline interrupts it
end, { grace_ms = 500 })
print("with_timeout raised: " .. tostring(not ok) .. ", message: " .. tostring(err))

-- Finishing in time: the body's results come back as usual.
local answer = task.with_timeout(1000, function()
  task.sleep(10)
  return 42
end)
print("in time: the answer is " .. answer)

-- A task that ignores cancellation cannot block forever: after the grace
-- period it is aborted. Its <close> variables still run.
local ok2, err2 = pcall(task.with_timeout, 20, function()
  local _ <close> = setmetatable({}, { __close = function() print("  stubborn body: closed") end })
  while true do
    pcall(task.sleep, 5) -- swallows every cancellation: please don't do this
  end
end, { grace_ms = 0 })   -- no grace: abort right away
print("stubborn body: raised " .. tostring(not ok2) .. ", " .. tostring(err2))
