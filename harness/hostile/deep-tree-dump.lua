-- hostile: the task-tree dump (--warn-drain-ms, SIGQUIT, SIGUSR1) and the
-- drain check over 15,000 nested scopes (one task each).  They recursed
-- once per level (SIGSEGV at ~13,000 levels on an 8 MiB stack): the check
-- now walks the tree iteratively, and the dump stops at 256 levels with a
-- line saying so.  Runs the host on a child script, reading its stderr.
local H = dofile(arg[0]:match("^(.-)[^/]*$") .. "lib.lua")
H.plan(4)
local N = 15000
local script = os.tmpname()
local f = assert(io.open(script, "w"))
f:write([[
local task = std.task
local function level(n)
  if n == 0 then task.sleep(300) return end
  task.scope(function(s) s:spawn(function() level(n - 1) end) end)
end
level(]] .. N .. [[)
print("done")
]])
f:close()
local p = assert(io.popen(("'%s' --warn-drain-ms=100 '%s' 2>&1"):format(arg[-1], script)))
local out = p:read("a")
local ok, how, code = p:close()
os.remove(script)
H.ok(ok and how == "exit" and code == 0, "the host exits 0", tostring(how) .. " " .. tostring(code))
H.ok(out:find("\ndone\n", 1, true) or out:find("^done\n"), "the run went on to its end")
local _, warned = out:gsub("has been draining for", "")
H.is(warned, N, "every stalled scope warned once")
H.ok(out:find("... deeper than 256 levels: its tasks not shown", 1, true),
     "the dump says where it stopped")
