--[[---
clause: DRIVER-5
description: a user coroutine stays suspended across the task's own sleeps and yields, and resumes where it was
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(2)

local function run()
  local gen = coroutine.wrap(function()
    local acc = 0
    for i = 1, 5 do acc = acc + i; coroutine.yield(acc) end
    return "end"
  end)
  local out = {}
  for _ = 1, 6 do
    out[#out + 1] = gen()
    task.sleep(tap.ms(1))
    task.yield()
  end
  return out
end
local want = { 1, 3, 6, 10, 15, "end" }
tap.is_deeply(task.spawn(run):join(), want, "async_fn: the generator survived the task's suspensions (DRIVER-5)")
tap.is_deeply(task.spawn(run, { driver = "coroutine" }):join(), want, "coroutine driver: too (DRIVER-5)")
