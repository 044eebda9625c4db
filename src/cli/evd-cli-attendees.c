/* evd-cli-attendees.c: what `check` and `import` share: their options and the attendee list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "evd-cli-attendees.h"
#include "evd-cli-context.h"
#include "evd-column-mapping.h"

/**
 * evd_cli_attendees_parse_options:
 * @command: the command
 * @argc: (inout): as for g_option_context_parse()
 * @argv: (inout): as for g_option_context_parse()
 * @arguments: what the G_OPTION_REMAINING entry of @command filled
 *
 * Parses the options and checks that the command was given exactly its
 * arguments. On a usage error, says so on stderr.
 *
 * Returns: %FALSE on a usage error; the command then exits with 2
 */
gboolean
evd_cli_attendees_parse_options (const EvdCliAttendeesCommand   *command,
                                 int                            *argc,
                                 char                         ***argv,
                                 char                        ***arguments)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = NULL;
  g_autofree char *summary = NULL;
  g_auto(GStrv) options = NULL;
  g_auto(GStrv) positionals = NULL;

  g_return_val_if_fail (command != NULL, FALSE);

  /* GOption names the program in its "Usage:" line, and adds the
   * arguments itself from the G_OPTION_REMAINING entry. */
  prgname = g_strdup_printf ("eventdesk-cli %s", command->name);
  g_set_prgname (prgname);
  summary = g_strconcat (command->description, "\n\n", command->summary, NULL);
  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, command->entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);

  /* Ids and file names may start with '-': only the command's options go
   * to GOption. */
  options = evd_cli_split_arguments (command->entries, *argc, *argv, &positionals);
  if (!g_option_context_parse_strv (context, &options, &error))
    {
      g_printerr ("eventdesk-cli %s: %s\n", command->name, error->message);
      return FALSE;
    }
  g_strfreev (*arguments);
  *arguments = g_strv_length (options) > 1 ? NULL : g_steal_pointer (&positionals);
  if (*arguments == NULL || g_strv_length (*arguments) != command->n_arguments)
    {
      g_printerr ("%s\n", command->usage);
      return FALSE;
    }
  return TRUE;
}

/* The list piped in, up to the reader's limit. */
static GBytes *
read_stdin (GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[65536];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      g_byte_array_append (data, buffer, n);
      if (data->len > EVD_CSV_MAX_FILE_SIZE)
        {
          g_set_error_literal (error, EVD_CSV_ERROR, EVD_CSV_ERROR_TOO_LARGE,
                               _("This file is too large to import (over 1 GB). Split it into smaller files."));
          return NULL;
        }
    }
  if (ferror (stdin))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not read the attendee list from standard input."));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * evd_cli_attendees_read_and_check:
 * @path: the file, as given on the command line; - for standard input
 * @options: how to read it
 * @table: (out) (optional) (transfer full): the file as read
 *
 * Reads the list the way the app imports it: columns mapped by their names.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when the
 *   file cannot be read or no column holds email addresses
 */
EvdCheckReport *
evd_cli_attendees_read_and_check (const char           *path,
                                  const EvdCsvOptions  *options,
                                  EvdCsvTable         **table,
                                  GError              **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(EvdCsvTable) read = NULL;
  g_autoptr(EvdColumnMapping) mapping = NULL;
  g_autoptr(EvdAttendeeChecker) checker = NULL;
  g_autoptr(EvdCheckReport) report = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (*path == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The file name is empty. Give the path of the attendee list, or - to read it from standard input."));
      return NULL;
    }

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GBytes) bytes = read_stdin (error);

      if (bytes == NULL)
        return NULL;
      read = evd_csv_reader_read_bytes (bytes, options, NULL, error);
    }
  else
    {
      file = g_file_new_for_commandline_arg (path);
      read = evd_csv_reader_read_file (file, options, NULL, error);
    }
  if (read == NULL)
    return NULL;

  mapping = evd_column_mapping_suggest (evd_csv_table_get_headers (read));
  checker = evd_attendee_checker_new ();
  report = evd_attendee_checker_check (checker, read, mapping, NULL, error);
  if (report == NULL)
    return NULL;

  if (table != NULL)
    *table = g_steal_pointer (&read);
  return g_steal_pointer (&report);
}

/**
 * evd_cli_attendees_describe_invalid_text:
 * @row: a data row flagged %EVD_PROBLEM_INVALID_TEXT
 *
 * Returns: (transfer full) (nullable): "Row 400 has a character that is not
 *   valid text; the First name reads “Fran?ois”."
 */
char *
evd_cli_attendees_describe_invalid_text (EvdCsvTable *table,
                                         guint        row)
{
  int column = evd_csv_table_find_invalid_text (table, row);
  g_autofree char *shown = NULL;
  g_autoptr(GString) text = NULL;
  const char *header;

  if (column < 0)
    return NULL;

  /* The replacement character itself shows as a box in many terminals. */
  text = g_string_new (evd_csv_table_get_cell (table, row, column));
  g_string_replace (text, "\357\277\275", "?", 0);
  header = (guint) column < evd_csv_table_get_n_columns (table) ? evd_csv_table_get_header (table, column) : "";
  /* Translators: the row number, the column's name in the file, its text with ? for the bad character */
  return g_strdup_printf (_("Row %u has a character that is not valid text; the “%s” reads “%s”."),
                          evd_csv_table_get_row_number (table, row), header, text->str);
}

void
evd_cli_attendees_add_count (JsonBuilder *builder,
                             const char  *name,
                             gint64       count)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, count);
}

/**
 * evd_cli_attendees_print_json:
 * @builder: a builder holding one finished object
 *
 * Prints the object on one line: unlike the other commands, which print
 * Zoom's objects, check and import print a report a script reads at once.
 */
void
evd_cli_attendees_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}
