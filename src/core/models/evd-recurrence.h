/* evd-recurrence.h: the schedule of a recurring event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "evd-enums.h"

G_BEGIN_DECLS

#define EVD_TYPE_RECURRENCE (evd_recurrence_get_type ())

G_DECLARE_FINAL_TYPE (EvdRecurrence, evd_recurrence, EVD, RECURRENCE, GObject)

/* Bounds Zoom documents for Events' recurrence. Zoom states no maximum for
 * `end_times` on Events (its generic recurrence page says 50); 60 is the
 * number of occurrences Zoom's tutorial gives for recurring events. */
#define EVD_RECURRENCE_MAX_DAILY_INTERVAL   90
#define EVD_RECURRENCE_MAX_WEEKLY_INTERVAL  12
#define EVD_RECURRENCE_MAX_MONTHLY_INTERVAL 3
#define EVD_RECURRENCE_MAX_END_TIMES        60

/* Flavours of the request body: Zoom wants `weekly_days` and `monthly_days`
 * as arrays when an event is created, but a comma string / a number when
 * it is updated (and sends them that way). */
typedef enum
{
  EVD_RECURRENCE_JSON_CREATE,
  EVD_RECURRENCE_JSON_UPDATE,
} EvdRecurrenceJsonFlavor;

EvdRecurrence     *evd_recurrence_new                  (EvdRecurrenceType   type);
EvdRecurrence     *evd_recurrence_new_from_json        (JsonNode           *node,
                                                        GError            **error);
EvdRecurrence     *evd_recurrence_copy                 (EvdRecurrence      *self);
JsonNode          *evd_recurrence_get_json             (EvdRecurrence      *self);
JsonNode          *evd_recurrence_to_json              (EvdRecurrence      *self,
                                                        EvdRecurrenceJsonFlavor flavor);

EvdRecurrenceType  evd_recurrence_get_recurrence_type  (EvdRecurrence      *self);
void               evd_recurrence_set_recurrence_type  (EvdRecurrence      *self,
                                                        EvdRecurrenceType   type);
guint              evd_recurrence_get_repeat_interval  (EvdRecurrence      *self);
void               evd_recurrence_set_repeat_interval  (EvdRecurrence      *self,
                                                        guint               interval);
EvdWeekdays        evd_recurrence_get_weekly_days      (EvdRecurrence      *self);
void               evd_recurrence_set_weekly_days      (EvdRecurrence      *self,
                                                        EvdWeekdays         days);
guint              evd_recurrence_get_monthly_day      (EvdRecurrence      *self);
void               evd_recurrence_set_monthly_day      (EvdRecurrence      *self,
                                                        guint               day);
int                evd_recurrence_get_monthly_week     (EvdRecurrence      *self);
void               evd_recurrence_set_monthly_week     (EvdRecurrence      *self,
                                                        int                 week);
guint              evd_recurrence_get_monthly_week_day (EvdRecurrence      *self);
void               evd_recurrence_set_monthly_week_day (EvdRecurrence      *self,
                                                        guint               zoom_day);
guint              evd_recurrence_get_end_times        (EvdRecurrence      *self);
void               evd_recurrence_set_end_times        (EvdRecurrence      *self,
                                                        guint               end_times);
GDateTime         *evd_recurrence_get_end_date_time    (EvdRecurrence      *self);
void               evd_recurrence_set_end_date_time    (EvdRecurrence      *self,
                                                        GDateTime          *end);
guint              evd_recurrence_get_duration         (EvdRecurrence      *self);
void               evd_recurrence_set_duration         (EvdRecurrence      *self,
                                                        guint               minutes);

gboolean           evd_recurrence_validate             (EvdRecurrence      *self,
                                                        GError            **error);
GPtrArray         *evd_recurrence_expand               (EvdRecurrence      *self,
                                                        GDateTime          *first_start,
                                                        GTimeZone          *event_zone,
                                                        guint               max_occurrences);

G_END_DECLS
