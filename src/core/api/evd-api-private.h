/* evd-api-private.h: helpers shared by EvdAuth, EvdClient and the resource calls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* The log domain of the HTTP debug log: G_MESSAGES_DEBUG=evd-client. */
#define EVD_API_LOG_DOMAIN "evd-client"

/* Seconds of silence before a request is given up (evd-api-util.c). */
#define EVD_API_DEFAULT_TIMEOUT_S 30

/* URLs (evd-api-util.c) */
char        *evd_api_resolve_url            (const char          *explicit_url,
                                             const char          *env_name,
                                             const char          *default_url);

/* Waiting without blocking (evd-api-util.c) */
void         evd_api_sleep_async            (guint                milliseconds,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean     evd_api_sleep_finish           (GAsyncResult        *result,
                                             GError             **error);

/* Reading answers (evd-api-response.c) */
gboolean     evd_api_parse_retry_after      (const char          *value,
                                             gint64               now_ms,
                                             gint64              *out_ms);
gint64       evd_api_next_utc_midnight      (gint64               now_unix);
char       **evd_api_scan_scopes            (const char          *text);
GError      *evd_api_error_from_transport   (const GError        *error,
                                             gboolean             request_sent,
                                             gboolean             safe_to_repeat);
gboolean     evd_api_error_is_transient     (const GError        *error);
GError      *evd_api_error_from_body        (guint                status,
                                             GBytes              *body);
JsonNode    *evd_api_parse_json_body        (guint                status,
                                             GBytes              *body,
                                             GError             **error);
SoupSession *evd_api_session_new            (void);
guint        evd_api_get_timeout            (void);
void         evd_api_send_async             (SoupSession         *session,
                                             SoupMessage         *msg,
                                             gsize                max_size,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GBytes      *evd_api_send_finish            (GAsyncResult        *result,
                                             GError             **error);
GError      *evd_api_error_timed_out        (guint                seconds,
                                             gboolean             changes_nothing);

/* Debug log (evd-api-log.c) */
gboolean     evd_api_debug_enabled          (void);
void         evd_api_attach_logger          (SoupSession         *session);
char        *evd_api_redact_line            (const char          *line);

G_END_DECLS
