-- lib.lua: the hostile corpus's TAP helpers (plain Lua 5.4, no std.task).
-- Each script: local H = dofile(HOSTILE_DIR .. "lib.lua"), where the
-- directory comes from arg[0]; run.sh runs the scripts and judges them.
local H = {}
local n, failed = 0, 0

function H.plan(k) io.write("1..", k, "\n") io.stdout:flush() end

function H.ok(cond, desc, diag)
  n = n + 1
  if cond then
    io.write("ok ", n, " - ", desc, "\n")
  else
    failed = failed + 1
    io.write("not ok ", n, " - ", desc, "\n")
    if diag ~= nil then io.write("#   ", tostring(diag), "\n") end
  end
  io.stdout:flush()
  return cond
end

function H.is(got, want, desc)
  return H.ok(got == want, desc,
              ("got %s, want %s"):format(tostring(got), tostring(want)))
end

-- The error of a failed pcall must contain `text` (plain find).
function H.raises(text, desc, f, ...)
  local ok, e = pcall(f, ...)
  return H.ok(not ok and type(e) == "string" and e:find(text, 1, true) ~= nil,
              desc, ("pcall gave %s, %s; want an error with '%s'")
                    :format(tostring(ok), tostring(e), text))
end

function H.count() return n, failed end

-- A deterministic generator (the script's own, so a finalizer's choices do
-- not disturb math.random's sequence for the workload).
function H.rng(seed)
  local x = seed % 2147483647
  if x <= 0 then x = x + 2147483646 end
  return function(m)
    x = x * 16807 % 2147483647
    return m and (x % m) + 1 or x / 2147483647
  end
end

return H
