/* evd-hub-event-row.h: one event in the hub page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-event.h"

G_BEGIN_DECLS

#define EVD_TYPE_HUB_EVENT_ROW (evd_hub_event_row_get_type ())

G_DECLARE_FINAL_TYPE (EvdHubEventRow, evd_hub_event_row, EVD, HUB_EVENT_ROW, GtkWidget)

GtkWidget *evd_hub_event_row_new  (void);
void       evd_hub_event_row_bind (EvdHubEventRow *self,
                                   EvdEvent       *event,
                                   GDateTime      *now);

G_END_DECLS
