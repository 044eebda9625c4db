/* test-time.c: Zoom times, zones and wall-clock conversion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "evd-time.h"
#include "evd-zoom-zones.h"

static GTimeZone *
zone (const char *identifier)
{
  GTimeZone *tz = evd_time_zone_new (identifier);

  g_assert_nonnull (tz);
  return tz;
}

/* Converts and checks both the UTC result and what happened to the clock */
static void
assert_wall_clock (const char   *zone_id,
                   int           year,
                   int           month,
                   int           day,
                   int           hour,
                   int           minute,
                   const char   *expected_utc,
                   EvdWallClock  expected_kind)
{
  g_autoptr(GTimeZone) tz = zone (zone_id);
  g_autoptr(GDateTime) instant = NULL;
  g_autofree char *utc = NULL;
  EvdWallClock kind = -1;

  instant = evd_time_from_wall_clock (tz, year, month, day, hour, minute, 0, &kind);
  g_assert_nonnull (instant);
  utc = evd_time_format_utc (instant);
  g_assert_cmpstr (utc, ==, expected_utc);
  g_assert_cmpint (kind, ==, expected_kind);
}

static void
test_new_york (void)
{
  /* Clocks go forward on 9 March 2025 and back on 2 November 2025 */
  assert_wall_clock ("America/New_York", 2025, 3, 8, 10, 0, "2025-03-08T15:00:00Z", EVD_WALL_CLOCK_VALID);
  assert_wall_clock ("America/New_York", 2025, 3, 10, 10, 0, "2025-03-10T14:00:00Z", EVD_WALL_CLOCK_VALID);
  /* 02:30 does not exist: read with the offset before, it is 03:30 EDT */
  assert_wall_clock ("America/New_York", 2025, 3, 9, 2, 30, "2025-03-09T07:30:00Z", EVD_WALL_CLOCK_SKIPPED);
  /* 01:30 happens twice: the first, still EDT */
  assert_wall_clock ("America/New_York", 2025, 11, 2, 1, 30, "2025-11-02T05:30:00Z", EVD_WALL_CLOCK_REPEATED);
  assert_wall_clock ("America/New_York", 2025, 11, 3, 10, 0, "2025-11-03T15:00:00Z", EVD_WALL_CLOCK_VALID);
}

static void
test_berlin (void)
{
  assert_wall_clock ("Europe/Berlin", 2025, 3, 29, 12, 0, "2025-03-29T11:00:00Z", EVD_WALL_CLOCK_VALID);
  assert_wall_clock ("Europe/Berlin", 2025, 3, 31, 12, 0, "2025-03-31T10:00:00Z", EVD_WALL_CLOCK_VALID);
  assert_wall_clock ("Europe/Berlin", 2025, 3, 30, 2, 15, "2025-03-30T01:15:00Z", EVD_WALL_CLOCK_SKIPPED);
  assert_wall_clock ("Europe/Berlin", 2025, 10, 26, 2, 30, "2025-10-26T00:30:00Z", EVD_WALL_CLOCK_REPEATED);
  assert_wall_clock ("Europe/Berlin", 2025, 10, 26, 3, 30, "2025-10-26T02:30:00Z", EVD_WALL_CLOCK_VALID);
}

static void
test_sydney (void)
{
  /* Southern hemisphere: daylight time ends in April and starts in October */
  assert_wall_clock ("Australia/Sydney", 2025, 4, 5, 12, 0, "2025-04-05T01:00:00Z", EVD_WALL_CLOCK_VALID);
  assert_wall_clock ("Australia/Sydney", 2025, 4, 7, 12, 0, "2025-04-07T02:00:00Z", EVD_WALL_CLOCK_VALID);
  assert_wall_clock ("Australia/Sydney", 2025, 4, 6, 2, 30, "2025-04-05T15:30:00Z", EVD_WALL_CLOCK_REPEATED);
  assert_wall_clock ("Australia/Sydney", 2025, 10, 5, 2, 30, "2025-10-04T16:30:00Z", EVD_WALL_CLOCK_SKIPPED);
}

