/* evd-event-checks.c: an event being written, checked before Zoom sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-checks"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "evd-event-checks.h"
#include "evd-time.h"
#include "evd-time-range.h"

/* Draft ------------------------------------------------------------------- */

EvdEventDraft *
evd_event_draft_new (EvdEventType type)
{
  EvdEventDraft *self = g_new0 (EvdEventDraft, 1);

  self->type = type;
  self->meeting_type = type == EVD_EVENT_TYPE_CONFERENCE ? EVD_MEETING_TYPE_UNKNOWN : EVD_MEETING_TYPE_WEBINAR;
  self->access_level = EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED;
  self->attendance_type = EVD_ATTENDANCE_TYPE_VIRTUAL;
  self->days = g_array_new (FALSE, TRUE, sizeof (EvdEventDay));
  self->original_days = g_array_new (FALSE, TRUE, sizeof (EvdEventDay));
  if (type == EVD_EVENT_TYPE_RECURRING)
    {
      self->recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_WEEKLY);
      evd_recurrence_set_repeat_interval (self->recurrence, 1);
      evd_recurrence_set_end_times (self->recurrence, 4);
    }

  return self;
}

static void
day_from_range (EvdEventDay  *day,
                EvdTimeRange *range,
                GTimeZone    *zone)
{
  g_autoptr(GDateTime) start = evd_time_to_wall_clock (evd_time_range_get_start (range), zone);
  g_autoptr(GDateTime) end = evd_time_to_wall_clock (evd_time_range_get_end (range), zone);

  g_date_time_get_ymd (start, &day->year, &day->month, &day->day);
  day->start_hour = g_date_time_get_hour (start);
  day->start_minute = g_date_time_get_minute (start);
  day->end_hour = g_date_time_get_hour (end);
  day->end_minute = g_date_time_get_minute (end);
}

/**
 * evd_event_draft_new_from_event:
 *
 * A draft holding what @event says, its calendar as wall-clock times in the
 * event's own zone, for an edit form. Days that are already in the past
 * stay allowed as long as they are not changed.
 */
EvdEventDraft *
evd_event_draft_new_from_event (EvdEvent *event)
{
  EvdEventDraft *self;
  g_autoptr(GTimeZone) zone = NULL;
  GPtrArray *calendar;

  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  self = evd_event_draft_new (evd_event_get_event_type (event));
  evd_event_draft_set_string (&self->hub_id, evd_event_get_hub_id (event));
  evd_event_draft_set_string (&self->name, evd_event_get_name (event));
  evd_event_draft_set_string (&self->description, evd_event_get_description (event));
  evd_event_draft_set_string (&self->tagline, evd_event_get_tagline (event));
  evd_event_draft_set_string (&self->timezone, evd_event_get_timezone (event));
  evd_event_draft_set_string (&self->contact_name, evd_event_get_contact_name (event));
  evd_event_draft_set_string (&self->physical_location, evd_event_get_physical_location (event));
  self->meeting_type = evd_event_get_meeting_type (event);
  self->access_level = evd_event_get_access_level (event);
  self->attendance_type = evd_event_get_attendance_type (event);
  if (evd_event_get_recurrence (event) != NULL)
    {
      g_clear_object (&self->recurrence);
      self->recurrence = evd_recurrence_copy (evd_event_get_recurrence (event));
    }

  zone = evd_time_zone_new (self->timezone);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  calendar = evd_event_get_calendar (event);
  for (guint i = 0; calendar != NULL && i < calendar->len; i++)
    {
      EvdEventDay day = { 0 };

      day_from_range (&day, g_ptr_array_index (calendar, i), zone);
      g_array_append_val (self->days, day);
      g_array_append_val (self->original_days, day);
    }

  return self;
}

void
evd_event_draft_free (EvdEventDraft *self)
{
  if (self == NULL)
    return;

  g_free (self->hub_id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->tagline);
  g_free (self->timezone);
  g_free (self->contact_name);
  g_free (self->physical_location);
  g_array_unref (self->days);
  g_array_unref (self->original_days);
  g_clear_object (&self->recurrence);
  g_free (self);
}

/* Stores a copy, with surrounding spaces trimmed; "" becomes NULL. */
void
evd_event_draft_set_string (char       **field,
                            const char  *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (value != NULL ? value : ""));

  g_free (*field);
  *field = *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

