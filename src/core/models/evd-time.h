/* evd-time.h: Zoom's UTC times, IANA zones and wall-clock conversion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a wall-clock time in a zone turned out to be on that day. */
typedef enum
{
  EVD_WALL_CLOCK_VALID,      /* exists exactly once */
  EVD_WALL_CLOCK_SKIPPED,    /* falls in the hour skipped when clocks go forward */
  EVD_WALL_CLOCK_REPEATED,   /* happens twice when clocks go back */
} EvdWallClock;

GDateTime   *evd_time_parse               (const char   *text);
char        *evd_time_format_utc          (GDateTime    *time);

GTimeZone   *evd_time_zone_new            (const char   *identifier);
GDateTime   *evd_time_from_wall_clock     (GTimeZone    *zone,
                                           int           year,
                                           int           month,
                                           int           day,
                                           int           hour,
                                           int           minute,
                                           int           second,
                                           EvdWallClock *out_kind);
GDateTime   *evd_time_to_wall_clock       (GDateTime    *time,
                                           GTimeZone    *zone);

char       **evd_time_list_zones          (void);
char       **evd_time_list_zones_from_dir (const char   *zoneinfo_dir);
char        *evd_time_get_local_zone_name (void);

G_END_DECLS