static void
test_half_hour_zone (void)
{
  assert_wall_clock ("Asia/Kolkata", 2025, 6, 1, 9, 0, "2025-06-01T03:30:00Z", EVD_WALL_CLOCK_VALID);
  assert_wall_clock ("Asia/Kolkata", 2025, 1, 1, 0, 15, "2024-12-31T18:45:00Z", EVD_WALL_CLOCK_VALID);
  assert_wall_clock ("UTC", 2025, 1, 1, 0, 15, "2025-01-01T00:15:00Z", EVD_WALL_CLOCK_VALID);
}

static void
test_invalid_wall_clock (void)
{
  g_autoptr(GTimeZone) tz = zone ("Europe/Berlin");
  g_autoptr(GDateTime) leap_day = NULL;

  g_assert_null (evd_time_from_wall_clock (tz, 2025, 2, 29, 10, 0, 0, NULL));
  g_assert_null (evd_time_from_wall_clock (tz, 2025, 13, 1, 10, 0, 0, NULL));
  g_assert_null (evd_time_from_wall_clock (tz, 2025, 1, 1, 24, 0, 0, NULL));
  g_assert_null (evd_time_from_wall_clock (tz, 0, 1, 1, 10, 0, 0, NULL));
  leap_day = evd_time_from_wall_clock (tz, 2024, 2, 29, 10, 0, 0, NULL);
  g_assert_nonnull (leap_day);
  g_assert_null (evd_time_zone_new ("Not/AZone"));
  g_assert_null (evd_time_zone_new (""));
  g_assert_null (evd_time_zone_new (NULL));
}

static void
test_back_to_wall_clock (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GDateTime) instant = evd_time_parse ("2025-07-04T14:00:00Z");
  g_autoptr(GDateTime) local = evd_time_to_wall_clock (instant, new_york);

  g_assert_cmpint (g_date_time_get_hour (local), ==, 10);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 4);
  g_assert_true (g_date_time_equal (instant, local));
}

static void
test_format_utc (void)
{
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(GDateTime) summer = g_date_time_new (berlin, 2025, 6, 10, 12, 0, 0);
  g_autoptr(GDateTime) fraction = g_date_time_new (berlin, 2025, 1, 10, 12, 0, 5.75);
  g_autofree char *summer_text = evd_time_format_utc (summer);
  g_autofree char *fraction_text = evd_time_format_utc (fraction);

  /* The instant, not the wall clock: never "12:00:00Z" */
  g_assert_cmpstr (summer_text, ==, "2025-06-10T10:00:00Z");
  g_assert_cmpstr (fraction_text, ==, "2025-01-10T11:00:05Z");
}

static void
assert_parses (const char *text,
               const char *expected)
{
  g_autoptr(GDateTime) time = evd_time_parse (text);
  g_autofree char *formatted = NULL;

  g_assert_nonnull (time);
  g_assert_cmpint (g_date_time_get_utc_offset (time), ==, 0);
  formatted = evd_time_format_utc (time);
  g_assert_cmpstr (formatted, ==, expected);
}

static void
test_parse (void)
{
  assert_parses ("2025-12-15T18:00:00Z", "2025-12-15T18:00:00Z");
  assert_parses ("2025-12-15T18:00:00.123Z", "2025-12-15T18:00:00Z");
  assert_parses ("2025-12-15T19:30:00+01:30", "2025-12-15T18:00:00Z");
  assert_parses ("2025-12-15T13:00:00-05:00", "2025-12-15T18:00:00Z");
  assert_parses ("2025-12-15 18:00:00Z", "2025-12-15T18:00:00Z");
  assert_parses ("  2025-12-15T18:00:00Z\n", "2025-12-15T18:00:00Z");
  assert_parses ("2025-12-15T18:00:00", "2025-12-15T18:00:00Z");

  g_assert_null (evd_time_parse (NULL));
  g_assert_null (evd_time_parse (""));
  g_assert_null (evd_time_parse ("tomorrow"));
  g_assert_null (evd_time_parse ("<html><body>Bad gateway</body></html>"));
  g_assert_null (evd_time_parse ("2025-02-30T10:00:00Z"));
  g_assert_null (evd_time_parse ("2025-12-15T25:00:00Z"));
}

