-- Reply parsing benchmark: smtpcodes against LuaSocket's socket.tp reply reader
-- (Debian lua-socket), in one process, on the same inputs.  socket.tp reads
-- lines from a socket; here it gets an in-memory fake socket whose receive()
-- makes each line a string from the bytes, as its C socket would.  Run from the
-- checkout: lua5.4 bench/replies.lua; luajit bench/replies.lua (or make bench).
local abi = _VERSION == "Lua 5.1" and (rawget(_G, "jit") and "luajit" or "5.1") or _VERSION:match("%d+%.%d+")
package.path = "lua/?.lua;" .. package.path
package.cpath = "build/" .. abi .. "/?.so;" .. package.cpath
local smtp = require "smtpcodes"
local tp = require "socket.tp"
local clock = os.clock
-- --ratios: only "name value" lines, for bench/targets.lua
local ratios_only = arg and arg[1] == "--ratios"
local print_human = ratios_only and function() end or print
local function ratio(name, value) if ratios_only then print(("%s %.3f"):format(name, value)) end end

-- A socket.tp object reading the CRLF-ended lines of text, restartable.  Its
-- fake socket's receive() makes each line a new string from the text, as
-- LuaSocket's C buffer does (lua_pushlstring from the bytes received); the
-- lines' offsets are kept as numbers, so that no table of line strings stays
-- alive for the collector of the other side's rounds to walk.
local function tp_reader(text)
  local starts, stops, n = {}, {}, 0
  for a, b in text:gmatch("()[^\r\n]*()\r\n") do
    n = n + 1
    starts[n], stops[n] = a, b - 1
  end
  local i, sub = 0, string.sub
  local fake = {
    settimeout = function() end,
    connect = function() return 1 end,
    receive = function()
      i = i + 1
      if i > n then return nil, "closed" end
      return sub(text, starts[i], stops[i])
    end,
  }
  local t = tp.connect("bench.invalid", 25, 1, function() return fake end)
  return t, function() i = 0 end
end

-- Nanoseconds per call of f(n) and of g(n), the best of 7 rounds that run
-- one after the other, so that a busy machine slows both alike.
local function pair_ns(n, f, g)
  local best_f, best_g = math.huge, math.huge
  for _ = 1, 7 do
    local start = clock()
    f(n)
    best_f = math.min(best_f, (clock() - start) / n * 1e9)
    start = clock()
    g(n)
    best_g = math.min(best_g, (clock() - start) / n * 1e9)
  end
  return best_f, best_g
end

local function report(name, ours, theirs)
  print_human(("%-34s ours %8.1f ns   socket.tp %8.1f ns   speed-up %.2fx"):format(name, ours, theirs, theirs / ours))
end

print_human(("%s; best of 7 alternating rounds"):format(rawget(_G, "jit") and jit.version or _VERSION))

-- 1 and 2. one reply, parsed again and again
local function single(name, key, reply, n)
  local t, rewind = tp_reader(reply)
  local parse = smtp.parse
  local ours, theirs = pair_ns(n, function(k) for _ = 1, k do parse(reply) end end,
    function(k) for _ = 1, k do rewind() t:check("2..") end end)
  report(name, ours, theirs)
  ratio(key, theirs / ours)
end

local ehlo = "250-mx.example.com Hello client.example.net [192.0.2.7]\r\n250-SIZE 52428800\r\n"
  .. "250-8BITMIME\r\n250-PIPELINING\r\n250 STARTTLS\r\n"
single("one-line reply", "one_line", "250 2.1.5 Ok\r\n", 300000)
single("five-line EHLO reply", "ehlo", ehlo, 200000)

-- 3. a pipelined stream of 100,000 mixed replies, read in 16 KiB chunks
do
  local samples = {
    "250 2.1.0 Ok\r\n", "250 2.1.5 Ok\r\n", "354 End data with <CR><LF>.<CR><LF>\r\n",
    "250 2.0.0 Ok: queued as 4Zx1Y2abcd\r\n", "221 2.0.0 Bye\r\n",
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
      .. "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
      .. "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser gsmtp\r\n",
    "451 4.7.1 Greylisted, try again in 300 seconds\r\n", ehlo,
  }
  local parts = {}
  for i = 1, 100000 do parts[i] = samples[(i * 7) % #samples + 1] end
  local stream = table.concat(parts)
  local chunks = {}
  for i = 1, #stream, 16384 do chunks[#chunks + 1] = stream:sub(i, i + 16383) end

  local count
  local t, rewind = tp_reader(stream)
  -- three passes a round, so that each round meets about as many collections
  local ours, theirs = pair_ns(3, function(k)
    for _ = 1, k do
      local p = smtp.parser()
      count = 0
      for _, chunk in ipairs(chunks) do count = count + #p:feed(chunk) end
    end
  end, function(k)
    for _ = 1, k do
      rewind()
      for _ = 1, 100000 do assert(t:check("%d%d%d")) end
    end
  end)
  assert(count == 100000, "parsed " .. tostring(count))
  report("stream of 100,000 mixed replies", ours / 100000, theirs / 100000)
  ratio("stream", theirs / ours)
  print_human(("  stream: %.1f MB, ours %.1f MB/s"):format(#stream / 1e6, #stream / (ours / 1e9) / 1e6))

  -- the same stream through Python's smtplib reply reader, in its own process
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(stream)
  f:close()
  local py_ns
  if not ratios_only then
    local py = io.popen("/usr/bin/python3 bench/smtplib_replies.py " .. path .. " 100000 2>&1")
    py_ns = tonumber(py:read("*a"):match("[%d.]+"))
    py:close()
  end
  os.remove(path)
  if py_ns then
    print(("  Python smtplib getreply()         %8.1f ns per reply   ours is %.2fx faster"):format(
      py_ns, py_ns / (ours / 100000)))
  end
end

-- 4. classify a parsed reply, against parsing that reply
do
  local text = "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown\r\n"
  local reply = smtp.parse(text)
  local parse, classify = smtp.parse, smtp.classify
  local N = 300000
  local parse_ns, ns = pair_ns(N, function(n) for _ = 1, n do parse(text) end end,
    function(n) for _ = 1, n do classify(reply) end end)
  print_human(("classify of a parsed reply         %8.1f ns per call, parse of it %.1f ns: %.2fx (target <= 2x)")
    :format(ns, parse_ns, ns / parse_ns))
  ratio("classify_parse", ns / parse_ns)
end
