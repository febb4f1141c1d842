--[[---
clause: TOKEN-1, TOKEN-6, TOKEN-2
description: a token made by cancel_token() deep in a tree of tasks and scopes is not reached when the outermost scope is cancelled - every scope token below is cancelled and its tasks woken, the standalone one stays live
features: []
flags: []
---]]
local tap = require "tap"
local task = std.task

tap.plan(5)

-- outer scope > task A > inner scope > task B, which makes the token.
local tok, inner_tok, b_seen
local b
task.scope(function(outer)
  outer:spawn(function()
    task.scope(function(inner)
      inner_tok = inner:token()
      b = inner:spawn(function()
        tok = task.cancel_token()
        local ok = pcall(task.sleep, tap.ms(60000))
        b_seen = { ok, tok:is_cancelled() }
      end)
      pcall(task.sleep, tap.ms(60000))
    end)
  end)
  task.sleep(tap.ms(10))
  outer:cancel()
end)
tap.is(inner_tok:is_cancelled(), true, "the outer cancel reached the inner scope's token (TOKEN-6)")
tap.is_deeply(b_seen, { false, false },
              "task B was woken by it, but the token it made stayed live (TOKEN-1)")
tap.is(tok:is_cancelled(), false, "still live after the scopes returned (TOKEN-1)")
tok:cancel()
tap.is(tok:is_cancelled(), true, "cancelling it works (TOKEN-2)")
tap.ok(b:is_finished(), "task B had finished")
