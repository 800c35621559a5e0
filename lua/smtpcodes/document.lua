--- Builds the page of an info or a comparison as a small document model
-- (headings, paragraphs, lists, links) in one language.  The renderers in
-- smtpcodes/render/ turn it into text, Markdown or HTML, so all three carry
-- the same content.
--
-- Document: { lang, dir, title, blocks = { block... }, fallback = { key... } }
-- Block: { type = "heading", level = 2|3, text }
--      | { type = "paragraph", text }
--      | { type = "list", ordered = bool, items = { text... } }
--      | { type = "links", items = { { text, url }... }, colon = ": " (between them in text) }
--      | { type = "verbatim", lines = { text... } }   (a server's own words, untranslated)

local locale = require "smtpcodes.locale"
local english = locale.data("en")

local M = {}

-- The first sentence of a text: up to the first sentence end followed by a
-- space (or the end).  The tables avoid "e.g." so a period ends a sentence.
-- Thai writes no full stop and a blank also parts clauses, so the Thai texts
-- mark the end of a first sentence another follows with two blanks (pages
-- print one: see plain); no other text holds two blanks.
local function first_sentence(text)
  -- a full stop and a blank, the ideographic full stop, or the Devanagari danda
  local stop = text:find("[%.!?] ", 1) or text:find("\227\128\130", 1, true)
    or text:find("\224\165\164 ", 1, true)
  local marked = text:find("  ", 1, true)
  if marked and (not stop or marked < stop) then return text:sub(1, marked - 1) end
  if not stop then return text end
  local b = text:byte(stop)
  if b == 227 or b == 224 then return text:sub(1, stop + 2) end
  return text:sub(1, stop)
end

-- A text as a page prints it: the two blanks that end a Thai sentence made one.
local function plain(text)
  if not text:find("  ", 1, true) then return text end
  return (text:gsub("  +", " "))
end

-- A text without its first sentence ("" when it has only one).
local function after_first_sentence(text)
  return (text:sub(#first_sentence(text) + 1):gsub("^%s+", ""))
end

local function heading(blocks, level, text)
  blocks[#blocks + 1] = { type = "heading", level = level, text = plain(text) }
end

local function paragraph(blocks, text)
  blocks[#blocks + 1] = { type = "paragraph", text = plain(text) }
end

local function list(blocks, items, ordered)
  if #items > 0 then
    for i, item in ipairs(items) do items[i] = plain(item) end
    blocks[#blocks + 1] = { type = "list", ordered = ordered or false, items = items }
  end
end

-- Texts of an info in the translator's language.
local function texts(t, info)
  if info.kind == "enhanced" and not info.registered then
    local u = locale.unregistered(t.tag, info)
    if info.provider then
      -- a provider's own code: its texts, translated where the locale has them
      return { name = t:provider(info, "name"), description = t:provider(info, "description"),
        when = t:provider(info, "when"), fix = t:provider(info, "fix") }
    end
    return { name = u.name, description = u.description, when = u.when, fix = u.fix }
  end
  return {
    name = t:content(info, "name"),
    description = t:content(info, "description"),
    when = t:content(info, "when"),
    fix = t:content(info, "fix"),
    use = info.use and t:content(info, "use"),
  }
end

local function class_name(t, info)
  if info.kind == "enhanced" then return t:lookup("enhanced_class_names", info.class) end
  return t:lookup("class_names", info.class)
end

local function command_names(t, commands)
  local out = {}
  for i, c in ipairs(commands or {}) do
    if c == "CONNECT" then out[i] = t:label("greeting")
    elseif c == "ANY" then out[i] = t:label("any_command")
    elseif c == "DATA-END" then out[i] = t:label("data_end")
    else out[i] = c end
  end
  return #out > 0 and t:join_list(out) or t:label("none")
end

local function join(t, list_, none)
  local out = {}
  for i, v in ipairs(list_ or {}) do out[i] = tostring(v) end
  return #out > 0 and t:join_list(out) or none
end

-- Description / When You See It / How to Fix blocks of one code.
local function explain(blocks, t, tx, level)
  heading(blocks, level, t:label("description"))
  paragraph(blocks, tx.description)
  heading(blocks, level, t:label("when"))
  paragraph(blocks, tx.when)
  heading(blocks, level, t:label("fix"))
  paragraph(blocks, tx.fix)
end

local function details(blocks, t, info)
  local items = {}
  local function add(key, vars) items[#items + 1] = t:text(key, vars) end
  add("detail_class", { label = t:label("class"), number = info.class, name = class_name(t, info) })
  if info.kind == "basic" then
    add("detail_class", { label = t:label("category"), number = info.category,
      name = t:numbered("category_names", info.category) })
    add("detail_list", { label = t:label("commands"), items = command_names(t, info.commands) })
    add("detail_list", { label = t:label("typical_enhanced"), items = join(t, info.enhanced, t:label("none")) })
    add("detail_standing", { label = t:label("standing"), status = t:lookup("status_names", info.status) })
  else
    add("detail_class", { label = t:label("subject"), number = info.subject,
      name = t:numbered("subject_names", info.subject) or "" })
    if info.registered then
      local basic = join(t, info.basic, nil) or join(t, info.basic_wildcards, t:label("none"))
      add("detail_list", { label = t:label("typical_basic"), items = basic })
      -- pairs seen in practice that the registry does not list, each with who sends it
      local seen = {}
      for i, w in ipairs(info.seen_with or {}) do
        seen[i] = t:text("seen_with_item", { code = w.code, source = w.source })
      end
      if #seen > 0 then add("detail_list", { label = t:label("seen_with"), items = t:join_list(seen) }) end
      add("detail_list", { label = t:label("allowed_classes"), items = join(t, info.classes, t:label("none")) })
      if not info.allowed then add("detail_not_allowed", { class = info.class }) end
      if info.deprecated then add("detail_deprecated", { code = info.deprecated_by }) end
    end
  end
  heading(blocks, 2, t:label("details"))
  list(blocks, items)
end

-- The documents a page names in its own language: URL pattern, label key.
local DOCUMENT_LABELS = {
  { "^https://www%.iana%.org/assignments/smtp%-enhanced%-status%-codes", "iana_registry" },
  { "^https://www%.postfix%.org/postconf%.5%.html", "postfix_parameters" },
  { "^https://support%.google%.com/a/answer/3726730", "gmail_errors" },
}

-- Learn More: references as links, then the related codes.
local function learn_more(blocks, t, infos)
  local links, seen, related = {}, {}, {}
  -- the codes on the page are not "related" to themselves
  for _, info in ipairs(infos) do seen[info.code] = true end
  for _, info in ipairs(infos) do
    local refs = {}
    for _, ref in ipairs(info.references or {}) do refs[#refs + 1] = ref end
    for _, w in ipairs(info.seen_with or {}) do refs[#refs + 1] = { document = w.document, url = w.url } end
    for _, ref in ipairs(refs) do
      local document = ref.document
      -- the registry's and the practice sources' names in the page's language; RFC titles stay as they are
      for _, d in ipairs(DOCUMENT_LABELS) do
        if tostring(ref.url):find(d[1]) then document = t:label(d[2]) end
      end
      local text = ref.section and (document .. " \194\167" .. ref.section) or document
      if not seen[ref.url] then
        seen[ref.url] = true
        links[#links + 1] = { text = text, url = ref.url }
      end
    end
    for _, code in ipairs(info.related or {}) do
      if not seen[code] then
        seen[code] = true
        related[#related + 1] = tostring(code)
      end
    end
  end
  heading(blocks, 2, t:label("learn_more"))
  blocks[#blocks + 1] = { type = "links", items = links, colon = t:colon() }
  if #related > 0 then
    paragraph(blocks, t:text("detail_list", { label = t:label("related_codes"),
      items = t:join_list(related) }))
  end
end

-- What a client does after a code, in the code's own words: the first
-- sentence of its fix text (a class alone cannot say it: a 5xx 530 asks the
-- client to log in and repeat, a 5xx 552 for a full mailbox to try again later).
local function client_advice(tx)
  return first_sentence(tx.fix)
end

-- Marks the blocks shown in English for want of a translation (lang = "en",
-- items_lang for list items) and announces them in a note at the top.
local function mark_fallback(t, doc)
  for _, b in ipairs(doc.blocks) do
    if b.text and t:is_fallback(b.text) then b.lang = "en" end
    if b.items then
      for i, item in ipairs(b.items) do
        if type(item) == "string" and t:is_fallback(item) then
          b.items_lang = b.items_lang or {}
          b.items_lang[i] = "en"
        end
      end
    end
  end
  table.insert(doc.blocks, 1, { type = "paragraph", note = true, text = t:label("fallback_note") })
end

local function finish(t, doc)
  doc.lang, doc.dir, doc.fallback = t.tag, t.data.dir, t.fallback
  if #t.fallback > 0 then mark_fallback(t, doc) end
  return doc
end

--- The page of one code.
function M.single(info, tag)
  local t = locale.new(tag)
  local tx = texts(t, info)
  local blocks = {}
  local doc = { title = t:text("title_single", { code = info.code, name = tx.name }), blocks = blocks }
  -- what the code is and what its first digit asks of a client, in words
  -- that no paragraph below repeats
  paragraph(blocks, t:text("summary_single_" .. info.class, { code = info.code, name = tx.name }))
  explain(blocks, t, tx, 2)
  details(blocks, t, info)
  learn_more(blocks, t, { info })
  return finish(t, doc)
end

-- One sentence per structured difference.
local function difference_text(t, cmp, d, names)
  local a, b = cmp.first, cmp.second
  if d.kind == "class" then
    return t:text("diff_class", { first = a.code, second = b.code, first_class = a.class,
      second_class = b.class, first_name = class_name(t, a), second_name = class_name(t, b) })
  elseif d.kind == "retry" then
    return t:text(d.first and "diff_retry_first" or "diff_retry_second", { first = a.code, second = b.code })
  elseif d.kind == "category" then
    return t:text("diff_category", { first = a.code, second = b.code,
      first_name = t:numbered("category_names", a.category),
      second_name = t:numbered("category_names", b.category) })
  elseif d.kind == "subject" then
    return t:text("diff_subject", { first = a.code, second = b.code,
      first_name = t:subject_phrase(a.subject), second_name = t:subject_phrase(b.subject) })
  elseif d.kind == "meaning" then
    return t:text("diff_meaning", { first = a.code, second = b.code,
      first_name = names[1], second_name = names[2] })
  elseif d.kind == "commands" then
    return t:text("diff_commands", { first = a.code, second = b.code,
      first_commands = command_names(t, a.commands), second_commands = command_names(t, b.commands) })
  elseif d.kind == "status" then
    return t:text("diff_status", { first = a.code, second = b.code,
      first_status = t:lookup("status_names", a.status), second_status = t:lookup("status_names", b.status) })
  elseif d.kind == "kind" then
    local basic, enhanced = a, b
    if a.kind == "enhanced" then basic, enhanced = b, a end
    return t:text("diff_kind", { basic = basic.code, enhanced = enhanced.code })
  end
  -- how the two relate, from the pair advice: a choice (250/550), a sequence
  -- (334/235), the two ends of a session (220/221)
  -- (the "When to Use Which" section then goes on from the second sentence)
  if d.advice and after_first_sentence(t:pair(a.code, b.code, d.advice)) ~= "" then
    return first_sentence(t:pair(a.code, b.code, d.advice)), true
  end
  return t:text("diff_related", { first = a.code, second = b.code })
end

-- skip_first: the key differences already gave the pair advice's first sentence.
local function advice_text(t, item, use_texts, code_texts, skip_first)
  if item.kind == "pair" then
    local text = t:pair(item.first, item.second, item.text)
    return skip_first and after_first_sentence(text) or text
  elseif item.kind == "send" then
    return use_texts[item.code]
  elseif item.kind == "choose_class" then
    return t:text("advice_choose_class")
  elseif item.kind == "unrelated" then
    return t:text("advice_unrelated", { first = item.first, second = item.second })
  elseif item.kind == "pairing" then
    return t:text(item.consistent and "advice_pairing_consistent" or "advice_pairing_mismatch",
      { basic = item.basic, enhanced = item.enhanced })
  end
  return client_advice(code_texts[item.code])
end

--- The page comparing two codes.
function M.comparison(cmp, tag)
  local t = locale.new(tag)
  local a, b = cmp.first, cmp.second
  local ta, tb = texts(t, a), texts(t, b)
  local blocks = {}
  local doc = { blocks = blocks, title = t:text("title_compare",
    { first = a.code, first_name = ta.name, second = b.code, second_name = tb.name }) }

  local summary
  if cmp.same_class and a.kind == b.kind then
    summary = t:text("summary_same_class", { first = a.code, second = b.code, class_name = class_name(t, a) })
  else
    summary = t:text("summary_diff_class", { first = a.code, second = b.code,
      first_class_name = class_name(t, a), second_class_name = class_name(t, b) })
  end
  paragraph(blocks, locale.join_sentences(summary,
    t:text("summary_meaning", { code = a.code, name = ta.name, sentence = first_sentence(ta.description) }),
    t:text("summary_meaning", { code = b.code, name = tb.name, sentence = first_sentence(tb.description) })))

  for _, pair in ipairs({ { a, ta }, { b, tb } }) do
    heading(blocks, 2, t:text("heading_code", { code = pair[1].code, name = pair[2].name }))
    explain(blocks, t, pair[2], 3)
  end

  local diffs, advice_started = {}, false
  for i, d in ipairs(cmp.differences) do
    local text, from_advice = difference_text(t, cmp, d, { ta.name, tb.name })
    diffs[i], advice_started = text, advice_started or from_advice == true
  end
  heading(blocks, 2, t:label("key_differences"))
  list(blocks, diffs, true)

  local use_texts = { [a.code] = ta.use, [b.code] = tb.use }
  heading(blocks, 2, t:label("when_to_use"))
  local code_texts = { [a.code] = ta, [b.code] = tb }
  for _, item in ipairs(cmp.advice) do
    paragraph(blocks, advice_text(t, item, use_texts, code_texts, advice_started))
  end

  learn_more(blocks, t, { a, b })
  return finish(t, doc)
end

-- A server's own words made safe to show: invalid UTF-8 sequences and
-- control characters (an ESC could drive the reader's terminal) become U+FFFD.
local function safe(line)
  local out, i, n = {}, 1, #line
  while i <= n do
    local c = line:byte(i)
    local len = c < 0x80 and 1 or (c >= 0xC2 and c <= 0xDF) and 2 or (c >= 0xE0 and c <= 0xEF) and 3
      or (c >= 0xF0 and c <= 0xF4) and 4 or 0
    local ok = len > 0 and i + len - 1 <= n
    for k = 1, len - 1 do
      local b = ok and line:byte(i + k)
      if not b or b < 0x80 or b > 0xBF then ok = false end
    end
    if ok and len == 1 and (c < 0x20 and c ~= 9 or c == 0x7F) then ok = false end
    if ok then
      out[#out + 1] = line:sub(i, i + len - 1)
      i = i + len
    else
      out[#out + 1] = "\239\191\189"
      i = i + 1
    end
  end
  return table.concat(out)
end
M.safe = safe

local function duration(t, seconds)
  if seconds % 86400 == 0 then return t:text("duration_days", { n = math.floor(seconds / 86400) }) end
  if seconds % 3600 == 0 then return t:text("duration_hours", { n = math.floor(seconds / 3600) }) end
  return t:text("duration_minutes", { n = math.ceil(seconds / 60) })
end

--- How much of a server's reply an explanation page shows.
M.MAX_SHOWN_LINES = 100
M.MAX_SHOWN_BYTES = 2048

-- The lines of a reply as the server sent them: a parsed reply has them; a
-- table made elsewhere (LuaSocket, decoded JSON) may hold only raw, or only
-- code, enhanced and text.
local function reply_lines(reply)
  local lines = reply.lines
  if type(lines) == "table" and #lines > 0 then
    local out = {}
    for i, line in ipairs(lines) do
      if type(line) ~= "string" then out = nil break end
      out[i] = line
    end
    if out then return out end
  end
  if type(reply.raw) == "string" and reply.raw ~= "" then
    local out = {}
    for line in (reply.raw:gsub("\r?\n$", "") .. "\n"):gmatch("([^\n]*)\n") do out[#out + 1] = line:gsub("\r$", "") end
    return out
  end
  local enhanced = type(reply.enhanced) == "string" and (reply.enhanced .. " ") or ""
  return { tostring(reply.code) .. " " .. enhanced .. tostring(reply.text) }
end

-- The code whose meaning a reply's page states: the enhanced code where it
-- says more than the basic one (5.7.708 under 550, not 550's "mailbox
-- unavailable"), the basic code where the enhanced one is only its class's
-- "other or undefined" (450 for 4.2.0 greylisting), else whichever there is.
local function most_specific(infos)
  local basic, enhanced = infos[1], infos[2]
  if not enhanced then return infos end
  local specific = enhanced.provider or (enhanced.registered and not enhanced.code:find("%.0$"))
  if specific or basic.kind ~= "basic" then return { enhanced } end
  return { basic }
end

-- What the Learn More section of a reply shows of its codes: the basic
-- code's defining reference only (550 also cites RFC 7505 for null MX, 450
-- RFC 2645 for ATRN, which a reply about a mailbox does not concern), the
-- enhanced code's references, and a practice source of the pair received;
-- the related codes of the code whose meaning the page states (550's
-- mailbox codes do not concern 5.7.708's blocked IP address).
local function reply_infos(infos, basic, stated)
  local out = {}
  for i, info in ipairs(infos) do
    local refs, seen = info.references or {}, {}
    if info.kind == "basic" then refs = { refs[1] } end
    for _, w in ipairs(info.seen_with or {}) do
      if w.code == basic then seen[#seen + 1] = w end
    end
    out[i] = { code = info.code, references = refs, related = info == stated and info.related or nil,
      seen_with = seen }
  end
  return out
end

--- The page explaining a server's reply from its classification.
function M.explanation(cls, tag)
  local get = require("smtpcodes").get
  local t = locale.new(tag)
  local blocks = {}
  -- code 0 (extract found an enhanced code alone, or a failure without a reply) names no basic code
  local basic = cls.code ~= 0 and cls.code or nil
  local named = {}
  if basic then named[#named + 1] = tostring(basic) end
  if cls.enhanced then named[#named + 1] = cls.enhanced end
  local infos = {}
  for _, key in ipairs({ basic or false, cls.enhanced or false }) do
    local info = key and get(key)
    if info then infos[#infos + 1] = info end
  end
  -- a success or an intermediate reply has no reason to give: its title names the code
  local ok = cls.verdict == "success" or cls.verdict == "intermediate"
  local doc = { blocks = blocks }
  if #named == 0 then
    doc.title = t:text("title_reply_nocode", { reason = t:lookup("reason_names", cls.reason) })
  else
    doc.title = t:text("title_reply", { code = table.concat(named, " "),
      reason = ok and infos[1] and texts(t, infos[1]).name or t:lookup("reason_names", cls.reason) })
  end

  if cls.reply then
    heading(blocks, 2, t:label("server_reply"))
    local lines = {}
    -- a page shows the start of a huge reply: its first MAX_SHOWN_LINES lines,
    -- each cut at MAX_SHOWN_BYTES, then a mark that more followed
    local all, cut = reply_lines(cls.reply), false
    for i, line in ipairs(all) do
      if i > M.MAX_SHOWN_LINES then cut = true break end
      if #line > M.MAX_SHOWN_BYTES then line, cut = line:sub(1, M.MAX_SHOWN_BYTES), true end
      lines[i] = safe(line)
    end
    if cut then lines[#lines + 1] = "[\226\128\166]" end
    blocks[#blocks + 1] = { type = "verbatim", lines = lines }
  end

  heading(blocks, 2, t:label("meaning"))
  -- a full mailbox under a 5xx code: permanent by the code, retried all the same (the advice says so)
  local retried = cls.verdict == "permanent" and (cls.action == "retry" or cls.action == "retry_later_slowly")
  local sentences = { t:lookup("verdict_texts", retried and "permanent_retry" or cls.verdict) }
  local stated = most_specific(infos)
  for _, info in ipairs(stated) do
    local tx = texts(t, info)
    sentences[#sentences + 1] = t:text("summary_meaning", { code = info.code, name = tx.name,
      sentence = first_sentence(tx.description) })
  end
  paragraph(blocks, locale.join_sentences((table.unpack or unpack)(sentences)))
  local clauses = {}
  for _, w in ipairs(cls.warnings or {}) do
    -- LF line ends come from the terminal or the log the reply was pasted from, not from the server
    if w ~= "bare_lf" then clauses[#clauses + 1] = t:lookup("warning_texts", w) or w end
  end
  if #clauses > 0 then
    paragraph(blocks, t:text("warnings_note", { warnings = t:join_list(clauses) }))
  end

  if not ok then
    heading(blocks, 2, t:label("reason"))
    local why = { cls.reason == "unknown" and t:lookup("reason_names", "unknown") .. t:full_stop()
      or t:text("reason_sentence", { reason = t:lookup("reason_names", cls.reason) }),
      t:lookup("source_texts", cls.source) }
    if cls.provider then
      -- a provider's code range is named by the code received (5.7.720, not 5.7.700-5.7.749)
      local marker = cls.provider.is_code and cls.enhanced or cls.provider.marker
      why[#why + 1] = t:text("provider_note", { provider = cls.provider.provider, marker = marker })
    end
    if cls.matched_rule then why[#why + 1] = t:text("rule_note", { rule = cls.matched_rule }) end
    paragraph(blocks, locale.join_sentences((table.unpack or unpack)(why)))
  end

  heading(blocks, 2, t:label("what_to_do"))
  -- fixing the sending side means one thing for a failed SPF check and
  -- another for a blocked IP address or an oversized message
  local setup = cls.action == "fix_sender_setup" and english.setup_texts[cls.reason] ~= nil
  local todo = { setup and t:lookup("setup_texts", cls.reason)
    or t:lookup("action_texts", retried and "permanent_retry" or cls.action) }
  if cls.retry then
    todo[#todo + 1] = t:text("retry_plan", { after = duration(t, cls.retry.after),
      give_up = duration(t, cls.retry.give_up) })
  end
  paragraph(blocks, locale.join_sentences((table.unpack or unpack)(todo)))

  if #infos > 0 then learn_more(blocks, t, reply_infos(infos, basic, stated[1])) end
  return finish(t, doc)
end

M.first_sentence = first_sentence

--- The texts of an info in the language tag (English where it has none):
-- {name, description, when, fix, use}.
function M.texts(info, tag)
  return texts(locale.new(tag), info)
end

--- The name of an info in the language tag.
function M.name(info, tag)
  return M.texts(info, tag).name
end

return M
