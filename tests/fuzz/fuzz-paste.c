/* fuzz-paste.c: any text through the paste parser and the checks that
 * follow it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-paste-parser.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Pasted text comes from GTK, always UTF-8 without NUL bytes. */
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(GError) error = NULL;
  EvdPasteFormat format;

  report = evd_paste_parse (text, checker, &format, &error);
  for (guint row = 0; report != NULL && row < evd_check_report_get_n_rows (report); row++)
    {
      g_autoptr(EvdAttendee) attendee = evd_check_report_create_attendee (report, row);
    }
  return 0;
}
