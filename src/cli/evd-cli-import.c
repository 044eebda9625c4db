/* evd-cli-import.c: `eventdesk-cli import`, an attendee list sent to an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli-import"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "evd-api-error.h"
#include "evd-cli-attendees.h"
#include "evd-cli-context.h"
#include "evd-cli-import.h"
#include "evd-duplicate-tickets.h"
#include "evd-ticket-importer.h"

#define PROGRESS_BAR_WIDTH 24
#define FAILED_ROWS_SHOWN  50

static int
fail_message (const char *message)
{
  g_printerr ("eventdesk-cli import: %s\n", message);
  return EVD_CLI_EXIT_FAILURE;
}

static EvdEvent *
check_event (EvdCliContext  *context,
             EvdClient      *client,
             const char     *event_id,
             GError        **error)
{
  evd_ticket_importer_check_event_async (client, event_id, NULL, evd_cli_context_done_cb, context);
  return evd_ticket_importer_check_event_finish (evd_cli_context_wait (context), error);
}

static int
fail_error (const char   *event_id,
            const GError *error)
{
  g_autofree char *message = NULL;

  if (g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED))
    message = g_strdup_printf (_("The event is not published yet. Publish it first: eventdesk-cli publish %s"),
                               event_id);
  else if (g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_DAILY_LIMIT) &&
           evd_api_error_get_retry_at (error) > 0)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (evd_api_error_get_retry_at (error));
      g_autofree char *text = g_date_time_format (when, "%c");

      message = g_strdup_printf (_("%s Run the same command again after %s to finish."), error->message, text);
    }
  else
    message = g_strdup (error->message);
  return fail_message (message);
}

/* Progress on a terminal */

static char *
format_seconds (double seconds)
{
  guint total = (guint) (seconds + 0.5);

  if (total >= 3600)
    return g_strdup_printf (_("%u h %02u min"), total / 3600, (total / 60) % 60);
  if (total >= 60)
    return g_strdup_printf (_("%u min %02u s"), total / 60, total % 60);
  return g_strdup_printf (_("%u s"), total);
}

static void
progress_cb (EvdTicketImporter       *importer,
             const EvdImportProgress *progress,
             gpointer                 user_data)
{
  guint done = progress->total - progress->pending;
  guint filled = progress->total > 0 ? done * PROGRESS_BAR_WIDTH / progress->total : PROGRESS_BAR_WIDTH;
  g_autofree char *left = NULL;
  GString *line = g_string_new ("\r[");

  for (guint i = 0; i < PROGRESS_BAR_WIDTH; i++)
    g_string_append_c (line, i < filled ? '#' : '-');
  g_string_append_printf (line, "] %u/%u  ", done, progress->total);
  g_string_append_printf (line, _("created %u, skipped %u, failed %u"),
                          progress->created, progress->already_registered, progress->failed);
  if (progress->speed > 0)
    g_string_append_printf (line, _(", %.0f/s"), progress->speed);
  if (progress->seconds_left > 0)
    {
      left = format_seconds (progress->seconds_left);
      g_string_append_printf (line, _(", %s left"), left);
    }
  g_string_append (line, "\033[K");
  fputs (line->str, stderr);
  fflush (stderr);
  g_string_free (line, TRUE);
}

