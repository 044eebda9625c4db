/* evd-cli-check.c: `eventdesk-cli check`, an attendee list checked offline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli-check"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "evd-cli-attendees.h"
#include "evd-cli-check.h"
#include "evd-cli-context.h"
#include "evd-column-mapping.h"

#define ROWS_SHOWN 10

static void
print_json (EvdCsvTable    *table,
            EvdCheckReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const guint *rows;
  guint n_invalid_text = 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "encoding");
  json_builder_add_string_value (builder, evd_csv_encoding_to_string (evd_csv_table_get_encoding (table)));
  json_builder_set_member_name (builder, "delimiter");
  json_builder_add_string_value (builder, evd_csv_delimiter_to_string (evd_csv_table_get_delimiter (table)));
  evd_cli_attendees_add_count (builder, "rows", evd_check_report_get_n_rows (report));
  evd_cli_attendees_add_count (builder, "valid", evd_check_report_get_n_valid (report));
  evd_cli_attendees_add_count (builder, "invalid", evd_check_report_get_n_invalid (report));
  evd_cli_attendees_add_count (builder, "duplicates", evd_check_report_get_n_duplicates (report));
  evd_cli_attendees_add_count (builder, "warnings", evd_check_report_get_n_with_warnings (report));
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_object (builder);
  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    {
      EvdProblemKind kind = evd_problem_kind_from_index (i);
      guint n_rows;

      evd_check_report_get_rows_with_problem (report, kind, &n_rows);
      if (n_rows == 0)
        continue;
      evd_cli_attendees_add_count (builder, evd_problem_kind_to_string (kind), n_rows);
    }
  json_builder_end_object (builder);
  /* The rows whose text could not be read, for a script to point at. */
  json_builder_set_member_name (builder, "invalid_text_rows");
  json_builder_begin_array (builder);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_INVALID_TEXT, &n_invalid_text);
  for (guint i = 0; i < n_invalid_text; i++)
    json_builder_add_int_value (builder, rows[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  evd_cli_attendees_print_json (builder);
}

static void
print_mapping (EvdColumnMapping *mapping)
{
  g_autofree guint *ignored = NULL;
  guint n_ignored;

  printf ("%s\n", _("Columns:"));
  for (guint i = 0; i < evd_column_mapping_get_n_columns (mapping); i++)
    {
      EvdImportField field = evd_column_mapping_get_target (mapping, i);

      if (field != EVD_IMPORT_FIELD_IGNORED)
        printf ("  %s → %s\n", evd_column_mapping_get_header (mapping, i),
                evd_import_field_get_label (field));
    }

  ignored = evd_column_mapping_dup_ignored_columns (mapping, &n_ignored);
  if (n_ignored > 0)
    {
      printf ("%s", _("Not imported:"));
      for (guint i = 0; i < n_ignored; i++)
        printf ("%s “%s”", i == 0 ? "" : ",", evd_column_mapping_get_header (mapping, ignored[i]));
      printf ("\n");
    }
}

static void
print_problem (EvdCheckReport *report,
               EvdProblemKind  kind)
{
  const guint *rows;
  guint n_rows;

  rows = evd_check_report_get_rows_with_problem (report, kind, &n_rows);
  if (n_rows == 0)
    return;

  printf ("\n%s (", evd_problem_kind_get_message (kind));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n_rows), n_rows);
  printf (")\n  %s ", g_dngettext (GETTEXT_PACKAGE, "Row", "Rows", n_rows));
  for (guint i = 0; i < MIN (n_rows, ROWS_SHOWN); i++)
    printf ("%s%u", i == 0 ? "" : ", ", rows[i]);
  if (n_rows > ROWS_SHOWN)
    {
      printf (" ");
      printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n_rows - ROWS_SHOWN),
              n_rows - ROWS_SHOWN);
    }
  printf ("\n  %s\n", evd_problem_kind_get_fix (kind));
}

/* Which letters could not be read, row by row: the person sees the name
 * as Event Desk read it and knows what to correct. */
static void
print_invalid_text (EvdCsvTable *table)
{
  guint shown = 0;

  for (guint row = 0; row < evd_csv_table_get_n_rows (table) && shown < ROWS_SHOWN; row++)
    {
      g_autofree char *line = evd_cli_attendees_describe_invalid_text (table, row);

      if (line == NULL)
        continue;
      if (shown++ == 0)
        printf ("\n");
      printf ("%s\n", line);
    }
}

