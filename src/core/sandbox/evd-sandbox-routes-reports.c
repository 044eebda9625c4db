/* evd-sandbox-routes-reports.c: the registration and attendance reports,
 * and the believable data behind them
 *
 * Zoom's spec (operations EventRegistrationsReport, EventAttendanceReport,
 * SessionAttendanceReport) gives the fields below. The sandbox keeps what
 * the reports need on each stored ticket, next to the fields the API was
 * given: "register_date", "registration_method" and, for events that took
 * place, "attendance" = {lobby, sessions: [{session_id, join_time,
 * exit_time, minutes}]}. A state file may set them, which is how tests
 * give exact dates and attendance.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include <string.h>

#include "evd-sandbox-routes.h"

#define MINUTE ((gint64) 60 * G_USEC_PER_SEC)
#define DAY ((gint64) G_TIME_SPAN_DAY)
/* How far before the event (or today) the sample registrations begin. */
#define REGISTRATION_WINDOW (28 * DAY)

/* Roles that are not attendees, for role_type=attendee. */
static const char * const special_roles[] = {
  "alternative_host", "panelist", "speaker", "sponsor", "interpreter", "host", "moderator",
  "expo_booth_owner", "hub_host", "hub_owner", "moderator_allhost", "bind_meeting", "company_zoom_room",
  NULL
};

/* A small generator seeded from a ticket's id: the ids come from the
 * sandbox's seeded generator, so the data repeats with the seed without
 * taking numbers from that generator (which would move every later id). */
typedef struct { guint64 s; } Mix;

