/* evd-client-state-private.h: what an EvdClient holds, shared by the files
 * that make up the class (evd-client.c: requests; evd-client-retry.c: what
 * a failed try does next; evd-client-rates.c: its rates, plan and daily
 * budget)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

#include "evd-auth.h"
#include "evd-client.h"
#include "evd-client-private.h"
#include "evd-rate-class.h"
#include "evd-rate-limiter.h"

G_BEGIN_DECLS

struct _EvdClient
{
  GObject         parent_instance;

  EvdAuth        *auth;
  char           *api_url;
  SoupSession    *session;
  /* One per rate class; limiter is the LIGHT one */
  EvdRateLimiter *limiters[EVD_N_RATE_CLASSES];
  EvdRateLimiter *limiter;
  EvdPlan         plan;
  GRand          *rand;

  /* HEAVY requests sent on heavy_day (days since 1970, UTC) */
  gint64          heavy_day;
  guint           heavy_used;
  guint           heavy_budget;

  /* Smoothed time from sending a request to its answer, 0 until the first */
  gint64          latency_us;

  guint           backoff_base_ms;
  guint           backoff_cap_ms;
  guint           max_attempts;
  guint           max_retry_wait_s;
};

/* The day Zoom's daily limits count in: days since 1970, UTC */
static inline gint64
evd_client_utc_day (void)
{
  return g_get_real_time () / G_USEC_PER_SEC / (24 * 60 * 60);
}

/* One request on its way, through its tries. */
typedef struct
{
  char      *method;
  char      *path;
  char      *url;
  GBytes    *body;
  gboolean   safe;
  guint      attempts;
  gboolean   token_renewed;
  gboolean   sent;
  char      *token;
  EvdRateClass rate_class;
  gint64     sent_at_us;
  SoupMessage *msg;
  /* For evd_client_request_read_async(): the answer is parsed, read and
   * freed in a worker thread */
  EvdAnswerReadFunc read;
  gpointer   read_data;
  GDestroyNotify result_free;
} EvdClientRequest;

/* evd-client.c: sends @task's request again (takes the reference) */
void     evd_client_request_attempt               (GTask        *task);

/* evd-client-retry.c: each takes the reference on @task */
gboolean evd_client_can_retry                     (GTask        *task);
void     evd_client_retry_with_backoff            (GTask        *task,
                                                   const char   *why);
void     evd_client_handle_failure_status         (GTask        *task,
                                                   SoupMessage  *msg,
                                                   GBytes       *body);
void     evd_client_handle_transport_error        (GTask        *task,
                                                   const GError *error);
/* Rewrites a daily-limit error's message to say when, in local time, the
 * limit resets */
void     evd_client_say_when_daily_limit_resets   (GError       *error);
void     evd_client_handle_unreadable_success     (GTask        *task,
                                                   SoupMessage  *msg,
                                                   GError       *error);

G_END_DECLS
