/* test-recurrence.c: recurring schedules, read, written, expanded and checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "evd-json.h"
#include "evd-recurrence.h"
#include "evd-time.h"

static EvdRecurrence *
recurrence_from_string (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = evd_json_parse (json, -1, &error);
  EvdRecurrence *recurrence;

  g_assert_no_error (error);
  recurrence = evd_recurrence_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recurrence);
  return recurrence;
}

static char *
node_to_string (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

static GDateTime *
local_time (const char *zone_id,
            int         year,
            int         month,
            int         day,
            int         hour,
            int         minute)
{
  g_autoptr(GTimeZone) tz = evd_time_zone_new (zone_id);

  g_assert_nonnull (tz);
  return evd_time_from_wall_clock (tz, year, month, day, hour, minute, 0, NULL);
}

/* Checks each occurrence's local date, and that all start at @hour:@minute */
static void
assert_occurrences (GPtrArray  *occurrences,
                    int         hour,
                    int         minute,
                    const char *expected_dates)
{
  g_autoptr(GString) dates = g_string_new (NULL);

  for (guint i = 0; i < occurrences->len; i++)
    {
      GDateTime *start = g_ptr_array_index (occurrences, i);

      g_assert_cmpint (g_date_time_get_hour (start), ==, hour);
      g_assert_cmpint (g_date_time_get_minute (start), ==, minute);
      g_string_append_printf (dates, "%s%04d-%02d-%02d", i > 0 ? " " : "",
                              g_date_time_get_year (start), g_date_time_get_month (start),
                              g_date_time_get_day_of_month (start));
    }

  g_assert_cmpstr (dates->str, ==, expected_dates);
}

static void
test_product_tips_tuesday (void)
{
  g_autoptr(EvdRecurrence) recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_MONTHLY);
  g_autoptr(GTimeZone) new_york = evd_time_zone_new ("America/New_York");
  g_autoptr(GDateTime) first = local_time ("America/New_York", 2025, 1, 7, 10, 0);
  g_autoptr(GPtrArray) occurrences = NULL;
  gboolean saw_winter = FALSE, saw_summer = FALSE;

  /* The tutorial's "first Tuesday of each month for 12 months", 10:00 New York */
  evd_recurrence_set_monthly_week (recurrence, 1);
  evd_recurrence_set_monthly_week_day (recurrence, 3);
  evd_recurrence_set_end_times (recurrence, 12);
  evd_recurrence_set_duration (recurrence, 60);
  g_assert_true (evd_recurrence_validate (recurrence, NULL));

  occurrences = evd_recurrence_expand (recurrence, first, new_york, 0);
  g_assert_cmpuint (occurrences->len, ==, 12);
  assert_occurrences (occurrences, 10, 0,
                      "2025-01-07 2025-02-04 2025-03-04 2025-04-01 2025-05-06 2025-06-03 "
                      "2025-07-01 2025-08-05 2025-09-02 2025-10-07 2025-11-04 2025-12-02");

  for (guint i = 0; i < occurrences->len; i++)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (g_ptr_array_index (occurrences, i));

      g_assert_cmpint (g_date_time_get_day_of_week (utc), ==, 2);
      /* 10:00 local is 15:00 UTC in winter and 14:00 UTC in summer */
      saw_winter |= g_date_time_get_hour (utc) == 15;
      saw_summer |= g_date_time_get_hour (utc) == 14;
      g_assert_true (g_date_time_get_hour (utc) == 14 || g_date_time_get_hour (utc) == 15);
    }
  g_assert_true (saw_winter && saw_summer);
}

static void
test_tutorial_json (void)
{
  /* As Zoom's tutorial writes it: "monthly" and "monthly_day" */
  g_autoptr(EvdRecurrence) recurrence =
    recurrence_from_string ("{\"type\": \"monthly\", \"repeat_interval\": 1,"
                            " \"monthly_day\": 2, \"end_times\": 12}");
  g_autoptr(JsonNode) create = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (evd_recurrence_get_recurrence_type (recurrence), ==, EVD_RECURRENCE_TYPE_MONTHLY);
  g_assert_cmpuint (evd_recurrence_get_monthly_day (recurrence), ==, 2);
  g_assert_cmpuint (evd_recurrence_get_end_times (recurrence), ==, 12);
  g_assert_nonnull (evd_recurrence_get_json (recurrence));

  /* Written the way the API wants it: a number type, monthly_days */
  create = evd_recurrence_to_json (recurrence, EVD_RECURRENCE_JSON_CREATE);
  text = node_to_string (create);
  g_assert_cmpstr (text, ==, "{\"type\":3,\"repeat_interval\":1,\"monthly_days\":[2],\"end_times\":12}");
}

