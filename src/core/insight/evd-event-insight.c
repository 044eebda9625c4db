/* evd-event-insight.c: an event's summary, from the local cache and from Zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-insight"

#include "config.h"

#include <string.h>

#include "evd-api-error.h"
#include "evd-event-insight.h"
#include "evd-insight-cache.h"
#include "evd-json-guard.h"
#include "evd-ticket-type.h"

/* `from` reaches back this far before the last read began: a clock on
 * this computer a little ahead of Zoom's must not lose a registration.
 * Rows read twice replace themselves. */
#define FROM_MARGIN (15 * G_TIME_SPAN_MINUTE)

struct _EvdEventInsight
{
  GObject          parent_instance;

  EvdClient       *client;
  char            *event_id;
  char            *cache_path;
  EvdInsightCache *cache;          /* what was kept, once loaded */
  gboolean         cache_loaded;
  GPtrArray       *waiting;        /* GTask: refreshes sharing the one running */
};

G_DEFINE_FINAL_TYPE (EvdEventInsight, evd_event_insight, G_TYPE_OBJECT)

static void
evd_event_insight_finalize (GObject *object)
{
  EvdEventInsight *self = EVD_EVENT_INSIGHT (object);

  g_clear_object (&self->client);
  g_free (self->event_id);
  g_free (self->cache_path);
  g_clear_pointer (&self->cache, evd_insight_cache_free);
  g_ptr_array_unref (self->waiting);

  G_OBJECT_CLASS (evd_event_insight_parent_class)->finalize (object);
}

static void
evd_event_insight_class_init (EvdEventInsightClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_event_insight_finalize;
}

static void
evd_event_insight_init (EvdEventInsight *self)
{
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
}

EvdEventInsight *
evd_event_insight_new (EvdClient  *client,
                       const char *event_id)
{
  EvdEventInsight *self;

  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (event_id != NULL, NULL);

  self = g_object_new (EVD_TYPE_EVENT_INSIGHT, NULL);
  self->client = g_object_ref (client);
  self->event_id = g_strdup (event_id);
  self->cache_path = evd_insight_cache_path (evd_client_get_api_url (client), event_id);
  return self;
}

EvdClient *
evd_event_insight_get_client (EvdEventInsight *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_INSIGHT (self), NULL);
  return self->client;
}

const char *
evd_event_insight_get_event_id (EvdEventInsight *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_INSIGHT (self), NULL);
  return self->event_id;
}

/* The event and its ticket types as they were kept. */
static gboolean
parse_kept (EvdInsightCache  *cache,
            EvdEvent        **event,
            GListStore      **types)
{
  g_autoptr(JsonNode) event_node = NULL;
  g_autoptr(JsonNode) types_node = NULL;
  JsonArray *array;

  /* Read back from a file on disk: through the guard like any JSON. */
  if (cache->event_json == NULL || cache->ticket_types_json == NULL)
    return FALSE;
  event_node = evd_json_guard_parse (cache->event_json, strlen (cache->event_json), EVD_JSON_MAX_ANSWER_SIZE, NULL);
  types_node = evd_json_guard_parse (cache->ticket_types_json, strlen (cache->ticket_types_json),
                                     EVD_JSON_MAX_ANSWER_SIZE, NULL);
  if (event_node == NULL || types_node == NULL || !JSON_NODE_HOLDS_ARRAY (types_node))
    return FALSE;
  *event = evd_event_new_from_json (event_node, NULL);
  if (*event == NULL)
    return FALSE;

  *types = g_list_store_new (EVD_TYPE_TICKET_TYPE);
  array = json_node_get_array (types_node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(EvdTicketType) type = evd_ticket_type_new_from_json (json_array_get_element (array, i), NULL);

      if (type != NULL)
        g_list_store_append (*types, type);
    }
  return TRUE;
}

/* Loading the cache */

typedef struct
{
  EvdInsightCache *cache;
  EvdEventSummary *summary;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_clear_pointer (&loaded->cache, evd_insight_cache_free);
  g_clear_object (&loaded->summary);
  g_free (loaded);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  Loaded *loaded = g_new0 (Loaded, 1);
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GListStore) types = NULL;

  /* No cache, or one that cannot be read, is simply nothing to show yet. */
  loaded->cache = evd_insight_cache_load (path, NULL);
  if (loaded->cache != NULL && parse_kept (loaded->cache, &event, &types))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      const char *scopes[] = { NULL };

      loaded->summary = evd_event_summary_compute (event, G_LIST_MODEL (types), loaded->cache->registrations,
                                                   loaded->cache->attendance, scopes, now,
                                                   loaded->cache->saved_at / G_USEC_PER_SEC);
    }
  g_task_return_pointer (task, loaded, loaded_free);
}

