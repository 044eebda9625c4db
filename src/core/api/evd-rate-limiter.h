/* evd-rate-limiter.h: keeps Event Desk under the account's request rate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EVD_TYPE_RATE_LIMITER (evd_rate_limiter_get_type ())

G_DECLARE_FINAL_TYPE (EvdRateLimiter, evd_rate_limiter, EVD, RATE_LIMITER, GObject)

/* Zoom's LIGHT limit on a Pro account; Business and above allow 80. */
#define EVD_RATE_LIMITER_DEFAULT_RATE 30.0

EvdRateLimiter *evd_rate_limiter_new            (double               per_second);
double          evd_rate_limiter_get_rate       (EvdRateLimiter      *self);
void            evd_rate_limiter_set_rate       (EvdRateLimiter      *self,
                                                 double               per_second);
guint           evd_rate_limiter_get_burst      (EvdRateLimiter      *self);
void            evd_rate_limiter_pause          (EvdRateLimiter      *self,
                                                 guint                milliseconds);
void            evd_rate_limiter_acquire_async  (EvdRateLimiter      *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean        evd_rate_limiter_acquire_finish (EvdRateLimiter      *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

G_END_DECLS
