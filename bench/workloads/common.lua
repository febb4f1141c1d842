-- common.lua -- what every Lua workload script of the benchmark shares:
-- its arguments (WORKLOAD N), the clocks of the benchutil module, and the
-- "result KEY VALUE" lines bench/run.lua reads.  Loaded with dofile by
-- reference.lua, cqueues.lua and luv.lua; it must not touch any runtime.
local bu = require "benchutil"

local M = {}

M.workload = arg[1]
M.n = math.tointeger(tonumber(arg[2] or ""))
if not M.workload or not M.n or M.n < 1 then
  io.stderr:write("usage: ", arg[0], " WORKLOAD N\n")
  os.exit(2)
end

M.now, M.cpu, M.rss = bu.now, bu.cpu, bu.rss

function M.result(key, value)
  io.write(string.format("result %s %.17g\n", key, value))
end

-- The workers of the mixed workload: as many as fit, at most 1,000.
function M.workers(n)
  return math.max(1, math.min(1000, n // 10))
end

-- Before a memory figure: a full collection, then the baseline.
function M.baseline()
  collectgarbage("collect")
  return (M.rss())
end

-- After it: the peak and the bytes each of n tasks cost.
function M.report_memory(rss0, n)
  local _, hwm = M.rss()
  M.result("baseline_rss", rss0)
  M.result("peak_rss", hwm)
  M.result("bytes_per_task", (hwm - rss0) / n)
end

return M