static gboolean
interrupt_cb (gpointer user_data)
{
  g_printerr ("\n%s\n", _("Stopping after the batches already sent…"));
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

/* Output */

static void
print_json (EvdCheckReport  *report,
            EvdImportResult *result,
            guint            n_removed)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *extras = evd_import_result_get_extra_tickets (result);

  json_builder_begin_object (builder);
  evd_cli_attendees_add_count (builder, "created", evd_import_result_get_n_created (result));
  evd_cli_attendees_add_count (builder, "already_registered", evd_import_result_get_n_already_registered (result));
  evd_cli_attendees_add_count (builder, "invalid", evd_check_report_get_n_invalid (report));
  evd_cli_attendees_add_count (builder, "failed", evd_import_result_get_n_failed (result));
  evd_cli_attendees_add_count (builder, "duplicates", evd_check_report_get_n_duplicates (report));
  evd_cli_attendees_add_count (builder, "not_sent", evd_import_result_get_n_not_done (result));
  evd_cli_attendees_add_count (builder, "rows", evd_check_report_get_n_rows (report));
  /* The check after the import; absent when it could not be made. */
  if (extras != NULL)
    {
      json_builder_set_member_name (builder, "extra_tickets");
      json_builder_begin_array (builder);
      for (guint i = 0; i < extras->len; i++)
        {
          EvdTicket *ticket = g_ptr_array_index (extras, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "email");
          json_builder_add_string_value (builder, evd_ticket_get_email (ticket));
          json_builder_set_member_name (builder, "ticket_id");
          json_builder_add_string_value (builder, evd_ticket_get_ticket_id (ticket));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      evd_cli_attendees_add_count (builder, "extra_tickets_removed", n_removed);
    }
  json_builder_end_object (builder);

  evd_cli_attendees_print_json (builder);
}

/* People with more than one ticket, whoever made them. */
static void
print_extras (EvdImportResult *result,
              gboolean         fixed,
              guint            n_removed)
{
  GPtrArray *extras = evd_import_result_get_extra_tickets (result);

  if (extras == NULL)
    {
      printf ("%s\n", _("The event could not be checked for people with more than one ticket."));
      return;
    }
  if (extras->len == 0)
    return;

  if (fixed)
    {
      printf (g_dngettext (GETTEXT_PACKAGE, "%u extra ticket removed: each person keeps one ticket\n",
                           "%u extra tickets removed: each person keeps one ticket\n", n_removed),
              n_removed);
      return;
    }

  printf (g_dngettext (GETTEXT_PACKAGE, "%u extra ticket: these people have more than one ticket for this event\n",
                       "%u extra tickets: these people have more than one ticket for this event\n", extras->len),
          extras->len);
  for (guint i = 0; i < extras->len && i < FAILED_ROWS_SHOWN; i++)
    {
      EvdTicket *ticket = g_ptr_array_index (extras, i);

      printf (_("  %s (extra ticket %s)\n"), evd_ticket_get_email (ticket), evd_ticket_get_ticket_id (ticket));
    }
  if (extras->len > FAILED_ROWS_SHOWN)
    printf (g_dngettext (GETTEXT_PACKAGE, "  and %u more\n", "  and %u more\n", extras->len - FAILED_ROWS_SHOWN),
            extras->len - FAILED_ROWS_SHOWN);
  printf ("%s\n", _("Run the same command with --fix-duplicates to remove the extra tickets; each person keeps one."));
}

static void
print_summary (EvdCheckReport  *report,
               EvdImportResult *result)
{
  GListModel *rows = evd_import_result_get_rows (result);
  guint n_failed = evd_import_result_get_n_failed (result);
  guint shown = 0;

  printf (g_dngettext (GETTEXT_PACKAGE, "%u attendee registered\n", "%u attendees registered\n",
                       evd_import_result_get_n_created (result)),
          evd_import_result_get_n_created (result));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u already had a ticket and was skipped\n",
                       "%u already had a ticket and were skipped\n",
                       evd_import_result_get_n_already_registered (result)),
          evd_import_result_get_n_already_registered (result));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u row has problems and was not sent (see eventdesk-cli check)\n",
                       "%u rows have problems and were not sent (see eventdesk-cli check)\n",
                       evd_check_report_get_n_invalid (report)),
          evd_check_report_get_n_invalid (report));
  if (evd_check_report_get_n_duplicates (report) > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "%u row repeats an earlier email address and was not sent\n",
                         "%u rows repeat an earlier email address and were not sent\n",
                         evd_check_report_get_n_duplicates (report)),
            evd_check_report_get_n_duplicates (report));
  if (evd_import_result_get_n_not_done (result) > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "%u attendee was not sent yet\n", "%u attendees were not sent yet\n",
                         evd_import_result_get_n_not_done (result)),
            evd_import_result_get_n_not_done (result));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u attendee could not be registered\n",
                       "%u attendees could not be registered\n", n_failed),
          n_failed);

  for (guint i = 0; i < g_list_model_get_n_items (rows) && shown < FAILED_ROWS_SHOWN; i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (rows, i);

      if (evd_import_row_get_state (row) != EVD_IMPORT_ROW_FAILED)
        continue;
      printf (_("  Row %u, %s: %s\n"), evd_import_row_get_row_number (row),
              evd_import_row_get_email (row), evd_import_row_get_reason (row));
      shown++;
    }
  if (n_failed > shown)
    printf (g_dngettext (GETTEXT_PACKAGE, "  and %u more\n", "  and %u more\n", n_failed - shown),
            n_failed - shown);
}

