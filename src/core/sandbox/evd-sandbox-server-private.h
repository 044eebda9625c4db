/* evd-sandbox-server-private.h: what the server object and its request
 * handler share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

#include "evd-sandbox-server.h"
#include "evd-sandbox-state.h"

G_BEGIN_DECLS

struct _EvdSandboxServer
{
  GObject          parent_instance;

  /* Everything below is read and written under this lock: the server runs
   * on its own thread while tests and the app call in from theirs. */
  GMutex           mutex;

  /* Options */
  guint            port;
  guint            latency_ms;
  guint            rate_limit;
  guint            daily_limit;
  guint            heavy_limit;
  guint            heavy_daily_limit;
  guint            token_lifetime;
  guint            page_token_lifetime;
  char           **scopes;          /* NULL: every scope */
  double           fault_5xx;
  double           fault_cut_short;
  double           fault_drop_tickets;
  guint64          seed;
  guint            n_events;
  guint            n_tickets;
  char            *state_file;
  gboolean         app_disabled;
  guint            header_timeout_s;

  /* State and bookkeeping */
  EvdSandboxState *state;
  GRand           *fault_rand;      /* seeded: faults repeat with the seed */
  GHashTable      *tokens;          /* token -> gint64* expiry (monotonic) */
  GHashTable      *token_scopes;    /* token -> its scopes, as Zoom fixes them when it issues it */
  GHashTable      *requests;        /* "METHOD path" -> count */
  guint            tokens_issued;
  GQueue           canned;          /* queued answers */
  gint64           rate_second;
  guint            rate_count;
  gint64           daily_day;
  guint            daily_count;
  gint64           heavy_second;
  guint            heavy_count;
  gint64           heavy_day;
  guint            heavy_daily_count;
  GSource         *save_source;
  gboolean         dirty;

  /* The server thread */
  GThread         *thread;
  GMainContext    *context;
  GMainLoop       *loop;
  GCond            ready_cond;
  gboolean         ready;
  GError          *start_error;
  guint            bound_port;
  char            *api_url;
  char            *oauth_url;
};

typedef struct
{
  char     *path_prefix;
  guint     status;
  char    **headers;
  char     *body;
} EvdSandboxCanned;

void     evd_sandbox_canned_free          (gpointer           data);
gboolean evd_sandbox_path_has_prefix      (const char        *path,
                                           const char        *prefix);
void     evd_sandbox_server_schedule_save (EvdSandboxServer  *self);

/* Refusals before the handler (evd-sandbox-guard.c). */
void     evd_sandbox_server_guard         (EvdSandboxServer  *self,
                                           SoupServer        *server);

/* The SoupServer handler, on the server thread (evd-sandbox-handler.c). */
void     evd_sandbox_server_handle        (SoupServer        *server,
                                           SoupServerMessage *msg,
                                           const char        *path,
                                           GHashTable        *query,
                                           gpointer           user_data);

G_END_DECLS
