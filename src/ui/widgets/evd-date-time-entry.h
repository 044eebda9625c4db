/* evd-date-time-entry.h: a date and a time of day, read in a given time zone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EVD_TYPE_DATE_TIME_ENTRY (evd_date_time_entry_get_type ())

G_DECLARE_FINAL_TYPE (EvdDateTimeEntry, evd_date_time_entry, EVD, DATE_TIME_ENTRY, GtkWidget)

GtkWidget  *evd_date_time_entry_new          (void);
/* Shows @time (any zone) as wall-clock time in @zone_identifier. */
void        evd_date_time_entry_set_time     (EvdDateTimeEntry *self,
                                              GDateTime        *time,
                                              const char       *zone_identifier);
/* The wall-clock time shown, read in @zone_identifier, as UTC; NULL when
 * the zone is unknown. */
GDateTime  *evd_date_time_entry_dup_time     (EvdDateTimeEntry *self,
                                              const char       *zone_identifier);
void        evd_date_time_entry_set_accessible_name (EvdDateTimeEntry *self,
                                              const char       *name);

G_END_DECLS
