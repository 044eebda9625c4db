/* evd-sandbox-routes-tickets.c: tickets (registrations) and registrants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include <string.h>

#include "evd-sandbox-routes.h"

#define LINK_BASE "https://events.eventdesk.example/"
#define MAX_TICKETS_PER_REQUEST 30

/* Per-item codes are only those of Zoom's spec: email_not_found stands for
 * "invalid or missing email". Zoom documents no de-duplication, so a
 * repeated email gets a second ticket here too: keeping people from being
 * registered twice is the client's job (it looks up before sending). */

typedef struct
{
  const char *name;
  guint       max_length;   /* 0: no documented limit */
} ProfileField;

static const ProfileField profile_fields[] = {
  { "first_name", 64 }, { "last_name", 64 }, { "address", 0 }, { "city", 0 },
  { "state", 0 }, { "zip", 0 }, { "country", 0 }, { "phone", 0 }, { "industry", 0 },
  { "job_title", 0 }, { "organization", 0 }, { "organization_size", 0 },
  { "comments", 255 }, { "external_ticket_id", 128 },
};

static char *
link_for (const char *event_id,
          const char *what,
          const char *ticket_id)
{
  return g_strdup_printf (LINK_BASE "ev/%s/%s?tk=%s", event_id, what, ticket_id);
}

/* Zoom's schema: the e-badge QR code is for hybrid and in-person events
 * only; virtual events' tickets have no qr_code_url. */
static void
add_qr_code (JsonObject      *answer,
             EvdSandboxEvent *event,
             const char      *ticket_id)
{
  const char *attendance = json_object_get_string_member_with_default (event->object, "attendance_type", "virtual");
  g_autofree char *url = NULL;

  if (g_strcmp0 (attendance, "hybrid") != 0 && g_strcmp0 (attendance, "in-person") != 0)
    return;
  url = g_strdup_printf (LINK_BASE "qr/%s.png", ticket_id);
  json_object_set_string_member (answer, "qr_code_url", url);
}

static const char *
member_or (JsonObject *object,
           const char *member,
           const char *fallback)
{
  const char *value = evd_sandbox_get_string (object, member);

  return value != NULL ? value : fallback;
}

/* Stored tickets keep only what was given; the rest is filled in here. */
static JsonObject *
ticket_for_answer (EvdSandboxEvent *event,
                   JsonObject      *ticket)
{
  JsonObject *answer = json_object_new ();
  const char *ticket_id = member_or (ticket, "ticket_id", "");
  g_autofree char *join = link_for (evd_sandbox_event_get_id (event), "join", ticket_id);

  json_object_set_string_member (answer, "ticket_id", ticket_id);
  json_object_set_string_member (answer, "ticket_type_id", member_or (ticket, "ticket_type_id", ""));
  json_object_set_string_member (answer, "external_ticket_id", member_or (ticket, "external_ticket_id", ""));
  json_object_set_string_member (answer, "event_join_link", join);
  json_object_set_boolean_member (answer, "send_notification",
                                  json_object_get_boolean_member_with_default (ticket, "send_notification", FALSE));
  json_object_set_string_member (answer, "email", member_or (ticket, "email", ""));
  json_object_set_string_member (answer, "ticket_role_type", member_or (ticket, "ticket_role_type", "normal"));
  json_object_set_string_member (answer, "registration_source", member_or (ticket, "registration_source", ""));
  json_object_set_string_member (answer, "authentication_method", member_or (ticket, "authentication_method", "no_auth"));
  add_qr_code (answer, event, ticket_id);
  for (guint i = 0; i < G_N_ELEMENTS (profile_fields) - 1; i++)
    json_object_set_string_member (answer, profile_fields[i].name, member_or (ticket, profile_fields[i].name, ""));
  if (json_object_has_member (ticket, "session_id"))
    evd_sandbox_copy_members (ticket, answer, (const char * const[]) { "session_id", NULL });
  if (json_object_has_member (ticket, "custom_questions"))
    evd_sandbox_copy_members (ticket, answer, (const char * const[]) { "custom_questions", NULL });
  else
    json_object_set_array_member (answer, "custom_questions", json_array_new ());

  return answer;
}

static gboolean
looks_like_email (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && strchr (at + 1, '@') == NULL &&
         strchr (at + 1, '.') != NULL && at[1] != '.' &&
         email[strlen (email) - 1] != '.' && strpbrk (email, " \t\r\n,;<>") == NULL;
}

