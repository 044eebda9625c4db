/* evd-cli-events.c: hubs, events, event, create-event and publish
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "evd-cli-commands.h"
#include "evd-cli-context.h"
#include "evd-cli-output.h"
#include "evd-json.h"
#include "evd-json-guard.h"

static JsonNode *
hub_json (gpointer item)
{
  return evd_hub_get_json (item);
}

/* --- hubs --------------------------------------------------------------- */

static GListModel *
fetch_hubs (EvdCliContext  *context,
            EvdClient      *client,
            GError        **error)
{
  evd_client_list_hubs_async (client, NULL, evd_cli_context_done_cb, context);
  return evd_client_list_hubs_finish (client, evd_cli_context_wait (context), error);
}

int
evd_cli_hubs_main (int    argc,
                   char **argv)
{
  static const EvdCliCommandSpec spec = {
    "hubs", NULL, N_("Lists the hubs this account hosts, with the ID each event needs."), 0, NULL
  };
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autoptr(EvdCliTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client = NULL;
  gboolean json;
  int status;

  if (!evd_cli_start (&spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;
  if ((hubs = fetch_hubs (context, client, &error)) == NULL)
    return evd_cli_fail (error);

  if (json)
    {
      evd_cli_print_json_list (hubs, hub_json);
      return EVD_CLI_EXIT_OK;
    }

  table = evd_cli_table_new (2, _("Name"), _("ID"));
  for (guint i = 0; i < g_list_model_get_n_items (hubs); i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);

      evd_cli_table_add_row (table, evd_hub_get_name (hub), evd_hub_get_hub_id (hub));
    }
  evd_cli_print_table (table, _("This account hosts no hubs."));
  return EVD_CLI_EXIT_OK;
}

/* --- events ------------------------------------------------------------- */

static gboolean
hub_exists (GListModel *hubs,
            const char *hub_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (hubs); i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);

      if (g_strcmp0 (evd_hub_get_hub_id (hub), hub_id) == 0)
        return TRUE;
    }
  return FALSE;
}

int
evd_cli_events_main (int    argc,
                     char **argv)
{
  static const EvdCliCommandSpec spec = {
    "events", N_("HUB_ID"), N_("Lists a hub’s events of every status: drafts, upcoming, past and cancelled."), 1, NULL
  };
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(EvdCliTable) table = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client = NULL;
  gboolean json;
  int status;

  if (!evd_cli_start (&spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;
  if ((hubs = fetch_hubs (context, client, &error)) == NULL)
    return evd_cli_fail (error);

  /* Zoom cannot list a hub's events, so an unknown hub would look empty. */
  if (!hub_exists (hubs, arguments[0]))
    return evd_cli_fail_message (_("This account hosts no hub with the ID “%s”. Run “eventdesk-cli hubs” to see them."),
                                 arguments[0]);

  /* The events as Zoom sent them, every member kept: the event model
   * keeps only what Event Desk reads */
  if (json)
    {
      g_autoptr(JsonArray) zoom_events = NULL;
      g_autoptr(JsonNode) node = NULL;

      evd_client_list_hub_events_json_async (client, arguments[0], NULL, evd_cli_context_done_cb, context);
      zoom_events = evd_client_list_hub_events_json_finish (client, evd_cli_context_wait (context), &error);
      if (zoom_events == NULL)
        return evd_cli_fail (error);
      node = json_node_init_array (json_node_alloc (), zoom_events);
      evd_cli_print_json (node);
      return EVD_CLI_EXIT_OK;
    }

  events = evd_cli_context_fetch_list (context, client, arguments[0],
                                       evd_client_list_hub_events_async, evd_client_list_hub_events_finish, &error);
  if (events == NULL)
    return evd_cli_fail (error);

  table = evd_cli_table_new (5, _("Name"), _("Status"), _("Type"), _("Starts"), _("ID"));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);
      g_autofree char *start = evd_cli_format_local_time (evd_event_get_start_time (event));

      evd_cli_table_add_row (table,
                             evd_event_get_name (event),
                             evd_display_status_to_label (evd_event_get_display_status (event, now)),
                             evd_event_type_to_label (evd_event_get_event_type (event)),
                             start,
                             evd_event_get_event_id (event));
    }
  evd_cli_print_table (table, _("This hub has no events yet."));
  return EVD_CLI_EXIT_OK;
}

/* --- event -------------------------------------------------------------- */

/* "2025-12-15 10:00 PST (18:00 UTC)" is ambiguous to nobody; the event's own
 * zone goes beside it when it differs from the reader's. */
