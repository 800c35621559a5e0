-- Prints the English content of the tables in the form of a content file
-- (lua/smtpcodes/locale/<tag>/content.lua), for a translator to start from:
--   lua5.4 scripts/locale-skeleton.lua > /tmp/content.lua     (after make build)
-- With the argument "names" it prints the basic code names for an interface file.
package.path = "lua/?.lua;" .. package.path
package.cpath = "build/5.4/?.so;" .. package.cpath
local smtp = require "smtpcodes"
local core = require "smtpcodes.core"

local function q(s) return ("%q"):format(s):gsub("\\\n", "\\n") end

if arg[1] == "names" then
  print("  names = {")
  for _, info in ipairs(smtp.list({ kind = "basic" })) do
    print(("    [%d] = %s,"):format(info.code, q(info.name)))
  end
  print("  },")
  return
end

print("-- Content translation: what each code means.  Keep codes, commands and")
print("-- technical tokens (SMTP, MAIL FROM, RCPT TO, STARTTLS, SPF, DKIM, DMARC) as they are.")
print("return {")
print("  basic = {")
for _, info in ipairs(smtp.list({ kind = "basic" })) do
  print(("    [%d] = {"):format(info.code))
  for _, f in ipairs({ "description", "when", "fix", "use" }) do
    print(("      %s = %s,"):format(f, q(info[f])))
  end
  print("    },")
end
print("  },")
print("  enhanced = {")
local seen = {}
local entries = {}
for _, info in ipairs(smtp.list({ kind = "enhanced" })) do
  local key = info.subject .. "." .. info.detail
  if not seen[key] then
    seen[key] = true
    entries[#entries + 1] = info
  end
end
table.sort(entries, function(a, b) return a.subject * 1000 + a.detail < b.subject * 1000 + b.detail end)
for _, info in ipairs(entries) do
  print(("    [\"%d.%d\"] = {"):format(info.subject, info.detail))
  for _, f in ipairs({ "name", "description", "when", "fix" }) do
    print(("      %s = %s,"):format(f, q(info[f])))
  end
  print("    },")
end
print("  },")
print("  provider = {")
for _, p in ipairs(core.providers()) do
  if p.is_code then
    print(("    [%s] = {"):format(q(p.marker)))
    for _, f in ipairs({ "name", "description", "when", "fix" }) do
      if p[f] then print(("      %s = %s,"):format(f, q(p[f]))) end
    end
    print("    },")
  end
end
print("  },")
print("  pairs = {")
local done = {}
for _, info in ipairs(smtp.list({ kind = "basic" })) do
  for _, other in ipairs(info.related) do
    local a, b = math.min(info.code, other), math.max(info.code, other)
    local text = core.pair_advice(a, b)
    if text and not done[a .. " " .. b] then
      done[a .. " " .. b] = true
      print(("    [\"%d %d\"] = %s,"):format(a, b, q(text)))
    end
  end
end
print("  },")
print("}")