/* The import */

static EvdImportJournal *
open_journal (EvdCheckReport          *report,
              EvdEvent                *event,
              const char              *event_id,
              const char              *source,
              const EvdImportOptions  *options,
              GError                 **error)
{
  g_autoptr(GError) find_error = NULL;
  g_autoptr(EvdImportJournal) journal = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  journal = evd_import_journal_find_unfinished (NULL, event_id, source, &find_error);
  if (find_error != NULL)
    g_debug ("Unfinished imports not read: %s", find_error->message);
  if (journal != NULL)
    {
      g_autofree char *started = g_date_time_format (evd_import_journal_get_created (journal), "%c");
      GPtrArray *journal_rows = evd_import_journal_get_rows (journal);

      g_printerr (_("Resuming the import of this file started on %s (%u of %u attendees done).\n"),
                  started, evd_import_journal_count_done (journal), journal_rows->len);
      return g_steal_pointer (&journal);
    }

  attendees = evd_check_report_dup_attendees (report, EVD_ATTENDEE_VALID);
  rows = evd_import_rows_from_attendees (attendees, event_id);
  return evd_import_journal_create (NULL, event_id, evd_event_get_name (event), source, options, rows, error);
}

static void
forget_finished_journal (EvdImportJournal *journal)
{
  g_autoptr(GError) error = NULL;

  if (evd_import_journal_is_finished (journal) && !evd_import_journal_delete (journal, &error))
    g_debug ("%s", error->message);
}

/* Returns the number removed, or G_MAXUINT with @error set. */
static guint
remove_extras (EvdCliContext  *context,
               EvdClient      *client,
               const char     *event_id,
               GPtrArray      *extras,
               GError        **error)
{
  evd_duplicate_tickets_remove_async (client, event_id, extras, NULL, evd_cli_context_done_cb, context);
  return evd_duplicate_tickets_remove_finish (evd_cli_context_wait (context), error);
}

