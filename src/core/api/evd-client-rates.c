/* evd-client-rates.c: EvdClient's rates per class, its plan and the daily
 * HEAVY budget, and the knobs tests turn (back-off, jitter)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include "evd-client-private.h"
#include "evd-client-state-private.h"

/**
 * evd_client_set_plan:
 * @plan: the account's Zoom plan
 *
 * Sets the per-second budget of each rate class (LIGHT, MEDIUM, HEAVY) and
 * the daily HEAVY budget to the plan's.
 */
void
evd_client_set_plan (EvdClient *self,
                     EvdPlan    plan)
{
  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (plan <= EVD_PLAN_BUSINESS);

  self->plan = plan;
  self->heavy_budget = evd_plan_get_daily_heavy (plan);
  for (guint i = EVD_RATE_CLASS_MEDIUM; i < EVD_N_RATE_CLASSES; i++)
    evd_rate_limiter_set_rate (self->limiters[i], evd_plan_get_rate (plan, i));
  evd_client_set_rate_limit (self, evd_plan_get_rate (plan, EVD_RATE_CLASS_LIGHT));
}

EvdPlan
evd_client_get_plan (EvdClient *self)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), EVD_PLAN_PRO);

  return self->plan;
}

/**
 * evd_client_get_class_rate:
 *
 * Returns: requests per second this client allows itself for @rate_class;
 *   0 for no limit
 */
double
evd_client_get_class_rate (EvdClient    *self,
                           EvdRateClass  rate_class)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), 0.0);
  g_return_val_if_fail (rate_class < EVD_N_RATE_CLASSES, 0.0);

  return evd_rate_limiter_get_rate (self->limiters[rate_class]);
}

/**
 * evd_client_get_heavy_remaining:
 *
 * Zoom's daily cap on HEAVY requests (reports) is shared by the account
 * and resets at midnight UTC; this counts what this client sent today.
 *
 * Returns: HEAVY requests this client may still send today
 */
guint
evd_client_get_heavy_remaining (EvdClient *self)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), 0);

  if (self->heavy_day != evd_client_utc_day ())
    return self->heavy_budget;
  return self->heavy_budget > self->heavy_used ? self->heavy_budget - self->heavy_used : 0;
}

/* For tests: as if @used HEAVY requests were already sent today. */
void
evd_client_set_heavy_used (EvdClient *self,
                           guint      used)
{
  g_return_if_fail (EVD_IS_CLIENT (self));

  self->heavy_day = evd_client_utc_day ();
  self->heavy_used = used;
}

/**
 * evd_client_get_latency:
 *
 * Returns: the smoothed time from sending a request to its answer, in
 *   seconds; 0 before the first answer
 */
double
evd_client_get_latency (EvdClient *self)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), 0.0);

  return self->latency_us / (double) G_USEC_PER_SEC;
}

void
evd_client_set_backoff (EvdClient *self,
                        guint      base_ms,
                        guint      cap_ms,
                        guint      max_attempts)
{
  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (max_attempts >= 1);

  self->backoff_base_ms = base_ms;
  self->backoff_cap_ms = MAX (cap_ms, base_ms);
  self->max_attempts = max_attempts;
}

void
evd_client_set_random_seed (EvdClient *self,
                            guint32    seed)
{
  g_return_if_fail (EVD_IS_CLIENT (self));

  g_rand_set_seed (self->rand, seed);
}

void
evd_client_set_max_retry_wait (EvdClient *self,
                               guint      seconds)
{
  g_return_if_fail (EVD_IS_CLIENT (self));

  self->max_retry_wait_s = seconds;
}

EvdRateLimiter *
evd_client_get_rate_limiter (EvdClient *self)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), NULL);

  return self->limiter;
}

EvdRateLimiter *
evd_client_get_class_limiter (EvdClient    *self,
                              EvdRateClass  rate_class)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), NULL);
  g_return_val_if_fail (rate_class < EVD_N_RATE_CLASSES, NULL);

  return self->limiters[rate_class];
}
