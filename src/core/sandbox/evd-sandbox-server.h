/* evd-sandbox-server.h: a local Zoom Events API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define EVD_TYPE_SANDBOX_SERVER (evd_sandbox_server_get_type ())

G_DECLARE_FINAL_TYPE (EvdSandboxServer, evd_sandbox_server, EVD, SANDBOX_SERVER, GObject)

/* The sample credentials the sandbox accepts (also printed on start). */
#define EVD_SANDBOX_ACCOUNT_ID    "sandbox-account"
#define EVD_SANDBOX_CLIENT_ID     "sandbox-client"
#define EVD_SANDBOX_CLIENT_SECRET "sandbox-secret"

EvdSandboxServer *evd_sandbox_server_new                   (void);

/* Options. Set before start, or at any time for the fault shares and the
 * rate: they are read under a lock by the server thread. */
void              evd_sandbox_server_set_port              (EvdSandboxServer   *self,
                                                            guint               port);
void              evd_sandbox_server_set_latency           (EvdSandboxServer   *self,
                                                            guint               milliseconds);
void              evd_sandbox_server_set_rate_limit        (EvdSandboxServer   *self,
                                                            guint               per_second);
void              evd_sandbox_server_set_daily_limit       (EvdSandboxServer   *self,
                                                            guint               per_day);
/* Zoom's HEAVY operations (the registration and attendance reports) have
 * their own per-second limit, 10 on a Pro account, and share the daily
 * HEAVY cap (30,000 on Pro). 0 turns either off. */
#define EVD_SANDBOX_HEAVY_RATE        10
#define EVD_SANDBOX_HEAVY_DAILY_LIMIT 30000
void              evd_sandbox_server_set_heavy_rate_limit  (EvdSandboxServer   *self,
                                                            guint               per_second);
void              evd_sandbox_server_set_heavy_daily_limit (EvdSandboxServer   *self,
                                                            guint               per_day);
void              evd_sandbox_server_set_token_lifetime    (EvdSandboxServer   *self,
                                                            guint               seconds);
/* Scopes granted to tokens issued from now on (NULL: all). As in Zoom, a
 * token already issued keeps its scopes until it is replaced. */
void              evd_sandbox_server_set_scopes            (EvdSandboxServer   *self,
                                                            const char * const *scopes);
void              evd_sandbox_server_set_fault_5xx         (EvdSandboxServer   *self,
                                                            double              share);
void              evd_sandbox_server_set_fault_cut_short   (EvdSandboxServer   *self,
                                                            double              share);
void              evd_sandbox_server_set_fault_drop_tickets (EvdSandboxServer  *self,
                                                            double              share);
void              evd_sandbox_server_set_seed              (EvdSandboxServer   *self,
                                                            guint64             seed);
void              evd_sandbox_server_set_generated         (EvdSandboxServer   *self,
                                                            guint               n_events,
                                                            guint               n_tickets);
void              evd_sandbox_server_set_state_file        (EvdSandboxServer   *self,
                                                            const char         *path);
/* How long a next_page_token stays valid (default 900 s, as at Zoom). */
void              evd_sandbox_server_set_page_token_lifetime (EvdSandboxServer *self,
                                                            guint               seconds);
/* A deactivated app: the token endpoint answers 400 invalid_client with
 * code 4717, and tokens already issued stop working (401, code 124). */
void              evd_sandbox_server_set_app_disabled      (EvdSandboxServer   *self,
                                                            gboolean            disabled);

/* Seconds a connection has to send a request's headers (default 30); set
 * before start. */
void              evd_sandbox_server_set_header_timeout    (EvdSandboxServer   *self,
                                                            guint               seconds);

/* Runs the server on its own thread and GMainContext, on loopback only. */
gboolean          evd_sandbox_server_start                 (EvdSandboxServer   *self,
                                                            GError            **error);
void              evd_sandbox_server_stop                  (EvdSandboxServer   *self);
guint             evd_sandbox_server_get_port              (EvdSandboxServer   *self);

/* "http://127.0.0.1:PORT/v2" and "http://127.0.0.1:PORT/oauth/token" */
const char       *evd_sandbox_server_get_api_url           (EvdSandboxServer   *self);
const char       *evd_sandbox_server_get_oauth_url         (EvdSandboxServer   *self);

/* Puts the sample data back as it was on a fresh start. */
void              evd_sandbox_server_reset                 (EvdSandboxServer   *self);

/* For tests: what the server holds and what it was asked, thread-safe.
 * dump_state returns a copy in the state file's form: {version,
 * host_user_id, hubs: [{role, can_create, hub}], events: [{role, event,
 * sessions, ticket_types, tickets}]}; tickets hold only the fields given
 * (links are derived on output). count_tickets: NULL event_id counts all
 * events, NULL email all emails (emails compare case-insensitively).
 * count_requests: NULL method is any; the prefix may omit "/v2". */
JsonNode         *evd_sandbox_server_dump_state            (EvdSandboxServer   *self);
guint             evd_sandbox_server_count_tickets         (EvdSandboxServer   *self,
                                                            const char         *event_id,
                                                            const char         *email);
guint             evd_sandbox_server_count_requests        (EvdSandboxServer   *self,
                                                            const char         *method,
                                                            const char         *path_prefix);
guint             evd_sandbox_server_count_tokens_issued   (EvdSandboxServer   *self);
void              evd_sandbox_server_expire_tokens         (EvdSandboxServer   *self);
/* The next request whose path starts with path_prefix ("/v2" optional;
 * NULL or "" for any) gets this answer instead, unprocessed. headers is
 * NULL-terminated: "Name: value" strings, or name and value in turn. The
 * body's type is text/html if it starts with '<', else JSON, unless a
 * Content-Type header says otherwise. */
void              evd_sandbox_server_queue_status          (EvdSandboxServer   *self,
                                                            const char         *path_prefix,
                                                            guint               status,
                                                            const char * const *headers,
                                                            const char         *body);
/* The id of the first event or hub with this name, or NULL. Free it. */
char             *evd_sandbox_server_find_event_id         (EvdSandboxServer   *self,
                                                            const char         *name);
char             *evd_sandbox_server_find_hub_id           (EvdSandboxServer   *self,
                                                            const char         *name);

G_END_DECLS
