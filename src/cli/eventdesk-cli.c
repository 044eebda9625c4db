/* eventdesk-cli.c: Event Desk for scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "evd-i18n.h"
#include "evd-cli-check.h"
#include "evd-cli-commands.h"
#include "evd-cli-import.h"

typedef struct
{
  const char *name;
  const char *arguments;  /* shown after the name in the list */
  const char *summary;
  int       (*main) (int argc, char **argv);
} EvdCliCommand;

static const EvdCliCommand commands[] = {
  { "hubs", "", N_("List the hubs this account hosts"), evd_cli_hubs_main },
  { "events", N_("HUB_ID"), N_("List a hub’s events, of every status"), evd_cli_events_main },
  { "event", N_("EVENT_ID"), N_("Show one event"), evd_cli_event_main },
  { "create-event", N_("FILE.json"), N_("Create an event as a draft and print its ID"), evd_cli_create_event_main },
  { "publish", N_("EVENT_ID"), N_("Publish an event so people can register"), evd_cli_publish_main },
  { "sessions", N_("EVENT_ID"), N_("List an event’s sessions"), evd_cli_sessions_main },
  { "ticket-types", N_("EVENT_ID"), N_("List an event’s ticket types"), evd_cli_ticket_types_main },
  { "tickets", N_("EVENT_ID"), N_("List an event’s registrations, or save them as CSV"), evd_cli_tickets_main },
  { "summary", N_("EVENT_ID"), N_("Show how registration is going, and how many attended"), evd_cli_summary_main },
  { "attendance", N_("EVENT_ID"), N_("List who attended and who did not, or save it as CSV"), evd_cli_attendance_main },
  { "check", N_("FILE.csv"), N_("Check an attendee list offline, without sending it"), evd_cli_check_main },
  { "import", N_("EVENT_ID FILE.csv"), N_("Pre-register the attendees in a CSV file, without duplicates"), evd_cli_import_main },
};

static const EvdCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (commands[i].name, name))
        return &commands[i];
    }
  return NULL;
}

static void
print_usage (FILE *out)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) calls = g_ptr_array_new_with_free_func (g_free);
  glong width = 0;

  /* The summaries line up two spaces after the longest call, counted in
   * characters (a translation may use more than ASCII). */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      char *call = g_strdup_printf ("%s %s", commands[i].name,
                                    commands[i].arguments[0] != '\0' ? _(commands[i].arguments) : "");

      width = MAX (width, g_utf8_strlen (call, -1));
      g_ptr_array_add (calls, call);
    }

  g_string_append_printf (text, "%s\n\n%s\n", _("Usage: eventdesk-cli COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *call = g_ptr_array_index (calls, i);

      g_string_append_printf (text, "  %s", call);
      for (glong pad = g_utf8_strlen (call, -1); pad < width + 2; pad++)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, "%s\n", _(commands[i].summary));
    }
  g_string_append_printf (text, "\n%s\n%s\n%s\n%s\n",
                          _("Every command takes --json to print Zoom’s own objects, and --help."),
                          _("Credentials come from EVENTDESK_ACCOUNT_ID, EVENTDESK_CLIENT_ID and EVENTDESK_CLIENT_SECRET, else from the keyring where Event Desk saved them."),
                          _("Requests a second follow the account’s Zoom plan: --plan pro|business, else EVENTDESK_PLAN=pro|business, else the plan chosen in Event Desk’s Preferences, else pro."),
                          _("Run “eventdesk-cli COMMAND --help” for a command’s options."));
  fputs (text->str, out);
}

static int
finish (int status)
{
  /* A full disk or a closed pipe must not pass for success. */
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      if (status == 0)
        fprintf (stderr, "eventdesk-cli: %s\n", _("Could not write the output."));
      return status == 0 ? 1 : status;
    }
  return status;
}

int
main (int   argc,
      char *argv[])
{
  const EvdCliCommand *command;
  const char *name;

  /* Debug output (G_MESSAGES_DEBUG) goes to stderr with the warnings:
   * stdout carries only what the command prints, such as --json. */
  g_log_writer_default_set_use_stderr (TRUE);
  evd_i18n_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }

  name = argv[1];
  if (g_str_equal (name, "--help") || g_str_equal (name, "-h") || g_str_equal (name, "help"))
    {
      /* "help COMMAND" is "COMMAND --help". */
      if (argc == 3 && g_str_equal (name, "help") && (command = find_command (argv[2])) != NULL)
        {
          char *help_argv[] = { argv[2], (char *) "--help", NULL };

          return finish (command->main (2, help_argv));
        }
      if (argc > 2)
        {
          print_usage (stderr);
          return 2;
        }
      print_usage (stdout);
      return finish (0);
    }
  if (g_str_equal (name, "--version"))
    {
      printf ("eventdesk-cli %s\n", PACKAGE_VERSION);
      return finish (0);
    }

  command = find_command (name);
  if (command == NULL)
    {
      fprintf (stderr, _("eventdesk-cli: “%s” is not a command.\n\n"), name);
      print_usage (stderr);
      return 2;
    }

  return finish (command->main (argc - 1, argv + 1));
}
