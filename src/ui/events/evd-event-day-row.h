/* evd-event-day-row.h: one day of an event, a date with its start and end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-event-checks.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_DAY_ROW (evd_event_day_row_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventDayRow, evd_event_day_row, EVD, EVENT_DAY_ROW, GtkListBoxRow)

GtkWidget  *evd_event_day_row_new           (void);
void        evd_event_day_row_set_index     (EvdEventDayRow    *self,
                                             guint              index,
                                             gboolean           removable);
void        evd_event_day_row_set_day       (EvdEventDayRow    *self,
                                             const EvdEventDay *day);
void        evd_event_day_row_get_day       (EvdEventDayRow    *self,
                                             EvdEventDay       *day);
void        evd_event_day_row_set_date      (EvdEventDayRow    *self,
                                             int                year,
                                             int                month,
                                             int                day);
void        evd_event_day_row_set_times     (EvdEventDayRow    *self,
                                             int                start_hour,
                                             int                start_minute,
                                             int                end_hour,
                                             int                end_minute);
void        evd_event_day_row_show_problems (EvdEventDayRow    *self,
                                             GPtrArray         *problems);

G_END_DECLS
