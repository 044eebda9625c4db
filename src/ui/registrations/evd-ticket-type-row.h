/* evd-ticket-type-row.h: the ticket type choice of Add Attendee and Paste Attendees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_TICKET_TYPE_ROW (evd_ticket_type_row_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicketTypeRow, evd_ticket_type_row, EVD, TICKET_TYPE_ROW, AdwComboRow)

/* The ticket type choice both dialogs show: "Default ticket type" first,
 * then the event's types by name. */
void         evd_ticket_type_row_load              (EvdTicketTypeRow     *self,
                                                    EvdClient            *client,
                                                    const char           *event_id,
                                                    GCancellable         *cancellable);
const char  *evd_ticket_type_row_get_selected_id   (EvdTicketTypeRow     *self);

G_END_DECLS
