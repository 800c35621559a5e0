---@meta
-- LuaLS definitions for smtpcodes, so editors (Neovim with lua_ls) complete
-- every public function.  Not loaded at run time.

---@class smtpcodes.Reference
---@field document string   "RFC 5321", "IANA SMTP Enhanced Status Codes registry", a draft name
---@field rfc? integer
---@field section? string   "4.2.2"
---@field url string

---@class smtpcodes.Info
---@field code integer|string  550 for a basic code, "5.1.1" for an enhanced one
---@field kind "basic"|"enhanced"
---@field name string
---@field class integer        2..5
---@field class_name string
---@field category? integer    basic: the second digit
---@field category_name? string
---@field subject? integer     enhanced: the middle number
---@field subject_name? string
---@field detail? integer      enhanced: the last number
---@field description string
---@field when string
---@field fix string
---@field use? string          basic: when a server should send it
---@field commands? string[]   basic: the SMTP commands it answers ("CONNECT" is the greeting)
---@field related? integer[]   basic: codes to compare it with
---@field enhanced? string[]   basic: typical enhanced codes
---@field basic? integer[]     enhanced: associated basic codes of its class
---@field basic_wildcards? string[] enhanced: "any", "4xx", "5xx"
---@field classes? integer[]   enhanced: classes the registry entry may be sent with
---@field allowed? boolean     enhanced: this class is one of them
---@field references smtpcodes.Reference[]
---@field status? "core"|"extension"|"experimental"|"registry-only"|"draft"|"non-standard"
---@field registered boolean
---@field deprecated? boolean
---@field deprecated_by? string

---@class smtpcodes.Difference
---@field kind "class"|"retry"|"category"|"subject"|"meaning"|"commands"|"status"|"kind"|"related"
---@field first any
---@field second any

---@class smtpcodes.Advice
---@field kind "pair"|"send"|"choose_class"|"pairing"|"client"
---@field text? string
---@field code? integer|string
---@field action? "proceed"|"continue"|"retry"|"give_up"

---@class smtpcodes.Comparison
---@field kind "comparison"
---@field first smtpcodes.Info
---@field second smtpcodes.Info
---@field same_class boolean
---@field same_category boolean
---@field differences smtpcodes.Difference[]
---@field advice smtpcodes.Advice[]

---@class smtpcodes.FormatOptions
---@field format? "text"|"markdown"|"html"|"json"
---@field lang? string         "ko", "ko-KR", "pt_BR.UTF-8", ...
---@field width? integer       text wrapping; 0 for none (default 80)
---@field fallback? boolean    false: refuse a page that would fall back to English

---@class smtpcodes.Reply
---@field code integer
---@field class integer
---@field enhanced? string
---@field text string
---@field lines string[]      built on first access
---@field raw string          built on first access for a canonical one-line reply
---@field warnings string[]
---@field nested? smtpcodes.Reply  extract(): the reply an NDR quotes

---@class smtpcodes.Limits
---@field max_line? integer   default 2048
---@field max_lines? integer  default 1000
---@field max_size? integer   default 65536

---@class smtpcodes.Parser
local Parser = {}
---Feeds bytes; nil means the end of the stream (the same as finish()).
---When no reply completed, the array is one shared, read-only empty table.
---@param chunk string|nil
---@return smtpcodes.Reply[]|nil replies
---@return string? message
---@return string? errname
function Parser:feed(chunk) end
---The stream ended: {} when it ended between replies, else nil, message,
---errname ("incomplete" for a reply cut short).  The parser starts afresh.
---@return table|nil
---@return string? message
---@return string? errname
function Parser:finish() end
---@return integer
function Parser:pending() end
function Parser:reset() end

---@class smtpcodes.Classification
---@field kind "classification"
---@field verdict "success"|"intermediate"|"transient"|"permanent"|"unknown"
---@field reason string
---@field action string
---@field source "provider"|"enhanced"|"text"|"basic"|"rule"|"nothing"
---@field retry? {after: integer, give_up: integer}
---@field provider? table
---@field matched_rule? string
---@field code? integer
---@field enhanced? string
---@field reply? smtpcodes.Reply

---@class smtpcodes.Classifier
local Classifier = {}
---@param x smtpcodes.Reply|string|integer|smtpcodes.Info
---@return smtpcodes.Classification|nil
---@return string? message
---@return string? errname
function Classifier:classify(x) end

---One recipient's result from a bounce mail or a log line.
---@class smtpcodes.ScanResult
---@field recipient? string
---@field original_recipient? string
---@field sender? string
---@field delivery "failed"|"delayed"|"delivered"|"relayed"|"expanded"|"unknown"
---@field status? string the delivery status, an enhanced code
---@field reply? {code?: integer, enhanced?: string, text?: string} the remote server's reply
---@field command "CONNECT"|"EHLO"|"MAIL"|"RCPT"|"DATA"|"DATA-END"|"none"
---@field remote_mta? string
---@field reporting_mta? string
---@field queue_id? string
---@field message_id? string
---@field date? string
---@field diagnostic? string
---@field feedback_type? string
---@field source string the layout read: "rfc3464", "qmail", "postfix-log", ... (docs/scanning.md lists them)
---@field kind "bounce"|"delay"|"delivery"|"feedback"|"autoreply"
---@field verdict string
---@field reason string
---@field action string
---@field reason_source string where the reason came from: "provider", "enhanced", "text", "basic" or "nothing"
---@field retry? {after: integer, give_up: integer}
---@field provider? table
---@field line integer 1-based input line where the record starts
---@field index integer 1-based position within its message or log