static void
print_summary (const char     *path,
               EvdCsvTable    *table,
               EvdCheckReport *report)
{
  guint n_rows = evd_check_report_get_n_rows (report);
  char delimiter = evd_csv_table_get_delimiter (table);

  printf (_("%s: %u rows, %s, separated by: %s\n"), path, n_rows,
          evd_csv_encoding_get_label (evd_csv_table_get_encoding (table)),
          evd_csv_delimiter_get_label (delimiter));
  print_mapping (evd_check_report_get_mapping (report));

  if (n_rows == 0)
    {
      printf ("\n%s\n", _("The file has column names but no attendees."));
      return;
    }

  printf ("\n");
  printf (g_dngettext (GETTEXT_PACKAGE, "%u attendee would be sent\n", "%u attendees would be sent\n",
                       evd_check_report_get_n_valid (report)),
          evd_check_report_get_n_valid (report));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u row has problems and would not be sent\n",
                       "%u rows have problems and would not be sent\n",
                       evd_check_report_get_n_invalid (report)),
          evd_check_report_get_n_invalid (report));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u row repeats an earlier email address\n",
                       "%u rows repeat an earlier email address\n",
                       evd_check_report_get_n_duplicates (report)),
          evd_check_report_get_n_duplicates (report));

  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    print_problem (report, evd_problem_kind_from_index (i));
  print_invalid_text (table);
}

static int
fail (const char *path,
      GError     *error)
{
  if (*path == '\0')
    g_printerr ("eventdesk-cli check: %s\n", error->message);
  else
    g_printerr (_("eventdesk-cli check: %s: %s\n"), path, error->message);
  return EVD_CLI_EXIT_FAILURE;
}

/**
 * evd_cli_check_main:
 * @argv: the arguments after "eventdesk-cli", starting with "check"
 *
 * Returns: the exit status: 0 when the file was read and checked (whatever
 *   the rows hold: scripts read the counts), 1 when it could not be read or
 *   has no email column, 2 for a usage error
 */
int
evd_cli_check_main (int    argc,
                    char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(EvdCheckReport) report = NULL;
  g_autofree char *encoding_name = NULL;
  g_autofree char *delimiter_name = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  EvdCsvOptions options = EVD_CSV_OPTIONS_INIT;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object with the counts"), NULL },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding_name,
      N_("Read the file as utf-8, utf-16le, utf-16be or windows-1252 instead of detecting it"), N_("NAME") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &delimiter_name,
      N_("Separate cells with this character (or comma, semicolon, tab, pipe) instead of detecting it"), N_("CHAR") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.csv") },
    { NULL }
  };
  EvdCliAttendeesCommand command;

  /* A local file only: GIO's plain local VFS, without looking through its
   * modules for GVfs (a third of a 100,000-row check was start-up). Set
   * before anything touches GIO; a value in the environment wins. */
  g_setenv ("GIO_USE_VFS", "local", FALSE);

  command = (EvdCliAttendeesCommand) {
    "check",
    _("Checks an attendee list without sending anything."),
    _("Reads the attendee list the way Event Desk imports it (detecting the encoding and the\n"
      "separator, mapping columns by their names) and checks every row: email addresses,\n"
      "Zoom’s length limits, countries, and repeated addresses. Nothing is sent to Zoom.\n"
      "\n"
      "With --json, prints one object: encoding, delimiter, rows (attendee rows read), valid\n"
      "(unique attendees that would be sent), invalid (rows failing a check), duplicates\n"
      "(rows repeating an earlier email), warnings, problems (rows per problem), and\n"
      "invalid_text_rows (the rows with a character that is not valid text).\n"
      "Use - as FILE.csv to read the list from standard input.\n"
      "\n"
      "Exit status: 0 when the file was read and checked, even if some rows have problems;\n"
      "1 when it cannot be read or no column holds email addresses; 2 for a usage error."),
    _("Usage: eventdesk-cli check [--json] [--encoding NAME] [--delimiter CHAR] FILE.csv"),
    1, entries
  };

  if (!evd_cli_attendees_parse_options (&command, &argc, &argv, &files))
    return EVD_CLI_EXIT_USAGE;
  if (encoding_name != NULL && !evd_csv_encoding_from_string (encoding_name, &options.encoding))
    {
      g_printerr (_("eventdesk-cli check: unknown encoding “%s”; use utf-8, utf-16le, utf-16be or windows-1252\n"),
                  encoding_name);
      return EVD_CLI_EXIT_USAGE;
    }
  if (delimiter_name != NULL && !evd_csv_delimiter_from_string (delimiter_name, &options.delimiter))
    {
      g_printerr (_("eventdesk-cli check: “%s” cannot separate cells; use one character such as , ; | or tab\n"),
                  delimiter_name);
      return EVD_CLI_EXIT_USAGE;
    }

  report = evd_cli_attendees_read_and_check (files[0], &options, &table, &error);
  if (report == NULL)
    return fail (files[0], error);

  if (json)
    print_json (table, report);
  else
    print_summary (files[0], table, report);
  return EVD_CLI_EXIT_OK;
}
