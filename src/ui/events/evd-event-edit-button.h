/* evd-event-edit-button.h: the event page's Edit… button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_EDIT_BUTTON (evd_event_edit_button_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventEditButton, evd_event_edit_button, EVD, EVENT_EDIT_BUTTON, GtkWidget)

/* An Edit… button for its "event", or the reason it cannot be changed.
 * The event page binds its "client" and "event"; after a save the button
 * asks for "event-page.reload". */
GtkWidget *evd_event_edit_button_new (void);

G_END_DECLS
