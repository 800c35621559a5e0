--- The incremental reply parser for socket reads: smtp.parser(opts) returns
-- an object whose feed(chunk) gives back every reply completed so far, in
-- order, however the bytes were split (several pipelined replies in a chunk,
-- a reply over many chunks, a CR and its LF in different chunks).  Its state
-- lives in the object; nothing is shared between parsers.

local M = {}

--- @param parse_stream function the core's parse_stream
--- @param limits table|nil {max_line, max_lines, max_size} (nil fields: defaults)
function M.new(parse_stream, limits)
  local pending = ""
  local failure -- {message, errname} once the stream cannot go on
  local parser = {}

  --- Feeds bytes; returns the array of replies completed (maybe empty), or
  -- nil, message, errname when the stream holds something that is no reply.
  -- Replies completed before such a point are returned first; the error
  -- comes on the next call.  After an error, reset() starts afresh.
  function parser.feed(_, chunk)
    if type(chunk) ~= "string" then
      error("bad argument #1 to 'feed' (string expected, got " .. type(chunk) .. ")", 2)
    end
    if failure then return nil, failure[1], failure[2] end
    local buffer = pending == "" and chunk or pending .. chunk
    local replies, used, message, errname = parse_stream(buffer, limits)
    if used == #buffer then pending = "" elseif used > 0 then pending = buffer:sub(used + 1) else pending = buffer end
    if message then
      failure = { message, errname }
      pending = ""
      if #replies == 0 then return nil, message, errname end
    end
    return replies
  end

  --- Bytes received that do not yet form a complete reply.
  function parser.pending(_) return #pending end

  --- Forgets buffered bytes and any error.
  function parser.reset(_)
    pending, failure = "", nil
  end

  return parser
end

return M
