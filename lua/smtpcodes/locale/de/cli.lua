-- Deutsch (de): Texte des Kommandozeilenwerkzeugs (--help, Aufruffehler, Fehlermeldungen).
-- Begriffe wie im Glossar von de/content.lua: Antwortcode, erweiterter Statuscode, Antwort, Bounce.
return {
  usage_label = "Aufruf:",
  options_label = "Optionen:",

  main_synopsis = {
    { "smtpcodes [Optionen] CODE", "einen Code erklären (550, 5.7.26)" },
    { "smtpcodes [Optionen] CODE CODE", "zwei Codes vergleichen (220 551)" },
    { "smtpcodes [Optionen] explain ANTWORT", "die Antwort eines Servers oder eine Fehlermeldung erklären" },
    { "smtpcodes [Optionen] explain [-]", "ebenso, die Antwort aber von der Standardeingabe lesen" },
    { "smtpcodes [Optionen] --list [--class N] [--kind basic|enhanced]", "die bekannten Codes auflisten" },
  },
  main_options = {
    { "-f, --format FORMAT", "text (Vorgabe), markdown, html oder json" },
    { "    --json", "gleichbedeutend mit --format json" },
    { "-l, --lang SPRACHE", "Sprache der Ausgabe (Vorgabe: aus LANGUAGE, LC_ALL, LC_MESSAGES oder LANG, in dieser Reihenfolge, sonst en)" },
    { "-w, --width N", "Textausgabe nach N Spalten umbrechen (0: kein Umbruch; Vorgabe: Breite des "
      .. "Terminals, sonst 80)" },
    { "    --list", "bekannte Codes auflisten, einen pro Zeile" },
    { "    --class N", "mit --list: nur Klasse N (2, 3, 4 oder 5)" },
    { "    --kind ART", "mit --list: nur Basiscodes (basic) oder erweiterte Codes (enhanced)" },
    { "-h, --help", "diese Hilfe anzeigen" },
    { "-v, --version", "Versionsnummer anzeigen" },
  },
  main_exit = "Beendigungsstatus: 0 bei Erfolg, 1 bei einem unbekannten oder fehlerhaften Code oder wenn keine Antwort "
    .. "gefunden wurde, 2 bei einem Aufruffehler, 3 wenn die Ausgabe nicht geschrieben werden kann.",

  scan_synopsis = {
    { "smtpcodes scan [Optionen] [PFAD ...]", "" },
  },
  scan_intro = "Liest Bounce-Mails, Maildir-Ordner (cur/ und new/), mbox-Dateien und MTA-Logs (Postfix, Exim, "
    .. "Sendmail) und gibt je Empfänger ein Ergebnis aus. Mit PFAD „-“ oder ohne PFAD wird die Standardeingabe "
    .. "gelesen.",
  scan_options = {
    { "-f, --format FORMAT", "text (eine Tabelle, Vorgabe), jsonl, json oder summary" },
    { "-l, --lang SPRACHE", "Sprache der Formate text und summary (Vorgabe: aus LANGUAGE, LC_ALL, LC_MESSAGES oder "
      .. "LANG, in dieser Reihenfolge, sonst en)" },
    { "    --mode MODUS", "auto (Vorgabe: die erste Zeile entscheidet), mail, mbox oder log" },
    { "    --follow", "zeilenweise lesen und jeden Datensatz ausgeben, sobald er vollständig ist "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary: die N häufigsten Diagnosen (Vorgabe: 10)" },
    { "-w, --width N", "diese Hilfe nach N Spalten umbrechen (0: kein Umbruch; Vorgabe: Breite des"
      .. " Terminals, sonst 80)" },
    { "-h, --help", "diese Hilfe anzeigen" },
  },
  scan_exit = "Beendigungsstatus: 0, wenn ein Ergebnis gefunden wurde, 1, wenn die Eingabe weder einen Bounce noch "
    .. "einen Logeintrag enthielt, 2 bei einem Aufruffehler.",

  try_help = "Weitere Informationen zeigt „{command} --help“.",
  unknown_option = "unbekannte Option {option}",
  needs_value = "Option {option} verlangt einen Wert",
  unknown_format = "unbekanntes Format „{format}“ (text, markdown, html oder json)",
  width_number = "--width verlangt eine ganze Zahl",
  class_digit = "--class verlangt 2, 3, 4 oder 5",
  kind_value = "--kind verlangt basic oder enhanced",
  list_only = "--class und --kind sind nur zusammen mit --list zulässig",
  list_no_codes = "--list erwartet keine Codes",
  explain_one = "explain erwartet genau eine Antwort (in Anführungszeichen) oder liest die Standardeingabe",
  one_or_two = "einen Code zum Erklären oder zwei zum Vergleichen angeben",
  unknown_language = "nicht unterstützte Sprache „{lang}“; unterstützt: {languages}",
  scan_unknown_format = "unbekanntes Format „{format}“ (text, jsonl, json oder summary)",
  unknown_mode = "unbekannter Modus „{mode}“ (auto, mail, mbox oder log)",
  top_number = "--top verlangt eine ganze Zahl größer als 0",

  error_malformed = "ungültiger Code „{input}“: erwartet wird ein dreistelliger Antwortcode wie 550 oder ein "
    .. "erweiterter Statuscode wie 5.1.1",
  error_out_of_range = "ungültiger Code „{input}“: diese Klasse gibt es nicht; Antwortcodes reichen von 200 bis 599, "
    .. "erweiterte Statuscodes beginnen mit 2, 4 oder 5",
  error_unknown = "unbekannter Code „{input}“: kein Standard und keine dokumentierte Verwendung legt diesen "
    .. "Antwortcode fest",
  error_empty = "leere Eingabe: keine Antwort",
  error_not_a_reply = "keine SMTP-Antwort: sie beginnt nicht mit einem dreistelligen Code",
  error_bad_code = "keine SMTP-Antwort: der Code liegt nicht zwischen 2xx und 5xx",
  error_too_long = "Antwort zu lang: eine Zeile oder die ganze Antwort überschreitet die zulässige Länge",
  error_too_many_lines = "die Antwort hat mehr Zeilen als erlaubt",
  error_incomplete = "unvollständige Antwort: ihre Schlusszeile ist nicht angekommen",

  cannot_write = "die Ausgabe kann nicht geschrieben werden: {why}",
  not_translated = "einige Erläuterungen sind noch nicht ins Deutsche übersetzt und werden auf Englisch angezeigt",
}
