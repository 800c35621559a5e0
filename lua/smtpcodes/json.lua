--- JSON for every output of smtpcodes (CLI, OpenResty, the scanner's JSON
-- lines).  Encoding is our own: keys in a fixed order, numbers and strings
-- written one way, so the bytes are the same on every run, in every nginx
-- worker and whichever JSON library is installed.  Decoding uses lua-cjson
-- (bundled with OpenResty, Debian lua-cjson) and falls back to dkjson
-- (Debian lua-dkjson).  See docs/json.md for the documents' schema.

local M = {}

local type, pairs, ipairs, concat, sort = type, pairs, ipairs, table.concat, table.sort
local huge = math.huge

--- The value written as null (lua-cjson's and dkjson's null are accepted too).
M.null = setmetatable({}, { __tostring = function() return "null" end, __newindex = function()
  error("smtpcodes.json.null is read-only", 2)
end })

local backend_null = {}
do
  local ok, cjson = pcall(require, "cjson")
  if ok and type(cjson) == "table" then backend_null[cjson.null] = true end
end

-- Tables marked by M.object() are written as objects even when empty.
local objects = setmetatable({}, { __mode = "k" })

--- Marks t to be written as an object ({}) even when it is empty; returns t.
function M.object(t)
  objects[t] = true
  return t
end

local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f", ["\n"] = "\\n",
  ["\r"] = "\\r", ["\t"] = "\\t" }
local function escape_char(c)
  return escapes[c] or ("\\u%04x"):format(c:byte())
end

-- The length of the valid UTF-8 sequence at s[i] (lead byte >= 0x80), or nil.
local function utf8_sequence(s, i)
  local c = s:byte(i)
  local n, min
  if c >= 0xC2 and c <= 0xDF then n, min = 2, 0x80
  elseif c >= 0xE0 and c <= 0xEF then n, min = 3, 0x800
  elseif c >= 0xF0 and c <= 0xF4 then n, min = 4, 0x10000
  else return nil end
  local cp = c % (2 ^ (7 - n))
  for k = 1, n - 1 do
    local b = s:byte(i + k)
    if not b or b < 0x80 or b > 0xBF then return nil end
    cp = cp * 64 + b % 64
  end
  if cp < min or cp > 0x10FFFF or (cp >= 0xD800 and cp <= 0xDFFF) then return nil end
  return n
end

-- s with every byte that is not part of valid UTF-8 replaced by U+FFFD.
local function valid_utf8(s)
  if not s:find("[\128-\255]") then return s end
  local out, i, n, start = {}, 1, #s, 1
  while i <= n do
    local at = s:find("[\128-\255]", i)
    if not at then break end
    local len = utf8_sequence(s, at)
    if len then
      i = at + len
    else
      out[#out + 1] = s:sub(start, at - 1)
      out[#out + 1] = "\239\191\189"
      i, start = at + 1, at + 1
    end
  end
  out[#out + 1] = s:sub(start)
  return concat(out)
end

local function encode_string(s)
  return '"' .. valid_utf8(s):gsub('[%c"\\]', escape_char) .. '"'
end

local function encode_number(v)
  if v ~= v or v == huge or v == -huge then return "null" end
  if v % 1 == 0 and v > -2 ^ 53 and v < 2 ^ 53 then return ("%d"):format(v) end
  return ("%.17g"):format(v)
end

-- Whether t is written as an array: keys 1..n and nothing else.
local function is_array(t)
  if objects[t] then return false end
  local n = #t
  for k in pairs(t) do
    if type(k) ~= "number" or k < 1 or k > n or k % 1 ~= 0 then return false end
  end
  return true
end

local encode_value

-- The keys of t in order: those of rank (key -> position) first, then the
-- rest in byte order.
local function ordered_keys(t, rank)
  local keys = {}
  for k in pairs(t) do
    if type(k) ~= "string" then
      error("smtpcodes.json: an object key must be a string, got " .. type(k), 0)
    end
    keys[#keys + 1] = k
  end
  sort(keys, function(a, b)
    local ra, rb = rank[a], rank[b]
    if ra and rb then return ra < rb end
    if ra or rb then return ra ~= nil end
    return a < b
  end)
  return keys
end

function encode_value(v, rank, indent, depth, seen, out)
  local t = type(v)
  if v == nil or v == M.null or backend_null[v] then
    out[#out + 1] = "null"
  elseif t == "boolean" then
    out[#out + 1] = v and "true" or "false"
  elseif t == "number" then
    out[#out + 1] = encode_number(v)
  elseif t == "string" then
    out[#out + 1] = encode_string(v)
  elseif t == "table" then
    if seen[v] then error("smtpcodes.json: a table holds itself", 0) end
    if depth > 100 then error("smtpcodes.json: nested deeper than 100", 0) end
    seen[v] = true
    local nl = indent and ("\n" .. ("  "):rep(depth + 1)) or ""
    local close = indent and ("\n" .. ("  "):rep(depth)) or ""
    local sep = indent and ": " or ":"
    if is_array(v) then
      if #v == 0 then
        out[#out + 1] = "[]"
      else
        out[#out + 1] = "["
        for i = 1, #v do
          out[#out + 1] = (i > 1 and "," or "") .. nl
          encode_value(v[i], rank, indent, depth + 1, seen, out)
        end
        out[#out + 1] = close .. "]"
      end
    else
      local keys = ordered_keys(v, rank)
      if #keys == 0 then
        out[#out + 1] = "{}"
      else
        out[#out + 1] = "{"
        for i, k in ipairs(keys) do
          out[#out + 1] = (i > 1 and "," or "") .. nl .. encode_string(k) .. sep
          encode_value(v[k], rank, indent, depth + 1, seen, out)
        end
        out[#out + 1] = close .. "}"
      end
    end
    seen[v] = nil
  else
    error("smtpcodes.json: cannot encode a " .. t, 0)
  end
end

--- Encodes value as JSON text.  key_order lists object keys that come first,
-- in that order, in every object at any depth; other keys follow in byte
-- order.  opts.indent = true writes one item per line, indented by two.
-- The same value always gives the same bytes.  Raises for values JSON cannot
-- hold (functions, tables holding themselves, non-string object keys).
function M.encode_ordered(value, key_order, opts)
  local rank = {}
  for i, k in ipairs(key_order or {}) do rank[k] = i end
  local out = {}
  encode_value(value, rank, opts and opts.indent, 0, {}, out)
  return concat(out)
end

--- Decodes JSON text: value, or nil and a message.  Uses lua-cjson when it
-- is installed, else dkjson; nil, message when neither is.
function M.decode(text)
  local ok, cjson = pcall(require, "cjson.safe")
  if ok and type(cjson) == "table" then
    local v, err = cjson.decode(text)
    if v == nil and err then return nil, err end
    return v
  end
  local ok2, dkjson = pcall(require, "dkjson")
  if ok2 and type(dkjson) == "table" then
    local v, _, err = dkjson.decode(text, 1, M.null)
    if err then return nil, err end
    return v
  end
  return nil, "decoding JSON needs lua-cjson or dkjson"
end

return M
