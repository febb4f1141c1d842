-- harness/trace/chrome.lua -- TAP test of the reference host's
-- --trace-format=chrome: the Trace Event Format files of a script with
-- nested scopes, a join chain and a with_timeout reaching stage 3, of the
-- README's tiny.lua and fixed.lua, and of runs ending by an error, a
-- deadlock, SIGINT and os.exit pass chrome-check.lua's structural check;
-- virtual-clock timestamps are exact; the JSON lines of the same run (the
-- same hook) agree with it. Run by the host under test (make check).
local tap = require "tap"
local here = arg[0]:match("^(.*/)") or "./"
package.path = here .. "?.lua;" .. package.path
local check = require("chrome-check").check
local shq = tap.shquote

-- Runs SRC on the host with OPTS before the script; returns the trace
-- file's text, the exit code and stderr.
local function traced(src, opts, env)
  local script, trace, errf = os.tmpname(), os.tmpname(), os.tmpname()
  local f = assert(io.open(script, "w"))
  f:write(src)
  f:close()
  opts = opts or "--trace=TRACE_FILE --trace-format=chrome"
  local cmd = ((env or "") .. tap.host_cmd() .. " " .. opts):gsub("TRACE_FILE", shq(trace))
              .. " " .. shq(script) .. " >/dev/null 2>" .. shq(errf)
  local _, _, code = os.execute(cmd)
  f = io.open(trace, "rb")
  local text = f and f:read("a") or ""
  if f then f:close() end
  f = io.open(errf)
  local err = f and f:read("a") or ""
  if f then f:close() end
  os.remove(script); os.remove(trace); os.remove(errf)
  return text, code, err
end

local function checked(text, what)
  local r = check(text)
  tap.is(#r.errors, 0, what .. ": the file passes the structural check"
         .. (r.errors[1] and (" (" .. r.errors[1] .. ")") or ""))
  return r.stats
end

local function has(list, sub)
  for _, v in ipairs(list) do if v:find(sub, 1, true) then return true end end
  return false
end

-- The README's example, by its "-- NAME" first line.
local function readme_example(name)
  local f = assert(io.open(here .. "../../README.md"))
  local text = f:read("a")
  f:close()
  return text:match("```lua\n(%-%- " .. name:gsub("%.", "%%.") .. "\n.-)```")
end

tap.plan(48)

local scenario = [[
local task = std.task
task.scope("outer", function(so)
  task.scope("inner", function(si)
    local c = si:spawn(function() task.sleep(5); return 3 end, { name = "c" })
    local b = si:spawn(function() return c:join() + 1 end, { name = "b" })
    local a = si:spawn(function() return b:join() + 1 end, { name = "a" })
    assert(a:join() == 5)
  end)
  so:spawn(function()
    assert(not pcall(task.with_timeout, 30, function(s)
      s:spawn(function()
        while true do pcall(task.sleep, 5) end
      end, { name = "stubborn" })
      task.sleep(1000)
    end, { grace_ms = 20 }))
  end, { name = "timed" })
end)
]]
local text, code = traced(scenario)
tap.is(code, 0, "nested scopes, a join chain, stage 3: the run exits 0")
local st = checked(text, "nested scopes, a join chain, stage 3")
tap.is(st.instants["timeout: cancel"], 1, "stage 1 is an instant on the with_timeout scope")
tap.is(st.instants["timeout: grace"], 1, "stage 2 is an instant")
tap.is(st.instants["timeout: abort"], 1, "stage 3 is an instant")
tap.ok((st.instants.abort or 0) >= 1 and (st.instants.cancel or 0) >= 1,
       "the abort and the cancellations are instants")
tap.is(st.flows.spawn, 5, "one spawn arrow per task (c, b, a, timed, stubborn)")
tap.is(st.flows.join, 3, "the join chain: c -> b -> a -> main chunk, one arrow each")
tap.ok(has(st.processes, "scope #3 inner (in #2)") and has(st.processes, "scope #2 outer (in #1)"),
       "nested scopes are processes named with their parent")
tap.ok(has(st.processes, "with_timeout #4 (in #2)"), "the with_timeout scope is named so")
tap.ok(has(st.threads, "task #4 (timed) with_timeout body") and has(st.threads, "task #5 (stubborn)"),
       "each fiber is a thread: tasks, the with_timeout body")
for _, name in ipairs { "sleep", "join", "drain", "timeout", "yield", "finish" } do
  tap.ok((st.slices[name] or 0) >= 1, "a running stretch is named by its suspension: " .. name)
end
tap.ok((st.outcomes.aborted or 0) >= 1 and (st.outcomes.ok or 0) >= 1,
       "the outcome is an argument of the finish (ok, aborted)")

-- Virtual time: the logical timeline, exact; the JSON lines of the same
-- run carry the same suspensions.
local chain = scenario:gsub("so:spawn.-end, { name = \"timed\" }%)\n", "")
text, code = traced(chain, "--clock=virtual --trace=TRACE_FILE --trace-format=chrome")
tap.is(code, 0, "virtual clock: the run exits 0")
checked(text, "virtual clock")
-- c sleeps 5 ms from virtual 0: its finishing stretch starts at 5000 us.
tap.like(text, '"ts":5000.000,"cat":"task","name":"finish"',
         "virtual clock: timestamps are microseconds of virtual time")
