/* evd-ticket-batch.h: what Zoom made of one batch of new registrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One refused attendee: Zoom's per-email error. */
typedef struct
{
  char *email;
  char *error_code;   /* e.g. "ticket_type_notfound", "stock_not_exist" */
  char *message;
} EvdTicketError;

#define EVD_TYPE_TICKET_ERROR (evd_ticket_error_get_type ())

GType           evd_ticket_error_get_type         (void) G_GNUC_CONST;
EvdTicketError *evd_ticket_error_new              (const char     *email,
                                                   const char     *error_code,
                                                   const char     *message);
EvdTicketError *evd_ticket_error_copy             (const EvdTicketError *error);
void            evd_ticket_error_free             (EvdTicketError *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdTicketError, evd_ticket_error_free)

#define EVD_TYPE_TICKET_BATCH (evd_ticket_batch_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicketBatch, evd_ticket_batch, EVD, TICKET_BATCH, GObject)

EvdTicketBatch *evd_ticket_batch_new              (GListModel     *tickets,
                                                   GPtrArray      *errors);
GListModel     *evd_ticket_batch_get_tickets      (EvdTicketBatch *self);
guint           evd_ticket_batch_get_n_errors     (EvdTicketBatch *self);
const EvdTicketError *
                evd_ticket_batch_get_error        (EvdTicketBatch *self,
                                                   guint           position);
const EvdTicketError *
                evd_ticket_batch_find_error       (EvdTicketBatch *self,
                                                   const char     *email);

G_END_DECLS
