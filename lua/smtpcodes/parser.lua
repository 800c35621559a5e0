--- The incremental reply parser for socket reads: smtp.parser(opts) returns
-- an object whose feed(chunk) gives back every reply completed so far, in
-- order, however the bytes were split (several pipelined replies in a chunk,
-- a reply over many chunks, a CR and its LF in different chunks), and whose
-- finish() says whether the stream ended between replies.  Its state lives in
-- the object; nothing is shared between parsers.
--
-- Time is linear in the bytes fed, whatever the chunk sizes: a chunk is only
-- stored and scanned for line ends.  The core parses the pending bytes only
-- when a reply may have ended (a line that can be a final line "NNN " or
-- "NNN"), when a reply starts (its first bytes are checked at once), or when a
-- limit is reached, so each byte is parsed a bounded number of times.

local M = {}

local byte, concat, find, min, type = string.byte, table.concat, string.find, math.min, type

-- What feed returns when no reply completed: one empty array for every call
-- and every parser, so that a peer sending a byte at a time costs no table
-- per byte.  It is read-only: assigning to it raises.
local NONE = setmetatable({}, {
  __newindex = function() error("the empty array feed() returns is shared and read-only: copy it to add to it", 2) end,
  __metatable = false,
})

-- Whether the first bytes of a complete line (up to 4, line end included)
-- make it a final line: a valid code, then no "-" and no fourth digit.
-- (bytes, not a pattern: LuaJIT compiles string.byte, not a pattern find)
local function final_head(head)
  local a, b, c, d = byte(head, 1, 4)
  return d ~= nil and a >= 50 and a <= 53 and b >= 48 and b <= 57 and c >= 48 and c <= 57 -- [2-5]%d%d
    and d ~= 45 and (d < 48 or d > 57) -- then neither "-" nor a digit
end