static void
test_weekly_days_forms (void)
{
  g_autoptr(EvdRecurrence) from_get =
    recurrence_from_string ("{\"type\": 2, \"repeat_interval\": 1, \"weekly_days\": \"2,4\","
                            " \"end_date_time\": \"2025-06-30T22:00:00Z\", \"duration\": 45}");
  g_autoptr(EvdRecurrence) from_post =
    recurrence_from_string ("{\"type\": 2, \"weekly_days\": [2, 4, 9, \"x\"], \"monthly_days\": [15]}");
  g_autoptr(JsonNode) create = NULL;
  g_autoptr(JsonNode) update = NULL;
  g_autofree char *create_text = NULL;
  g_autofree char *update_text = NULL;

  g_assert_cmpint (evd_recurrence_get_weekly_days (from_get), ==,
                   EVD_WEEKDAYS_MONDAY | EVD_WEEKDAYS_WEDNESDAY);
  g_assert_cmpint (evd_recurrence_get_weekly_days (from_post), ==,
                   EVD_WEEKDAYS_MONDAY | EVD_WEEKDAYS_WEDNESDAY);
  g_assert_cmpuint (evd_recurrence_get_monthly_day (from_post), ==, 15);
  g_assert_cmpuint (evd_recurrence_get_duration (from_get), ==, 45);

  create = evd_recurrence_to_json (from_get, EVD_RECURRENCE_JSON_CREATE);
  update = evd_recurrence_to_json (from_get, EVD_RECURRENCE_JSON_UPDATE);
  create_text = node_to_string (create);
  update_text = node_to_string (update);
  g_assert_cmpstr (create_text, ==,
                   "{\"type\":2,\"repeat_interval\":1,\"weekly_days\":[2,4],"
                   "\"end_date_time\":\"2025-06-30T22:00:00Z\",\"duration\":45}");
  g_assert_cmpstr (update_text, ==,
                   "{\"type\":2,\"repeat_interval\":1,\"weekly_days\":\"2,4\","
                   "\"end_date_time\":\"2025-06-30T22:00:00Z\",\"duration\":45}");
}

static void
test_hostile_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) array = evd_json_parse ("[1, 2]", -1, NULL);
  g_autoptr(EvdRecurrence) odd =
    recurrence_from_string ("{\"type\": \"fortnightly\", \"repeat_interval\": -4,"
                            " \"weekly_days\": {\"a\": 1}, \"monthly_week\": \"last\","
                            " \"end_times\": 1e300, \"end_date_time\": 7, \"extra\": [null]}");

  g_assert_null (evd_recurrence_new_from_json (array, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (evd_recurrence_new_from_json (NULL, &error));
  g_assert_nonnull (error);

  g_assert_cmpint (evd_recurrence_get_recurrence_type (odd), ==, EVD_RECURRENCE_TYPE_UNKNOWN);
  g_assert_cmpuint (evd_recurrence_get_repeat_interval (odd), ==, 1);
  g_assert_cmpint (evd_recurrence_get_weekly_days (odd), ==, EVD_WEEKDAYS_NONE);
  g_assert_cmpint (evd_recurrence_get_monthly_week (odd), ==, 0);
  g_assert_cmpuint (evd_recurrence_get_end_times (odd), ==, 0);
  g_assert_null (evd_recurrence_get_end_date_time (odd));
  g_assert_false (evd_recurrence_validate (odd, NULL));
}

static void
test_weekly_monday_wednesday (void)
{
  g_autoptr(EvdRecurrence) recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_WEEKLY);
  g_autoptr(GTimeZone) berlin = evd_time_zone_new ("Europe/Berlin");
  g_autoptr(GDateTime) monday = local_time ("Europe/Berlin", 2025, 3, 24, 9, 0);
  g_autoptr(GDateTime) tuesday = local_time ("Europe/Berlin", 2025, 3, 25, 9, 0);
  g_autoptr(GPtrArray) from_monday = NULL;
  g_autoptr(GPtrArray) from_tuesday = NULL;
  g_autoptr(GPtrArray) fortnightly = NULL;

  evd_recurrence_set_weekly_days (recurrence, EVD_WEEKDAYS_MONDAY | EVD_WEEKDAYS_WEDNESDAY);
  evd_recurrence_set_end_times (recurrence, 6);
  g_assert_true (evd_recurrence_validate (recurrence, NULL));

  /* Across Berlin's change to summer time on 30 March */
  from_monday = evd_recurrence_expand (recurrence, monday, berlin, 0);
  assert_occurrences (from_monday, 9, 0,
                      "2025-03-24 2025-03-26 2025-03-31 2025-04-02 2025-04-07 2025-04-09");

  /* Starting on a Tuesday, the first occurrence is the Wednesday */
  from_tuesday = evd_recurrence_expand (recurrence, tuesday, berlin, 3);
  assert_occurrences (from_tuesday, 9, 0, "2025-03-26 2025-03-31 2025-04-02");

  evd_recurrence_set_repeat_interval (recurrence, 2);
  evd_recurrence_set_end_times (recurrence, 4);
  fortnightly = evd_recurrence_expand (recurrence, monday, berlin, 0);
  assert_occurrences (fortnightly, 9, 0, "2025-03-24 2025-03-26 2025-04-07 2025-04-09");
}

