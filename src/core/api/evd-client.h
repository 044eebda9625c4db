/* evd-client.h: Event Desk's connection to the Zoom Events API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "evd-attendance-list.h"
#include "evd-auth.h"
#include "evd-event.h"
#include "evd-hub.h"
#include "evd-rate-class.h"
#include "evd-registration-list.h"
#include "evd-session.h"
#include "evd-ticket.h"
#include "evd-ticket-batch.h"
#include "evd-ticket-page.h"
#include "evd-ticket-type.h"

G_BEGIN_DECLS

#define EVD_TYPE_CLIENT (evd_client_get_type ())

G_DECLARE_FINAL_TYPE (EvdClient, evd_client, EVD, CLIENT, GObject)

/**
 * EvdRequestFlags:
 * @EVD_REQUEST_NONE: GET, PUT, PATCH and DELETE are resent after a lost
 *   answer or a 502–504; POST is not
 * @EVD_REQUEST_SAFE_TO_REPEAT: the caller knows this POST may be sent twice
 * @EVD_REQUEST_NOT_SAFE_TO_REPEAT: never resend this request once it went out
 */
typedef enum
{
  EVD_REQUEST_NONE               = 0,
  EVD_REQUEST_SAFE_TO_REPEAT     = 1 << 0,
  EVD_REQUEST_NOT_SAFE_TO_REPEAT = 1 << 1,
} EvdRequestFlags;

/* Zoom's largest page. */
#define EVD_CLIENT_MAX_PAGE_SIZE   300
/* Requests a client has on the wire at once (its connections to Zoom);
 * more wait for a free connection. */
#define EVD_CLIENT_MAX_IN_FLIGHT   40
/* Zoom's largest batch of tickets in one request. */
#define EVD_CLIENT_MAX_TICKETS     30

EvdClient      *evd_client_new                        (EvdAuth             *auth,
                                                       const char          *api_url);
EvdAuth        *evd_client_get_auth                   (EvdClient           *self);
const char     *evd_client_get_api_url                (EvdClient           *self);
double          evd_client_get_rate_limit             (EvdClient           *self);
void            evd_client_set_rate_limit             (EvdClient           *self,
                                                       double               per_second);
EvdPlan         evd_client_get_plan                   (EvdClient           *self);
void            evd_client_set_plan                   (EvdClient           *self,
                                                       EvdPlan              plan);
double          evd_client_get_class_rate             (EvdClient           *self,
                                                       EvdRateClass         rate_class);
guint           evd_client_get_heavy_remaining        (EvdClient           *self);
double          evd_client_get_latency                (EvdClient           *self);

/* A page asked for with a next_page_token was refused for its token (it
 * expires after 15 minutes): read the list again from its first page. */
gboolean        evd_client_error_is_page_token_refused (const GError       *error);

