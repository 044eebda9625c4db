/* evd-sandbox-routes-events.c: /zoom_events/events and its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include "evd-sandbox-routes.h"

#define EVENT_URL_BASE "https://events.eventdesk.example/ev/"

/* What create and update copy from the request as they are. */
static const char * const editable_members[] = {
  "name", "description", "timezone", "access_level", "attendance_type",
  "hub_id", "calendar", "meeting_type", "categories", "tags", "contact_name",
  "lobby_start_time", "lobby_end_time", "blocked_countries",
  "physical_location", "tagline", NULL
};

static gboolean
event_matches (EvdSandboxEvent *event,
               gboolean         as_host,
               EvdSandboxStatus status)
{
  return event->is_host == as_host && evd_sandbox_event_get_status (event) == status;
}

/* Lists leave out what only GET /events/{id} shows. */
static JsonObject *
event_for_list (EvdSandboxEvent *event)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) names = json_object_get_members (event->object);

  for (GList *l = names; l != NULL; l = l->next)
    if (g_strcmp0 (l->data, "host_id") != 0 && g_strcmp0 (l->data, "contact_email") != 0)
      json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (event->object, l->data)));

  return copy;
}

void
evd_sandbox_route_list_events (EvdSandboxState   *state,
                               EvdSandboxRequest *request,
                               EvdSandboxReply   *reply)
{
  static const char * const statuses[] = { "draft", "upcoming", "past", "cancelled", NULL };
  const char *role = evd_sandbox_request_query (request, "role_type");
  const char *status_text = evd_sandbox_request_query (request, "event_status_type");
  g_autoptr(JsonObject) answer = json_object_new ();
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_autofree char *query_key = NULL;
  JsonArray *events;
  gboolean as_host;
  EvdSandboxStatus status = EVD_SANDBOX_STATUS_UPCOMING;
  guint offset, page_size;

  /* Zoom's defaults: the events the account attends, upcoming ones. */
  if (role == NULL || *role == '\0')
    role = "attendee";
  if (status_text == NULL || *status_text == '\0')
    status_text = "upcoming";

  if (g_strcmp0 (role, "host") != 0 && g_strcmp0 (role, "attendee") != 0)
    {
      evd_sandbox_reply_field_error (reply, "role_type", "Invalid value. Allowed values: host, attendee.");
      return;
    }
  as_host = g_strcmp0 (role, "host") == 0;

  for (guint i = 0; statuses[i] != NULL; i++)
    if (g_strcmp0 (statuses[i], status_text) == 0)
      status = (EvdSandboxStatus) i;
  if (!g_strv_contains (statuses, status_text))
    {
      evd_sandbox_reply_field_error (reply, "event_status_type",
                                     "Invalid value. Allowed values: upcoming, past, draft, cancelled.");
      return;
    }
  if (!as_host && (status == EVD_SANDBOX_STATUS_DRAFT || status == EVD_SANDBOX_STATUS_CANCELLED))
    {
      evd_sandbox_reply_field_error (reply, "event_status_type",
                                     "With role_type attendee, event_status_type can only be upcoming or past.");
      return;
    }

  /* hub_id is not a filter in Zoom's API; it is ignored here too. */
  query_key = g_strdup_printf ("events:%s:%s", role, status_text);
  if (!evd_sandbox_request_page (state, request, reply, query_key, &offset, &page_size))
    return;

  for (guint i = 0; i < state->events->len; i++)
    {
      EvdSandboxEvent *event = g_ptr_array_index (state->events, i);

      if (event_matches (event, as_host, status))
        g_ptr_array_add (matches, event);
    }

  events = json_array_new ();
  for (guint i = offset; i < matches->len && i < offset + page_size; i++)
    json_array_add_object_element (events, event_for_list (g_ptr_array_index (matches, i)));

  json_object_set_int_member (answer, "total_records", matches->len);
  evd_sandbox_add_page_token (state, answer, query_key, offset + page_size, matches->len);
  json_object_set_array_member (answer, "events", events);
  evd_sandbox_reply_object (reply, 200, answer);
}

/* Zoom shows weekly_days as "1,3" and monthly_days as one number once the
 * event exists, though POST takes arrays. */
