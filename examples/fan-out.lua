-- fan-out.lua: start several jobs at once and wait for all of them.
--
-- Run it with the host:  stdtask-lua examples/fan-out.lua
--
-- std.task.scope(fn) opens a *scope*: every task spawned inside it belongs
-- to it, and scope() only returns once all of them have finished. That is
-- "structured concurrency": no task outlives the block that started it.

local task = std.task

-- A pretend download: it just sleeps for a while, then returns a size.
local function fetch(name, ms)
  task.sleep(ms)
  return #name * 100
end

local jobs = { { "index.html", 30 }, { "style.css", 10 }, { "app.js", 20 } }

local total = task.scope("downloads", function(s)
  local handles = {}
  for i, job in ipairs(jobs) do
    -- s:spawn starts a task in this scope. It does not run yet: tasks start
    -- when the spawner next suspends (here: at the first join below).
    handles[i] = s:spawn(function()
      local size = fetch(job[1], job[2])
      print(string.format("  fetched %-10s %4d bytes after %d ms", job[1], size, job[2]))
      return size
    end, { name = job[1] })
  end
  -- Handle:join waits for one task and returns its results. The three
  -- downloads run concurrently, so this takes ~30 ms, not 60.
  local sum = 0
  for _, h in ipairs(handles) do sum = sum + h:join() end
  return sum -- whatever the body returns, scope() returns
end)
print("all downloads finished, total " .. total .. " bytes")

-- A failing job does not take the others down; its error is delivered to
-- whoever joins it. pcall catches it like any Lua error.
task.scope(function(s)
  local ok_job = s:spawn(function() task.sleep(5); return "fine" end)
  local bad_job = s:spawn(function() error("disk full", 0) end)
  print("good job says: " .. ok_job:join())
  local ok, err = pcall(bad_job.join, bad_job)
  print("bad job failed: " .. tostring(not ok) .. " (" .. err .. ")")
end)
