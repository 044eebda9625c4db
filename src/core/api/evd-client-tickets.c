/* evd-client-tickets.c: registrations (tickets) and registrants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include "evd-api-error.h"
#include "evd-client-private.h"

#define EVENTS_PATH "/zoom_events/events"
/* Pages up to this many tickets are made where they arrive. */
#define SMALL_PAGE 30

static char **
ticket_filters (const char *email_filter,
                const char *external_id_filter)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (email_filter != NULL && *email_filter != '\0')
    {
      g_strv_builder_add (builder, "email");
      g_strv_builder_add (builder, email_filter);
    }
  if (external_id_filter != NULL && *external_id_filter != '\0')
    {
      g_strv_builder_add (builder, "external_ticket_id");
      g_strv_builder_add (builder, external_id_filter);
    }
  return g_strv_builder_end (builder);
}

/* A page as read, before its tickets are made */
typedef struct
{
  JsonArray *items;
  char      *next_page_token;
  gint64     total_records;
} PageItems;

static void
page_items_free (gpointer data)
{
  PageItems *page = data;

  g_clear_pointer (&page->items, json_array_unref);
  g_free (page->next_page_token);
  g_free (page);
}

/* 300 tickets made and their JSON freed in a worker: on the main thread
 * this held up the drawing of a list scrolled while pages arrive. */
static void
convert_page_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  PageItems *page = task_data;
  g_autoptr(GListStore) tickets = NULL;

  tickets = evd_client_convert_items (page->items, EVD_TYPE_TICKET,
                                      (EvdJsonConvertFunc) evd_ticket_new_from_json);
  g_clear_pointer (&page->items, json_array_unref);
  g_task_return_pointer (task,
                         evd_ticket_page_new (G_LIST_MODEL (tickets), page->next_page_token, page->total_records),
                         g_object_unref);
}

static void
tickets_page_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PageItems *page = g_new0 (PageItems, 1);
  GError *error = NULL;

  page->total_records = -1;
  page->items = evd_client_fetch_page_finish (EVD_CLIENT (object), result, &page->next_page_token,
                                              &page->total_records, &error);
  if (page->items == NULL)
    {
      page_items_free (page);
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, page, page_items_free);
  /* A look-up of one address is not worth a thread. */
  if (json_array_get_length (page->items) <= SMALL_PAGE)
    convert_page_thread (task, object, page, g_task_get_cancellable (task));
  else
    g_task_run_in_thread (task, convert_page_thread);
}

/**
 * evd_client_list_tickets_page_async:
 * @page_token: (nullable): %NULL for the first page, then the previous
 *   page's evd_ticket_page_get_next_page_token()
 * @page_size: tickets per page, at most 300; 0 for Zoom's default (30)
 * @email_filter: (nullable): only this attendee's tickets
 * @external_id_filter: (nullable): only the ticket with this external id
 *
 * Reads one page of an event's registrations, for a list that loads as the
 * person scrolls. Keep the filters the same from page to page.
 */
void
evd_client_list_tickets_page_async (EvdClient           *self,
                                    const char          *event_id,
                                    const char          *page_token,
                                    guint                page_size,
                                    const char          *email_filter,
                                    const char          *external_id_filter,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autofree char *path = NULL;
  g_auto(GStrv) query = NULL;
  GTask *task;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_list_tickets_page_async);

  path = evd_client_build_path (EVENTS_PATH, event_id, "tickets", NULL);
  query = ticket_filters (email_filter, external_id_filter);
  evd_client_fetch_page_async (self, path, (const char * const *) query, "tickets",
                               page_token, page_size, cancellable, tickets_page_cb, task);
}

/**
 * evd_client_list_tickets_page_finish:
 *
 * Returns: (transfer full): the page
 */
EvdTicketPage *
evd_client_list_tickets_page_finish (EvdClient     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_tickets_page_async, error);
}

/**
 * evd_client_list_tickets_async:
 * @email_filter: (nullable): only this attendee's tickets
 * @external_id_filter: (nullable): only the ticket with this external id
 *
 * Reads every page of an event's registrations. With a filter, this is how
 * an import checks whether a batch whose answer was lost went through.
 */