void
evd_event_insight_load_cached_async (EvdEventInsight     *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (EVD_IS_EVENT_INSIGHT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_event_insight_load_cached_async);
  g_task_set_task_data (task, g_strdup (self->cache_path), g_free);
  g_task_run_in_thread (task, load_thread);
}

EvdEventSummary *
evd_event_insight_load_cached_finish (EvdEventInsight  *self,
                                      GAsyncResult     *result,
                                      GError          **error)
{
  Loaded *loaded;
  EvdEventSummary *summary;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;
  if (!self->cache_loaded)
    {
      self->cache = g_steal_pointer (&loaded->cache);
      self->cache_loaded = TRUE;
    }
  summary = g_steal_pointer (&loaded->summary);
  loaded_free (loaded);
  return summary;
}

/* Refreshing */

typedef struct
{
  EvdEvent            *event;
  GListModel          *types;
  EvdRegistrationList *registrations;   /* what this read brought */
  EvdAttendanceList   *attendance;
  gboolean             registrations_full;
  gboolean             attendance_full;
  gint64               registrations_started;
  gint64               attendance_started;
  GPtrArray           *missing_scopes;
  EvdInsightCache     *cache;           /* owned by the worker while it runs */
  char                *cache_path;
  gboolean             need_full;       /* the worker's answer: read everything again */
  EvdEventSummary     *summary;
} Refresh;

static void
refresh_free (gpointer data)
{
  Refresh *refresh = data;

  g_clear_object (&refresh->event);
  g_clear_object (&refresh->types);
  g_clear_object (&refresh->registrations);
  g_clear_object (&refresh->attendance);
  g_ptr_array_unref (refresh->missing_scopes);
  g_clear_pointer (&refresh->cache, evd_insight_cache_free);
  g_free (refresh->cache_path);
  g_clear_object (&refresh->summary);
  g_free (refresh);
}

static void
finish_all (EvdEventInsight *self,
            EvdEventSummary *summary,
            const GError    *error)
{
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);

  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < waiting->len; i++)
    {
      GTask *task = g_ptr_array_index (waiting, i);

      if (summary != NULL)
        g_task_return_pointer (task, g_object_ref (summary), g_object_unref);
      else
        g_task_return_error (task, g_error_copy (error));
    }
}

/* Cancelled between two requests: the next one is not sent. */
static gboolean
stop_if_cancelled (EvdEventInsight *self)
{
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable = g_task_get_cancellable (g_ptr_array_index (self->waiting, 0));

  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    return FALSE;
  finish_all (self, NULL, error);
  return TRUE;
}

static Refresh *
current (EvdEventInsight *self)
{
  return g_task_get_task_data (g_ptr_array_index (self->waiting, 0));
}

static GCancellable *
current_cancellable (EvdEventInsight *self)
{
  return g_task_get_cancellable (g_ptr_array_index (self->waiting, 0));
}

/* A report the app may not read is explained, not fatal. */
static gboolean
note_missing_scope (Refresh      *refresh,
                    const GError *error,
                    const char   *scope)
{
  const char * const *named;

  if (!g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_MISSING_SCOPES) &&
      !g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_SCOPES_MISSING_4700))
    return FALSE;

  named = evd_api_error_get_scopes (error);
  g_ptr_array_add (refresh->missing_scopes, g_strdup (named != NULL && named[0] != NULL ? named[0] : scope));
  return TRUE;
}

static void fetch_registrations (EvdEventInsight *self, gboolean full);
static void fetch_attendance    (EvdEventInsight *self);
static void run_worker          (EvdEventInsight *self);

static gint64
sold_total (GListModel *types)
{
  gint64 total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);

      total += evd_ticket_type_get_sold_quantity (type);
    }
  return total;
}

static char *
types_to_json (GListModel *types)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);
      JsonNode *node = evd_ticket_type_get_json (type);

      if (node != NULL)
        json_array_add_element (array, json_node_copy (node));
    }
  json_node_set_array (root, array);
  return json_to_string (root, FALSE);
}