static guint64
mix_next (Mix *mix)
{
  guint64 z = (mix->s += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static double
mix_double (Mix *mix)
{
  return (mix_next (mix) >> 11) * (1.0 / 9007199254740992.0);
}

static Mix
mix_for (const char *text,
         guint       salt)
{
  Mix mix = { 0x2545F4914F6CDD1DULL ^ salt };

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    mix.s = mix.s * 131 + (guchar) *p;
  mix_next (&mix);
  return mix;
}

static const char *
ticket_string (JsonObject *ticket,
               const char *member)
{
  const char *value = evd_sandbox_get_string (ticket, member);

  return value != NULL ? value : "";
}

/* Generated data */

void
evd_sandbox_reports_seed_registration (EvdSandboxEvent *event,
                                       JsonObject      *ticket,
                                       gint64           now)
{
  static const char * const sources[] = { "website", "newsletter", "linkedin", "partner", "" };
  static const double source_share[] = { 0.42, 0.24, 0.14, 0.08, 0.12 };
  Mix mix = mix_for (ticket_string (ticket, "ticket_id"), 1);
  gint64 end = MIN (event->start_us > 0 ? event->start_us : now, now);
  gint64 begin = end - REGISTRATION_WINDOW;
  gint64 sale_start = G_MAXINT64;

  /* Not before the first ticket type went on sale, when that leaves a
   * week or more. */
  for (guint i = 0; i < event->ticket_types->len; i++)
    {
      gint64 start = 0;

      if (evd_sandbox_parse_utc (evd_sandbox_get_string (g_ptr_array_index (event->ticket_types, i), "start_time"), &start))
        sale_start = MIN (sale_start, start);
    }
  if (sale_start > begin && sale_start < end - 7 * DAY)
    begin = sale_start;
  double u = mix_double (&mix);
  double r = mix_double (&mix);
  double pick = mix_double (&mix);
  double method = mix_double (&mix);
  g_autofree char *date = NULL;
  double where;
  guint source = 0;

  /* Registrations come in a burst after the announcement and a surge in
   * the last days, with a steady trickle in between. */
  if (u < 0.3)
    where = r * r * 0.25;
  else if (u < 0.75)
    where = 1.0 - r * r * 0.3;
  else
    where = r;
  date = evd_sandbox_format_utc (begin + (gint64) (where * (double) (end - begin - MINUTE)));

  for (double acc = 0; source < G_N_ELEMENTS (sources) - 1; source++)
    if (pick < (acc += source_share[source]))
      break;

  json_object_set_string_member (ticket, "register_date", date);
  json_object_set_string_member (ticket, "registration_source", sources[source]);
  json_object_set_string_member (ticket, "registration_method",
                                 method < 0.8 ? "self-registration" :
                                 method < 0.95 ? "pre_registration" : "group_join_link");
}

/* For an event that took place: about six in ten attend (most for a good
 * part of each session, a few briefly), one in twelve only waits in the
 * lobby, the rest do not come. */
void
evd_sandbox_reports_seed_attendance (EvdSandboxEvent *event)
{
  for (guint i = 0; i < event->tickets->len; i++)
    {
      JsonObject *ticket = g_ptr_array_index (event->tickets, i);
      Mix mix = mix_for (ticket_string (ticket, "ticket_id"), 2);
      double fate = mix_double (&mix);
      JsonObject *attendance = json_object_new ();
      JsonArray *sessions = json_array_new ();

      json_object_set_boolean_member (attendance, "lobby", fate < 0.7);
      for (guint s = 0; fate < 0.62 && s < event->sessions->len; s++)
        {
          JsonObject *session = g_ptr_array_index (event->sessions, s);
          gint64 start_us, end_us, join, exit;
          g_autofree char *join_text = NULL;
          g_autofree char *exit_text = NULL;
          JsonObject *entry;

          if (!evd_sandbox_parse_utc (evd_sandbox_get_string (session, "start_time"), &start_us) ||
              !evd_sandbox_parse_utc (evd_sandbox_get_string (session, "end_time"), &end_us) ||
              end_us <= start_us)
            continue;
          /* Everyone who attended came to the first session; later ones
           * lose some people. */
          if (s > 0 && mix_double (&mix) < 0.3)
            continue;

          join = start_us - 5 * MINUTE + (gint64) (mix_double (&mix) * 25 * MINUTE);
          if (mix_double (&mix) < 0.7)
            exit = end_us - 2 * MINUTE + (gint64) (mix_double (&mix) * 7 * MINUTE);
          else
            exit = join + 5 * MINUTE + (gint64) (mix_double (&mix) * (double) (end_us - join - 5 * MINUTE));
          join = MAX (join, start_us - 5 * MINUTE);
          exit = MAX (exit, join + MINUTE);
          join_text = evd_sandbox_format_utc (join - join % MINUTE);
          exit_text = evd_sandbox_format_utc (exit - exit % MINUTE);

          entry = json_object_new ();
          json_object_set_string_member (entry, "session_id", ticket_string (session, "session_id"));
          json_object_set_string_member (entry, "join_time", join_text);
          json_object_set_string_member (entry, "exit_time", exit_text);
          json_object_set_int_member (entry, "minutes", (exit - exit % MINUTE - (join - join % MINUTE)) / MINUTE);
          json_array_add_object_element (sessions, entry);
        }

      json_object_set_array_member (attendance, "sessions", sessions);
      json_object_set_object_member (ticket, "attendance", attendance);
    }
}

/* Reading the stored attendance */

static JsonObject *
attendance_of (JsonObject *ticket)
{
  JsonNode *node = json_object_get_member (ticket, "attendance");

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonObject *
attended_session (JsonObject *ticket,
                  const char *session_id)
{
  JsonObject *attendance = attendance_of (ticket);
  JsonNode *node = attendance != NULL ? json_object_get_member (attendance, "sessions") : NULL;
  JsonArray *sessions;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  sessions = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (sessions); i++)
    {
      JsonNode *entry = json_array_get_element (sessions, i);

      if (JSON_NODE_HOLDS_OBJECT (entry) &&
          g_strcmp0 (evd_sandbox_get_string (json_node_get_object (entry), "session_id"), session_id) == 0)
        return json_node_get_object (entry);
    }

  return NULL;
}

static guint
sessions_attended (EvdSandboxEvent *event,
                   JsonObject      *ticket)
{
  guint count = 0;

  for (guint i = 0; i < event->sessions->len; i++)
    if (attended_session (ticket, ticket_string (g_ptr_array_index (event->sessions, i), "session_id")) != NULL)
      count++;

  return count;
}

static gboolean
in_lobby (JsonObject *ticket)
{
  JsonObject *attendance = attendance_of (ticket);

  return attendance != NULL && json_object_get_boolean_member_with_default (attendance, "lobby", FALSE);
}

/* When a report row last changed: its registration, or the last time its
 * person left a session. */
static gint64
modified_us (EvdSandboxEvent *event,
             JsonObject      *ticket,
             gboolean         attendance)
{
  gint64 when = 0;

  evd_sandbox_parse_utc (evd_sandbox_get_string (ticket, "register_date"), &when);
  if (!attendance)
    return when;
  for (guint i = 0; i < event->sessions->len; i++)
    {
      JsonObject *entry = attended_session (ticket, ticket_string (g_ptr_array_index (event->sessions, i), "session_id"));
      gint64 exit = 0;

      if (entry != NULL && evd_sandbox_parse_utc (evd_sandbox_get_string (entry, "exit_time"), &exit))
        when = MAX (when, exit);
    }
  if (attendance_of (ticket) != NULL)
    when = MAX (when, event->end_us);

  return when;
}

/* Answers */

static const char *
attendance_type_of (EvdSandboxEvent *event)
{
  const char *type = evd_sandbox_get_string (event->object, "attendance_type");

  /* The event says "in-person", the reports "in_person". */
  return g_strcmp0 (type, "in-person") == 0 ? "in_person" : type != NULL ? type : "virtual";
}

static JsonArray *
tickets_array (EvdSandboxEvent *event,
               JsonObject      *ticket,
               gboolean         full)
{
  JsonArray *array = json_array_new ();
  JsonObject *entry = json_object_new ();
  JsonObject *type = evd_sandbox_event_find_ticket_type (event, evd_sandbox_get_string (ticket, "ticket_type_id"), NULL);

  json_object_set_string_member (entry, "ticket_type_name", type != NULL ? ticket_string (type, "name") : "");
  if (full)
    json_object_set_string_member (entry, "ticket_type_id", ticket_string (ticket, "ticket_type_id"));
  if (full)
    json_object_set_string_member (entry, "external_ticket_id", ticket_string (ticket, "external_ticket_id"));
  json_object_set_string_member (entry, "ticket_id", ticket_string (ticket, "ticket_id"));
  if (full)
    json_object_set_string_member (entry, "authentication_method",
                                   *ticket_string (ticket, "authentication_method") ? ticket_string (ticket, "authentication_method") : "no_auth");
  json_object_set_array_member (entry, "questions", json_array_new ());
  json_array_add_object_element (array, entry);

  return array;
}

static void
add_person (JsonObject *row,
            JsonObject *ticket)
{
  const char *first = ticket_string (ticket, "first_name");
  const char *last = ticket_string (ticket, "last_name");
  g_autofree char *display = g_strstrip (g_strdup_printf ("%s %s", first, last));

  json_object_set_string_member (row, "display_name", display);
  json_object_set_string_member (row, "first_name", first);
  json_object_set_string_member (row, "last_name", last);
  json_object_set_string_member (row, "email", ticket_string (ticket, "email"));
}

static void
add_marketing (JsonObject *row,
               JsonObject *ticket)
{
  Mix mix = mix_for (ticket_string (ticket, "ticket_id"), 3);

  json_object_set_int_member (row, "opt_in_marketing", mix_double (&mix) < 0.35 ? 1 : 0);
  json_object_set_int_member (row, "marketing_consent_prechecked", 0);
}

static JsonObject *
registration_row (EvdSandboxEvent *event,
                  JsonObject      *ticket)
{
  JsonObject *row = json_object_new ();
  JsonArray *types = json_array_new ();

  add_person (row, ticket);
  add_marketing (row, ticket);
  json_object_set_string_member (row, "register_date", ticket_string (ticket, "register_date"));
  json_object_set_string_member (row, "event_attendance", sessions_attended (event, ticket) > 0 ? "attended" : "absent");
  json_array_add_string_element (types, attendance_type_of (event));
  json_object_set_array_member (row, "attendance_type", types);
  json_object_set_string_member (row, "registration_method",
                                 *ticket_string (ticket, "registration_method") ? ticket_string (ticket, "registration_method") : "other");
  json_object_set_string_member (row, "registration_source", ticket_string (ticket, "registration_source"));
  json_object_set_array_member (row, "tickets", tickets_array (event, ticket, TRUE));

  return row;
}

static JsonObject *
attendance_row (EvdSandboxEvent *event,
                JsonObject      *ticket)
{
  JsonObject *row = json_object_new ();
  JsonArray *types = json_array_new ();
  JsonArray *sessions = json_array_new ();
  Mix mix = mix_for (ticket_string (ticket, "ticket_id"), 4);
  guint joined = sessions_attended (event, ticket);
  g_autofree char *modified = evd_sandbox_format_utc (modified_us (event, ticket, TRUE));
  const char *role = ticket_string (ticket, "ticket_role_type");

  add_person (row, ticket);
  add_marketing (row, ticket);
  /* Someone who only waited in the lobby did not attend. */
  json_object_set_string_member (row, "event_attendance", joined > 0 ? "attended" : "absent");
  json_array_add_string_element (types, attendance_type_of (event));
  json_object_set_array_member (row, "attendance_type", types);
  json_object_set_string_member (row, "lobby_attendance", in_lobby (ticket) || joined > 0 ? "attended" : "absent");
  json_object_set_int_member (row, "lobby_chat_sent", in_lobby (ticket) ? mix_next (&mix) % 3 : 0);
  json_object_set_int_member (row, "survey_taken", joined > 0 && mix_double (&mix) < 0.3 ? 1 : 0);
  json_object_set_int_member (row, "total_sessions_joined", joined);
  json_object_set_int_member (row, "number_of_tickets", 1);
  json_object_set_string_member (row, "role", *role == '\0' || !g_strv_contains (special_roles, role) ? "General" : role);
  json_object_set_array_member (row, "tickets", tickets_array (event, ticket, TRUE));

  for (guint i = 0; i < event->sessions->len; i++)
    {
      JsonObject *session = g_ptr_array_index (event->sessions, i);
      JsonObject *entry = attended_session (ticket, ticket_string (session, "session_id"));
      JsonObject *item = json_object_new ();

      json_object_set_string_member (item, "session_id", ticket_string (session, "session_id"));
      json_object_set_string_member (item, "session_name", ticket_string (session, "name"));
      json_object_set_string_member (item, "session_attendance", entry != NULL ? "attended" : "absent");
      json_object_set_int_member (item, "duration_spent_in_session",
                                  entry != NULL ? json_object_get_int_member_with_default (entry, "minutes", 0) : 0);
      json_object_set_int_member (item, "chat_messages_sent", entry != NULL ? mix_next (&mix) % 4 : 0);
      json_object_set_boolean_member (item, "material_download", entry != NULL && mix_double (&mix) < 0.2);
      json_object_set_boolean_member (item, "recording_view", FALSE);
      json_object_set_boolean_member (item, "live_streaming_view", FALSE);
      json_object_set_int_member (item, "recording_view_duration", 0);
      json_object_set_int_member (item, "live_streaming_view_duration", 0);
      if (entry != NULL)
        {
          json_object_set_string_member (item, "session_join_time", ticket_string (entry, "join_time"));
          json_object_set_string_member (item, "session_exit_time", ticket_string (entry, "exit_time"));
        }
      json_object_set_boolean_member (item, "session_reserved", FALSE);
      json_object_set_boolean_member (item, "session_bookmarked", FALSE);
      json_array_add_object_element (sessions, item);
    }
  json_object_set_array_member (row, "session_attendance", sessions);
  json_object_set_boolean_member (row, "profile_created", joined > 0);
  json_object_set_int_member (row, "personal_chats", 0);
  json_object_set_int_member (row, "connection_made", joined > 0 ? mix_next (&mix) % 5 : 0);
  json_object_set_string_member (row, "last_modified_date", modified);

  return row;
}

static JsonObject *
session_row (EvdSandboxEvent *event,
             JsonObject      *session,
             JsonObject      *ticket)
{
  JsonObject *row = json_object_new ();
  JsonObject *entry = attended_session (ticket, ticket_string (session, "session_id"));
  Mix mix = mix_for (ticket_string (ticket, "ticket_id"), 5);
  const char *role = ticket_string (ticket, "ticket_role_type");

  json_object_set_string_member (row, "session_id", ticket_string (session, "session_id"));
  add_person (row, ticket);
  json_object_set_string_member (row, "authentication_method",
                                 *ticket_string (ticket, "authentication_method") ? ticket_string (ticket, "authentication_method") : "no_auth");
  add_marketing (row, ticket);
  if (entry != NULL)
    json_object_set_string_member (row, "check_in_method", "virtual");
  json_object_set_string_member (row, "attendance_type",
                                 g_strcmp0 (attendance_type_of (event), "hybrid") == 0 ? "hybrid" : "virtual");
  json_object_set_string_member (row, "session_attendance", entry != NULL ? "yes" : "no");
  if (entry != NULL)
    {
      json_object_set_string_member (row, "start_time", ticket_string (entry, "join_time"));
      json_object_set_string_member (row, "end_time", ticket_string (entry, "exit_time"));
    }
  json_object_set_int_member (row, "duration_spent_in_session",
                              entry != NULL ? json_object_get_int_member_with_default (entry, "minutes", 0) : 0);
  json_object_set_int_member (row, "chat_messages_sent", entry != NULL ? mix_next (&mix) % 4 : 0);
  json_object_set_boolean_member (row, "material_download", FALSE);
  json_object_set_boolean_member (row, "recording_view", FALSE);
  json_object_set_boolean_member (row, "live_streaming_view", FALSE);
  json_object_set_int_member (row, "recording_view_duration", 0);
  json_object_set_int_member (row, "live_streaming_view_duration", 0);
  json_object_set_string_member (row, "role_name", *role == '\0' || !g_strv_contains (special_roles, role) ? "General" : role);
  json_object_set_array_member (row, "tickets", tickets_array (event, ticket, FALSE));

  return row;
}

/* Queries */

static gboolean
read_range (EvdSandboxRequest *request,
            EvdSandboxReply   *reply,
            gint64            *from,
            gint64            *to)
{
  const char *from_text = evd_sandbox_request_query (request, "from");
  const char *to_text = evd_sandbox_request_query (request, "to");

  *from = G_MININT64;
  *to = G_MAXINT64;
  if (from_text != NULL && *from_text != '\0' && !evd_sandbox_parse_utc (from_text, from))
    {
      evd_sandbox_reply_field_error (reply, "from", "Invalid date-time. Use yyyy-MM-ddTHH:mm:ssZ.");
      return FALSE;
    }
  if (to_text != NULL && *to_text != '\0' && !evd_sandbox_parse_utc (to_text, to))
    {
      evd_sandbox_reply_field_error (reply, "to", "Invalid date-time. Use yyyy-MM-ddTHH:mm:ssZ.");
      return FALSE;
    }

  return TRUE;
}

typedef JsonObject *(*RowFunc) (EvdSandboxEvent *event,
                                JsonObject      *ticket);

/* One page of rows over the tickets that pass the range (and role). Without
 * filters the stored order is the answer: no copy of 100,000. */
static void
reply_rows (EvdSandboxState   *state,
            EvdSandboxRequest *request,
            EvdSandboxReply   *reply,
            EvdSandboxEvent   *event,
            const char        *report,
            const char        *items_key,
            gboolean           attendance,
            gboolean           attendees_only,
            RowFunc            row_func)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *query_key = NULL;
  GPtrArray *source = event->tickets;
  JsonArray *rows;
  gint64 from, to;
  guint offset, page_size;

  if (!read_range (request, reply, &from, &to))
    return;
  query_key = g_strdup_printf ("%s:%s:%s:%s:%d", report, evd_sandbox_event_get_id (event),
                               evd_sandbox_request_query (request, "from") ?: "",
                               evd_sandbox_request_query (request, "to") ?: "", attendees_only);
  if (!evd_sandbox_request_page (state, request, reply, query_key, &offset, &page_size))
    return;

  if (from != G_MININT64 || to != G_MAXINT64 || attendees_only)
    {
      matches = g_ptr_array_new ();
      for (guint i = 0; i < event->tickets->len; i++)
        {
          JsonObject *ticket = g_ptr_array_index (event->tickets, i);
          gint64 when = modified_us (event, ticket, attendance);

          if (when < from || when > to)
            continue;
          if (attendees_only && g_strv_contains (special_roles, ticket_string (ticket, "ticket_role_type")))
            continue;
          g_ptr_array_add (matches, ticket);
        }
      source = matches;
    }

  rows = json_array_new ();
  for (guint i = offset; i < source->len && i < offset + page_size; i++)
    json_array_add_object_element (rows, row_func (event, g_ptr_array_index (source, i)));

  answer = json_object_new ();
  json_object_set_int_member (answer, "total_records", source->len);
  evd_sandbox_add_page_token (state, answer, query_key, offset + page_size, source->len);
  json_object_set_array_member (answer, items_key, rows);
  evd_sandbox_reply_object (reply, 200, answer);
}

void
evd_sandbox_route_report_registrations (EvdSandboxState   *state,
                                        EvdSandboxRequest *request,
                                        EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);

  if (event != NULL)
    reply_rows (state, request, reply, event, "registrations", "registrations", FALSE, FALSE, registration_row);
}

