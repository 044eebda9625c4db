/* evd-registration-actions.h: Add Attendee, Paste Attendees and a registration's details, from the registrations page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-registrations-page.h"

G_BEGIN_DECLS

/* The "Add Attendee…" and "Paste Attendees…" buttons for @page's actions
 * box. On a draft or cancelled event they explain why nobody can be added
 * and offer to publish. Without a client or an event: an empty box. */
GtkWidget   *evd_registration_actions_new          (EvdRegistrationsPage *page,
                                                    EvdClient            *client,
                                                    EvdEvent             *event);

/* The column view's "activate" handler, connected swapped to @page:
 * opens the details of the registration at @position. */
void         evd_registration_actions_open_details (EvdRegistrationsPage *page,
                                                    guint                 position,
                                                    gpointer              column_view);

/* For tests and the dialogs: whether attendees can be added to @event now. */
gboolean     evd_registration_actions_can_register (EvdEvent             *event);

/* The ticket type choice both dialogs show: "Default ticket type" first,
 * then the event's types by name. */
void         evd_ticket_type_row_load              (AdwComboRow          *row,
                                                    EvdClient            *client,
                                                    const char           *event_id,
                                                    GCancellable         *cancellable);
const char  *evd_ticket_type_row_get_selected_id   (AdwComboRow          *row);

/* A registration's name for sentences: "Sarah Chen", else the email. */
char        *evd_ticket_dup_display_name           (EvdTicket            *ticket);

G_END_DECLS
