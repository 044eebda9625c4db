/* evd-ticket-types-group.h: the ticket types of a multi-session event, on its page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_TICKET_TYPES_GROUP (evd_ticket_types_group_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicketTypesGroup, evd_ticket_types_group, EVD, TICKET_TYPES_GROUP, GtkWidget)

/* Follows its "event" (the event page binds its "client" and "event");
 * without a client or an event the group stays hidden. */
GtkWidget  *evd_ticket_types_group_new              (void);
void        evd_ticket_types_group_reload           (EvdTicketTypesGroup *self);
gboolean    evd_ticket_types_group_is_loading       (EvdTicketTypesGroup *self);
/* (transfer none): #EvdTicketType items, as Zoom listed them */
GListModel *evd_ticket_types_group_get_ticket_types (EvdTicketTypesGroup *self);
/* Whether the event takes ticket types at all (multi-session events only). */
gboolean    evd_ticket_types_group_is_offered       (EvdTicketTypesGroup *self);

G_END_DECLS
