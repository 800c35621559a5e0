-- Français (fr) : textes de l'outil en ligne de commande (--help, erreurs d'utilisation, messages d'erreur).
-- Termes du glossaire de fr/content.lua : code de réponse, code d'état étendu, réponse, rebond.
return {
  usage_label = "Utilisation :",
  options_label = "Options :",

  main_synopsis = {
    { "smtpcodes [options] CODE", "expliquer un code (550, 5.7.26)" },
    { "smtpcodes [options] CODE CODE", "comparer deux codes (220 551)" },
    { "smtpcodes [options] explain RÉPONSE", "expliquer la réponse d'un serveur ou un message d'erreur" },
    { "smtpcodes [options] explain [-]", "de même, en lisant la réponse sur l'entrée standard" },
    { "smtpcodes [options] --list [--class N] [--kind basic|enhanced]", "lister les codes connus" },
  },
  main_options = {
    { "-f, --format FORMAT", "text (par défaut), markdown, html ou json" },
    { "    --json", "équivaut à --format json" },
    { "-l, --lang LANGUE", "langue de l'interface (par défaut : d'après LANGUAGE, LC_ALL, LC_MESSAGES ou "
      .. "LANG, dans cet ordre, sinon « en », l'anglais)" },
    { "-w, --width N", "dans la sortie texte, renvoyer à la ligne après N colonnes (0 : aucun renvoi à la ligne ; par "
      .. "défaut : la largeur du terminal, sinon 80)" },
    { "    --list", "lister les codes connus, un par ligne" },
    { "    --class N", "avec --list : seulement la classe N (2, 3, 4 ou 5)" },
    { "    --kind TYPE", "avec --list : seulement les codes de base (basic) ou étendus (enhanced)" },
    { "-h, --help", "afficher cette aide" },
    { "-v, --version", "afficher la version" },
  },
  main_exit = "Code de sortie : 0 en cas de succès, 1 pour un code inconnu ou mal formé ou si aucune réponse "
    .. "n'a été trouvée, 2 pour une erreur d'utilisation, 3 si la sortie ne peut pas être écrite.",

  scan_synopsis = {
    { "smtpcodes scan [options] [CHEMIN ...]", "" },
  },
  scan_intro = "Lit des messages de rebond, des dossiers Maildir (cur/ et new/), des fichiers mbox et des "
    .. "journaux de MTA (Postfix, Exim, Sendmail) et écrit un résultat par destinataire. Avec le CHEMIN « - » ou "
    .. "sans CHEMIN, l'entrée standard est lue.",
  scan_options = {
    { "-f, --format FORMAT", "text (un tableau, par défaut), jsonl, json ou summary" },
    { "-l, --lang LANGUE", "langue des formats text et summary (par défaut : d'après LANGUAGE, LC_ALL, "
      .. "LC_MESSAGES ou LANG, dans cet ordre, sinon « en », l'anglais)" },
    { "    --mode MODE", "auto (par défaut : format déduit de la première ligne), mail, mbox ou log" },
    { "    --follow", "lire ligne par ligne et écrire chaque enregistrement dès qu'il est complet "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary : les N diagnostics les plus fréquents (10 par défaut)" },
    { "-w, --width N", "renvoyer cette aide à la ligne après N colonnes (0 : aucun renvoi à la ligne ; par"
      .. " défaut : la largeur du terminal, sinon 80)" },
    { "-h, --help", "afficher cette aide" },
  },
  scan_exit = "Code de sortie : 0 si un résultat a été trouvé, 1 si l'entrée ne contenait ni rebond ni "
    .. "enregistrement de journal, 2 pour une erreur d'utilisation.",

  try_help = "Utilisez « {command} --help » pour plus d'informations.",
  unknown_option = "option inconnue {option}",
  needs_value = "l'option {option} exige une valeur",
  unknown_format = "format inconnu « {format} » (text, markdown, html ou json)",
  width_number = "--width exige un nombre entier",
  class_digit = "--class exige 2, 3, 4 ou 5",
  kind_value = "--kind exige basic ou enhanced",
  list_only = "--class et --kind ne s'emploient qu'avec --list",
  list_no_codes = "--list n'accepte aucun code",
  explain_one = "explain accepte une seule réponse (entre guillemets) ou lit l'entrée standard",
  one_or_two = "indiquer un code à expliquer ou deux codes à comparer",
  unknown_language = "langue « {lang} » non prise en charge ; langues disponibles : {languages}",
  scan_unknown_format = "format inconnu « {format} » (text, jsonl, json ou summary)",
  unknown_mode = "mode inconnu « {mode} » (auto, mail, mbox ou log)",
  top_number = "--top exige un nombre entier supérieur à 0",

  error_malformed = "code non valide « {input} » : il faut un code de réponse à trois chiffres, comme 550, ou un "
    .. "code d'état étendu, comme 5.1.1",
  error_out_of_range = "code non valide « {input} » : cette classe n'existe pas ; un code de réponse va de 200 à 599, "
    .. "un code d'état étendu commence par 2, 4 ou 5",
  error_unknown = "code inconnu « {input} » : aucune norme ni aucun usage documenté ne définit ce code de réponse",
  error_empty = "entrée vide : aucune réponse",
  error_not_a_reply = "ce n'est pas une réponse SMTP : le texte ne commence pas par un code à trois chiffres",
  error_bad_code = "ce n'est pas une réponse SMTP : le code n'est pas compris entre 2xx et 5xx",
  error_too_long = "réponse trop longue : une ligne ou la réponse entière dépasse la longueur autorisée",
  error_too_many_lines = "la réponse dépasse le nombre de lignes autorisé",
  error_incomplete = "réponse incomplète : sa dernière ligne n'est pas arrivée",

  cannot_write = "impossible d'écrire la sortie : {why}",
  not_translated = "certaines explications ne sont pas encore traduites en français ; elles s'affichent en anglais",
}