static void
worker_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Refresh *refresh = task_data;
  EvdInsightCache *cache = refresh->cache;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  gint64 sold = sold_total (refresh->types);
  g_autoptr(JsonNode) event_node = evd_event_dup_json (refresh->event);
  g_autofree char *event_json = json_to_string (event_node, FALSE);
  g_autofree char *types_json = types_to_json (refresh->types);
  gboolean changed = g_strcmp0 (event_json, cache->event_json) != 0 || g_strcmp0 (types_json, cache->ticket_types_json) != 0;

  if (refresh->registrations != NULL)
    {
      g_autoptr(EvdRegistrationList) merged = NULL;

      /* Nothing new (the usual refresh): the kept rows stand as they are. */
      if (refresh->registrations_full || cache->registrations == NULL)
        merged = g_object_ref (refresh->registrations);
      else if (evd_registration_list_get_n_rows (refresh->registrations) == 0)
        merged = g_object_ref (cache->registrations);
      else
        merged = evd_registration_list_merge (cache->registrations, refresh->registrations);

      /* `from` cannot tell of registrations that were deleted: when the
       * rows and the ticket types' sold total differ by another amount than
       * at the last full read, read everything again (once). */
      if (!refresh->registrations_full &&
          (gint64) evd_registration_list_get_n_rows (merged) - sold != cache->count_gap)
        {
          refresh->need_full = TRUE;
          g_task_return_boolean (task, TRUE);
          return;
        }
      changed |= merged != cache->registrations;
      g_set_object (&cache->registrations, merged);
      /* Kept as it was when nothing came: the next `from` then reaches
       * back a little further, and the file need not be written again. */
      if (changed)
        cache->registrations_read_at = refresh->registrations_started;
      if (refresh->registrations_full)
        cache->count_gap = (gint64) evd_registration_list_get_n_rows (merged) - sold;
    }

  if (refresh->attendance != NULL)
    {
      g_autoptr(EvdAttendanceList) merged = NULL;

      if (refresh->attendance_full || cache->attendance == NULL)
        merged = g_object_ref (refresh->attendance);
      else if (evd_attendance_list_get_n_rows (refresh->attendance) == 0)
        merged = g_object_ref (cache->attendance);
      else
        merged = evd_attendance_list_merge (cache->attendance, refresh->attendance);
      if (merged != cache->attendance)
        {
          changed = TRUE;
          cache->attendance_read_at = refresh->attendance_started;
        }
      g_set_object (&cache->attendance, merged);
    }

  if (changed)
    {
      g_free (cache->event_json);
      cache->event_json = g_steal_pointer (&event_json);
      g_free (cache->ticket_types_json);
      cache->ticket_types_json = g_steal_pointer (&types_json);
      /* A cache that cannot be written costs the next refresh a full read,
       * nothing more. */
      if (!evd_insight_cache_save (cache, refresh->cache_path, &error))
        g_warning ("Could not keep the reports on this computer: %s", error->message);
    }

  g_ptr_array_add (refresh->missing_scopes, NULL);
  refresh->summary = evd_event_summary_compute (refresh->event, refresh->types,
                                                refresh->registrations != NULL ? cache->registrations : NULL,
                                                refresh->attendance != NULL ? cache->attendance : NULL,
                                                (const char * const *) refresh->missing_scopes->pdata,
                                                now, cache->saved_at / G_USEC_PER_SEC);
  g_ptr_array_remove_index (refresh->missing_scopes, refresh->missing_scopes->len - 1);
  g_task_return_boolean (task, TRUE);
}

static void
worker_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  EvdEventInsight *self = EVD_EVENT_INSIGHT (object);
  Refresh *refresh = current (self);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  /* The cache comes back to the object, whatever happened. */
  g_clear_pointer (&self->cache, evd_insight_cache_free);
  self->cache = g_steal_pointer (&refresh->cache);

  if (error != NULL)
    {
      finish_all (self, NULL, error);
      return;
    }
  if (refresh->need_full)
    {
      refresh->need_full = FALSE;
      fetch_registrations (self, TRUE);
      return;
    }
  finish_all (self, refresh->summary, NULL);
}

static void
run_worker (EvdEventInsight *self)
{
  Refresh *refresh = current (self);
  g_autoptr(GTask) task = g_task_new (self, current_cancellable (self), worker_cb, NULL);

  /* The worker owns the cache while it runs; nothing else touches it. */
  refresh->cache = g_steal_pointer (&self->cache);
  if (refresh->cache == NULL)
    refresh->cache = evd_insight_cache_new ();
  g_task_set_task_data (task, refresh, NULL);
  g_task_run_in_thread (task, worker_thread);
}

static void
attendance_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(EvdEventInsight) self = user_data;
  Refresh *refresh = current (self);
  g_autoptr(GError) error = NULL;

  refresh->attendance = evd_client_report_attendance_finish (EVD_CLIENT (object), result, &error);
  if (refresh->attendance == NULL && !note_missing_scope (refresh, error, EVD_SCOPE_ATTENDANCE_REPORT))
    {
      finish_all (self, NULL, error);
      return;
    }
  if (stop_if_cancelled (self))
    return;
  run_worker (self);
}

