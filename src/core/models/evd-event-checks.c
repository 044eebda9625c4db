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
  self->loaded_access_level = self->access_level;
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
  /* PUBLIC cannot be chosen (Zoom's create and update refuse it), but an
   * event listed on its hub keeps it while other fields are edited. */
  if (self->access_level != EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED &&
      self->access_level != EVD_ACCESS_LEVEL_PRIVATE_RESTRICTED &&
      !(self->access_level == EVD_ACCESS_LEVEL_PUBLIC && self->loaded_access_level == EVD_ACCESS_LEVEL_PUBLIC))
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

/* Zoom reads a multi-session calendar as up to six entries, the whole
 * schedule (first start to last end) within six days (26202). Days may
 * skip a date (Monday, Wednesday, Friday), but each comes after the one
 * above it. */
static void
check_days_follow (EvdEventDraft *self,
                   GTimeZone     *zone,
                   GPtrArray     *problems)
{
  const EvdEventDay *first = &g_array_index (self->days, EvdEventDay, 0);
  g_autoptr(GDateTime) first_start = day_instant (zone, first, FALSE, NULL);

  for (guint i = 1; i < self->days->len; i++)
    {
      const EvdEventDay *day = &g_array_index (self->days, EvdEventDay, i);
      guint previous = julian_of (&g_array_index (self->days, EvdEventDay, i - 1));
      guint current = julian_of (day);
      g_autofree char *field = day_field (i, "date");
      g_autoptr(GDateTime) end = NULL;

      if (previous == 0 || current == 0)
        continue;
      if (current == previous)
        add_problem (problems, field, FALSE, _("This day is already in the schedule. Choose another day."));
      else if (current < previous)
        add_problem (problems, field, FALSE, _("Put the days in order: choose a date after the one above."));
      else if (first_start != NULL && (end = day_instant (zone, day, TRUE, NULL)) != NULL &&
               g_date_time_difference (end, first_start) > 6 * G_TIME_SPAN_DAY)
        add_problem (problems, field, FALSE,
                     _("Zoom takes an event of at most 6 days, from the first start to the last end. "
                       "Choose a date closer to the first day."));
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
                 _("An event can have at most 6 days. Remove a day, or create a second event."));
  if (self->type != EVD_EVENT_TYPE_CONFERENCE && self->days->len > 1)
    add_problem (problems, EVD_FIELD_DAYS, FALSE, _("This type of event takes place on one day."));

  if (zone == NULL)
    return;

  for (guint i = 0; i < self->days->len; i++)
    check_one_day (self, zone, i, now, problems);
  if (self->type == EVD_EVENT_TYPE_CONFERENCE)
    check_days_follow (self, zone, problems);
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

/* The local date of a recurring event's first occurrence, when it is not
 * day 0's date (a monthly "first Tuesday" from a Monday). */
static GDateTime *
dup_first_occurrence_if_moved (EvdEventDraft *self)
{
  g_autoptr(GPtrArray) starts = NULL;
  const EvdEventDay *day;
  GDateTime *first;

  if (self->type != EVD_EVENT_TYPE_RECURRING || self->recurrence == NULL || self->days->len == 0)
    return NULL;

  starts = evd_event_draft_list_occurrences (self, 1);
  if (starts->len == 0)
    return NULL;
  first = g_ptr_array_index (starts, 0);
  day = &g_array_index (self->days, EvdEventDay, 0);
  if (g_date_time_get_year (first) == day->year && g_date_time_get_month (first) == day->month &&
      g_date_time_get_day_of_month (first) == day->day)
    return NULL;
  return g_date_time_ref (first);
}

/**
 * evd_event_draft_start_on_occurrence:
 *
 * A recurring event starts on its first occurrence: Zoom takes the start
 * date as given, so a start on a day the rule does not produce would be an
 * occurrence of its own. Moves day 0 to the first occurrence on or after
 * it, keeping its times.
 *
 * Returns: whether day 0 moved
 */
gboolean
evd_event_draft_start_on_occurrence (EvdEventDraft *self)
{
  g_autoptr(GDateTime) first = NULL;
  EvdEventDay *day;

  g_return_val_if_fail (self != NULL, FALSE);

  first = dup_first_occurrence_if_moved (self);
  if (first == NULL)
    return FALSE;

  day = &g_array_index (self->days, EvdEventDay, 0);
  day->year = g_date_time_get_year (first);
  day->month = g_date_time_get_month (first);
  day->day = g_date_time_get_day_of_month (first);
  return TRUE;
}

static void
check_start_is_occurrence (EvdEventDraft *self,
                           GPtrArray     *problems)
{
  g_autoptr(GDateTime) first = dup_first_occurrence_if_moved (self);
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;

  if (first == NULL)
    return;

  /* Translators: a date such as "Tuesday, 5 January 2027" */
  date = g_date_time_format (first, _("%A, %-d %B %Y"));
  /* Translators: %s is the date of the first occurrence */
  message = g_strdup_printf (_("This date is not one the event repeats on: it starts on its first "
                               "occurrence, %s."), g_strstrip (date));
  add_problem (problems, "day-0-date", TRUE, message);
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
    {
      check_recurrence (self, problems);
      if (!evd_event_draft_has_errors (problems))
        check_start_is_occurrence (self, problems);
    }

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

  /* What Zoom gets starts on an occurrence (see the function). */
  evd_event_draft_start_on_occurrence (self);
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

static gboolean
days_equal (GArray *a,
            GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const EvdEventDay *x = &g_array_index (a, EvdEventDay, i);
      const EvdEventDay *y = &g_array_index (b, EvdEventDay, i);

      if (x->year != y->year || x->month != y->month || x->day != y->day ||
          x->start_hour != y->start_hour || x->start_minute != y->start_minute ||
          x->end_hour != y->end_hour || x->end_minute != y->end_minute)
        return FALSE;
    }
  return TRUE;
}

/**
 * evd_event_draft_apply_changes:
 * @self: what the form says now
 * @before: what the same form said when it was filled from @event
 * @meeting_type_changed: (out) (optional): whether the person chose
 *   another meeting type, which is not set on @event: Zoom's event PATCH
 *   says to change it through the session API
 *
 * Sets on @event only the fields whose value the person changed, so its
 * PATCH body carries nothing else: a value the form cannot show (PUBLIC,
 * a zone Zoom does not list, an unknown meeting type) stays as Zoom has
 * it. A new time zone moves the schedule with it (the same wall-clock
 * times), so it sends the calendar too.
 */
gboolean
evd_event_draft_apply_changes (EvdEventDraft  *self,
                               EvdEventDraft  *before,
                               EvdEvent       *event,
                               gboolean       *meeting_type_changed,
                               GError        **error)
{
  gboolean zone_changed, days_changed;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (before != NULL, FALSE);
  g_return_val_if_fail (EVD_IS_EVENT (event), FALSE);

  zone_changed = g_strcmp0 (self->timezone, before->timezone) != 0;
  days_changed = !days_equal (self->days, before->days);
  if (zone_changed || days_changed)
    {
      g_autoptr(GPtrArray) calendar = evd_event_draft_dup_calendar (self, error);

      if (calendar == NULL)
        return FALSE;
      evd_event_set_calendar (event, calendar);
    }

  if (g_strcmp0 (self->hub_id, before->hub_id) != 0)
    evd_event_set_hub_id (event, self->hub_id);
  if (g_strcmp0 (self->name, before->name) != 0)
    evd_event_set_name (event, self->name);
  if (g_strcmp0 (self->description, before->description) != 0)
    evd_event_set_description (event, self->description);
  /* A tagline cleared is sent as "", which clears it at Zoom. */
  if (g_strcmp0 (self->tagline, before->tagline) != 0)
    evd_event_set_tagline (event, self->tagline != NULL ? self->tagline : "");
  if (zone_changed)
    evd_event_set_timezone (event, self->timezone);
  if (g_strcmp0 (self->contact_name, before->contact_name) != 0)
    evd_event_set_contact_name (event, self->contact_name);
  if (self->access_level != before->access_level)
    evd_event_set_access_level (event, self->access_level);
  if (self->attendance_type != before->attendance_type)
    evd_event_set_attendance_type (event, self->attendance_type);
  if (g_strcmp0 (self->physical_location, before->physical_location) != 0 && self->physical_location != NULL)
    evd_event_set_physical_location (event, self->physical_location);
  if (meeting_type_changed != NULL)
    *meeting_type_changed = self->type != EVD_EVENT_TYPE_CONFERENCE && self->meeting_type != before->meeting_type;

  if (self->type == EVD_EVENT_TYPE_RECURRING && self->recurrence != NULL)
    {
      g_autoptr(EvdRecurrence) copy = evd_recurrence_copy (self->recurrence);

      /* The occurrences last as long as the first day. */
      if (self->days->len > 0)
        evd_recurrence_set_duration (copy, day_length_minutes (&g_array_index (self->days, EvdEventDay, 0)));
      if (days_changed || before->recurrence == NULL || !recurrences_equal (before->recurrence, self->recurrence))
        evd_event_set_recurrence (event, copy);
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