void
evd_client_list_tickets_async (EvdClient           *self,
                               const char          *event_id,
                               const char          *email_filter,
                               const char          *external_id_filter,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autofree char *path = NULL;
  g_auto(GStrv) query = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, "tickets", NULL);
  query = ticket_filters (email_filter, external_id_filter);
  evd_client_call_list_async (self, path, (const char * const *) query, "tickets", TRUE,
                              EVD_TYPE_TICKET, (EvdJsonConvertFunc) evd_ticket_new_from_json,
                              evd_client_list_tickets_async, cancellable, callback, user_data);
}

/**
 * evd_client_list_tickets_finish:
 *
 * Returns: (transfer full): a list of #EvdTicket
 */
GListModel *
evd_client_list_tickets_finish (EvdClient     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_tickets_async, error);
}

void
evd_client_get_ticket_async (EvdClient           *self,
                             const char          *event_id,
                             const char          *ticket_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (ticket_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, "tickets", ticket_id, NULL);
  evd_client_call_object_async (self, "GET", path, NULL,
                                (EvdJsonConvertFunc) evd_ticket_new_from_json,
                                evd_client_get_ticket_async, cancellable, callback, user_data);
}

/**
 * evd_client_get_ticket_finish:
 *
 * Returns: (transfer full): the ticket
 */
EvdTicket *
evd_client_get_ticket_finish (EvdClient     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_get_ticket_async, error);
}

static const char *
object_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static GPtrArray *
read_ticket_errors (JsonObject *object)
{
  GPtrArray *errors = g_ptr_array_new_with_free_func ((GDestroyNotify) evd_ticket_error_free);
  JsonNode *node = json_object_get_member (object, "errors");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return errors;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      JsonObject *entry;
      const char *message;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        continue;
      entry = json_node_get_object (item);
      /* Zoom documents `message`; live answers were seen with `error_message`. */
      message = object_string (entry, "message");
      if (message == NULL)
        message = object_string (entry, "error_message");
      g_ptr_array_add (errors, evd_ticket_error_new (object_string (entry, "email"),
                                                     object_string (entry, "error_code"),
                                                     message));
    }
  return errors;
}

static void
tickets_created_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GListStore) tickets = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(JsonArray) no_items = NULL;
  GError *error = NULL;
  JsonObject *object_root;
  JsonArray *items;

  root = evd_client_request_finish (EVD_CLIENT (object), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      /* Zoom may have created the tickets: the caller must look them up. */
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_OUTCOME_UNKNOWN, 201,
                                                    "the answer is not a JSON object"));
      return;
    }

  object_root = json_node_get_object (root);
  items = NULL;
  if (json_object_has_member (object_root, "tickets") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (object_root, "tickets")))
    items = json_object_get_array_member (object_root, "tickets");
  if (items == NULL)
    items = no_items = json_array_new ();

  tickets = evd_client_convert_items (items, EVD_TYPE_TICKET,
                                      (EvdJsonConvertFunc) evd_ticket_new_from_json);
  errors = read_ticket_errors (object_root);
  g_task_return_pointer (task, evd_ticket_batch_new (G_LIST_MODEL (tickets), errors), g_object_unref);
}

static JsonNode *
tickets_body (GPtrArray  *tickets,
              const char *registration_source)
{
  JsonObject *object = json_object_new ();
  JsonArray *array = json_array_new ();
  JsonNode *root = json_node_new (JSON_NODE_OBJECT);

  if (registration_source != NULL)
    json_object_set_string_member (object, "registration_source", registration_source);
  for (guint i = 0; i < tickets->len; i++)
    {
      JsonNode *ticket = evd_ticket_to_json (g_ptr_array_index (tickets, i));

      if (ticket != NULL)
        json_array_add_element (array, ticket);
    }
  json_object_set_array_member (object, "tickets", array);
  json_node_take_object (root, object);
  return root;
}