static char *
format_event_time (GDateTime  *time,
                   const char *event_zone)
{
  g_autofree char *local = evd_cli_format_local_time (time);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) there = NULL;
  g_autofree char *there_text = NULL;

  if (local == NULL)
    return NULL;
  if (event_zone == NULL || (zone = g_time_zone_new_identifier (event_zone)) == NULL)
    return g_steal_pointer (&local);

  there = g_date_time_to_timezone (time, zone);
  there_text = g_date_time_format (there, "%Y-%m-%d %H:%M");
  /* Translators: a time where the reader is, then the same time in the event's zone */
  return g_strdup_printf (_("%s (%s in %s)"), local, there_text, event_zone);
}

static char *
format_status (EvdEvent  *event,
               GDateTime *now)
{
  EvdEventStatus status = evd_event_get_status (event);
  EvdDisplayStatus display = evd_event_get_display_status (event, now);

  if (status == EVD_EVENT_STATUS_PUBLISHED)
    /* Translators: "Published (Upcoming)" or "Published (Past)" */
    return g_strdup_printf (_("%s (%s)"), evd_event_status_to_label (status), evd_display_status_to_label (display));
  return g_strdup (evd_event_status_to_label (status));
}

static void
print_event (EvdEvent *event)
{
  g_autoptr(EvdCliFields) fields = evd_cli_fields_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *status = format_status (event, now);
  g_autofree char *starts = format_event_time (evd_event_get_start_time (event), evd_event_get_timezone (event));
  g_autofree char *ends = format_event_time (evd_event_get_end_time (event), evd_event_get_timezone (event));
  g_autofree char *text = NULL;
  EvdMeetingType meeting_type = evd_event_get_meeting_type (event);

  evd_cli_fields_add (fields, _("Name"), evd_event_get_name (event));
  evd_cli_fields_add (fields, _("ID"), evd_event_get_event_id (event));
  evd_cli_fields_add (fields, _("Status"), status);
  evd_cli_fields_add (fields, _("Type"), evd_event_type_to_label (evd_event_get_event_type (event)));
  if (meeting_type != EVD_MEETING_TYPE_UNKNOWN)
    evd_cli_fields_add (fields, _("Format"), evd_meeting_type_to_label (meeting_type));
  evd_cli_fields_add (fields, _("Starts"), starts);
  evd_cli_fields_add (fields, _("Ends"), ends);
  evd_cli_fields_add (fields, _("Time zone"), evd_event_get_timezone (event));
  evd_cli_fields_add (fields, _("Attendance"), evd_attendance_type_to_label (evd_event_get_attendance_type (event)));
  evd_cli_fields_add (fields, _("Location"), evd_event_get_physical_location (event));
  evd_cli_fields_add (fields, _("Who can register"), evd_access_level_to_label (evd_event_get_access_level (event)));
  evd_cli_fields_add (fields, _("Hub"), evd_event_get_hub_id (event));
  evd_cli_fields_add (fields, _("Tagline"), evd_event_get_tagline (event));
  evd_cli_fields_add (fields, _("Link"), evd_event_get_event_url (event));

  text = evd_cli_fields_format (fields);
  evd_cli_print (text);
}

int
evd_cli_event_main (int    argc,
                    char **argv)
{
  static const EvdCliCommandSpec spec = {
    "event", N_("EVENT_ID"), N_("Shows one event: its status, type, times and link."), 1, NULL
  };
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client = NULL;
  gboolean json;
  int status;

  if (!evd_cli_start (&spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;

  if (json)
    {
      g_autoptr(JsonNode) node = NULL;

      evd_client_get_event_json_async (client, arguments[0], NULL, evd_cli_context_done_cb, context);
      node = evd_client_get_event_json_finish (client, evd_cli_context_wait (context), &error);
      if (node == NULL)
        return evd_cli_fail (error);
      evd_cli_print_json (node);
      return EVD_CLI_EXIT_OK;
    }

  evd_client_get_event_async (client, arguments[0], NULL, evd_cli_context_done_cb, context);
  event = evd_client_get_event_finish (client, evd_cli_context_wait (context), &error);
  if (event == NULL)
    return evd_cli_fail (error);
  print_event (event);
  return EVD_CLI_EXIT_OK;
}

/* --- create-event ------------------------------------------------------- */

static gboolean
read_stdin (GBytes  **out_bytes,
            GError  **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[8192];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      g_byte_array_append (data, buffer, n);
      if (data->len > EVD_JSON_MAX_REQUEST_SIZE)
        {
          g_autofree char *bound = g_format_size (EVD_JSON_MAX_REQUEST_SIZE);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _("The event on standard input is larger than %s, more than any event needs."), bound);
          return FALSE;
        }
    }
  if (ferror (stdin))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not read the event from standard input."));
      return FALSE;
    }
  *out_bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
  return TRUE;
}