/* Any call: @query is a NULL-terminated list of name, value pairs. */
void            evd_client_request_async              (EvdClient           *self,
                                                       const char          *method,
                                                       const char          *path,
                                                       const char * const  *query,
                                                       JsonNode            *body,
                                                       EvdRequestFlags      flags,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
JsonNode       *evd_client_request_finish             (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* Hubs */
void            evd_client_list_hubs_async            (EvdClient           *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
GListModel     *evd_client_list_hubs_finish           (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* Events */
void            evd_client_list_events_async          (EvdClient           *self,
                                                       const char          *role_type,
                                                       const char          *event_status_type,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
GListModel     *evd_client_list_events_finish         (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_list_hub_events_async      (EvdClient           *self,
                                                       const char          *hub_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
GListModel     *evd_client_list_hub_events_finish     (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_list_hub_events_json_async (EvdClient           *self,
                                                       const char          *hub_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
JsonArray      *evd_client_list_hub_events_json_finish (EvdClient          *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_get_event_json_async       (EvdClient           *self,
                                                       const char          *event_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
JsonNode       *evd_client_get_event_json_finish      (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_create_event_json_async    (EvdClient           *self,
                                                       JsonNode            *event,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
JsonNode       *evd_client_create_event_json_finish   (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_get_event_async            (EvdClient           *self,
                                                       const char          *event_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdEvent       *evd_client_get_event_finish           (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_create_event_async         (EvdClient           *self,
                                                       JsonNode            *event,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdEvent       *evd_client_create_event_finish        (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_update_event_async         (EvdClient           *self,
                                                       const char          *event_id,
                                                       JsonNode            *changes,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_update_event_finish        (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_delete_event_async         (EvdClient           *self,
                                                       const char          *event_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_delete_event_finish        (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_publish_event_async        (EvdClient           *self,
                                                       const char          *event_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_publish_event_finish       (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_cancel_event_async         (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *cancel_message,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_cancel_event_finish        (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_duplicate_event_async      (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *name,
                                                       GDateTime           *start_time,
                                                       const char          *timezone,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
char           *evd_client_duplicate_event_finish     (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* Sessions */
void            evd_client_list_sessions_async        (EvdClient           *self,
                                                       const char          *event_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
GListModel     *evd_client_list_sessions_finish       (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_get_session_async          (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *session_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdSession     *evd_client_get_session_finish         (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_create_session_async       (EvdClient           *self,
                                                       const char          *event_id,
                                                       JsonNode            *session,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdSession     *evd_client_create_session_finish      (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_update_session_async       (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *session_id,
                                                       JsonNode            *changes,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_update_session_finish      (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_delete_session_async       (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *session_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_delete_session_finish      (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* Meeting <-> webinar of a single-session or recurring event, the way
 * Zoom documents it: through its session's type. */
void            evd_client_set_meeting_type_async     (EvdClient           *self,
                                                       const char          *event_id,
                                                       EvdMeetingType       meeting_type,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_set_meeting_type_finish    (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* Ticket types */
void            evd_client_list_ticket_types_async    (EvdClient           *self,
                                                       const char          *event_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
GListModel     *evd_client_list_ticket_types_finish   (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_create_ticket_type_async   (EvdClient           *self,
                                                       const char          *event_id,
                                                       JsonNode            *ticket_type,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
char           *evd_client_create_ticket_type_finish  (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* Tickets (registrations) */
void            evd_client_list_tickets_page_async    (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *page_token,
                                                       guint                page_size,
                                                       const char          *email_filter,
                                                       const char          *external_id_filter,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdTicketPage  *evd_client_list_tickets_page_finish   (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_list_tickets_async         (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *email_filter,
                                                       const char          *external_id_filter,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
GListModel     *evd_client_list_tickets_finish        (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_get_ticket_async           (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *ticket_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdTicket      *evd_client_get_ticket_finish          (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_create_tickets_async       (EvdClient           *self,
                                                       const char          *event_id,
                                                       GPtrArray           *tickets,
                                                       const char          *registration_source,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdTicketBatch *evd_client_create_tickets_finish      (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_update_ticket_async        (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *ticket_id,
                                                       JsonNode            *changes,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_update_ticket_finish       (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_delete_ticket_async        (EvdClient           *self,
                                                       const char          *event_id,
                                                       const char          *ticket_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean        evd_client_delete_ticket_finish       (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* Registrants: every page, as Zoom's JSON objects */
void            evd_client_list_registrants_async     (EvdClient           *self,
                                                       const char          *event_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
JsonArray      *evd_client_list_registrants_finish    (EvdClient           *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* Reports (evd-client-reports.c): every page, as lean rows. Zoom labels the
 * registration and event attendance reports HEAVY, the session one LIGHT. */
void            evd_client_report_registrations_async (EvdClient           *self,
                                                       const char          *event_id,
                                                       GDateTime           *from,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdRegistrationList *evd_client_report_registrations_finish (EvdClient      *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_report_attendance_async    (EvdClient           *self,
                                                       const char          *event_id,
                                                       GDateTime           *from,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdAttendanceList *evd_client_report_attendance_finish (EvdClient          *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void            evd_client_report_session_attendance_async (EvdClient      *self,
                                                       const char          *event_id,
                                                       const char          *session_id,
                                                       const char          *session_name,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
EvdAttendanceList *evd_client_report_session_attendance_finish (EvdClient  *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

G_END_DECLS
