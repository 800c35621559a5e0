--- The LuaJIT fast path: parse, the incremental parser's stream reads and
-- classify call the C core through the FFI, so that LuaJIT's compiler keeps
-- the caller's loop compiled (a call through the classic Lua C API stops it).
-- The core exports only luaopen_smtpcodes_core: core.ffi_api() hands over a
-- const table of function pointers (src/lua_ffi.c), and core.ffi_layout() the
-- sizes and offsets its structs have, which must equal those of the cdefs
-- below before any is used.  The results are the tables the classic binding
-- makes: same fields, same metatable (the core's own, for the lazy fields),
-- same errors.
--
-- load(core) returns nil (and lua/smtpcodes.lua keeps the classic binding)
-- outside LuaJIT, without the ffi module, when the environment variable
-- SMTPCODES_NO_FFI is set to anything but "" or "0", or when the layouts
-- differ.

local M = {}

local CDEF = [[
typedef struct smtpc_reply_limits { size_t max_line, max_lines, max_size; } smtpc_reply_limits;
struct smtpc_ffi_reply {
  double esc_off, esc_len, esc_key, text_off, text_len, size;
  int code, nlines, keep_raw;
  unsigned warnings;
};
struct smtpc_ffi_classification {
  double retry_after, give_up_after;
  int verdict, reason, action, source, provider;
};
struct smtpc_ffi_api {
  int (*parse)(const char *buf, size_t len, size_t off, int flags, const smtpc_reply_limits *lim,
               struct smtpc_ffi_reply *out, char *text, size_t cap);
  void (*classify)(const void *index, int code, int esc_key, const char *esc, size_t esc_len, const char *text,
                   size_t len, struct smtpc_ffi_classification *out);
  const char *(*name)(int list, int i);
};
]]

-- The structs whose layout must match the C compiler's, field by field.
local FIELDS = {
  smtpc_reply_limits = { "max_line", "max_lines", "max_size" },
  ["struct smtpc_ffi_reply"] = { "esc_off", "esc_len", "esc_key", "text_off", "text_len", "size", "code", "nlines",
    "keep_raw", "warnings" },
  ["struct smtpc_ffi_classification"] = { "retry_after", "give_up_after", "verdict", "reason", "action",
    "source", "provider" },
  ["struct smtpc_ffi_api"] = { "parse", "classify", "name" },
}

-- Declares the cdefs once per Lua state.
local function declare(ffi)
  if not pcall(ffi.typeof, "struct smtpc_ffi_api") then ffi.cdef(CDEF) end
end

--- Differences between the cdefs and the layout the core reports, as
-- strings ("struct smtpc_ffi_reply.code: offset 44 in C, 40 here"); empty
-- when they agree.
function M.mismatches(ffi, layout)
  declare(ffi)
  local out = {}
  for ctype, fields in pairs(FIELDS) do
    local c = layout[ctype]
    if not c then
      out[#out + 1] = ctype .. ": unknown to the core"
    else
      if c.sizeof ~= ffi.sizeof(ctype) then
        out[#out + 1] = ("%s: size %d in C, %d here"):format(ctype, c.sizeof, ffi.sizeof(ctype))
      end
      for _, f in ipairs(fields) do
        if c[f] ~= ffi.offsetof(ctype, f) then
          out[#out + 1] = ("%s.%s: offset %s in C, %s here"):format(ctype, f, tostring(c[f]),
            tostring(ffi.offsetof(ctype, f)))
        end
      end
    end
  end
  table.sort(out)
  return out
end

-- The ffi module when the fast path may be used, else nil.
local function ffi_module()
  if rawget(_G, "jit") == nil then return nil end
  local off = os.getenv("SMTPCODES_NO_FFI")
  if off ~= nil and off ~= "" and off ~= "0" then return nil end
  local ok, ffi = pcall(require, "ffi")
  return ok and ffi or nil
end

-- A name list of the core (src/lua_ffi.c's ffi_name), read once: index i
-- (0-based, as the C enum) -> name.
local function names(ffi, api, list)
  local out, i = {}, 0
  while true do
    local p = api.name(list, i)
    if p == nil then return out end
    out[i] = ffi.string(p)
    i = i + 1
  end
end

--- The fast functions over core, or nil when the classic binding stays:
-- {parse, parse_stream, classify, classify_reply}, each as the core's function of that name.
function M.load(core)
  local ffi = ffi_module()
  if not ffi or not core.ffi_api then return nil end
  if #M.mismatches(ffi, core.ffi_layout()) > 0 then return nil end
  local api_pointer, index = core.ffi_api() -- index: a userdata, kept alive by this upvalue
  local api = ffi.cast("const struct smtpc_ffi_api *", api_pointer)

  local sub, setmetatable = string.sub, setmetatable
  local has_new, new_table = pcall(require, "table.new")
  if not has_new then new_table = function() return {} end end
  local STREAM, TEXT_CAP = 1, 1024
  local warning_names, error_names, error_texts = names(ffi, api, 0), names(ffi, api, 1), names(ffi, api, 2)
  local verdicts, reasons, actions, sources = names(ffi, api, 3), names(ffi, api, 4), names(ffi, api, 5),
    names(ffi, api, 6)
  -- the metatable the core gives its reply tables: the lazy fields are its own
  local reply_meta = getmetatable(core.parse("250 ok"))
  -- scratch space, one set per Lua state, in use (busy) from a call into the
  -- core until its results are read.  A collection can run in that window
  -- (LuaJIT checks for one when an interpreted FFI call returns, and at each
  -- allocation), and a finalizer may parse or classify: while busy, such a
  -- call goes to the classic binding, which gives the same results.
  local rep = ffi.new("struct smtpc_ffi_reply")
  local cls = ffi.new("struct smtpc_ffi_classification")
  local text_buf = ffi.new("char[?]", TEXT_CAP)
  local busy = false
  local limits_of = setmetatable({}, { __mode = "k" }) -- options table -> its smtpc_reply_limits
  -- an enhanced code has one spelling (no leading zeros): the string of each
  -- key met is made once, up to ESC_CACHE_MAX of them (a server's hundreds of
  -- distinct codes fit; a stream of invented ones does not grow the cache)
  -- (esc_keys: each of those strings -> its key, so that classify hands the
  -- core the code it read instead of the string to read again)
  local ESC_CACHE_MAX, esc_strings, esc_keys, esc_cached = 512, {}, {}, 0

  local function limits(opts)
    if opts == nil then return nil end
    local lim = limits_of[opts]
    if lim == nil then
      lim = ffi.new("smtpc_reply_limits", opts.max_line or 0, opts.max_lines or 0, opts.max_size or 0)
      limits_of[opts] = lim
    end
    return lim
  end

  local function warnings_of(bits)
    local out, n, i = {}, 0, 0
    while bits ~= 0 do
      if bits % 2 == 1 then
        n = n + 1
        out[n] = warning_names[i]
      end
      bits, i = (bits - bits % 2) / 2, i + 1
    end
    return out
  end

  -- Parses the reply at byte off (0-based) of s into rep (busy from here until
  -- reply_of has read it, or the caller on an error); returns the error
  -- number and, for a reply of several lines, the buffer holding its joined
  -- text (rep.text_len bytes).
  local function parse_at(s, len, off, flags, lim)
    busy = true
    local err = api.parse(s, len, off, flags, lim, rep, text_buf, TEXT_CAP)
    if err ~= 0 or rep.nlines == 1 then return err end
    local need = rep.text_len
    if need < TEXT_CAP then return err, text_buf end
    local big = ffi.new("char[?]", need + 1)
    api.parse(s, len, off, flags, lim, rep, big, need + 1)
    return err, big
  end

  -- The reply table of rep, parsed at off of s; whole: s is exactly the reply.
  -- Every field of rep is read before the first allocation, and then the
  -- scratch space is free again.  joined: parse_at's buffer of the joined
  -- text, or nil.
  local function reply_of(s, off, joined, whole)
    local code, size, keep_raw, bits = rep.code, rep.size, rep.keep_raw, rep.warnings
    local text_off, text_len, esc_off, esc_len, esc_key = rep.text_off, rep.text_len, rep.esc_off, rep.esc_len,
      rep.esc_key
    -- (ffi.string copies the bytes before it lets the collector run)
    local text = joined and ffi.string(joined, text_len) or sub(s, text_off + 1, text_off + text_len)
    busy = false
    local enhanced, raw
    if esc_len > 0 then
      enhanced = esc_strings[esc_key]
      if enhanced == nil then
        enhanced = sub(s, esc_off + 1, esc_off + esc_len)
        if esc_cached < ESC_CACHE_MAX then
          esc_strings[esc_key], esc_keys[enhanced], esc_cached = enhanced, esc_key, esc_cached + 1
        end
      end
    end
    if whole then
      raw = s
    elseif keep_raw ~= 0 then
      raw = sub(s, off + 1, off + size)
    end
    -- a constructor of the three fields every reply has makes the table with
    -- four hash slots, as the classic binding does: raw fits in the fourth
    local r = setmetatable({ code = code, enhanced = enhanced, text = text }, reply_meta)
    if raw then r.raw = raw end
    if bits ~= 0 then r.warnings = warnings_of(bits) end
    return r
  end

  local fast = {}

  --- parse(text, opts) as core.parse: reply | nil, message, errname.
  function fast.parse(s, opts)
    if busy then return core.parse(s, opts) end
    local len = #s
    local err, joined = parse_at(s, len, 0, 0, limits(opts))
    if err ~= 0 then
      busy = false
      return nil, error_texts[err], error_names[err]
    end
    return reply_of(s, 0, joined, rep.size == len)
  end

  --- parse_stream(buffer, limits, from) as core.parse_stream: replies, used [, message, errname].
  function fast.parse_stream(s, opts, from)
    if busy then return core.parse_stream(s, opts, from) end
    local lim, len = limits(opts), #s
    local start = from or 0
    if type(start) ~= "number" or start < 0 or start > len or start % 1 ~= 0 then
      error("bad argument #3 to 'parse_stream' (offset into the buffer expected)", 2)
    end
    local size = len - start
    -- about one reply per 64 bytes
    local out, n, off, err = new_table(size < 262144 and size / 64 or 4096, 0), 0, start, 0
    while off < len do
      local joined
      err, joined = parse_at(s, len, off, STREAM, lim)
      if err ~= 0 then break end
      local used = rep.size -- read before reply_of allocates (see there)
      n = n + 1
      out[n] = reply_of(s, off, joined, false)
      off = off + used
    end
    busy = false
    -- incomplete (6) and empty (1) only mean: wait for more bytes
    if err == 0 or err == 6 or err == 1 then return out, off - start end
    return out, off - start, error_texts[err], error_names[err]
  end

  -- provider index -> the table core.providers() gives for it, copied per call
  -- (a fresh table, as the classic binding makes), field by field over the
  -- names any entry has, so that the loop compiles (pairs() would not)
  -- (read on first use: most programs never meet a provider's reply)
  local providers, provider_keys
  local function provider_copy(i)
    if providers == nil then
      local seen = {}
      providers, provider_keys = core.providers(), {}
      for _, entry in ipairs(providers) do
        for k in pairs(entry) do
          if not seen[k] then seen[k], provider_keys[#provider_keys + 1] = true, k end
        end
      end
    end
    local p, out = providers[i + 1], {}
    for k = 1, #provider_keys do
      local key = provider_keys[k]
      out[key] = p[key]
    end
    return out
  end

  --- classify(code, enhanced, text, reply) as core.classify with a reply
  -- argument: the whole classification table.  code may be nil, enhanced
  -- and text strings or nil, reply a table or nil.
  function fast.classify(code, enhanced, text, reply)
    if busy then return core.classify(code, enhanced, text, reply) end
    local warnings = reply and rawget(reply, "warnings")
    busy = true
    api.classify(index, code or 0, enhanced and esc_keys[enhanced] or 0, enhanced, enhanced and #enhanced or 0, text,
      text and #text or 0, cls)
    local verdict, reason, action, source = cls.verdict, cls.reason, cls.action, cls.source
    local after, give_up, provider = cls.retry_after, cls.give_up_after, cls.provider
    busy = false
    -- eight fields fill the hash part of a table made for eight: the rarer ones come after
    local c = { kind = "classification", verdict = verdicts[verdict], reason = reasons[reason],
      action = actions[action], source = sources[source], code = code, enhanced = enhanced, reply = reply }
    if warnings then c.warnings = warnings end
    if after > 0 then c.retry = { after = after, give_up = give_up } end
    if provider >= 0 then c.provider = provider_copy(provider) end
    return c
  end

  --- classify_reply(x) as core.classify_reply: the whole classification of
  -- one of the core's reply tables, read raw, else nil.
  function fast.classify_reply(x)
    if getmetatable(x) ~= reply_meta or rawget(x, "kind") ~= nil then return nil end
    local code, enhanced, text = rawget(x, "code"), rawget(x, "enhanced"), rawget(x, "text")
    if type(code) ~= "number" or type(text) ~= "string" or (enhanced ~= nil and type(enhanced) ~= "string") then
      return nil
    end
    return fast.classify(code, enhanced, text, x)
  end

  return fast
end

return M
