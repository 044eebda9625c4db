/* evd-attendance-export.h: attendees or no-shows as a spreadsheet file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-attendance-list.h"

G_BEGIN_DECLS

typedef enum
{
  EVD_ATTENDANCE_EXPORT_EVERYONE,
  EVD_ATTENDANCE_EXPORT_ATTENDED,
  EVD_ATTENDANCE_EXPORT_ABSENT,
} EvdAttendanceExportKind;

GBytes   *evd_attendance_export_to_csv  (EvdAttendanceList        *roster,
                                         EvdAttendanceExportKind   kind,
                                         guint                    *n_rows);
void      evd_attendance_export_async   (EvdAttendanceList        *roster,
                                         EvdAttendanceExportKind   kind,
                                         GFile                    *file,
                                         GCancellable             *cancellable,
                                         GAsyncReadyCallback       callback,
                                         gpointer                  user_data);
gboolean  evd_attendance_export_finish  (GAsyncResult             *result,
                                         guint                    *n_rows,
                                         GError                  **error);

G_END_DECLS
