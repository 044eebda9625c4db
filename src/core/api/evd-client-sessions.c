/* evd-client-sessions.c: an event's sessions and ticket types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include "evd-api-error.h"
#include "evd-client-private.h"

#define EVENTS_PATH "/zoom_events/events"

/* Sessions */

/**
 * evd_client_list_sessions_async:
 *
 * Lists an event's sessions; Zoom does not page this list.
 */
void
evd_client_list_sessions_async (EvdClient           *self,
                                const char          *event_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, "sessions", NULL);
  evd_client_call_list_async (self, path, NULL, "sessions", FALSE,
                              EVD_TYPE_SESSION, (EvdJsonConvertFunc) evd_session_new_from_json,
                              evd_client_list_sessions_async, cancellable, callback, user_data);
}

/**
 * evd_client_list_sessions_finish:
 *
 * Returns: (transfer full): a list of #EvdSession
 */
GListModel *
evd_client_list_sessions_finish (EvdClient     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_sessions_async, error);
}

void
evd_client_get_session_async (EvdClient           *self,
                              const char          *event_id,
                              const char          *session_id,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (session_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, "sessions", session_id, NULL);
  evd_client_call_object_async (self, "GET", path, NULL,
                                (EvdJsonConvertFunc) evd_session_new_from_json,
                                evd_client_get_session_async, cancellable, callback, user_data);
}

/**
 * evd_client_get_session_finish:
 *
 * Returns: (transfer full): the session
 */
EvdSession *
evd_client_get_session_finish (EvdClient     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_get_session_async, error);
}

/**
 * evd_client_create_session_async:
 * @session: the new session's JSON: evd_session_to_json(), or an object of
 *   the caller's
 *
 * Zoom adds sessions only to multi-session events.
 */
void
evd_client_create_session_async (EvdClient           *self,
                                 const char          *event_id,
                                 JsonNode            *session,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (session != NULL && JSON_NODE_HOLDS_OBJECT (session));

  path = evd_client_build_path (EVENTS_PATH, event_id, "sessions", NULL);
  evd_client_call_object_async (self, "POST", path, session,
                                (EvdJsonConvertFunc) evd_session_new_from_json,
                                evd_client_create_session_async, cancellable, callback, user_data);
}

/**
 * evd_client_create_session_finish:
 *
 * Returns: (transfer full): the session as Zoom created it, with its id
 */
EvdSession *
evd_client_create_session_finish (EvdClient     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_create_session_async, error);
}

void
evd_client_update_session_async (EvdClient           *self,
                                 const char          *event_id,
                                 const char          *session_id,
                                 JsonNode            *changes,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (session_id != NULL);
  g_return_if_fail (changes != NULL && JSON_NODE_HOLDS_OBJECT (changes));

  path = evd_client_build_path (EVENTS_PATH, event_id, "sessions", session_id, NULL);
  evd_client_call_void_async (self, "PATCH", path, changes,
                              evd_client_update_session_async, cancellable, callback, user_data);
}

gboolean
evd_client_update_session_finish (EvdClient     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return evd_client_call_finish_boolean (self, result, evd_client_update_session_async, error);
}

void
evd_client_delete_session_async (EvdClient           *self,
                                 const char          *event_id,
                                 const char          *session_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (session_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, "sessions", session_id, NULL);
  evd_client_call_void_async (self, "DELETE", path, NULL,
                              evd_client_delete_session_async, cancellable, callback, user_data);
}

gboolean
evd_client_delete_session_finish (EvdClient     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return evd_client_call_finish_boolean (self, result, evd_client_delete_session_async, error);
}

/* Meeting or webinar */

typedef struct
{
  char       *event_id;
  GListModel *sessions;
  guint       next;
  gint64      type;
} MeetingTypeChange;

static void
meeting_type_change_free (gpointer data)
{
  MeetingTypeChange *change = data;

  g_free (change->event_id);
  g_clear_object (&change->sessions);
  g_free (change);
}

static void patch_next_session (GTask *task);

