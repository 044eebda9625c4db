/* evd-sidebar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-sidebar-item.h"

G_BEGIN_DECLS

#define EVD_TYPE_SIDEBAR (evd_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (EvdSidebar, evd_sidebar, EVD, SIDEBAR, GtkWidget)

GtkWidget      *evd_sidebar_new                (void);
void            evd_sidebar_set_client         (EvdSidebar         *self,
                                                EvdClient          *client);
void            evd_sidebar_reload             (EvdSidebar         *self);
EvdSidebarItem *evd_sidebar_get_selected_item  (EvdSidebar         *self);
char          **evd_sidebar_dup_selected_path  (EvdSidebar         *self);
void            evd_sidebar_select_path        (EvdSidebar         *self,
                                                const char * const *path);
void            evd_sidebar_focus_search       (EvdSidebar         *self);
gboolean        evd_sidebar_is_loading         (EvdSidebar         *self);
gboolean        evd_sidebar_get_load_failed    (EvdSidebar         *self);
GListModel     *evd_sidebar_get_rows           (EvdSidebar         *self);
gboolean        evd_sidebar_is_restoring_selection (EvdSidebar     *self);

G_END_DECLS
