/* evd-sidebar-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EVD_TYPE_SIDEBAR_ROW (evd_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (EvdSidebarRow, evd_sidebar_row, EVD, SIDEBAR_ROW, GtkWidget)

GtkWidget *evd_sidebar_row_new  (void);
void       evd_sidebar_row_bind (EvdSidebarRow  *self,
                                 GtkTreeListRow *row);

G_END_DECLS
