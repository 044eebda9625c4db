/* eventdesk-sandbox.c: serve the local Zoom Events API on a port
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>

#include "evd-i18n.h"
#include "evd-sandbox-server.h"

#define DEFAULT_PORT 8765

typedef struct
{
  int      port;
  int      latency;
  int      rate;
  int      daily_limit;
  int      token_lifetime;
  int      page_token_lifetime;
  double   fault_5xx;
  double   fault_cut_short;
  double   fault_drop_tickets;
  gint64   seed;
  int      events;
  int      tickets;
  char    *state_file;
  char    *scopes;
  int      heavy_rate;
} Options;

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_CONTINUE;
}

static gboolean
check_options (const Options  *options,
               GError        **error)
{
  const double shares[] = { options->fault_5xx, options->fault_cut_short, options->fault_drop_tickets };
  const int counts[] = { options->latency, options->rate, options->daily_limit, options->token_lifetime,
                         options->page_token_lifetime, options->events, options->tickets, options->heavy_rate };

  if (options->port < 0 || options->port > 65535)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("The port must be a number from 0 to 65535."));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    if (shares[i] < 0.0 || shares[i] > 1.0)
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("Fault shares are numbers from 0 (never) to 1 (always), such as 0.1."));
        return FALSE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (counts[i] < 0)
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("Numbers of milliseconds, seconds, requests, events and tickets cannot be negative."));
        return FALSE;
      }
  if (options->token_lifetime == 0 || options->page_token_lifetime == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Tokens must live at least one second."));
      return FALSE;
    }

  return TRUE;
}

static void
apply_options (EvdSandboxServer *server,
               const Options    *options)
{
  evd_sandbox_server_set_port (server, (guint) options->port);
  evd_sandbox_server_set_latency (server, (guint) options->latency);
  evd_sandbox_server_set_rate_limit (server, (guint) options->rate);
  evd_sandbox_server_set_daily_limit (server, (guint) options->daily_limit);
  evd_sandbox_server_set_heavy_rate_limit (server, (guint) options->heavy_rate);
  evd_sandbox_server_set_token_lifetime (server, (guint) options->token_lifetime);
  evd_sandbox_server_set_page_token_lifetime (server, (guint) options->page_token_lifetime);
  evd_sandbox_server_set_fault_5xx (server, options->fault_5xx);
  evd_sandbox_server_set_fault_cut_short (server, options->fault_cut_short);
  evd_sandbox_server_set_fault_drop_tickets (server, options->fault_drop_tickets);
  evd_sandbox_server_set_seed (server, (guint64) options->seed);
  evd_sandbox_server_set_generated (server, (guint) options->events, (guint) options->tickets);
  if (options->state_file != NULL)
    evd_sandbox_server_set_state_file (server, options->state_file);
  if (options->scopes != NULL)
    {
      g_auto(GStrv) scopes = g_strsplit_set (options->scopes, ", ", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) kept = NULL;

      for (guint i = 0; scopes[i] != NULL; i++)
        if (*scopes[i] != '\0')
          g_strv_builder_add (builder, scopes[i]);
      kept = g_strv_builder_end (builder);
      evd_sandbox_server_set_scopes (server, (const char * const *) kept);
    }
}

static void
print_environment (EvdSandboxServer *server)
{
  /* Shell lines first, so `eval "$(eventdesk-sandbox | head -n 5)"` works;
   * the sentence for people is a shell comment. */
  g_print ("export EVENTDESK_API_URL=%s\n", evd_sandbox_server_get_api_url (server));
  g_print ("export EVENTDESK_OAUTH_URL=%s\n", evd_sandbox_server_get_oauth_url (server));
  g_print ("export EVENTDESK_ACCOUNT_ID=%s\n", EVD_SANDBOX_ACCOUNT_ID);
  g_print ("export EVENTDESK_CLIENT_ID=%s\n", EVD_SANDBOX_CLIENT_ID);
  g_print ("export EVENTDESK_CLIENT_SECRET=%s\n", EVD_SANDBOX_CLIENT_SECRET);
  g_print ("# ");
  g_print (_("The Event Desk sandbox is answering at %s with sample data. Use the account ID, client ID and client secret above. Press Ctrl+C to stop it."),
           evd_sandbox_server_get_api_url (server));
  g_print ("\n");
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  Options options = { DEFAULT_PORT, 0, 0, 0, 3600, 900, 0.0, 0.0, 0.0, 1, 0, 0, NULL, NULL, EVD_SANDBOX_HEAVY_RATE };
  const GOptionEntry entries[] = {
    { "port", 'p', 0, G_OPTION_ARG_INT, &options.port,
      N_("Port to listen on, on this computer only (default 8765; 0 picks a free one)"), N_("PORT") },
    { "latency", 0, 0, G_OPTION_ARG_INT, &options.latency,
      N_("Wait this many milliseconds before every answer, like a slow network"), N_("MS") },
    { "rate", 0, 0, G_OPTION_ARG_INT, &options.rate,
      N_("Answer “too many requests” (429) above this many requests per second (0: no limit)"), N_("N") },
    { "daily-limit", 0, 0, G_OPTION_ARG_INT, &options.daily_limit,
      N_("Answer 429 until midnight UTC once this many requests were made today (0: no limit)"), N_("N") },
    { "heavy-rate", 0, 0, G_OPTION_ARG_INT, &options.heavy_rate,
      N_("Answer 429 above this many report requests (Zoom’s HEAVY ones) per second; default 10, as on a Pro account (0: no limit)"), N_("N") },
    { "token-lifetime", 0, 0, G_OPTION_ARG_INT, &options.token_lifetime,
      N_("How many seconds an access token works (default 3600, as at Zoom)"), N_("SECONDS") },
    { "page-token-lifetime", 0, 0, G_OPTION_ARG_INT, &options.page_token_lifetime,
      N_("How many seconds a next_page_token works (default 900, as at Zoom)"), N_("SECONDS") },
    { "fault-5xx", 0, 0, G_OPTION_ARG_DOUBLE, &options.fault_5xx,
      N_("Share of requests that fail with a server error before anything is done (0 to 1)"), N_("SHARE") },
    { "fault-cut-short", 0, 0, G_OPTION_ARG_DOUBLE, &options.fault_cut_short,
      N_("Share of requests that are carried out but get a broken answer (0 to 1)"), N_("SHARE") },
    { "fault-drop-tickets", 0, 0, G_OPTION_ARG_DOUBLE, &options.fault_drop_tickets,
      N_("Share of ticket requests that are carried out, then the connection closes without an answer (0 to 1)"), N_("SHARE") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &options.seed,
      N_("Number that decides the sample data and which requests fail, so runs can be repeated (default 1)"), N_("N") },
    { "events", 0, 0, G_OPTION_ARG_INT, &options.events,
      N_("Also create this many generated events, for trying large accounts"), N_("N") },
    { "tickets", 0, 0, G_OPTION_ARG_INT, &options.tickets,
      N_("Also create one published event with this many registrations"), N_("N") },
    { "state-file", 0, 0, G_OPTION_ARG_FILENAME, &options.state_file,
      N_("Keep the data in this file: read it on start if it exists, write it after each change"), N_("FILE") },
    { "scopes", 0, 0, G_OPTION_ARG_STRING, &options.scopes,
      N_("Grant only these scopes, separated by commas, to see the “missing scope” error (default: all)"), N_("LIST") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdSandboxServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;

  /* Debug output (G_MESSAGES_DEBUG) goes to stderr with the warnings:
   * stdout carries only what the command prints, such as --json. */
  g_log_writer_default_set_use_stderr (TRUE);
  evd_i18n_init ();

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Serves a local copy of the Zoom Events API with sample data, for trying Event Desk and integrations without a Zoom account."));
  g_option_context_set_description (context, _("On start it prints the API address and the sample credentials as shell export lines, then serves until stopped with Ctrl+C or SIGTERM."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !check_options (&options, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  server = evd_sandbox_server_new ();
  apply_options (server, &options);
  if (!evd_sandbox_server_start (server, &error))
    {
      g_printerr (_("The sandbox could not start: %s\n"), error->message);
      return 1;
    }

  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_unix_signal_add (SIGTERM, quit_cb, loop);
  print_environment (server);
  g_main_loop_run (loop);

  evd_sandbox_server_stop (server);
  g_free (options.state_file);
  g_free (options.scopes);

  return 0;
}
