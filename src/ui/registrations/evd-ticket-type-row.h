/* evd-ticket-type-row.h: the ticket type choice of Add Attendee and Paste Attendees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

/* The ticket type choice both dialogs show: "Default ticket type" first,
 * then the event's types by name. */
void         evd_ticket_type_row_load              (AdwComboRow          *row,
                                                    EvdClient            *client,
                                                    const char           *event_id,
                                                    GCancellable         *cancellable);
const char  *evd_ticket_type_row_get_selected_id   (AdwComboRow          *row);

G_END_DECLS
