-- Português (pt): textos da ferramenta de linha de comando (--help, erros de uso, mensagens de erro).
-- Termos do glossário de pt/content.lua: código de resposta, código de status estendido, resposta, devolução.
return {
  usage_label = "Uso:",
  options_label = "Opções:",

  main_synopsis = {
    { "smtpcodes [opções] CÓDIGO", "explica um código (550, 5.7.26)" },
    { "smtpcodes [opções] CÓDIGO CÓDIGO", "compara dois códigos (220 551)" },
    { "smtpcodes [opções] explain RESPOSTA", "explica a resposta de um servidor ou uma mensagem de erro" },
    { "smtpcodes [opções] explain [-]", "o mesmo, lendo a resposta da entrada padrão" },
    { "smtpcodes [opções] --list [--class N] [--kind basic|enhanced]", "lista os códigos conhecidos" },
  },
  main_options = {
    { "-f, --format FORMATO", "text (padrão), markdown, html ou json" },
    { "    --json", "o mesmo que --format json" },
    { "-l, --lang IDIOMA", "idioma da interface (padrão: LANGUAGE, LC_ALL, LC_MESSAGES, LANG e, por fim, en)" },
    { "-w, --width N", "quebra as linhas da saída de texto após N colunas (0: sem quebra; padrão: a largura "
      .. "do terminal ou, se não houver, 80)" },
    { "    --list", "lista os códigos conhecidos, um por linha" },
    { "    --class N", "com --list: somente a classe N (2, 3, 4 ou 5)" },
    { "    --kind TIPO", "com --list: somente códigos básicos (basic) ou estendidos (enhanced)" },
    { "-h, --help", "mostra esta ajuda" },
    { "-v, --version", "mostra a versão" },
  },
  main_exit = "Status de saída: 0 em caso de sucesso, 1 para um código desconhecido ou malformado ou quando "
    .. "nenhuma resposta é encontrada, 2 para um erro de uso, 3 quando a saída não pode ser escrita.",

  scan_synopsis = {
    { "smtpcodes scan [opções] [CAMINHO ...]", "" },
  },
  scan_intro = "Lê mensagens de devolução, pastas Maildir (cur/ e new/), arquivos mbox e logs de MTA (Postfix, "
    .. "Exim, Sendmail) e escreve um resultado por destinatário. Com CAMINHO “-” ou sem CAMINHO, lê a "
    .. "entrada padrão.",
  scan_options = {
    { "-f, --format FORMATO", "text (uma tabela, padrão), jsonl, json ou summary" },
    { "-l, --lang IDIOMA", "idioma dos formatos text e summary (padrão: LANGUAGE, LC_ALL, LC_MESSAGES, LANG e, por fim, "
      .. "en)" },
    { "    --mode MODO", "auto (padrão: a primeira linha decide), mail, mbox ou log" },
    { "    --follow", "lê linha a linha e escreve cada registro assim que estiver completo "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary: os N diagnósticos mais frequentes (padrão: 10)" },
    { "-w, --width N", "quebra as linhas desta ajuda após N colunas (0: sem quebra; padrão: a largura do"
      .. " terminal ou, se não houver, 80)" },
    { "-h, --help", "mostra esta ajuda" },
  },
  scan_exit = "Status de saída: 0 quando algum resultado foi encontrado, 1 quando a entrada não continha nenhuma "
    .. "devolução nem registro de log, 2 para um erro de uso.",

  try_help = "Execute “{command} --help” para mais informações.",
  unknown_option = "opção desconhecida {option}",
  needs_value = "a opção {option} exige um valor",
  unknown_format = "formato desconhecido “{format}” (text, markdown, html ou json)",
  width_number = "--width exige um número inteiro",
  class_digit = "--class exige 2, 3, 4 ou 5",
  kind_value = "--kind exige basic ou enhanced",
  list_only = "--class e --kind só podem ser usadas com --list",
  list_no_codes = "--list não aceita códigos",
  explain_one = "explain aceita uma única resposta (entre aspas) ou lê a entrada padrão",
  one_or_two = "informe um código para explicar ou dois para comparar",
  unknown_language = "idioma não suportado “{lang}”; idiomas suportados: {languages}",
  scan_unknown_format = "formato desconhecido “{format}” (text, jsonl, json ou summary)",
  unknown_mode = "modo desconhecido “{mode}” (auto, mail, mbox ou log)",
  top_number = "--top exige um número inteiro maior que 0",

  error_malformed = "código inválido “{input}”: esperava-se um código de resposta de três dígitos, como 550, ou um "
    .. "código de status estendido, como 5.1.1",
  error_out_of_range = "código inválido “{input}”: essa classe não existe; um código de resposta vai de 200 a 599 e "
    .. "um código de status estendido começa com 2, 4 ou 5",
  error_unknown = "código desconhecido “{input}”: nenhum padrão nem uso documentado define este código de resposta",
  error_empty = "entrada vazia: nenhuma resposta",
  error_not_a_reply = "não é uma resposta SMTP: ela não começa com um código de três dígitos",
  error_bad_code = "não é uma resposta SMTP: o código não está entre 2xx e 5xx",
  error_too_long = "resposta longa demais: uma linha ou a resposta inteira ultrapassa o tamanho máximo",
  error_too_many_lines = "a resposta tem mais linhas do que o permitido",
  error_incomplete = "resposta incompleta: a linha final não chegou",

  cannot_write = "não é possível escrever a saída: {why}",
  not_translated = "algumas explicações ainda não foram traduzidas para o português; elas são mostradas em inglês",
}
