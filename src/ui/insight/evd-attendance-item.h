/* evd-attendance-item.h: one person of the attendance list, for list views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "evd-attendance-list.h"

G_BEGIN_DECLS

#define EVD_TYPE_ATTENDANCE_ITEM (evd_attendance_item_get_type ())

G_DECLARE_FINAL_TYPE (EvdAttendanceItem, evd_attendance_item, EVD, ATTENDANCE_ITEM, GObject)

EvdAttendanceItem   *evd_attendance_item_new      (EvdAttendanceList *list,
                                                   guint              index);
const EvdAttendance *evd_attendance_item_get_row  (EvdAttendanceItem *self);

G_END_DECLS