static void
test_zone_list (void)
{
  g_auto(GStrv) zones = evd_time_list_zones ();
  guint length = g_strv_length (zones);

  g_assert_cmpuint (length, >, 100);
  g_assert_true (g_strv_contains ((const char * const *) zones, "Europe/Berlin"));
  g_assert_true (g_strv_contains ((const char * const *) zones, "America/New_York"));
  g_assert_true (g_strv_contains ((const char * const *) zones, "Asia/Kolkata"));
  g_assert_true (g_strv_contains ((const char * const *) zones, "UTC"));
  for (guint i = 1; i < length; i++)
    g_assert_cmpint (g_strcmp0 (zones[i - 1], zones[i]), <, 0);
}

static void
test_zone_list_fallbacks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("evd-zones-XXXXXX", NULL);
  g_autofree char *zi = g_build_filename (dir, "tzdata.zi", NULL);
  g_auto(GStrv) only_utc = NULL;
  g_auto(GStrv) from_zi = NULL;

  g_assert_nonnull (dir);
  only_utc = evd_time_list_zones_from_dir (dir);
  g_assert_cmpuint (g_strv_length (only_utc), ==, 1);
  g_assert_cmpstr (only_utc[0], ==, "UTC");

  g_assert_true (g_file_set_contents (zi,
                                      "# version 2024a\n"
                                      "R E 1981 ma - Mar lastSu 1u 1 S\n"
                                      "Z Europe/Berlin 0:53:28 - LMT 1893 Ap\n"
                                      "1 c CE%sT\n"
                                      "Z Asia/Kolkata 5:53:28 - LMT 1854 Jun 28\n"
                                      "Z Etc/GMT+5 -5 - -05\n"
                                      "L Europe/Berlin Arctic/Longyearbyen\n",
                                      -1, NULL));
  from_zi = evd_time_list_zones_from_dir (dir);
  g_assert_cmpuint (g_strv_length (from_zi), ==, 3);
  g_assert_cmpstr (from_zi[0], ==, "Asia/Kolkata");
  g_assert_cmpstr (from_zi[1], ==, "Europe/Berlin");
  g_assert_cmpstr (from_zi[2], ==, "UTC");

  g_remove (zi);
  g_rmdir (dir);
}

static void
test_local_zone_name (void)
{
  g_autofree char *name = NULL;
  g_autoptr(GTimeZone) tz = NULL;

  /* Whatever the machine says, the answer is a zone Event Desk can use */
  name = evd_time_get_local_zone_name ();
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");
  tz = evd_time_zone_new (name);
  g_assert_nonnull (tz);
}

/* Zoom's list: 135 IDs with its labels, in its order. */
static void
test_zoom_zones (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (evd_zoom_zones_get_n_zones (), ==, 135);
  g_assert_cmpstr (evd_zoom_zones_get_id (0), ==, "Pacific/Midway");
  g_assert_cmpstr (evd_zoom_zones_get_label (0), ==, "Midway Island, Samoa");
  g_assert_cmpstr (evd_zoom_zones_label_for ("America/Los_Angeles"), ==, "Pacific Time (US and Canada)");
  g_assert_cmpstr (evd_zoom_zones_label_for ("SST"), ==, "Solomon Islands");
  g_assert_true (evd_zoom_zones_contains ("Asia/Calcutta"));
  g_assert_true (evd_zoom_zones_contains ("Asia/Kolkata"));
  g_assert_false (evd_zoom_zones_contains ("Etc/UTC"));
  g_assert_false (evd_zoom_zones_contains ("Europe/Tallinn"));
  g_assert_null (evd_zoom_zones_label_for ("Mars/Olympus"));
  for (guint i = 0; i < evd_zoom_zones_get_n_zones (); i++)
    {
      g_assert_true (g_hash_table_add (seen, (gpointer) evd_zoom_zones_get_id (i)));
      g_assert_cmpstr (evd_zoom_zones_get_label (i), !=, "");
    }
}

