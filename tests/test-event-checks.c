/* test-event-checks.c: the checks before an event is sent, and its UTC times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-event-checks"

#include "config.h"

#include "evd-event-checks.h"
#include "evd-models.h"

#include <string.h>

static GDateTime *
utc (const char *text)
{
  return g_date_time_new_from_iso8601 (text, NULL);
}

static EvdEventDraft *
valid_draft (EvdEventType type)
{
  EvdEventDraft *draft = evd_event_draft_new (type);
  EvdEventDay day = { 2030, 6, 10, 9, 0, 17, 0 };

  evd_event_draft_set_string (&draft->name, "Launch");
  evd_event_draft_set_string (&draft->description, "What is new");
  evd_event_draft_set_string (&draft->hub_id, "hub1");
  evd_event_draft_set_string (&draft->timezone, "America/New_York");
  evd_event_draft_add_day (draft, &day);
  if (type == EVD_EVENT_TYPE_RECURRING)
    evd_recurrence_set_weekly_days (draft->recurrence, EVD_WEEKDAYS_MONDAY);
  return draft;
}

static gboolean
has_error (GPtrArray  *problems,
           const char *field)
{
  const EvdEventProblem *problem = evd_event_draft_find_problem (problems, field);

  return problem != NULL && !problem->warning;
}

static void
test_valid (void)
{
  g_autoptr(GDateTime) now = utc ("2030-01-01T00:00:00Z");

  for (EvdEventType type = EVD_EVENT_TYPE_SIMPLE_EVENT; type <= EVD_EVENT_TYPE_RECURRING; type++)
    {
      g_autoptr(EvdEventDraft) draft = valid_draft (type);
      g_autoptr(GPtrArray) problems = evd_event_draft_check (draft, now);

      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_false (evd_event_draft_has_errors (problems));
    }
}

static void
test_required (void)
{
  g_autoptr(EvdEventDraft) draft = evd_event_draft_new (EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_autoptr(GPtrArray) problems = NULL;

  evd_event_draft_set_string (&draft->name, "   ");
  draft->access_level = EVD_ACCESS_LEVEL_PUBLIC;
  draft->attendance_type = EVD_ATTENDANCE_TYPE_IN_PERSON;
  draft->meeting_type = EVD_MEETING_TYPE_UNKNOWN;
  problems = evd_event_draft_check (draft, NULL);

  g_assert_true (has_error (problems, EVD_FIELD_NAME));
  g_assert_true (has_error (problems, EVD_FIELD_DESCRIPTION));
  g_assert_true (has_error (problems, EVD_FIELD_HUB));
  g_assert_true (has_error (problems, EVD_FIELD_TIMEZONE));
  g_assert_true (has_error (problems, EVD_FIELD_ACCESS));
  g_assert_true (has_error (problems, EVD_FIELD_LOCATION));
  g_assert_true (has_error (problems, EVD_FIELD_MEETING_TYPE));
  g_assert_true (has_error (problems, EVD_FIELD_DAYS));
  g_assert_true (evd_event_draft_has_errors (problems));
}

static void
test_bad_zone_and_place (void)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) again = NULL;

  evd_event_draft_set_string (&draft->timezone, "Mars/Olympus_Mons");
  draft->attendance_type = EVD_ATTENDANCE_TYPE_HYBRID;
  problems = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (problems, EVD_FIELD_TIMEZONE));
  g_assert_true (has_error (problems, EVD_FIELD_LOCATION));

  evd_event_draft_set_string (&draft->timezone, "Europe/Berlin");
  evd_event_draft_set_string (&draft->physical_location, "Hall 3, Messe Berlin");
  again = evd_event_draft_check (draft, NULL);
  g_assert_cmpuint (again->len, ==, 0);
}

static void
test_end_before_start (void)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_autoptr(GPtrArray) problems = NULL;
  EvdEventDay *day = &g_array_index (draft->days, EvdEventDay, 0);

  day->end_hour = 9;
  day->end_minute = 0;
  problems = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (problems, "day-0-end"));
  g_assert_cmpstr (evd_event_draft_find_problem (problems, "day-0-end")->message, ==,
                   "The end must be after the start. Choose a later end time.");
}

static void
test_past_start (void)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_autoptr(GDateTime) later = utc ("2030-06-10T13:30:00Z");   /* 09:30 in New York */
  g_autoptr(GDateTime) earlier = utc ("2030-06-10T12:30:00Z");
  g_autoptr(GPtrArray) problems = evd_event_draft_check (draft, later);
  g_autoptr(GPtrArray) fine = evd_event_draft_check (draft, earlier);

  g_assert_true (has_error (problems, "day-0-start"));
  g_assert_false (has_error (fine, "day-0-start"));
}

