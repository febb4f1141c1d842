-- echo.lua: an echo server and its clients in one process, on the
-- luacheck: globals net
-- embedder's TCP (net.c), under std.task's scope and with_timeout.
local task, net = std.task, net

local server = net.listen(0)
local port = server:port()

-- The server: one task per connection, each echoing until EOF.
local function serve(conn)
  while true do
    local data = conn:read()
    if data == nil then break end
    conn:write(data)
  end
  conn:close()
end

local silent  -- a connection the server accepts and never answers
task.scope(function(s)
  s:spawn(function()
    task.scope(function(conns)
      for i = 1, 3 do
        local c = server:accept()
        if i < 3 then conns:spawn(function() serve(c) end) else silent = c end
      end
    end)
  end)

  -- Two clients at once.
  local a = s:spawn(function()
    local c = net.connect("127.0.0.1", port)
    c:write("hello")
    local got = c:read()
    c:close()
    return got
  end)
  local b = s:spawn(function()
    local c = net.connect("127.0.0.1", port)
    local got = {}
    for i = 1, 3 do c:write("line " .. i); got[i] = c:read() end
    c:close()
    return table.concat(got, "|")
  end)
  assert(a:join() == "hello", "echo a")
  assert(b:join() == "line 1|line 2|line 3", "echo b")

  -- A read that never arrives, bounded by with_timeout: the read is
  -- cancelled (libuv stops reading) and the socket stays usable.
  local c = net.connect("127.0.0.1", port)
  local ok, e = pcall(task.with_timeout, 50, function() return c:read() end)
  assert(not ok and tostring(e):find("timed out", 1, true), tostring(e))
  c:close()
  print(("with_timeout(50) around a silent read: %s"):format(e))
end)
if silent then silent:close() end
server:close()
print("echo: ok")
