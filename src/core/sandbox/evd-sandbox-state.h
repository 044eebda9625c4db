/* evd-sandbox-state.h: what the sandbox holds (hubs, events and their parts)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The sandbox keeps everything as the JSON objects the API shows, so it owes
 * nothing to the client's models. The structs only add what the API does not
 * show (who the account is for a hub or an event) and indexes. All of it is
 * guarded by the server's lock. */

typedef struct
{
  JsonObject *object;       /* hub_id, name, ... */
  gboolean    is_host;      /* listed under role_type=host, else attendee */
  gboolean    can_create;   /* the account may create events in it (26201) */
} EvdSandboxHub;

typedef struct
{
  JsonObject *object;        /* the event as GET /events/{id} shows it */
  gboolean    is_host;       /* the account hosts it; else it only attends */
  gint64      start_us;      /* derived from calendar/recurrence, UTC */
  gint64      end_us;
  GPtrArray  *sessions;      /* JsonObject */
  GPtrArray  *ticket_types;  /* JsonObject */
  GPtrArray  *tickets;       /* JsonObject, stored fields only */
  GHashTable *tickets_by_id; /* ticket_id -> JsonObject (borrowed) */
  GHashTable *tickets_by_email; /* casefolded email -> JsonObject (borrowed) */
  char       *cancel_message; /* what registrants were told on cancel, for tests */
} EvdSandboxEvent;

typedef struct
{
  GPtrArray  *hubs;          /* EvdSandboxHub */
  GPtrArray  *events;        /* EvdSandboxEvent, in creation order */
  GHashTable *events_by_id;  /* event_id -> EvdSandboxEvent (borrowed) */
  char       *host_user_id;  /* the account's own user id */
  GRand      *rand;          /* seeded: ids and generated data */
  GHashTable *page_tokens;   /* token -> cursor */
  guint       page_token_lifetime; /* seconds */
} EvdSandboxState;

typedef enum
{
  EVD_SANDBOX_STATUS_DRAFT,
  EVD_SANDBOX_STATUS_UPCOMING,
  EVD_SANDBOX_STATUS_PAST,
  EVD_SANDBOX_STATUS_CANCELLED,
} EvdSandboxStatus;

EvdSandboxState  *evd_sandbox_state_new               (guint64              seed);
void              evd_sandbox_state_free              (EvdSandboxState     *state);
char             *evd_sandbox_state_new_id            (EvdSandboxState     *state);
gint64            evd_sandbox_state_new_meeting_id    (EvdSandboxState     *state);

EvdSandboxHub    *evd_sandbox_state_add_hub           (EvdSandboxState     *state,
                                                       JsonObject          *object,
                                                       gboolean             is_host,
                                                       gboolean             can_create);
EvdSandboxHub    *evd_sandbox_state_find_hub          (EvdSandboxState     *state,
                                                       const char          *hub_id);

EvdSandboxEvent  *evd_sandbox_state_add_event         (EvdSandboxState     *state,
                                                       JsonObject          *object,
                                                       gboolean             is_host);
EvdSandboxEvent  *evd_sandbox_state_find_event        (EvdSandboxState     *state,
                                                       const char          *event_id);
void              evd_sandbox_state_remove_event      (EvdSandboxState     *state,
                                                       EvdSandboxEvent     *event);

void              evd_sandbox_event_refresh_times     (EvdSandboxEvent     *event);
EvdSandboxStatus  evd_sandbox_event_get_status        (EvdSandboxEvent     *event);
const char       *evd_sandbox_event_get_id            (EvdSandboxEvent     *event);
const char       *evd_sandbox_event_get_type          (EvdSandboxEvent     *event);
gboolean          evd_sandbox_event_is_published      (EvdSandboxEvent     *event);
JsonObject       *evd_sandbox_event_find_session      (EvdSandboxEvent     *event,
                                                       const char          *session_id,
                                                       guint               *index);
JsonObject       *evd_sandbox_event_find_ticket_type  (EvdSandboxEvent     *event,
                                                       const char          *ticket_type_id,
                                                       guint               *index);
JsonObject       *evd_sandbox_event_default_ticket_type (EvdSandboxEvent   *event);
void              evd_sandbox_event_add_ticket        (EvdSandboxEvent     *event,
                                                       JsonObject          *ticket);
void              evd_sandbox_event_remove_ticket     (EvdSandboxEvent     *event,
                                                       JsonObject          *ticket);
JsonObject       *evd_sandbox_event_find_ticket_by_email (EvdSandboxEvent  *event,
                                                       const char          *email);
JsonObject       *evd_sandbox_event_add_default_ticket_type (EvdSandboxState *state,
                                                       EvdSandboxEvent     *event);
void              evd_sandbox_event_assign_meeting_ids (EvdSandboxState    *state,
                                                       EvdSandboxEvent     *event);

/* Page tokens: opaque, tied to one query, expiring. */
char             *evd_sandbox_state_issue_page_token  (EvdSandboxState     *state,
                                                       const char          *query_key,
                                                       guint                offset);
gboolean          evd_sandbox_state_take_page_token   (EvdSandboxState     *state,
                                                       const char          *token,
                                                       const char          *query_key,
                                                       guint               *offset);

/* Persistence: the whole state as one JSON document. */
JsonNode         *evd_sandbox_state_to_json           (EvdSandboxState     *state);
gboolean          evd_sandbox_state_load_json         (EvdSandboxState     *state,
                                                       JsonNode            *root,
                                                       GError             **error);
void              evd_sandbox_state_clear             (EvdSandboxState     *state);

/* Times: the API's UTC form, "yyyy-MM-ddTHH:mm:ssZ". */
gboolean          evd_sandbox_parse_utc               (const char          *text,
                                                       gint64              *out_us);
char             *evd_sandbox_format_utc              (gint64               us);
char             *evd_sandbox_casefold_email          (const char          *email);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdSandboxState, evd_sandbox_state_free)

G_END_DECLS
