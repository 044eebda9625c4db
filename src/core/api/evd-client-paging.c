/* evd-client-paging.c: reading Zoom's lists, one page or all of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <math.h>

#include "evd-api-error.h"
#include "evd-client-private.h"

/* A list with more pages than this is taken for a server stuck in a loop:
 * at Zoom's 300 per page it is three million items. */
#define MAX_PAGES 10000
/* Zoom's page tokens expire after 15 minutes. A list whose token was
 * refused starts again from the first page; this many times at most, so a
 * server that refuses every token cannot keep it going round. */
#define MAX_RESTARTS 3

typedef struct
{
  char      *path;
  char     **query;
  char      *items_key;
  gboolean   paginated;
  char      *next_page_token;
  gint64     total_records;
  JsonArray *items;
  guint      pages;
  guint      restarts;
  GHashTable *seen;       /* item keys, once a restart needs them */
  /* Pages read in a worker thread (evd_client_fetch_all_read_async):
   * the items as the caller's objects, and each one's key */
  EvdItemReadFunc read;
  gpointer    read_data;
  GDestroyNotify item_free;
  GPtrArray  *objects;
  GPtrArray  *keys;
} Paging;

static void
paging_free (gpointer data)
{
  Paging *paging = data;

  g_free (paging->path);
  g_strfreev (paging->query);
  g_free (paging->items_key);
  g_free (paging->next_page_token);
  g_clear_pointer (&paging->items, json_array_unref);
  g_clear_pointer (&paging->seen, g_hash_table_unref);
  g_clear_pointer (&paging->objects, g_ptr_array_unref);
  g_clear_pointer (&paging->keys, g_ptr_array_unref);
  g_free (paging);
}

static Paging *
paging_new (const char         *path,
            const char * const *query,
            const char         *items_key,
            gboolean            paginated)
{
  Paging *paging = g_new0 (Paging, 1);

  paging->path = g_strdup (path);
  paging->query = g_strdupv ((char **) query);
  paging->items_key = g_strdup (items_key);
  paging->paginated = paginated;
  paging->total_records = -1;
  return paging;
}

static char **
query_with_page (const char * const *query,
                 const char         *page_token,
                 guint               page_size)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *size = NULL;

  if (query != NULL)
    for (guint i = 0; query[i] != NULL && query[i + 1] != NULL; i += 2)
      {
        g_strv_builder_add (builder, query[i]);
        g_strv_builder_add (builder, query[i + 1]);
      }
  if (page_size > 0)
    {
      size = g_strdup_printf ("%u", MIN (page_size, (guint) EVD_CLIENT_MAX_PAGE_SIZE));
      g_strv_builder_add (builder, "page_size");
      g_strv_builder_add (builder, size);
    }
  if (page_token != NULL && *page_token != '\0')
    {
      g_strv_builder_add (builder, "next_page_token");
      g_strv_builder_add (builder, page_token);
    }
  return g_strv_builder_end (builder);
}

typedef struct
{
  JsonArray *items;
  char      *next_page_token;
  gint64     total_records;
  /* Read in a worker thread: the items kept, their keys, and how many
   * the answer had */
  GPtrArray *objects;
  GPtrArray *keys;
  guint      n_items;
} Page;

static void
page_free (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->items, json_array_unref);
  g_clear_pointer (&page->objects, g_ptr_array_unref);
  g_clear_pointer (&page->keys, g_ptr_array_unref);
  g_free (page->next_page_token);
  g_free (page);
}

/* `{total_records, next_page_token, <items>[]}`; a missing list is an empty
 * one (Zoom leaves it out when there is nothing), a list of another type is
 * not an answer Event Desk can use. */
static Page *
read_page (JsonNode    *root,
           const char  *items_key,
           GError     **error)
{
  JsonObject *object;
  JsonNode *node;
  Page *page;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      *error = evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 200, "a list answer is not an object");
      return NULL;
    }
  object = json_node_get_object (root);
  page = g_new0 (Page, 1);
  page->total_records = -1;

  node = json_object_get_member (object, items_key);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    page->items = json_array_new ();
  else if (JSON_NODE_HOLDS_ARRAY (node))
    page->items = json_array_ref (json_node_get_array (node));
  else
    {
      page_free (page);
      *error = evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 200, "a list answer has no list");
      return NULL;
    }

  node = json_object_get_member (object, "next_page_token");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *token = json_node_get_string (node);

      if (token != NULL && *token != '\0')
        page->next_page_token = g_strdup (token);
    }

  /* Zoom's schema says "number": 12 and 12.0 are both the count. */
  node = json_object_get_member (object, "total_records");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    page->total_records = MAX (json_node_get_int (node), -1);
  else if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double value = json_node_get_double (node);

      if (isfinite (value) && value >= 0 && value < 9e15)
        page->total_records = (gint64) round (value);
    }

  return page;
}

