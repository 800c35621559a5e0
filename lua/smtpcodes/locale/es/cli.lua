-- Español (es): textos de la herramienta de línea de órdenes (--help, errores de uso, mensajes de error).
-- Términos del glosario de es/content.lua: código de respuesta, código de estado mejorado, respuesta, rebote.
return {
  usage_label = "Uso:",
  options_label = "Opciones:",

  main_synopsis = {
    { "smtpcodes [opciones] CÓDIGO", "explica un código (550, 5.7.26)" },
    { "smtpcodes [opciones] CÓDIGO CÓDIGO", "compara dos códigos (220 551)" },
    { "smtpcodes [opciones] explain RESPUESTA", "explica la respuesta de un servidor o un mensaje de error" },
    { "smtpcodes [opciones] explain [-]", "lo mismo, pero lee la respuesta de la entrada estándar" },
    { "smtpcodes [opciones] --list [--class N] [--kind basic|enhanced]", "lista los códigos conocidos" },
  },
  main_options = {
    { "-f, --format FORMATO", "text (predeterminado), markdown, html o json" },
    { "    --json", "equivale a --format json" },
    { "-l, --lang IDIOMA", "idioma de la interfaz (predeterminado: se toma de LANGUAGE, LC_ALL, "
      .. "LC_MESSAGES o LANG, por este orden; si no, el inglés, «en»)" },
    { "-w, --width N", "ajusta la salida de texto a N columnas (0: sin ajuste; predeterminado: el ancho del "
      .. "terminal o, si no, 80)" },
    { "    --list", "lista los códigos conocidos, uno por línea" },
    { "    --class N", "con --list: solo la clase N (2, 3, 4 o 5)" },
    { "    --kind TIPO", "con --list: solo los códigos básicos (basic) o mejorados (enhanced)" },
    { "-h, --help", "muestra esta ayuda" },
    { "-v, --version", "muestra la versión" },
  },
  main_exit = "Estado de salida: 0 en caso de éxito; 1 si el código es desconocido o está mal formado, o si no "
    .. "se encuentra ninguna respuesta; 2 si hay un error de uso; 3 si no se puede escribir la salida.",

  scan_synopsis = {
    { "smtpcodes scan [opciones] [RUTA ...]", "" },
  },
  scan_intro = "Lee correos de rebote, carpetas Maildir (cur/ y new/), archivos mbox y registros de MTA "
    .. "(Postfix, Exim, Sendmail) y escribe un resultado por destinatario. Con RUTA «-» o sin RUTA lee la "
    .. "entrada estándar.",
  scan_options = {
    { "-f, --format FORMATO", "text (una tabla, predeterminado), jsonl, json o summary" },
    { "-l, --lang IDIOMA", "idioma de los formatos text y summary (predeterminado: se toma de LANGUAGE, LC_ALL, "
      .. "LC_MESSAGES o LANG, por este orden; si no, el inglés, «en»)" },
    { "    --mode MODO", "auto (predeterminado: se detecta por la primera línea), mail, mbox o log" },
    { "    --follow", "lee línea a línea y escribe cada resultado en cuanto está completo "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary: los N diagnósticos más frecuentes (predeterminado: 10)" },
    { "-w, --width N", "ajusta esta ayuda a N columnas (0: sin ajuste; predeterminado: el ancho del terminal"
      .. " o, si no, 80)" },
    { "-h, --help", "muestra esta ayuda" },
  },
  scan_exit = "Estado de salida: 0 si se encontró algún resultado; 1 si la entrada no contenía ningún rebote ni "
    .. "ninguna entrada de registro; 2 si hay un error de uso.",

  try_help = "Más información con «{command} --help».",
  unknown_option = "opción desconocida {option}",
  needs_value = "la opción {option} necesita un valor",
  unknown_format = "formato desconocido «{format}» (text, markdown, html o json)",
  width_number = "--width requiere un número entero",
  class_digit = "--class requiere 2, 3, 4 o 5",
  kind_value = "--kind requiere basic o enhanced",
  list_only = "--class y --kind solo se usan con --list",
  list_no_codes = "--list no admite códigos",
  explain_one = "explain admite una sola respuesta (entre comillas) o lee la entrada estándar",
  one_or_two = "hay que indicar un código para explicarlo o dos para compararlos",
  unknown_language = "idioma no admitido «{lang}»; idiomas admitidos: {languages}",
  scan_unknown_format = "formato desconocido «{format}» (text, jsonl, json o summary)",
  unknown_mode = "modo desconocido «{mode}» (auto, mail, mbox o log)",
  top_number = "--top requiere un número entero mayor que 0",

  error_malformed = "código no válido «{input}»: se esperaba un código de respuesta de tres dígitos como 550 o un "
    .. "código de estado mejorado como 5.1.1",
  error_out_of_range = "código no válido «{input}»: esa clase no existe; un código de respuesta va de 200 a 599 y "
    .. "un código de estado mejorado empieza por 2, 4 o 5",
  error_unknown = "código desconocido «{input}»: ninguna norma ni ningún uso documentado define este código de "
    .. "respuesta",
  error_empty = "entrada vacía: no hay ninguna respuesta",
  error_not_a_reply = "no es una respuesta SMTP: no empieza por un código de tres dígitos",
  error_bad_code = "no es una respuesta SMTP: el código no está entre 2xx y 5xx",
  error_too_long = "respuesta demasiado larga: una línea o la respuesta entera supera la longitud permitida",
  error_too_many_lines = "la respuesta tiene más líneas de las permitidas",
  error_incomplete = "respuesta incompleta: no ha llegado su línea final",

  cannot_write = "no se puede escribir la salida: {why}",
  not_translated = "algunas explicaciones aún no están traducidas al español; se muestran en inglés",
}
