-- Lists the English content texts (basic codes, registry entries, pair advice, provider codes) that changed
-- between a git revision and the working tree, so translators can bring their language up to date:
--   lua5.4 scripts/changed-english.lua REV      (after make build; REV e.g. a commit before a data change)
-- Prints one line per changed text: its content-file key, then the old and the new English.
package.path = "lua/?.lua;" .. package.path
package.cpath = "build/5.4/?.so;" .. package.cpath
local rev = assert(arg[1], "usage: lua5.4 scripts/changed-english.lua REV")

-- The English texts of the skeleton (scripts/locale-skeleton.lua) printed from a tree, as key -> text.
local function texts_of(dir)
  local cmd = ("cd %q && lua5.4 scripts/locale-skeleton.lua"):format(dir)
  local p = assert(io.popen(cmd))
  local src = p:read("*a")
  p:close()
  local data = assert((loadstring or load)(src))()
  local out = {}
  for group, entries in pairs(data) do
    for key, v in pairs(entries) do
      if type(v) == "table" then
        for field, text in pairs(v) do out[group .. "." .. tostring(key) .. "." .. field] = text end
      else
        out[group .. "." .. tostring(key)] = v
      end
    end
  end
  return out
end

local old_dir = os.tmpname()
os.remove(old_dir)
assert(os.execute(("git worktree add -q --detach %q %q && make -s -C %q build/5.4/smtpcodes/core.so")
  :format(old_dir, rev, old_dir)))
local old, new = texts_of(old_dir), texts_of(".")
os.execute(("git worktree remove --force %q"):format(old_dir))
local keys = {}
for k, v in pairs(new) do if old[k] ~= v then keys[#keys + 1] = k end end
table.sort(keys)
for _, k in ipairs(keys) do
  print(k)
  print("  old: " .. tostring(old[k]))
  print("  new: " .. new[k])
end
print(#keys .. " texts changed since " .. rev)