---@class smtpcodes.Scanner
local Scanner = {}
---@param chunk string
---@return smtpcodes.ScanResult[]
function Scanner:feed(chunk) end
---@return smtpcodes.ScanResult[]
function Scanner:finish() end
---@return integer
function Scanner:count() end
---@return "auto"|"mail"|"mbox"|"log"
function Scanner:mode() end

---@class smtpcodes
---@field _VERSION string
---@field backend "ffi"|"classic" which binding calls the C core: LuaJIT's FFI fast path, or the Lua C API
local smtpcodes = {}

---Parses one whole reply.
---@param text string
---@param limits? smtpcodes.Limits
---@return smtpcodes.Reply|nil
---@return string? message
---@return string? errname
function smtpcodes.parse(text, limits) end

---An incremental parser for socket reads.
---@param limits? smtpcodes.Limits
---@return smtpcodes.Parser
function smtpcodes.parser(limits) end

---Finds the SMTP reply inside an error message or a log line.
---@param s string
---@return smtpcodes.Reply|nil
---@return string? message
---@return string? errname
function smtpcodes.extract(s) end

---Says what a reply means: verdict, reason, action, retry.
---@param x smtpcodes.Reply|string|integer|smtpcodes.Info
---@return smtpcodes.Classification|nil
---@return string? message
---@return string? errname
function smtpcodes.classify(x) end

---Classifies x and renders the explanation page, like `smtpcodes explain`.
---@param x smtpcodes.Reply|string|integer|smtpcodes.Info
---@param opts? smtpcodes.FormatOptions
---@return string|nil page
---@return string? message
---@return string? errname
function smtpcodes.explain(x, opts) end

---A classifier whose caller rules win over the built-in ones.
---@param rules table[]
---@return smtpcodes.Classifier
function smtpcodes.classifier(rules) end

---Every per-recipient result of a bounce mail, an mbox or a log text.
---@param text string
---@param opts? {mode?: "auto"|"mail"|"mbox"|"log", limits?: table, classifier?: smtpcodes.Classifier}
---@return smtpcodes.ScanResult[]|nil
---@return string? message
---@return string? errname
function smtpcodes.scan(text, opts) end

---A streaming scanner: feed chunks, get each result as soon as its record is complete.
---@param opts? {mode?: "auto"|"mail"|"mbox"|"log", limits?: table, classifier?: smtpcodes.Classifier}
---@return smtpcodes.Scanner
function smtpcodes.scanner(opts) end

---A copy with every lazily built reply field filled in, for JSON encoders.
---@param x table
---@return table
function smtpcodes.plain(x) end

---Looks a code up.
---@param code integer|string
---@return smtpcodes.Info|nil info
---@return string? message
---@return string? errname "malformed"|"out_of_range"|"unknown"
function smtpcodes.get(code) end

---Lists codes in order.
---@param filter? {kind?: "basic"|"enhanced", class?: integer}
---@return smtpcodes.Info[]
function smtpcodes.list(filter) end

---Compares two codes; the result is in ascending order.
---@param a integer|string|smtpcodes.Info
---@param b integer|string|smtpcodes.Info
---@return smtpcodes.Comparison|nil
---@return string? message
---@return string? errname
function smtpcodes.compare(a, b) end

---Renders an info, a comparison, a classification or a reply as one string.
---@param x smtpcodes.Info|smtpcodes.Comparison|smtpcodes.Classification|smtpcodes.Reply
---@param opts? smtpcodes.FormatOptions
---@return string|nil text
---@return string? message
---@return string? errname
function smtpcodes.format(x, opts) end

---The document model format() renders: title, blocks, lang, dir, fallback.
---@param x smtpcodes.Info|smtpcodes.Comparison|smtpcodes.Classification|smtpcodes.Reply
---@param opts? smtpcodes.FormatOptions
---@return table|nil document
---@return string? message
---@return string? errname
function smtpcodes.document(x, opts) end

---The supported interface language tags.
---@return string[]
function smtpcodes.languages() end

---@param code integer|string|table
---@return boolean|nil
---@return string? message
---@return string? errname
function smtpcodes.is_success(code) end

---@param code integer|string|table
---@return boolean|nil
---@return string? message
---@return string? errname
function smtpcodes.is_intermediate(code) end

---@param code integer|string|table
---@return boolean|nil
---@return string? message
---@return string? errname
function smtpcodes.is_transient(code) end

---@param code integer|string|table
---@return boolean|nil
---@return string? message
---@return string? errname
function smtpcodes.is_permanent(code) end

return smtpcodes