static void
page_answer_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  const char *items_key = g_task_get_task_data (task);
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;
  Page *page;

  root = evd_client_request_finish (EVD_CLIENT (object), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  page = read_page (root, items_key, &error);
  if (page == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, page, page_free);
}

/**
 * evd_client_fetch_page_async:
 * @query: (nullable): name, value pairs; the same on every page, as Zoom asks
 * @items_key: the member holding the list ("events", "tickets", …)
 * @page_token: (nullable): the token of the page, %NULL for the first
 * @page_size: items per page (at most 300), or 0 to send none
 */
void
evd_client_fetch_page_async (EvdClient           *self,
                             const char          *path,
                             const char * const  *query,
                             const char          *items_key,
                             const char          *page_token,
                             guint                page_size,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_auto(GStrv) full_query = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (items_key != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_fetch_page_async);
  g_task_set_task_data (task, g_strdup (items_key), g_free);

  full_query = query_with_page (query, page_token, page_size);
  evd_client_request_async (self, "GET", path, (const char * const *) full_query, NULL,
                            EVD_REQUEST_NONE, cancellable, page_answer_cb, g_steal_pointer (&task));
}

/**
 * evd_client_fetch_page_finish:
 * @next_page_token: (out) (optional) (nullable): the next page's token, or
 *   %NULL on the last page
 * @total_records: (out) (optional): Zoom's count, or -1 when it sent none
 *
 * Returns: (transfer full): the items of the page
 */
JsonArray *
evd_client_fetch_page_finish (EvdClient     *self,
                              GAsyncResult  *result,
                              char         **next_page_token,
                              gint64        *total_records,
                              GError       **error)
{
  Page *page;
  JsonArray *items;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  page = g_task_propagate_pointer (G_TASK (result), error);
  if (page == NULL)
    return NULL;

  if (next_page_token != NULL)
    *next_page_token = g_steal_pointer (&page->next_page_token);
  if (total_records != NULL)
    *total_records = page->total_records;
  items = g_steal_pointer (&page->items);
  page_free (page);
  return items;
}

/**
 * evd_client_error_is_page_token_refused:
 * @error: (nullable): the failure of a page asked for with a token
 *
 * Zoom documents that a next_page_token expires after 15 minutes but not
 * what it answers to an old one. A request that differs from one Zoom
 * took only by its token and gets a 400 (or 410/422) was refused for the
 * token: the list must start again from the first page, never send that
 * token again.
 */
gboolean
evd_client_error_is_page_token_refused (const GError *error)
{
  guint status;

  if (error == NULL || error->domain != EVD_API_ERROR)
    return FALSE;
  status = evd_api_error_get_http_status (error);
  return status == 400 || status == 410 || status == 422;
}

/* What tells two items of a list apart, so a restarted list skips the
 * ones it has. */
char *
evd_client_item_key (JsonNode *item)
{
  static const char * const ids[] = {
    "ticket_id", "event_id", "session_id", "ticket_type_id", "hub_id", "host_user_id", "email"
  };

  if (JSON_NODE_HOLDS_OBJECT (item))
    {
      JsonObject *object = json_node_get_object (item);

      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        {
          JsonNode *node = json_object_get_member (object, ids[i]);

          if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            return g_strconcat (ids[i], ":", json_node_get_string (node), NULL);
        }
    }

  return json_to_string (item, FALSE);
}

static void fetch_next_page (GTask *task);

/* Keeps what has been read, and from now on what is read again is skipped. */
static gboolean
restart_paging (Paging       *paging,
                const GError *error)
{
  guint n = paging->read != NULL ? paging->keys->len : json_array_get_length (paging->items);

  if (paging->next_page_token == NULL || paging->restarts >= MAX_RESTARTS ||
      !evd_client_error_is_page_token_refused (error))
    return FALSE;

  g_debug ("A page token was refused; reading the list again from its first page");
  paging->restarts++;
  g_clear_pointer (&paging->next_page_token, g_free);
  if (paging->seen == NULL)
    {
      paging->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n; i++)
        g_hash_table_add (paging->seen, paging->read != NULL ? g_strdup (g_ptr_array_index (paging->keys, i))
                                                             : evd_client_item_key (json_array_get_element (paging->items, i)));
    }
  return TRUE;
}

