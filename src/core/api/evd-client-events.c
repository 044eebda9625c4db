/* evd-client-events.c: hubs and events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include "evd-api-error.h"
#include "evd-client-private.h"

#define EVENTS_PATH "/zoom_events/events"

/* Hubs */

/**
 * evd_client_list_hubs_async:
 *
 * Lists the hubs this account hosts (role_type=host). Zoom does not page
 * this list.
 */
void
evd_client_list_hubs_async (EvdClient           *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  static const char * const query[] = { "role_type", "host", NULL };

  g_return_if_fail (EVD_IS_CLIENT (self));

  evd_client_call_list_async (self, "/zoom_events/hubs", query, "hubs", FALSE,
                              EVD_TYPE_HUB, (EvdJsonConvertFunc) evd_hub_new_from_json,
                              evd_client_list_hubs_async, cancellable, callback, user_data);
}

/**
 * evd_client_list_hubs_finish:
 *
 * Returns: (transfer full): a list of #EvdHub
 */
GListModel *
evd_client_list_hubs_finish (EvdClient     *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_hubs_async, error);
}

/* Events */

/**
 * evd_client_list_events_async:
 * @role_type: (nullable): "host" (the default here) or "attendee"
 * @event_status_type: (nullable): "draft", "upcoming", "past" or
 *   "cancelled"; %NULL leaves Zoom's default (upcoming)
 *
 * Lists events, every page of them.
 */
void
evd_client_list_events_async (EvdClient           *self,
                              const char          *role_type,
                              const char          *event_status_type,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  const char *query[] = { "role_type", role_type != NULL ? role_type : "host",
                          "event_status_type", event_status_type, NULL };

  g_return_if_fail (EVD_IS_CLIENT (self));

  evd_client_call_list_async (self, EVENTS_PATH, query, "events", TRUE,
                              EVD_TYPE_EVENT, (EvdJsonConvertFunc) evd_event_new_from_json,
                              evd_client_list_events_async, cancellable, callback, user_data);
}

/**
 * evd_client_list_events_finish:
 *
 * Returns: (transfer full): a list of #EvdEvent
 */
GListModel *
evd_client_list_events_finish (EvdClient     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_events_async, error);
}

/* Zoom has no hub filter: a hub's events are the host's events of every
 * status whose hub_id matches. The four lists are read side by side, each
 * page in a worker thread (evd_client_fetch_all_read_async): the events of
 * other hubs are left out there, and only the hub's reach the main loop,
 * as events or, for the CLI, as Zoom's objects. */
static const char * const event_statuses[] = { "draft", "upcoming", "past", "cancelled" };

typedef struct
{
  char      *hub_id;
  gboolean   as_json;
  guint      pending;
  GPtrArray *lists[G_N_ELEMENTS (event_statuses)];
  GPtrArray *keys[G_N_ELEMENTS (event_statuses)];
  GError    *error;
} HubEvents;

static void
hub_events_free (gpointer data)
{
  HubEvents *hub_events = data;

  g_free (hub_events->hub_id);
  for (guint i = 0; i < G_N_ELEMENTS (hub_events->lists); i++)
    {
      g_clear_pointer (&hub_events->lists[i], g_ptr_array_unref);
      g_clear_pointer (&hub_events->keys[i], g_ptr_array_unref);
    }
  g_clear_error (&hub_events->error);
  g_free (hub_events);
}

typedef struct
{
  GTask *task;
  guint  index;
} HubEventsPart;

static gboolean
item_in_hub (JsonNode   *item,
             const char *hub_id)
{
  JsonNode *node;

  if (!JSON_NODE_HOLDS_OBJECT (item))
    return FALSE;
  node = json_object_get_member (json_node_get_object (item), "hub_id");
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING &&
         g_strcmp0 (json_node_get_string (node), hub_id) == 0;
}

