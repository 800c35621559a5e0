/*
 * mail_internal.h: what the readers of one message share.  In the order
 * data flows:
 *   mail_text.c    text helpers: lines, case-blind search, addresses, the
 *                  scratch arena, unfolding, the SMTP stage named in a text;
 *   mime.c         the message structure: header fields, MIME parts,
 *                  base64 and quoted-printable bodies;
 *   dsn.c          RFC 3464 / RFC 6533 delivery-status fields;
 *   bounce_text.c  the plain-text layouts of src/data/bounce_layouts.def;
 *   scan_mail.c    one message: walks the parts, picks the report reader,
 *                  and hands each recipient to smtpc_scan_put.
 * Internal to the core: never installed.
 */
#ifndef SMTPC_MAIL_INTERNAL_H
#define SMTPC_MAIL_INTERNAL_H

#include <stddef.h>

#include "chars_internal.h"
#include "scan_internal.h"

SMTPC_HIDDEN_BEGIN

/* ---- text helpers (mail_text.c) ------------------------------------------ */

#define SMTPC_NOT_FOUND ((size_t)-1)


/*
 * Scratch memory of one message, allocated once with a fixed capacity, so
 * what was put in it never moves while the message is read.  A put that
 * does not fit is refused (the reader then keeps the raw text).
 */
typedef struct smtpc_arena {
  char *p;
  size_t len, cap;
} smtpc_arena;

/* Room for n bytes, or NULL when the arena is full. */
char *smtpc_arena_take(smtpc_arena *a, size_t n);

/* A text of the arena or of the message. */
smtpc_text smtpc_text_of(const char *p, size_t n);

/* The next line of s[0..n) from *pos, without its line end (LF, CRLF); 0 at the end. */
int smtpc_line_next(const char *s, size_t n, size_t *pos, smtpc_text *line);

/* s without blanks (SP, HT, CR, LF) on either side. */
smtpc_text smtpc_trim(smtpc_text s);

/* Offset of needle (ASCII, any case) in s[0..n), or SMTPC_NOT_FOUND. */
size_t smtpc_ci_find(const char *s, size_t n, const char *needle, size_t nlen);

/* 1 when s[0..n) starts with prefix (any case). */
int smtpc_ci_prefix(const char *s, size_t n, const char *prefix, size_t plen);

/* 1 when s[0..n) equals word (any case). */
int smtpc_ci_equal(const char *s, size_t n, const char *word, size_t wlen);

/*
 * The first mail address in s[0..n): local@domain, with its angle brackets,
 * quotes and a "mailto:" removed.  Returns 1 and fills out, else 0.
 */
int smtpc_find_address(const char *s, size_t n, smtpc_text *out);

/*
 * Copies s[0..n) into the arena with every line break and the blanks around
 * it turned into one space, runs of blanks kept as they are, trimmed.  When
 * the arena is full, the trimmed first line of s.
 */
smtpc_text smtpc_unfold(smtpc_arena *a, const char *s, size_t n);

/*
 * The SMTP stage a diagnostic names: "(in reply to RCPT TO command)",
 * "after RCPT TO:", ">>> DATA", "after end of data", "in reply to end of
 * DATA command", "greeting" ...  SMTPC_CMD_NONE when it names none.
 */
smtpc_command smtpc_mail_command(const char *s, size_t n);

/*
 * Fills r's reply (code, enhanced code, text) from the SMTP reply found in
 * the diagnostic s[0..n) (smtpc_reply_extract: the innermost quoted reply of
 * an NDR when there is one; the lines of a multi-line reply joined, in the
 * arena), and r->command from the stage it names.  Returns 1 when a reply
 * was found.
 */
int smtpc_mail_set_reply(smtpc_scan_result *r, const char *s, size_t n, smtpc_arena *a);

/*
 * The offset of a reply code written with a colon, "550: <a@b>: User
 * unknown" (Yahoo's notices): a 4xx or 5xx code (RFC 5321 4.2.1: second
 * digit 0 to 5) after the start or a blank, then ':' and a blank;
 * SMTPC_NOT_FOUND when there is none.
 */
size_t smtpc_colon_code(const char *s, size_t n);

/*
 * The first enhanced code standing alone in free text s[0..n) (after the
 * start, a blank, a quote, '(', '[', '<', '#', ':' or ';'), with a subject of
 * 0..7 (RFC 3463 3.1 defines no other), so "version 4.94.2" is not taken.
 */
int smtpc_text_status(const char *s, size_t n, smtpc_esc *out);

/* ---- message structure (mime.c) ------------------------------------------ */

/* One header field: its name and its raw value (still folded). */
typedef struct smtpc_field {
  smtpc_text name;
  smtpc_text value;
} smtpc_field;

/* The next field of the header block h[0..n) from *pos; 0 at the end. */
int smtpc_hdr_next(const char *h, size_t n, size_t *pos, smtpc_field *f);

/* The raw value of the first field called name in h[0..n); 0 when absent. */
int smtpc_hdr_get(const char *h, size_t n, const char *name, smtpc_text *value);

/* Splits a part into its header block and body (after the first empty line). */
void smtpc_mime_split(const char *s, size_t n, smtpc_text *head, smtpc_text *body);

#define SMTPC_MIME_TYPE_MAX 64

