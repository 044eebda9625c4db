/* evd-ticket-type-dialog.h: adds a ticket type to a multi-session event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-event.h"

G_BEGIN_DECLS

#define EVD_TYPE_TICKET_TYPE_DIALOG (evd_ticket_type_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicketTypeDialog, evd_ticket_type_dialog, EVD, TICKET_TYPE_DIALOG, AdwWindow)

/* A modal window; it emits "saved" with the new ticket type's id once Zoom
 * created it, then closes. */
EvdTicketTypeDialog *evd_ticket_type_dialog_new           (GtkWidget           *parent,
                                                           EvdClient           *client,
                                                           EvdEvent            *event);
void                 evd_ticket_type_dialog_run_async     (EvdTicketTypeDialog *self,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
char                *evd_ticket_type_dialog_run_finish    (GAsyncResult        *result,
                                                           GError             **error);
void                 evd_ticket_type_dialog_save          (EvdTicketTypeDialog *self);
gboolean             evd_ticket_type_dialog_is_saving     (EvdTicketTypeDialog *self);

/* For tests: the fields and the message shown at each. */
GtkEditable         *evd_ticket_type_dialog_get_name      (EvdTicketTypeDialog *self);
GtkSwitch           *evd_ticket_type_dialog_get_free      (EvdTicketTypeDialog *self);
GtkEditable         *evd_ticket_type_dialog_get_price     (EvdTicketTypeDialog *self);
GtkDropDown         *evd_ticket_type_dialog_get_currency  (EvdTicketTypeDialog *self);
GtkEditable         *evd_ticket_type_dialog_get_quantity  (EvdTicketTypeDialog *self);
GtkWidget           *evd_ticket_type_dialog_get_sale_start (EvdTicketTypeDialog *self);
GtkWidget           *evd_ticket_type_dialog_get_sale_end  (EvdTicketTypeDialog *self);
const char          *evd_ticket_type_dialog_get_error     (EvdTicketTypeDialog *self,
                                                           const char          *field);

G_END_DECLS