static const char *
item_event_id (JsonNode *item)
{
  JsonNode *node = json_object_get_member (json_node_get_object (item), "event_id");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* In a worker thread */
static gpointer
read_hub_event (JsonNode  *item,
                gpointer   data,
                GError   **error)
{
  HubEvents *hub_events = data;

  if (!item_in_hub (item, hub_events->hub_id))
    return NULL;
  if (hub_events->as_json)
    return json_node_ref (item);
  return evd_event_new_from_json (item, error);
}

/* An event that changed status while the lists were read may be in two of
 * them: it is listed once. In a worker thread, so the lists' keys and
 * what is left out are freed there. */
static void
merge_hub_events_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  HubEvents *hub_events = task_data;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) merged = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (hub_events->lists); i++)
    {
      GPtrArray *list = hub_events->lists[i];

      for (guint j = 0; j < list->len; j++)
        if (g_hash_table_add (seen, g_ptr_array_index (hub_events->keys[i], j)))
          g_ptr_array_add (merged, g_ptr_array_index (list, j));
    }

  if (hub_events->as_json)
    {
      JsonArray *array = json_array_sized_new (merged->len);

      for (guint i = 0; i < merged->len; i++)
        json_array_add_element (array, json_node_ref (g_ptr_array_index (merged, i)));
      g_task_return_pointer (task, array, (GDestroyNotify) json_array_unref);
    }
  else
    {
      GListStore *store = g_list_store_new (EVD_TYPE_EVENT);

      /* One splice, one items-changed, however long the list. */
      g_list_store_splice (store, 0, 0, merged->pdata, merged->len);
      g_task_return_pointer (task, store, g_object_unref);
    }

  g_clear_pointer (&seen, g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (hub_events->lists); i++)
    {
      g_clear_pointer (&hub_events->lists[i], g_ptr_array_unref);
      g_clear_pointer (&hub_events->keys[i], g_ptr_array_unref);
    }
}

static void
hub_events_part_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  HubEventsPart *part = user_data;
  g_autoptr(GTask) task = part->task;
  HubEvents *hub_events = g_task_get_task_data (task);
  GError *error = NULL;
  GPtrArray *items;
  GPtrArray *keys = NULL;

  items = evd_client_fetch_all_read_finish (EVD_CLIENT (object), result, &keys, &error);
  if (items != NULL)
    {
      hub_events->lists[part->index] = items;
      hub_events->keys[part->index] = keys;
    }
  else if (hub_events->error == NULL ||
           g_error_matches (hub_events->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (&hub_events->error);
      hub_events->error = error;
    }
  else
    g_error_free (error);
  g_free (part);

  if (--hub_events->pending > 0)
    return;

  if (hub_events->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&hub_events->error));
      return;
    }

  g_task_run_in_thread (task, merge_hub_events_thread);
}

static void
list_hub_events (EvdClient           *self,
                 const char          *hub_id,
                 gboolean             as_json,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  HubEvents *hub_events;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);

  hub_events = g_new0 (HubEvents, 1);
  hub_events->hub_id = g_strdup (hub_id);
  hub_events->as_json = as_json;
  hub_events->pending = G_N_ELEMENTS (event_statuses);
  g_task_set_task_data (task, hub_events, hub_events_free);

  for (guint i = 0; i < G_N_ELEMENTS (event_statuses); i++)
    {
      const char *query[] = { "role_type", "host", "event_status_type", event_statuses[i], NULL };
      HubEventsPart *part = g_new0 (HubEventsPart, 1);

      part->task = g_object_ref (task);
      part->index = i;
      evd_client_fetch_all_read_async (self, EVENTS_PATH, query, "events", read_hub_event, hub_events,
                                       as_json ? (GDestroyNotify) json_node_unref : g_object_unref,
                                       cancellable, hub_events_part_cb, part);
    }
}

/**
 * evd_client_list_hub_events_async:
 * @hub_id: the hub
 *
 * Lists a hub's events of every status (draft, upcoming, past, cancelled),
 * every page of each.
 */
void
evd_client_list_hub_events_async (EvdClient           *self,
                                  const char          *hub_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (hub_id != NULL);

  list_hub_events (self, hub_id, FALSE, evd_client_list_hub_events_async, cancellable, callback, user_data);
}

/**
 * evd_client_list_hub_events_finish:
 *
 * Returns: (transfer full): a list of #EvdEvent: drafts, then upcoming,
 *   past and cancelled events
 */
GListModel *
evd_client_list_hub_events_finish (EvdClient     *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_hub_events_async, error);
}