/* One part of a message, handed to the reader in document order. */
typedef struct smtpc_part {
  smtpc_text head;                 /* the part's header block */
  smtpc_text body;                 /* the body, decoded (base64, quoted-printable) */
  char type[SMTPC_MIME_TYPE_MAX];  /* lower-case media type; "text/plain" when absent */
  size_t depth;                    /* 0: the message itself */
  int in_message;                  /* inside a returned message (message/rfc822) */
  int message_head;                /* the top of a returned message (head = its headers) */
} smtpc_part;

/* Called for every part; a non-zero return stops the walk. */
typedef int (*smtpc_part_fn)(void *ud, const smtpc_part *p);

/*
 * Walks the message msg[0..len): the message itself (depth 0), and for a
 * multipart or message/rfc822 each part inside it, down to max_depth.
 * Boundaries that are missing or never appear are guessed from the first
 * "--" line, else the body is read as text.  Leaf bodies are decoded into
 * the arena (a body that does not fit is handed over as it is).  Time is
 * linear in len for each level of nesting.
 */
void smtpc_mime_walk(const char *msg, size_t len, size_t max_depth, smtpc_arena *a,
                     smtpc_part_fn fn, void *ud);

/* ---- delivery-status reports (dsn.c) ------------------------------------- */

/* What a delivery-status report says about one recipient. */
typedef struct smtpc_dsn_rcpt {
  smtpc_text final_recipient, original_recipient, action, status, remote_mta, diagnostic,
      last_attempt, will_retry;
  int diagnostic_smtp; /* the Diagnostic-Code type is "smtp": the text is the remote reply */
} smtpc_dsn_rcpt;

/* What it says about the message. */
typedef struct smtpc_dsn_msg {
  smtpc_text reporting_mta, arrival_date, queue_id, sender;
} smtpc_dsn_msg;

/*
 * Reads the fields of one delivery-status body s[0..n) (any case, folded,
 * blank lines between recipient groups, or none): fills msg (fields already
 * set are kept) and up to cap recipients.  Returns the recipients read.
 */
size_t smtpc_dsn_read(const char *s, size_t n, smtpc_arena *a, smtpc_dsn_msg *msg,
                      smtpc_dsn_rcpt *rcpts, size_t cap);

/* The delivery of a DSN Action value ("failed", "delayed", ...). */
smtpc_delivery smtpc_dsn_delivery(smtpc_text action);

/* The enhanced code at the start of a Status value, klass 0 when none. */
smtpc_esc smtpc_dsn_status(smtpc_text status);

/* ---- Amazon SES notifications (ses_json.c) ------------------------------- */

typedef enum smtpc_ses_kind { SMTPC_SES_BOUNCE, SMTPC_SES_DELIVERY, SMTPC_SES_COMPLAINT } smtpc_ses_kind;

/* One recipient of an Amazon SES notification. */
typedef struct smtpc_ses_rcpt {
  smtpc_ses_kind kind;
  smtpc_text recipient, action, status, diagnostic, reporting_mta, feedback_type, bounce_type;
} smtpc_ses_rcpt;

/*
 * Reads an Amazon SES event notification (JSON, maybe wrapped in an SNS
 * notification) from body: up to cap recipients.  Returns the recipients
 * read, 0 when body is no such notification.
 */
size_t smtpc_ses_json_read(smtpc_text body, smtpc_arena *a, smtpc_ses_rcpt *rcpts, size_t cap);

/* ---- plain-text layouts (bounce_text.c) ----------------------------------- */

/*
 * The human-readable text is searched for a recipient's paragraph once per
 * recipient of a report: only in its first SMTPC_HUMAN_WINDOW bytes, so the
 * work stays linear in the message whatever it holds.
 */
#define SMTPC_HUMAN_WINDOW (64u << 10)


/* What the message says about itself, for the layout readers. */
typedef struct smtpc_mail_info {
  smtpc_text from, subject, failed_recipients, x_mailer, date;
  smtpc_text body; /* the human-readable text: the first text part, or the whole body */
  smtpc_text top_head;
  smtpc_text original_head; /* the headers of the returned message, when it is a part */
} smtpc_mail_info;

/* A recipient and its diagnostic found in plain text. */
typedef struct smtpc_text_rcpt {
  smtpc_text recipient;
  smtpc_text diagnostic;
  int ready; /* diagnostic is already one line, in the arena (else a span of the text) */
} smtpc_text_rcpt;

/*
 * Reads a plain-text bounce: finds its layout (bounce_layouts.def) from the
 * headers and the body, and the recipients it lists with their diagnostics
 * (up to cap).  *source is the layout's name; *temporary is 1 when the
 * notice says the failure is temporary (a DELAY marker), -1 when it says it
 * is final (a FINAL marker), else 0; *returned is the
 * text after the section (the returned message, when the notice quotes it
 * inline).  Returns the recipients read.
 */
size_t smtpc_bounce_text_read(const smtpc_mail_info *m, smtpc_arena *a, const char **source,
                              int *temporary, smtpc_text *returned, smtpc_text_rcpt *rcpts, size_t cap);

/*
 * The diagnostic paragraph the human-readable text gives for one recipient
 * (the lines after its address, to the next blank line), or len 0.
 */
smtpc_text smtpc_bounce_text_for(smtpc_text body, smtpc_text recipient, smtpc_arena *a);

/*
 * The SMTP stage named on a line of the human-readable text that mentions
 * the recipient, or on the line before it (a transcript's ">>> DATA" above
 * "<<< 550 ... <a@b>"); SMTPC_CMD_NONE when none is.
 */
smtpc_command smtpc_bounce_text_command(smtpc_text body, smtpc_text recipient);

SMTPC_HIDDEN_END

#endif
