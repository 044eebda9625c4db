/* evd-enums.c: wire strings and plain labels for the model enums
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-enums"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "evd-enums.h"

typedef struct
{
  int         value;
  const char *wire;   /* exactly as Zoom writes it */
  const char *label;  /* N_() for organizers */
} EnumEntry;

static int
lookup_wire (const EnumEntry *entries,
             gsize            n_entries,
             const char      *text,
             int              fallback)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return fallback;

  /* "in-person", "IN_PERSON" and "In Person" all mean the same */
  normal = g_strstrip (g_ascii_strdown (text, -1));
  g_strdelimit (normal, "_ ", '-');

  for (gsize i = 0; i < n_entries; i++)
    {
      g_autofree char *wire = g_ascii_strdown (entries[i].wire, -1);

      g_strdelimit (wire, "_ ", '-');
      if (strcmp (normal, wire) == 0)
        return entries[i].value;
    }

  return fallback;
}

static const EnumEntry *
find_entry (const EnumEntry *entries,
            gsize            n_entries,
            int              value)
{
  for (gsize i = 0; i < n_entries; i++)
    if (entries[i].value == value)
      return &entries[i];
  return NULL;
}

static const char *
entry_wire (const EnumEntry *entries,
            gsize            n_entries,
            int              value)
{
  const EnumEntry *entry = find_entry (entries, n_entries, value);

  return entry != NULL ? entry->wire : NULL;
}

static const char *
entry_label (const EnumEntry *entries,
             gsize            n_entries,
             int              value)
{
  const EnumEntry *entry = find_entry (entries, n_entries, value);

  return entry != NULL ? g_dgettext (GETTEXT_PACKAGE, entry->label) : _("Unknown");
}

#define FROM_STRING(entries, unknown, text) \
  lookup_wire (entries, G_N_ELEMENTS (entries), text, unknown)
#define TO_STRING(entries, value) entry_wire (entries, G_N_ELEMENTS (entries), (int) value)
#define TO_LABEL(entries, value) entry_label (entries, G_N_ELEMENTS (entries), (int) value)

/* The labels say what the choice means for attendees, in the words Zoom's
 * own web pages use where those are plain ("Single session",
 * "Multi-session", "Recurring"). */
static const EnumEntry event_types[] = {
  { EVD_EVENT_TYPE_SIMPLE_EVENT, "SIMPLE_EVENT", N_("Single session") },
  { EVD_EVENT_TYPE_CONFERENCE, "CONFERENCE", N_("Multi-session") },
  { EVD_EVENT_TYPE_RECURRING, "RECURRING", N_("Recurring") },
};

EvdEventType
evd_event_type_from_string (const char *text)
{
  return FROM_STRING (event_types, EVD_EVENT_TYPE_UNKNOWN, text);
}

const char *
evd_event_type_to_string (EvdEventType value)
{
  return TO_STRING (event_types, value);
}

const char *
evd_event_type_to_label (EvdEventType value)
{
  return TO_LABEL (event_types, value);
}

/**
 * evd_event_type_to_description:
 *
 * Returns: (transfer none): one sentence that helps an organizer choose
 */
const char *
evd_event_type_to_description (EvdEventType value)
{
  switch (value)
    {
    case EVD_EVENT_TYPE_SIMPLE_EVENT:
      return _("One continuous session, such as a webinar, a training or a launch.");
    case EVD_EVENT_TYPE_CONFERENCE:
      return _("Several sessions that attendees choose from, over one or more days, with an optional expo floor.");
    case EVD_EVENT_TYPE_RECURRING:
      return _("The same session repeating on a schedule; attendees register once.");
    case EVD_EVENT_TYPE_UNKNOWN:
    default:
      return "";
    }
}

static const EnumEntry meeting_types[] = {
  { EVD_MEETING_TYPE_MEETING, "MEETING", N_("Meeting (everyone can talk and share video)") },
  { EVD_MEETING_TYPE_WEBINAR, "WEBINAR", N_("Webinar (attendees watch and ask questions)") },
};

