/* evd-client-private.h: EvdClient's internals, for its resource files and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-client.h"
#include "evd-rate-limiter.h"

G_BEGIN_DECLS

/* Turns JSON from Zoom into a model; the models' *_new_from_json. */
typedef gpointer (*EvdJsonConvertFunc) (JsonNode  *node,
                                        GError   **error);

/* Turns an answer's JSON into a result, in a worker thread; %NULL with
 * @error set when the answer is not one it can use. */
typedef gpointer (*EvdAnswerReadFunc)  (JsonNode  *root,
                                        gpointer   read_data,
                                        GError   **error);

/* Turns one item of a list into the caller's object, in a worker thread;
 * %NULL leaves the item out (with @error set when it is not one the
 * caller can use, without when it is not one it wants). */
typedef gpointer (*EvdItemReadFunc)    (JsonNode  *item,
                                        gpointer   read_data,
                                        GError   **error);

void            evd_client_request_read_async   (EvdClient           *self,
                                                 const char          *path,
                                                 const char * const  *query,
                                                 EvdAnswerReadFunc    read,
                                                 gpointer             read_data,
                                                 GDestroyNotify       result_free,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gpointer        evd_client_request_read_finish  (EvdClient           *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* For tests and benchmarks: a short back-off and a repeatable jitter. */
void            evd_client_set_backoff          (EvdClient           *self,
                                                 guint                base_ms,
                                                 guint                cap_ms,
                                                 guint                max_attempts);
void            evd_client_set_random_seed      (EvdClient           *self,
                                                 guint32              seed);
void            evd_client_set_max_retry_wait   (EvdClient           *self,
                                                 guint                seconds);
EvdRateLimiter *evd_client_get_rate_limiter     (EvdClient           *self);
EvdRateLimiter *evd_client_get_class_limiter    (EvdClient           *self,
                                                 EvdRateClass         rate_class);
void            evd_client_set_heavy_used       (EvdClient           *self,
                                                 guint                used);

/* evd-client-paging.c: one page, or every page, of a list endpoint. */
void            evd_client_fetch_page_async     (EvdClient           *self,
                                                 const char          *path,
                                                 const char * const  *query,
                                                 const char          *items_key,
                                                 const char          *page_token,
                                                 guint                page_size,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
JsonArray      *evd_client_fetch_page_finish    (EvdClient           *self,
                                                 GAsyncResult        *result,
                                                 char               **next_page_token,
                                                 gint64              *total_records,
                                                 GError             **error);
void            evd_client_fetch_all_async      (EvdClient           *self,
                                                 const char          *path,
                                                 const char * const  *query,
                                                 const char          *items_key,
                                                 gboolean             paginated,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
JsonArray      *evd_client_fetch_all_finish     (EvdClient           *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
void            evd_client_fetch_all_read_async (EvdClient           *self,
                                                 const char          *path,
                                                 const char * const  *query,
                                                 const char          *items_key,
                                                 EvdItemReadFunc      read,
                                                 gpointer             read_data,
                                                 GDestroyNotify       item_free,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
GPtrArray      *evd_client_fetch_all_read_finish (EvdClient          *self,
                                                 GAsyncResult        *result,
                                                 GPtrArray          **keys,
                                                 GError             **error);
char           *evd_client_item_key             (JsonNode            *item);
GListStore     *evd_client_convert_items        (JsonArray           *items,
                                                 GType                item_type,
                                                 EvdJsonConvertFunc   convert);

/* evd-client-calls.c: a request whose answer becomes a model, a list of
 * models, or nothing. Their results are read with g_task_propagate_*.
 * The _json call's result is Zoom's object as it came (a JsonNode), once
 * @convert found it one it can read. */
void            evd_client_call_object_json_async (EvdClient         *self,
                                                 const char          *method,
                                                 const char          *path,
                                                 JsonNode            *body,
                                                 EvdJsonConvertFunc   convert,
                                                 gpointer             source_tag,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
void            evd_client_call_object_async    (EvdClient           *self,
                                                 const char          *method,
                                                 const char          *path,
                                                 JsonNode            *body,
                                                 EvdJsonConvertFunc   convert,
                                                 gpointer             source_tag,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
void            evd_client_call_list_async      (EvdClient           *self,
                                                 const char          *path,
                                                 const char * const  *query,
                                                 const char          *items_key,
                                                 gboolean             paginated,
                                                 GType                item_type,
                                                 EvdJsonConvertFunc   convert,
                                                 gpointer             source_tag,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
void            evd_client_call_void_async      (EvdClient           *self,
                                                 const char          *method,
                                                 const char          *path,
                                                 JsonNode            *body,
                                                 gpointer             source_tag,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gpointer        evd_client_call_finish_pointer  (EvdClient           *self,
                                                 GAsyncResult        *result,
                                                 gpointer             source_tag,
                                                 GError             **error);
gboolean        evd_client_call_finish_boolean  (EvdClient           *self,
                                                 GAsyncResult        *result,
                                                 gpointer             source_tag,
                                                 GError             **error);
char           *evd_client_build_path           (const char          *first_segment,
                                                 ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
