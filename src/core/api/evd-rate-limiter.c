/* evd-rate-limiter.c: a token bucket shared by every request of a client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <math.h>

#include "evd-api-private.h"
#include "evd-rate-limiter.h"

/* The bucket is kept as its "theoretical arrival time" (the generic cell
 * rate algorithm): each request pushes `tat` on by one interval and may start
 * once `tat` is within the burst allowance of now. Requests are given their
 * start time in the order they ask, so waiting needs no queue: each one
 * sleeps until its own time. A bucket holds a tenth of a second's worth of
 * requests (at least one): after a quiet moment a few go at once.
 *
 * Zoom counts an account's requests per second, and its 429 comes at the
 * first request over the rate ("You have reached the maximum per-second
 * rate limit"). The bucket alone would let rate + rate / 10 + 1 start in
 * some second (the burst, then the plain rate), and a counter that happens
 * to start its second just before the burst refuses the excess: at 30 a
 * second, an import's first second (its two reads, then the batches) met a
 * 429 in one run of seven, and each costs a pause and a smaller window of
 * batches, half a second in all. So the limiter also remembers when the
 * last `allowance` requests (a second's worth) started, and a request
 * starts no sooner than a window (a second and a little more) after the
 * one `allowance` places before it: in no second do more than `allowance`
 * start. A burst is paid back within the second it was taken in; at the
 * plain rate the window holds each request back only by its margin. */

/* Requests that left a second apart may arrive a little closer together
 * (the answer to another request was being read first, the server was
 * busy): the window is that much longer than a second, which costs an
 * import at the full rate 0.3 %. */
#define WINDOW_MARGIN_US 3000

/* Start times nobody remembers: far enough back to hold nothing back. */
#define LONG_AGO (G_MININT64 / 4)

struct _EvdRateLimiter
{
  GObject parent_instance;

  double  rate;
  gint64  interval_us;
  gint64  tolerance_us;
  guint   burst;
  gint64  tat_us;
  gint64  paused_until_us;

  gint64  window_us;
  guint   allowance;       /* requests that may start within one window */
  gint64 *starts;          /* ring of the last `allowance` start times */
  guint   oldest;          /* index of the earliest of them */
};