static gboolean
check_profile_lengths (EvdSandboxReply *reply,
                       JsonObject      *item,
                       const char      *prefix)
{
  for (guint i = 0; i < G_N_ELEMENTS (profile_fields); i++)
    {
      const char *value = evd_sandbox_get_string (item, profile_fields[i].name);
      JsonNode *node = json_object_get_member (item, profile_fields[i].name);

      if ((node != NULL && !JSON_NODE_HOLDS_NULL (node) && value == NULL) ||
          (value != NULL && profile_fields[i].max_length > 0 &&
           g_utf8_strlen (value, -1) > profile_fields[i].max_length))
        {
          g_autofree char *field = g_strconcat (prefix, profile_fields[i].name, NULL);
          g_autofree char *message = profile_fields[i].max_length > 0
            ? g_strdup_printf ("This field must be a string of at most %u characters.", profile_fields[i].max_length)
            : g_strdup ("This field must be a string.");

          evd_sandbox_reply_field_error (reply, field, message);
          return FALSE;
        }
    }

  return TRUE;
}

/* Length limits come from Zoom's schema, so like any schema error they
 * refuse the whole request before anything is created. */
static JsonArray *
check_ticket_request (EvdSandboxRequest *request,
                      EvdSandboxReply   *reply,
                      JsonObject        *body)
{
  static const char * const levels[] = { "standard", "strict", "none", NULL };
  const char *level = evd_sandbox_request_query (request, "validation_level");
  JsonNode *node = json_object_get_member (body, "tickets");
  JsonArray *tickets;

  if (level != NULL && !g_strv_contains (levels, level))
    {
      evd_sandbox_reply_field_error (reply, "validation_level", "Invalid value. Allowed values: standard, strict, none.");
      return NULL;
    }
  if (!evd_sandbox_check_string (reply, body, "registration_source", FALSE, 16))
    return NULL;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      evd_sandbox_reply_field_error (reply, "tickets", "Give at least one ticket.");
      return NULL;
    }

  tickets = json_node_get_array (node);
  if (json_array_get_length (tickets) > MAX_TICKETS_PER_REQUEST)
    {
      evd_sandbox_reply_field_error (reply, "tickets", "At most 30 tickets can be created in one request.");
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonNode *item_node = json_array_get_element (tickets, i);
      g_autofree char *prefix = g_strdup_printf ("tickets[%u].", i);
      g_autofree char *email_field = g_strconcat (prefix, "email", NULL);
      JsonObject *item;

      if (!JSON_NODE_HOLDS_OBJECT (item_node))
        {
          evd_sandbox_reply_field_error (reply, "tickets", "Each ticket must be an object.");
          return NULL;
        }
      item = json_node_get_object (item_node);
      /* A missing email is that item's email_not_found, not the request's. */
      if (json_object_has_member (item, "email") && !JSON_NODE_HOLDS_NULL (json_object_get_member (item, "email")) &&
          evd_sandbox_get_string (item, "email") == NULL)
        {
          evd_sandbox_reply_field_error (reply, email_field, "This field must be a string.");
          return NULL;
        }
      if (evd_sandbox_get_string (item, "email") != NULL &&
          g_utf8_strlen (evd_sandbox_get_string (item, "email"), -1) > 128)
        {
          evd_sandbox_reply_field_error (reply, email_field, "This field can be at most 128 characters long.");
          return NULL;
        }
      if (!check_profile_lengths (reply, item, prefix))
        return NULL;
    }

  return tickets;
}

static void
add_item_error (JsonArray  *errors,
                const char *email,
                const char *code,
                const char *message)
{
  JsonObject *error = json_object_new ();

  json_object_set_string_member (error, "email", email);
  json_object_set_string_member (error, "error_code", code);
  json_object_set_string_member (error, "message", message);
  json_array_add_object_element (errors, error);
}

