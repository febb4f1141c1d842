--[[---
clause: ABORT-1, ABORT-4, CLOSE-1
description: aborting a task whose scope holds ten thousand sleeping children aborts them all and closes each variable once
features: []
flags: [slow]
---]]
local tap = require "tap"
local task = std.task

tap.plan(3)

local N = 10000
local closed = 0
local kids = {}
local owner = task.spawn(function()
  task.scope(function(s)
    for i = 1, N do
      kids[i] = s:spawn(function()
        local _ <close> = setmetatable({}, { __close = function() closed = closed + 1 end })
        task.sleep(tap.ms(60000))
      end)
    end
  end)
end)
task.sleep(tap.ms(20))
owner:abort()
tap.is(closed, N, "every child's variable was closed once (CLOSE-1)")
local aborted = 0
for i = 1, N do
  local ok, e = pcall(kids[i].join, kids[i])
  if not ok and tostring(e):find("task aborted", 1, true) then aborted = aborted + 1 end
end
tap.is(aborted, N, "every child reports \"task aborted\" (ABORT-4)")
tap.raises(function() owner:join() end, "task aborted", "so does the owner (ABORT-5)")