EvdMeetingType
evd_meeting_type_from_string (const char *text)
{
  return FROM_STRING (meeting_types, EVD_MEETING_TYPE_UNKNOWN, text);
}

const char *
evd_meeting_type_to_string (EvdMeetingType value)
{
  return TO_STRING (meeting_types, value);
}

const char *
evd_meeting_type_to_label (EvdMeetingType value)
{
  return TO_LABEL (meeting_types, value);
}

/* PUBLIC appears in answers only: Zoom accepts the two PRIVATE_* values
 * when creating or changing an event. */
static const EnumEntry access_levels[] = {
  { EVD_ACCESS_LEVEL_PUBLIC, "PUBLIC", N_("Anyone can find and register") },
  { EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED, "PRIVATE_UNRESTRICTED", N_("Anyone with the link can register") },
  { EVD_ACCESS_LEVEL_PRIVATE_RESTRICTED, "PRIVATE_RESTRICTED", N_("Only invited people") },
};

EvdAccessLevel
evd_access_level_from_string (const char *text)
{
  return FROM_STRING (access_levels, EVD_ACCESS_LEVEL_UNKNOWN, text);
}

const char *
evd_access_level_to_string (EvdAccessLevel value)
{
  return TO_STRING (access_levels, value);
}

const char *
evd_access_level_to_label (EvdAccessLevel value)
{
  return TO_LABEL (access_levels, value);
}

static const EnumEntry attendance_types[] = {
  { EVD_ATTENDANCE_TYPE_VIRTUAL, "virtual", N_("Online") },
  { EVD_ATTENDANCE_TYPE_IN_PERSON, "in-person", N_("In person") },
  { EVD_ATTENDANCE_TYPE_HYBRID, "hybrid", N_("Online and in person") },
};

EvdAttendanceType
evd_attendance_type_from_string (const char *text)
{
  return FROM_STRING (attendance_types, EVD_ATTENDANCE_TYPE_UNKNOWN, text);
}

const char *
evd_attendance_type_to_string (EvdAttendanceType value)
{
  return TO_STRING (attendance_types, value);
}

const char *
evd_attendance_type_to_label (EvdAttendanceType value)
{
  return TO_LABEL (attendance_types, value);
}

static const EnumEntry event_statuses[] = {
  { EVD_EVENT_STATUS_DRAFT, "DRAFT", N_("Draft") },
  { EVD_EVENT_STATUS_PUBLISHED, "PUBLISHED", N_("Published") },
  { EVD_EVENT_STATUS_CANCELLED, "CANCELLED", N_("Cancelled") },
};

EvdEventStatus
evd_event_status_from_string (const char *text)
{
  /* event_actions answers say "cancelled"; some writers use "canceled" */
  if (text != NULL && g_ascii_strcasecmp (text, "canceled") == 0)
    return EVD_EVENT_STATUS_CANCELLED;
  return FROM_STRING (event_statuses, EVD_EVENT_STATUS_UNKNOWN, text);
}

const char *
evd_event_status_to_string (EvdEventStatus value)
{
  return TO_STRING (event_statuses, value);
}

const char *
evd_event_status_to_label (EvdEventStatus value)
{
  return TO_LABEL (event_statuses, value);
}

/* Nicks match Zoom's `event_status_type` query values. */
static const EnumEntry display_statuses[] = {
  { EVD_DISPLAY_STATUS_DRAFT, "draft", N_("Draft") },
  { EVD_DISPLAY_STATUS_UPCOMING, "upcoming", N_("Upcoming") },
  { EVD_DISPLAY_STATUS_PAST, "past", N_("Past") },
  { EVD_DISPLAY_STATUS_CANCELLED, "cancelled", N_("Cancelled") },
};

const char *
evd_display_status_to_label (EvdDisplayStatus value)
{
  return TO_LABEL (display_statuses, value);
}

const char *
evd_display_status_to_nick (EvdDisplayStatus value)
{
  return TO_STRING (display_statuses, value);
}