static GBytes *
read_body (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = NULL;

  if (g_str_equal (path, "-"))
    return read_stdin (&bytes, error) ? bytes : NULL;

  file = g_file_new_for_commandline_arg (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  /* /dev/zero or a pipe would be read for ever. */
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("“%s” is not a file."), path);
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > EVD_JSON_MAX_REQUEST_SIZE)
    {
      g_autofree char *bound = g_format_size (EVD_JSON_MAX_REQUEST_SIZE);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("“%s” is larger than %s, more than any event needs."), path, bound);
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no file “%s”."), path);
  else if (bytes == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not read “%s”: %s"), path, local_error->message);
  return bytes;
}

/* json-glib says "<data>:3:14: Parse error: unexpected character"; people
 * get the same facts in a sentence that names their file. */
static GError *
describe_parse_error (const char   *path,
                      const GError *parse_error)
{
  g_autoptr(GRegex) regex = g_regex_new ("^[^:]*:(\\d+):(\\d+):\\s*(?:[^:]*:\\s*)?(.*)$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const char *name = g_str_equal (path, "-") ? _("The standard input") : path;

  if (regex != NULL && g_regex_match (regex, parse_error->message, 0, &match))
    {
      g_autofree char *line = g_match_info_fetch (match, 1);
      g_autofree char *column = g_match_info_fetch (match, 2);
      g_autofree char *detail = g_match_info_fetch (match, 3);

      return g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                          _("“%s” is not valid JSON: line %s, column %s: %s."),
                          name, line, column, detail);
    }
  return g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                      _("“%s” is not valid JSON: %s"), name, parse_error->message);
}

static JsonNode *
parse_body (const char  *path,
            GBytes      *bytes,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is empty."),
                   g_str_equal (path, "-") ? _("The standard input") : path);
      return NULL;
    }
  if (!evd_json_guard_check (data, size, EVD_JSON_MAX_REQUEST_SIZE, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s",
                   g_str_equal (path, "-") ? _("The standard input") : path, local_error->message);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_propagate_error (error, describe_parse_error (path, local_error));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” must hold one JSON object: the body of Zoom’s create-event request."),
                   g_str_equal (path, "-") ? _("The standard input") : path);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

int
evd_cli_create_event_main (int    argc,
                           char **argv)
{
  static const EvdCliCommandSpec spec = {
    "create-event", N_("FILE.json"),
    N_("Creates an event as a draft from the body of Zoom’s create-event request, sent as it is, "
       "and prints the new event’s ID. Use - to read the JSON from standard input."),
    1, NULL
  };
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client;
  gboolean json;

  if (!evd_cli_parse_arguments (&spec, argc, argv, &json, &arguments))
    return EVD_CLI_EXIT_USAGE;

  /* A bad file fails before anything goes to Zoom, credentials included. */
  if ((bytes = read_body (arguments[0], &error)) == NULL ||
      (body = parse_body (arguments[0], bytes, &error)) == NULL)
    return evd_cli_fail (error);

  context = evd_cli_context_new ();
  if ((client = evd_cli_context_connect (context, &error)) == NULL)
    return evd_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonNode) created = NULL;

      evd_client_create_event_json_async (client, body, NULL, evd_cli_context_done_cb, context);
      created = evd_client_create_event_json_finish (client, evd_cli_context_wait (context), &error);
      if (created == NULL)
        return evd_cli_fail (error);
      evd_cli_print_json (created);
      return EVD_CLI_EXIT_OK;
    }

  evd_client_create_event_async (client, body, NULL, evd_cli_context_done_cb, context);
  event = evd_client_create_event_finish (client, evd_cli_context_wait (context), &error);
  if (event == NULL)
    return evd_cli_fail (error);
  printf ("%s\n", evd_event_get_event_id (event));
  return EVD_CLI_EXIT_OK;
}

/* --- publish ------------------------------------------------------------ */

int
evd_cli_publish_main (int    argc,
                      char **argv)
{
  static const EvdCliCommandSpec spec = {
    "publish", N_("EVENT_ID"),
    N_("Publishes an event: its links start working and people can register. Zoom cannot unpublish an event."),
    1, NULL
  };
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client = NULL;
  gboolean json;
  int status;

  if (!evd_cli_start (&spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;

  evd_client_publish_event_async (client, arguments[0], NULL, evd_cli_context_done_cb, context);
  if (!evd_client_publish_event_finish (client, evd_cli_context_wait (context), &error))
    return evd_cli_fail (error);

  if (json)
    {
      /* The shape of Zoom's own answer to the publish action. */
      g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, "published");
      json_builder_set_member_name (builder, "event_id");
      json_builder_add_string_value (builder, arguments[0]);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      evd_cli_print_json (node);
    }
  else
    printf (_("Published event %s.\n"), arguments[0]);
  return EVD_CLI_EXIT_OK;
}
