/* test-csv-large.c: a 50 MB attendee file, the size the issue asks to work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "evd-attendee-checker.h"
#include "evd-check-report.h"
#include "evd-column-mapping.h"
#include "evd-csv-reader.h"

#define TARGET_BYTES (50 * 1024 * 1024)

/* Long rows (a comments column full of quoted text with separators and line
 * breaks inside) reach 50 MB in about 170,000 rows. */
static GFile *
write_large_file (guint *out_rows)
{
  g_autoptr(GString) text = g_string_sized_new (TARGET_BYTES + 4096);
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file;
  guint rows = 0;

  g_string_append (text, "Email,First Name,Last Name,Company,Comments\r\n");
  while (text->len < TARGET_BYTES)
    {
      g_string_append_printf (text,
                              "person%u@example.com,Åsa %u,\"O'Brien, Jr.\",TechCorp,"
                              "\"Line one, with a comma\nline two with \"\"quotes\"\" — row %u of many, "
                              "padding padding padding padding padding padding padding padding\"\r\n",
                              rows, rows, rows);
      rows++;
    }

  file = g_file_new_tmp ("evd-large-XXXXXX.csv", &stream, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_replace_contents (file, text->str, text->len, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  *out_rows = rows;
  return file;
}

static void
test_fifty_megabytes (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(EvdColumnMapping) mapping = NULL;
  g_autoptr(EvdAttendeeChecker) checker = NULL;
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(GError) error = NULL;
  EvdCsvOptions options = EVD_CSV_OPTIONS_INIT;
  guint rows;
  g_autofree char *last_email = NULL;

  file = write_large_file (&rows);
  table = evd_csv_reader_read_file (file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);

  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, rows);
  g_assert_cmpuint (evd_csv_table_get_n_columns (table), ==, 5);
  g_assert_cmpint (evd_csv_table_get_delimiter (table), ==, ',');
  last_email = g_strdup_printf ("person%u@example.com", rows - 1);
  g_assert_cmpstr (evd_csv_table_get_cell (table, rows - 1, 0), ==, last_email);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 7, 2), ==, "O'Brien, Jr.");
  g_assert_nonnull (strstr (evd_csv_table_get_cell (table, 7, 4), "\"quotes\""));

  mapping = evd_column_mapping_suggest (evd_csv_table_get_headers (table));
  checker = evd_attendee_checker_new ();
  report = evd_attendee_checker_check (checker, table, mapping, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==, rows);

  g_file_delete (file, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/csv/fifty-megabytes", test_fifty_megabytes);
  return g_test_run ();
}
