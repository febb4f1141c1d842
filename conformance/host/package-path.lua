--[[---
clause: HOST-2
description: package.path honours LUA_PATH_5_4 / LUA_PATH like the stock interpreter
features: []
flags: []
---]]
local tap = require "tap"

tap.plan(3)

tap.is(package.loaded.tap, tap, "require found tap.lua through the search path (HOST-2)")
local env = os.getenv("LUA_PATH_5_4") or os.getenv("LUA_PATH")
if env then
  local first = env:match("^[^;]+")
  tap.ok(package.path:find(first, 1, true) ~= nil,
         "package.path contains the first template of the environment's path (HOST-2)")
  if env:find(";;", 1, true) then
    tap.ok(not package.path:find(";;", 1, true), "';;' was replaced by the default path (HOST-2)")
  else
    tap.is(package.path, env, "package.path is the environment's path (HOST-2)")
  end
else
  tap.skip(2, "neither LUA_PATH_5_4 nor LUA_PATH is set")
end
