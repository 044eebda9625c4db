/* evd-hub-event-list.h: a hub row's events, as a list of EvdEvent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-sidebar-item.h"

G_BEGIN_DECLS

#define EVD_TYPE_HUB_EVENT_LIST (evd_hub_event_list_get_type ())

G_DECLARE_FINAL_TYPE (EvdHubEventList, evd_hub_event_list, EVD, HUB_EVENT_LIST, GObject)

EvdHubEventList *evd_hub_event_list_new       (void);
void             evd_hub_event_list_set_hub   (EvdHubEventList *self,
                                               EvdSidebarItem  *hub);

G_END_DECLS
