/* test-csv-writer.c: BOM, CRLF, quoting and formula neutralisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-attendee-checker.h"
#include "evd-csv-reader.h"
#include "evd-csv-writer.h"

static char *
bytes_to_string (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

static void
test_bom_crlf_quoting (void)
{
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  const char *row[] = { "plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", NULL, "Zoë" };

  evd_csv_writer_add_values (writer, "Name", "Email", NULL);
  evd_csv_writer_add_row (writer, row, G_N_ELEMENTS (row));
  g_assert_cmpuint (evd_csv_writer_get_n_rows (writer), ==, 2);

  bytes = evd_csv_writer_get_bytes (writer);
  text = bytes_to_string (bytes);
  g_assert_cmpstr (text, ==,
                   "\357\273\277Name,Email\r\n"
                   "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,,Zoë\r\n");
}

static void
test_formula_neutralisation (void)
{
  static const struct { const char *cell; const char *written; } cases[] = {
    { "=1+1", "\"'=1+1\"" },
    { "+33 1 23 45 67 89", "\"'+33 1 23 45 67 89\"" },
    { "-5", "\"'-5\"" },
    { "@SUM(A1:A9)", "\"'@SUM(A1:A9)\"" },
    { "\t=cmd", "\"'\t=cmd\"" },
    { "\r=cmd", "\"'\r=cmd\"" },
    { "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
    { "a=b", "a=b" },
    { "sarah@example.com", "sarah@example.com" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      evd_csv_append_cell (out, cases[i].cell, ',');
      g_assert_cmpstr (out->str, ==, cases[i].written);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;
  const char *header[] = { "Email", "Name", "Notes", NULL };
  const char *row[] = { "ann@example.com", "Lee, Ann “Annie”", "=2+3\r\nsecond \"line\"", NULL };

  evd_csv_writer_add_row (writer, header, -1);
  evd_csv_writer_add_row (writer, row, -1);
  bytes = evd_csv_writer_get_bytes (writer);

  table = evd_csv_reader_read_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (evd_csv_table_get_encoding (table), ==, EVD_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (evd_csv_table_get_delimiter (table), ==, ',');
  g_assert_cmpstr (evd_csv_table_get_header (table, 0), ==, "Email");
  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 1);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Lee, Ann “Annie”");
  /* The apostrophe stays: it is what keeps a spreadsheet from evaluating it */
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 2), ==, "'=2+3\r\nsecond \"line\"");
}

static void
test_other_delimiter (void)
{
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  evd_csv_writer_set_delimiter (writer, ';');
  evd_csv_writer_add_values (writer, "a,b", "c;d", NULL);
  bytes = evd_csv_writer_get_bytes (writer);
  text = bytes_to_string (bytes);
  g_assert_cmpstr (text, ==, "\357\273\277a,b;\"c;d\"\r\n");
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (evd_csv_writer_write_finish (EVD_CSV_WRITER (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_write_async (void)
{
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) expected = NULL;
  gboolean done = FALSE;

  for (guint i = 0; i < 1000; i++)
    evd_csv_writer_add_values (writer, "x@example.com", "-1", NULL);
  evd_csv_writer_write_async (writer, stream, NULL, write_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_output_stream_close (stream, NULL, NULL);
  written = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  expected = evd_csv_writer_get_bytes (writer);
  g_assert_true (g_bytes_equal (written, expected));
}

static void
test_problem_rows (void)
{
  const char *data = "Email,Name\nann@example.com,Ann\nbroken,=cmd()\nANN@example.com,Ann again\n";
  g_autoptr(GBytes) input = g_bytes_new (data, strlen (data));
  g_autoptr(EvdCsvTable) table = evd_csv_reader_read_bytes (input, NULL, NULL, NULL);
  g_autoptr(EvdColumnMapping) mapping = evd_column_mapping_suggest (evd_csv_table_get_headers (table));
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCheckReport) report = evd_attendee_checker_check (checker, table, mapping, NULL, NULL);
  g_autoptr(GBytes) bytes = evd_check_report_build_problem_csv (report);
  g_autoptr(EvdCsvTable) problems = evd_csv_reader_read_bytes (bytes, NULL, NULL, NULL);

  g_assert_cmpuint (evd_csv_table_get_n_columns (problems), ==, 4);
  g_assert_cmpstr (evd_csv_table_get_header (problems, 2), ==, "Email");
  g_assert_cmpuint (evd_csv_table_get_n_rows (problems), ==, 2);
  g_assert_cmpstr (evd_csv_table_get_cell (problems, 0, 0), ==, "3");
  g_assert_cmpstr (evd_csv_table_get_cell (problems, 0, 2), ==, "broken");
  g_assert_cmpstr (evd_csv_table_get_cell (problems, 0, 3), ==, "'=cmd()");
  g_assert_cmpstr (evd_csv_table_get_cell (problems, 1, 0), ==, "4");
  g_assert_nonnull (strstr (evd_csv_table_get_cell (problems, 1, 1), "row 2"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-writer/bom-crlf-quoting", test_bom_crlf_quoting);
  g_test_add_func ("/csv-writer/formula-neutralisation", test_formula_neutralisation);
  g_test_add_func ("/csv-writer/round-trip", test_round_trip);
  g_test_add_func ("/csv-writer/other-delimiter", test_other_delimiter);
  g_test_add_func ("/csv-writer/write-async", test_write_async);
  g_test_add_func ("/csv-writer/problem-rows", test_problem_rows);

  return g_test_run ();
}
