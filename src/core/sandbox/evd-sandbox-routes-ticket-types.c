/* evd-sandbox-routes-ticket-types.c: /zoom_events/events/{id}/ticket_types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include "evd-sandbox-routes.h"

#define MAX_TICKET_TYPES 50

static const char * const optional_members[] = {
  "description", "free", "price", "quantity", "sessions", "bookmarked_sessions",
  "private_visibility_rules", "attendance_type", NULL
};

void
evd_sandbox_route_list_ticket_types (EvdSandboxState   *state,
                                     EvdSandboxRequest *request,
                                     EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, FALSE);
  g_autoptr(JsonObject) answer = NULL;
  JsonArray *types;

  if (event == NULL)
    return;

  types = json_array_new ();
  for (guint i = 0; i < event->ticket_types->len; i++)
    json_array_add_object_element (types, json_object_ref (g_ptr_array_index (event->ticket_types, i)));

  answer = json_object_new ();
  json_object_set_int_member (answer, "total_records", event->ticket_types->len);
  json_object_set_array_member (answer, "ticket_types", types);
  evd_sandbox_reply_object (reply, 200, answer);
}

/* Zoom's spec: no creating ticket types on single-session or recurring
 * events, and no changing them on single-session ones. */
static gboolean
check_event_type (EvdSandboxEvent *event,
                  EvdSandboxReply *reply,
                  gboolean         creating)
{
  const char *type = evd_sandbox_event_get_type (event);

  if (g_strcmp0 (type, "SIMPLE_EVENT") == 0 || (creating && g_strcmp0 (type, "RECURRING") == 0))
    {
      evd_sandbox_reply_error (reply, 400, 1006,
                               creating ? "Ticket types cannot be added to single-session or recurring events."
                                        : "Ticket types of a single-session event cannot be changed.");
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_fields (EvdSandboxReply *reply,
              JsonObject      *body,
              JsonObject      *current)
{
  static const char * const members[] = { "start_time", "end_time", NULL };
  JsonNode *price = json_object_get_member (body, "price");
  JsonNode *quantity = json_object_get_member (body, "quantity");
  gint64 times[2] = { 0, 0 };

  if (price != NULL && !JSON_NODE_HOLDS_NULL (price) && evd_sandbox_get_string (body, "price") == NULL)
    {
      /* Zoom's spec says string; a number is refused. */
      evd_sandbox_reply_field_error (reply, "price", "price must be a string, such as \"25.00\".");
      return FALSE;
    }
  /* The schema says "number": 50 and 50.0 are both fifty tickets. */
  if (quantity != NULL && !JSON_NODE_HOLDS_NULL (quantity) &&
      (!JSON_NODE_HOLDS_VALUE (quantity) ||
       (json_node_get_value_type (quantity) == G_TYPE_INT64 && json_node_get_int (quantity) < 0) ||
       (json_node_get_value_type (quantity) == G_TYPE_DOUBLE &&
        (json_node_get_double (quantity) < 0 || json_node_get_double (quantity) > 1e9 ||
         json_node_get_double (quantity) != (double) (gint64) json_node_get_double (quantity))) ||
       (json_node_get_value_type (quantity) != G_TYPE_INT64 && json_node_get_value_type (quantity) != G_TYPE_DOUBLE)))
    {
      evd_sandbox_reply_field_error (reply, "quantity", "quantity must be a whole number.");
      return FALSE;
    }
  if (quantity != NULL && JSON_NODE_HOLDS_VALUE (quantity) && json_node_get_value_type (quantity) == G_TYPE_DOUBLE)
    json_object_set_int_member (body, "quantity", (gint64) json_node_get_double (quantity));

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
      evd_sandbox_reply_error (reply, 400, 26401, "The ticket sale end time must be after its start time.");
      return FALSE;
    }

  return TRUE;
}

/* quantity is a number or absent (no limit) in Zoom's schema, never null;
 * a null in a request clears the limit. */
static void
update_free (JsonObject *type,
             JsonObject *body)
{
  JsonNode *quantity = json_object_get_member (type, "quantity");

  if (quantity != NULL && JSON_NODE_HOLDS_NULL (quantity))
    json_object_remove_member (type, "quantity");

  const char *price = json_object_get_string_member_with_default (type, "price", "0");

  if (!json_object_has_member (body, "free"))
    json_object_set_boolean_member (type, "free", g_ascii_strtod (price, NULL) == 0.0);
}

void
evd_sandbox_route_create_ticket_type (EvdSandboxState   *state,
                                      EvdSandboxRequest *request,
                                      EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *id = NULL;
  JsonObject *type;

  if (event == NULL || !check_event_type (event, reply, TRUE) || !evd_sandbox_rules_check_editable (event, reply, 400))
    return;
  body = evd_sandbox_request_body_object (request, reply);
  if (body == NULL ||
      !evd_sandbox_check_string (reply, body, "name", TRUE, 0) ||
      !evd_sandbox_check_string (reply, body, "currency", TRUE, 3) ||
      !evd_sandbox_check_string (reply, body, "start_time", TRUE, 0) ||
      !evd_sandbox_check_string (reply, body, "end_time", TRUE, 0) ||
      !check_fields (reply, body, NULL))
    return;
  if (event->ticket_types->len >= MAX_TICKET_TYPES)
    {
      evd_sandbox_reply_field_error (reply, "ticket_types", "An event can have at most 50 ticket types.");
      return;
    }

  id = evd_sandbox_state_new_id (state);
  type = json_object_new ();
  json_object_set_string_member (type, "ticket_type_id", id);
  evd_sandbox_copy_members (body, type, (const char * const[]) { "name", "currency", NULL });
  json_object_set_string_member (type, "description", "");
  json_object_set_string_member (type, "price", "0");
  evd_sandbox_copy_members (body, type, (const char * const[]) { "start_time", "end_time", NULL });
  json_object_set_int_member (type, "sold_quantity", 0);
  json_object_set_array_member (type, "sessions", json_array_new ());
  json_object_set_array_member (type, "bookmarked_sessions", json_array_new ());
  evd_sandbox_copy_members (body, type, optional_members);
  update_free (type, body);
  g_ptr_array_add (event->ticket_types, type);

  answer = json_object_new ();
  json_object_set_string_member (answer, "ticket_type_id", id);
  reply->changed = TRUE;
  evd_sandbox_reply_object (reply, 201, answer);
}

static JsonObject *
find_type (EvdSandboxEvent   *event,
           EvdSandboxRequest *request,
           EvdSandboxReply   *reply,
           guint             *index)
{
  JsonObject *type = evd_sandbox_event_find_ticket_type (event, request->params[1], index);

  if (type == NULL)
    evd_sandbox_reply_error (reply, 404, 26502, "Invalid ticket type");

  return type;
}

void
evd_sandbox_route_update_ticket_type (EvdSandboxState   *state,
                                      EvdSandboxRequest *request,
                                      EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) body = NULL;
  JsonObject *type;

  if (event == NULL || !check_event_type (event, reply, FALSE) ||
      (type = find_type (event, request, reply, NULL)) == NULL ||
      !evd_sandbox_rules_check_editable (event, reply, 400))
    return;
  body = evd_sandbox_request_body_object (request, reply);
  if (body == NULL ||
      (json_object_has_member (body, "name") && !evd_sandbox_check_string (reply, body, "name", TRUE, 0)) ||
      (json_object_has_member (body, "currency") && !evd_sandbox_check_string (reply, body, "currency", TRUE, 3)) ||
      !check_fields (reply, body, type))
    return;

  evd_sandbox_copy_members (body, type,
                            (const char * const[]) { "name", "currency", "start_time", "end_time", NULL });
  evd_sandbox_copy_members (body, type, optional_members);
  update_free (type, body);
  reply->changed = TRUE;
  evd_sandbox_reply_no_content (reply);
}

void
evd_sandbox_route_delete_ticket_type (EvdSandboxState   *state,
                                      EvdSandboxRequest *request,
                                      EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  guint index = 0;

  if (event == NULL || !check_event_type (event, reply, FALSE) ||
      find_type (event, request, reply, &index) == NULL)
    return;

  g_ptr_array_remove_index (event->ticket_types, index);
  reply->changed = TRUE;
  evd_sandbox_reply_no_content (reply);
}
