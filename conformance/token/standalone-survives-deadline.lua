--[[---
clause: TOKEN-1, TIMEOUT-23, TIMEOUT-3
description: tokens made by cancel_token() in a with_timeout body and in its child stay live when the deadline cancels the scope and after with_timeout returns - the deadline cancels the scope's token and nothing else
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(6)

local D = tap.ms(50)
local body_tok, child_tok, seen_body, seen_child, child
local ok, e = pcall(task.with_timeout, D, function(s)
  body_tok = task.cancel_token()
  child = s:spawn(function()
    child_tok = task.cancel_token()
    pcall(task.sleep, tap.ms(60000))
    seen_child = { task.current().cancelled, child_tok:is_cancelled() }
  end)
  pcall(task.sleep, tap.ms(60000))
  seen_body = { s:token():is_cancelled(), body_tok:is_cancelled() }
end)
tap.ok(not ok and tostring(e):find("timed out", 1, true), "the deadline fired (TIMEOUT-2)")
tap.is_deeply(seen_body, { true, false },
              "in the body after the deadline: the scope's token cancelled, the body's own standalone " ..
              "token live (TOKEN-1, TIMEOUT-23)")
tap.is_deeply(seen_child, { true, false },
              "in the child: the task cancelled, its standalone token live (TOKEN-1, TIMEOUT-23)")
tap.is(body_tok:is_cancelled() or child_tok:is_cancelled(), false,
       "both still live after with_timeout returned (TOKEN-1)")
tap.lives(function() body_tok:check(); child_tok:check() end, "their check() returns (TOKEN-4)")
tap.ok(child:is_finished(), "the child had finished (TIMEOUT-19)")
