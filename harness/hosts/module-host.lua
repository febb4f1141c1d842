-- module-host.lua SCRIPT [ARG...]: a host built on the loadable module
-- (require "stdtask") and the stock interpreter, following the host
-- contract: std.task global, arg as lua builds it, the script as the main
-- chunk of task.run (root scope drained before it returns), a non-zero
-- exit status when the script raises or deadlocks.
local task = require "stdtask"

local script = ...
if not script then
  io.stderr:write("usage: module-host SCRIPT [ARG...]\n")
  os.exit(2)
end

std = { task = task }  -- the contract's global
-- The test object of the feature host-waits (spec part 10).
std.testhost = require "stdtask.testhost"

local args = table.pack(select(2, ...))
local host_arg = { [0] = script, [-1] = os.getenv("STDTASK_MODULE_HOST") or arg[-1] }
for i = 1, args.n do host_arg[i] = args[i] end
arg = host_arg

local chunk, err = loadfile(script)
if not chunk then
  io.stderr:write("module-host: ", err, "\n")
  os.exit(1)
end
local ok, e = xpcall(task.run, debug.traceback, chunk,
                     table.unpack(args, 1, args.n))
if not ok then
  io.stderr:write("module-host: ", tostring(e), "\n")
  os.exit(1)
end
