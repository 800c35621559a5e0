-- English: the texts of the command-line tool (smtpcodes --help, smtpcodes
-- scan --help, usage errors and error lines).  Every language has these keys
-- in locale/<file>/cli.lua; a key it lacks falls back to English.
-- Placeholders are {name}, as in the interface file; a translation keeps
-- every placeholder and every option name (--width), format name (json) and
-- command name (explain, scan) as typed.
-- Help rows are { left, right }: a synopsis or an option spelling on the
-- left (metavariables such as CODE may be translated), its description on
-- the right; smtpcodes.cli_help aligns the columns and wraps the right one
-- to the terminal's width.
return {
  usage_label = "Usage:",
  options_label = "Options:",

  main_synopsis = {
    { "smtpcodes [options] CODE", "explain one code (550, 5.7.26)" },
    { "smtpcodes [options] CODE CODE", "compare two codes (220 551)" },
    { "smtpcodes [options] explain REPLY", "explain a server's reply or an error message" },
    { "smtpcodes [options] explain [-]", "the same, reading the reply from standard input" },
    { "smtpcodes [options] --list [--class N] [--kind basic|enhanced]", "list the known codes" },
  },
  main_options = {
    { "-f, --format FORMAT", "text (default), markdown, html or json" },
    { "    --json", "the same as --format json" },
    { "-l, --lang TAG", "interface language (default: taken from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, in that order, else en)" },
    { "-w, --width N", "wrap text output at N columns (0: no wrapping; default: the terminal's width, else 80)" },
    { "    --list", "list the known codes, one per line" },
    { "    --class N", "with --list: only class N (2, 3, 4 or 5)" },
    { "    --kind KIND", "with --list: only basic or enhanced codes" },
    { "-h, --help", "show this help" },
    { "-v, --version", "show the version" },
  },
  main_exit = "Exit status: 0 on success, 1 for an unknown or malformed code or when no reply is found, 2 for a usage "
    .. "error, 3 when the output cannot be written.",

  scan_synopsis = {
    { "smtpcodes scan [options] [PATH ...]", "" },
  },
  scan_intro = "Reads bounce messages, Maildir folders (cur/ and new/), mbox files and MTA logs (Postfix, Exim, "
    .. "Sendmail) and writes one result per recipient. A PATH of \"-\", or no PATH at all, reads standard input.",
  scan_options = {
    { "-f, --format FORMAT", "text (a table, default), jsonl, json or summary" },
    { "-l, --lang TAG", "language of text and summary (default: taken from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, in that order, else en)" },
    { "    --mode MODE", "auto (default: detected from the first line), mail, mbox or log" },
    { "    --follow", "read line by line and write each record as soon as it is complete "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary: the N most frequent diagnostics (default 10)" },
    { "-w, --width N", "wrap this help at N columns (0: no wrapping; default: the terminal's width, else 80)" },
    { "-h, --help", "show this help" },
  },
  scan_exit = "Exit status: 0 when a result was found, 1 when nothing in the input was a bounce or a log record, "
    .. "2 for a usage error.",

  -- Usage errors (exit status 2), each followed by try_help.
  try_help = "Try '{command} --help' for more information.",
  unknown_option = "unknown option {option}",
  needs_value = "option {option} needs a value",
  unknown_format = "unknown format '{format}' (text, markdown, html or json)",
  width_number = "--width takes a whole number",
  class_digit = "--class takes 2, 3, 4 or 5",
  kind_value = "--kind takes basic or enhanced",
  list_only = "--class and --kind require --list",
  list_no_codes = "--list takes no codes",
  explain_one = "explain takes one reply (quote it) or reads standard input",
  one_or_two = "give one code to explain or two to compare",
  unknown_language = "unsupported language '{lang}'; supported: {languages}",
  scan_unknown_format = "unknown format '{format}' (text, jsonl, json or summary)",
  unknown_mode = "unknown mode '{mode}' (auto, mail, mbox or log)",
  top_number = "--top takes a whole number above 0",

  -- Codes and replies that are none (exit status 1), by the core's errname; {input} is the input as typed
  -- (control characters and what is not ASCII escaped: \x1B, \u{FF15}), inside this language's quotation marks.
  error_malformed = "invalid code '{input}': expected a three-digit reply code such as 550 or an enhanced status "
    .. "code such as 5.1.1",
  error_out_of_range = "invalid code '{input}': no such class (a reply code is 200 to 599; an enhanced status code "
    .. "starts with 2, 4 or 5)",
  error_unknown = "unknown code '{input}': no standard or documented use defines this reply code",
  error_empty = "empty input: no reply",
  error_not_a_reply = "not an SMTP reply: it does not start with a three-digit code",
  error_bad_code = "not an SMTP reply: the code is not 2xx to 5xx",
  error_too_long = "reply too long: a line or the whole reply exceeds its limit",
  error_too_many_lines = "reply has more lines than the limit allows",
  error_incomplete = "incomplete reply: its final line has not arrived",

  -- Output problems and notes.
  cannot_write = "cannot write the output: {why}",
  not_translated = "some explanations are not translated into {language} yet; they are shown in English",
}