static JsonObject *
normalize_recurrence (JsonObject *given)
{
  JsonObject *recurrence = evd_sandbox_deep_copy_object (given);
  JsonNode *weekly = json_object_get_member (recurrence, "weekly_days");
  JsonNode *monthly = json_object_get_member (recurrence, "monthly_days");

  if (weekly != NULL && JSON_NODE_HOLDS_ARRAY (weekly))
    {
      JsonArray *days = json_node_get_array (weekly);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (days); i++)
        g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                                json_array_get_int_element (days, i));
      json_object_set_string_member (recurrence, "weekly_days", text->str);
    }

  if (monthly != NULL && JSON_NODE_HOLDS_ARRAY (monthly))
    {
      JsonArray *days = json_node_get_array (monthly);

      if (json_array_get_length (days) > 0)
        json_object_set_int_member (recurrence, "monthly_days", json_array_get_int_element (days, 0));
      else
        json_object_remove_member (recurrence, "monthly_days");
    }

  if (!json_object_has_member (recurrence, "repeat_interval"))
    json_object_set_int_member (recurrence, "repeat_interval", 1);

  return recurrence;
}

static gboolean
check_hub (EvdSandboxState *state,
           EvdSandboxReply *reply,
           const char      *hub_id)
{
  EvdSandboxHub *hub = evd_sandbox_state_find_hub (state, hub_id);

  /* Zoom's create documents 403 26201 for a hub the account may not use,
   * unknown ones included; 2001 belongs to the hub endpoints. */
  if (hub == NULL || !hub->is_host || !hub->can_create)
    {
      evd_sandbox_reply_error (reply, 403, 26201, "No permission to create event under hub");
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_create_body (EvdSandboxState *state,
                   EvdSandboxReply *reply,
                   JsonObject      *body)
{
  static const char * const required[] = {
    "name", "description", "timezone", "event_type", "access_level", "hub_id", "attendance_type", NULL
  };
  const char *event_type;

  for (guint i = 0; required[i] != NULL; i++)
    if (!evd_sandbox_check_string (reply, body, required[i], TRUE, 0))
      return FALSE;

  if (!evd_sandbox_rules_check_event_enums (reply, body) ||
      !evd_sandbox_rules_check_categories (reply, body) ||
      !evd_sandbox_rules_check_timezone (reply, "timezone", evd_sandbox_get_string (body, "timezone"), 300) ||
      !check_hub (state, reply, evd_sandbox_get_string (body, "hub_id")))
    return FALSE;

  event_type = evd_sandbox_get_string (body, "event_type");
  if (g_strcmp0 (event_type, "SIMPLE_EVENT") == 0 &&
      !evd_sandbox_check_string (reply, body, "meeting_type", TRUE, 0))
    return FALSE;
  if (g_strcmp0 (event_type, "RECURRING") == 0 &&
      !evd_sandbox_rules_check_recurrence (reply, body, TRUE))
    return FALSE;

  return evd_sandbox_rules_check_calendar (reply, body, TRUE);
}

/* SIMPLE_EVENT and RECURRING events have one session Zoom makes for them. */
static void
add_implicit_session (EvdSandboxState *state,
                      EvdSandboxEvent *event)
{
  const char *type = evd_sandbox_event_get_type (event);
  const char *meeting_type = json_object_get_string_member_with_default (event->object, "meeting_type", "MEETING");
  JsonArray *calendar = json_object_get_array_member (event->object, "calendar");
  JsonObject *first = json_array_get_object_element (calendar, 0);

  if (g_strcmp0 (type, "CONFERENCE") == 0 || first == NULL)
    return;

  g_ptr_array_add (event->sessions,
                   evd_sandbox_session_new (state, event,
                                            json_object_get_string_member_with_default (event->object, "name", ""),
                                            json_object_get_string_member_with_default (first, "start_time", ""),
                                            json_object_get_string_member_with_default (first, "end_time", ""),
                                            g_strcmp0 (meeting_type, "WEBINAR") == 0 ? 2 : 0));
}

static void
set_defaults (JsonObject *object,
              const char *member,
              JsonNode   *value)
{
  if (!json_object_has_member (object, member))
    json_object_set_member (object, member, value);
  else
    json_node_unref (value);
}

static EvdSandboxEvent *
create_event (EvdSandboxState *state,
              JsonObject      *body)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autofree char *id = evd_sandbox_state_new_id (state);
  g_autofree char *url = g_strconcat (EVENT_URL_BASE, id, NULL);
  const char *event_type = evd_sandbox_get_string (body, "event_type");
  EvdSandboxEvent *event;

  json_object_set_string_member (object, "event_id", id);
  evd_sandbox_copy_members (body, object, (const char * const[]) { "name", "description", "timezone", "event_type", NULL });
  json_object_set_string_member (object, "status", "DRAFT");
  evd_sandbox_copy_members (body, object, editable_members);
  if (g_strcmp0 (event_type, "CONFERENCE") == 0)
    json_object_remove_member (object, "meeting_type");
  else if (!json_object_has_member (object, "meeting_type"))
    json_object_set_string_member (object, "meeting_type", "MEETING");
  if (g_strcmp0 (event_type, "RECURRING") == 0)
    json_object_set_object_member (object, "recurrence",
                                   normalize_recurrence (json_object_get_object_member (body, "recurrence")));
  json_object_set_string_member (object, "host_id", state->host_user_id);
  set_defaults (object, "contact_name", json_node_init_string (json_node_alloc (), "TechCorp Events Team"));
  json_object_set_string_member (object, "contact_email", "events@techcorp.example");
  set_defaults (object, "categories", json_node_init_array (json_node_alloc (), json_array_new ()));
  set_defaults (object, "tags", json_node_init_array (json_node_alloc (), json_array_new ()));
  set_defaults (object, "blocked_countries", json_node_init_array (json_node_alloc (), json_array_new ()));
  set_defaults (object, "tagline", json_node_init_string (json_node_alloc (), ""));
  json_object_set_string_member (object, "event_url", url);

  event = evd_sandbox_state_add_event (state, object, TRUE);
  evd_sandbox_event_add_default_ticket_type (state, event);
  add_implicit_session (state, event);

  return event;
}

/* The POST answer's schema has the recurrence's days as arrays, as the
 * request had them; GET shows the stored "1,3" and a number. */
static JsonObject *
event_for_create_answer (EvdSandboxEvent *event)
{
  JsonObject *answer = evd_sandbox_deep_copy_object (event->object);
  JsonNode *node = json_object_get_member (answer, "recurrence");
  JsonObject *recurrence = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *weekly = recurrence != NULL ? evd_sandbox_get_string (recurrence, "weekly_days") : NULL;
  JsonNode *monthly = recurrence != NULL ? json_object_get_member (recurrence, "monthly_days") : NULL;

  if (weekly != NULL)
    {
      g_auto(GStrv) days = g_strsplit (weekly, ",", -1);
      JsonArray *array = json_array_new ();

      for (guint i = 0; days[i] != NULL; i++)
        json_array_add_int_element (array, g_ascii_strtoll (days[i], NULL, 10));
      json_object_set_array_member (recurrence, "weekly_days", array);
    }
  if (monthly != NULL && JSON_NODE_HOLDS_VALUE (monthly))
    {
      JsonArray *array = json_array_new ();

      json_array_add_int_element (array, json_node_get_int (monthly));
      json_object_set_array_member (recurrence, "monthly_days", array);
    }

  return answer;
}

void
evd_sandbox_route_create_event (EvdSandboxState   *state,
                                EvdSandboxRequest *request,
                                EvdSandboxReply   *reply)
{
  g_autoptr(JsonObject) body = evd_sandbox_request_body_object (request, reply);
  g_autoptr(JsonObject) answer = NULL;
  EvdSandboxEvent *event;

  if (body == NULL || !check_create_body (state, reply, body))
    return;

  event = create_event (state, body);
  answer = event_for_create_answer (event);
  reply->changed = TRUE;
  evd_sandbox_reply_object (reply, 201, answer);
}

void
evd_sandbox_route_get_event (EvdSandboxState   *state,
                             EvdSandboxRequest *request,
                             EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, FALSE);

  if (event != NULL)
    evd_sandbox_reply_object (reply, 200, event->object);
}