/**
 * evd_client_list_hub_events_json_async:
 *
 * The same list as evd_client_list_hub_events_async(), as Zoom sent each
 * event, every member kept: for the CLI's `--json`.
 */
void
evd_client_list_hub_events_json_async (EvdClient           *self,
                                       const char          *hub_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (hub_id != NULL);

  list_hub_events (self, hub_id, TRUE, evd_client_list_hub_events_json_async, cancellable, callback, user_data);
}

/**
 * evd_client_list_hub_events_json_finish:
 *
 * Returns: (transfer full): Zoom's event objects, in the order of
 *   evd_client_list_hub_events_finish()
 */
JsonArray *
evd_client_list_hub_events_json_finish (EvdClient     *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_hub_events_json_async, error);
}

void
evd_client_get_event_async (EvdClient           *self,
                            const char          *event_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, NULL);
  evd_client_call_object_async (self, "GET", path, NULL,
                                (EvdJsonConvertFunc) evd_event_new_from_json,
                                evd_client_get_event_async, cancellable, callback, user_data);
}

/**
 * evd_client_get_event_finish:
 *
 * Returns: (transfer full): the event
 */
EvdEvent *
evd_client_get_event_finish (EvdClient     *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_get_event_async, error);
}

/**
 * evd_client_create_event_async:
 * @event: the new event's JSON: evd_event_to_json(), or an object of the
 *   caller's
 *
 * Not resent when the answer is lost (%EVD_API_ERROR_OUTCOME_UNKNOWN): a
 * second event would be created.
 */
void
evd_client_create_event_async (EvdClient           *self,
                               JsonNode            *event,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event != NULL && JSON_NODE_HOLDS_OBJECT (event));

  evd_client_call_object_async (self, "POST", EVENTS_PATH, event,
                                (EvdJsonConvertFunc) evd_event_new_from_json,
                                evd_client_create_event_async, cancellable, callback, user_data);
}

/**
 * evd_client_create_event_finish:
 *
 * Returns: (transfer full): the event as Zoom created it, with its id
 */
EvdEvent *
evd_client_create_event_finish (EvdClient     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_create_event_async, error);
}

/* The CLI's `--json` prints an event as Zoom sent it, members Event Desk
 * does not read included; the event model does not keep them. */

void
evd_client_get_event_json_async (EvdClient           *self,
                                 const char          *event_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, NULL);
  evd_client_call_object_json_async (self, "GET", path, NULL,
                                     (EvdJsonConvertFunc) evd_event_new_from_json,
                                     evd_client_get_event_json_async, cancellable, callback, user_data);
}

/**
 * evd_client_get_event_json_finish:
 *
 * Returns: (transfer full): the event object as Zoom sent it
 */
JsonNode *
evd_client_get_event_json_finish (EvdClient     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_get_event_json_async, error);
}

/**
 * evd_client_create_event_json_async:
 *
 * evd_client_create_event_async(), whose result is Zoom's answer.
 */
void
evd_client_create_event_json_async (EvdClient           *self,
                                    JsonNode            *event,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event != NULL && JSON_NODE_HOLDS_OBJECT (event));

  evd_client_call_object_json_async (self, "POST", EVENTS_PATH, event,
                                     (EvdJsonConvertFunc) evd_event_new_from_json,
                                     evd_client_create_event_json_async, cancellable, callback, user_data);
}

/**
 * evd_client_create_event_json_finish:
 *
 * Returns: (transfer full): the event object as Zoom created it
 */
JsonNode *
evd_client_create_event_json_finish (EvdClient     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_create_event_json_async, error);
}

/**
 * evd_client_update_event_async:
 * @changes: only the fields that change: evd_event_to_patch_json(), or an
 *   object of the caller's
 */
void
evd_client_update_event_async (EvdClient           *self,
                               const char          *event_id,
                               JsonNode            *changes,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (changes != NULL && JSON_NODE_HOLDS_OBJECT (changes));

  path = evd_client_build_path (EVENTS_PATH, event_id, NULL);
  evd_client_call_void_async (self, "PATCH", path, changes,
                              evd_client_update_event_async, cancellable, callback, user_data);
}

