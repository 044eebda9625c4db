/* evd-ticket.h: one registration (a ticket) for an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define EVD_TYPE_TICKET (evd_ticket_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicket, evd_ticket, EVD, TICKET, GObject)

EvdTicket   *evd_ticket_new                         (void);
EvdTicket   *evd_ticket_new_from_json               (JsonNode    *node,
                                                     GError     **error);
JsonNode    *evd_ticket_dup_json                    (EvdTicket   *self);
JsonNode    *evd_ticket_get_json                    (EvdTicket   *self);
JsonNode    *evd_ticket_to_json                     (EvdTicket   *self);
JsonNode    *evd_ticket_to_patch_json               (EvdTicket   *self);

const char  *evd_ticket_get_field                   (EvdTicket   *self,
                                                     const char  *wire_name);

/* Set by Zoom */
const char  *evd_ticket_get_ticket_id               (EvdTicket   *self);
const char  *evd_ticket_get_event_join_link         (EvdTicket   *self);
const char  *evd_ticket_get_event_registration_link (EvdTicket   *self);
const char  *evd_ticket_get_qr_code_url             (EvdTicket   *self);
const char  *evd_ticket_get_authentication_method   (EvdTicket   *self);
const char  *evd_ticket_get_ticket_role_type        (EvdTicket   *self);

/* Sent when creating */
const char  *evd_ticket_get_ticket_type_id          (EvdTicket   *self);
void         evd_ticket_set_ticket_type_id          (EvdTicket   *self,
                                                     const char  *ticket_type_id);
const char  *evd_ticket_get_external_ticket_id      (EvdTicket   *self);
void         evd_ticket_set_external_ticket_id      (EvdTicket   *self,
                                                     const char  *external_ticket_id);
const char  *evd_ticket_get_email                   (EvdTicket   *self);
void         evd_ticket_set_email                   (EvdTicket   *self,
                                                     const char  *email);
const char  *evd_ticket_get_registration_source     (EvdTicket   *self);
void         evd_ticket_set_registration_source     (EvdTicket   *self,
                                                     const char  *source);
const char  *evd_ticket_get_session_id              (EvdTicket   *self);
void         evd_ticket_set_session_id              (EvdTicket   *self,
                                                     const char  *session_id);
gboolean     evd_ticket_get_send_notification       (EvdTicket   *self);
void         evd_ticket_set_send_notification       (EvdTicket   *self,
                                                     gboolean     send_notification);

/* The attendee's profile */
const char  *evd_ticket_get_first_name              (EvdTicket   *self);
void         evd_ticket_set_first_name              (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_last_name               (EvdTicket   *self);
void         evd_ticket_set_last_name               (EvdTicket   *self,
                                                     const char  *value);
/* "First Last", or the one given; %NULL when neither is */
char        *evd_ticket_dup_full_name               (EvdTicket   *self);
const char  *evd_ticket_get_address                 (EvdTicket   *self);
void         evd_ticket_set_address                 (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_city                    (EvdTicket   *self);
void         evd_ticket_set_city                    (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_state                   (EvdTicket   *self);
void         evd_ticket_set_state                   (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_zip                     (EvdTicket   *self);
void         evd_ticket_set_zip                     (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_country                 (EvdTicket   *self);
void         evd_ticket_set_country                 (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_phone                   (EvdTicket   *self);
void         evd_ticket_set_phone                   (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_industry                (EvdTicket   *self);
void         evd_ticket_set_industry                (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_job_title               (EvdTicket   *self);
void         evd_ticket_set_job_title               (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_organization            (EvdTicket   *self);
void         evd_ticket_set_organization            (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_organization_size       (EvdTicket   *self);
void         evd_ticket_set_organization_size       (EvdTicket   *self,
                                                     const char  *value);
const char  *evd_ticket_get_comments                (EvdTicket   *self);
void         evd_ticket_set_comments                (EvdTicket   *self,
                                                     const char  *value);

/* Answers to the event's own questions, keyed by the question's title */
const char  *evd_ticket_get_custom_answer           (EvdTicket   *self,
                                                     const char  *title);
GPtrArray   *evd_ticket_dup_custom_titles           (EvdTicket   *self);
void         evd_ticket_set_custom_answer           (EvdTicket   *self,
                                                     const char  *title,
                                                     const char  *answer);

G_END_DECLS
