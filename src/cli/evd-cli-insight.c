/* evd-cli-insight.c: summary and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "evd-attendance-export.h"
#include "evd-cli-commands.h"
#include "evd-cli-context.h"
#include "evd-cli-output.h"
#include "evd-event-insight.h"

/* Reads what changed since the last run (kept in the user's cache folder)
 * and computes the summary. */
static EvdEventSummary *
refresh (EvdCliContext  *context,
         EvdClient      *client,
         const char     *event_id,
         GError        **error)
{
  g_autoptr(EvdEventInsight) insight = evd_event_insight_new (client, event_id);

  evd_event_insight_refresh_async (insight, NULL, evd_cli_context_done_cb, context);
  return evd_event_insight_refresh_finish (insight, evd_cli_context_wait (context), error);
}

static gboolean
is_missing (EvdEventSummary *summary,
            const char      *scope)
{
  const char * const *missing = evd_event_summary_get_missing_scopes (summary);

  for (guint i = 0; missing != NULL && missing[i] != NULL; i++)
    if (g_str_has_prefix (missing[i], "zoom_events:") && g_strcmp0 (missing[i], scope) == 0)
      return TRUE;
  return FALSE;
}

static void
explain_missing_scopes (EvdEventSummary *summary)
{
  const char * const *missing = evd_event_summary_get_missing_scopes (summary);

  for (guint i = 0; missing != NULL && missing[i] != NULL; i++)
    {
      g_autofree char *line = NULL;

      if (g_str_has_suffix (missing[i], "event_attendance:admin"))
        line = g_strdup_printf (_("Attendance is left out: the app may not read Zoom’s attendance report. Add the scope %s to the app in Zoom’s App Marketplace."), missing[i]);
      else
        line = g_strdup_printf (_("Registration dates and sources are left out: the app may not read Zoom’s registration report. Add the scope %s to the app in Zoom’s App Marketplace."), missing[i]);
      fprintf (stderr, "eventdesk-cli: %s\n", line);
    }
}

static char *
format_count (gint64 value)
{
  return value < 0 ? g_strdup (_("unknown")) : g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
print_summary (EvdEventSummary *summary)
{
  g_autoptr(EvdCliFields) fields = evd_cli_fields_new ();
  g_autoptr(EvdCliTable) types = evd_cli_table_new (3, _("Ticket type"), _("Sold"), _("Places"));
  g_autoptr(EvdCliTable) sources = evd_cli_table_new (2, _("Source"), _("Registrations"));
  g_autoptr(EvdCliTable) days = evd_cli_table_new (2, _("Day"), _("Registrations"));
  g_autofree char *registered = format_count (evd_event_summary_get_registered (summary));
  g_autofree char *places = NULL;
  g_autofree char *today = format_count (evd_event_summary_get_new_today (summary));
  g_autofree char *week = format_count (evd_event_summary_get_new_this_week (summary));
  g_autofree char *attended = NULL;
  g_autofree char *text = NULL;
  const EvdSummaryTicketType *type_rows;
  const EvdSummarySource *source_rows;
  const EvdSummaryDay *day_rows;
  guint n;

  if (evd_event_summary_get_capacity (summary) < 0)
    places = g_strdup (_("no limit"));
  else
    {
      g_autofree char *left = format_count (evd_event_summary_get_places_left (summary));
      g_autofree char *capacity = format_count (evd_event_summary_get_capacity (summary));

      /* Translators: places left, then the event's capacity */
      places = g_strdup_printf (_("%s of %s"), left, capacity);
    }

  evd_cli_fields_add (fields, _("Registered"), registered);
  evd_cli_fields_add (fields, _("Places left"), places);
  if (evd_event_summary_has_registration_report (summary))
    {
      evd_cli_fields_add (fields, _("New today"), today);
      evd_cli_fields_add (fields, _("New this week"), week);
    }
  if (evd_event_summary_get_attended (summary) >= 0)
    {
      gint64 n_attended = evd_event_summary_get_attended (summary);
      gint64 n_registered = evd_event_summary_get_registered (summary);

      g_autofree char *count = format_count (n_attended);

      attended = n_registered > 0
        ? g_strdup_printf (_("%s (%d%% of those registered)"), count, (int) (100.0 * n_attended / n_registered + 0.5))
        : g_strdup (count);
      evd_cli_fields_add (fields, _("Attended"), attended);
    }
  text = evd_cli_fields_format (fields);
  evd_cli_print (text);

  type_rows = evd_event_summary_get_ticket_types (summary, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sold = g_strdup_printf ("%" G_GINT64_FORMAT, type_rows[i].sold);
      g_autofree char *quantity = type_rows[i].quantity >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, type_rows[i].quantity)
                                                             : g_strdup (_("no limit"));

      evd_cli_table_add_row (types, type_rows[i].name, sold, quantity);
    }
  printf ("\n");
  evd_cli_print_table (types, _("This event has no ticket types."));

  if (!evd_event_summary_has_registration_report (summary))
    return;

  source_rows = evd_event_summary_get_sources (summary, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, source_rows[i].count);

      evd_cli_table_add_row (sources, *source_rows[i].source ? source_rows[i].source : _("(none given)"), count);
    }
  printf ("\n");
  evd_cli_print_table (sources, _("Nobody has registered for this event yet."));

  day_rows = evd_event_summary_get_days (summary, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, day_rows[i].count);

      evd_cli_table_add_row (days, day_rows[i].date, count);
    }
  printf ("\n");
  evd_cli_print_table (days, _("Nobody has registered for this event yet."));
}

