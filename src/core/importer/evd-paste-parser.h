/* evd-paste-parser.h: attendees from text pasted out of an email client or a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-attendee-checker.h"
#include "evd-check-report.h"

G_BEGIN_DECLS

/**
 * EvdPasteFormat:
 * @EVD_PASTE_FORMAT_EMPTY: nothing but blank space
 * @EVD_PASTE_FORMAT_ADDRESSES: addresses as email clients copy them:
 *   `Sarah Chen <sarah.chen@techcorp.com>`, `"Chen, Sarah" <…>`, or bare
 *   addresses, separated by commas, semicolons, spaces or line breaks
 * @EVD_PASTE_FORMAT_TABLE_WITH_HEADER: spreadsheet rows (tab-separated)
 *   whose first row names the columns
 * @EVD_PASTE_FORMAT_TABLE: spreadsheet rows without a header; the email
 *   column is the one whose cells look like addresses, names are beside it
 */
typedef enum
{
  EVD_PASTE_FORMAT_EMPTY,
  EVD_PASTE_FORMAT_ADDRESSES,
  EVD_PASTE_FORMAT_TABLE_WITH_HEADER,
  EVD_PASTE_FORMAT_TABLE,
} EvdPasteFormat;

const char     *evd_paste_format_get_label   (EvdPasteFormat       format);

/* The attendees in @text, in order, each with the line it came from as its
 * row number; without problems or status (see evd_attendees_check()). */
GPtrArray      *evd_paste_parse_attendees    (const char          *text,
                                              EvdPasteFormat      *format);

/* Checks @attendees with @checker, exactly as an imported file is checked
 * (email, lengths, country, duplicates, already registered). The report's
 * rows are the attendees in order; evd_check_report_create_attendee() gives
 * each back with its problems and status. */
EvdCheckReport *evd_attendees_check          (GPtrArray           *attendees,
                                              EvdAttendeeChecker  *checker,
                                              GError             **error);

/* evd_paste_parse_attendees() and evd_attendees_check() in one. */
EvdCheckReport *evd_paste_parse              (const char          *text,
                                              EvdAttendeeChecker  *checker,
                                              EvdPasteFormat      *format,
                                              GError             **error);

G_END_DECLS