static void
test_past_start_kept_on_edit (void)
{
  g_autoptr(EvdEvent) event = evd_event_new ();
  g_autoptr(GDateTime) start = utc ("2020-03-01T15:00:00Z");
  g_autoptr(GDateTime) end = utc ("2020-03-01T16:00:00Z");
  g_autoptr(GDateTime) now = utc ("2025-01-01T00:00:00Z");
  g_autoptr(EvdEventDraft) draft = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  EvdEventDay *day;

  evd_event_set_event_type (event, EVD_EVENT_TYPE_SIMPLE_EVENT);
  evd_event_set_timezone (event, "America/New_York");
  evd_event_add_calendar_entry (event, start, end);
  draft = evd_event_draft_new_from_event (event);
  day = &g_array_index (draft->days, EvdEventDay, 0);
  g_assert_cmpint (day->start_hour, ==, 10);
  g_assert_cmpint (day->end_hour, ==, 11);

  problems = evd_event_draft_check (draft, now);
  g_assert_false (has_error (problems, "day-0-start"));

  day->start_minute = 15;
  moved = evd_event_draft_check (draft, now);
  g_assert_true (has_error (moved, "day-0-start"));
}

static void
add_days (EvdEventDraft *draft,
          int            first_day,
          guint          count)
{
  g_array_set_size (draft->days, 0);
  for (guint i = 0; i < count; i++)
    {
      EvdEventDay day = { 2030, 6, first_day + (int) i, 9, 0, 18, 0 };
      evd_event_draft_add_day (draft, &day);
    }
}

static void
test_days (void)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_CONFERENCE);
  g_autoptr(GPtrArray) six = NULL;
  g_autoptr(GPtrArray) seven = NULL;
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) twice = NULL;
  g_autoptr(EvdEventDraft) single = valid_draft (EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_autoptr(GPtrArray) single_problems = NULL;
  EvdEventDay extra = { 2030, 6, 11, 9, 0, 10, 0 };

  add_days (draft, 1, 6);
  six = evd_event_draft_check (draft, NULL);
  g_assert_cmpuint (six->len, ==, 0);

  add_days (draft, 1, 7);
  seven = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (seven, EVD_FIELD_DAYS));

  /* Days need not follow each other (Monday and Wednesday)... */
  add_days (draft, 1, 2);
  g_array_index (draft->days, EvdEventDay, 1).day = 3;
  gap = evd_event_draft_check (draft, NULL);
  g_assert_false (has_error (gap, "day-1-date"));
  g_clear_pointer (&gap, g_ptr_array_unref);

  /* ...but the whole schedule fits in 6 days (Zoom's 26202)... */
  g_array_index (draft->days, EvdEventDay, 1).day = 7;
  gap = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (gap, "day-1-date"));
  g_clear_pointer (&gap, g_ptr_array_unref);
  g_array_index (draft->days, EvdEventDay, 1).start_hour = 6;
  g_array_index (draft->days, EvdEventDay, 1).end_hour = 8;
  gap = evd_event_draft_check (draft, NULL);
  g_assert_cmpuint (gap->len, ==, 0);
  g_clear_pointer (&gap, g_ptr_array_unref);

  /* ...in order. */
  add_days (draft, 3, 2);
  g_array_index (draft->days, EvdEventDay, 1).day = 2;
  gap = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (gap, "day-1-date"));
  add_days (draft, 1, 2);

  g_array_index (draft->days, EvdEventDay, 1).day = 1;
  twice = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (twice, "day-1-date"));

  evd_event_draft_add_day (single, &extra);
  single_problems = evd_event_draft_check (single, NULL);
  g_assert_true (has_error (single_problems, EVD_FIELD_DAYS));
}

