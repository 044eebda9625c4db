/* evd-sandbox-routes-sessions.c: /zoom_events/events/{id}/sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include "evd-sandbox-routes.h"

static const char * const optional_members[] = {
  "description", "session_speakers", "featured", "visible_in_landing_page",
  "featured_in_lobby", "visible_in_lobby", "is_simulive", "record_file_id",
  "chat_channel", "led_by_sponsor", "track_labels", "audience_labels",
  "product_labels", "level", "alternative_host", "panelist",
  "attendance_type", "physical_location", "session_reservation", NULL
};

JsonObject *
evd_sandbox_session_new (EvdSandboxState *state,
                         EvdSandboxEvent *event,
                         const char      *name,
                         const char      *start_time,
                         const char      *end_time,
                         gint64           type)
{
  JsonObject *session = json_object_new ();
  g_autofree char *id = evd_sandbox_state_new_id (state);

  json_object_set_string_member (session, "session_id", id);
  json_object_set_string_member (session, "name", name);
  json_object_set_string_member (session, "description", "");
  json_object_set_string_member (session, "start_time", start_time);
  json_object_set_string_member (session, "end_time", end_time);
  json_object_set_string_member (session, "timezone",
                                 json_object_get_string_member_with_default (event->object, "timezone", "UTC"));
  json_object_set_int_member (session, "type", type);
  json_object_set_array_member (session, "session_speakers", json_array_new ());
  json_object_set_boolean_member (session, "featured", FALSE);
  json_object_set_boolean_member (session, "visible_in_landing_page", TRUE);
  json_object_set_boolean_member (session, "featured_in_lobby", FALSE);
  json_object_set_boolean_member (session, "visible_in_lobby", TRUE);
  json_object_set_boolean_member (session, "is_simulive", FALSE);
  json_object_set_array_member (session, "track_labels", json_array_new ());
  json_object_set_array_member (session, "audience_labels", json_array_new ());
  json_object_set_array_member (session, "product_labels", json_array_new ());
  json_object_set_array_member (session, "level", json_array_new ());
  json_object_set_string_member (session, "attendance_type",
                                 json_object_get_string_member_with_default (event->object, "attendance_type", "virtual"));
  /* meeting_id and webinar_id appear when the event is published. */

  return session;
}

/* The session Zoom keeps for a single-session event follows the event. */
void
evd_sandbox_session_sync_single (EvdSandboxEvent *event)
{
  JsonObject *session;
  JsonArray *calendar;
  JsonObject *first;

  if (g_strcmp0 (evd_sandbox_event_get_type (event), "SIMPLE_EVENT") != 0 || event->sessions->len == 0)
    return;

  session = g_ptr_array_index (event->sessions, 0);
  calendar = json_object_get_array_member (event->object, "calendar");
  first = calendar != NULL ? json_array_get_object_element (calendar, 0) : NULL;
  if (first != NULL)
    {
      json_object_set_string_member (session, "start_time", json_object_get_string_member_with_default (first, "start_time", ""));
      json_object_set_string_member (session, "end_time", json_object_get_string_member_with_default (first, "end_time", ""));
    }
  json_object_set_string_member (session, "name", json_object_get_string_member_with_default (event->object, "name", ""));
  json_object_set_int_member (session, "type",
                              g_strcmp0 (json_object_get_string_member_with_default (event->object, "meeting_type", ""), "WEBINAR") == 0 ? 2 : 0);
}

void
evd_sandbox_route_list_sessions (EvdSandboxState   *state,
                                 EvdSandboxRequest *request,
                                 EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, FALSE);
  g_autoptr(JsonObject) answer = NULL;
  JsonArray *sessions;

  if (event == NULL)
    return;

  sessions = json_array_new ();
  for (guint i = 0; i < event->sessions->len; i++)
    json_array_add_object_element (sessions, json_object_ref (g_ptr_array_index (event->sessions, i)));

  answer = json_object_new ();
  json_object_set_int_member (answer, "total_records", event->sessions->len);
  json_object_set_array_member (answer, "sessions", sessions);
  evd_sandbox_reply_object (reply, 200, answer);
}

