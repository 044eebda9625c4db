/* evd-time.c: Zoom's UTC times, IANA zones and wall-clock conversion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-time"

#include "config.h"

#include <string.h>

#include "evd-time.h"

#define SECONDS_PER_DAY 86400

/**
 * evd_time_parse:
 * @text: a time as Zoom writes it, `yyyy-MM-ddTHH:mm:ssZ`
 *
 * Also accepts fractional seconds, an explicit offset (`+05:30`), a space
 * instead of the `T` and, as UTC, a time without any zone.
 *
 * Returns: (transfer full) (nullable): the time in UTC, or %NULL
 */
GDateTime *
evd_time_parse (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *copy = NULL;
  char *space;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return NULL;

  /* "2025-06-10 09:00:00Z": only the date/time separator, not a trailing space */
  space = strchr (copy, ' ');
  if (space != NULL && space - copy == 10)
    *space = 'T';

  utc = g_time_zone_new_utc ();
  parsed = g_date_time_new_from_iso8601 (copy, utc);
  if (parsed == NULL)
    return NULL;

  return g_date_time_to_utc (parsed);
}

/**
 * evd_time_format_utc:
 *
 * Writes @time as Zoom wants it: the same instant in UTC, with a `Z`. The
 * wall-clock time in @time's own zone is never written as if it were UTC.
 *
 * Returns: (transfer full): e.g. `2025-12-15T18:00:00Z`
 */
char *
evd_time_format_utc (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * evd_time_zone_new:
 * @identifier: an IANA name such as `Europe/Berlin`
 *
 * Returns: (transfer full) (nullable): the zone, or %NULL when the system
 *   does not know @identifier (GLib would silently fall back on UTC)
 */
GTimeZone *
evd_time_zone_new (const char *identifier)
{
  if (identifier == NULL || *identifier == '\0')
    return NULL;
  /* Zoom lists the Solomon Islands as "SST", which is no IANA name. */
  if (g_str_equal (identifier, "SST"))
    identifier = "Pacific/Guadalcanal";
  return g_time_zone_new_identifier (identifier);
}

static gint32
offset_at (GTimeZone *zone,
           gint64     unix_time)
{
  int interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, unix_time);

  return g_time_zone_get_offset (zone, MAX (interval, 0));
}

/**
 * evd_time_from_wall_clock:
 * @zone: the zone the clock is in, usually the event's
 * @out_kind: (out) (optional): whether the time exists once, twice or never
 *
 * Finds the instant at which clocks in @zone show the given date and time.
 *
 * Two days a year that is not one instant. When clocks go forward, a time
 * in the skipped hour (02:30 in New York in March) is read with the offset
 * in force before the change, so it lands as far past the change as it
 * claims to be past 02:00: 03:30 daylight time. This is what RFC 5545 and
 * most calendars do. When clocks go back, a time in the repeated hour
 * (01:30 in New York in November) is the first of the two, still in
 * daylight time, again as RFC 5545 says: it is the one that comes first for
 * attendees. @out_kind tells a form that it should say so.
 *
 * Returns: (transfer full) (nullable): the instant, in @zone, or %NULL when
 *   the date or time does not exist in any zone (30 February, 25:00)
 */
GDateTime *
evd_time_from_wall_clock (GTimeZone    *zone,
                          int           year,
                          int           month,
                          int           day,
                          int           hour,
                          int           minute,
                          int           second,
                          EvdWallClock *out_kind)
{
  g_autoptr(GDateTime) as_utc = NULL;
  g_autoptr(GDateTime) instant = NULL;
  gint32 candidates[3];
  gint64 local, best = 0;
  guint n_valid = 0;
  EvdWallClock kind;

  g_return_val_if_fail (zone != NULL, NULL);

  if (year < 1 || year > 9999 || month < 1 || month > 12 ||
      day < 1 || day > g_date_get_days_in_month (month, year) ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
      second < 0 || second > 59)
    return NULL;

  /* The wall clock read as if it were UTC; the instant is local − offset
   * for an offset that is in force at that very instant. Offsets never
   * exceed a day, so the offsets a day either side cover every change. */
  as_utc = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (as_utc == NULL)
    return NULL;
  local = g_date_time_to_unix (as_utc);

  candidates[0] = offset_at (zone, local - SECONDS_PER_DAY);
  candidates[1] = offset_at (zone, local);
  candidates[2] = offset_at (zone, local + SECONDS_PER_DAY);

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      gint64 instant_unix = local - candidates[i];
      gboolean seen = FALSE;

      for (guint j = 0; j < i; j++)
        seen |= candidates[j] == candidates[i];
      if (seen || offset_at (zone, instant_unix) != candidates[i])
        continue;

      if (n_valid == 0 || instant_unix < best)
        best = instant_unix;
      n_valid++;
    }

  if (n_valid == 0)
    {
      gint32 before = MIN (MIN (candidates[0], candidates[1]), candidates[2]);

      /* Clocks jumped forward, so the smaller offset is the one before */
      best = local - before;
      kind = EVD_WALL_CLOCK_SKIPPED;
    }
  else
    {
      kind = n_valid > 1 ? EVD_WALL_CLOCK_REPEATED : EVD_WALL_CLOCK_VALID;
    }

  instant = g_date_time_new_from_unix_utc (best);
  if (instant == NULL)
    return NULL;

  if (out_kind != NULL)
    *out_kind = kind;
  return g_date_time_to_timezone (instant, zone);
}