gboolean
evd_client_update_event_finish (EvdClient     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return evd_client_call_finish_boolean (self, result, evd_client_update_event_async, error);
}

/**
 * evd_client_delete_event_async:
 *
 * Zoom deletes only draft events.
 */
void
evd_client_delete_event_async (EvdClient           *self,
                               const char          *event_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, NULL);
  evd_client_call_void_async (self, "DELETE", path, NULL,
                              evd_client_delete_event_async, cancellable, callback, user_data);
}

gboolean
evd_client_delete_event_finish (EvdClient     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return evd_client_call_finish_boolean (self, result, evd_client_delete_event_async, error);
}

/* Event actions: Zoom takes only lower-case operations. None is resent
 * after a lost answer: a second duplicate would be a second copy. */

static JsonNode *
action_body (const char *operation,
             const char *cancel_message,
             const char *name,
             GDateTime  *start_time,
             const char *timezone)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "operation");
  json_builder_add_string_value (builder, operation);
  if (cancel_message != NULL)
    {
      json_builder_set_member_name (builder, "cancel_message");
      json_builder_add_string_value (builder, cancel_message);
    }
  if (name != NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (start_time);
      g_autofree char *start = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

      json_builder_set_member_name (builder, "duplicate_event");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "start_time");
      json_builder_add_string_value (builder, start);
      json_builder_set_member_name (builder, "timezone");
      json_builder_add_string_value (builder, timezone);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
event_action_async (EvdClient           *self,
                    const char          *event_id,
                    JsonNode            *body,
                    gpointer             source_tag,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autofree char *path = evd_client_build_path (EVENTS_PATH, event_id, "event_actions", NULL);

  evd_client_call_void_async (self, "POST", path, body, source_tag, cancellable, callback, user_data);
}

void
evd_client_publish_event_async (EvdClient           *self,
                                const char          *event_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  body = action_body ("publish", NULL, NULL, NULL, NULL);
  event_action_async (self, event_id, body, evd_client_publish_event_async,
                      cancellable, callback, user_data);
}

gboolean
evd_client_publish_event_finish (EvdClient     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return evd_client_call_finish_boolean (self, result, evd_client_publish_event_async, error);
}

/**
 * evd_client_cancel_event_async:
 * @cancel_message: (nullable): told to registrants; Zoom requires one when
 *   the event has any
 */
void
evd_client_cancel_event_async (EvdClient           *self,
                               const char          *event_id,
                               const char          *cancel_message,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  body = action_body ("cancel", cancel_message, NULL, NULL, NULL);
  event_action_async (self, event_id, body, evd_client_cancel_event_async,
                      cancellable, callback, user_data);
}

gboolean
evd_client_cancel_event_finish (EvdClient     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return evd_client_call_finish_boolean (self, result, evd_client_cancel_event_async, error);
}

static void
duplicate_answer_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;
  const char *event_id = NULL;

  root = evd_client_request_finish (EVD_CLIENT (object), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    event_id = item_event_id (root);
  if (event_id == NULL || *event_id == '\0')
    {
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 201,
                                                    "the copy has no event_id"));
      return;
    }
  g_task_return_pointer (task, g_strdup (event_id), g_free);
}

/**
 * evd_client_duplicate_event_async:
 * @name: the copy's name
 * @start_time: when the copy starts; sent in UTC
 * @timezone: the copy's time zone, e.g. "Europe/Paris"
 */
void
evd_client_duplicate_event_async (EvdClient           *self,
                                  const char          *event_id,
                                  const char          *name,
                                  GDateTime           *start_time,
                                  const char          *timezone,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) body = NULL;
  GTask *task;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (start_time != NULL);
  g_return_if_fail (timezone != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_duplicate_event_async);

  path = evd_client_build_path (EVENTS_PATH, event_id, "event_actions", NULL);
  body = action_body ("duplicate", NULL, name, start_time, timezone);
  evd_client_request_async (self, "POST", path, NULL, body, EVD_REQUEST_NONE,
                            cancellable, duplicate_answer_cb, task);
}

/**
 * evd_client_duplicate_event_finish:
 *
 * Returns: (transfer full): the id of the copy
 */
char *
evd_client_duplicate_event_finish (EvdClient     *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_duplicate_event_async, error);
}
