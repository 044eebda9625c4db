/* evd-sandbox-routes.c: the route table, answers and checks shared by routes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "evd-json-guard.h"
#include "evd-sandbox-routes.h"

#define JSON_TYPE "application/json;charset=UTF-8"
#define MAX_PAGE_SIZE 300
#define DEFAULT_PAGE_SIZE 30

static const EvdSandboxRoute routes[] = {
  { "GET",    "hubs",                       "read:list_hubs",         evd_sandbox_route_list_hubs },
  /* Zoom's changelog of 2023-03-28 announced this path; keep it working. */
  { "GET",    "events/hubs",                "read:list_hubs",         evd_sandbox_route_list_hubs },
  { "GET",    "events",                     "read:list_events",       evd_sandbox_route_list_events },
  { "POST",   "events",                     "write:event",            evd_sandbox_route_create_event },
  { "GET",    "events/*",                   "read:event",             evd_sandbox_route_get_event },
  { "PATCH",  "events/*",                   "update:event",           evd_sandbox_route_update_event },
  { "DELETE", "events/*",                   "delete:event",           evd_sandbox_route_delete_event },
  { "POST",   "events/*/event_actions",     "write:event",            evd_sandbox_route_event_action },
  { "GET",    "events/*/sessions",          "read:list_sessions",     evd_sandbox_route_list_sessions },
  { "POST",   "events/*/sessions",          "write:session",          evd_sandbox_route_create_session },
  { "GET",    "events/*/sessions/*",        "read:session",           evd_sandbox_route_get_session },
  { "PATCH",  "events/*/sessions/*",        "update:session",         evd_sandbox_route_update_session },
  { "DELETE", "events/*/sessions/*",        "delete:session",         evd_sandbox_route_delete_session },
  { "GET",    "events/*/ticket_types",      "read:list_ticket_types", evd_sandbox_route_list_ticket_types },
  { "POST",   "events/*/ticket_types",      "write:ticket_type",      evd_sandbox_route_create_ticket_type },
  { "PATCH",  "events/*/ticket_types/*",    "update:ticket_type",     evd_sandbox_route_update_ticket_type },
  { "DELETE", "events/*/ticket_types/*",    "delete:ticket_type",     evd_sandbox_route_delete_ticket_type },
  { "GET",    "events/*/tickets",           "read:list_tickets",      evd_sandbox_route_list_tickets },
  { "POST",   "events/*/tickets",           "write:ticket",           evd_sandbox_route_create_tickets },
  { "GET",    "events/*/tickets/*",         "read:ticket",            evd_sandbox_route_get_ticket },
  /* Zoom's spec names write:ticket, not update:ticket, for this one. */
  { "PATCH",  "events/*/tickets/*",         "write:ticket",           evd_sandbox_route_update_ticket },
  { "DELETE", "events/*/tickets/*",         "delete:ticket",          evd_sandbox_route_delete_ticket },
  { "GET",    "events/*/registrants",       "read:list_registrants",  evd_sandbox_route_list_registrants },
  { "GET",    "events/*/reports/ticket_registration", "read:event_registration", evd_sandbox_route_report_registrations },
  { "GET",    "events/*/reports/event_attendance",    "read:event_attendance",   evd_sandbox_route_report_attendance },
  { "GET",    "events/*/reports/sessions/*/attendance", "read:session_attendance", evd_sandbox_route_report_session_attendance },
};

const EvdSandboxRoute *
evd_sandbox_routes_get (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}

const char * const *
evd_sandbox_routes_all_scopes (void)
{
  static const char * const scopes[] = {
    "zoom_events:read:list_hubs:admin",
    "zoom_events:read:list_events:admin",
    "zoom_events:write:event:admin",
    "zoom_events:read:event:admin",
    "zoom_events:update:event:admin",
    "zoom_events:delete:event:admin",
    "zoom_events:read:list_sessions:admin",
    "zoom_events:write:session:admin",
    "zoom_events:read:session:admin",
    "zoom_events:update:session:admin",
    "zoom_events:delete:session:admin",
    "zoom_events:read:list_ticket_types:admin",
    "zoom_events:write:ticket_type:admin",
    "zoom_events:update:ticket_type:admin",
    "zoom_events:delete:ticket_type:admin",
    "zoom_events:read:list_tickets:admin",
    "zoom_events:write:ticket:admin",
    "zoom_events:read:ticket:admin",
    "zoom_events:delete:ticket:admin",
    "zoom_events:read:list_registrants:admin",
    "zoom_events:read:event_registration:admin",
    "zoom_events:read:event_attendance:admin",
    "zoom_events:read:session_attendance:admin",
    NULL
  };

  return scopes;
}

