/* evd-hub-events.h: a hub's events, downloaded once and shared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-client.h"
#include "evd-sidebar-item.h"

G_BEGIN_DECLS

void evd_hub_events_load (EvdSidebarItem *hub,
                          EvdClient      *client,
                          gboolean        refresh,
                          GCancellable   *cancellable);

G_END_DECLS
