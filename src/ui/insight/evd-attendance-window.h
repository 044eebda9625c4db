/* evd-attendance-window.h: who attended an event and who did not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-event-summary.h"

G_BEGIN_DECLS

#define EVD_TYPE_ATTENDANCE_WINDOW (evd_attendance_window_get_type ())

G_DECLARE_FINAL_TYPE (EvdAttendanceWindow, evd_attendance_window, EVD, ATTENDANCE_WINDOW, AdwWindow)

GtkWindow  *evd_attendance_window_new          (GtkWindow           *parent,
                                                EvdEventSummary     *summary);
/* The rows shown after the filter, for tests. */
GListModel *evd_attendance_window_get_shown    (EvdAttendanceWindow *self);

G_END_DECLS