/* Adds what a page read in a worker thread kept; returns how many items
 * the answer had */
static guint
add_read_page (Paging *paging,
               Page   *page)
{
  gsize n = 0;
  gpointer *objects = g_ptr_array_steal (page->objects, &n);
  gpointer *keys = g_ptr_array_steal (page->keys, NULL);

  for (gsize i = 0; i < n; i++)
    {
      if (paging->seen != NULL && !g_hash_table_add (paging->seen, g_strdup (keys[i])))
        {
          paging->item_free (objects[i]);
          g_free (keys[i]);
          continue;
        }
      g_ptr_array_add (paging->objects, objects[i]);
      g_ptr_array_add (paging->keys, keys[i]);
    }
  g_free (objects);
  g_free (keys);
  return page->n_items;
}

static guint
add_json_page (Paging *paging,
               Page   *page)
{
  guint n = json_array_get_length (page->items);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (page->items, i);

      if (paging->seen != NULL && !g_hash_table_add (paging->seen, evd_client_item_key (item)))
        continue;
      json_array_add_element (paging->items, json_node_ref (item));
    }
  return n;
}

static void
return_all (GTask  *task,
            Paging *paging)
{
  if (paging->read != NULL)
    {
      Page *all = g_new0 (Page, 1);

      all->objects = g_steal_pointer (&paging->objects);
      all->keys = g_steal_pointer (&paging->keys);
      g_task_return_pointer (task, all, page_free);
    }
  else
    g_task_return_pointer (task, g_steal_pointer (&paging->items), (GDestroyNotify) json_array_unref);
}

static void
all_page_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GTask *task = user_data;
  Paging *paging = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  Page *page;
  g_autofree char *next_page_token = NULL;
  guint n;

  if (paging->read != NULL)
    page = evd_client_request_read_finish (EVD_CLIENT (object), result, &error);
  else
    page = g_task_propagate_pointer (G_TASK (result), &error);
  if (page == NULL)
    {
      if (restart_paging (paging, error))
        {
          fetch_next_page (task);
          return;
        }
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  next_page_token = g_steal_pointer (&page->next_page_token);
  paging->total_records = page->total_records;
  n = paging->read != NULL ? add_read_page (paging, page) : add_json_page (paging, page);
  page_free (page);
  paging->pages++;

  /* Zoom's last page has an empty or no token; the same token twice, or no
   * progress, would loop for ever. */
  if (next_page_token == NULL ||
      g_strcmp0 (next_page_token, paging->next_page_token) == 0 ||
      (n == 0 && paging->pages > 1))
    {
      return_all (task, paging);
      g_object_unref (task);
      return;
    }

  if (paging->pages >= MAX_PAGES)
    {
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 200,
                                                    "the list never ends"));
      g_object_unref (task);
      return;
    }

  g_free (paging->next_page_token);
  paging->next_page_token = g_steal_pointer (&next_page_token);
  fetch_next_page (task);
}

/* In a worker thread: the page's items become the caller's objects, and
 * the page's JSON is freed here, not in the main loop. */
static gpointer
read_page_thread (JsonNode  *root,
                  gpointer   data,
                  GError   **error)
{
  Paging *paging = data;
  Page *page = read_page (root, paging->items_key, error);

  if (page == NULL)
    return NULL;

  page->n_items = json_array_get_length (page->items);
  page->objects = g_ptr_array_new_full (page->n_items, paging->item_free);
  page->keys = g_ptr_array_new_full (page->n_items, g_free);
  for (guint i = 0; i < page->n_items; i++)
    {
      JsonNode *item = json_array_get_element (page->items, i);
      g_autoptr(GError) item_error = NULL;
      gpointer object = paging->read (item, paging->read_data, &item_error);

      if (object == NULL)
        {
          if (item_error != NULL)
            g_debug ("Left out item %u of a page: %s", i, item_error->message);
          continue;
        }
      g_ptr_array_add (page->objects, object);
      g_ptr_array_add (page->keys, evd_client_item_key (item));
    }
  g_clear_pointer (&page->items, json_array_unref);
  return page;
}