void
evd_sandbox_reply_raw (EvdSandboxReply *reply,
                       guint            status,
                       const char      *content_type,
                       const char      *text)
{
  g_clear_pointer (&reply->body, g_bytes_unref);
  reply->status = status;
  reply->content_type = content_type;
  reply->body = text != NULL ? g_bytes_new (text, strlen (text)) : NULL;
}

void
evd_sandbox_reply_json (EvdSandboxReply *reply,
                        guint            status,
                        JsonNode        *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *data;

  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &length);
  g_clear_pointer (&reply->body, g_bytes_unref);
  reply->status = status;
  reply->content_type = JSON_TYPE;
  reply->body = g_bytes_new_take (data, length);
}

void
evd_sandbox_reply_object (EvdSandboxReply *reply,
                          guint            status,
                          JsonObject      *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, object);
  evd_sandbox_reply_json (reply, status, node);
}

void
evd_sandbox_reply_error (EvdSandboxReply *reply,
                         guint            status,
                         gint64           code,
                         const char      *message)
{
  g_autoptr(JsonObject) object = json_object_new ();

  json_object_set_int_member (object, "code", code);
  json_object_set_string_member (object, "message", message);
  evd_sandbox_reply_object (reply, status, object);
}

/* Zoom's schema checks answer 300 "Validation Failed." with the fields at
 * fault, as its error page shows. */
void
evd_sandbox_reply_field_error (EvdSandboxReply *reply,
                               const char      *field,
                               const char      *message)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonArray *errors = json_array_new ();
  JsonObject *error = json_object_new ();

  json_object_set_string_member (error, "field", field);
  json_object_set_string_member (error, "message", message);
  json_array_add_object_element (errors, error);
  json_object_set_int_member (object, "code", 300);
  json_object_set_string_member (object, "message", "Validation Failed.");
  json_object_set_array_member (object, "errors", errors);
  evd_sandbox_reply_object (reply, 400, object);
}

void
evd_sandbox_reply_no_content (EvdSandboxReply *reply)
{
  g_clear_pointer (&reply->body, g_bytes_unref);
  reply->status = 204;
  reply->content_type = NULL;
}

JsonObject *
evd_sandbox_request_body_object (EvdSandboxRequest *request,
                                 EvdSandboxReply   *reply)
{
  g_autoptr(JsonNode) root = NULL;
  gsize size = 0;
  const char *data = request->body != NULL ? g_bytes_get_data (request->body, &size) : NULL;

  /* Any process on this computer can reach the sandbox, so a body nested to
   * crash json-glib is refused like any other that is not an object. */
  if (data == NULL || size == 0 ||
      (root = evd_json_guard_parse (data, size, EVD_JSON_MAX_REQUEST_SIZE, NULL)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root))
    {
      evd_sandbox_reply_error (reply, 400, 300, "Request Body should be a valid JSON object.");
      return NULL;
    }

  return json_object_ref (json_node_get_object (root));
}

EvdSandboxEvent *
evd_sandbox_request_event (EvdSandboxState   *state,
                           EvdSandboxRequest *request,
                           EvdSandboxReply   *reply,
                           gboolean           to_change)
{
  EvdSandboxEvent *event = evd_sandbox_state_find_event (state, request->params[0]);

  if (event == NULL)
    {
      evd_sandbox_reply_error (reply, 404, 2002, "Event not found");
      return NULL;
    }
  if (to_change && !event->is_host)
    {
      evd_sandbox_reply_error (reply, 403, 260200, "Event access denied");
      return NULL;
    }

  return event;
}

const char *
evd_sandbox_request_query (EvdSandboxRequest *request,
                           const char        *name)
{
  return request->query != NULL ? g_hash_table_lookup (request->query, name) : NULL;
}

/* page_size above 300 is read as 300, which is what Zoom's other list
 * endpoints do; below 1 or not a number is a validation error. */
gboolean
evd_sandbox_request_page (EvdSandboxState   *state,
                          EvdSandboxRequest *request,
                          EvdSandboxReply   *reply,
                          const char        *query_key,
                          guint             *offset,
                          guint             *page_size)
{
  const char *size_text = evd_sandbox_request_query (request, "page_size");
  const char *token = evd_sandbox_request_query (request, "next_page_token");

  *offset = 0;
  *page_size = DEFAULT_PAGE_SIZE;

  if (size_text != NULL && *size_text != '\0')
    {
      char *end = NULL;
      gint64 value = g_ascii_strtoll (size_text, &end, 10);

      if (end == NULL || *end != '\0' || value < 1)
        {
          evd_sandbox_reply_field_error (reply, "page_size", "page_size must be a number from 1 to 300.");
          return FALSE;
        }
      *page_size = (guint) MIN (value, MAX_PAGE_SIZE);
    }

  if (token != NULL && *token != '\0' &&
      !evd_sandbox_state_take_page_token (state, token, query_key, offset))
    {
      evd_sandbox_reply_error (reply, 400, 300, "The next page token is invalid or expired.");
      return FALSE;
    }

  return TRUE;
}

