/* evd-attendance-list.h: who came to an event, from Zoom's attendance reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* One person. The strings belong to the list. */
typedef struct
{
  const char *email;
  const char *first_name;
  const char *last_name;
  gboolean    attended;         /* Zoom's event_attendance; the lobby alone is not attending */
  gboolean    lobby;            /* was in the lobby */
  guint       minutes;          /* duration_spent_in_session, added up over sessions */
  guint       sessions_joined;
  gint64      first_join;       /* Unix seconds, UTC; 0 when unknown */
} EvdAttendance;

/* One stay in one session, for attendance over time. */
typedef struct
{
  guint       person;           /* index of the row */
  const char *session_id;
  const char *session_name;
  gint64      join;             /* Unix seconds, UTC */
  gint64      exit;
  guint       minutes;
} EvdAttendanceSpan;

#define EVD_TYPE_ATTENDANCE_LIST (evd_attendance_list_get_type ())

G_DECLARE_FINAL_TYPE (EvdAttendanceList, evd_attendance_list, EVD, ATTENDANCE_LIST, GObject)

EvdAttendanceList       *evd_attendance_list_new             (void);
guint                    evd_attendance_list_get_n_rows      (EvdAttendanceList       *self);
const EvdAttendance     *evd_attendance_list_get_row         (EvdAttendanceList       *self,
                                                              guint                    index);
const EvdAttendance     *evd_attendance_list_lookup          (EvdAttendanceList       *self,
                                                              const char              *email);
guint                    evd_attendance_list_get_n_spans     (EvdAttendanceList       *self);
const EvdAttendanceSpan *evd_attendance_list_get_span        (EvdAttendanceList       *self,
                                                              guint                    index);
guint                    evd_attendance_list_add             (EvdAttendanceList       *self,
                                                              const EvdAttendance     *row);
void                     evd_attendance_list_add_span        (EvdAttendanceList       *self,
                                                              const EvdAttendanceSpan *span);
gboolean                 evd_attendance_list_add_event_json  (EvdAttendanceList       *self,
                                                              JsonObject              *row);
gboolean                 evd_attendance_list_add_session_json (EvdAttendanceList      *self,
                                                              const char              *session_name,
                                                              JsonObject              *row);
EvdAttendanceList       *evd_attendance_list_merge           (EvdAttendanceList       *older,
                                                              EvdAttendanceList       *newer);

G_END_DECLS