void
evd_event_draft_add_day (EvdEventDraft     *self,
                         const EvdEventDay *day)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (day != NULL);

  g_array_append_val (self->days, *day);
}

void
evd_event_problem_free (EvdEventProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->field);
  g_free (self->message);
  g_free (self);
}

/* Problems ---------------------------------------------------------------- */

static void
add_problem (GPtrArray  *problems,
             const char *field,
             gboolean    warning,
             const char *message)
{
  EvdEventProblem *problem = g_new0 (EvdEventProblem, 1);

  problem->field = g_strdup (field);
  problem->message = g_strdup (message);
  problem->warning = warning;
  g_ptr_array_add (problems, problem);
}

static char *
day_field (guint       index,
           const char *part)
{
  return g_strdup_printf ("day-%u-%s", index, part);
}

static void
check_required (EvdEventDraft *self,
                GPtrArray     *problems)
{
  g_autoptr(GTimeZone) zone = evd_time_zone_new (self->timezone);

  if (self->name == NULL)
    add_problem (problems, EVD_FIELD_NAME, FALSE, _("Give the event a name."));
  if (self->description == NULL)
    add_problem (problems, EVD_FIELD_DESCRIPTION, FALSE,
                 _("Add a description: Zoom shows it on the registration page and requires one."));
  if (self->hub_id == NULL)
    add_problem (problems, EVD_FIELD_HUB, FALSE, _("Choose the hub the event belongs to."));
  if (self->timezone == NULL)
    add_problem (problems, EVD_FIELD_TIMEZONE, FALSE, _("Choose the event’s time zone."));
  else if (zone == NULL)
    add_problem (problems, EVD_FIELD_TIMEZONE, FALSE, _("This time zone is not known. Choose one from the list."));
  if (self->access_level != EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED &&
      self->access_level != EVD_ACCESS_LEVEL_PRIVATE_RESTRICTED)
    add_problem (problems, EVD_FIELD_ACCESS, FALSE, _("Choose who can join."));
  if (self->attendance_type == EVD_ATTENDANCE_TYPE_UNKNOWN)
    add_problem (problems, EVD_FIELD_ATTENDANCE, FALSE, _("Choose how people attend."));
  if ((self->attendance_type == EVD_ATTENDANCE_TYPE_IN_PERSON ||
       self->attendance_type == EVD_ATTENDANCE_TYPE_HYBRID) && self->physical_location == NULL)
    add_problem (problems, EVD_FIELD_LOCATION, FALSE, _("Say where the event takes place: people come in person."));
  if (self->type != EVD_EVENT_TYPE_CONFERENCE && self->meeting_type == EVD_MEETING_TYPE_UNKNOWN)
    add_problem (problems, EVD_FIELD_MEETING_TYPE, FALSE, _("Choose a meeting or a webinar."));
}

static GDateTime *
day_instant (GTimeZone         *zone,
             const EvdEventDay *day,
             gboolean           end,
             EvdWallClock      *kind)
{
  return evd_time_from_wall_clock (zone, day->year, day->month, day->day,
                                   end ? day->end_hour : day->start_hour,
                                   end ? day->end_minute : day->start_minute, 0, kind);
}

static void
warn_about_clock_change (GPtrArray         *problems,
                         guint              index,
                         gboolean           end,
                         EvdWallClock       kind,
                         GDateTime         *instant,
                         const char        *zone_name)
{
  g_autofree char *field = day_field (index, end ? "end" : "start");
  g_autofree char *shown = g_date_time_format (instant, "%H:%M");
  g_autofree char *message = NULL;

  if (kind == EVD_WALL_CLOCK_SKIPPED)
    /* Translators: %s are a time zone, then a time such as 03:30 */
    message = g_strdup_printf (_("Clocks in %s go forward at this time that night, so this hour does not exist: "
                                 "it will be %s."), zone_name, shown);
  else if (kind == EVD_WALL_CLOCK_REPEATED)
    /* Translators: %s is a time zone */
    message = g_strdup_printf (_("Clocks in %s go back that night, so this time happens twice: "
                                 "the first one counts, still in summer time."), zone_name);
  else
    return;

  add_problem (problems, field, TRUE, message);
}

