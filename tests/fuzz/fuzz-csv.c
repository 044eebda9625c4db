/* fuzz-csv.c: any bytes through the CSV reader, the column mapping and the
 * attendee checker, as an imported file goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-attendee-checker.h"
#include "evd-column-mapping.h"
#include "evd-csv-reader.h"
#include "evd-csv-table-private.h"
#include "evd-email-private.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(EvdColumnMapping) mapping = NULL;
  g_autoptr(EvdAttendeeChecker) checker = NULL;
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *padded = g_malloc (size + EVD_EMAIL_READ_AHEAD);

  /* The checker's fast email rule (reading past the address) against the
   * plain one, on the input as an address, followed by a byte that could
   * continue it */
  memcpy (padded, data, size);
  memset (padded + size, 'a', EVD_EMAIL_READ_AHEAD);
  if (size > 0 && evd_email_is_valid_padded (padded, size) != evd_email_is_valid ((const char *) data, size))
    g_error ("the two email checks disagree");

  table = evd_csv_reader_read_bytes (bytes, NULL, NULL, &error);
  if (table == NULL)
    return 0;

  /* The lengths the checker takes from the cell offsets are the cells' */
  {
    EvdCsvTableView view;

    evd_csv_table_get_view (table, &view);
    for (guint row = 0; row + 1 < view.n_records; row++)
      for (int column = 0; column <= (int) view.records[row + 1].n_cells; column++)
        {
          gsize length;
          const char *cell = evd_csv_table_view_cell_length (&view, row, column, &length);

          if (length != strlen (cell))
            g_error ("row %u, column %d: length %zu, but strlen() says %zu", row, column, length, strlen (cell));
        }
  }

  mapping = evd_column_mapping_suggest (evd_csv_table_get_headers (table));
  checker = evd_attendee_checker_new ();
  report = evd_attendee_checker_check (checker, table, mapping, NULL, &error);
  if (report == NULL)
    return 0;

  /* Every row back as an attendee, as the importer takes them. */
  for (guint row = 0; row < evd_check_report_get_n_rows (report); row++)
    {
      g_autoptr(EvdAttendee) attendee = evd_check_report_create_attendee (report, row);
      g_autoptr(JsonNode) json = evd_attendee_to_ticket_json (attendee, "fuzz-event");

      (void) evd_csv_table_find_invalid_text (table, row);
    }
  return 0;
}