static gboolean
check_session_times (EvdSandboxReply *reply,
                     JsonObject      *body,
                     JsonObject      *current)
{
  static const char * const members[] = { "start_time", "end_time", NULL };
  gint64 times[2] = { 0, 0 };

  for (guint i = 0; members[i] != NULL; i++)
    {
      const char *text = json_object_has_member (body, members[i])
                         ? evd_sandbox_get_string (body, members[i])
                         : current != NULL ? json_object_get_string_member_with_default (current, members[i], NULL) : NULL;

      if (!evd_sandbox_parse_utc (text, &times[i]))
        {
          evd_sandbox_reply_field_error (reply, members[i], "Use a UTC time such as 2025-06-10T09:00:00Z.");
          return FALSE;
        }
    }

  if (times[1] <= times[0])
    {
      evd_sandbox_reply_error (reply, 400, 26203, "The end time must be after the start time.");
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_session_type (EvdSandboxReply *reply,
                    JsonObject      *body,
                    gboolean         required)
{
  JsonNode *node = json_object_get_member (body, "type");
  gint64 type;

  if (node == NULL && !required)
    return TRUE;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      ((type = json_node_get_int (node)) != 0 && type != 2 && type != 4))
    {
      evd_sandbox_reply_field_error (reply, "type", "type must be 0 (meeting), 2 (webinar) or 4 (neither).");
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_not_single (EvdSandboxEvent *event,
                  EvdSandboxReply *reply)
{
  if (g_strcmp0 (evd_sandbox_event_get_type (event), "SIMPLE_EVENT") == 0)
    {
      evd_sandbox_reply_error (reply, 400, 1006, "This operation is not supported for a single-session event.");
      return FALSE;
    }

  return TRUE;
}

void
evd_sandbox_route_create_session (EvdSandboxState   *state,
                                  EvdSandboxRequest *request,
                                  EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) body = NULL;
  JsonObject *session;

  if (event == NULL || !check_not_single (event, reply) || !evd_sandbox_rules_check_editable (event, reply, 403))
    return;
  body = evd_sandbox_request_body_object (request, reply);
  if (body == NULL ||
      !evd_sandbox_check_string (reply, body, "name", TRUE, 0) ||
      !evd_sandbox_check_string (reply, body, "start_time", TRUE, 0) ||
      !evd_sandbox_check_string (reply, body, "end_time", TRUE, 0) ||
      !evd_sandbox_check_string (reply, body, "timezone", TRUE, 0) ||
      !check_session_type (reply, body, TRUE) ||
      !check_session_times (reply, body, NULL) ||
      !evd_sandbox_rules_check_timezone (reply, "timezone", evd_sandbox_get_string (body, "timezone"), 300))
    return;

  session = evd_sandbox_session_new (state, event,
                                     evd_sandbox_get_string (body, "name"),
                                     evd_sandbox_get_string (body, "start_time"),
                                     evd_sandbox_get_string (body, "end_time"),
                                     json_object_get_int_member (body, "type"));
  json_object_set_string_member (session, "timezone", evd_sandbox_get_string (body, "timezone"));
  evd_sandbox_copy_members (body, session, optional_members);
  g_ptr_array_add (event->sessions, session);
  if (evd_sandbox_event_is_published (event))
    evd_sandbox_event_assign_meeting_ids (state, event);

  reply->changed = TRUE;
  evd_sandbox_reply_object (reply, 201, session);
}

static JsonObject *
find_session (EvdSandboxEvent *event,
              EvdSandboxRequest *request,
              EvdSandboxReply *reply,
              guint           *index)
{
  JsonObject *session = evd_sandbox_event_find_session (event, request->params[1], index);

  if (session == NULL)
    evd_sandbox_reply_error (reply, 404, 2003, "Session not found");

  return session;
}

void
evd_sandbox_route_get_session (EvdSandboxState   *state,
                               EvdSandboxRequest *request,
                               EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, FALSE);
  JsonObject *session;

  if (event == NULL || (session = find_session (event, request, reply, NULL)) == NULL)
    return;

  evd_sandbox_reply_object (reply, 200, session);
}

/* A single-session or recurring event's meeting_type is its session's
 * type: Zoom's event PATCH says to change it through the session API. */
static gboolean
holds_meeting_type (EvdSandboxEvent *event)
{
  return g_strcmp0 (evd_sandbox_event_get_type (event), "CONFERENCE") != 0;
}

/* The tutorial: the meeting type locks once the event is published and
 * people have registered (the sandbox's reading: 403 260209). */
static gboolean
check_meeting_type_change (EvdSandboxEvent *event,
                           JsonObject      *session,
                           JsonObject      *body,
                           EvdSandboxReply *reply)
{
  JsonNode *type = json_object_get_member (body, "type");

  if (type == NULL || !holds_meeting_type (event) ||
      json_node_get_int (type) == json_object_get_int_member_with_default (session, "type", -1))
    return TRUE;
  if (evd_sandbox_event_is_published (event) && event->tickets->len > 0)
    {
      evd_sandbox_reply_error (reply, 403, 260209,
                               "The meeting type cannot be changed once the event is published and has registrations.");
      return FALSE;
    }
  return TRUE;
}

static void
sync_event_meeting_type (EvdSandboxEvent *event,
                         JsonObject      *session)
{
  gint64 type = json_object_get_int_member_with_default (session, "type", -1);

  if (!holds_meeting_type (event) || (type != 0 && type != 2))
    return;
  json_object_set_string_member (event->object, "meeting_type", type == 2 ? "WEBINAR" : "MEETING");
}

void
evd_sandbox_route_update_session (EvdSandboxState   *state,
                                  EvdSandboxRequest *request,
                                  EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) body = NULL;
  JsonObject *session;

  if (event == NULL || (session = find_session (event, request, reply, NULL)) == NULL ||
      !evd_sandbox_rules_check_editable (event, reply, 403))
    return;
  body = evd_sandbox_request_body_object (request, reply);
  if (body == NULL ||
      (json_object_has_member (body, "name") && !evd_sandbox_check_string (reply, body, "name", TRUE, 0)) ||
      !check_session_type (reply, body, FALSE) ||
      !check_session_times (reply, body, session))
    return;

  if (!check_meeting_type_change (event, session, body, reply))
    return;

  /* The time zone is set on create only, as in Zoom's spec. */
  evd_sandbox_copy_members (body, session,
                            (const char * const[]) { "name", "start_time", "end_time", "type", NULL });
  evd_sandbox_copy_members (body, session, optional_members);
  sync_event_meeting_type (event, session);
  if (evd_sandbox_event_is_published (event))
    evd_sandbox_event_assign_meeting_ids (state, event);

  reply->changed = TRUE;
  evd_sandbox_reply_no_content (reply);
}

void
evd_sandbox_route_delete_session (EvdSandboxState   *state,
                                  EvdSandboxRequest *request,
                                  EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  guint index = 0;

  if (event == NULL || !check_not_single (event, reply) ||
      find_session (event, request, reply, &index) == NULL)
    return;

  g_ptr_array_remove_index (event->sessions, index);
  reply->changed = TRUE;
  evd_sandbox_reply_no_content (reply);
}