static gboolean
same_day (const EvdEventDay *a,
          const EvdEventDay *b)
{
  return memcmp (a, b, sizeof *a) == 0;
}

static gboolean
is_original_day (EvdEventDraft     *self,
                 const EvdEventDay *day)
{
  for (guint i = 0; i < self->original_days->len; i++)
    if (same_day (&g_array_index (self->original_days, EvdEventDay, i), day))
      return TRUE;
  return FALSE;
}

static void
check_one_day (EvdEventDraft     *self,
               GTimeZone         *zone,
               guint              index,
               GDateTime         *now,
               GPtrArray         *problems)
{
  const EvdEventDay *day = &g_array_index (self->days, EvdEventDay, index);
  EvdWallClock start_kind = EVD_WALL_CLOCK_VALID, end_kind = EVD_WALL_CLOCK_VALID;
  g_autoptr(GDateTime) start = day_instant (zone, day, FALSE, &start_kind);
  g_autoptr(GDateTime) end = day_instant (zone, day, TRUE, &end_kind);

  if (start == NULL || end == NULL)
    {
      g_autofree char *field = day_field (index, "date");
      add_problem (problems, field, FALSE, _("Choose a date and times that exist."));
      return;
    }

  warn_about_clock_change (problems, index, FALSE, start_kind, start, self->timezone);
  warn_about_clock_change (problems, index, TRUE, end_kind, end, self->timezone);

  if (g_date_time_compare (end, start) <= 0)
    {
      g_autofree char *field = day_field (index, "end");
      add_problem (problems, field, FALSE, _("The end must be after the start. Choose a later end time."));
    }

  if (now != NULL && g_date_time_compare (start, now) <= 0 && !is_original_day (self, day))
    {
      g_autofree char *field = day_field (index, "start");
      add_problem (problems, field, FALSE, _("This start is in the past. Choose a date and time still to come."));
    }
}