/* Takes the reference on @task. */
static void
fetch_next_page (GTask *task)
{
  Paging *paging = g_task_get_task_data (task);

  if (paging->read != NULL)
    {
      g_auto(GStrv) query = query_with_page ((const char * const *) paging->query, paging->next_page_token,
                                             paging->paginated ? EVD_CLIENT_MAX_PAGE_SIZE : 0);

      evd_client_request_read_async (g_task_get_source_object (task), paging->path, (const char * const *) query,
                                     read_page_thread, paging, page_free,
                                     g_task_get_cancellable (task), all_page_cb, task);
      return;
    }
  evd_client_fetch_page_async (g_task_get_source_object (task), paging->path,
                               (const char * const *) paging->query, paging->items_key,
                               paging->next_page_token,
                               paging->paginated ? EVD_CLIENT_MAX_PAGE_SIZE : 0,
                               g_task_get_cancellable (task), all_page_cb, task);
}

/**
 * evd_client_fetch_all_async:
 * @paginated: whether the endpoint takes page_size (lists without pages,
 *   like hubs or sessions, are sent none)
 *
 * Reads every page, 300 at a time, following next_page_token with the same
 * query each time: reading only the first page silently cuts lists short.
 */
void
evd_client_fetch_all_async (EvdClient           *self,
                            const char          *path,
                            const char * const  *query,
                            const char          *items_key,
                            gboolean             paginated,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  Paging *paging;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (items_key != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_fetch_all_async);

  paging = paging_new (path, query, items_key, paginated);
  paging->items = json_array_new ();
  g_task_set_task_data (task, paging, paging_free);

  fetch_next_page (task);
}

/**
 * evd_client_fetch_all_finish:
 *
 * Returns: (transfer full): the items of every page
 */
JsonArray *
evd_client_fetch_all_finish (EvdClient     *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * evd_client_fetch_all_read_async:
 * @read: turns each item into the caller's object, in a worker thread
 * @read_data: passed to @read; it must live until the callback
 * @item_free: frees an object @read made
 *
 * Reads every page like evd_client_fetch_all_async(), but each page is
 * parsed, read and freed in a worker thread: the main loop receives
 * objects ready to use, 300 at a time.
 */
void
evd_client_fetch_all_read_async (EvdClient           *self,
                                 const char          *path,
                                 const char * const  *query,
                                 const char          *items_key,
                                 EvdItemReadFunc      read,
                                 gpointer             read_data,
                                 GDestroyNotify       item_free,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;
  Paging *paging;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (items_key != NULL);
  g_return_if_fail (read != NULL && item_free != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_fetch_all_read_async);

  paging = paging_new (path, query, items_key, TRUE);
  paging->read = read;
  paging->read_data = read_data;
  paging->item_free = item_free;
  paging->objects = g_ptr_array_new_with_free_func (item_free);
  paging->keys = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, paging, paging_free);

  fetch_next_page (task);
}

/**
 * evd_client_fetch_all_read_finish:
 * @keys: (out) (optional) (transfer full): what tells each object apart
 *   (evd_client_item_key() of its item), in the same order
 *
 * Returns: (transfer full): the objects of every page, freed with the
 *   @item_free given
 */
GPtrArray *
evd_client_fetch_all_read_finish (EvdClient     *self,
                                  GAsyncResult  *result,
                                  GPtrArray    **keys,
                                  GError       **error)
{
  Page *all;
  GPtrArray *objects;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  all = g_task_propagate_pointer (G_TASK (result), error);
  if (all == NULL)
    return NULL;
  objects = g_steal_pointer (&all->objects);
  if (keys != NULL)
    *keys = g_steal_pointer (&all->keys);
  page_free (all);
  return objects;
}

/**
 * evd_client_convert_items:
 *
 * Turns each item into a model. An item the model refuses (Zoom's data is
 * not trusted: a missing id, a wrong type) is left out and logged rather
 * than failing the whole list.
 *
 * Returns: (transfer full): a list of @item_type
 */
GListStore *
evd_client_convert_items (JsonArray          *items,
                          GType               item_type,
                          EvdJsonConvertFunc  convert)
{
  GListStore *store = g_list_store_new (item_type);
  guint n = json_array_get_length (items);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      gpointer object = convert (json_array_get_element (items, i), &error);

      if (object == NULL)
        {
          g_debug ("Left out item %u of a list: %s", i, error != NULL ? error->message : "unknown");
          continue;
        }
      g_ptr_array_add (objects, object);
    }

  /* One splice, one items-changed, however long the list. */
  g_list_store_splice (store, 0, 0, objects->pdata, objects->len);
  return store;
}