static JsonObject *
store_ticket (EvdSandboxState *state,
              EvdSandboxEvent *event,
              JsonObject      *item,
              JsonObject      *type,
              const char      *source)
{
  static const char * const copied[] = {
    "email", "external_ticket_id", "send_notification", "fast_join", "registration_needed",
    "first_name", "last_name", "address", "city", "state", "zip", "country", "phone",
    "industry", "job_title", "organization", "organization_size", "comments",
    "custom_questions", NULL
  };
  JsonObject *ticket = json_object_new ();
  g_autofree char *id = evd_sandbox_state_new_id (state);
  gboolean fast_join = json_object_get_boolean_member_with_default (item, "fast_join", FALSE);
  JsonNode *session_ids = json_object_get_member (item, "session_ids");

  json_object_set_string_member (ticket, "ticket_id", id);
  json_object_set_string_member (ticket, "ticket_type_id", json_object_get_string_member (type, "ticket_type_id"));
  evd_sandbox_copy_members (item, ticket, copied);
  json_object_set_string_member (ticket, "registration_source", source);
  json_object_set_string_member (ticket, "ticket_role_type", "pre_registration");
  json_object_set_string_member (ticket, "authentication_method", fast_join ? "no_auth" : "zoom_account_otp");
  if (session_ids != NULL && JSON_NODE_HOLDS_ARRAY (session_ids) &&
      json_array_get_length (json_node_get_array (session_ids)) > 0)
    json_object_set_string_member (ticket, "session_id",
                                   json_array_get_string_element (json_node_get_array (session_ids), 0));

  json_object_set_int_member (type, "sold_quantity", json_object_get_int_member_with_default (type, "sold_quantity", 0) + 1);
  evd_sandbox_event_add_ticket (event, ticket);
  json_object_unref (ticket);

  return ticket;
}

static JsonObject *
created_entry (EvdSandboxEvent *event,
               JsonObject      *ticket)
{
  JsonObject *entry = json_object_new ();
  const char *ticket_id = json_object_get_string_member (ticket, "ticket_id");
  gboolean registration_needed = json_object_get_boolean_member_with_default (ticket, "registration_needed", FALSE);
  g_autofree char *link = link_for (evd_sandbox_event_get_id (event),
                                    registration_needed ? "register" : "join", ticket_id);

  json_object_set_string_member (entry, "ticket_id", ticket_id);
  json_object_set_string_member (entry, "ticket_type_id", member_or (ticket, "ticket_type_id", ""));
  json_object_set_string_member (entry, "external_ticket_id", member_or (ticket, "external_ticket_id", ""));
  json_object_set_string_member (entry, registration_needed ? "event_registration_link" : "event_join_link", link);
  add_qr_code (entry, event, ticket_id);
  json_object_set_string_member (entry, "email", member_or (ticket, "email", ""));

  return entry;
}

static JsonObject *
pick_type (EvdSandboxEvent *event,
           JsonObject      *item)
{
  const char *type_id = evd_sandbox_get_string (item, "ticket_type_id");

  if (!json_object_has_member (item, "ticket_type_id") || JSON_NODE_HOLDS_NULL (json_object_get_member (item, "ticket_type_id")))
    return evd_sandbox_event_default_ticket_type (event);

  return evd_sandbox_event_find_ticket_type (event, type_id, NULL);
}

void
evd_sandbox_route_create_tickets (EvdSandboxState   *state,
                                  EvdSandboxRequest *request,
                                  EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonObject) answer = NULL;
  JsonArray *items, *created, *errors;
  EvdSandboxStatus status;
  const char *source;

  if (event == NULL)
    return;
  status = evd_sandbox_event_get_status (event);
  if (status == EVD_SANDBOX_STATUS_DRAFT)
    {
      evd_sandbox_reply_error (reply, 400, 26501, "Event is not published yet");
      return;
    }
  /* The spec lists no code for a cancelled event; it is not published. */
  if (status == EVD_SANDBOX_STATUS_CANCELLED)
    {
      evd_sandbox_reply_error (reply, 400, 26501, "Event is not published yet");
      return;
    }
  body = evd_sandbox_request_body_object (request, reply);
  if (body == NULL || (items = check_ticket_request (request, reply, body)) == NULL)
    return;

  source = member_or (body, "registration_source", "api");
  created = json_array_new ();
  errors = json_array_new ();
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *email = evd_sandbox_get_string (item, "email");
      JsonObject *type = pick_type (event, item);
      JsonNode *quantity = type != NULL ? json_object_get_member (type, "quantity") : NULL;

      if (email == NULL || !looks_like_email (email))
        add_item_error (errors, email != NULL ? email : "", "email_not_found", "Invalid or missing email.");
      else if (type == NULL)
        add_item_error (errors, email, "ticket_type_notfound", "The ticket type was not found.");
      else if (json_object_get_boolean_member_with_default (item, "fast_join", FALSE) &&
               json_object_get_boolean_member_with_default (item, "registration_needed", FALSE))
        add_item_error (errors, email, "fast_join_with_registrationNeeded",
                        "fast_join cannot be used with registration_needed.");
      else if (quantity != NULL && JSON_NODE_HOLDS_VALUE (quantity) &&
               json_object_get_int_member_with_default (type, "sold_quantity", 0) >= json_node_get_int (quantity))
        add_item_error (errors, email, "stock_not_exist", "This ticket type is sold out.");
      else
        json_array_add_object_element (created, created_entry (event, store_ticket (state, event, item, type, source)));
    }

  reply->changed = json_array_get_length (created) > 0;
  answer = json_object_new ();
  json_object_set_array_member (answer, "tickets", created);
  json_object_set_array_member (answer, "errors", errors);
  evd_sandbox_reply_object (reply, 201, answer);
}

