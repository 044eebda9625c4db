/* evd-sandbox-state.c: what the sandbox holds, its indexes and its file form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include <string.h>

#include "evd-sandbox-state.h"

#define STATE_FILE_VERSION 1

typedef struct
{
  char   *query_key;
  guint   offset;
  gint64  expires_at;   /* monotonic, microseconds */
} PageCursor;

static void
page_cursor_free (gpointer data)
{
  PageCursor *cursor = data;

  g_free (cursor->query_key);
  g_free (cursor);
}

static void
hub_free (gpointer data)
{
  EvdSandboxHub *hub = data;

  json_object_unref (hub->object);
  g_free (hub);
}

static void
event_free (gpointer data)
{
  EvdSandboxEvent *event = data;

  json_object_unref (event->object);
  g_ptr_array_unref (event->sessions);
  g_ptr_array_unref (event->ticket_types);
  g_hash_table_unref (event->tickets_by_id);
  g_hash_table_unref (event->tickets_by_email);
  g_ptr_array_unref (event->tickets);
  g_free (event->cancel_message);
  g_free (event);
}

EvdSandboxState *
evd_sandbox_state_new (guint64 seed)
{
  EvdSandboxState *state = g_new0 (EvdSandboxState, 1);
  guint32 seed_words[2] = { (guint32) (seed & 0xffffffff), (guint32) (seed >> 32) };

  state->hubs = g_ptr_array_new_with_free_func (hub_free);
  state->events = g_ptr_array_new_with_free_func (event_free);
  state->events_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  state->rand = g_rand_new_with_seed_array (seed_words, 2);
  state->page_tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, page_cursor_free);
  state->page_token_lifetime = 15 * 60;
  state->host_user_id = evd_sandbox_state_new_id (state);

  return state;
}

void
evd_sandbox_state_clear (EvdSandboxState *state)
{
  g_hash_table_remove_all (state->events_by_id);
  g_ptr_array_set_size (state->events, 0);
  g_ptr_array_set_size (state->hubs, 0);
  g_hash_table_remove_all (state->page_tokens);
}

void
evd_sandbox_state_free (EvdSandboxState *state)
{
  if (state == NULL)
    return;

  evd_sandbox_state_clear (state);
  g_ptr_array_unref (state->hubs);
  g_ptr_array_unref (state->events);
  g_hash_table_unref (state->events_by_id);
  g_hash_table_unref (state->page_tokens);
  g_rand_free (state->rand);
  g_free (state->host_user_id);
  g_free (state);
}

/* Zoom's ids look like 16 random bytes in base64url without padding:
 * "kNqLPC6hSFiZ9NpgjA549w". */
char *
evd_sandbox_state_new_id (EvdSandboxState *state)
{
  static const char alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  char id[23];

  for (guint i = 0; i < 22; i += 5)
    {
      guint32 bits = g_rand_int (state->rand);

      for (guint j = 0; j < 5 && i + j < 22; j++)
        id[i + j] = alphabet[(bits >> (6 * j)) & 63];
    }
  id[22] = '\0';

  return g_strdup (id);
}

gint64
evd_sandbox_state_new_meeting_id (EvdSandboxState *state)
{
  return 81000000000 + (gint64) g_rand_int_range (state->rand, 0, G_MAXINT32)
         + (gint64) g_rand_int_range (state->rand, 0, 8) * G_MAXINT32;
}

EvdSandboxHub *
evd_sandbox_state_add_hub (EvdSandboxState *state,
                           JsonObject      *object,
                           gboolean         is_host,
                           gboolean         can_create)
{
  EvdSandboxHub *hub = g_new0 (EvdSandboxHub, 1);

  hub->object = json_object_ref (object);
  hub->is_host = is_host;
  hub->can_create = can_create;
  g_ptr_array_add (state->hubs, hub);

  return hub;
}

EvdSandboxHub *
evd_sandbox_state_find_hub (EvdSandboxState *state,
                            const char      *hub_id)
{
  if (hub_id == NULL)
    return NULL;

  for (guint i = 0; i < state->hubs->len; i++)
    {
      EvdSandboxHub *hub = g_ptr_array_index (state->hubs, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (hub->object, "hub_id", ""), hub_id) == 0)
        return hub;
    }

  return NULL;
}

