/* evd-ticket-list.h: an event's registrations, fetched page by page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_TICKET_LIST (evd_ticket_list_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicketList, evd_ticket_list, EVD, TICKET_LIST, GObject)

/* Zoom's largest page: fewer, bigger requests for a list read in order. */
#define EVD_TICKET_LIST_PAGE_SIZE EVD_CLIENT_MAX_PAGE_SIZE

EvdTicketList *evd_ticket_list_new           (EvdClient     *client,
                                              const char    *event_id,
                                              const char    *email_filter);
const char    *evd_ticket_list_get_email_filter (EvdTicketList *self);
void           evd_ticket_list_load_more     (EvdTicketList *self);
void           evd_ticket_list_stop          (EvdTicketList *self);
void           evd_ticket_list_set_read_ahead (EvdTicketList *self,
                                               gboolean       at_end);
gboolean       evd_ticket_list_is_loading    (EvdTicketList *self);
gboolean       evd_ticket_list_has_first_page (EvdTicketList *self);
gboolean       evd_ticket_list_is_complete   (EvdTicketList *self);
gint64         evd_ticket_list_get_total     (EvdTicketList *self);
const GError  *evd_ticket_list_get_error     (EvdTicketList *self);

G_END_DECLS
