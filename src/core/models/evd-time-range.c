/* evd-time-range.c: one calendar entry, a start and an end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-time-range"

#include "config.h"

#include "evd-time-range.h"

struct _EvdTimeRange
{
  GDateTime *start;
  GDateTime *end;
};

G_DEFINE_BOXED_TYPE (EvdTimeRange, evd_time_range, evd_time_range_copy, evd_time_range_free)

/**
 * evd_time_range_new:
 * @start: (nullable): when it starts
 * @end: (nullable): when it ends
 *
 * Either end may be missing when Zoom left it out; nothing checks that
 * @end follows @start, since that is Zoom's rule (26203) to report.
 */
EvdTimeRange *
evd_time_range_new (GDateTime *start,
                    GDateTime *end)
{
  EvdTimeRange *self = g_new0 (EvdTimeRange, 1);

  self->start = start != NULL ? g_date_time_ref (start) : NULL;
  self->end = end != NULL ? g_date_time_ref (end) : NULL;
  return self;
}

EvdTimeRange *
evd_time_range_copy (const EvdTimeRange *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return evd_time_range_new (self->start, self->end);
}

void
evd_time_range_free (EvdTimeRange *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_free (self);
}

GDateTime *
evd_time_range_get_start (const EvdTimeRange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->start;
}

GDateTime *
evd_time_range_get_end (const EvdTimeRange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->end;
}

static gboolean
date_time_equal_nullable (GDateTime *a,
                          GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

gboolean
evd_time_range_equal (const EvdTimeRange *a,
                      const EvdTimeRange *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return date_time_equal_nullable (a->start, b->start) &&
         date_time_equal_nullable (a->end, b->end);
}