int
evd_cli_summary_main (int    argc,
                      char **argv)
{
  const EvdCliCommandSpec spec = {
    "summary", N_("EVENT_ID"),
    N_("Shows how registration is going and, once the event took place, how many attended. Days are counted in the event’s time zone."),
    1, NULL
  };
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(EvdEventSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client = NULL;
  gboolean json;
  int status;

  if (!evd_cli_start (&spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;

  summary = refresh (context, client, arguments[0], &error);
  if (summary == NULL)
    return evd_cli_fail (error);

  /* What needs no report is still printed; what is missing says why. */
  explain_missing_scopes (summary);
  if (json)
    {
      g_autoptr(JsonNode) node = evd_event_summary_to_json (summary);

      evd_cli_print_json (node);
    }
  else
    print_summary (summary);
  return EVD_CLI_EXIT_OK;
}

static char *
format_join (gint64 first_join)
{
  g_autoptr(GDateTime) time = NULL;

  if (first_join <= 0)
    return g_strdup ("");
  time = g_date_time_new_from_unix_utc (first_join);
  return evd_cli_format_local_time (time);
}

static void
print_roster (EvdAttendanceList *roster,
              gboolean           absent_only)
{
  g_autoptr(EvdCliTable) table = evd_cli_table_new (5, _("Email"), _("Name"), _("Attended"), _("Minutes"), _("First joined"));

  for (guint i = 0; i < evd_attendance_list_get_n_rows (roster); i++)
    {
      const EvdAttendance *row = evd_attendance_list_get_row (roster, i);
      g_autofree char *name = g_strstrip (g_strdup_printf ("%s %s", row->first_name, row->last_name));
      g_autofree char *minutes = g_strdup_printf ("%u", row->attended ? row->minutes : 0);
      g_autofree char *joined = format_join (row->attended ? row->first_join : 0);
      const char *attended = row->attended ? _("yes") : row->lobby ? _("no (lobby only)") : _("no");

      if (absent_only && row->attended)
        continue;
      evd_cli_table_add_row (table, row->email, name, attended, minutes, joined);
    }
  evd_cli_print_table (table, absent_only ? _("Everyone who registered attended.") : _("Nobody has registered for this event."));
}

int
evd_cli_attendance_main (int    argc,
                         char **argv)
{
  gboolean absent = FALSE;
  g_autofree char *csv_path = NULL;
  const GOptionEntry entries[] = {
    { "absent", 0, 0, G_OPTION_ARG_NONE, &absent, N_("Only those who registered and did not attend"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv_path,
      N_("Save the list as a spreadsheet (CSV, UTF-8) readable only by you"), N_("FILE") },
    { NULL }
  };
  const EvdCliCommandSpec spec = {
    "attendance", N_("EVENT_ID"),
    N_("Lists everyone registered for an event that has started: attended or not, and for how many minutes. Someone who only waited in the lobby did not attend."),
    1, entries
  };
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(EvdEventSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client = NULL;
  EvdAttendanceList *roster;
  gboolean json;
  int status;

  if (!evd_cli_start (&spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;

  summary = refresh (context, client, arguments[0], &error);
  if (summary == NULL)
    return evd_cli_fail (error);
  if (!evd_event_summary_has_started (summary))
    return evd_cli_fail_message (_("“%s” has not started yet, so nobody has attended it."),
                                 evd_event_summary_get_event_name (summary));
  if (is_missing (summary, EVD_SCOPE_ATTENDANCE_REPORT) || evd_event_summary_get_attended (summary) < 0)
    return evd_cli_fail_message (_("The app may not read Zoom’s attendance report. Add the scope %s to the app in Zoom’s App Marketplace."),
                                 EVD_SCOPE_ATTENDANCE_REPORT);

  roster = evd_event_summary_get_roster (summary);
  if (csv_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (csv_path);
      guint n_rows = 0;

      evd_attendance_export_async (roster, absent ? EVD_ATTENDANCE_EXPORT_ABSENT : EVD_ATTENDANCE_EXPORT_EVERYONE,
                                   file, NULL, evd_cli_context_done_cb, context);
      if (!evd_attendance_export_finish (evd_cli_context_wait (context), &n_rows, &error))
        return evd_cli_fail_message (_("Could not save “%s”: %s"), csv_path, error->message);
      if (!json)
        {
          printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u person to %s.\n", "Saved %u people to %s.\n", n_rows),
                  n_rows, csv_path);
          return EVD_CLI_EXIT_OK;
        }
    }

  if (json)
    {
      g_autoptr(JsonNode) node = evd_event_summary_roster_to_json (summary, absent);

      evd_cli_print_json (node);
    }
  else
    print_roster (roster, absent);
  return EVD_CLI_EXIT_OK;
}
