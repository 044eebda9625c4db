/* evd-sandbox-routes.h: the sandbox's API endpoints, called under its lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "evd-sandbox-state.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *method;
  const char  *params[3];   /* the {id}s of the path, in order */
  GHashTable  *query;       /* may be NULL */
  GBytes      *body;        /* may be NULL */
} EvdSandboxRequest;

typedef struct
{
  guint        status;
  const char  *content_type;
  GBytes      *body;        /* NULL for 204 */
  gboolean     changed;     /* the state changed: save it */
} EvdSandboxReply;

typedef void (*EvdSandboxRouteFunc) (EvdSandboxState   *state,
                                     EvdSandboxRequest *request,
                                     EvdSandboxReply   *reply);

typedef struct
{
  const char          *method;
  const char          *pattern;  /* under /v2/zoom_events; "*" is an {id} */
  const char          *scope;    /* granular scope, without prefix and :admin */
  EvdSandboxRouteFunc  func;
} EvdSandboxRoute;

/* The table, in matching order. */
const EvdSandboxRoute *evd_sandbox_routes_get          (guint             *n_routes);
const char * const    *evd_sandbox_routes_all_scopes   (void);

/* Answers. */
void        evd_sandbox_reply_json          (EvdSandboxReply   *reply,
                                             guint              status,
                                             JsonNode          *node);
void        evd_sandbox_reply_object        (EvdSandboxReply   *reply,
                                             guint              status,
                                             JsonObject        *object);
void        evd_sandbox_reply_error         (EvdSandboxReply   *reply,
                                             guint              status,
                                             gint64             code,
                                             const char        *message);
void        evd_sandbox_reply_field_error   (EvdSandboxReply   *reply,
                                             const char        *field,
                                             const char        *message);
void        evd_sandbox_reply_no_content    (EvdSandboxReply   *reply);
void        evd_sandbox_reply_raw           (EvdSandboxReply   *reply,
                                             guint              status,
                                             const char        *content_type,
                                             const char        *text);

/* Shared checks; each answers the error itself and returns FALSE/NULL. */
JsonObject      *evd_sandbox_request_body_object  (EvdSandboxRequest *request,
                                                   EvdSandboxReply   *reply);
EvdSandboxEvent *evd_sandbox_request_event        (EvdSandboxState   *state,
                                                   EvdSandboxRequest *request,
                                                   EvdSandboxReply   *reply,
                                                   gboolean           to_change);
const char      *evd_sandbox_request_query        (EvdSandboxRequest *request,
                                                   const char        *name);
gboolean         evd_sandbox_request_page         (EvdSandboxState   *state,
                                                   EvdSandboxRequest *request,
                                                   EvdSandboxReply   *reply,
                                                   const char        *query_key,
                                                   guint             *offset,
                                                   guint             *page_size);
void             evd_sandbox_add_page_token       (EvdSandboxState   *state,
                                                   JsonObject        *answer,
                                                   const char        *query_key,
                                                   guint              next_offset,
                                                   guint              total);
gboolean         evd_sandbox_check_string         (EvdSandboxReply   *reply,
                                                   JsonObject        *object,
                                                   const char        *field,
                                                   gboolean           required,
                                                   guint              max_length);
gboolean         evd_sandbox_check_enum           (EvdSandboxReply   *reply,
                                                   JsonObject        *object,
                                                   const char        *field,
                                                   const char * const *allowed);
const char      *evd_sandbox_get_string           (JsonObject        *object,
                                                   const char        *field);
void             evd_sandbox_copy_members         (JsonObject        *from,
                                                   JsonObject        *to,
                                                   const char * const *members);
JsonNode        *evd_sandbox_deep_copy_node       (JsonNode          *node);
JsonObject      *evd_sandbox_deep_copy_object     (JsonObject        *object);

/* Sessions (evd-sandbox-routes-sessions.c). */
JsonObject      *evd_sandbox_session_new          (EvdSandboxState   *state,
                                                   EvdSandboxEvent   *event,
                                                   const char        *name,
                                                   const char        *start_time,
                                                   const char        *end_time,
                                                   gint64             type);
void             evd_sandbox_session_sync_single  (EvdSandboxEvent   *event);

/* Route functions, one file per resource. */
void evd_sandbox_route_list_hubs           (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_list_events         (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_create_event        (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_get_event           (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_update_event        (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_delete_event        (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_event_action        (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_list_sessions       (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_create_session      (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_get_session         (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_update_session      (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_delete_session      (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_list_ticket_types   (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_create_ticket_type  (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_update_ticket_type  (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_delete_ticket_type  (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_create_tickets      (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_list_tickets        (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_get_ticket          (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_update_ticket       (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_delete_ticket       (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_list_registrants    (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_report_registrations (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_report_attendance   (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);
void evd_sandbox_route_report_session_attendance (EvdSandboxState *, EvdSandboxRequest *, EvdSandboxReply *);

/* Reports (evd-sandbox-routes-reports.c): Zoom labels these two HEAVY, and
 * the sample data behind every report. */
gboolean evd_sandbox_route_is_heavy            (const EvdSandboxRoute *route);
void     evd_sandbox_reports_seed_registration (EvdSandboxEvent *event,
                                                JsonObject      *ticket,
                                                gint64           now);
void     evd_sandbox_reports_seed_attendance   (EvdSandboxEvent *event);

/* Validation shared by create and update (evd-sandbox-rules.c). */
gboolean evd_sandbox_rules_check_calendar   (EvdSandboxReply *reply,
                                             JsonObject      *body,
                                             gboolean         required);
gboolean evd_sandbox_rules_check_recurrence (EvdSandboxReply *reply,
                                             JsonObject      *body,
                                             gboolean         creating);
gboolean evd_sandbox_rules_check_event_enums (EvdSandboxReply *reply,
                                             JsonObject      *body);
gboolean evd_sandbox_rules_check_timezone   (EvdSandboxReply *reply,
                                             const char      *field,
                                             const char      *timezone,
                                             gint64           code);
gboolean evd_sandbox_rules_check_categories (EvdSandboxReply *reply,
                                             JsonObject      *body);
gboolean evd_sandbox_rules_check_editable   (EvdSandboxEvent *event,
                                             EvdSandboxReply *reply,
                                             guint            http_status);

G_END_DECLS