/**
 * evd_time_to_wall_clock:
 *
 * Returns: (transfer full): @time as clocks in @zone show it
 */
GDateTime *
evd_time_to_wall_clock (GDateTime *time,
                        GTimeZone *zone)
{
  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  return g_date_time_to_timezone (time, zone);
}

static const char *
zoneinfo_dir (void)
{
  const char *dir = g_getenv ("TZDIR");

  return dir != NULL && *dir != '\0' ? dir : "/usr/share/zoneinfo";
}

/* zone.tab and zone1970.tab: comments, then "codes<TAB>coordinates<TAB>name…" */
static void
add_zones_from_tab (GHashTable *zones,
                    const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      columns = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (columns) >= 3 && *columns[2] != '\0')
        g_hash_table_add (zones, g_strdup (columns[2]));
    }
}

/* tzdata.zi, only when the .tab files are missing: "Z name …" per zone */
static void
add_zones_from_zi (GHashTable *zones,
                   const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;

      if (!g_str_has_prefix (lines[i], "Z "))
        continue;
      words = g_strsplit (lines[i], " ", 3);
      if (g_strv_length (words) >= 2 && strchr (words[1], '/') != NULL &&
          !g_str_has_prefix (words[1], "Etc/"))
        g_hash_table_add (zones, g_strdup (words[1]));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * evd_time_list_zones_from_dir:
 * @zoneinfo_dir: where the system's time zone data lives
 *
 * Lists the zones people pick from: the union of zone1970.tab and zone.tab
 * (the latter keeps one zone per country, so "Oslo" can be found even where
 * it is now a link), or tzdata.zi's zones when neither exists, plus `UTC`.
 *
 * Returns: (transfer full): sorted IANA names
 */
char **
evd_time_list_zones_from_dir (const char *dir)
{
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *zone1970 = NULL;
  g_autofree char *zone_tab = NULL;
  g_autofree char *zi = NULL;
  g_autofree char **names = NULL;
  char **result;
  guint length;

  g_return_val_if_fail (dir != NULL, NULL);

  zone1970 = g_build_filename (dir, "zone1970.tab", NULL);
  zone_tab = g_build_filename (dir, "zone.tab", NULL);
  zi = g_build_filename (dir, "tzdata.zi", NULL);

  add_zones_from_tab (zones, zone1970);
  add_zones_from_tab (zones, zone_tab);
  if (g_hash_table_size (zones) == 0)
    add_zones_from_zi (zones, zi);
  g_hash_table_add (zones, g_strdup ("UTC"));

  names = (char **) g_hash_table_get_keys_as_array (zones, &length);
  qsort (names, length, sizeof (char *), compare_strings);

  result = g_new0 (char *, length + 1);
  for (guint i = 0; i < length; i++)
    result[i] = g_strdup (names[i]);
  return result;
}

/**
 * evd_time_list_zones:
 *
 * Returns: (transfer full): the system's IANA zone names, sorted, for a
 *   searchable list; never empty (at least `UTC`)
 */
char **
evd_time_list_zones (void)
{
  return evd_time_list_zones_from_dir (zoneinfo_dir ());
}

static gboolean
looks_like_zone_name (const char *name)
{
  return name != NULL && *name != '\0' && *name != '/' && *name != ':' &&
         strstr (name, "..") == NULL;
}

/**
 * evd_time_get_local_zone_name:
 *
 * Returns: (transfer full): the computer's IANA zone, such as
 *   `Europe/Berlin`, or `UTC` when it cannot be told
 */
char *
evd_time_get_local_zone_name (void)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *identifier = g_time_zone_get_identifier (local);
  g_autofree char *target = NULL;
  const char *found;

  if (looks_like_zone_name (identifier))
    return g_strdup (identifier);

  /* TZ=":/etc/localtime" or none: the symlink usually names the zone */
  target = g_file_read_link ("/etc/localtime", NULL);
  if (target != NULL && (found = strstr (target, "zoneinfo/")) != NULL &&
      looks_like_zone_name (found + strlen ("zoneinfo/")))
    return g_strdup (found + strlen ("zoneinfo/"));

  return g_strdup ("UTC");
}
