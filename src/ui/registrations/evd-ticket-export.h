/* evd-ticket-export.h: every registration of an event to a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-client.h"

G_BEGIN_DECLS

typedef void (*EvdTicketExportProgress) (guint    fetched,
                                         gint64   total,
                                         gpointer user_data);

void   evd_ticket_export_async  (EvdClient               *client,
                                 const char              *event_id,
                                 GHashTable              *ticket_type_names,
                                 GFile                   *file,
                                 GCancellable            *cancellable,
                                 EvdTicketExportProgress  progress,
                                 gpointer                 progress_data,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data);
guint  evd_ticket_export_finish (GAsyncResult            *result,
                                 GError                 **error);

G_END_DECLS
