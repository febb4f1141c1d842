-- luacheck configuration for the conformance catalogue and the examples
-- (run by harness/luacheck.sh in make check).
std = "lua54"             -- includes the global 'arg' the host builds
read_globals = { "std" }  -- std.task is the module; scripts never write to std
max_line_length = 120
max_comment_line_length = false  -- front-matter descriptions are one line
self = false              -- methods need not use self
unused_args = false       -- callbacks often ignore the scope they receive
-- Tests deliberately write locals that are only read by other tasks (or by
-- nobody, to show that dropping a Handle does not cancel its task).
unused_secondaries = false
allow_defined_top = false

files["conformance/lib/tap.lua"] = {
  -- the library itself is stricter: every argument must be used
  unused_args = true,
}
-- <close> variables exist for their handler: name them _ or _something.
ignore = { "211/_.*" }

-- The module-based host builds the contract's globals itself.
files["harness/hosts/module-host.lua"] = {
  globals = { "std", "arg" },
}
