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

/* For any picker of Zoom's zones: a list of the zone IDs Zoom takes (as
 * GtkStringObjects, in Zoom's order); the text a person searches for an
 * item (Zoom's label and the ID); and a drop-down set up with both, which
 * shows the label on its button and label and ID in its list. */
GtkStringList *evd_timezone_row_new_zone_list   (void);
GtkExpression *evd_timezone_row_zone_expression (void);
void           evd_timezone_row_setup_drop_down (GtkDropDown    *drop_down);
void           evd_timezone_row_select          (GtkDropDown    *drop_down,
                                                 const char     *zone);

G_END_DECLS