--- @param parse_stream function the core's parse_stream(buffer, limits, from)
--- @param limits table|nil {max_line, max_lines, max_size} (nil fields: defaults)
--- @param max_line, max_lines, max_size number the limits in force
function M.new(parse_stream, limits, max_line, max_lines, max_size)
  local parser = {}
  local failure                        -- {message, errname} once the stream cannot go on
  local pieces, npieces, total = {}, 0, 0 -- the pending bytes, not yet joined
  -- the line being read: its length so far, its first 4 bytes; lines complete
  -- in the pending reply; whether a limit already made us ask the core
  local line_len, head, nlines, asked
  -- bytes feed may take without looking further, while they hold no line end:
  -- the line's first 4 bytes are in head and no limit is within reach (0: none)
  local room = 0

  local function forget_reply()
    line_len, head, nlines, asked, room = 0, "", 0, false, 0
  end
  forget_reply()

  -- Appends the replies to out (nil: none yet, and then replies becomes out).
  local function append(out, replies)
    if out == nil then return replies end
    local n = #out
    for i = 1, #replies do out[n + i] = replies[i] end
    return out
  end

  -- Takes the result of parse_stream: on an error the stream fails (nil);
  -- else the pending bytes become those of s after byte from + used.
  local function settle(s, from, used, message, errname)
    if message then
      failure = { message, errname }
      pieces, npieces, total = {}, 0, 0
      return nil
    end
    if from + used > 0 then
      local rest = s:sub(from + used + 1)
      pieces, npieces, total = { rest }, rest == "" and 0 or 1, #rest
    elseif npieces > 1 then
      pieces, npieces = { s }, 1
    end
    return from + used
  end

  -- Parses the pending bytes: completed replies go to out; returns a
  -- positive number when some completed, 0 when none, nil after an
  -- error, and out.  When a
  -- line ends at byte lf of s, the last pending piece, only the bytes up to
  -- it are joined to the pieces before: a reply ending there is parsed from
  -- that small string, and the replies after it from s itself, so a large
  -- chunk is never copied to be joined to the tail of the last one.
  local function parse(out, s, lf)
    if lf and npieces > 1 and lf < #s then
      local joined = concat(pieces, "", 1, npieces - 1) .. s:sub(1, lf)
      local replies, used, message = parse_stream(joined, limits)
      if not message and used == 0 then return 0, out end -- the reply goes on: all stays pending
      if not message and used == #joined then
        local more, taken, failed, errname = parse_stream(s, limits, lf)
        return settle(s, lf, taken, failed, errname), append(append(out, replies), more)
      end
      -- anything else (an error, a reply ending earlier): as if unsplit
    end
    local buffer = npieces == 1 and pieces[1] or concat(pieces, "", 1, npieces)
    local replies, used, message, errname = parse_stream(buffer, limits)
    return settle(buffer, 0, used, message, errname), append(out, replies)
  end

  -- Reads s from byte i on into the line state; parses when a reply may be
  -- complete or a limit is reached.  Bytes of s are already pending.
  -- Returns the replies completed (nil when none).
  local function scan(s, i)
    local out
    while true do
      local lf = s:find("\n", i, true)
      local stop = lf or #s
      local grew = #head < 4
      if grew then head = head .. s:sub(i, math.min(stop, i + 3 - #head)) end
      line_len = line_len + stop - i + 1
      local ask, cut
      if lf then
        nlines = nlines + 1
        ask = nlines == 1 or final_head(head) or nlines >= max_lines
        line_len, head = 0, ""
        cut = ask and lf -- a limit, below, is checked on every pending byte
      else
        ask = nlines == 0 and grew -- the first bytes of a reply, checked as they come
      end
      if not ask and not asked and (line_len >= max_line + 2 or total >= max_size) then
        ask, asked = true, true
      end
      if ask then
        local used
        used, out = parse(out, s, cut)
        if not used then return out end
        if used > 0 then
          -- a reply ended: read what follows it afresh
          forget_reply()
          if npieces == 0 then return out end
          s, i = pieces[1], 1
        elseif not lf then
          return out
        else
          i = lf + 1
        end
      elseif not lf then
        return out
      else
        i = lf + 1
      end
      if i > #s then return out end
    end
  end

  --- Feeds bytes; returns the array of replies completed (maybe empty), or
  -- nil, message, errname when the stream holds something that is no reply.
  -- Replies completed before such a point are returned first; the error
  -- comes on the next call.  After an error, reset() starts afresh.
  -- feed(nil) means the stream ended: it is finish().
  function parser.feed(self, chunk)
    -- the common case of a dribbling peer first: more of a line whose start
    -- was checked, no line end, no limit near: nothing to do but count
    if failure == nil and type(chunk) == "string" then
      local n = #chunk
      if n < room and (n == 1 and chunk ~= "\n" or n > 1 and not find(chunk, "\n", 1, true)) then
        room, line_len, total, npieces = room - n, line_len + n, total + n, npieces + 1
        pieces[npieces] = chunk
        return NONE
      end
    end
    if chunk == nil then return parser.finish(self) end
    if type(chunk) ~= "string" then
      error("bad argument #1 to 'feed' (string or nil expected, got " .. type(chunk) .. ")", 2)
    end
    if failure then return nil, failure[1], failure[2] end
    local n = #chunk
    if n == 0 then return NONE end
    npieces, total = npieces + 1, total + n
    pieces[npieces] = chunk
    local out = scan(chunk, 1)
    if out ~= nil and out[1] == nil then out = nil end
    if failure and out == nil then return nil, failure[1], failure[2] end
    room = #head == 4 and min(max_line + 2 - line_len, max_size - total) or 0
    return out or NONE
  end

  --- The stream ended: returns an empty array when it ended between replies,
  -- else nil, message, errname ("incomplete" for a reply cut short, or the
  -- error that stopped the stream).  The parser is then ready for a new stream.
  function parser.finish(_)
    local f, left = failure, total
    parser.reset()
    if f then return nil, f[1], f[2] end
    if left > 0 then
      return nil, ("incomplete reply: the stream ended %d bytes into a reply"):format(left), "incomplete"
    end
    return {}
  end

  --- Bytes received that do not yet form a complete reply.
  function parser.pending(_) return total end

  --- Forgets buffered bytes and any error.
  function parser.reset(_)
    pieces, npieces, total, failure = {}, 0, 0, nil
    forget_reply()
  end

  return parser
end

return M