static guint
julian_of (const EvdEventDay *day)
{
  GDate date;

  if (!g_date_valid_dmy (day->day, day->month, day->year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day->day, day->month, day->year);
  return g_date_get_julian (&date);
}

/* Zoom reads a multi-session calendar as one entry per day, at most six
 * days from first to last (26202): the days must follow each other. */
static void
check_days_follow (EvdEventDraft *self,
                   GPtrArray     *problems)
{
  for (guint i = 1; i < self->days->len; i++)
    {
      guint previous = julian_of (&g_array_index (self->days, EvdEventDay, i - 1));
      guint current = julian_of (&g_array_index (self->days, EvdEventDay, i));
      g_autofree char *field = day_field (i, "date");

      if (previous == 0 || current == 0)
        continue;
      if (current == previous)
        add_problem (problems, field, FALSE, _("This day is already in the schedule. Choose the next day."));
      else if (current != previous + 1)
        add_problem (problems, field, FALSE,
                     _("Days must follow each other, with no gap: choose the day after the one above."));
    }
}

static void
check_days (EvdEventDraft *self,
            GDateTime     *now,
            GPtrArray     *problems)
{
  g_autoptr(GTimeZone) zone = evd_time_zone_new (self->timezone);

  if (self->days->len == 0)
    {
      add_problem (problems, EVD_FIELD_DAYS, FALSE, _("Choose when the event takes place."));
      return;
    }
  if (self->days->len > EVD_EVENT_MAX_DAYS)
    add_problem (problems, EVD_FIELD_DAYS, FALSE,
                 _("An event can last at most 6 consecutive days. Remove a day, or create a second event."));
  if (self->type != EVD_EVENT_TYPE_CONFERENCE && self->days->len > 1)
    add_problem (problems, EVD_FIELD_DAYS, FALSE, _("This type of event takes place on one day."));

  if (zone == NULL)
    return;

  for (guint i = 0; i < self->days->len; i++)
    check_one_day (self, zone, i, now, problems);
  if (self->type == EVD_EVENT_TYPE_CONFERENCE)
    check_days_follow (self, problems);
}

/* evd_recurrence_validate() starts each message with the field's label. */
static const char *
field_for_recurrence_message (const char *message)
{
  if (g_str_has_prefix (message, _("Ends")))
    return EVD_FIELD_REPEAT_ENDS;
  if (g_str_has_prefix (message, _("Days of the week")) ||
      g_str_has_prefix (message, _("Day of the month")) ||
      g_str_has_prefix (message, _("Week of the month")) ||
      g_str_has_prefix (message, _("Day of the week")))
    return EVD_FIELD_REPEAT_DAYS;
  return EVD_FIELD_REPEAT;
}

static guint
day_length_minutes (const EvdEventDay *day)
{
  int minutes = (day->end_hour * 60 + day->end_minute) - (day->start_hour * 60 + day->start_minute);

  return minutes > 0 ? (guint) minutes : 0;
}

static void
check_recurrence (EvdEventDraft *self,
                  GPtrArray     *problems)
{
  g_autoptr(GError) error = NULL;
  GDateTime *end_date;

  if (self->recurrence == NULL)
    {
      add_problem (problems, EVD_FIELD_REPEAT, FALSE, _("Choose how often the event repeats."));
      return;
    }

  if (self->days->len > 0)
    evd_recurrence_set_duration (self->recurrence, day_length_minutes (&g_array_index (self->days, EvdEventDay, 0)));

  if (!evd_recurrence_validate (self->recurrence, &error))
    {
      add_problem (problems, field_for_recurrence_message (error->message), FALSE, error->message);
      return;
    }

  end_date = evd_recurrence_get_end_date_time (self->recurrence);
  if (end_date != NULL && self->days->len > 0)
    {
      g_autoptr(GPtrArray) calendar = evd_event_draft_dup_calendar (self, NULL);

      if (calendar != NULL && calendar->len > 0 &&
          g_date_time_compare (end_date, evd_time_range_get_start (g_ptr_array_index (calendar, 0))) < 0)
        add_problem (problems, EVD_FIELD_REPEAT_ENDS, FALSE,
                     _("The series ends before its first occurrence. Choose a later end date."));
    }
}

/**
 * evd_event_draft_check:
 * @now: (nullable): the current time; a start before it is a problem
 *
 * Everything Zoom would refuse, and what a person should know (a time that
 * a change of clocks moves), each with the field to show it at.
 *
 * Returns: (transfer container) (element-type EvdEventProblem): the
 *   problems, empty when the event can be sent
 */
GPtrArray *
evd_event_draft_check (EvdEventDraft *self,
                       GDateTime     *now)
{
  GPtrArray *problems;

  g_return_val_if_fail (self != NULL, NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) evd_event_problem_free);
  check_required (self, problems);
  check_days (self, now, problems);
  if (self->type == EVD_EVENT_TYPE_RECURRING)
    check_recurrence (self, problems);

  return problems;
}

gboolean
evd_event_draft_has_errors (GPtrArray *problems)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    if (!((EvdEventProblem *) g_ptr_array_index (problems, i))->warning)
      return TRUE;
  return FALSE;
}

/* Returns: (nullable): the first problem at @field, errors before warnings */
const EvdEventProblem *
evd_event_draft_find_problem (GPtrArray  *problems,
                              const char *field)
{
  const EvdEventProblem *warning = NULL;

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const EvdEventProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->field, field) != 0)
        continue;
      if (!problem->warning)
        return problem;
      if (warning == NULL)
        warning = problem;
    }

  return warning;
}

/* Conversion -------------------------------------------------------------- */

/**
 * evd_event_draft_dup_calendar:
 *
 * The days as Zoom's calendar: instants, converted from the event's zone
 * with its daylight-saving rules on each date.
 *
 * Returns: (transfer full) (element-type EvdTimeRange) (nullable): the
 *   calendar, or %NULL with an error when the zone or a time is invalid
 */
GPtrArray *
evd_event_draft_dup_calendar (EvdEventDraft  *self,
                              GError        **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GPtrArray) calendar = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  zone = evd_time_zone_new (self->timezone);
  if (zone == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Choose the event’s time zone."));
      return NULL;
    }

  calendar = g_ptr_array_new_with_free_func ((GDestroyNotify) evd_time_range_free);
  for (guint i = 0; i < self->days->len; i++)
    {
      const EvdEventDay *day = &g_array_index (self->days, EvdEventDay, i);
      g_autoptr(GDateTime) start = day_instant (zone, day, FALSE, NULL);
      g_autoptr(GDateTime) end = day_instant (zone, day, TRUE, NULL);

      if (start == NULL || end == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Choose a date and times that exist."));
          return NULL;
        }
      g_ptr_array_add (calendar, evd_time_range_new (start, end));
    }

  return g_steal_pointer (&calendar);
}