EvdSandboxEvent *
evd_sandbox_state_add_event (EvdSandboxState *state,
                             JsonObject      *object,
                             gboolean         is_host)
{
  EvdSandboxEvent *event = g_new0 (EvdSandboxEvent, 1);

  event->object = json_object_ref (object);
  event->is_host = is_host;
  event->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  event->ticket_types = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  event->tickets = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  event->tickets_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  event->tickets_by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  evd_sandbox_event_refresh_times (event);

  g_ptr_array_add (state->events, event);
  g_hash_table_insert (state->events_by_id, (char *) evd_sandbox_event_get_id (event), event);

  return event;
}

EvdSandboxEvent *
evd_sandbox_state_find_event (EvdSandboxState *state,
                              const char      *event_id)
{
  if (event_id == NULL)
    return NULL;

  return g_hash_table_lookup (state->events_by_id, event_id);
}

void
evd_sandbox_state_remove_event (EvdSandboxState *state,
                                EvdSandboxEvent *event)
{
  g_hash_table_remove (state->events_by_id, evd_sandbox_event_get_id (event));
  g_ptr_array_remove (state->events, event);
}

const char *
evd_sandbox_event_get_id (EvdSandboxEvent *event)
{
  return json_object_get_string_member_with_default (event->object, "event_id", "");
}

const char *
evd_sandbox_event_get_type (EvdSandboxEvent *event)
{
  return json_object_get_string_member_with_default (event->object, "event_type", "");
}

gboolean
evd_sandbox_event_is_published (EvdSandboxEvent *event)
{
  return g_strcmp0 (json_object_get_string_member_with_default (event->object, "status", ""), "PUBLISHED") == 0;
}

static gint64
add_occurrences (gint64 start_us,
                 int    type,
                 int    interval,
                 int    steps)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (start_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) later = NULL;

  switch (type)
    {
    case 1:
      later = g_date_time_add_days (start, interval * steps);
      break;
    case 2:
      later = g_date_time_add_weeks (start, interval * steps);
      break;
    default:
      later = g_date_time_add_months (start, interval * steps);
      break;
    }

  return later != NULL ? g_date_time_to_unix (later) * G_USEC_PER_SEC : start_us;
}

/* A recurring event ends when its last occurrence does. The calendar holds
 * the first occurrence; end_times (or end_date_time) says how many follow. */
static gint64
recurring_end (JsonObject *recurrence,
               gint64      first_start,
               gint64      first_end)
{
  int type = (int) json_object_get_int_member_with_default (recurrence, "type", 3);
  int interval = MAX (1, (int) json_object_get_int_member_with_default (recurrence, "repeat_interval", 1));
  int end_times = (int) json_object_get_int_member_with_default (recurrence, "end_times", 0);
  const char *end_date = json_object_get_string_member_with_default (recurrence, "end_date_time", NULL);
  gint64 duration = first_end - first_start;
  gint64 until = 0;
  int steps = 0;

  if (end_times <= 0 && end_date != NULL && evd_sandbox_parse_utc (end_date, &until))
    {
      while (steps < 366 && add_occurrences (first_start, type, interval, steps + 1) <= until)
        steps++;
    }
  else
    {
      steps = CLAMP (end_times, 1, 366) - 1;
    }

  return add_occurrences (first_start, type, interval, steps) + duration;
}

void
evd_sandbox_event_refresh_times (EvdSandboxEvent *event)
{
  JsonArray *calendar = NULL;
  gint64 start = G_MAXINT64;
  gint64 end = 0;

  if (json_object_has_member (event->object, "calendar"))
    calendar = json_object_get_array_member (event->object, "calendar");

  for (guint i = 0; calendar != NULL && i < json_array_get_length (calendar); i++)
    {
      JsonObject *entry = json_array_get_object_element (calendar, i);
      gint64 s, e;

      if (entry == NULL)
        continue;
      if (evd_sandbox_parse_utc (json_object_get_string_member_with_default (entry, "start_time", NULL), &s))
        start = MIN (start, s);
      if (evd_sandbox_parse_utc (json_object_get_string_member_with_default (entry, "end_time", NULL), &e))
        end = MAX (end, e);
    }

  if (start == G_MAXINT64)
    start = end;

  if (g_strcmp0 (evd_sandbox_event_get_type (event), "RECURRING") == 0 &&
      json_object_has_member (event->object, "recurrence") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (event->object, "recurrence")))
    end = recurring_end (json_object_get_object_member (event->object, "recurrence"), start, end);

  event->start_us = start;
  event->end_us = end;

  if (start > 0)
    {
      g_autofree char *start_text = evd_sandbox_format_utc (start);
      g_autofree char *end_text = evd_sandbox_format_utc (end);

      json_object_set_string_member (event->object, "start_time", start_text);
      json_object_set_string_member (event->object, "end_time", end_text);
    }
}

