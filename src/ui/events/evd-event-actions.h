/* evd-event-actions.h: Publish, Cancel, Duplicate and Delete for the event page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-event-page.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_ACTIONS (evd_event_actions_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventActions, evd_event_actions, EVD, EVENT_ACTIONS, GtkWidget)

/* Buttons for @page's event, offered according to its status; they follow
 * the page when it reloads the event. @client may be NULL (then nothing is
 * offered), so that a page built without its client still works. */
GtkWidget  *evd_event_actions_new        (EvdClient       *client,
                                          EvdEventPage    *page);
/* Whether "publish", "cancel", "duplicate" or "delete" is offered now. */
gboolean    evd_event_actions_is_offered (EvdEventActions *self,
                                          const char      *action);

/* Shows Zoom's refusal in a dialog, with @heading as its title. */
void        evd_show_error_dialog        (GtkWidget       *parent,
                                          const char      *heading,
                                          const GError    *error);

G_END_DECLS
