-- Runs bin/smtpcodes from the checkout with the module built for this Lua:
--   lua5.4 scripts/run.lua 220 551     (after `make build`)
local root = arg[0]:match("^(.*)/scripts/run%.lua$") or "."
local abi = _VERSION == "Lua 5.1" and (jit and "luajit" or "5.1") or _VERSION:match("%d+%.%d+")
package.path = root .. "/lua/?.lua;" .. package.path
package.cpath = root .. "/build/" .. abi .. "/?.so;" .. package.cpath
arg[0] = root .. "/bin/smtpcodes"
dofile(root .. "/bin/smtpcodes")
