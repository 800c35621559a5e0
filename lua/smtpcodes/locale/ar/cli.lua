-- العربية (ar): نصوص أداة سطر الأوامر (--help، وأخطاء الاستخدام، ورسائل الخطأ).
-- المصطلحات من مسرد ar/content.lua: رمز الرد، رمز الحالة المحسّن، الرد، الرسالة المرتدة، الفئة.
-- يُطبع --help كما هو دون عزل ثنائي الاتجاه، لذا يبقى العمود الأيسر (الخيارات وأسماء القيم) بحروف لاتينية
-- في أول كل سطر، ويأتي الوصف العربي بعده.
return {
  usage_label = "الاستخدام:",
  options_label = "الخيارات:",

  main_synopsis = {
    { "smtpcodes [OPTIONS] CODE", "شرح رمز واحد (550، 5.7.26)" },
    { "smtpcodes [OPTIONS] CODE CODE", "(220 551) مقارنة رمزين" },
    { "smtpcodes [OPTIONS] explain REPLY", "شرح رد خادم أو رسالة خطأ" },
    { "smtpcodes [OPTIONS] explain [-]", "مثل السابق، مع قراءة الرد من الدخل القياسي" },
    { "smtpcodes [OPTIONS] --list [--class N] [--kind basic|enhanced]", "سرد الرموز المعروفة" },
  },
  main_options = {
    { "-f, --format FORMAT", "الصيغة: text (الافتراضية) أو markdown أو html أو json" },
    { "    --json", "يعادل --format json" },
    { "-l, --lang TAG", "لغة الواجهة، وتُحدَّد افتراضيًا من LANGUAGE ثم LC_ALL ثم LC_MESSAGES ثم LANG، وإلا فهي en" },
    { "-w, --width N", "التفاف الناتج النصي عند العمود N، والقيمة 0 تعني عدم الالتفاف، والافتراضي عرض الطرفية، وإلا 80" },
    { "    --list", "سرد الرموز المعروفة، رمز في كل سطر" },
    { "    --class N", "مع --list: الفئة N وحدها (2 أو 3 أو 4 أو 5)" },
    { "    --kind KIND", "مع --list: رموز الرد الأساسية (basic) وحدها أو رموز الحالة المحسّنة (enhanced) وحدها" },
    { "-h, --help", "عرض هذه المساعدة" },
    { "-v, --version", "عرض رقم الإصدار" },
  },
  main_exit = "حالة الخروج: 0 عند النجاح، و1 لرمز غير معروف أو مشوّه الصيغة أو إذا لم يوجد رد، و2 لخطأ في الاستخدام، "
    .. "و3 إذا تعذرت كتابة الناتج.",

  scan_synopsis = {
    { "smtpcodes scan [OPTIONS] [PATH ...]", "" },
  },
  scan_intro = "يقرأ الرسائل المرتدة ومجلدات Maildir (بمجلديها cur وnew) وملفات mbox وملفات سجل MTA (Postfix وExim "
    .. "وSendmail) ويكتب نتيجة واحدة لكل مستلم. إذا كان PATH هو «-» أو لم يُذكر PATH يُقرأ الدخل القياسي.",
  scan_options = {
    { "-f, --format FORMAT", "الصيغة: text (جدول، الافتراضية) أو jsonl أو json أو summary" },
    { "-l, --lang TAG", "لغة الصيغتين text وsummary، وتُحدَّد افتراضيًا من LANGUAGE ثم LC_ALL ثم LC_MESSAGES ثم LANG، وإلا فهي en" },
    { "    --mode MODE", "auto (الافتراضي: يحدده السطر الأول) أو mail أو mbox أو log" },
    { "    --follow", "القراءة سطرًا سطرًا وكتابة كل نتيجة فور اكتمالها "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary: أول N من أكثر التشخيصات تكرارًا (الافتراضي 10)" },
    { "-w, --width N", "التفاف هذه المساعدة عند العمود N، والقيمة 0 تعني عدم الالتفاف، والافتراضي عرض"
      .. " الطرفية، وإلا 80" },
    { "-h, --help", "عرض هذه المساعدة" },
  },
  scan_exit = "حالة الخروج: 0 إذا وُجدت نتيجة، و1 إذا لم يكن في الدخل رسالة مرتدة ولا سطر من سجل، و2 لخطأ في الاستخدام.",

  try_help = "لمزيد من المعلومات نفّذ «{command} --help».",
  unknown_option = "خيار غير معروف: {option}",
  needs_value = "الخيار {option} يحتاج إلى قيمة",
  unknown_format = "صيغة غير معروفة: «{format}» (text أو markdown أو html أو json)",
  width_number = "الخيار --width يأخذ عددًا صحيحًا غير سالب",
  class_digit = "الخيار --class يأخذ 2 أو 3 أو 4 أو 5",
  kind_value = "الخيار --kind يأخذ basic أو enhanced",
  list_only = "الخياران --class و --kind لا يُستعملان إلا مع --list",
  list_no_codes = "لا يمكن ذكر رموز مع الخيار --list",
  explain_one = "الأمر explain يأخذ ردًا واحدًا (بين علامتي اقتباس) أو يقرأ الدخل القياسي",
  one_or_two = "اذكر رمزًا واحدًا لشرحه أو رمزين للمقارنة بينهما",
  unknown_language = "لغة غير مدعومة: «{lang}»؛ اللغات المدعومة: {languages}",
  scan_unknown_format = "صيغة غير معروفة: «{format}» (text أو jsonl أو json أو summary)",
  unknown_mode = "وضع غير معروف: «{mode}» (auto أو mail أو mbox أو log)",
  top_number = "الخيار --top يأخذ عددًا صحيحًا أكبر من 0",

  error_malformed = "رمز غير صالح: «{input}»؛ المتوقع رمز رد من ثلاثة أرقام مثل 550 أو رمز حالة محسّن مثل 5.1.1",
  error_out_of_range = "رمز غير صالح: «{input}»؛ لا توجد فئة كهذه، فرمز الرد بين 200 و599، ورمز الحالة المحسّن "
    .. "يبدأ بـ 2 أو 4 أو 5",
  error_unknown = "رمز غير معروف: «{input}»؛ لا يعرّف هذا الرمز أي معيار ولا أي استخدام موثّق",
  error_empty = "الدخل فارغ: لا يوجد رد",
  error_not_a_reply = "هذا ليس رد SMTP: لا يبدأ برمز من ثلاثة أرقام",
  error_bad_code = "هذا ليس رد SMTP: الرمز ليس بين 2xx و5xx",
  error_too_long = "الرد طويل جدًا: سطر منه أو الرد كله يتجاوز حده",
  error_too_many_lines = "عدد أسطر الرد أكبر من الحد",
  error_incomplete = "الرد غير مكتمل: لم يصل سطره الأخير",

  cannot_write = "تعذرت كتابة الناتج: {why}",
  not_translated = "بعض الشروح لم تُترجم إلى العربية بعد، لذا تظهر باللغة الإنجليزية",
}