G_DEFINE_FINAL_TYPE (EvdRateLimiter, evd_rate_limiter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
evd_rate_limiter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EvdRateLimiter *self = EVD_RATE_LIMITER (object);

  switch (prop_id)
    {
    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_rate_limiter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EvdRateLimiter *self = EVD_RATE_LIMITER (object);

  switch (prop_id)
    {
    case PROP_RATE:
      evd_rate_limiter_set_rate (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_rate_limiter_finalize (GObject *object)
{
  EvdRateLimiter *self = EVD_RATE_LIMITER (object);

  g_free (self->starts);

  G_OBJECT_CLASS (evd_rate_limiter_parent_class)->finalize (object);
}

static void
evd_rate_limiter_class_init (EvdRateLimiterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = evd_rate_limiter_finalize;
  object_class->get_property = evd_rate_limiter_get_property;
  object_class->set_property = evd_rate_limiter_set_property;

  /* 0 turns the limiter off. */
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL,
                         0.0, 10000.0, EVD_RATE_LIMITER_DEFAULT_RATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_rate_limiter_init (EvdRateLimiter *self)
{
  self->rate = -1;
  evd_rate_limiter_set_rate (self, EVD_RATE_LIMITER_DEFAULT_RATE);
}

/**
 * evd_rate_limiter_new:
 * @per_second: requests allowed to start per second; 0 for no limit
 */
EvdRateLimiter *
evd_rate_limiter_new (double per_second)
{
  return g_object_new (EVD_TYPE_RATE_LIMITER, "rate", per_second, NULL);
}

double
evd_rate_limiter_get_rate (EvdRateLimiter *self)
{
  g_return_val_if_fail (EVD_IS_RATE_LIMITER (self), 0.0);

  return self->rate;
}

void
evd_rate_limiter_set_rate (EvdRateLimiter *self,
                           double          per_second)
{
  g_return_if_fail (EVD_IS_RATE_LIMITER (self));
  g_return_if_fail (per_second >= 0.0);

  if (self->rate == per_second)
    return;

  self->rate = per_second;
  if (per_second > 0.0)
    {
      self->interval_us = (gint64) ceil (G_USEC_PER_SEC / per_second);
      self->burst = MAX (1, (guint) ceil (per_second / 10.0));
    }
  else
    {
      self->interval_us = 0;
      self->burst = 0;
    }
  self->tolerance_us = self->burst > 0 ? (gint64) (self->burst - 1) * self->interval_us : 0;

  /* A new rate starts a new count: the bucket still paces what follows. */
  self->allowance = per_second > 0.0 ? MAX (1, (guint) floor (per_second)) : 1;
  self->window_us = per_second > 0.0 ? (gint64) ceil (self->allowance * G_USEC_PER_SEC / per_second) + WINDOW_MARGIN_US
                                     : 0;
  g_free (self->starts);
  self->starts = g_new (gint64, self->allowance);
  for (guint i = 0; i < self->allowance; i++)
    self->starts[i] = LONG_AGO;
  self->oldest = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

/**
 * evd_rate_limiter_get_burst:
 *
 * Returns: how many requests may start at once after a quiet moment
 */
guint
evd_rate_limiter_get_burst (EvdRateLimiter *self)
{
  g_return_val_if_fail (EVD_IS_RATE_LIMITER (self), 0);

  return self->burst;
}

/**
 * evd_rate_limiter_pause:
 * @milliseconds: how long no request may start
 *
 * Called when Zoom answered 429 for the per-second limit: other apps of the
 * account are using the rate too, so Event Desk holds back everything, not
 * only the request that was refused, and empties the bucket so the requests
 * after the pause start at the plain rate, without a burst.
 */
void
evd_rate_limiter_pause (EvdRateLimiter *self,
                        guint           milliseconds)
{
  gint64 until;

  g_return_if_fail (EVD_IS_RATE_LIMITER (self));

  until = g_get_monotonic_time () + (gint64) milliseconds * 1000;
  self->paused_until_us = MAX (self->paused_until_us, until);
  self->tat_us = MAX (self->tat_us, self->paused_until_us + self->tolerance_us);
}

typedef struct
{
  gint64 start_us;   /* when it may start */
  guint  slot;       /* where the ring keeps that time */
} Booking;

/* Books the caller's start time and returns it. */
static void
reserve_slot (EvdRateLimiter *self,
              gint64          now,
              Booking        *booking)
{
  gint64 tat;
  gint64 start;

  booking->slot = G_MAXUINT;
  if (self->rate <= 0.0)
    {
      booking->start_us = MAX (now, self->paused_until_us);
      return;
    }

  tat = MAX (self->tat_us, now);
  start = MAX (now, tat - self->tolerance_us);
  start = MAX (start, self->paused_until_us);
  start = MAX (start, self->starts[self->oldest] + self->window_us);
  self->tat_us = MAX (tat, start) + self->interval_us;
  self->starts[self->oldest] = start;
  booking->start_us = start;
  booking->slot = self->oldest;
  self->oldest = (self->oldest + 1) % self->allowance;
}

/* A timer that fired late started its request late: the ring keeps the
 * real time (unless the slot was booked again meanwhile), or the request a
 * second's allowance later could arrive at Zoom less than a second after
 * this one. */
static void
note_started (EvdRateLimiter *self,
              Booking        *booking,
              gint64          now)
{
  if (booking->slot < self->allowance && self->starts[booking->slot] == booking->start_us)
    self->starts[booking->slot] = MAX (booking->start_us, now);
}

static void acquire_wait (GTask *task);

static void
acquire_slept_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!evd_api_sleep_finish (result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  acquire_wait (g_steal_pointer (&task));
}

/* A pause that began while this request slept holds it back too. */
static void
acquire_wait (GTask *task)
{
  EvdRateLimiter *self = g_task_get_source_object (task);
  gint64 now = g_get_monotonic_time ();
  Booking *booking = g_task_get_task_data (task);
  gint64 until = MAX (booking->start_us, self->paused_until_us);

  if (until <= now)
    {
      note_started (self, booking, now);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  evd_api_sleep_async ((guint) ((until - now + 999) / 1000),
                       g_task_get_cancellable (task),
                       acquire_slept_cb, task);
}

/**
 * evd_rate_limiter_acquire_async:
 *
 * Completes when one more request may start. Nothing blocks: the wait is a
 * timeout on the thread-default main context, and @cancellable ends it.
 */
void
evd_rate_limiter_acquire_async (EvdRateLimiter      *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  gint64 now;
  Booking *booking;

  g_return_if_fail (EVD_IS_RATE_LIMITER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_rate_limiter_acquire_async);

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  now = g_get_monotonic_time ();
  booking = g_new (Booking, 1);
  reserve_slot (self, now, booking);
  g_task_set_task_data (task, booking, g_free);

  acquire_wait (task);
}

gboolean
evd_rate_limiter_acquire_finish (EvdRateLimiter  *self,
                                 GAsyncResult    *result,
                                 GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
