-- table-host.lua SCRIPT [ARG...]: module-host.lua with std.task objects
-- represented as tables (see table-host.sh). Each real object of the
-- loadable module gets one proxy table, kept as long as either is
-- reachable (two ephemeron tables); the proxy's metatable is named like the
-- real type, is locked, forwards fields and methods, refuses assignments,
-- and unwraps proxies in arguments and wraps objects in results, so that
-- everything but type() behaves as in the reference.
local real = require "stdtask"

local script = ...
if not script then
  io.stderr:write("usage: table-host SCRIPT [ARG...]\n")
  os.exit(2)
end

local KINDS = {
  ["std.task.Handle"] = { "join", "abort", "is_finished", "elapsed" },
  ["std.task.Scope"] = { "spawn", "cancel", "token" },
  ["std.task.CancelToken"] = { "cancel", "is_cancelled", "check" },
}

local to_real = setmetatable({}, { __mode = "k" })   -- proxy -> object
local to_proxy = setmetatable({}, { __mode = "k" })  -- object -> proxy
local real_method = {}  -- kind -> name -> the module's C function
local proxy_mt = {}     -- kind -> metatable of its proxies

local function kind_of(v)
  if type(v) ~= "userdata" then return nil end
  local mt = debug.getmetatable(v)
  local k = mt and mt.__name
  return KINDS[k] and k or nil
end

local function wrap(v)
  local k = kind_of(v)
  if k == nil then return v end
  local p = to_proxy[v]
  if p == nil then
    if real_method[k] == nil then
      real_method[k] = {}
      for _, m in ipairs(KINDS[k]) do real_method[k][m] = v[m] end
    end
    p = setmetatable({}, proxy_mt[k])
    to_real[p], to_proxy[v] = v, p
  end
  return p
end

local function unwrap(v)
  local r = to_real[v]
  if r ~= nil then return r end
  return v
end

local function wrap_all(...)
  local n = select("#", ...)
  if n == 0 then return end
  if n == 1 then return (wrap((...))) end
  local t = table.pack(...)
  for i = 1, n do t[i] = wrap(t[i]) end
  return table.unpack(t, 1, n)
end

local function unwrap_all(...)
  local n = select("#", ...)
  if n == 0 then return end
  local t = table.pack(...)
  for i = 1, n do t[i] = unwrap(t[i]) end
  return table.unpack(t, 1, n)
end

-- A method wrapper keeps lauxlib's numbering (ARGS-7): called with colon
-- syntax on a proxy, it calls the object with colon syntax too, so the
-- module sees a method call; otherwise it calls the function plainly.
local method_src = [[
local to_real, real_method, kind, wrap_all, unwrap_all, getinfo = ...
return function(self, ...)
  local r = to_real[self]
  if r ~= nil and getinfo(1, "n").namewhat == "method" then
    return wrap_all(r:NAME(unwrap_all(...)))
  end
  return wrap_all(real_method[kind].NAME(r or self, unwrap_all(...)))
end
]]

for kind, methods in pairs(KINDS) do
  local wrappers = {}
  for _, m in ipairs(methods) do
    local f = assert(load((method_src:gsub("NAME", m)), "=table-host:" .. m))
    wrappers[m] = f(to_real, real_method, kind, wrap_all, unwrap_all, debug.getinfo)
  end
  proxy_mt[kind] = {
    __name = kind,
    __metatable = "locked",
    __index = function(p, k)
      local w = wrappers[k]
      if w ~= nil then return w end
      return wrap(to_real[p][k])
    end,
    __newindex = function(_, k)
      error("cannot assign field '" .. tostring(k) .. "' of a " .. kind, 2)
    end,
    __tostring = function(p) return tostring(to_real[p]) end,
  }
end

-- Bodies receive a Scope: give them its proxy.
local function body(fn)
  if type(fn) ~= "function" then return fn end
  return function(s, ...) return fn(wrap(s), ...) end
end

local task = {}
for k, f in pairs(real) do
  task[k] = function(...) return wrap_all(f(unwrap_all(...))) end
end
-- Keep the argument count: scope() and scope(nil) differ (ARGS-3).
function task.scope(...)
  local t = table.pack(...)
  local i = type(t[1]) == "function" and 1 or 2
  t[i] = body(t[i])
  return wrap_all(real.scope(table.unpack(t, 1, t.n)))
end
function task.with_timeout(...)
  local t = table.pack(unwrap_all(...))
  t[2] = body(t[2])
  return wrap_all(real.with_timeout(table.unpack(t, 1, t.n)))
end

std = { task = task }  -- the contract's global
std.testhost = require "stdtask.testhost"  -- feature host-waits

local args = table.pack(select(2, ...))
local host_arg = { [0] = script, [-1] = os.getenv("STDTASK_MODULE_HOST") or arg[-1] }
for i = 1, args.n do host_arg[i] = args[i] end
arg = host_arg

local chunk, err = loadfile(script)
if not chunk then
  io.stderr:write("table-host: ", err, "\n")
  os.exit(1)
end
local ok, e = xpcall(real.run, debug.traceback, chunk,
                     table.unpack(args, 1, args.n))
if not ok then
  io.stderr:write("table-host: ", tostring(e), "\n")
  os.exit(1)
end