static int
run_import (EvdCliContext          *context,
            EvdClient              *client,
            EvdCheckReport         *report,
            EvdEvent               *event,
            const char             *event_id,
            const char             *path,
            const EvdImportOptions *options,
            gboolean                json,
            gboolean                fix_duplicates)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *source = g_file_get_path (file);
  g_autoptr(EvdImportJournal) journal = NULL;
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gboolean show_progress = isatty (STDERR_FILENO);
  g_autoptr(EvdImportLock) lock = NULL;
  g_autoptr(GError) remove_error = NULL;
  GPtrArray *extras;
  guint n_removed = 0;
  guint interrupt_id;

  /* Before the journal is looked for: the journal of an import running now
   * is not one to resume. */
  lock = evd_import_lock_acquire (event_id, EVD_IMPORT_ORIGIN_COMMAND_LINE, &error);
  if (lock == NULL)
    return fail_message (error->message);

  journal = open_journal (report, event, event_id, source != NULL ? source : path, options, &error);
  if (journal == NULL)
    return fail_message (error->message);

  importer = evd_ticket_importer_new_from_journal (client, journal);
  evd_ticket_importer_take_lock (importer, g_steal_pointer (&lock));
  if (show_progress)
    g_signal_connect (importer, "progress", G_CALLBACK (progress_cb), NULL);
  interrupt_id = g_unix_signal_add (SIGINT, interrupt_cb, cancellable);

  evd_ticket_importer_run_async (importer, cancellable, evd_cli_context_done_cb, context);
  result = evd_ticket_importer_run_finish (importer, evd_cli_context_wait (context), &error);
  if (!g_cancellable_is_cancelled (cancellable))
    g_source_remove (interrupt_id);
  if (show_progress)
    g_printerr ("\n");
  if (result == NULL)
    result = g_object_ref (evd_ticket_importer_get_result (importer));

  extras = evd_import_result_get_extra_tickets (result);
  if (fix_duplicates && extras != NULL && extras->len > 0)
    n_removed = remove_extras (context, client, event_id, extras, &remove_error);

  if (json)
    print_json (report, result, n_removed == G_MAXUINT ? 0 : n_removed);
  else
    {
      print_summary (report, result);
      print_extras (result, fix_duplicates && remove_error == NULL, n_removed);
    }

  forget_finished_journal (journal);
  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail_error (event_id, error);
      if (!evd_import_journal_is_finished (journal))
        g_printerr ("%s\n", _("Run the same command again to finish: attendees already registered are skipped."));
      return EVD_CLI_EXIT_FAILURE;
    }
  if (remove_error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The extra tickets could not all be removed: %s"),
                                                  remove_error->message);

      return fail_message (message);
    }
  /* Someone has two tickets: a script must not take that for success. */
  if (extras != NULL && extras->len > 0 && !fix_duplicates)
    return EVD_CLI_EXIT_FAILURE;
  return evd_import_result_get_n_failed (result) == 0 ? EVD_CLI_EXIT_OK : EVD_CLI_EXIT_FAILURE;
}

/* Imports stopped long ago keep attendees' names and emails on disk for no
 * purpose: they go, after a line on stderr says so. */
static void
remove_abandoned_journals (void)
{
  g_auto(GStrv) paths = evd_import_journal_find_abandoned (NULL);
  guint n = g_strv_length (paths);

  if (n == 0)
    return;
  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "Removing %u unfinished import that stopped more than %u days ago, with the attendee list it kept.\n",
                           "Removing %u unfinished imports that stopped more than %u days ago, with the attendee lists they kept.\n",
                           n),
              n, EVD_IMPORT_JOURNAL_ABANDONED_DAYS);
  evd_import_journal_remove_files ((const char * const *) paths);
}

/**
 * evd_cli_import_main:
 * @argv: the arguments after "eventdesk-cli", starting with "import"
 *
 * Returns: 0 when every attendee was registered or already had a ticket;
 *   1 when some failed, the import stopped, or nothing could be sent; 2 for
 *   a usage error
 */
