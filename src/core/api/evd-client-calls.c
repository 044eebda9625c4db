/* evd-client-calls.c: the shapes every resource call takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <stdarg.h>

#include "evd-api-error.h"
#include "evd-client-private.h"

/**
 * evd_client_build_path:
 * @first_segment: the first part, taken as is ("/zoom_events/events")
 * @...: more segments, each escaped (ids), then %NULL
 *
 * Ids come from the network too: escaping them keeps an id with a slash or
 * a question mark from reaching another endpoint.
 */
char *
evd_client_build_path (const char *first_segment,
                       ...)
{
  GString *path = g_string_new (first_segment);
  const char *segment;
  va_list args;

  va_start (args, first_segment);
  while ((segment = va_arg (args, const char *)) != NULL)
    {
      g_string_append_c (path, '/');
      g_string_append_uri_escaped (path, segment, NULL, FALSE);
    }
  va_end (args);

  return g_string_free (path, FALSE);
}

typedef struct
{
  EvdJsonConvertFunc convert;
  gboolean           as_json;
} ObjectCall;

static void
object_answer_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ObjectCall *call = g_task_get_task_data (task);
  EvdJsonConvertFunc convert = call->convert;
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;
  gpointer model;

  root = evd_client_request_finish (EVD_CLIENT (object), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 200,
                                                    "the answer is not a JSON object"));
      return;
    }

  model = convert (root, &error);
  if (model == NULL)
    {
      g_autoptr(GError) model_error = error;

      g_task_return_error (task, evd_api_error_new_from_model (model_error, 200));
      return;
    }
  /* Zoom's object as it came, once the model has found it one it can read */
  if (call->as_json)
    {
      g_object_unref (model);
      g_task_return_pointer (task, g_steal_pointer (&root), (GDestroyNotify) json_node_unref);
      return;
    }
  g_task_return_pointer (task, model, g_object_unref);
}

static void
call_object (EvdClient           *self,
             const char          *method,
             const char          *path,
             JsonNode            *body,
             EvdJsonConvertFunc   convert,
             gboolean             as_json,
             gpointer             source_tag,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  ObjectCall *call = g_new0 (ObjectCall, 1);

  call->convert = convert;
  call->as_json = as_json;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, g_free);
  evd_client_request_async (self, method, path, NULL, body, EVD_REQUEST_NONE,
                            cancellable, object_answer_cb, task);
}

void
evd_client_call_object_async (EvdClient           *self,
                              const char          *method,
                              const char          *path,
                              JsonNode            *body,
                              EvdJsonConvertFunc   convert,
                              gpointer             source_tag,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  call_object (self, method, path, body, convert, FALSE, source_tag, cancellable, callback, user_data);
}

/* The same call, whose result is Zoom's object as it came (a JsonNode),
 * once @convert found it one it can read. */
void
evd_client_call_object_json_async (EvdClient           *self,
                                   const char          *method,
                                   const char          *path,
                                   JsonNode            *body,
                                   EvdJsonConvertFunc   convert,
                                   gpointer             source_tag,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  call_object (self, method, path, body, convert, TRUE, source_tag, cancellable, callback, user_data);
}

typedef struct
{
  GType               item_type;
  EvdJsonConvertFunc  convert;
} ListCall;

static void
list_answer_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ListCall *call = g_task_get_task_data (task);
  g_autoptr(JsonArray) items = NULL;
  GError *error = NULL;

  items = evd_client_fetch_all_finish (EVD_CLIENT (object), result, &error);
  if (items == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, evd_client_convert_items (items, call->item_type, call->convert),
                         g_object_unref);
}

void
evd_client_call_list_async (EvdClient           *self,
                            const char          *path,
                            const char * const  *query,
                            const char          *items_key,
                            gboolean             paginated,
                            GType                item_type,
                            EvdJsonConvertFunc   convert,
                            gpointer             source_tag,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  ListCall *call = g_new0 (ListCall, 1);

  call->item_type = item_type;
  call->convert = convert;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, g_free);
  evd_client_fetch_all_async (self, path, query, items_key, paginated,
                              cancellable, list_answer_cb, task);
}

static void
void_answer_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;

  root = evd_client_request_finish (EVD_CLIENT (object), result, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
evd_client_call_void_async (EvdClient           *self,
                            const char          *method,
                            const char          *path,
                            JsonNode            *body,
                            gpointer             source_tag,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  evd_client_request_async (self, method, path, NULL, body, EVD_REQUEST_NONE,
                            cancellable, void_answer_cb, task);
}

gpointer
evd_client_call_finish_pointer (EvdClient     *self,
                                GAsyncResult  *result,
                                gpointer       source_tag,
                                GError       **error)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
evd_client_call_finish_boolean (EvdClient     *self,
                                GAsyncResult  *result,
                                gpointer       source_tag,
                                GError       **error)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
