/*
 * names.c: the names of classes, categories, subjects, statuses and errors
 * (RFC 5321 section 4.2.1 for basic codes, RFC 3463 sections 3.1-3.8 and the
 * IANA registry's class and subject sub-code tables for enhanced codes).
 */
#include "smtpcodes.h"

const char *smtpc_class_name(int klass) {
  switch (klass) {
  case 2: return "Positive Completion";
  case 3: return "Positive Intermediate";
  case 4: return "Transient Negative Completion";
  case 5: return "Permanent Negative Completion";
  default: return NULL;
  }
}

const char *smtpc_category_name(int digit) {
  static const char *const names[] = {"Syntax",      "Information",
                                      "Connections", "Unspecified",
                                      "Unspecified", "Mail System"};
  return digit >= 0 && digit <= 5 ? names[digit] : NULL;
}

const char *smtpc_enhanced_class_name(int klass) {
  switch (klass) {
  case 2: return "Success";
  case 4: return "Persistent Transient Failure";
  case 5: return "Permanent Failure";
  default: return NULL;
  }
}

const char *smtpc_subject_name(int subject) {
  static const char *const names[] = {
      "Other or Undefined Status",     "Addressing Status",
      "Mailbox Status",                "Mail System Status",
      "Network and Routing Status",    "Mail Delivery Protocol Status",
      "Message Content or Media Status", "Security or Policy Status"};
  return subject >= 0 && subject <= 7 ? names[subject] : NULL;
}

const char *smtpc_status_name(smtpc_status status) {
  switch (status) {
  case SMTPC_STATUS_CORE: return "core";
  case SMTPC_STATUS_EXTENSION: return "extension";
  case SMTPC_STATUS_EXPERIMENTAL: return "experimental";
  case SMTPC_STATUS_REGISTRY_ONLY: return "registry-only";
  case SMTPC_STATUS_DRAFT: return "draft";
  case SMTPC_STATUS_NON_STANDARD: return "non-standard";
  }
  return "unknown";
}

const char *smtpc_error_name(smtpc_error err) {
  switch (err) {
  case SMTPC_OK: return "ok";
  case SMTPC_E_MALFORMED: return "malformed";
  case SMTPC_E_OUT_OF_RANGE: return "out_of_range";
  case SMTPC_E_UNKNOWN: return "unknown";
  }
  return "unknown";
}