static gboolean
ticket_matches (JsonObject *ticket,
                const char *email,
                const char *external_id,
                const char *type_id)
{
  if (email != NULL && g_ascii_strcasecmp (member_or (ticket, "email", ""), email) != 0)
    return FALSE;
  if (external_id != NULL && g_strcmp0 (member_or (ticket, "external_ticket_id", ""), external_id) != 0)
    return FALSE;
  if (type_id != NULL && g_strcmp0 (member_or (ticket, "ticket_type_id", ""), type_id) != 0)
    return FALSE;
  return TRUE;
}

void
evd_sandbox_route_list_tickets (EvdSandboxState   *state,
                                EvdSandboxRequest *request,
                                EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  const char *email = evd_sandbox_request_query (request, "email");
  const char *external_id = evd_sandbox_request_query (request, "external_ticket_id");
  const char *type_id = evd_sandbox_request_query (request, "ticket_type_id");
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *query_key = NULL;
  GPtrArray *source;
  JsonArray *tickets;
  guint offset, page_size;

  if (event == NULL)
    return;
  query_key = g_strdup_printf ("tickets:%s:%s:%s:%s", evd_sandbox_event_get_id (event),
                               email ? email : "", external_id ? external_id : "", type_id ? type_id : "");
  if (!evd_sandbox_request_page (state, request, reply, query_key, &offset, &page_size))
    return;

  /* Without filters the stored order is the answer: no copy of 100,000. */
  if (email == NULL && external_id == NULL && type_id == NULL)
    source = event->tickets;
  else
    {
      matches = g_ptr_array_new ();
      for (guint i = 0; i < event->tickets->len; i++)
        if (ticket_matches (g_ptr_array_index (event->tickets, i), email, external_id, type_id))
          g_ptr_array_add (matches, g_ptr_array_index (event->tickets, i));
      source = matches;
    }

  tickets = json_array_new ();
  for (guint i = offset; i < source->len && i < offset + page_size; i++)
    json_array_add_object_element (tickets, ticket_for_answer (event, g_ptr_array_index (source, i)));

  answer = json_object_new ();
  json_object_set_int_member (answer, "total_records", source->len);
  evd_sandbox_add_page_token (state, answer, query_key, offset + page_size, source->len);
  json_object_set_array_member (answer, "tickets", tickets);
  evd_sandbox_reply_object (reply, 200, answer);
}

static JsonObject *
find_ticket (EvdSandboxEvent   *event,
             EvdSandboxRequest *request,
             EvdSandboxReply   *reply)
{
  JsonObject *ticket = request->params[1] != NULL ? g_hash_table_lookup (event->tickets_by_id, request->params[1]) : NULL;

  if (ticket == NULL)
    evd_sandbox_reply_error (reply, 404, 26503, "Ticket not found");

  return ticket;
}

void
evd_sandbox_route_get_ticket (EvdSandboxState   *state,
                              EvdSandboxRequest *request,
                              EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) answer = NULL;
  JsonObject *ticket;

  if (event == NULL || (ticket = find_ticket (event, request, reply)) == NULL)
    return;

  answer = ticket_for_answer (event, ticket);
  evd_sandbox_reply_object (reply, 200, answer);
}

void
evd_sandbox_route_update_ticket (EvdSandboxState   *state,
                                 EvdSandboxRequest *request,
                                 EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) body = NULL;
  JsonObject *ticket;
  const char *email, *type_id;

  if (event == NULL || (ticket = find_ticket (event, request, reply)) == NULL)
    return;
  body = evd_sandbox_request_body_object (request, reply);
  if (body == NULL)
    return;

  email = evd_sandbox_get_string (body, "email");
  type_id = evd_sandbox_get_string (body, "ticket_type_id");
  if ((json_object_has_member (body, "email") && (email == NULL || g_ascii_strcasecmp (email, member_or (ticket, "email", "")) != 0)) ||
      (json_object_has_member (body, "ticket_type_id") && g_strcmp0 (type_id, member_or (ticket, "ticket_type_id", "")) != 0))
    {
      evd_sandbox_reply_error (reply, 400, 1063, "Ticket can't be updated: its email and ticket type cannot change.");
      return;
    }
  if (!check_profile_lengths (reply, body, ""))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (profile_fields); i++)
    evd_sandbox_copy_members (body, ticket, (const char * const[]) { profile_fields[i].name, NULL });
  evd_sandbox_copy_members (body, ticket, (const char * const[]) { "custom_questions", NULL });
  reply->changed = TRUE;
  evd_sandbox_reply_no_content (reply);
}

