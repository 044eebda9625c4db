/* evd-publish-dialog.h: asks before publishing an event, then publishes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-event.h"

G_BEGIN_DECLS

/* Shows a confirmation transient for @parent's window that says what
 * publishing does (links go live, registration opens, Zoom starts sending
 * confirmation emails, the event type locks, the meeting type locks once
 * people register); if the organizer answers Publish, publishes @event.
 *
 * evd_publish_event_finish() returns TRUE once Zoom has published the event,
 * FALSE with G_IO_ERROR_CANCELLED when the organizer said no (or @cancellable
 * fired), or FALSE with Zoom's error (EVD_API_ERROR domain). It shows no toast
 * and no error dialog: that is the caller's choice. */
void      evd_publish_event_async  (GtkWidget           *parent,
                                    EvdClient           *client,
                                    EvdEvent            *event,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean  evd_publish_event_finish (GAsyncResult        *result,
                                    GError             **error);

G_END_DECLS
