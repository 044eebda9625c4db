/* evd-attendee-problem.c: what can be wrong with a row of an attendee list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-attendee-problem"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-attendee-problem.h"

typedef struct
{
  const char         *nick;
  EvdProblemSeverity  severity;
  const char         *message;
  const char         *fix;
} ProblemInfo;

/* In the order of the flag bits. */
static const ProblemInfo problems[EVD_N_PROBLEM_KINDS] = {
  { "email_missing", EVD_PROBLEM_SEVERITY_ERROR,
    N_("No email address"),
    N_("Add the attendee’s email address: Zoom needs one for every registration.") },
  { "email_invalid", EVD_PROBLEM_SEVERITY_ERROR,
    N_("Not a valid email address"),
    N_("Correct the address so it reads like name@example.com, with nothing else in the cell.") },
  { "email_too_long", EVD_PROBLEM_SEVERITY_ERROR,
    N_("Email address longer than Zoom accepts"),
    N_("Zoom accepts email addresses of up to 128 characters. Check the address.") },
  { "first_name_too_long", EVD_PROBLEM_SEVERITY_ERROR,
    N_("First name longer than Zoom accepts"),
    N_("Shorten the first name to 64 characters or fewer.") },
  { "last_name_too_long", EVD_PROBLEM_SEVERITY_ERROR,
    N_("Last name longer than Zoom accepts"),
    N_("Shorten the last name to 64 characters or fewer.") },
  { "comments_too_long", EVD_PROBLEM_SEVERITY_ERROR,
    N_("Comments longer than Zoom accepts"),
    N_("Shorten the comments to 255 characters or fewer, or do not import that column.") },
  { "external_ticket_id_too_long", EVD_PROBLEM_SEVERITY_ERROR,
    N_("External ticket ID longer than Zoom accepts"),
    N_("Shorten the ID to 128 characters or fewer, or do not import that column: Event Desk then makes one.") },
  { "country_invalid", EVD_PROBLEM_SEVERITY_ERROR,
    N_("Country not recognized"),
    N_("Use the two-letter country code, such as US, DE or FR, or do not import the country column.") },
  { "ragged_row", EVD_PROBLEM_SEVERITY_WARNING,
    N_("Row has a different number of cells than the header"),
    N_("Check that this row’s cells are under the right columns; a comma inside a name that is not in quotes shifts them.") },
  { "duplicate", EVD_PROBLEM_SEVERITY_SKIPPED,
    N_("Same email address as an earlier row"),
    N_("Only the first row with this address is imported. Remove the repeat, or give it its own address.") },
  { "already_registered", EVD_PROBLEM_SEVERITY_SKIPPED,
    N_("Already registered for this event"),
    N_("Nothing to do: this person already has a ticket and is skipped.") },
  { "invalid_text", EVD_PROBLEM_SEVERITY_ERROR,
    N_("Row has a character that is not valid text"),
    N_("Part of this row was saved in another encoding, so a letter cannot be read. Correct the row in your spreadsheet and save the file as “CSV UTF-8”.") },
  /* Cleaning is safe only when one reading is possible, and even then the
   * person should know that what is registered is not what the cell said. */
  { "email_cleaned", EVD_PROBLEM_SEVERITY_WARNING,
    N_("Email address taken out of its cell"),
    N_("The cell had “<…>” around the address or “mailto:” before it. Only the address itself is registered; nothing to do if that is right.") },
};

EvdProblemKind
evd_problem_kind_from_index (guint index)
{
  g_return_val_if_fail (index < EVD_N_PROBLEM_KINDS, EVD_PROBLEM_NONE);

  return 1u << index;
}

/* The bit's position, for arrays indexed by kind. */
guint
evd_problem_kind_to_index (EvdProblemKind kind)
{
  g_return_val_if_fail (kind != EVD_PROBLEM_NONE && (kind & (kind - 1)) == 0, 0);

  return g_bit_nth_lsf (kind, -1);
}

static const ProblemInfo *
get_info (EvdProblemKind kind)
{
  guint index = evd_problem_kind_to_index (kind);

  return index < EVD_N_PROBLEM_KINDS ? &problems[index] : &problems[0];
}

/* A stable name for JSON and logs, such as "email_invalid". */
const char *
evd_problem_kind_to_string (EvdProblemKind kind)
{
  return get_info (kind)->nick;
}

/* What is wrong, as a short heading for a group of rows. */
const char *
evd_problem_kind_get_message (EvdProblemKind kind)
{
  return g_dgettext (GETTEXT_PACKAGE, get_info (kind)->message);
}

/* What to do about it. */
const char *
evd_problem_kind_get_fix (EvdProblemKind kind)
{
  return g_dgettext (GETTEXT_PACKAGE, get_info (kind)->fix);
}

EvdProblemSeverity
evd_problem_kind_get_severity (EvdProblemKind kind)
{
  return get_info (kind)->severity;
}