static gboolean
check_update_body (EvdSandboxState *state,
                   EvdSandboxEvent *event,
                   EvdSandboxReply *reply,
                   JsonObject      *body)
{
  static const char * const strings[] = { "name", "description", "timezone", "hub_id", NULL };
  const char *event_type = evd_sandbox_get_string (body, "event_type");
  const char *meeting_type = evd_sandbox_get_string (body, "meeting_type");

  if (json_object_has_member (body, "event_type") &&
      g_strcmp0 (event_type, evd_sandbox_event_get_type (event)) != 0)
    {
      evd_sandbox_reply_error (reply, 400, 1006, "The event type cannot be changed after the event is created.");
      return FALSE;
    }

  for (guint i = 0; strings[i] != NULL; i++)
    if (json_object_has_member (body, strings[i]) &&
        !evd_sandbox_check_string (reply, body, strings[i], TRUE, 0))
      return FALSE;

  if (!evd_sandbox_rules_check_event_enums (reply, body) ||
      !evd_sandbox_rules_check_categories (reply, body))
    return FALSE;
  if (json_object_has_member (body, "timezone") &&
      !evd_sandbox_rules_check_timezone (reply, "timezone", evd_sandbox_get_string (body, "timezone"), 300))
    return FALSE;
  if (json_object_has_member (body, "hub_id") &&
      !check_hub (state, reply, evd_sandbox_get_string (body, "hub_id")))
    return FALSE;
  if (!evd_sandbox_rules_check_calendar (reply, body, FALSE))
    return FALSE;
  if (g_strcmp0 (evd_sandbox_event_get_type (event), "RECURRING") == 0 &&
      !evd_sandbox_rules_check_recurrence (reply, body, FALSE))
    return FALSE;

  /* The tutorial: meeting_type locks once the event is published and people
   * have registered. Zoom's code for "not editable" is 260209. */
  if (meeting_type != NULL &&
      g_strcmp0 (meeting_type, json_object_get_string_member_with_default (event->object, "meeting_type", "")) != 0 &&
      evd_sandbox_event_is_published (event) && event->tickets->len > 0)
    {
      evd_sandbox_reply_error (reply, 400, 260209,
                               "The meeting type cannot be changed once the event is published and has registrations.");
      return FALSE;
    }

  return TRUE;
}