EvdSandboxStatus
evd_sandbox_event_get_status (EvdSandboxEvent *event)
{
  const char *status = json_object_get_string_member_with_default (event->object, "status", "DRAFT");

  if (g_strcmp0 (status, "CANCELLED") == 0)
    return EVD_SANDBOX_STATUS_CANCELLED;
  if (g_strcmp0 (status, "PUBLISHED") != 0)
    return EVD_SANDBOX_STATUS_DRAFT;
  if (event->end_us > g_get_real_time ())
    return EVD_SANDBOX_STATUS_UPCOMING;
  return EVD_SANDBOX_STATUS_PAST;
}

static JsonObject *
find_by_member (GPtrArray  *objects,
                const char *member,
                const char *value,
                guint      *index)
{
  if (value == NULL)
    return NULL;

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, member, NULL), value) == 0)
        {
          if (index != NULL)
            *index = i;
          return object;
        }
    }

  return NULL;
}

JsonObject *
evd_sandbox_event_find_session (EvdSandboxEvent *event,
                                const char      *session_id,
                                guint           *index)
{
  return find_by_member (event->sessions, "session_id", session_id, index);
}

JsonObject *
evd_sandbox_event_find_ticket_type (EvdSandboxEvent *event,
                                    const char      *ticket_type_id,
                                    guint           *index)
{
  return find_by_member (event->ticket_types, "ticket_type_id", ticket_type_id, index);
}

JsonObject *
evd_sandbox_event_default_ticket_type (EvdSandboxEvent *event)
{
  return event->ticket_types->len > 0 ? g_ptr_array_index (event->ticket_types, 0) : NULL;
}

char *
evd_sandbox_casefold_email (const char *email)
{
  return g_utf8_casefold (email != NULL ? email : "", -1);
}

void
evd_sandbox_event_add_ticket (EvdSandboxEvent *event,
                              JsonObject      *ticket)
{
  const char *email = json_object_get_string_member_with_default (ticket, "email", "");

  /* The registration report needs when and how; a ticket that came through
   * the API was pre-registered just now. */
  if (!json_object_has_member (ticket, "register_date"))
    {
      g_autofree char *now = evd_sandbox_format_utc (g_get_real_time ());

      json_object_set_string_member (ticket, "register_date", now);
      json_object_set_string_member (ticket, "registration_method", "pre_registration");
    }
  g_ptr_array_add (event->tickets, json_object_ref (ticket));
  g_hash_table_insert (event->tickets_by_id,
                       (char *) json_object_get_string_member_with_default (ticket, "ticket_id", ""),
                       ticket);
  g_hash_table_insert (event->tickets_by_email, evd_sandbox_casefold_email (email), ticket);
}

void
evd_sandbox_event_remove_ticket (EvdSandboxEvent *event,
                                 JsonObject      *ticket)
{
  g_autofree char *email = evd_sandbox_casefold_email (json_object_get_string_member_with_default (ticket, "email", ""));

  g_hash_table_remove (event->tickets_by_id, json_object_get_string_member_with_default (ticket, "ticket_id", ""));
  if (g_hash_table_lookup (event->tickets_by_email, email) == ticket)
    {
      g_hash_table_remove (event->tickets_by_email, email);
      /* Another ticket of the same person: as at Zoom, there may be one. */
      for (guint i = 0; i < event->tickets->len; i++)
        {
          JsonObject *other = g_ptr_array_index (event->tickets, i);
          g_autofree char *other_email = NULL;

          if (other == ticket)
            continue;
          other_email = evd_sandbox_casefold_email (json_object_get_string_member_with_default (other, "email", ""));
          if (g_str_equal (other_email, email))
            {
              g_hash_table_insert (event->tickets_by_email, g_steal_pointer (&other_email), other);
              break;
            }
        }
    }
  g_ptr_array_remove (event->tickets, ticket);
}

JsonObject *
evd_sandbox_event_find_ticket_by_email (EvdSandboxEvent *event,
                                        const char      *email)
{
  g_autofree char *key = evd_sandbox_casefold_email (email);

  return g_hash_table_lookup (event->tickets_by_email, key);
}

