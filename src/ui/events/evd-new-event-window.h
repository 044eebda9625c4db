/* evd-new-event-window.h: New Event, from choosing the type to a draft in Zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_NEW_EVENT_WINDOW (evd_new_event_window_get_type ())

G_DECLARE_FINAL_TYPE (EvdNewEventWindow, evd_new_event_window, EVD, NEW_EVENT_WINDOW, AdwWindow)

GtkWidget    *evd_new_event_window_new          (GtkWindow         *parent,
                                                 EvdClient         *client,
                                                 const char        *hub_id);
const char   *evd_new_event_window_get_step     (EvdNewEventWindow *self);
GtkWidget    *evd_new_event_window_get_form     (EvdNewEventWindow *self);
void          evd_new_event_window_set_now      (EvdNewEventWindow *self,
                                                 GDateTime         *now);

gboolean    evd_new_event_window_is_loading (EvdNewEventWindow *self);

G_END_DECLS