void
evd_sandbox_route_update_event (EvdSandboxState   *state,
                                EvdSandboxRequest *request,
                                EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) body = NULL;

  if (event == NULL || !evd_sandbox_rules_check_editable (event, reply, 400))
    return;
  body = evd_sandbox_request_body_object (request, reply);
  if (body == NULL || !check_update_body (state, event, reply, body))
    return;

  evd_sandbox_copy_members (body, event->object, editable_members);
  if (g_strcmp0 (evd_sandbox_event_get_type (event), "CONFERENCE") == 0)
    json_object_remove_member (event->object, "meeting_type");
  if (g_strcmp0 (evd_sandbox_event_get_type (event), "RECURRING") == 0 &&
      json_object_has_member (body, "recurrence"))
    json_object_set_object_member (event->object, "recurrence",
                                   normalize_recurrence (json_object_get_object_member (body, "recurrence")));
  evd_sandbox_event_refresh_times (event);
  evd_sandbox_session_sync_single (event);

  reply->changed = TRUE;
  evd_sandbox_reply_no_content (reply);
}

void
evd_sandbox_route_delete_event (EvdSandboxState   *state,
                                EvdSandboxRequest *request,
                                EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);

  if (event == NULL)
    return;
  /* Zoom's spec: "Delete a draft event". Its code for the others is not
   * documented; 260209 ("event not editable") is the nearest. */
  if (evd_sandbox_event_get_status (event) != EVD_SANDBOX_STATUS_DRAFT)
    {
      evd_sandbox_reply_error (reply, 400, 260209,
                               "Only draft events can be deleted. Cancel a published event instead.");
      return;
    }

  evd_sandbox_state_remove_event (state, event);
  reply->changed = TRUE;
  evd_sandbox_reply_no_content (reply);
}