JsonObject *
evd_sandbox_event_add_default_ticket_type (EvdSandboxState *state,
                                           EvdSandboxEvent *event)
{
  JsonObject *type = json_object_new ();
  g_autofree char *id = evd_sandbox_state_new_id (state);
  g_autofree char *now = evd_sandbox_format_utc (g_get_real_time ());
  g_autofree char *end = evd_sandbox_format_utc (MAX (event->end_us, g_get_real_time ()));

  json_object_set_string_member (type, "ticket_type_id", id);
  json_object_set_string_member (type, "name", "General Admission");
  json_object_set_string_member (type, "description", "");
  json_object_set_string_member (type, "currency", "USD");
  json_object_set_boolean_member (type, "free", TRUE);
  json_object_set_string_member (type, "price", "0");
  json_object_set_string_member (type, "start_time", now);
  json_object_set_string_member (type, "end_time", end);
  json_object_set_int_member (type, "sold_quantity", 0);
  json_object_set_array_member (type, "sessions", json_array_new ());
  json_object_set_array_member (type, "bookmarked_sessions", json_array_new ());
  g_ptr_array_add (event->ticket_types, type);

  return type;
}

/* Sessions get their meeting or webinar number when the event is published;
 * until then the member is absent (the response schema has no null), and a
 * session whose type changes gets the other kind. */
void
evd_sandbox_event_assign_meeting_ids (EvdSandboxState *state,
                                      EvdSandboxEvent *event)
{
  for (guint i = 0; i < event->sessions->len; i++)
    {
      JsonObject *session = g_ptr_array_index (event->sessions, i);
      gint64 type = json_object_get_int_member_with_default (session, "type", 4);
      const char *member = type == 0 ? "meeting_id" : type == 2 ? "webinar_id" : NULL;

      const char *other = type == 0 ? "webinar_id" : type == 2 ? "meeting_id" : NULL;

      if (member != NULL && !json_object_has_member (session, member))
        json_object_set_int_member (session, member, evd_sandbox_state_new_meeting_id (state));
      if (other != NULL && json_object_has_member (session, other))
        json_object_remove_member (session, other);
      if (member == NULL)
        {
          json_object_remove_member (session, "meeting_id");
          json_object_remove_member (session, "webinar_id");
        }
    }
}

char *
evd_sandbox_state_issue_page_token (EvdSandboxState *state,
                                    const char      *query_key,
                                    guint            offset)
{
  PageCursor *cursor = g_new0 (PageCursor, 1);
  gint64 now = g_get_monotonic_time ();
  GHashTableIter iter;
  gpointer value;
  char *token;

  /* Forget the expired ones so a long-running sandbox stays small. */
  g_hash_table_iter_init (&iter, state->page_tokens);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((PageCursor *) value)->expires_at <= now)
      g_hash_table_iter_remove (&iter);

  /* Unguessable, not seeded: a token says nothing about the query. */
  token = g_strdup_printf ("%08x%08x%08x%08x", g_random_int (), g_random_int (), g_random_int (), g_random_int ());
  cursor->query_key = g_strdup (query_key);
  cursor->offset = offset;
  cursor->expires_at = now + (gint64) state->page_token_lifetime * G_USEC_PER_SEC;
  g_hash_table_insert (state->page_tokens, g_strdup (token), cursor);

  return token;
}

gboolean
evd_sandbox_state_take_page_token (EvdSandboxState *state,
                                   const char      *token,
                                   const char      *query_key,
                                   guint           *offset)
{
  PageCursor *cursor = g_hash_table_lookup (state->page_tokens, token);

  if (cursor == NULL ||
      cursor->expires_at <= g_get_monotonic_time () ||
      g_strcmp0 (cursor->query_key, query_key) != 0)
    return FALSE;

  *offset = cursor->offset;
  return TRUE;
}

gboolean
evd_sandbox_parse_utc (const char *text,
                       gint64     *out_us)
{
  g_autoptr(GDateTime) parsed = NULL;
  gsize len;

  if (text == NULL)
    return FALSE;
  len = strlen (text);
  /* UTC only, with the trailing Z: Zoom answers 26204 to anything else. */
  if (len < 20 || text[len - 1] != 'Z' || text[10] != 'T')
    return FALSE;

  parsed = g_date_time_new_from_iso8601 (text, NULL);
  if (parsed == NULL)
    return FALSE;

  *out_us = g_date_time_to_unix (parsed) * G_USEC_PER_SEC;
  return TRUE;
}

char *
evd_sandbox_format_utc (gint64 us)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);

  if (dt == NULL)
    return g_strdup ("1970-01-01T00:00:00Z");

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

static JsonArray *
objects_to_array (GPtrArray *objects)
{
  JsonArray *array = json_array_sized_new (objects->len);

  for (guint i = 0; i < objects->len; i++)
    json_array_add_object_element (array, json_object_ref (g_ptr_array_index (objects, i)));

  return array;
}

