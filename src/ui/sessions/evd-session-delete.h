/* evd-session-delete.h: asks, then deletes one session of an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-event.h"
#include "evd-session.h"

G_BEGIN_DECLS

/* Asks, then deletes @session; TRUE once Zoom deleted it, or
 * G_IO_ERROR_CANCELLED when the organizer said no. */
void              evd_session_delete_async        (GtkWidget           *parent,
                                                   EvdClient           *client,
                                                   EvdEvent            *event,
                                                   EvdSession          *session,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean          evd_session_delete_finish       (GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