static void
test_daily_interval (void)
{
  g_autoptr(EvdRecurrence) recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_DAILY);
  g_autoptr(GTimeZone) berlin = evd_time_zone_new ("Europe/Berlin");
  g_autoptr(GDateTime) first = local_time ("Europe/Berlin", 2025, 10, 24, 9, 0);
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GDateTime) first_utc = NULL;
  g_autoptr(GDateTime) last_utc = NULL;

  evd_recurrence_set_repeat_interval (recurrence, 3);
  evd_recurrence_set_end_times (recurrence, 4);
  occurrences = evd_recurrence_expand (recurrence, first, berlin, 0);
  assert_occurrences (occurrences, 9, 0, "2025-10-24 2025-10-27 2025-10-30 2025-11-02");

  first_utc = g_date_time_to_utc (g_ptr_array_index (occurrences, 0));
  last_utc = g_date_time_to_utc (g_ptr_array_index (occurrences, 3));
  g_assert_cmpint (g_date_time_get_hour (first_utc), ==, 7);
  g_assert_cmpint (g_date_time_get_hour (last_utc), ==, 8);
}

static void
test_end_by_date (void)
{
  g_autoptr(EvdRecurrence) recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_DAILY);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) first = evd_time_parse ("2025-05-01T10:00:00Z");
  g_autoptr(GDateTime) end = evd_time_parse ("2025-05-05T10:00:00Z");
  g_autoptr(GPtrArray) until_end = NULL;
  g_autoptr(GPtrArray) capped = NULL;

  evd_recurrence_set_end_date_time (recurrence, end);
  g_assert_true (evd_recurrence_validate (recurrence, NULL));
  until_end = evd_recurrence_expand (recurrence, first, utc, 0);
  assert_occurrences (until_end, 10, 0, "2025-05-01 2025-05-02 2025-05-03 2025-05-04 2025-05-05");

  /* No end at all: the caller's cap applies */
  evd_recurrence_set_end_date_time (recurrence, NULL);
  capped = evd_recurrence_expand (recurrence, first, utc, 10);
  g_assert_cmpuint (capped->len, ==, 10);
}

static void
test_monthly_days (void)
{
  g_autoptr(EvdRecurrence) recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_MONTHLY);
  g_autoptr(GTimeZone) kolkata = evd_time_zone_new ("Asia/Kolkata");
  g_autoptr(GDateTime) first = local_time ("Asia/Kolkata", 2025, 1, 31, 18, 30);
  g_autoptr(GPtrArray) on_31st = NULL;
  g_autoptr(GPtrArray) last_friday = NULL;

  /* Months without a 31st are skipped */
  evd_recurrence_set_monthly_day (recurrence, 31);
  evd_recurrence_set_end_times (recurrence, 4);
  on_31st = evd_recurrence_expand (recurrence, first, kolkata, 0);
  assert_occurrences (on_31st, 18, 30, "2025-01-31 2025-03-31 2025-05-31 2025-07-31");

  evd_recurrence_set_monthly_day (recurrence, 0);
  evd_recurrence_set_monthly_week (recurrence, -1);
  evd_recurrence_set_monthly_week_day (recurrence, 6);
  evd_recurrence_set_repeat_interval (recurrence, 3);
  g_assert_true (evd_recurrence_validate (recurrence, NULL));
  last_friday = evd_recurrence_expand (recurrence, first, kolkata, 0);
  assert_occurrences (last_friday, 18, 30, "2025-01-31 2025-04-25 2025-07-25 2025-10-31");
}

