/* evd-ticket-type.h: a kind of ticket an event offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define EVD_TYPE_TICKET_TYPE (evd_ticket_type_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicketType, evd_ticket_type, EVD, TICKET_TYPE, GObject)

/* `quantity` when Zoom gave none: no limit was set. */
#define EVD_TICKET_TYPE_QUANTITY_UNSET (-1)

EvdTicketType     *evd_ticket_type_new                (void);
EvdTicketType     *evd_ticket_type_new_from_json      (JsonNode           *node,
                                                       GError            **error);
JsonNode          *evd_ticket_type_get_json           (EvdTicketType      *self);
JsonNode          *evd_ticket_type_to_json            (EvdTicketType      *self);

const char        *evd_ticket_type_get_ticket_type_id (EvdTicketType      *self);
gint64             evd_ticket_type_get_sold_quantity  (EvdTicketType      *self);

const char        *evd_ticket_type_get_name           (EvdTicketType      *self);
void               evd_ticket_type_set_name           (EvdTicketType      *self,
                                                       const char         *name);
const char        *evd_ticket_type_get_description    (EvdTicketType      *self);
void               evd_ticket_type_set_description    (EvdTicketType      *self,
                                                       const char         *description);
const char        *evd_ticket_type_get_currency       (EvdTicketType      *self);
void               evd_ticket_type_set_currency       (EvdTicketType      *self,
                                                       const char         *currency);
gboolean           evd_ticket_type_get_free           (EvdTicketType      *self);
void               evd_ticket_type_set_free           (EvdTicketType      *self,
                                                       gboolean            free_);
const char        *evd_ticket_type_get_price          (EvdTicketType      *self);
void               evd_ticket_type_set_price          (EvdTicketType      *self,
                                                       const char         *price);
gint64             evd_ticket_type_get_quantity       (EvdTicketType      *self);
void               evd_ticket_type_set_quantity       (EvdTicketType      *self,
                                                       gint64              quantity);
GDateTime         *evd_ticket_type_get_sale_start     (EvdTicketType      *self);
void               evd_ticket_type_set_sale_start     (EvdTicketType      *self,
                                                       GDateTime          *start);
GDateTime         *evd_ticket_type_get_sale_end       (EvdTicketType      *self);
void               evd_ticket_type_set_sale_end       (EvdTicketType      *self,
                                                       GDateTime          *end);
const char * const *evd_ticket_type_get_sessions      (EvdTicketType      *self);
void               evd_ticket_type_set_sessions       (EvdTicketType      *self,
                                                       const char * const *session_ids);

G_END_DECLS