int
evd_cli_import_main (int    argc,
                     char **argv)
{
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(EvdImportOptions) options = evd_import_options_new ();
  g_autofree char *ticket_type = NULL;
  g_autofree char *mode_name = NULL;
  g_autofree char *plan = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client;
  EvdCsvOptions csv_options = EVD_CSV_OPTIONS_INIT;
  gboolean json = FALSE;
  gboolean no_notify = FALSE;
  gboolean fix_duplicates = FALSE;
  const GOptionEntry entries[] = {
    { "ticket-type", 0, 0, G_OPTION_ARG_STRING, &ticket_type,
      N_("Give attendees this ticket type instead of the event’s default"), N_("ID") },
    { "no-notify", 0, 0, G_OPTION_ARG_NONE, &no_notify,
      N_("Do not have Zoom email each attendee their ticket"), NULL },
    { "registration", 0, 0, G_OPTION_ARG_STRING, &mode_name,
      N_("standard (sign in to join), fast_join (join without signing in) or registration_needed "
         "(attendees finish registering themselves)"), N_("MODE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object with the counts"), NULL },
    { "plan", 0, 0, G_OPTION_ARG_STRING, &plan,
      N_("The account’s Zoom plan, which sets how many requests a second are sent: pro (30) or business (80). "
         "Overrides EVENTDESK_PLAN, which overrides the plan chosen in Event Desk’s Preferences"), N_("PLAN") },
    { "fix-duplicates", 0, 0, G_OPTION_ARG_NONE, &fix_duplicates,
      N_("After the import, remove the extra tickets of anyone who has more than one"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &arguments, NULL, N_("EVENT_ID FILE.csv") },
    { NULL }
  };
  const EvdCliAttendeesCommand command = {
    "import",
    _("Registers the attendees of a list for an event."),
    _("Reads and checks the attendee list as “eventdesk-cli check” does, then registers every\n"
      "valid attendee for the event, 30 at a time. People who already have a ticket are skipped,\n"
      "so running the same command again creates nothing new. Progress is kept on disk: after a\n"
      "crash or Ctrl+C, the same command resumes where it stopped. A second import into the\n"
      "same event while one runs on this computer is refused and says which one runs.\n"
      "\n"
      "After the import, the event is checked for anyone with more than one ticket (whoever\n"
      "made them; every ticket is read again when someone else changed the event meanwhile):\n"
      "they are listed, and --fix-duplicates removes the extras. The ticket kept\n"
      "is the one with Event Desk’s own external ticket ID, else the one with the smallest ID.\n"
      "\n"
      "With --json, prints one object: created, already_registered, invalid (rows failing a\n"
      "check), failed (refused by Zoom), duplicates, not_sent, rows, extra_tickets (email and\n"
      "ticket_id of each extra) and extra_tickets_removed.\n"
      "\n"
      "Exit status: 0 when nothing failed; 1 when some attendees could not be registered, the\n"
      "import stopped, or someone has extra tickets that were not removed; 2 for a usage error."),
    _("Usage: eventdesk-cli import [--ticket-type ID] [--no-notify] [--fix-duplicates] [--plan PLAN] [--json] EVENT_ID FILE.csv"),
    2, entries
  };

  if (!evd_cli_attendees_parse_options (&command, &argc, &argv, &arguments))
    return EVD_CLI_EXIT_USAGE;
  remove_abandoned_journals ();
  if (mode_name != NULL && !evd_registration_mode_from_string (mode_name, &options->registration_mode))
    {
      g_printerr (_("eventdesk-cli import: unknown registration “%s”; use standard, fast_join or registration_needed\n"),
                  mode_name);
      return EVD_CLI_EXIT_USAGE;
    }
  if (plan != NULL && !evd_plan_from_string (plan, &(EvdPlan) { 0 }))
    {
      g_printerr (_("eventdesk-cli import: “%s” is not a plan; use pro or business\n"), plan);
      return EVD_CLI_EXIT_USAGE;
    }
  options->ticket_type_id = g_steal_pointer (&ticket_type);
  options->send_notification = !no_notify;

  report = evd_cli_attendees_read_and_check (arguments[1], &csv_options, NULL, &error);
  if (report == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", arguments[1], error->message);

      return fail_message (message);
    }

  /* Credentials as every command finds them, never with a prompt: an
   * import may run unattended. */
  context = evd_cli_context_new ();
  evd_cli_context_set_plan_option (context, plan);
  client = evd_cli_context_connect (context, &error);
  if (client == NULL)
    return fail_message (error->message);

  event = check_event (context, client, arguments[0], &error);
  if (event == NULL)
    return fail_error (arguments[0], error);

  return run_import (context, client, report, event, arguments[0], arguments[1], options, json, fix_duplicates);
}
