/* evd-event-actions.h: Publish, Cancel, Duplicate and Delete for the event page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_ACTIONS (evd_event_actions_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventActions, evd_event_actions, EVD, EVENT_ACTIONS, GtkWidget)

/* Buttons for the "event", offered according to its status; the event page
 * binds its "client" and "event" (which it sets again on each reload).
 * Without a client or an event nothing is offered. After a change the
 * actions ask for "event-page.reload", "win.refresh" and
 * "browser.select-path". */
GtkWidget  *evd_event_actions_new        (void);
/* Whether "publish", "cancel", "duplicate" or "delete" is offered now. */
gboolean    evd_event_actions_is_offered (EvdEventActions *self,
                                          const char      *action);

G_END_DECLS