local lines = traced(chain, "--clock=virtual --trace=TRACE_FILE --trace-format=json")
local n_json = select(2, lines:gsub('"event":"suspend"', ""))
local n_chrome = 0
for name in text:gmatch('"ph":"B","pid":%d+,"tid":%d+,"ts":[%d.]+,"cat":"task","name":"(%a+)"') do
  if name ~= "finish" then n_chrome = n_chrome + 1 end
end
tap.is(n_chrome, n_json, "one slice per suspend of the JSON lines: the same hook")

-- The README's examples.
local tiny, fixed = readme_example("tiny.lua"), readme_example("fixed.lua")
tap.ok(tiny and fixed, "README has tiny.lua and fixed.lua")
text, code = traced(tiny or "")
tap.is(code, 0, "tiny.lua exits 0")
st = checked(text, "tiny.lua")
tap.is(st.flows.spawn, 2, "tiny.lua: two spawn arrows")
text, code = traced(fixed or "")
tap.is(code, 0, "fixed.lua exits 0")
st = checked(text, "fixed.lua")
tap.ok(st.instants["timeout: abort"] == 1, "fixed.lua: stage 3 shows")

-- Runs that do not end well still leave a complete document.
text, code = traced([[
std.task.spawn(function() std.task.sleep(10000) end, { name = "sleeper" })
std.task.scope("s", function() std.task.yield(); error("boom") end)
]])
tap.is(code, 1, "an error: exit status 1")
checked(text, "an error")
text, code = traced([[
local a, b
a = std.task.spawn(function() std.task.yield(); b:join() end)
b = std.task.spawn(function() std.task.yield(); a:join() end)
a:join()
]])
tap.is(code, 1, "a deadlock: exit status 1")
checked(text, "a deadlock")
-- io.popen, not os.execute: system() ignores SIGINT while it waits.
text, code = traced([[
std.task.spawn(function()
  local sent = false
  while true do
    if not pcall(std.task.sleep, 5) and not sent then
      sent = true
      io.popen("kill -INT $PPID"):close()
    end
  end
end, { name = "stubborn" })
io.popen("kill -INT $PPID"):close()
std.task.sleep(10000)
]])
tap.is(code, 130, "two SIGINTs: exit status 130")
st = checked(text, "two SIGINTs")
tap.ok((st.outcomes.aborted or 0) >= 1, "two SIGINTs: the stubborn task's end shows it aborted")
text, code = traced([[
std.task.spawn(function() std.task.sleep(10000) end)
std.task.scope(function(s)
  s:spawn(function() std.task.yield(); os.exit(3) end)
  std.task.sleep(10000)
end)
]])
tap.is(code, 3, "os.exit(3) from a task")
checked(text, "os.exit")

-- The environment: STDTASK_TRACE_FORMAT=chrome truncates STDTASK_TRACE's
-- file (a document cannot be appended to).
text, code = traced(tiny or "", "", "printf junk >TRACE_FILE; STDTASK_TRACE=TRACE_FILE STDTASK_TRACE_FORMAT=chrome ")
tap.is(code, 0, "STDTASK_TRACE_FORMAT=chrome: exit 0")
checked(text, "STDTASK_TRACE_FORMAT=chrome over an older file")
local _, err
_, code, err = traced("", "--trace=TRACE_FILE --trace-format=yaml")
tap.ok(code == 1 and err:find("bad --trace-format value 'yaml'", 1, true),
       "--trace-format=yaml: exit 1, the value named")
_, code, err = traced("", "", "STDTASK_TRACE_FORMAT=xml ")
tap.ok(code == 1 and err:find("bad STDTASK_TRACE_FORMAT value 'xml'", 1, true),
       "STDTASK_TRACE_FORMAT=xml: exit 1, the value named")

-- The checker finds what it is for.
local function errs(events)
  return #check('{"traceEvents":[' .. table.concat(events, ",") .. ']}').errors
end
local M = '{"ph":"M","pid":1,"tid":2,"ts":0,"name":"thread_name","args":{"name":"t"}},'
          .. '{"ph":"M","pid":1,"tid":2,"ts":0,"name":"process_name","args":{"name":"p"}}'
local B = '{"ph":"B","pid":1,"tid":2,"ts":%s,"name":"x"}'
local E = '{"ph":"E","pid":1,"tid":2,"ts":%s,"name":"x"}'
tap.is(errs { M, B:format(1), E:format(2) }, 0, "checker: a good file passes")
tap.ok(errs { M, B:format(1) } > 0 and errs { M, E:format(1) } > 0, "checker: unmatched B or E")
tap.ok(errs { M, B:format(2), E:format(1) } > 0, "checker: time going backwards")
tap.ok(errs { M, B:format(1), E:format(2):gsub('"x"', '"y"') } > 0, "checker: an E named unlike its B")
tap.ok(errs { M, B:format(1), '{"ph":"s","pid":1,"tid":2,"ts":1,"name":"spawn","id":9}', E:format(2) } > 0,
       "checker: a flow without its end")
tap.ok(#check('{"traceEvents":["\255"]}').errors > 0 and #check('{"traceEvents":[]').errors > 0,
       "checker: invalid JSON (a raw 0xFF byte, an unclosed document)")