static void
assert_invalid (EvdRecurrence *recurrence,
                const char    *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (evd_recurrence_validate (recurrence, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static void
test_validation_bounds (void)
{
  g_autoptr(EvdRecurrence) daily = evd_recurrence_new (EVD_RECURRENCE_TYPE_DAILY);
  g_autoptr(EvdRecurrence) weekly = evd_recurrence_new (EVD_RECURRENCE_TYPE_WEEKLY);
  g_autoptr(EvdRecurrence) monthly = evd_recurrence_new (EVD_RECURRENCE_TYPE_MONTHLY);
  g_autoptr(EvdRecurrence) unknown = evd_recurrence_new (EVD_RECURRENCE_TYPE_UNKNOWN);
  g_autoptr(GDateTime) end = evd_time_parse ("2025-05-05T10:00:00Z");

  evd_recurrence_set_end_times (daily, 1);
  evd_recurrence_set_repeat_interval (daily, 90);
  g_assert_true (evd_recurrence_validate (daily, NULL));
  evd_recurrence_set_repeat_interval (daily, 91);
  assert_invalid (daily, "90 days");
  evd_recurrence_set_repeat_interval (daily, 0);
  assert_invalid (daily, "Repeat every");
  evd_recurrence_set_repeat_interval (daily, 1);

  evd_recurrence_set_end_times (daily, 60);
  g_assert_true (evd_recurrence_validate (daily, NULL));
  evd_recurrence_set_end_times (daily, 61);
  assert_invalid (daily, "60 times");
  evd_recurrence_set_end_date_time (daily, end);
  assert_invalid (daily, "not both");
  evd_recurrence_set_end_times (daily, 0);
  g_assert_true (evd_recurrence_validate (daily, NULL));
  evd_recurrence_set_end_date_time (daily, NULL);
  assert_invalid (daily, "Ends");

  evd_recurrence_set_end_times (weekly, 5);
  assert_invalid (weekly, "Days of the week");
  evd_recurrence_set_weekly_days (weekly, EVD_WEEKDAYS_FRIDAY);
  evd_recurrence_set_repeat_interval (weekly, 12);
  g_assert_true (evd_recurrence_validate (weekly, NULL));
  evd_recurrence_set_repeat_interval (weekly, 13);
  assert_invalid (weekly, "12 weeks");

  evd_recurrence_set_end_times (monthly, 5);
  assert_invalid (monthly, "Day of the month");
  evd_recurrence_set_monthly_day (monthly, 32);
  assert_invalid (monthly, "1 to 31");
  evd_recurrence_set_monthly_day (monthly, 15);
  evd_recurrence_set_repeat_interval (monthly, 3);
  g_assert_true (evd_recurrence_validate (monthly, NULL));
  evd_recurrence_set_repeat_interval (monthly, 4);
  assert_invalid (monthly, "3 months");
  evd_recurrence_set_repeat_interval (monthly, 1);
  evd_recurrence_set_monthly_week (monthly, 2);
  assert_invalid (monthly, "not both");
  evd_recurrence_set_monthly_day (monthly, 0);
  evd_recurrence_set_monthly_week (monthly, 5);
  evd_recurrence_set_monthly_week_day (monthly, 2);
  assert_invalid (monthly, "Week of the month");
  evd_recurrence_set_monthly_week (monthly, 4);
  evd_recurrence_set_monthly_week_day (monthly, 8);
  assert_invalid (monthly, "Day of the week");

  evd_recurrence_set_end_times (unknown, 3);
  assert_invalid (unknown, "daily, weekly or monthly");
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_notify_and_copy (void)
{
  g_autoptr(EvdRecurrence) recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_WEEKLY);
  g_autoptr(EvdRecurrence) copy = NULL;
  guint count = 0;

  g_signal_connect (recurrence, "notify", G_CALLBACK (notify_cb), &count);
  evd_recurrence_set_repeat_interval (recurrence, 1);
  g_assert_cmpuint (count, ==, 0);
  evd_recurrence_set_repeat_interval (recurrence, 2);
  evd_recurrence_set_repeat_interval (recurrence, 2);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (recurrence, "weekly-days", EVD_WEEKDAYS_SUNDAY, NULL);
  g_assert_cmpuint (count, ==, 2);

  copy = evd_recurrence_copy (recurrence);
  g_assert_cmpuint (evd_recurrence_get_repeat_interval (copy), ==, 2);
  g_assert_cmpint (evd_recurrence_get_weekly_days (copy), ==, EVD_WEEKDAYS_SUNDAY);
  evd_recurrence_set_repeat_interval (copy, 5);
  g_assert_cmpuint (evd_recurrence_get_repeat_interval (recurrence), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recurrence/product-tips-tuesday", test_product_tips_tuesday);
  g_test_add_func ("/recurrence/json/tutorial", test_tutorial_json);
  g_test_add_func ("/recurrence/json/weekly-days", test_weekly_days_forms);
  g_test_add_func ("/recurrence/json/hostile", test_hostile_json);
  g_test_add_func ("/recurrence/expand/weekly", test_weekly_monday_wednesday);
  g_test_add_func ("/recurrence/expand/daily", test_daily_interval);
  g_test_add_func ("/recurrence/expand/end-date", test_end_by_date);
  g_test_add_func ("/recurrence/expand/monthly", test_monthly_days);
  g_test_add_func ("/recurrence/validate", test_validation_bounds);
  g_test_add_func ("/recurrence/notify-and-copy", test_notify_and_copy);

  return g_test_run ();
}