/**
 * evd_event_draft_list_occurrences:
 * @max: at most this many
 *
 * Returns: (transfer container) (element-type GDateTime): when a recurring
 *   event's occurrences start, in its zone; empty when that is not known yet
 */
GPtrArray *
evd_event_draft_list_occurrences (EvdEventDraft *self,
                                  guint          max)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GPtrArray) calendar = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  zone = evd_time_zone_new (self->timezone);
  calendar = evd_event_draft_dup_calendar (self, NULL);
  if (zone == NULL || calendar == NULL || calendar->len == 0 || self->recurrence == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);

  return evd_recurrence_expand (self->recurrence,
                                evd_time_range_get_start (g_ptr_array_index (calendar, 0)),
                                zone, max);
}

static gboolean
recurrences_equal (EvdRecurrence *a,
                   EvdRecurrence *b)
{
  g_autoptr(JsonNode) left = NULL;
  g_autoptr(JsonNode) right = NULL;

  if (a == NULL || b == NULL)
    return a == b;

  left = evd_recurrence_to_json (a, EVD_RECURRENCE_JSON_CREATE);
  right = evd_recurrence_to_json (b, EVD_RECURRENCE_JSON_CREATE);
  return json_node_equal (left, right);
}

/**
 * evd_event_draft_apply:
 *
 * Sets @event's fields from the draft through its setters, so that a
 * loaded event then gives a PATCH body of what changed. The event type is
 * set only on an event that has none yet: Zoom never changes it.
 */
gboolean
evd_event_draft_apply (EvdEventDraft  *self,
                       EvdEvent       *event,
                       GError        **error)
{
  g_autoptr(GPtrArray) calendar = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (EVD_IS_EVENT (event), FALSE);

  calendar = evd_event_draft_dup_calendar (self, error);
  if (calendar == NULL)
    return FALSE;

  if (evd_event_get_event_type (event) == EVD_EVENT_TYPE_UNKNOWN)
    evd_event_set_event_type (event, self->type);
  evd_event_set_hub_id (event, self->hub_id);
  evd_event_set_name (event, self->name);
  evd_event_set_description (event, self->description);
  evd_event_set_tagline (event, self->tagline != NULL ? self->tagline : "");
  evd_event_set_timezone (event, self->timezone);
  evd_event_set_contact_name (event, self->contact_name);
  evd_event_set_access_level (event, self->access_level);
  evd_event_set_attendance_type (event, self->attendance_type);
  if (self->attendance_type != EVD_ATTENDANCE_TYPE_VIRTUAL || evd_event_get_physical_location (event) != NULL)
    evd_event_set_physical_location (event, self->physical_location);
  if (self->type != EVD_EVENT_TYPE_CONFERENCE)
    evd_event_set_meeting_type (event, self->meeting_type);
  evd_event_set_calendar (event, calendar);

  if (self->type == EVD_EVENT_TYPE_RECURRING && self->recurrence != NULL)
    {
      if (self->days->len > 0)
        evd_recurrence_set_duration (self->recurrence,
                                     day_length_minutes (&g_array_index (self->days, EvdEventDay, 0)));
      if (!recurrences_equal (evd_event_get_recurrence (event), self->recurrence))
        {
          g_autoptr(EvdRecurrence) copy = evd_recurrence_copy (self->recurrence);
          evd_event_set_recurrence (event, copy);
        }
    }

  return TRUE;
}

/**
 * evd_event_draft_to_json:
 *
 * Returns: (transfer full) (nullable): the body of `POST /zoom_events/events`
 */
JsonNode *
evd_event_draft_to_json (EvdEventDraft  *self,
                         GError        **error)
{
  g_autoptr(EvdEvent) event = evd_event_new ();

  g_return_val_if_fail (self != NULL, NULL);

  if (!evd_event_draft_apply (self, event, error))
    return NULL;

  return evd_event_to_json (event);
}
