-- hostile: a child aborts its parent (and itself), then suspends
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
local T = std.task
local suspend = {
  function() T.with_timeout(100, function() T.sleep(5) end) end,
  function() T.sleep(5) end,
  function() T.yield() end,
  function() T.scope(function(s) s:spawn(function() T.sleep(5) end) end) end,
}
H.plan(#suspend * 2 * 3 + 2)
for i, f in ipairs(suspend) do
  for _, self_too in ipairs({false, true}) do
    local log = {}
    local parent
    parent = T.spawn(function()
      T.scope(function(s)
        local c
        c = s:spawn(function()
          local x <close> = setmetatable({}, {__close = function()
            log[#log + 1] = "child closed"
            collectgarbage() collectgarbage()  -- frees what is garbage now
          end})
          if self_too then c:abort() end
          parent:abort()
          f()
          log[#log + 1] = "child ran on"
        end)
        T.sleep(50)
        log[#log + 1] = "parent ran on"
      end)
    end)
    local ok, e = pcall(parent.join, parent)
    local tag = ("shape %d%s"):format(i, self_too and " (+self)" or "")
    H.ok(not ok and e:find("task aborted", 1, true), tag .. ": parent aborted", e)
    H.is(table.concat(log, ","), "child closed", tag .. ": only the child's <close> ran")
    collectgarbage() collectgarbage()
    H.ok(true, tag .. ": a full collection after it is safe")
  end
end
-- a grandchild aborts its grandparent from a with_timeout body
local gp
gp = T.spawn(function()
  T.scope(function(s)
    s:spawn(function()
      T.with_timeout(1000, function()
        T.scope(function(s2)
          s2:spawn(function() gp:abort(); T.with_timeout(10, function() end) end)
          T.sleep(20)
        end)
      end)
    end)
    T.sleep(50)
  end)
end)
H.ok(not pcall(gp.join, gp), "grandparent aborted from a grandchild")
H.is(T.spawn(function() return "x" end):join(), "x", "the runtime is intact afterwards")
