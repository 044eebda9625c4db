/* evd-cli-attendees.c: what `check` and `import` share: their options and the attendee list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli"

#include "config.h"

#include <stdio.h>

#include "evd-cli-attendees.h"
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

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("eventdesk-cli %s: %s\n", command->name, error->message);
      return FALSE;
    }
  if (*arguments == NULL || g_strv_length (*arguments) != command->n_arguments)
    {
      g_printerr ("%s\n", command->usage);
      return FALSE;
    }
  return TRUE;
}

/**
 * evd_cli_attendees_read_and_check:
 * @path: the file, as given on the command line
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

  file = g_file_new_for_commandline_arg (path);
  read = evd_csv_reader_read_file (file, options, NULL, error);
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
