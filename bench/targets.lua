-- The targets of issue 13, measured: runs bench/replies.lua, bench/lookup.lua
-- and bench/render.lua with --ratios under Lua 5.4 and LuaJIT, several times
-- each (the machine may be shared), and prints the median of every ratio side
-- by side with its target.  The README's performance table comes from here.
--   lua5.4 bench/targets.lua [runs]        (default 5; after make build)
local runs = tonumber(arg and arg[1]) or 5
local luas = { "lua5.4", "luajit" }
local scripts = { "bench/replies.lua", "bench/lookup.lua", "bench/render.lua" }

-- name, what is measured, the target's test and its text
local rows = {
  { "one_line", "one-line reply, speed-up over socket.tp", function(v) return v >= 1.5 end, ">= 1.5x (LuaJIT)" },
  { "ehlo", "5-line EHLO reply, speed-up over socket.tp", function(v) return v >= 3 end, ">= 3x (LuaJIT)" },
  { "stream", "100,000 pipelined replies, speed-up over socket.tp", function(v) return v >= 2 end,
    ">= 2x (LuaJIT)" },
  { "classify_parse", "classify / parse of the same reply", function(v) return v <= 2 end, "<= 2x" },
  { "get_integer", "get(550) / function(c) return t[c] end", function(v) return v <= 1.1 end, "<= 1.1x (LuaJIT)" },
  { "get_string", "get(\"550\") / the same", function(v) return v <= 1.1 end, "<= 1.1x (LuaJIT)" },
  { "get_enhanced", "get(\"5.1.1\") / the same", function(v) return v <= 1.1 end, "<= 1.1x (LuaJIT)" },
  { "render_en", "comparison as text / as HTML, English", function(v) return v <= 2 end, "<= 2x" },
  { "render_ar", "comparison as text / as HTML, Arabic", function(v) return v <= 2 end, "<= 2x" },
  { "render_cold_en", "the same with nothing cached, English", function(v) return v <= 2 end, "<= 2x" },
  { "render_cold_ar", "the same with nothing cached, Arabic", function(v) return v <= 2 end, "<= 2x" },
}
-- targets that hold for LuaJIT only: on Lua 5.4 they are figures, not goals
local luajit_only = { one_line = true, ehlo = true, stream = true, get_integer = true, get_string = true,
  get_enhanced = true }

local function median(list)
  table.sort(list)
  local n = #list
  if n == 0 then return nil end
  if n % 2 == 1 then return list[(n + 1) / 2] end
  return (list[n / 2] + list[n / 2 + 1]) / 2
end

local values = {} -- lua -> name -> list
for _, lua in ipairs(luas) do
  values[lua] = {}
  for _ = 1, runs do
    for _, script in ipairs(scripts) do
      local p = assert(io.popen(lua .. " " .. script .. " --ratios 2>&1"))
      for line in p:lines() do
        local name, v = line:match("^(%S+) ([%d.]+)$")
        if name then
          values[lua][name] = values[lua][name] or {}
          table.insert(values[lua][name], tonumber(v))
        else
          io.stderr:write(lua, " ", script, ": ", line, "\n")
        end
      end
      p:close()
    end
  end
end

print(("Median of %d runs each; ratios as x (speed-up: higher is better, cost ratio: lower is better)"):format(runs))
print(("%-52s %9s %9s   %s"):format("", "Lua 5.4", "LuaJIT", "target"))
for _, row in ipairs(rows) do
  local name, what, ok, target = row[1], row[2], row[3], row[4]
  local cells, verdict = {}, "ok"
  for i, lua in ipairs(luas) do
    local m = median(values[lua][name] or {})
    cells[i] = m and ("%.2fx"):format(m) or "-"
    if m and not ok(m) and (lua == "luajit" or not luajit_only[name]) then verdict = "MISSED" end
  end
  print(("%-52s %9s %9s   %s %s"):format(what, cells[1], cells[2], target, verdict))
end
