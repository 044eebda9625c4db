/* evd-duplicate-tickets.h: finding and removing a person's extra tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-client.h"

G_BEGIN_DECLS

GPtrArray *evd_duplicate_tickets_find          (GListModel          *tickets,
                                                const char          *event_id);

void       evd_duplicate_tickets_check_async   (EvdClient           *client,
                                                const char          *event_id,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
void       evd_duplicate_tickets_verify_async  (EvdClient           *client,
                                                const char          *event_id,
                                                gint64               expected_total,
                                                GPtrArray           *known_extras,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GPtrArray *evd_duplicate_tickets_check_finish  (GAsyncResult        *result,
                                                GError             **error);

void       evd_duplicate_tickets_remove_async  (EvdClient           *client,
                                                const char          *event_id,
                                                GPtrArray           *extras,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
guint      evd_duplicate_tickets_remove_finish (GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
