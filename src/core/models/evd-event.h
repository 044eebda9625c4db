/* evd-event.h: a Zoom Events event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "evd-enums.h"
#include "evd-recurrence.h"
#include "evd-time-range.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT (evd_event_get_type ())

G_DECLARE_FINAL_TYPE (EvdEvent, evd_event, EVD, EVENT, GObject)

EvdEvent          *evd_event_new                     (void);
EvdEvent          *evd_event_new_from_json           (JsonNode           *node,
                                                      GError            **error);
EvdEvent          *evd_event_copy                    (EvdEvent           *self);
JsonNode          *evd_event_dup_json                (EvdEvent           *self);
JsonNode          *evd_event_to_json                 (EvdEvent           *self);
JsonNode          *evd_event_to_patch_json           (EvdEvent           *self);
gboolean           evd_event_has_changes             (EvdEvent           *self);
void               evd_event_clear_changes           (EvdEvent           *self);

const char        *evd_event_get_event_id            (EvdEvent           *self);
const char        *evd_event_get_host_id             (EvdEvent           *self);
const char        *evd_event_get_contact_email       (EvdEvent           *self);
const char        *evd_event_get_event_url           (EvdEvent           *self);
EvdEventStatus     evd_event_get_status              (EvdEvent           *self);
GDateTime         *evd_event_get_start_time          (EvdEvent           *self);
GDateTime         *evd_event_get_end_time            (EvdEvent           *self);
EvdDisplayStatus   evd_event_get_display_status      (EvdEvent           *self,
                                                      GDateTime          *now);

const char        *evd_event_get_name                (EvdEvent           *self);
void               evd_event_set_name                (EvdEvent           *self,
                                                      const char         *name);
const char        *evd_event_get_description         (EvdEvent           *self);
void               evd_event_set_description         (EvdEvent           *self,
                                                      const char         *description);
const char        *evd_event_get_tagline             (EvdEvent           *self);
void               evd_event_set_tagline             (EvdEvent           *self,
                                                      const char         *tagline);
const char        *evd_event_get_timezone            (EvdEvent           *self);
void               evd_event_set_timezone            (EvdEvent           *self,
                                                      const char         *timezone);
EvdEventType       evd_event_get_event_type          (EvdEvent           *self);
void               evd_event_set_event_type          (EvdEvent           *self,
                                                      EvdEventType        event_type);
EvdMeetingType     evd_event_get_meeting_type        (EvdEvent           *self);
void               evd_event_set_meeting_type        (EvdEvent           *self,
                                                      EvdMeetingType      meeting_type);
EvdAccessLevel     evd_event_get_access_level        (EvdEvent           *self);
void               evd_event_set_access_level        (EvdEvent           *self,
                                                      EvdAccessLevel      access_level);
EvdAttendanceType  evd_event_get_attendance_type     (EvdEvent           *self);
void               evd_event_set_attendance_type     (EvdEvent           *self,
                                                      EvdAttendanceType   attendance_type);
const char        *evd_event_get_physical_location   (EvdEvent           *self);
void               evd_event_set_physical_location   (EvdEvent           *self,
                                                      const char         *location);
const char        *evd_event_get_hub_id              (EvdEvent           *self);
void               evd_event_set_hub_id              (EvdEvent           *self,
                                                      const char         *hub_id);
const char        *evd_event_get_contact_name        (EvdEvent           *self);
void               evd_event_set_contact_name        (EvdEvent           *self,
                                                      const char         *contact_name);
const char * const *evd_event_get_categories         (EvdEvent           *self);
void               evd_event_set_categories          (EvdEvent           *self,
                                                      const char * const *categories);
const char * const *evd_event_get_tags               (EvdEvent           *self);
void               evd_event_set_tags                (EvdEvent           *self,
                                                      const char * const *tags);
const char * const *evd_event_get_blocked_countries  (EvdEvent           *self);
void               evd_event_set_blocked_countries   (EvdEvent           *self,
                                                      const char * const *countries);
GPtrArray         *evd_event_get_calendar            (EvdEvent           *self);
void               evd_event_set_calendar            (EvdEvent           *self,
                                                      GPtrArray          *calendar);
void               evd_event_add_calendar_entry      (EvdEvent           *self,
                                                      GDateTime          *start,
                                                      GDateTime          *end);
EvdRecurrence     *evd_event_get_recurrence          (EvdEvent           *self);
void               evd_event_set_recurrence          (EvdEvent           *self,
                                                      EvdRecurrence      *recurrence);
GDateTime         *evd_event_get_lobby_start_time    (EvdEvent           *self);
void               evd_event_set_lobby_start_time    (EvdEvent           *self,
                                                      GDateTime          *time);
GDateTime         *evd_event_get_lobby_end_time      (EvdEvent           *self);
void               evd_event_set_lobby_end_time      (EvdEvent           *self,
                                                      GDateTime          *time);

G_END_DECLS
