/* evd-attendance-export.c: attendees or no-shows as a spreadsheet file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-insight"

#include "config.h"

#include "evd-attendance-export.h"
#include "evd-csv-writer.h"

/* The columns are the fields `eventdesk-cli attendance --json` prints, so
 * a script reads either the same way. */
GBytes *
evd_attendance_export_to_csv (EvdAttendanceList       *roster,
                              EvdAttendanceExportKind  kind,
                              guint                   *n_rows)
{
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  guint written = 0;

  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (roster), NULL);

  /* The shared writer: UTF-8 with a BOM, CRLF, formulas neutralised. */
  evd_csv_writer_add_values (writer, "email", "first_name", "last_name", "attended", "minutes", NULL);
  for (guint i = 0; i < evd_attendance_list_get_n_rows (roster); i++)
    {
      const EvdAttendance *row = evd_attendance_list_get_row (roster, i);
      g_autofree char *minutes = NULL;

      if ((kind == EVD_ATTENDANCE_EXPORT_ATTENDED && !row->attended) ||
          (kind == EVD_ATTENDANCE_EXPORT_ABSENT && row->attended))
        continue;
      minutes = g_strdup_printf ("%u", row->attended ? row->minutes : 0);
      evd_csv_writer_add_values (writer, row->email, row->first_name, row->last_name,
                                 row->attended ? "true" : "false", minutes, NULL);
      written++;
    }

  if (n_rows != NULL)
    *n_rows = written;
  return evd_csv_writer_get_bytes (writer);
}

static void
replace_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * evd_attendance_export_async:
 *
 * Writes the file in one step (a failure leaves no half file) and private
 * to this user: it holds attendees' names and emails.
 */
void
evd_attendance_export_async (EvdAttendanceList       *roster,
                             EvdAttendanceExportKind  kind,
                             GFile                   *file,
                             GCancellable            *cancellable,
                             GAsyncReadyCallback      callback,
                             gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) csv = NULL;
  guint n_rows = 0;

  g_return_if_fail (EVD_IS_ATTENDANCE_LIST (roster));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_attendance_export_async);
  csv = evd_attendance_export_to_csv (roster, kind, &n_rows);
  g_task_set_task_data (task, GUINT_TO_POINTER (n_rows), NULL);
  g_file_replace_contents_bytes_async (file, csv, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       cancellable, replace_cb, g_steal_pointer (&task));
}

gboolean
evd_attendance_export_finish (GAsyncResult  *result,
                              guint         *n_rows,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (n_rows != NULL)
    *n_rows = GPOINTER_TO_UINT (g_task_get_task_data (G_TASK (result)));
  return g_task_propagate_boolean (G_TASK (result), error);
}
