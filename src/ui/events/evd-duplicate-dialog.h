/* evd-duplicate-dialog.h: asks for the copy's name, start and time zone, then duplicates an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-timezone-row.h"

#include "evd-client.h"
#include "evd-event.h"

G_BEGIN_DECLS

#define EVD_TYPE_DUPLICATE_DIALOG (evd_duplicate_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EvdDuplicateDialog, evd_duplicate_dialog, EVD, DUPLICATE_DIALOG, AdwMessageDialog)

/* evd_duplicate_event_finish() returns the new event's id, or NULL with
 * G_IO_ERROR_CANCELLED when the organizer said no, or Zoom's error. */
void   evd_duplicate_event_async  (GtkWidget            *parent,
                                   EvdClient            *client,
                                   EvdEvent             *event,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
char  *evd_duplicate_event_finish (GAsyncResult         *result,
                                   GError              **error);

/* For tests: the dialog's fields, found on the dialog evd_duplicate_event_async() shows. */
GtkEditable *evd_duplicate_dialog_get_name_entry (AdwMessageDialog *dialog);
GtkWidget   *evd_duplicate_dialog_get_start      (AdwMessageDialog *dialog);
EvdTimezoneRow *evd_duplicate_dialog_get_zone    (AdwMessageDialog *dialog);

G_END_DECLS