static void
fetch_attendance (EvdEventInsight *self)
{
  Refresh *refresh = current (self);
  g_autoptr(GDateTime) from = NULL;
  GDateTime *start = evd_event_get_start_time (refresh->event);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  /* Before the event nobody attended: no HEAVY request for that. */
  if (start == NULL || g_date_time_compare (start, now) > 0)
    {
      run_worker (self);
      return;
    }
  if (self->cache != NULL && self->cache->attendance != NULL)
    from = g_date_time_new_from_unix_utc ((self->cache->attendance_read_at - FROM_MARGIN) / G_USEC_PER_SEC);
  refresh->attendance_full = from == NULL;
  refresh->attendance_started = g_get_real_time ();
  evd_client_report_attendance_async (self->client, self->event_id, from, current_cancellable (self),
                                      attendance_cb, g_object_ref (self));
}

static void
registrations_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(EvdEventInsight) self = user_data;
  Refresh *refresh = current (self);
  g_autoptr(GError) error = NULL;

  g_clear_object (&refresh->registrations);
  refresh->registrations = evd_client_report_registrations_finish (EVD_CLIENT (object), result, &error);
  if (refresh->registrations == NULL && !note_missing_scope (refresh, error, EVD_SCOPE_REGISTRATION_REPORT))
    {
      finish_all (self, NULL, error);
      return;
    }
  if (stop_if_cancelled (self))
    return;
  /* After a full re-read the attendance was already fetched. */
  if (refresh->registrations_full && refresh->registrations_started > 0 && refresh->attendance_started > 0)
    run_worker (self);
  else
    fetch_attendance (self);
}

static void
fetch_registrations (EvdEventInsight *self,
                     gboolean         full)
{
  Refresh *refresh = current (self);
  g_autoptr(GDateTime) from = NULL;

  if (!full && self->cache != NULL && self->cache->registrations != NULL)
    from = g_date_time_new_from_unix_utc ((self->cache->registrations_read_at - FROM_MARGIN) / G_USEC_PER_SEC);
  refresh->registrations_full = from == NULL;
  refresh->registrations_started = g_get_real_time ();
  evd_client_report_registrations_async (self->client, self->event_id, from, current_cancellable (self),
                                         registrations_cb, g_object_ref (self));
}

static void
cache_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  EvdEventInsight *self = EVD_EVENT_INSIGHT (object);
  g_autoptr(EvdEventSummary) summary = evd_event_insight_load_cached_finish (self, result, NULL);

  self->cache_loaded = TRUE;
  if (stop_if_cancelled (self))
    return;
  fetch_registrations (self, FALSE);
}

static void
types_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(EvdEventInsight) self = user_data;
  Refresh *refresh = current (self);
  g_autoptr(GError) error = NULL;

  refresh->types = evd_client_list_ticket_types_finish (EVD_CLIENT (object), result, &error);
  if (refresh->types == NULL)
    {
      finish_all (self, NULL, error);
      return;
    }
  if (stop_if_cancelled (self))
    return;
  if (!self->cache_loaded)
    evd_event_insight_load_cached_async (self, current_cancellable (self), cache_loaded_cb, NULL);
  else
    fetch_registrations (self, FALSE);
}

static void
event_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(EvdEventInsight) self = user_data;
  Refresh *refresh = current (self);
  g_autoptr(GError) error = NULL;

  refresh->event = evd_client_get_event_finish (EVD_CLIENT (object), result, &error);
  if (refresh->event == NULL)
    {
      finish_all (self, NULL, error);
      return;
    }
  if (stop_if_cancelled (self))
    return;
  evd_client_list_ticket_types_async (self->client, self->event_id, current_cancellable (self),
                                      types_cb, g_object_ref (self));
}

void
evd_event_insight_refresh_async (EvdEventInsight     *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;
  Refresh *refresh;

  g_return_if_fail (EVD_IS_EVENT_INSIGHT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_event_insight_refresh_async);
  /* A refresh asked for while one runs waits for that one's answer: a
   * burst of clicks costs one set of requests. */
  g_ptr_array_add (self->waiting, task);
  if (self->waiting->len > 1)
    return;

  refresh = g_new0 (Refresh, 1);
  refresh->missing_scopes = g_ptr_array_new_with_free_func (g_free);
  refresh->cache_path = g_strdup (self->cache_path);
  g_task_set_task_data (task, refresh, refresh_free);
  evd_client_get_event_async (self->client, self->event_id, cancellable, event_cb, g_object_ref (self));
}

EvdEventSummary *
evd_event_insight_refresh_finish (EvdEventInsight  *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