/**
 * evd_client_create_tickets_async:
 * @tickets: (element-type EvdTicket): 1 to 30 tickets; each says whether
 *   Zoom emails the attendee (send_notification)
 * @registration_source: (nullable): up to 16 characters, e.g. "Event Desk"
 *
 * Registers attendees (Zoom's pre-registration). The event must be
 * published (%EVD_API_ERROR_EVENT_NOT_PUBLISHED otherwise). Zoom may accept
 * some attendees and refuse others: see #EvdTicketBatch.
 *
 * Never resent by the client: when the answer is lost the call fails with
 * %EVD_API_ERROR_OUTCOME_UNKNOWN, and the caller looks the tickets up (by
 * external_ticket_id or email) before sending again.
 */
void
evd_client_create_tickets_async (EvdClient           *self,
                                 const char          *event_id,
                                 GPtrArray           *tickets,
                                 const char          *registration_source,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) body = NULL;
  GTask *task;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (tickets != NULL);
  g_return_if_fail (tickets->len >= 1 && tickets->len <= EVD_CLIENT_MAX_TICKETS);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_create_tickets_async);

  path = evd_client_build_path (EVENTS_PATH, event_id, "tickets", NULL);
  body = tickets_body (tickets, registration_source);
  evd_client_request_async (self, "POST", path, NULL, body, EVD_REQUEST_NOT_SAFE_TO_REPEAT,
                            cancellable, tickets_created_cb, task);
}

/**
 * evd_client_create_tickets_finish:
 *
 * Returns: (transfer full): the tickets Zoom created and its refusals
 */
EvdTicketBatch *
evd_client_create_tickets_finish (EvdClient     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_create_tickets_async, error);
}

/**
 * evd_client_update_ticket_async:
 * @changes: profile fields and external_ticket_id (Zoom changes neither the
 *   email nor the ticket type): evd_ticket_to_patch_json(), or an object of
 *   the caller's
 */
void
evd_client_update_ticket_async (EvdClient           *self,
                                const char          *event_id,
                                const char          *ticket_id,
                                JsonNode            *changes,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (ticket_id != NULL);
  g_return_if_fail (changes != NULL && JSON_NODE_HOLDS_OBJECT (changes));

  path = evd_client_build_path (EVENTS_PATH, event_id, "tickets", ticket_id, NULL);
  evd_client_call_void_async (self, "PATCH", path, changes,
                              evd_client_update_ticket_async, cancellable, callback, user_data);
}

gboolean
evd_client_update_ticket_finish (EvdClient     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return evd_client_call_finish_boolean (self, result, evd_client_update_ticket_async, error);
}

void
evd_client_delete_ticket_async (EvdClient           *self,
                                const char          *event_id,
                                const char          *ticket_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (ticket_id != NULL);

  path = evd_client_build_path (EVENTS_PATH, event_id, "tickets", ticket_id, NULL);
  evd_client_call_void_async (self, "DELETE", path, NULL,
                              evd_client_delete_ticket_async, cancellable, callback, user_data);
}

gboolean
evd_client_delete_ticket_finish (EvdClient     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return evd_client_call_finish_boolean (self, result, evd_client_delete_ticket_async, error);
}

/* Registrants */

static void
registrants_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  JsonArray *items;

  items = evd_client_fetch_all_finish (EVD_CLIENT (object), result, &error);
  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, (GDestroyNotify) json_array_unref);
}

/**
 * evd_client_list_registrants_async:
 *
 * Reads every page of an event's registrants (people, each with their
 * tickets and registration status).
 */
void
evd_client_list_registrants_async (EvdClient           *self,
                                   const char          *event_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autofree char *path = NULL;
  GTask *task;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_list_registrants_async);

  path = evd_client_build_path (EVENTS_PATH, event_id, "registrants", NULL);
  evd_client_fetch_all_async (self, path, NULL, "registrants", TRUE,
                              cancellable, registrants_cb, task);
}

/**
 * evd_client_list_registrants_finish:
 *
 * Returns: (transfer full): the registrants, as Zoom's JSON objects
 *   (email, registration_status, tickets[])
 */
JsonArray *
evd_client_list_registrants_finish (EvdClient     *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return evd_client_call_finish_pointer (self, result, evd_client_list_registrants_async, error);
}