void
evd_sandbox_route_delete_ticket (EvdSandboxState   *state,
                                 EvdSandboxRequest *request,
                                 EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  JsonObject *ticket, *type;

  if (event == NULL || (ticket = find_ticket (event, request, reply)) == NULL)
    return;

  type = evd_sandbox_event_find_ticket_type (event, member_or (ticket, "ticket_type_id", NULL), NULL);
  if (type != NULL)
    json_object_set_int_member (type, "sold_quantity",
                                MAX (0, json_object_get_int_member_with_default (type, "sold_quantity", 1) - 1));
  evd_sandbox_event_remove_ticket (event, ticket);
  reply->changed = TRUE;
  evd_sandbox_reply_no_content (reply);
}

/* A registrant is one person (email) with up to 50 tickets. */
static JsonObject *
registrant_for (EvdSandboxEvent *event,
                GPtrArray       *person_tickets)
{
  JsonObject *registrant = json_object_new ();
  JsonArray *tickets = json_array_new ();
  JsonObject *first = g_ptr_array_index (person_tickets, 0);
  const char *role = member_or (first, "ticket_role_type", "normal");

  for (guint i = 0; i < person_tickets->len && i < 50; i++)
    {
      JsonObject *ticket = g_ptr_array_index (person_tickets, i);
      JsonObject *entry = json_object_new ();
      const char *ticket_id = member_or (ticket, "ticket_id", "");

      json_object_set_string_member (entry, "ticket_id", ticket_id);
      json_object_set_string_member (entry, "role", "ATTENDEE");
      json_object_set_string_member (entry, "authentication_method", member_or (ticket, "authentication_method", "no_auth"));
      add_qr_code (entry, event, ticket_id);
      json_array_add_object_element (tickets, entry);
    }

  json_object_set_string_member (registrant, "email", member_or (first, "email", ""));
  json_object_set_string_member (registrant, "registration_status",
                                 g_strcmp0 (role, "pre_registration") == 0 ? "PRE_REGISTERED" : "REGISTERED");
  json_object_set_array_member (registrant, "tickets", tickets);

  return registrant;
}

/* The event's people in the order of their first ticket, each with all of
 * their tickets (an email may hold several, as at Zoom). */
static GPtrArray *
group_by_person (EvdSandboxEvent *event)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *people = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < event->tickets->len; i++)
    {
      JsonObject *ticket = g_ptr_array_index (event->tickets, i);
      char *key = evd_sandbox_casefold_email (member_or (ticket, "email", ""));
      GPtrArray *person = g_hash_table_lookup (seen, key);

      if (person == NULL)
        {
          person = g_ptr_array_new ();
          g_ptr_array_add (people, person);
          g_hash_table_insert (seen, key, person);
        }
      else
        g_free (key);
      g_ptr_array_add (person, ticket);
    }

  return people;
}

void
evd_sandbox_route_list_registrants (EvdSandboxState   *state,
                                    EvdSandboxRequest *request,
                                    EvdSandboxReply   *reply)
{
  EvdSandboxEvent *event = evd_sandbox_request_event (state, request, reply, TRUE);
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *query_key = NULL;
  JsonArray *registrants;
  guint offset, page_size;

  if (event == NULL)
    return;
  query_key = g_strdup_printf ("registrants:%s", evd_sandbox_event_get_id (event));
  if (!evd_sandbox_request_page (state, request, reply, query_key, &offset, &page_size))
    return;

  people = group_by_person (event);
  registrants = json_array_new ();
  for (guint i = offset; i < people->len && i < offset + page_size; i++)
    json_array_add_object_element (registrants, registrant_for (event, g_ptr_array_index (people, i)));

  answer = json_object_new ();
  json_object_set_int_member (answer, "total_records", people->len);
  evd_sandbox_add_page_token (state, answer, query_key, offset + page_size, people->len);
  json_object_set_array_member (answer, "registrants", registrants);
  evd_sandbox_reply_object (reply, 200, answer);
}
