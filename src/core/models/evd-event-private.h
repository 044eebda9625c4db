/* evd-event-private.h: what evd-event.c (the object, its properties and
 * setters) and evd-event-json.c (reading Zoom's JSON and writing bodies)
 * share; not for other code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-event.h"

G_BEGIN_DECLS

/* The strings an event keeps, indexed apart from the properties so the
 * event holds eleven pointers, not one per property. */
enum {
  STR_EVENT_ID,
  STR_HOST_ID,
  STR_CONTACT_EMAIL,
  STR_EVENT_URL,
  STR_NAME,
  STR_DESCRIPTION,
  STR_TAGLINE,
  STR_TIMEZONE,
  STR_PHYSICAL_LOCATION,
  STR_HUB_ID,
  STR_CONTACT_NAME,
  N_STRINGS
};

/* An account may have 10,000 events, all in memory for the sidebar, the
 * hub page and search: an event keeps no copy of Zoom's JSON (the whole
 * answer is read again only where it is printed, by the CLI), the strings
 * read from Zoom live in one block (@packed) the pointers point into, and
 * those whose values repeat across an account's events (its hosts, hubs,
 * zones, contacts, categories and tags) are interned. A string set later
 * is allocated on its own and marked in @owned. */
struct _EvdEvent
{
  GObject             parent_instance;

  guint64             changed;       /* bit per property set since loading */

  const char         *strings[N_STRINGS];
  char               *packed;
  guint16             owned;         /* bit per string allocated on its own */

  EvdEventStatus      status;
  EvdEventType        event_type;
  EvdMeetingType      meeting_type;
  EvdAccessLevel      access_level;
  EvdAttendanceType   attendance_type;

  /* Arrays of interned strings: only the array is the event's */
  const char        **categories;
  const char        **tags;
  const char        **blocked_countries;

  GDateTime          *start_time;
  GDateTime          *end_time;
  GPtrArray          *calendar;
  EvdRecurrence      *recurrence;
  gulong              recurrence_notify_id;
  GDateTime          *lobby_start_time;
  GDateTime          *lobby_end_time;
};

enum {
  PROP_0,
  PROP_EVENT_ID,
  PROP_HOST_ID,
  PROP_CONTACT_EMAIL,
  PROP_EVENT_URL,
  PROP_STATUS,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_TAGLINE,
  PROP_TIMEZONE,
  PROP_EVENT_TYPE,
  PROP_MEETING_TYPE,
  PROP_ACCESS_LEVEL,
  PROP_ATTENDANCE_TYPE,
  PROP_PHYSICAL_LOCATION,
  PROP_HUB_ID,
  PROP_CONTACT_NAME,
  PROP_CATEGORIES,
  PROP_TAGS,
  PROP_BLOCKED_COUNTRIES,
  PROP_CALENDAR,
  PROP_RECURRENCE,
  PROP_LOBBY_START_TIME,
  PROP_LOBBY_END_TIME,
  N_PROPS
};

/* Zoom's name for each string, the property it backs, and whether its
 * values repeat across events (interned) or are the event's own (packed). */
typedef struct
{
  const char *wire;
  guint       prop_id;
  gboolean    interned;
} EvdEventStringField;

extern const EvdEventStringField evd_event_string_fields[N_STRINGS];

const char **evd_event_intern_strv     (const char * const *value);
void         evd_event_take_recurrence (EvdEvent            *self,
                                        EvdRecurrence       *recurrence);
void         evd_event_calendar_bounds (GPtrArray           *calendar,
                                        GDateTime          **out_start,
                                        GDateTime          **out_end);
gboolean     evd_event_is_changed      (EvdEvent            *self,
                                        guint                prop_id);

G_END_DECLS
