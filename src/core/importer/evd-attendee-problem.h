/* evd-attendee-problem.h: what can be wrong with a row of an attendee list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each kind has a plain message and a suggested fix. A row can have several
 * (flags). Errors make a row invalid; a warning does not stop a row from
 * being sent; duplicate and already-registered rows are skipped, not wrong. */
typedef enum /*< flags >*/
{
  EVD_PROBLEM_NONE                        = 0,
  EVD_PROBLEM_EMAIL_MISSING               = 1 << 0,
  EVD_PROBLEM_EMAIL_INVALID               = 1 << 1,
  EVD_PROBLEM_EMAIL_TOO_LONG              = 1 << 2,
  EVD_PROBLEM_FIRST_NAME_TOO_LONG         = 1 << 3,
  EVD_PROBLEM_LAST_NAME_TOO_LONG          = 1 << 4,
  EVD_PROBLEM_COMMENTS_TOO_LONG           = 1 << 5,
  EVD_PROBLEM_EXTERNAL_TICKET_ID_TOO_LONG = 1 << 6,
  EVD_PROBLEM_COUNTRY_INVALID             = 1 << 7,
  EVD_PROBLEM_RAGGED_ROW                  = 1 << 8,
  EVD_PROBLEM_DUPLICATE                   = 1 << 9,
  EVD_PROBLEM_ALREADY_REGISTERED          = 1 << 10,
  EVD_PROBLEM_INVALID_TEXT                = 1 << 11,
  EVD_PROBLEM_EMAIL_CLEANED               = 1 << 12,
} EvdProblemKind;

#define EVD_N_PROBLEM_KINDS 13

#define EVD_PROBLEM_ERRORS (EVD_PROBLEM_EMAIL_MISSING | EVD_PROBLEM_EMAIL_INVALID | \
                            EVD_PROBLEM_EMAIL_TOO_LONG | EVD_PROBLEM_FIRST_NAME_TOO_LONG | \
                            EVD_PROBLEM_LAST_NAME_TOO_LONG | EVD_PROBLEM_COMMENTS_TOO_LONG | \
                            EVD_PROBLEM_EXTERNAL_TICKET_ID_TOO_LONG | EVD_PROBLEM_COUNTRY_INVALID | \
                            EVD_PROBLEM_INVALID_TEXT)

typedef enum
{
  EVD_PROBLEM_SEVERITY_ERROR,    /* the row is invalid and will not be sent */
  EVD_PROBLEM_SEVERITY_WARNING,  /* the row is sent; worth a look */
  EVD_PROBLEM_SEVERITY_SKIPPED,  /* the row is not sent, and that is fine */
} EvdProblemSeverity;

/* Zoom's length limits for a ticket, in characters */
#define EVD_ZOOM_MAX_EMAIL              128
#define EVD_ZOOM_MAX_NAME               64
#define EVD_ZOOM_MAX_COMMENTS           255
#define EVD_ZOOM_MAX_EXTERNAL_TICKET_ID 128

EvdProblemKind     evd_problem_kind_from_index   (guint           index);
guint              evd_problem_kind_to_index     (EvdProblemKind  kind);
const char        *evd_problem_kind_to_string    (EvdProblemKind  kind);
const char        *evd_problem_kind_get_message  (EvdProblemKind  kind);
const char        *evd_problem_kind_get_fix      (EvdProblemKind  kind);
EvdProblemSeverity evd_problem_kind_get_severity (EvdProblemKind  kind);

G_END_DECLS
