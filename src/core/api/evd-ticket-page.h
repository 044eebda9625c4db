/* evd-ticket-page.h: one page of an event's registrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EVD_TYPE_TICKET_PAGE (evd_ticket_page_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicketPage, evd_ticket_page, EVD, TICKET_PAGE, GObject)

EvdTicketPage *evd_ticket_page_new                 (GListModel    *tickets,
                                                    const char    *next_page_token,
                                                    gint64         total_records);
GListModel    *evd_ticket_page_get_tickets         (EvdTicketPage *self);
const char    *evd_ticket_page_get_next_page_token (EvdTicketPage *self);
gboolean       evd_ticket_page_is_last             (EvdTicketPage *self);
gint64         evd_ticket_page_get_total_records   (EvdTicketPage *self);
gint64         evd_ticket_page_count_registrations (EvdTicketPage *self,
                                                    gboolean      *exact);

G_END_DECLS
