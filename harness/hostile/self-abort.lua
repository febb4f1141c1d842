-- hostile: a task aborts itself, then calls every std.task function
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
local calls = {
  with_timeout = function() T.with_timeout(100, function() end) end,
  with_timeout_sleep = function() T.with_timeout(100, function() T.sleep(5) end) end,
  scope = function() T.scope(function(s) s:spawn(function() end) end) end,
  sleep = function() T.sleep(5) end,
  yield = function() T.yield() end,
  join = function() T.spawn(function() T.sleep(5) end):join() end,
  spawn = function() T.spawn(function() end); T.yield() end,
  coyield = function() coroutine.yield() end,
}
local names = {}
for k in pairs(calls) do names[#names + 1] = k end
table.sort(names)
H.plan(#names * 3 + 1)
for _, name in ipairs(names) do
  local after, closed = false, 0
  local h
  h = T.spawn(function()
    local c <close> = setmetatable({}, {__close = function() closed = closed + 1 end})
    h:abort()  -- itself: takes effect when it stops running
    calls[name]()
    after = true
  end)
  local ok, e = pcall(h.join, h)
  H.ok(not ok and e:find("task aborted", 1, true), name .. ": join raises 'task aborted'", e)
  H.is(after, false, name .. ": nothing runs after the suspension")
  H.is(closed, 1, name .. ": its <close> handler ran once")
end
local h = T.spawn(function() T.sleep(1) return 42 end)
H.is(h:join(), 42, "the runtime is intact afterwards")
