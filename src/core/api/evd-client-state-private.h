/* evd-client-state-private.h: what an EvdClient holds, shared by the files
 * that make up the class (evd-client.c: requests; evd-client-rates.c: its
 * rates, plan and daily budget)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

#include "evd-auth.h"
#include "evd-client.h"
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

G_END_DECLS