static void
check_interval (EvdRecurrenceType type,
                guint             good,
                guint             bad)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_RECURRING);
  g_autoptr(GPtrArray) fine = NULL;
  g_autoptr(GPtrArray) refused = NULL;

  evd_recurrence_set_recurrence_type (draft->recurrence, type);
  if (type == EVD_RECURRENCE_TYPE_WEEKLY)
    evd_recurrence_set_weekly_days (draft->recurrence, EVD_WEEKDAYS_TUESDAY);
  if (type == EVD_RECURRENCE_TYPE_MONTHLY)
    evd_recurrence_set_monthly_day (draft->recurrence, 10);
  evd_recurrence_set_repeat_interval (draft->recurrence, good);
  fine = evd_event_draft_check (draft, NULL);
  g_assert_false (evd_event_draft_has_errors (fine));

  evd_recurrence_set_repeat_interval (draft->recurrence, bad);
  refused = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (refused, EVD_FIELD_REPEAT));
}

static void
test_recurrence_bounds (void)
{
  check_interval (EVD_RECURRENCE_TYPE_DAILY, 90, 91);
  check_interval (EVD_RECURRENCE_TYPE_WEEKLY, 12, 13);
  check_interval (EVD_RECURRENCE_TYPE_MONTHLY, 3, 4);
}

static void
test_recurrence_fields (void)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_RECURRING);
  g_autoptr(GPtrArray) no_days = NULL;
  g_autoptr(GPtrArray) no_end = NULL;
  g_autoptr(GPtrArray) early_end = NULL;
  g_autoptr(GDateTime) before = utc ("2030-06-01T00:00:00Z");

  evd_recurrence_set_weekly_days (draft->recurrence, EVD_WEEKDAYS_NONE);
  no_days = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (no_days, EVD_FIELD_REPEAT_DAYS));

  evd_recurrence_set_weekly_days (draft->recurrence, EVD_WEEKDAYS_MONDAY);
  evd_recurrence_set_end_times (draft->recurrence, 0);
  no_end = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (no_end, EVD_FIELD_REPEAT_ENDS));

  evd_recurrence_set_end_date_time (draft->recurrence, before);
  early_end = evd_event_draft_check (draft, NULL);
  g_assert_true (has_error (early_end, EVD_FIELD_REPEAT_ENDS));
}

/* 10:00 on a date, converted from a zone, as Zoom's UTC text. */
static char *
start_in_utc (const char *zone,
              int         year,
              int         month,
              int         day,
              int         hour,
              int         minute)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_autoptr(JsonNode) body = NULL;
  JsonObject *entry;
  EvdEventDay when = { year, month, day, hour, minute, hour + 1, minute };

  evd_event_draft_set_string (&draft->timezone, zone);
  g_array_index (draft->days, EvdEventDay, 0) = when;
  body = evd_event_draft_to_json (draft, NULL);
  g_assert_nonnull (body);
  entry = json_array_get_object_element (json_object_get_array_member (json_node_get_object (body), "calendar"), 0);
  return g_strdup (json_object_get_string_member (entry, "start_time"));
}

