-- trace.lua: runs a child script on the same host with STDTASK_TRACE
-- naming a fresh file (feature trace, HOST-18) and decodes the file with
-- json.lua, one JSON text a line: member order, extra members and nesting
-- are the host's to choose.
--
--   local events, bad, r = require("trace").run(child_source)
--
-- events: the decoded objects, in file order; bad: {line =, text =, why =}
-- for each line that is not a JSON object with a string "event", or, for a
-- task event, without the members of HOST-18 ("id" a number, "name" a
-- string or null, "driver" "async_fn" or "coroutine"); r: tap.run_script's result. A null name reads
-- as nil in the event.

local tap = require "tap"
local json = require "json"

local trace = {}

local drivers = { async_fn = true, coroutine = true }

--- The task events of HOST-18; a host may write other events (scope
--- events...), which need only be JSON objects with a string "event".
trace.task_event = {
  spawn = true, start = true, suspend = true, resume = true, finish = true,
  cancel = true, abort = true,
}

-- nil when the object has the members of HOST-18, else what is wrong.
local function check(ev)
  if type(ev) ~= "table" or rawequal(ev, json.null) or ev.n ~= nil and #ev > 0 then
    return "not a JSON object"
  end
  if type(ev.event) ~= "string" then return "\"event\" is not a string" end
  if not trace.task_event[ev.event] then return nil end  -- the host's own
  if type(ev.id) ~= "number" then return "\"id\" is not a number" end
  if ev.name == nil then return "no \"name\" member" end
  if ev.name ~= json.null and type(ev.name) ~= "string" then
    return "\"name\" is neither a string nor null"
  end
  if not drivers[ev.driver] then return "\"driver\" is not async_fn or coroutine" end
  return nil
end

function trace.run(child)
  local file = os.tmpname()
  os.remove(file)
  local r = tap.run_script(child, { prefix = "STDTASK_TRACE=" .. tap.shquote(file) .. " " })
  local events, bad = {}, {}
  local f = io.open(file)
  if f then
    local n = 0
    for line in f:lines() do
      n = n + 1
      local ev, err = json.decode(line)
      local why = err or check(ev)
      if why then
        bad[#bad + 1] = { line = n, text = line, why = why }
      else
        if ev.name == json.null then ev.name = nil end
        events[#events + 1] = ev
      end
    end
    f:close()
  end
  os.remove(file)
  return events, bad, r
end

return trace
