/* evd-time-range.h: one calendar entry, a start and an end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define EVD_TYPE_TIME_RANGE (evd_time_range_get_type ())

typedef struct _EvdTimeRange EvdTimeRange;

GType          evd_time_range_get_type   (void) G_GNUC_CONST;
EvdTimeRange  *evd_time_range_new        (GDateTime          *start,
                                          GDateTime          *end);
EvdTimeRange  *evd_time_range_copy       (const EvdTimeRange *self);
void           evd_time_range_free       (EvdTimeRange       *self);
GDateTime     *evd_time_range_get_start  (const EvdTimeRange *self);
GDateTime     *evd_time_range_get_end    (const EvdTimeRange *self);
gboolean       evd_time_range_equal      (const EvdTimeRange *a,
                                          const EvdTimeRange *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdTimeRange, evd_time_range_free)

G_END_DECLS