static void
assert_start (const char *zone,
              int         year,
              int         month,
              int         day,
              int         hour,
              int         minute,
              const char *expected)
{
  g_autofree char *text = start_in_utc (zone, year, month, day, hour, minute);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_utc_across_dst (void)
{
  /* New York moves its clocks on 8 March and 1 November 2026. */
  assert_start ("America/New_York", 2026, 3, 6, 10, 0, "2026-03-06T15:00:00Z");
  assert_start ("America/New_York", 2026, 3, 9, 10, 0, "2026-03-09T14:00:00Z");
  assert_start ("America/New_York", 2026, 10, 30, 10, 0, "2026-10-30T14:00:00Z");
  assert_start ("America/New_York", 2026, 11, 2, 10, 0, "2026-11-02T15:00:00Z");
  /* Berlin: 29 March and 25 October 2026. */
  assert_start ("Europe/Berlin", 2026, 3, 28, 10, 0, "2026-03-28T09:00:00Z");
  assert_start ("Europe/Berlin", 2026, 3, 30, 10, 0, "2026-03-30T08:00:00Z");
  assert_start ("Europe/Berlin", 2026, 10, 24, 10, 0, "2026-10-24T08:00:00Z");
  assert_start ("Europe/Berlin", 2026, 10, 26, 10, 0, "2026-10-26T09:00:00Z");
  /* Sydney, southern hemisphere: summer time ends 5 April, starts 4 October 2026. */
  assert_start ("Australia/Sydney", 2026, 4, 3, 10, 0, "2026-04-02T23:00:00Z");
  assert_start ("Australia/Sydney", 2026, 4, 7, 10, 0, "2026-04-07T00:00:00Z");
  assert_start ("Australia/Sydney", 2026, 10, 2, 10, 0, "2026-10-02T00:00:00Z");
  assert_start ("Australia/Sydney", 2026, 10, 5, 10, 0, "2026-10-04T23:00:00Z");
  /* The tutorial's launch: 10:00 in Los Angeles in December is 18:00Z. */
  assert_start ("America/Los_Angeles", 2025, 12, 15, 10, 0, "2025-12-15T18:00:00Z");
}

static void
test_clock_change_warnings (void)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) repeated = NULL;
  g_autofree char *skipped_start = NULL;
  const EvdEventProblem *problem;
  EvdEventDay spring = { 2026, 3, 8, 2, 30, 4, 0 };
  EvdEventDay autumn = { 2026, 11, 1, 1, 30, 3, 0 };

  g_array_index (draft->days, EvdEventDay, 0) = spring;
  skipped = evd_event_draft_check (draft, NULL);
  problem = evd_event_draft_find_problem (skipped, "day-0-start");
  g_assert_nonnull (problem);
  g_assert_true (problem->warning);
  g_assert_nonnull (strstr (problem->message, "03:30"));
  g_assert_false (evd_event_draft_has_errors (skipped));
  /* 02:30 that does not exist is read as 03:30 EDT = 07:30Z */
  skipped_start = start_in_utc ("America/New_York", 2026, 3, 8, 2, 30);
  g_assert_cmpstr (skipped_start, ==, "2026-03-08T07:30:00Z");

  g_array_index (draft->days, EvdEventDay, 0) = autumn;
  repeated = evd_event_draft_check (draft, NULL);
  problem = evd_event_draft_find_problem (repeated, "day-0-start");
  g_assert_nonnull (problem);
  g_assert_true (problem->warning);
  assert_start ("America/New_York", 2026, 11, 1, 1, 30, "2026-11-01T05:30:00Z");
}

