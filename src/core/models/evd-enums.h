/* evd-enums.h: the kinds of things Zoom Events names, and their wire strings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "evd-enum-types.h"

G_BEGIN_DECLS

/* Each enum has an UNKNOWN value (never sent) for a field Zoom left out or
 * filled with something Event Desk does not know: the rest of the object
 * stays usable. Wire strings are parsed without regard to case, since Zoom's
 * own examples mix "DRAFT", "draft" and "Published". */

typedef enum
{
  EVD_EVENT_TYPE_UNKNOWN,
  EVD_EVENT_TYPE_SIMPLE_EVENT,   /* "SIMPLE_EVENT": a single session */
  EVD_EVENT_TYPE_CONFERENCE,     /* "CONFERENCE": several sessions */
  EVD_EVENT_TYPE_RECURRING,      /* "RECURRING": one session on a schedule */
} EvdEventType;

typedef enum
{
  EVD_MEETING_TYPE_UNKNOWN,
  EVD_MEETING_TYPE_MEETING,      /* "MEETING" */
  EVD_MEETING_TYPE_WEBINAR,      /* "WEBINAR" */
} EvdMeetingType;

typedef enum
{
  EVD_ACCESS_LEVEL_UNKNOWN,
  EVD_ACCESS_LEVEL_PUBLIC,               /* "PUBLIC": only in responses */
  EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED, /* "PRIVATE_UNRESTRICTED" */
  EVD_ACCESS_LEVEL_PRIVATE_RESTRICTED,   /* "PRIVATE_RESTRICTED" */
} EvdAccessLevel;

typedef enum
{
  EVD_ATTENDANCE_TYPE_UNKNOWN,
  EVD_ATTENDANCE_TYPE_VIRTUAL,   /* "virtual" */
  EVD_ATTENDANCE_TYPE_IN_PERSON, /* "in-person" */
  EVD_ATTENDANCE_TYPE_HYBRID,    /* "hybrid" */
} EvdAttendanceType;

typedef enum
{
  EVD_EVENT_STATUS_UNKNOWN,
  EVD_EVENT_STATUS_DRAFT,        /* "DRAFT" */
  EVD_EVENT_STATUS_PUBLISHED,    /* "PUBLISHED" */
  EVD_EVENT_STATUS_CANCELLED,    /* "CANCELLED" */
} EvdEventStatus;

/* What an organizer sees in lists: Zoom's status plus the clock. */
typedef enum
{
  EVD_DISPLAY_STATUS_DRAFT,
  EVD_DISPLAY_STATUS_UPCOMING,   /* published and not yet over (includes live) */
  EVD_DISPLAY_STATUS_PAST,
  EVD_DISPLAY_STATUS_CANCELLED,
} EvdDisplayStatus;

/* Zoom's own numbers for a session's `type`. */
typedef enum
{
  EVD_SESSION_TYPE_UNKNOWN = -1,
  EVD_SESSION_TYPE_MEETING = 0,
  EVD_SESSION_TYPE_WEBINAR = 2,
  EVD_SESSION_TYPE_NEITHER = 4,  /* in person only, no Zoom meeting */
} EvdSessionType;

/* Zoom's own numbers for a recurrence's `type`. */
typedef enum
{
  EVD_RECURRENCE_TYPE_UNKNOWN = 0,
  EVD_RECURRENCE_TYPE_DAILY   = 1,
  EVD_RECURRENCE_TYPE_WEEKLY  = 2,
  EVD_RECURRENCE_TYPE_MONTHLY = 3,
} EvdRecurrenceType;

/* Days of the week as a set; Zoom numbers them 1 = Sunday … 7 = Saturday,
 * which is bit (n − 1) here. */
typedef enum /*< flags >*/
{
  EVD_WEEKDAYS_NONE      = 0,
  EVD_WEEKDAYS_SUNDAY    = 1 << 0,
  EVD_WEEKDAYS_MONDAY    = 1 << 1,
  EVD_WEEKDAYS_TUESDAY   = 1 << 2,
  EVD_WEEKDAYS_WEDNESDAY = 1 << 3,
  EVD_WEEKDAYS_THURSDAY  = 1 << 4,
  EVD_WEEKDAYS_FRIDAY    = 1 << 5,
  EVD_WEEKDAYS_SATURDAY  = 1 << 6,
} EvdWeekdays;

EvdEventType       evd_event_type_from_string       (const char        *text);
const char        *evd_event_type_to_string         (EvdEventType       value);
const char        *evd_event_type_to_label          (EvdEventType       value);
const char        *evd_event_type_to_description    (EvdEventType       value);

EvdMeetingType     evd_meeting_type_from_string     (const char        *text);
const char        *evd_meeting_type_to_string       (EvdMeetingType     value);
const char        *evd_meeting_type_to_label        (EvdMeetingType     value);

EvdAccessLevel     evd_access_level_from_string     (const char        *text);
const char        *evd_access_level_to_string       (EvdAccessLevel     value);
const char        *evd_access_level_to_label        (EvdAccessLevel     value);

EvdAttendanceType  evd_attendance_type_from_string  (const char        *text);
const char        *evd_attendance_type_to_string    (EvdAttendanceType  value);
const char        *evd_attendance_type_to_label     (EvdAttendanceType  value);

EvdEventStatus     evd_event_status_from_string     (const char        *text);
const char        *evd_event_status_to_string       (EvdEventStatus     value);
const char        *evd_event_status_to_label        (EvdEventStatus     value);

const char        *evd_display_status_to_label      (EvdDisplayStatus   value);
const char        *evd_display_status_to_nick       (EvdDisplayStatus   value);

EvdSessionType     evd_session_type_from_int        (gint64             value);
const char        *evd_session_type_to_label        (EvdSessionType     value);

EvdRecurrenceType  evd_recurrence_type_from_int     (gint64             value);
EvdRecurrenceType  evd_recurrence_type_from_string  (const char        *text);
const char        *evd_recurrence_type_to_label     (EvdRecurrenceType  value);

EvdWeekdays        evd_weekdays_from_zoom_day       (int                zoom_day);
EvdWeekdays        evd_weekdays_from_string         (const char        *text);
char              *evd_weekdays_to_string           (EvdWeekdays        days);
const char        *evd_weekday_to_label             (int                zoom_day);

G_END_DECLS
