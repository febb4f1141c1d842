-- pipeline.lua: producer -> transformer -> consumer, linked by queues.
--
-- Run it with the host:  stdtask-lua examples/pipeline.lua
--
-- Tasks share plain Lua tables: all tasks run on one thread and only switch
-- at suspension points (sleep, yield, join, ...), so no locks are needed.
-- A stage with nothing to do calls std.task.yield() to let the others run;
-- the bounded queues make a fast producer wait for a slow consumer.

local task = std.task

-- A tiny FIFO queue with a capacity and an end-of-stream flag.
local function queue(capacity)
  return { items = {}, head = 1, tail = 0, capacity = capacity, closed = false }
end
local function put(q, v)
  while q.tail - q.head + 1 >= q.capacity do task.yield() end -- full: wait
  q.tail = q.tail + 1
  q.items[q.tail] = v
end
local function take(q)
  while q.head > q.tail do
    if q.closed then return nil end -- empty and closed: end of stream
    task.yield()                    -- empty: let the producer run
  end
  local v = q.items[q.head]
  q.items[q.head] = nil
  q.head = q.head + 1
  return v
end

local raw, squared = queue(2), queue(2)
local results = {}

task.scope("pipeline", function(s)
  s:spawn(function() -- producer
    for i = 1, 8 do
      put(raw, i)
      print("  produced " .. i)
    end
    raw.closed = true
  end, { name = "producer" })

  s:spawn(function() -- transformer
    for v in take, raw do
      put(squared, v * v)
    end
    squared.closed = true
  end, { name = "squarer" })

  s:spawn(function() -- consumer: slower than the others
    for v in take, squared do
      task.yield() -- pretend each item takes a while to store
      task.yield()
      results[#results + 1] = v
      print("  consumed " .. v)
    end
  end, { name = "consumer" })
end) -- the scope returns once all three stages have finished

print("results: " .. table.concat(results, " "))
