-- gcwork.lua: the finalizer workload of gc-sites.lua and gc-fuzz.lua.
--
-- run(opts) makes garbage with __gc finalizers in every loop, with the
-- collector set to run very often, while the workload spawns, joins, opens
-- scopes and with_timeouts, aborts, fails and returns many values.  Each
-- finalizer does one random std.task action under pcall: spawn, spawn into
-- a kept Scope, cancel a kept token or scope, abort a kept Handle (the
-- running task's own, its parent's, anyone's), join a finished task, sleep
-- (raises: no yield across a finalizer), current, checkpoint, cancel_token,
-- the coroutine library on a kept task thread.  SITE names the std.task
-- call under way, so a finalizer counts where it ran.  Returns the counts.
local T = std.task
local M = {}

function M.run(opts)
  local R = opts.rng
  local hits, acts = {}, {ok = 0, err = 0}
  local kept = {handles = {}, scopes = {}, tokens = {}, threads = {}}
  SITE = nil
  local function keep(list, x) if #list < 64 then list[#list + 1] = x else list[R(64)] = x end end
  local function any(list) return list[R(#list)] end
  local actions = {
    function() return T.spawn(function() return 1 end) end,
    function() local s = any(kept.scopes); if s then return s:spawn(function() T.yield() end) end end,
    function() local t = any(kept.tokens); if t then t:cancel() end end,
    function() local s = any(kept.scopes); if s then s:cancel() end end,
    function() local h = any(kept.handles); if h then h:abort() end end,
    function() local h = any(kept.handles); if h and h:is_finished() then pcall(h.join, h) end end,
    function() T.sleep(1) end,
    function() return T.current() end,
    function() T.checkpoint() end,
    function() keep(kept.tokens, T.cancel_token()) end,
    function() local co = any(kept.threads); if co then coroutine.resume(co); coroutine.close(co) end end,
    function() local h = any(kept.handles); if h then return h:elapsed() end end,
  }
  local mt = {__gc = function()
    if SITE then hits[SITE] = (hits[SITE] or 0) + 1 end
    local ok = pcall(actions[R(#actions)])
    acts[ok and "ok" or "err"] = acts[ok and "ok" or "err"] + 1
  end}
  local function garbage(n) for _ = 1, n do setmetatable({}, mt) end end
  local function at(site, f, ...)
    garbage(opts.per)
    SITE = site
    local r = table.pack(pcall(f, ...))
    SITE = nil
    return table.unpack(r, 1, r.n)
  end
  local function body(depth)
    keep(kept.threads, coroutine.running())
    local me = T.current()
    for _ = 1, opts.loops do
      local k = R(8)
      if k == 1 then
        local ok, h = at("spawn", T.spawn, function()
          garbage(opts.per)
          SITE = "record"
          if R(2) == 1 then error({}) end
          return 1, 2, 3, 4
        end)
        if ok then keep(kept.handles, h) end
      elseif k == 2 and #kept.scopes > 0 then
        local ok, h = at("Scope:spawn", any(kept.scopes).spawn, any(kept.scopes), function()
          SITE = "record"; return "x", "y" end)
        if ok then keep(kept.handles, h) end
      elseif k == 3 and #kept.handles > 0 then
        at("join", function() local h = any(kept.handles); return h:join() end)
      elseif k == 4 and depth < 3 then
        at("scope", T.scope, function(s)
          keep(kept.scopes, s)
          keep(kept.tokens, s:token())
          s:spawn(function() body(depth + 1) end)
          garbage(opts.per)
        end)
      elseif k == 5 and depth < 3 then
        at("with_timeout", T.with_timeout, R(5), function()
          keep(kept.threads, coroutine.running())
          garbage(opts.per)
          T.spawn(function() body(depth + 1) end)
          T.sleep(R(3))
        end, {grace_ms = R(3) - 1})
      elseif k == 6 and #kept.handles > 0 then
        at("abort", function() any(kept.handles):abort() end)
      elseif k == 7 then
        at("sleep", T.sleep, R(2) - 1)
      else
        at("yield", T.yield)
      end
    end
    return me and me.id
  end
  local roots = {}
  for i = 1, opts.tasks do
    roots[i] = T.spawn(function() return body(1) end)
    -- join_roots = false: bodies never join a root, so never their own
    -- ancestor (that join cycle is a true deadlock, which the runtime
    -- rightly reports with exit status 1: gc-fuzz's random seeds hit it)
    if opts.join_roots ~= false then keep(kept.handles, roots[i]) end
  end
  for i = 1, opts.tasks do pcall(roots[i].join, roots[i]) end
  SITE = nil
  return hits, acts
end

return M
