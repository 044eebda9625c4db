/* evd-event-checks.h: an event being written, checked before Zoom sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "evd-enums.h"
#include "evd-event.h"
#include "evd-recurrence.h"

G_BEGIN_DECLS

/* The most days (calendar entries) Zoom accepts on one event. */
#define EVD_EVENT_MAX_DAYS 6

/* Field ids a form marks; a day's own fields are "day-N-date",
 * "day-N-start" and "day-N-end" (N from 0). */
#define EVD_FIELD_NAME         "name"
#define EVD_FIELD_DESCRIPTION  "description"
#define EVD_FIELD_HUB          "hub"
#define EVD_FIELD_TIMEZONE     "timezone"
#define EVD_FIELD_ACCESS       "access"
#define EVD_FIELD_ATTENDANCE   "attendance"
#define EVD_FIELD_LOCATION     "location"
#define EVD_FIELD_MEETING_TYPE "meeting-type"
#define EVD_FIELD_DAYS         "days"
#define EVD_FIELD_REPEAT       "repeat"
#define EVD_FIELD_REPEAT_DAYS  "repeat-days"
#define EVD_FIELD_REPEAT_ENDS  "repeat-ends"

/* One day of the event as its organizer sees it: wall-clock times in the
 * event's time zone. */
typedef struct
{
  int year, month, day;
  int start_hour, start_minute;
  int end_hour, end_minute;
} EvdEventDay;

typedef struct
{
  char     *field;
  char     *message;
  gboolean  warning;   /* shown, but does not stop the event being sent */
} EvdEventProblem;

typedef struct
{
  EvdEventType       type;
  char              *hub_id;
  char              *name;
  char              *description;
  char              *tagline;
  char              *timezone;
  char              *contact_name;
  EvdMeetingType     meeting_type;
  EvdAccessLevel     access_level;
  EvdAttendanceType  attendance_type;
  char              *physical_location;
  GArray            *days;        /* of EvdEventDay; a recurring event's first occurrence is day 0 */
  EvdRecurrence     *recurrence;  /* recurring events only; its duration follows day 0 */
  GArray            *original_days; /* an edited event's days as loaded: may stay in the past */
  EvdAccessLevel     loaded_access_level; /* an edited event's, as loaded: PUBLIC may stay */
} EvdEventDraft;

EvdEventDraft *evd_event_draft_new                (EvdEventType          type);
EvdEventDraft *evd_event_draft_new_from_event     (EvdEvent             *event);
void           evd_event_draft_free               (EvdEventDraft        *self);
void           evd_event_draft_set_string         (char                **field,
                                                   const char           *value);
void           evd_event_draft_add_day            (EvdEventDraft        *self,
                                                   const EvdEventDay    *day);
GPtrArray     *evd_event_draft_check              (EvdEventDraft        *self,
                                                   GDateTime            *now);
gboolean       evd_event_draft_has_errors         (GPtrArray            *problems);
const EvdEventProblem *
               evd_event_draft_find_problem       (GPtrArray            *problems,
                                                   const char           *field);
GPtrArray     *evd_event_draft_dup_calendar       (EvdEventDraft        *self,
                                                   GError              **error);
gboolean       evd_event_draft_start_on_occurrence (EvdEventDraft       *self);
GPtrArray     *evd_event_draft_list_occurrences   (EvdEventDraft        *self,
                                                   guint                 max);
gboolean       evd_event_draft_apply              (EvdEventDraft        *self,
                                                   EvdEvent             *event,
                                                   GError              **error);
gboolean       evd_event_draft_apply_changes      (EvdEventDraft        *self,
                                                   EvdEventDraft        *before,
                                                   EvdEvent             *event,
                                                   gboolean             *meeting_type_changed,
                                                   GError              **error);
JsonNode      *evd_event_draft_to_json            (EvdEventDraft        *self,
                                                   GError              **error);

void           evd_event_problem_free             (EvdEventProblem      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdEventDraft, evd_event_draft_free)

G_END_DECLS
