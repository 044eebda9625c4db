/* evd-sandbox-routes-actions.c: POST /zoom_events/events/{id}/event_actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include "evd-sandbox-routes.h"

#define EVENT_URL_BASE "https://events.eventdesk.example/ev/"

static void
reply_action (EvdSandboxReply *reply,
              const char      *status,
              const char      *event_id)
{
  g_autoptr(JsonObject) answer = json_object_new ();

  json_object_set_string_member (answer, "status", status);
  json_object_set_string_member (answer, "event_id", event_id);
  reply->changed = TRUE;
  evd_sandbox_reply_object (reply, 201, answer);
}

static void
publish (EvdSandboxState *state,
         EvdSandboxEvent *event,
         EvdSandboxReply *reply)
{
  EvdSandboxStatus status = evd_sandbox_event_get_status (event);

  if (status == EVD_SANDBOX_STATUS_CANCELLED)
    {
      evd_sandbox_reply_error (reply, 400, 260210, "A cancelled event cannot be published.");
      return;
    }
  if (status != EVD_SANDBOX_STATUS_DRAFT)
    {
      evd_sandbox_reply_error (reply, 400, 260209, "The event is already published.");
      return;
    }

  json_object_set_string_member (event->object, "status", "PUBLISHED");
  evd_sandbox_event_assign_meeting_ids (state, event);
  reply_action (reply, "published", evd_sandbox_event_get_id (event));
}

static void
shift_times (JsonObject *object,
             gint64      delta)
{
  static const char * const members[] = { "start_time", "end_time", NULL };

  for (guint i = 0; members[i] != NULL; i++)
    {
      gint64 when;

      if (evd_sandbox_parse_utc (evd_sandbox_get_string (object, members[i]), &when))
        {
          g_autofree char *text = evd_sandbox_format_utc (when + delta);

          json_object_set_string_member (object, members[i], text);
        }
    }
}

static void
copy_parts (EvdSandboxState *state,
            EvdSandboxEvent *from,
            EvdSandboxEvent *to,
            gint64           delta)
{
  for (guint i = 0; i < from->sessions->len; i++)
    {
      JsonObject *session = evd_sandbox_deep_copy_object (g_ptr_array_index (from->sessions, i));
      g_autofree char *id = evd_sandbox_state_new_id (state);

      json_object_set_string_member (session, "session_id", id);
      json_object_remove_member (session, "meeting_id");
      json_object_remove_member (session, "webinar_id");
      shift_times (session, delta);
      g_ptr_array_add (to->sessions, session);
    }

  for (guint i = 0; i < from->ticket_types->len; i++)
    {
      JsonObject *type = evd_sandbox_deep_copy_object (g_ptr_array_index (from->ticket_types, i));
      g_autofree char *id = evd_sandbox_state_new_id (state);
      g_autofree char *now = evd_sandbox_format_utc (g_get_real_time ());
      g_autofree char *end = evd_sandbox_format_utc (MAX (to->end_us, g_get_real_time ()));

      json_object_set_string_member (type, "ticket_type_id", id);
      json_object_set_int_member (type, "sold_quantity", 0);
      json_object_set_string_member (type, "start_time", now);
      json_object_set_string_member (type, "end_time", end);
      g_ptr_array_add (to->ticket_types, type);
    }
}

static void
duplicate (EvdSandboxState *state,
           EvdSandboxEvent *event,
           JsonObject      *body,
           EvdSandboxReply *reply)
{
  JsonNode *node = json_object_get_member (body, "duplicate_event");
  JsonObject *request = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *name = request != NULL ? evd_sandbox_get_string (request, "name") : NULL;
  const char *timezone = request != NULL ? evd_sandbox_get_string (request, "timezone") : NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *id = NULL;
  g_autofree char *url = NULL;
  JsonArray *calendar;
  EvdSandboxEvent *copy;
  gint64 start;

  if (name == NULL || *name == '\0' || request == NULL ||
      !evd_sandbox_parse_utc (evd_sandbox_get_string (request, "start_time"), &start))
    {
      evd_sandbox_reply_error (reply, 400, 1002, "Invalid name or start time for the duplicate event.");
      return;
    }
  if (!evd_sandbox_rules_check_timezone (reply, "timezone", timezone, 1003))
    return;

  object = evd_sandbox_deep_copy_object (event->object);
  id = evd_sandbox_state_new_id (state);
  url = g_strconcat (EVENT_URL_BASE, id, NULL);
  json_object_set_string_member (object, "event_id", id);
  json_object_set_string_member (object, "name", name);
  json_object_set_string_member (object, "timezone", timezone);
  json_object_set_string_member (object, "status", "DRAFT");
  json_object_set_string_member (object, "event_url", url);
  json_object_remove_member (object, "lobby_start_time");
  json_object_remove_member (object, "lobby_end_time");

  /* The whole schedule moves so that it starts at the new start time. */
  calendar = json_object_get_array_member (object, "calendar");
  for (guint i = 0; calendar != NULL && i < json_array_get_length (calendar); i++)
    shift_times (json_array_get_object_element (calendar, i), start - event->start_us);

  copy = evd_sandbox_state_add_event (state, object, TRUE);
  copy_parts (state, event, copy, start - event->start_us);
  reply_action (reply, "duplicated", id);
}

static void
cancel (EvdSandboxEvent *event,
        JsonObject      *body,
        EvdSandboxReply *reply)
{
  const char *message = evd_sandbox_get_string (body, "cancel_message");
  EvdSandboxStatus status = evd_sandbox_event_get_status (event);

  if (status == EVD_SANDBOX_STATUS_CANCELLED || status == EVD_SANDBOX_STATUS_PAST)
    {
      evd_sandbox_reply_error (reply, 400, 260210, "Past or cancelled events cannot be cancelled.");
      return;
    }
  /* Zoom: "mandatory if the event has registrants" (they get the message). */
  if (event->tickets->len > 0 && (message == NULL || *message == '\0'))
    {
      evd_sandbox_reply_field_error (reply, "cancel_message",
                                     "A cancel_message is required because people have registered for this event.");
      return;
    }

  json_object_set_string_member (event->object, "status", "CANCELLED");
  g_free (event->cancel_message);
  event->cancel_message = g_strdup (message);
  reply_action (reply, "cancelled", evd_sandbox_event_get_id (event));
}

void
evd_sandbox_route_event_action (EvdSandboxState   *state,
                                EvdSandboxRequest *request,
                                EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) body = NULL;
  const char *operation;

  if (event == NULL)
    return;
  body = evd_sandbox_request_body_object (request, reply);
  if (body == NULL)
    return;

  /* Only these three, and only in lower case: "Publish" fails at Zoom with
   * a validation error (1001 means "Invalid event ID"). */
  operation = evd_sandbox_get_string (body, "operation");
  if (g_strcmp0 (operation, "publish") == 0)
    publish (state, event, reply);
  else if (g_strcmp0 (operation, "duplicate") == 0)
    duplicate (state, event, body, reply);
  else if (g_strcmp0 (operation, "cancel") == 0)
    cancel (event, body, reply);
  else
    evd_sandbox_reply_field_error (reply, "operation", "Invalid Event operation");
}
