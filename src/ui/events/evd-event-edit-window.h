/* evd-event-edit-window.h: change an event's details, with what is locked and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_EDIT_WINDOW (evd_event_edit_window_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventEditWindow, evd_event_edit_window, EVD, EVENT_EDIT_WINDOW, AdwWindow)

GtkWidget *evd_event_edit_window_new      (GtkWindow          *parent,
                                           EvdClient          *client,
                                           EvdEvent           *event);
GtkWidget *evd_event_edit_window_get_form (EvdEventEditWindow *self);
gboolean   evd_event_edit_window_is_ready (EvdEventEditWindow *self);
void       evd_event_edit_window_run_async  (EvdEventEditWindow  *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean   evd_event_edit_window_run_finish (GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