/* A computer's zone maps to the listed one with the same rules. */
static void
test_zoom_zone_match (void)
{
  static const struct { const char *computer; const char *zoom; } cases[] = {
    { "America/New_York", "America/New_York" },       /* listed as it is */
    { "Asia/Kolkata", "Asia/Kolkata" },
    { "Etc/UTC", "UTC" },                             /* Debian's default */
    { "Europe/Kyiv", "Europe/Kiev" },                 /* renamed: Zoom has the old name */
    { "Asia/Ho_Chi_Minh", "Asia/Saigon" },
    { "Pacific/Guadalcanal", "SST" },
    { "Europe/Tallinn", "Europe/Helsinki" },          /* same EU rules, same region */
    { "Europe/Riga", "Europe/Helsinki" },
    { "America/Toronto", "America/Montreal" },
    { "America/Boise", NULL },                        /* Denver's and Edmonton's rules */
    { "Australia/Melbourne", "Australia/Sydney" },
    { "Africa/Lagos", NULL },                         /* UTC+1 all year */
  };
  g_autoptr(GTimeZone) lagos = evd_time_zone_new ("Africa/Lagos");

  if (lagos == NULL)
    {
      g_test_skip ("No time zone database");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *match = evd_zoom_zones_match (cases[i].computer);

      g_assert_nonnull (match);
      g_assert_true (evd_zoom_zones_contains (match));
      if (cases[i].zoom != NULL)
        g_assert_cmpstr (match, ==, cases[i].zoom);
      else
        {
          g_autoptr(GTimeZone) computer = evd_time_zone_new (cases[i].computer);
          g_autoptr(GTimeZone) mapped = evd_time_zone_new (match);

          /* Any listed zone with the same rules will do: same offsets in
           * winter and summer. */
          for (int month = 1; month <= 12; month += 6)
            {
              g_autoptr(GDateTime) when = g_date_time_new_utc (2026, month, 15, 12, 0, 0);
              gint64 unix_time = g_date_time_to_unix (when);

              g_assert_cmpint (g_time_zone_get_offset (mapped, g_time_zone_find_interval (mapped, G_TIME_TYPE_UNIVERSAL, unix_time)), ==,
                               g_time_zone_get_offset (computer, g_time_zone_find_interval (computer, G_TIME_TYPE_UNIVERSAL, unix_time)));
            }
        }
    }

  g_assert_null (evd_zoom_zones_match (NULL));
  g_assert_null (evd_zoom_zones_match ("Mars/Olympus"));
  g_assert_true (evd_zoom_zones_contains (evd_zoom_zones_match_local ()));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time/wall-clock/new-york", test_new_york);
  g_test_add_func ("/time/wall-clock/berlin", test_berlin);
  g_test_add_func ("/time/wall-clock/sydney", test_sydney);
  g_test_add_func ("/time/wall-clock/half-hour", test_half_hour_zone);
  g_test_add_func ("/time/wall-clock/invalid", test_invalid_wall_clock);
  g_test_add_func ("/time/wall-clock/back", test_back_to_wall_clock);
  g_test_add_func ("/time/format-utc", test_format_utc);
  g_test_add_func ("/time/parse", test_parse);
  g_test_add_func ("/time/zones/list", test_zone_list);
  g_test_add_func ("/time/zones/fallbacks", test_zone_list_fallbacks);
  g_test_add_func ("/time/zones/local", test_local_zone_name);
  g_test_add_func ("/time/zones/zoom", test_zoom_zones);
  g_test_add_func ("/time/zones/zoom-match", test_zoom_zone_match);

  return g_test_run ();
}