JsonNode *
evd_sandbox_state_to_json (EvdSandboxState *state)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, STATE_FILE_VERSION);
  json_builder_set_member_name (builder, "host_user_id");
  json_builder_add_string_value (builder, state->host_user_id);

  json_builder_set_member_name (builder, "hubs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < state->hubs->len; i++)
    {
      EvdSandboxHub *hub = g_ptr_array_index (state->hubs, i);
      JsonNode *node = json_node_new (JSON_NODE_OBJECT);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, hub->is_host ? "host" : "attendee");
      json_builder_set_member_name (builder, "can_create");
      json_builder_add_boolean_value (builder, hub->can_create);
      json_builder_set_member_name (builder, "hub");
      json_node_set_object (node, hub->object);
      json_builder_add_value (builder, node);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < state->events->len; i++)
    {
      EvdSandboxEvent *event = g_ptr_array_index (state->events, i);
      JsonNode *node = json_node_new (JSON_NODE_OBJECT);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, event->is_host ? "host" : "attendee");
      json_builder_set_member_name (builder, "event");
      json_node_set_object (node, event->object);
      json_builder_add_value (builder, node);
      if (event->cancel_message != NULL)
        {
          json_builder_set_member_name (builder, "cancel_message");
          json_builder_add_string_value (builder, event->cancel_message);
        }

      json_builder_set_member_name (builder, "sessions");
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (node, objects_to_array (event->sessions));
      json_builder_add_value (builder, node);

      json_builder_set_member_name (builder, "ticket_types");
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (node, objects_to_array (event->ticket_types));
      json_builder_add_value (builder, node);

      json_builder_set_member_name (builder, "tickets");
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (node, objects_to_array (event->tickets));
      json_builder_add_value (builder, node);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char * const never_null[] = { "meeting_id", "webinar_id", "quantity" };

static void
load_objects (JsonArray *array,
              GPtrArray *into)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      /* State files written before the sandbox followed the response
       * schemas hold nulls where a member should be absent. */
      object = json_node_get_object (node);
      for (guint j = 0; j < G_N_ELEMENTS (never_null); j++)
        if (json_object_has_member (object, never_null[j]) &&
            JSON_NODE_HOLDS_NULL (json_object_get_member (object, never_null[j])))
          json_object_remove_member (object, never_null[j]);
      g_ptr_array_add (into, json_object_ref (object));
    }
}

gboolean
evd_sandbox_state_load_json (EvdSandboxState  *state,
                             JsonNode         *root,
                             GError          **error)
{
  JsonObject *top;
  JsonArray *hubs, *events;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      json_object_get_int_member_with_default (json_node_get_object (root), "version", 0) != STATE_FILE_VERSION)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "The sandbox state file is not one this version can read.");
      return FALSE;
    }

  top = json_node_get_object (root);
  hubs = get_array (top, "hubs");
  events = get_array (top, "events");
  evd_sandbox_state_clear (state);

  g_free (state->host_user_id);
  state->host_user_id = g_strdup (json_object_get_string_member_with_default (top, "host_user_id", "sandbox-host"));

  for (guint i = 0; hubs != NULL && i < json_array_get_length (hubs); i++)
    {
      JsonObject *record = json_array_get_object_element (hubs, i);
      JsonObject *hub = record != NULL ? get_object (record, "hub") : NULL;

      if (hub == NULL)
        continue;
      evd_sandbox_state_add_hub (state, hub,
                                 g_strcmp0 (json_object_get_string_member_with_default (record, "role", "host"), "host") == 0,
                                 json_object_get_boolean_member_with_default (record, "can_create", TRUE));
    }

  for (guint i = 0; events != NULL && i < json_array_get_length (events); i++)
    {
      JsonObject *record = json_array_get_object_element (events, i);
      JsonObject *object = record != NULL ? get_object (record, "event") : NULL;
      g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
      EvdSandboxEvent *event;

      if (object == NULL || !json_object_has_member (object, "event_id"))
        continue;
      event = evd_sandbox_state_add_event (state, object,
                                           g_strcmp0 (json_object_get_string_member_with_default (record, "role", "host"), "host") == 0);
      load_objects (get_array (record, "sessions"), event->sessions);
      load_objects (get_array (record, "ticket_types"), event->ticket_types);
      load_objects (get_array (record, "tickets"), tickets);
      for (guint j = 0; j < tickets->len; j++)
        evd_sandbox_event_add_ticket (event, g_ptr_array_index (tickets, j));
    }

  return TRUE;
}
