/* evd-timezone-row.h: a searchable list of the time zones Zoom takes, in a row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EVD_TYPE_TIMEZONE_ROW (evd_timezone_row_get_type ())

G_DECLARE_FINAL_TYPE (EvdTimezoneRow, evd_timezone_row, EVD, TIMEZONE_ROW, AdwActionRow)

GtkWidget     *evd_timezone_row_new             (void);
const char    *evd_timezone_row_get_zone        (EvdTimezoneRow *self);
void           evd_timezone_row_set_zone        (EvdTimezoneRow *self,
                                                 const char     *zone);
GtkWidget     *evd_timezone_row_get_search_entry (EvdTimezoneRow *self);
GtkWidget     *evd_timezone_row_get_list        (EvdTimezoneRow *self);
const char    *evd_timezone_row_get_row_zone    (EvdTimezoneRow *self,
                                                 GtkWidget      *list_row);

G_END_DECLS