void
evd_sandbox_route_report_attendance (EvdSandboxState   *state,
                                     EvdSandboxRequest *request,
                                     EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  const char *role = evd_sandbox_request_query (request, "role_type");

  if (event == NULL)
    return;
  if (role != NULL && g_strcmp0 (role, "all") != 0 && g_strcmp0 (role, "attendee") != 0)
    {
      evd_sandbox_reply_field_error (reply, "role_type", "Invalid value. Allowed values: all, attendee.");
      return;
    }

  reply_rows (state, request, reply, event, "attendance", "attendees", TRUE,
              g_strcmp0 (role, "attendee") == 0, attendance_row);
}

void
evd_sandbox_route_report_session_attendance (EvdSandboxState   *state,
                                             EvdSandboxRequest *request,
                                             EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *query_key = NULL;
  JsonObject *session;
  JsonArray *rows;
  guint offset, page_size;

  if (event == NULL)
    return;
  session = evd_sandbox_event_find_session (event, request->params[1], NULL);
  if (session == NULL)
    {
      evd_sandbox_reply_error (reply, 404, 2003, "Session not found.");
      return;
    }
  query_key = g_strdup_printf ("session-attendance:%s:%s", evd_sandbox_event_get_id (event), request->params[1]);
  if (!evd_sandbox_request_page (state, request, reply, query_key, &offset, &page_size))
    return;

  rows = json_array_new ();
  for (guint i = offset; i < event->tickets->len && i < offset + page_size; i++)
    json_array_add_object_element (rows, session_row (event, session, g_ptr_array_index (event->tickets, i)));

  answer = json_object_new ();
  json_object_set_int_member (answer, "total_records", event->tickets->len);
  evd_sandbox_add_page_token (state, answer, query_key, offset + page_size, event->tickets->len);
  json_object_set_array_member (answer, "attendees", rows);
  evd_sandbox_reply_object (reply, 200, answer);
}

gboolean
evd_sandbox_route_is_heavy (const EvdSandboxRoute *route)
{
  return route->func == evd_sandbox_route_report_registrations ||
         route->func == evd_sandbox_route_report_attendance;
}