void
evd_sandbox_add_page_token (EvdSandboxState *state,
                            JsonObject      *answer,
                            const char      *query_key,
                            guint            next_offset,
                            guint            total)
{
  g_autofree char *token = NULL;

  if (next_offset < total)
    token = evd_sandbox_state_issue_page_token (state, query_key, next_offset);

  json_object_set_string_member (answer, "next_page_token", token != NULL ? token : "");
}

const char *
evd_sandbox_get_string (JsonObject *object,
                        const char *field)
{
  JsonNode *node = json_object_get_member (object, field);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

gboolean
evd_sandbox_check_string (EvdSandboxReply *reply,
                          JsonObject      *object,
                          const char      *field,
                          gboolean         required,
                          guint            max_length)
{
  JsonNode *node = json_object_get_member (object, field);
  const char *value = evd_sandbox_get_string (object, field);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!required)
        return TRUE;
      evd_sandbox_reply_field_error (reply, field, "This field is required.");
      return FALSE;
    }
  if (value == NULL)
    {
      evd_sandbox_reply_field_error (reply, field, "This field must be a string.");
      return FALSE;
    }
  if (required && *value == '\0')
    {
      evd_sandbox_reply_field_error (reply, field, "This field is required.");
      return FALSE;
    }
  if (max_length > 0 && g_utf8_strlen (value, -1) > max_length)
    {
      g_autofree char *message = g_strdup_printf ("This field can be at most %u characters long.", max_length);

      evd_sandbox_reply_field_error (reply, field, message);
      return FALSE;
    }

  return TRUE;
}

gboolean
evd_sandbox_check_enum (EvdSandboxReply    *reply,
                        JsonObject         *object,
                        const char         *field,
                        const char * const *allowed)
{
  const char *value = evd_sandbox_get_string (object, field);
  g_autofree char *list = NULL;
  g_autofree char *message = NULL;

  if (!json_object_has_member (object, field))
    return TRUE;
  if (value != NULL && g_strv_contains (allowed, value))
    return TRUE;

  list = g_strjoinv (", ", (char **) allowed);
  message = g_strdup_printf ("Invalid value. Allowed values: %s.", list);
  evd_sandbox_reply_field_error (reply, field, message);
  return FALSE;
}

void
evd_sandbox_copy_members (JsonObject         *from,
                          JsonObject         *to,
                          const char * const *members)
{
  for (guint i = 0; members[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (from, members[i]);

      if (node != NULL)
        json_object_set_member (to, members[i], evd_sandbox_deep_copy_node (node));
    }
}

/* json_node_copy () shares objects and arrays; edits to a copy must not
 * reach the original. */
JsonNode *
evd_sandbox_deep_copy_node (JsonNode *node)
{
  JsonNode *copy;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      copy = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (copy, evd_sandbox_deep_copy_object (json_node_get_object (node)));
      return copy;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      JsonArray *array_copy = json_array_sized_new (json_array_get_length (array));

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (array_copy, evd_sandbox_deep_copy_node (json_array_get_element (array, i)));
      copy = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (copy, array_copy);
      return copy;
    }

  return json_node_copy (node);
}

JsonObject *
evd_sandbox_deep_copy_object (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) names = json_object_get_members (object);

  /* get_members keeps the order the members were added in. */
  for (GList *l = names; l != NULL; l = l->next)
    json_object_set_member (copy, l->data, evd_sandbox_deep_copy_node (json_object_get_member (object, l->data)));

  return copy;
}

/* Hubs */

void
evd_sandbox_route_list_hubs (EvdSandboxState   *state,
                             EvdSandboxRequest *request,
                             EvdSandboxReply   *reply)
{
  const char *role = evd_sandbox_request_query (request, "role_type");
  g_autoptr(JsonObject) answer = json_object_new ();
  JsonArray *hubs = json_array_new ();
  gboolean want_host;

  if (role != NULL && g_strcmp0 (role, "host") != 0 && g_strcmp0 (role, "attendee") != 0)
    {
      json_array_unref (hubs);
      evd_sandbox_reply_field_error (reply, "role_type", "Invalid value. Allowed values: host, attendee.");
      return;
    }
  want_host = role == NULL || g_strcmp0 (role, "host") == 0;

  for (guint i = 0; i < state->hubs->len; i++)
    {
      EvdSandboxHub *hub = g_ptr_array_index (state->hubs, i);

      if (hub->is_host == want_host)
        json_array_add_object_element (hubs, json_object_ref (hub->object));
    }

  json_object_set_int_member (answer, "total_records", json_array_get_length (hubs));
  json_object_set_array_member (answer, "hubs", hubs);
  evd_sandbox_reply_object (reply, 200, answer);
}