static void
test_create_body (void)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_RECURRING);
  g_autoptr(JsonNode) body = NULL;
  JsonObject *object, *recurrence;

  evd_recurrence_set_recurrence_type (draft->recurrence, EVD_RECURRENCE_TYPE_MONTHLY);
  evd_recurrence_set_monthly_week (draft->recurrence, 1);
  evd_recurrence_set_monthly_week_day (draft->recurrence, 3);
  evd_recurrence_set_end_times (draft->recurrence, 12);
  g_array_index (draft->days, EvdEventDay, 0).end_hour = 10;
  body = evd_event_draft_to_json (draft, NULL);
  object = json_node_get_object (body);

  g_assert_cmpstr (json_object_get_string_member (object, "event_type"), ==, "RECURRING");
  g_assert_cmpstr (json_object_get_string_member (object, "meeting_type"), ==, "WEBINAR");
  g_assert_cmpstr (json_object_get_string_member (object, "access_level"), ==, "PRIVATE_UNRESTRICTED");
  g_assert_cmpstr (json_object_get_string_member (object, "attendance_type"), ==, "virtual");
  g_assert_cmpstr (json_object_get_string_member (object, "hub_id"), ==, "hub1");
  recurrence = json_object_get_object_member (object, "recurrence");
  g_assert_cmpint (json_object_get_int_member (recurrence, "type"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (recurrence, "monthly_week"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (recurrence, "monthly_week_day"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (recurrence, "end_times"), ==, 12);
  g_assert_cmpint (json_object_get_int_member (recurrence, "duration"), ==, 60);
}

static void
test_occurrences (void)
{
  g_autoptr(EvdEventDraft) draft = valid_draft (EVD_EVENT_TYPE_RECURRING);
  g_autoptr(GPtrArray) occurrences = NULL;
  EvdEventDay first = { 2026, 1, 6, 10, 0, 11, 0 };   /* the first Tuesday of 2026 */

  g_array_index (draft->days, EvdEventDay, 0) = first;
  evd_recurrence_set_recurrence_type (draft->recurrence, EVD_RECURRENCE_TYPE_MONTHLY);
  evd_recurrence_set_monthly_week (draft->recurrence, 1);
  evd_recurrence_set_monthly_week_day (draft->recurrence, 3);
  evd_recurrence_set_end_times (draft->recurrence, 12);
  occurrences = evd_event_draft_list_occurrences (draft, 0);

  g_assert_cmpuint (occurrences->len, ==, 12);
  for (guint i = 0; i < occurrences->len; i++)
    {
      GDateTime *start = g_ptr_array_index (occurrences, i);

      g_assert_cmpint (g_date_time_get_day_of_week (start), ==, 2);
      g_assert_cmpint (g_date_time_get_day_of_month (start), <=, 7);
      g_assert_cmpint (g_date_time_get_hour (start), ==, 10);
    }
}

static void
test_patch_only_changes (void)
{
  g_autoptr(EvdEvent) event = evd_event_new ();
  g_autoptr(GDateTime) start = utc ("2030-03-01T15:00:00Z");
  g_autoptr(GDateTime) end = utc ("2030-03-01T16:00:00Z");
  g_autoptr(EvdEventDraft) draft = NULL;
  g_autoptr(JsonNode) patch = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  evd_event_set_event_type (event, EVD_EVENT_TYPE_SIMPLE_EVENT);
  evd_event_set_name (event, "Old");
  evd_event_set_description (event, "About");
  evd_event_set_hub_id (event, "hub1");
  evd_event_set_timezone (event, "America/New_York");
  evd_event_set_meeting_type (event, EVD_MEETING_TYPE_WEBINAR);
  evd_event_set_access_level (event, EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED);
  evd_event_set_attendance_type (event, EVD_ATTENDANCE_TYPE_VIRTUAL);
  evd_event_set_tagline (event, "");
  evd_event_add_calendar_entry (event, start, end);
  evd_event_clear_changes (event);

  draft = evd_event_draft_new_from_event (event);
  evd_event_draft_set_string (&draft->name, "New");
  g_assert_true (evd_event_draft_apply (draft, event, &error));
  g_assert_no_error (error);
  patch = evd_event_to_patch_json (event);
  object = json_node_get_object (patch);
  g_assert_cmpuint (json_object_get_size (object), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "New");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-checks/valid", test_valid);
  g_test_add_func ("/event-checks/required", test_required);
  g_test_add_func ("/event-checks/zone-and-place", test_bad_zone_and_place);
  g_test_add_func ("/event-checks/end-before-start", test_end_before_start);
  g_test_add_func ("/event-checks/past-start", test_past_start);
  g_test_add_func ("/event-checks/past-start-kept-on-edit", test_past_start_kept_on_edit);
  g_test_add_func ("/event-checks/days", test_days);
  g_test_add_func ("/event-checks/recurrence-bounds", test_recurrence_bounds);
  g_test_add_func ("/event-checks/recurrence-fields", test_recurrence_fields);
  g_test_add_func ("/event-checks/utc-across-dst", test_utc_across_dst);
  g_test_add_func ("/event-checks/clock-change-warnings", test_clock_change_warnings);
  g_test_add_func ("/event-checks/create-body", test_create_body);
  g_test_add_func ("/event-checks/occurrences", test_occurrences);
  g_test_add_func ("/event-checks/patch-only-changes", test_patch_only_changes);

  return g_test_run ();
}
