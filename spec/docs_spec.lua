-- Every Lua example of README.md, docs/manual.md and docs/json.md runs as printed (a block
-- whose first line says "not run here" needs a server), and none prints a
-- table address, as print(smtp.format(x)) once did.
local function blocks(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  local out = {}
  for code in text:gmatch("```lua\n(.-)```") do out[#out + 1] = code end
  return out
end

describe("documentation examples", function()
  for _, path in ipairs({ "README.md", "docs/manual.md", "docs/json.md" }) do
    for i, code in ipairs(blocks(path)) do
      if not code:find("^%-%- not run here") then
        it(path .. " Lua block " .. i .. " runs as printed", function()
          local printed = {}
          local env = setmetatable({
            smtp = require "smtpcodes",
            print = function(...)
              local n, parts = select("#", ...), {}
              for k = 1, n do parts[k] = tostring((select(k, ...))) end
              printed[#printed + 1] = table.concat(parts, "\t")
            end,
          }, { __index = _G })
          local chunk
          if setfenv then
            chunk = assert(loadstring(code, "=" .. path))
            setfenv(chunk, env)
          else
            chunk = assert(load(code, "=" .. path, "t", env))
          end
          chunk()
          local all = table.concat(printed, "\n")
          assert.falsy(all:find("table: 0x", 1, true), all:sub(1, 300))
          assert.is_true(#printed > 0)
        end)
      end
    end
  end

  it("give the figures the code gives", function()
    local smtp = require "smtpcodes"
    assert.are.equal(0, #smtp.document(smtp.get(550), { lang = "fr" }).fallback)
    local ok, err = pcall(smtp.classifier, { { pattern = "quota%s+exceeded", reason = "mailbox_full" } })
    assert.is_false(ok)
    assert.truthy(err:find("pattern refused: '%s+' repeats: only '.*', '.-' and '.+'", 1, true), err)
    local p = smtp.parser()
    p:feed("220 mx.example.com ESMTP\r\n250-mx.example.com\r\n250 8BITMIME\r\n221 2.0")
    assert.are.equal("incomplete reply: the stream ended 7 bytes into a reply", select(2, p:finish()))
  end)
end)