static const EnumEntry session_types[] = {
  { EVD_SESSION_TYPE_MEETING, "0", N_("Meeting") },
  { EVD_SESSION_TYPE_WEBINAR, "2", N_("Webinar") },
  { EVD_SESSION_TYPE_NEITHER, "4", N_("In person only") },
};

EvdSessionType
evd_session_type_from_int (gint64 value)
{
  switch (value)
    {
    case EVD_SESSION_TYPE_MEETING:
    case EVD_SESSION_TYPE_WEBINAR:
    case EVD_SESSION_TYPE_NEITHER:
      return (EvdSessionType) value;
    default:
      return EVD_SESSION_TYPE_UNKNOWN;
    }
}

const char *
evd_session_type_to_label (EvdSessionType value)
{
  return TO_LABEL (session_types, value);
}

static const EnumEntry recurrence_types[] = {
  { EVD_RECURRENCE_TYPE_DAILY, "daily", N_("Daily") },
  { EVD_RECURRENCE_TYPE_WEEKLY, "weekly", N_("Weekly") },
  { EVD_RECURRENCE_TYPE_MONTHLY, "monthly", N_("Monthly") },
};

EvdRecurrenceType
evd_recurrence_type_from_int (gint64 value)
{
  if (value >= EVD_RECURRENCE_TYPE_DAILY && value <= EVD_RECURRENCE_TYPE_MONTHLY)
    return (EvdRecurrenceType) value;
  return EVD_RECURRENCE_TYPE_UNKNOWN;
}

/* Zoom sends numbers; Zoom's tutorial writes "monthly". */
EvdRecurrenceType
evd_recurrence_type_from_string (const char *text)
{
  gint64 number;

  if (text != NULL && g_ascii_string_to_signed (text, 10, 1, 3, &number, NULL))
    return evd_recurrence_type_from_int (number);
  return FROM_STRING (recurrence_types, EVD_RECURRENCE_TYPE_UNKNOWN, text);
}

const char *
evd_recurrence_type_to_label (EvdRecurrenceType value)
{
  return TO_LABEL (recurrence_types, value);
}

EvdWeekdays
evd_weekdays_from_zoom_day (int zoom_day)
{
  if (zoom_day < 1 || zoom_day > 7)
    return EVD_WEEKDAYS_NONE;
  return (EvdWeekdays) (1 << (zoom_day - 1));
}

/**
 * evd_weekdays_from_string:
 * @text: Zoom's comma string, such as `"2,4"` (Monday and Wednesday)
 *
 * Numbers outside 1–7 and anything that is not a number are ignored.
 */
EvdWeekdays
evd_weekdays_from_string (const char *text)
{
  g_auto(GStrv) parts = NULL;
  EvdWeekdays days = EVD_WEEKDAYS_NONE;

  if (text == NULL)
    return EVD_WEEKDAYS_NONE;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 day;

      if (g_ascii_string_to_signed (g_strstrip (parts[i]), 10, 1, 7, &day, NULL))
        days |= evd_weekdays_from_zoom_day ((int) day);
    }

  return days;
}

/**
 * evd_weekdays_to_string:
 *
 * Returns: (transfer full): Zoom's comma string, `"2,4"`, or `""`
 */
char *
evd_weekdays_to_string (EvdWeekdays days)
{
  GString *text = g_string_new (NULL);

  for (int day = 1; day <= 7; day++)
    if (days & evd_weekdays_from_zoom_day (day))
      g_string_append_printf (text, "%s%d", text->len > 0 ? "," : "", day);

  return g_string_free (text, FALSE);
}

/**
 * evd_weekday_to_label:
 * @zoom_day: 1 = Sunday … 7 = Saturday
 */
const char *
evd_weekday_to_label (int zoom_day)
{
  static const char * const names[] = {
    N_("Sunday"), N_("Monday"), N_("Tuesday"), N_("Wednesday"),
    N_("Thursday"), N_("Friday"), N_("Saturday"),
  };

  if (zoom_day < 1 || zoom_day > 7)
    return _("Unknown");
  return g_dgettext (GETTEXT_PACKAGE, names[zoom_day - 1]);
}
