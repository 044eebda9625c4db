/* evd-hub-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-sidebar-item.h"

G_BEGIN_DECLS

#define EVD_TYPE_HUB_PAGE (evd_hub_page_get_type ())

G_DECLARE_FINAL_TYPE (EvdHubPage, evd_hub_page, EVD, HUB_PAGE, GtkWidget)

GtkWidget  *evd_hub_page_new             (EvdClient        *client,
                                          EvdSidebarItem   *hub_item);
gboolean    evd_hub_page_is_loading      (EvdHubPage       *self);
GListModel *evd_hub_page_get_events      (EvdHubPage       *self);
guint       evd_hub_page_get_count       (EvdHubPage       *self,
                                          EvdDisplayStatus  status);

G_END_DECLS