static void
session_patched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!evd_client_update_session_finish (EVD_CLIENT (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  patch_next_session (g_steal_pointer (&task));
}

/* Takes the reference on @task. */
static void
patch_next_session (GTask *task)
{
  MeetingTypeChange *change = g_task_get_task_data (task);
  guint n = g_list_model_get_n_items (change->sessions);

  while (change->next < n)
    {
      g_autoptr(EvdSession) session = g_list_model_get_item (change->sessions, change->next++);
      EvdSessionType type = evd_session_get_session_type (session);
      g_autoptr(JsonBuilder) builder = NULL;
      g_autoptr(JsonNode) body = NULL;

      /* Only Zoom meetings and webinars switch; "neither" stays as it is. */
      if ((type != EVD_SESSION_TYPE_MEETING && type != EVD_SESSION_TYPE_WEBINAR) || type == change->type)
        continue;

      builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_int_value (builder, change->type);
      json_builder_end_object (builder);
      body = json_builder_get_root (builder);
      evd_client_update_session_async (g_task_get_source_object (task), change->event_id,
                                       evd_session_get_session_id (session), body,
                                       g_task_get_cancellable (task), session_patched_cb, task);
      return;
    }

  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

static void
sessions_listed_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GTask *task = user_data;
  MeetingTypeChange *change = g_task_get_task_data (task);
  GError *error = NULL;

  change->sessions = evd_client_list_sessions_finish (EVD_CLIENT (object), result, &error);
  if (change->sessions == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  patch_next_session (task);
}

/**
 * evd_client_set_meeting_type_async:
 * @meeting_type: %EVD_MEETING_TYPE_MEETING or %EVD_MEETING_TYPE_WEBINAR
 *
 * Zoom's event PATCH says "use session API to update the meeting type":
 * this lists the event's sessions and PATCHes the `type` of those that
 * are a Zoom meeting or webinar (0 or 2). Read the event again afterwards
 * to see what Zoom holds.
 */
void
evd_client_set_meeting_type_async (EvdClient           *self,
                                   const char          *event_id,
                                   EvdMeetingType       meeting_type,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *task;
  MeetingTypeChange *change;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (meeting_type == EVD_MEETING_TYPE_MEETING || meeting_type == EVD_MEETING_TYPE_WEBINAR);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_set_meeting_type_async);
  change = g_new0 (MeetingTypeChange, 1);
  change->event_id = g_strdup (event_id);
  change->type = meeting_type == EVD_MEETING_TYPE_WEBINAR ? EVD_SESSION_TYPE_WEBINAR : EVD_SESSION_TYPE_MEETING;
  g_task_set_task_data (task, change, meeting_type_change_free);

  evd_client_list_sessions_async (self, event_id, cancellable, sessions_listed_cb, task);
}

gboolean
evd_client_set_meeting_type_finish (EvdClient     *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Ticket types */

/**
 * evd_client_list_ticket_types_async:
 *
 * Lists an event's ticket types; Zoom does not page this list.
 */
void
evd_client_list_ticket_types_async (EvdClient           *self,
                                    const char          *event_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, "ticket_types", NULL);
  evd_client_call_list_async (self, path, NULL, "ticket_types", FALSE,
                              EVD_TYPE_TICKET_TYPE, (EvdJsonConvertFunc) evd_ticket_type_new_from_json,
                              evd_client_list_ticket_types_async, cancellable, callback, user_data);
}

/**
 * evd_client_list_ticket_types_finish:
 *
 * Returns: (transfer full): a list of #EvdTicketType
 */
GListModel *
evd_client_list_ticket_types_finish (EvdClient     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_ticket_types_async, error);
}

static void
ticket_type_answer_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;
  JsonNode *id = NULL;

  root = evd_client_request_finish (EVD_CLIENT (object), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    id = json_object_get_member (json_node_get_object (root), "ticket_type_id");
  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING ||
      *json_node_get_string (id) == '\0')
    {
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 201,
                                                    "the new ticket type has no ticket_type_id"));
      return;
    }
  g_task_return_pointer (task, g_strdup (json_node_get_string (id)), g_free);
}

/**
 * evd_client_create_ticket_type_async:
 * @ticket_type: the new ticket type's JSON: evd_ticket_type_to_json(), or
 *   an object of the caller's
 *
 * Zoom adds ticket types only to multi-session events.
 */
void
evd_client_create_ticket_type_async (EvdClient           *self,
                                     const char          *event_id,
                                     JsonNode            *ticket_type,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autofree char *path = NULL;
  GTask *task;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (ticket_type != NULL && JSON_NODE_HOLDS_OBJECT (ticket_type));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_create_ticket_type_async);

  path = evd_client_build_path (EVENTS_PATH, event_id, "ticket_types", NULL);
  evd_client_request_async (self, "POST", path, NULL, ticket_type, EVD_REQUEST_NONE,
                            cancellable, ticket_type_answer_cb, task);
}

/**
 * evd_client_create_ticket_type_finish:
 *
 * Returns: (transfer full): the new ticket type's id (Zoom answers with
 *   nothing else)
 */
char *
evd_client_create_ticket_type_finish (EvdClient     *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_create_ticket_type_async, error);
}
