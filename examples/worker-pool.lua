-- worker-pool.lua: a fixed pool of workers sharing a job list, stopped early.
--
-- Run it with the host:  stdtask-lua examples/worker-pool.lua
--
-- Three workers take jobs from a shared table. The pool's scope is
-- cancelled as soon as one job finds what we are looking for: the other
-- workers see "task cancelled" at their next sleep and stop.

local task = std.task

local jobs = {}
for i = 1, 20 do jobs[i] = i end
local next_job = 1
local found

local r = table.pack(task.scope("pool", function(pool)
  for w = 1, 3 do
    pool:spawn(function()
      local done = 0
      -- Catch the cancellation so the worker can report before it ends.
      local ok, err = pcall(function()
        while next_job <= #jobs do
          local job = jobs[next_job]
          next_job = next_job + 1
          task.sleep(5 + job % 3) -- "work" on it
          done = done + 1
          if job * job > 150 and not found then
            found = job
            print(string.format("  worker %d: job %d is the one, stopping the pool", w, job))
            pool:cancel() -- cancels every task of the scope, this one included
          end
        end
      end)
      print(string.format("  worker %d (task %d): %d jobs done, %s", w,
        task.current().id, done, ok and "queue empty" or "stopped: " .. tostring(err)))
    end, { name = "worker-" .. w })
  end
end))
-- A scope whose own cancel() stopped it returns normally, with no values.
print(string.format("pool finished with %d results; first match: %d; %d jobs left untouched",
  r.n, found, #jobs - next_job + 1))

-- A standalone token is another way to stop workers: they poll it.
local stop = task.cancel_token()
local ticker = task.spawn(function()
  local ticks = 0
  while not stop:is_cancelled() do ticks = ticks + 1; task.sleep(2) end
  return ticks
end)
task.sleep(20)
stop:cancel()
print("ticker stopped after " .. ticker:join() .. " ticks")
