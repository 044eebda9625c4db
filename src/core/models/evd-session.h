/* evd-session.h: one session of a Zoom Events event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "evd-enums.h"

G_BEGIN_DECLS

#define EVD_TYPE_SESSION (evd_session_get_type ())

G_DECLARE_FINAL_TYPE (EvdSession, evd_session, EVD, SESSION, GObject)

EvdSession        *evd_session_new                   (void);
EvdSession        *evd_session_new_from_json         (JsonNode           *node,
                                                      GError            **error);
JsonNode          *evd_session_get_json              (EvdSession         *self);
JsonNode          *evd_session_to_json               (EvdSession         *self);
JsonNode          *evd_session_to_patch_json         (EvdSession         *self);

const char        *evd_session_get_session_id        (EvdSession         *self);
/* 0 until Zoom assigns one (Zoom sends null before the event is published). */
gint64             evd_session_get_meeting_id        (EvdSession         *self);
gint64             evd_session_get_webinar_id        (EvdSession         *self);

const char        *evd_session_get_name              (EvdSession         *self);
void               evd_session_set_name              (EvdSession         *self,
                                                      const char         *name);
const char        *evd_session_get_description       (EvdSession         *self);
void               evd_session_set_description       (EvdSession         *self,
                                                      const char         *description);
GDateTime         *evd_session_get_start_time        (EvdSession         *self);
void               evd_session_set_start_time        (EvdSession         *self,
                                                      GDateTime          *start_time);
GDateTime         *evd_session_get_end_time          (EvdSession         *self);
void               evd_session_set_end_time          (EvdSession         *self,
                                                      GDateTime          *end_time);
const char        *evd_session_get_timezone          (EvdSession         *self);
void               evd_session_set_timezone          (EvdSession         *self,
                                                      const char         *timezone);
EvdSessionType     evd_session_get_session_type      (EvdSession         *self);
void               evd_session_set_session_type      (EvdSession         *self,
                                                      EvdSessionType      type);
const char * const *evd_session_get_track_labels     (EvdSession         *self);
void               evd_session_set_track_labels      (EvdSession         *self,
                                                      const char * const *labels);
EvdAttendanceType  evd_session_get_attendance_type   (EvdSession         *self);
void               evd_session_set_attendance_type   (EvdSession         *self,
                                                      EvdAttendanceType   attendance_type);
const char        *evd_session_get_physical_location (EvdSession         *self);
void               evd_session_set_physical_location (EvdSession         *self,
                                                      const char         *location);

G_END_DECLS
