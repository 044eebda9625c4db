/* test-event-actions.c: publish, cancel, duplicate, delete, sessions and ticket types against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-api-error.h"
#include "evd-auth.h"
#include "evd-browser.h"
#include "evd-client.h"
#include "evd-date-time-entry.h"
#include "evd-duplicate-dialog.h"
#include "evd-event-actions.h"
#include "evd-event-page.h"
#include "evd-publish-dialog.h"
#include "evd-sandbox-server.h"
#include "evd-session-delete.h"
#include "evd-session-editor.h"
#include "evd-session-page.h"
#include "evd-sessions-page.h"
#include "evd-test-utils.h"
#include "evd-ticket-type-dialog.h"
#include "evd-ticket-types-group.h"
#include "evd-time.h"
#include "evd-sidebar.h"
#include "evd-window.h"

#define TIMEOUT_MS 15000

static EvdSandboxServer *server;
static EvdClient *client;

static EvdEvent *
get_event_by_id (const char *id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EvdEvent *event;

  evd_client_get_event_async (client, id, NULL, evd_test_store_result_cb, &result);
  event = evd_client_get_event_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  return event;
}

static EvdEvent *
get_event (const char *name)
{
  g_autofree char *id = evd_sandbox_server_find_event_id (server, name);

  g_assert_nonnull (id);
  return get_event_by_id (id);
}

/* The sandbox's own record of an event, from dump_state. */
static JsonObject *
sandbox_entry (const char *event_id)
{
  g_autoptr(JsonNode) state = evd_sandbox_server_dump_state (server);
  JsonArray *events = json_object_get_array_member (json_node_get_object (state), "events");

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *entry = json_array_get_object_element (events, i);
      JsonObject *event = json_object_get_object_member (entry, "event");

      if (g_strcmp0 (json_object_get_string_member (event, "event_id"), event_id) == 0)
        return json_object_ref (entry);
    }
  return NULL;
}

static char *
sandbox_status (const char *event_id)
{
  g_autoptr(JsonObject) entry = sandbox_entry (event_id);

  if (entry == NULL)
    return NULL;
  return g_strdup (json_object_get_string_member (json_object_get_object_member (entry, "event"), "status"));
}

/* The first widget of @type under @root, depth first. */
static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
mapped_row_titled (GtkWidget  *root,
                   const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), prefix))
        return TRUE;
      if (mapped_row_titled (child, prefix))
        return TRUE;
    }
  return FALSE;
}

static AdwMessageDialog *
visible_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return visible_message_dialog () != NULL;
}

static AdwMessageDialog *
wait_for_dialog (const char *screenshot)
{
  AdwMessageDialog *dialog;
  g_autofree char *shot = NULL;

  evd_test_iterate_until (dialog_shown, NULL, TIMEOUT_MS);
  dialog = visible_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  evd_test_iterate_for (100);
  if (screenshot != NULL)
    shot = evd_test_save_screenshot (GTK_WIDGET (dialog), screenshot);
  return dialog;
}

static gboolean
no_dialog (gpointer data)
{
  return visible_message_dialog () == NULL;
}

/* Answers the dialog as its button would: respond, then close. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  evd_test_iterate_until (no_dialog, NULL, TIMEOUT_MS);
}

static EvdEventActions *
actions_of (GtkWidget *page)
{
  GtkWidget *actions = find_type (GTK_WIDGET (evd_event_page_get_actions_box (EVD_EVENT_PAGE (page))),
                                  EVD_TYPE_EVENT_ACTIONS);

  g_assert_nonnull (actions);
  return EVD_EVENT_ACTIONS (actions);
}

typedef struct {
  const char *event_id;
  const char *status;
} StatusWait;

static gboolean
sandbox_has_status (gpointer data)
{
  StatusWait *wait = data;
  g_autofree char *status = sandbox_status (wait->event_id);

  return g_strcmp0 (status, wait->status) == 0;
}

static void
wait_for_status (const char *event_id,
                 const char *status)
{
  StatusWait wait = { event_id, status };

  evd_test_iterate_until (sandbox_has_status, &wait, TIMEOUT_MS);
  g_assert_true (sandbox_has_status (&wait));
}

typedef struct {
  GtkWidget  *page;
  const char *prefix;
} RowWait;

static gboolean
row_shown (gpointer data)
{
  RowWait *wait = data;

  return evd_test_page_loaded (wait->page) && mapped_row_titled (wait->page, wait->prefix);
}

/* The same window at 360 px, as on a phone, then back. */
static void
narrow_screenshot (GtkWidget  *window,
                   const char *name)
{
  g_autofree char *shot = NULL;
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, height);
  evd_test_iterate_for (200);
  gtk_test_widget_wait_for_draw (window);
  shot = evd_test_save_screenshot (window, name);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  evd_test_iterate_for (100);
}

/* A draft of the sandbox's own, so that tests do not depend on each other. */
static char *
new_draft_in (const char *from_name,
              const char *name,
              const char *zone)
{
  g_autofree char *source = evd_sandbox_server_find_event_id (server, from_name);
  g_autoptr(GDateTime) start = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (start, 40);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *id;

  evd_client_duplicate_event_async (client, source, name, later, zone, NULL, evd_test_store_result_cb, &result);
  id = evd_client_duplicate_event_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  return id;
}

static char *
new_draft (const char *from_name,
           const char *name)
{
  return new_draft_in (from_name, name, "Europe/Paris");
}

/* Publish ----------------------------------------------------------------- */

static void
test_publish (void)
{
  g_autofree char *id = new_draft ("Introducing Project Phoenix", "Launch Rehearsal");
  g_autoptr(EvdEvent) event = get_event_by_id (id);
  GtkWidget *page, *window;
  EvdEventActions *actions;
  AdwMessageDialog *dialog;
  RowWait link = { NULL, "Registration Link" };
  g_autofree char *shot = NULL;
  g_autofree char *after = NULL;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  actions = actions_of (page);

  g_assert_true (evd_event_actions_is_offered (actions, "publish"));
  g_assert_true (evd_event_actions_is_offered (actions, "delete"));
  g_assert_true (evd_event_actions_is_offered (actions, "duplicate"));
  g_assert_false (evd_event_actions_is_offered (actions, "cancel"));
  g_assert_false (mapped_row_titled (page, "Registration Link"));
  shot = evd_test_save_screenshot (window, "event-actions-draft");
  narrow_screenshot (window, "event-actions-draft-narrow");

  /* Saying no leaves the draft alone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions), "event.publish", NULL));
  dialog = wait_for_dialog (NULL);
  answer (dialog, "cancel");
  evd_test_iterate_for (100);
  g_assert_cmpstr (sandbox_status (id), ==, "DRAFT");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions), "event.publish", NULL));
  dialog = wait_for_dialog ("event-actions-publish-dialog");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Publish “Launch Rehearsal”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "confirmation emails"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "event type"));
  answer (dialog, "publish");

  wait_for_status (id, "PUBLISHED");
  link.page = page;
  evd_test_iterate_until (row_shown, &link, TIMEOUT_MS);
  g_assert_true (row_shown (&link));
  g_assert_false (evd_event_actions_is_offered (actions, "publish"));
  g_assert_false (evd_event_actions_is_offered (actions, "delete"));
  g_assert_true (evd_event_actions_is_offered (actions, "cancel"));
  gtk_test_widget_wait_for_draw (window);
  after = evd_test_save_screenshot (window, "event-actions-published");

  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* The reusable flow others call: cancelled when the answer is no, Zoom's
 * error when it refuses. */
static void
test_publish_flow_errors (void)
{
  g_autofree char *id = new_draft ("Introducing Project Phoenix", "Flow Check");
  g_autoptr(EvdEvent) event = get_event_by_id (id);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = evd_test_show_in_window (gtk_label_new ("parent"), 400, 300);

  evd_publish_event_async (window, client, event, NULL, evd_test_store_result_cb, &result);
  answer (wait_for_dialog (NULL), "cancel");
  g_assert_false (evd_publish_event_finish (evd_test_wait_for_result (&result, TIMEOUT_MS), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&result);
  g_clear_error (&error);

  evd_publish_event_async (window, client, event, NULL, evd_test_store_result_cb, &result);
  answer (wait_for_dialog (NULL), "publish");
  g_assert_true (evd_publish_event_finish (evd_test_wait_for_result (&result, TIMEOUT_MS), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  /* Published already: Zoom's 260209 comes back as it is. */
  evd_publish_event_async (window, client, event, NULL, evd_test_store_result_cb, &result);
  answer (wait_for_dialog (NULL), "publish");
  g_assert_false (evd_publish_event_finish (evd_test_wait_for_result (&result, TIMEOUT_MS), &error));
  g_assert_error (error, EVD_API_ERROR, 260209);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Cancel ------------------------------------------------------------------ */

static void
set_message (AdwMessageDialog *dialog,
             const char       *text)
{
  GtkWidget *view = find_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
test_cancel_with_registrants (void)
{
  g_autoptr(EvdEvent) event = get_event ("Customer Onboarding Webinar");
  const char *id = evd_event_get_event_id (event);
  GtkWidget *page, *window;
  EvdEventActions *actions;
  AdwMessageDialog *dialog;
  RowWait cancelled_notice = { NULL, "This event is cancelled" };
  g_autoptr(JsonObject) entry = NULL;
  g_autofree char *shot = NULL;

  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, id, NULL), >, 0);
  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  actions = actions_of (page);
  g_assert_true (evd_event_actions_is_offered (actions, "cancel"));
  g_assert_false (evd_event_actions_is_offered (actions, "delete"));
  g_assert_false (evd_event_actions_is_offered (actions, "publish"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions), "event.cancel", NULL));
  dialog = wait_for_dialog ("event-actions-cancel-dialog");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "can no longer join"));
  /* No message, no cancelling: Zoom would refuse, and registrants deserve one. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cancel-event"));
  set_message (dialog, "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cancel-event"));
  set_message (dialog, "We are moving this webinar to next month; a new invitation follows.");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "cancel-event"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (GTK_WIDGET (dialog), "event-actions-cancel-dialog-message");
  answer (dialog, "cancel-event");

  wait_for_status (id, "CANCELLED");
  entry = sandbox_entry (id);
  g_assert_cmpstr (json_object_get_string_member (entry, "cancel_message"), ==,
                   "We are moving this webinar to next month; a new invitation follows.");
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "POST", "/v2/zoom_events/events/"), >, 0);
  cancelled_notice.page = page;
  evd_test_iterate_until (row_shown, &cancelled_notice, TIMEOUT_MS);
  g_assert_true (row_shown (&cancelled_notice));
  g_assert_false (evd_event_actions_is_offered (actions, "cancel"));
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (window, "event-actions-cancelled");
  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Zoom's schema says total_records is a number: 2.0 is two people, and a
 * list without it still shows that people registered. Either way the
 * message Zoom requires is asked for. */
static void
test_cancel_count_shapes (void)
{
  static const char * const answers[] = {
    "{\"total_records\":2.0,\"next_page_token\":\"abc\",\"tickets\":[{\"ticket_id\":\"t1\",\"email\":\"a@example.com\"}]}",
    "{\"next_page_token\":\"abc\",\"tickets\":[{\"ticket_id\":\"t1\",\"email\":\"a@example.com\"}]}",
    "{\"tickets\":[{\"ticket_id\":\"t1\",\"email\":\"a@example.com\"}]}",
  };
  static const char * const counts[] = { "2 people have registered", "People have registered", "1 person has registered" };
  g_autoptr(EvdEvent) event = get_event ("Product Tips Tuesday");
  g_autofree char *prefix = g_strdup_printf ("/zoom_events/events/%s/tickets", evd_event_get_event_id (event));
  GtkWidget *page, *window;
  EvdEventActions *actions;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  actions = actions_of (page);

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      AdwMessageDialog *dialog;

      evd_sandbox_server_queue_status (server, prefix, 200, NULL, answers[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions), "event.cancel", NULL));
      dialog = wait_for_dialog (NULL);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), counts[i]));
      g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cancel-event"));
      set_message (dialog, "Moved to next month.");
      g_assert_true (adw_message_dialog_get_response_enabled (dialog, "cancel-event"));
      answer (dialog, "keep");
    }

  evd_test_close_window (window, page, TIMEOUT_MS);
}

static void
test_cancel_without_registrants (void)
{
  g_autofree char *id = new_draft ("Introducing Project Phoenix", "Quiet Webinar");
  g_autoptr(EvdEvent) draft = get_event_by_id (id);
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page, *window;
  AdwMessageDialog *dialog;
  RowWait cancelled_notice = { NULL, "This event is cancelled" };
  g_autofree char *shot = NULL;

  evd_client_publish_event_async (client, id, NULL, evd_test_store_result_cb, &result);
  g_assert_true (evd_client_publish_event_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error));
  g_assert_no_error (error);
  event = get_event_by_id (id);

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions_of (page)), "event.cancel", NULL));
  dialog = wait_for_dialog ("event-actions-cancel-plain");
  g_assert_null (find_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "cancel-event"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nobody has registered"));
  answer (dialog, "cancel-event");
  wait_for_status (id, "CANCELLED");

  cancelled_notice.page = page;
  evd_test_iterate_until (row_shown, &cancelled_notice, TIMEOUT_MS);
  g_assert_true (row_shown (&cancelled_notice));
  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Duplicate --------------------------------------------------------------- */

static void
test_duplicate (void)
{
  g_autoptr(EvdEvent) event = get_event ("Customer Onboarding Webinar");
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  g_autoptr(GDateTime) start = g_date_time_new (tokyo, 2031, 3, 14, 9, 30, 0);
  g_autofree char *new_id = NULL;
  g_autofree char *status = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(GDateTime) sent = NULL;
  GtkWidget *page, *window;
  AdwMessageDialog *dialog;
  GtkDropDown *zone;
  GListModel *zones;
  g_autofree char *shot = NULL;
  gboolean found = FALSE;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions_of (page)), "event.duplicate", NULL));
  dialog = wait_for_dialog ("event-actions-duplicate-dialog");
  g_assert_cmpstr (gtk_editable_get_text (evd_duplicate_dialog_get_name_entry (dialog)), ==,
                   "Copy of Customer Onboarding Webinar");
  zone = evd_duplicate_dialog_get_zone (dialog);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (zone)), ==, "America/Chicago");

  /* An empty name cannot be sent. */
  gtk_editable_set_text (evd_duplicate_dialog_get_name_entry (dialog), "");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "duplicate"));
  gtk_editable_set_text (evd_duplicate_dialog_get_name_entry (dialog), "Onboarding Webinar (Tokyo)");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "duplicate"));

  zones = gtk_drop_down_get_model (zone);
  for (guint i = 0; i < g_list_model_get_n_items (zones) && !found; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (zones, i);

      if (g_str_equal (gtk_string_object_get_string (item), "Asia/Tokyo"))
        {
          gtk_drop_down_set_selected (zone, i);
          found = TRUE;
        }
    }
  g_assert_true (found);
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_duplicate_dialog_get_start (dialog)), start, "Asia/Tokyo");
  answer (dialog, "duplicate");

  evd_test_iterate_for (50);
  while ((new_id = evd_sandbox_server_find_event_id (server, "Onboarding Webinar (Tokyo)")) == NULL)
    evd_test_iterate_for (50);
  status = sandbox_status (new_id);
  g_assert_cmpstr (status, ==, "DRAFT");
  entry = sandbox_entry (new_id);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (entry, "event"), "timezone"), ==,
                   "Asia/Tokyo");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry, "tickets")), ==, 0);
  sent = evd_time_parse (json_object_get_string_member (json_object_get_object_member (entry, "event"), "start_time"));
  g_assert_nonnull (sent);
  /* 09:30 in Tokyo is 00:30 UTC. */
  g_assert_cmpint (g_date_time_get_hour (sent), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (sent), ==, 30);

  evd_test_iterate_until (evd_test_page_loaded, page, TIMEOUT_MS);
  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Zoom's refusal is shown plainly, under a heading that says what did not happen. */
static void
test_duplicate_refused (void)
{
  g_autoptr(EvdEvent) event = get_event ("Spring Product Launch Webinar");
  g_autofree char *path = g_strdup_printf ("/v2/zoom_events/events/%s/event_actions", evd_event_get_event_id (event));
  GtkWidget *page, *window;
  AdwMessageDialog *dialog;
  g_autofree char *shot = NULL;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  evd_sandbox_server_queue_status (server, path, 400, NULL,
                                   "{\"code\":1003,\"message\":\"Invalid timezone for the duplicate event.\"}");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions_of (page)), "event.duplicate", NULL));
  answer (wait_for_dialog (NULL), "duplicate");
  dialog = wait_for_dialog ("event-actions-duplicate-refused");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Duplicate the Event");
  g_assert_cmpuint (strlen (adw_message_dialog_get_body (dialog)), >, 0);
  answer (dialog, "close");
  g_assert_null (evd_sandbox_server_find_event_id (server, "Copy of Spring Product Launch Webinar"));

  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Delete ------------------------------------------------------------------ */

static void
test_delete (void)
{
  g_autofree char *id = new_draft ("Introducing Project Phoenix", "Draft To Remove");
  g_autoptr(EvdEvent) event = get_event_by_id (id);
  GtkWidget *page, *window;
  AdwMessageDialog *dialog;
  g_autoptr(JsonObject) gone = NULL;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions_of (page)), "event.delete", NULL));
  dialog = wait_for_dialog ("event-actions-delete-dialog");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Draft To Remove”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
  answer (dialog, "delete");

  while (sandbox_entry (id) != NULL)
    {
      JsonObject *entry = sandbox_entry (id);

      json_object_unref (entry);
      evd_test_iterate_for (50);
    }
  gone = sandbox_entry (id);
  g_assert_null (gone);
  evd_test_close_window (window, page, TIMEOUT_MS);
}

static void
test_no_delete_for_published (void)
{
  g_autoptr(EvdEvent) event = get_event ("Cloud Security Forum");
  GtkWidget *page, *window;
  EvdEventActions *actions;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  actions = actions_of (page);

  g_assert_false (evd_event_actions_is_offered (actions, "delete"));
  g_assert_false (evd_event_actions_is_offered (actions, "publish"));
  /* A disabled action cannot be reached by other means either. */
  gtk_widget_activate_action (GTK_WIDGET (actions), "event.delete", NULL);
  evd_test_iterate_for (50);
  g_assert_null (visible_message_dialog ());
  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Sessions ---------------------------------------------------------------- */

static EvdSessionEditor *
open_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (EVD_IS_SESSION_EDITOR (window) && gtk_widget_get_visible (window))
        return EVD_SESSION_EDITOR (window);
    }
  return NULL;
}

static gboolean
editor_shown (gpointer data)
{
  return open_editor () != NULL;
}

static gboolean
editor_gone (gpointer data)
{
  return open_editor () == NULL;
}

static gboolean
editor_idle (gpointer data)
{
  return !evd_session_editor_is_saving (data);
}

static EvdSessionEditor *
wait_for_editor (const char *screenshot)
{
  EvdSessionEditor *editor;
  g_autofree char *shot = NULL;

  evd_test_iterate_until (editor_shown, NULL, TIMEOUT_MS);
  editor = open_editor ();
  g_assert_nonnull (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  if (screenshot != NULL)
    shot = evd_test_save_screenshot (GTK_WIDGET (editor), screenshot);
  return editor;
}

/* Wall-clock time on the event's first day, in Berlin. */
static GDateTime *
berlin_time (EvdEvent *event,
             int       day_offset,
             int       hour)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) first = g_date_time_to_timezone (evd_event_get_start_time (event), berlin);
  g_autoptr(GDateTime) day = g_date_time_add_days (first, day_offset);

  return evd_time_from_wall_clock (berlin, g_date_time_get_year (day), g_date_time_get_month (day),
                                   g_date_time_get_day_of_month (day), hour, 0, 0, NULL);
}

static JsonObject *
sandbox_session (const char *event_id,
                 const char *name)
{
  g_autoptr(JsonObject) entry = sandbox_entry (event_id);
  JsonArray *sessions = json_object_get_array_member (entry, "sessions");

  for (guint i = 0; i < json_array_get_length (sessions); i++)
    {
      JsonObject *session = json_array_get_object_element (sessions, i);

      if (g_strcmp0 (json_object_get_string_member (session, "name"), name) == 0)
        return json_object_ref (session);
    }
  return NULL;
}

static void
set_times (EvdSessionEditor *editor,
           GDateTime        *start,
           GDateTime        *end)
{
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_session_editor_get_start (editor)), start, "Europe/Berlin");
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_session_editor_get_end (editor)), end, "Europe/Berlin");
}

static EvdSession *
listed_session (GtkWidget  *page,
                const char *name)
{
  GListModel *sessions = evd_sessions_page_get_sessions (EVD_SESSIONS_PAGE (page));

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(EvdSession) session = g_list_model_get_item (sessions, i);

      if (g_strcmp0 (evd_session_get_name (session), name) == 0)
        return g_steal_pointer (&session);
    }
  return NULL;
}

static void
test_sessions (void)
{
  g_autofree char *id = new_draft_in ("Developer Day Workshop", "Workshop Rehearsal", "Europe/Berlin");
  g_autoptr(EvdEvent) event = get_event_by_id (id);
  g_autofree char *path = g_strdup_printf ("/v2/zoom_events/events/%s/sessions", id);
  g_autoptr(GDateTime) start = berlin_time (event, 0, 15);
  g_autoptr(GDateTime) end = berlin_time (event, 0, 16);
  g_autoptr(GDateTime) too_late = berlin_time (event, 9, 15);
  g_autoptr(GDateTime) too_late_end = berlin_time (event, 9, 16);
  g_autoptr(GDateTime) later_end = berlin_time (event, 0, 18);
  g_autoptr(GDateTime) next_start = berlin_time (event, 1, 15);
  g_autoptr(GDateTime) next_end = berlin_time (event, 1, 16);
  g_autoptr(GDateTime) late_start = berlin_time (event, 0, 23);
  g_autoptr(GDateTime) midnight = berlin_time (event, 0, 0);
  g_autoptr(GDateTime) half_past_midnight = g_date_time_add_minutes (midnight, 30);
  g_autoptr(GDateTime) shown_end = NULL;
  g_autoptr(JsonObject) saved = NULL;
  g_autoptr(EvdSession) listed = NULL;
  g_autoptr(GDateTime) sent_start = NULL;
  g_autofree char *shot = NULL;
  GtkWidget *page, *window;
  EvdSessionEditor *editor;
  AdwMessageDialog *dialog;
  JsonArray *tracks;
  guint posts;

  page = evd_sessions_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 760);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (window, "sessions-list");

  g_assert_true (gtk_widget_activate_action (page, "sessions.add", NULL));
  editor = wait_for_editor ("session-editor-new");
  posts = evd_sandbox_server_count_requests (server, "POST", path);
  /* The third format says what it is in the list itself. */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (evd_session_editor_get_type_choice (editor))), 2),
                   ==, "In person only");

  /* Checked here, before Zoom is asked: a name, and an end after the start. */
  gtk_editable_set_text (evd_session_editor_get_name (editor), "");
  set_times (editor, end, start);
  evd_session_editor_save (editor);
  g_assert_cmpstr (evd_session_editor_get_name_error (editor), ==, "Give the session a name.");
  g_assert_cmpstr (evd_session_editor_get_time_error (editor), ==, "The session must end after it starts.");
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "POST", path), ==, posts);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (GTK_WIDGET (editor), "session-editor-end-before-start");

  /* Outside the event's days. */
  gtk_editable_set_text (evd_session_editor_get_name (editor), "Security Deep Dive");
  set_times (editor, too_late, too_late_end);
  evd_session_editor_save (editor);
  g_assert_null (evd_session_editor_get_name_error (editor));
  g_assert_nonnull (strstr (evd_session_editor_get_time_error (editor), "within the event’s days"));
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "POST", path), ==, posts);

  /* B7: "must end after it starts" goes as soon as the times are right. */
  set_times (editor, end, start);
  evd_session_editor_save (editor);
  g_assert_cmpstr (evd_session_editor_get_time_error (editor), ==, "The session must end after it starts.");
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_session_editor_get_end (editor)), later_end, "Europe/Berlin");
  g_assert_null (evd_session_editor_get_time_error (editor));

  /* A new start date takes the end along, keeping the length. */
  set_times (editor, start, end);
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_session_editor_get_start (editor)), next_start, "Europe/Berlin");
  shown_end = evd_date_time_entry_dup_time (EVD_DATE_TIME_ENTRY (evd_session_editor_get_end (editor)), "Europe/Berlin");
  g_assert_true (g_date_time_equal (shown_end, next_end));
  g_clear_pointer (&shown_end, g_date_time_unref);

  /* 23:00 to 00:30 crosses midnight: the end is the next day. */
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_session_editor_get_start (editor)), late_start, "Europe/Berlin");
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_session_editor_get_end (editor)), half_past_midnight,
                                "Europe/Berlin");
  shown_end = evd_date_time_entry_dup_time (EVD_DATE_TIME_ENTRY (evd_session_editor_get_end (editor)), "Europe/Berlin");
  g_assert_cmpint (g_date_time_difference (shown_end, late_start), ==, 90 * G_TIME_SPAN_MINUTE);
  g_clear_pointer (&shown_end, g_date_time_unref);

  /* Zoom's 26302 lands at the times too. */
  set_times (editor, start, end);
  evd_sandbox_server_queue_status (server, path, 400, NULL,
                                   "{\"code\":26302,\"message\":\"Session time overlaps with another session.\"}");
  evd_session_editor_save (editor);
  evd_test_iterate_until (editor_idle, editor, TIMEOUT_MS);
  g_assert_nonnull (strstr (evd_session_editor_get_time_error (editor), "overlaps another one"));

  gtk_drop_down_set_selected (evd_session_editor_get_type_choice (editor), 0);
  gtk_editable_set_text (evd_session_editor_get_tracks (editor), " Security, Advanced ,");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (evd_session_editor_get_description (editor)),
                            "Hands-on hardening of a sample deployment.", -1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (GTK_WIDGET (editor), "session-editor-filled");
  narrow_screenshot (GTK_WIDGET (editor), "session-editor-narrow");
  evd_session_editor_save (editor);
  evd_test_iterate_until (editor_gone, NULL, TIMEOUT_MS);

  saved = sandbox_session (id, "Security Deep Dive");
  g_assert_nonnull (saved);
  g_assert_cmpint (json_object_get_int_member (saved, "type"), ==, 0);
  tracks = json_object_get_array_member (saved, "track_labels");
  g_assert_cmpuint (json_array_get_length (tracks), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (tracks, 0), ==, "Security");
  g_assert_cmpstr (json_array_get_string_element (tracks, 1), ==, "Advanced");
  sent_start = evd_time_parse (json_object_get_string_member (saved, "start_time"));
  g_assert_true (g_date_time_equal (sent_start, start));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (saved, "start_time"), "Z"));

  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  listed = listed_session (page, "Security Deep Dive");
  g_assert_nonnull (listed);
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (window, "sessions-list-added");

  /* Edit it from its own page. */
  evd_sessions_page_show_session (EVD_SESSIONS_PAGE (page), listed);
  evd_test_iterate_until (evd_test_page_loaded, evd_sessions_page_get_detail (EVD_SESSIONS_PAGE (page)), TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (window, "session-page-actions");
  g_assert_true (gtk_widget_activate_action (evd_sessions_page_get_detail (EVD_SESSIONS_PAGE (page)),
                                             "sessions.edit", NULL));
  editor = wait_for_editor ("session-editor-edit");
  g_assert_cmpstr (gtk_editable_get_text (evd_session_editor_get_name (editor)), ==, "Security Deep Dive");
  g_assert_cmpstr (gtk_editable_get_text (evd_session_editor_get_tracks (editor)), ==, "Security, Advanced");
  gtk_editable_set_text (evd_session_editor_get_name (editor), "Security Deep Dive (Part 1)");
  evd_session_editor_save (editor);
  evd_test_iterate_until (editor_gone, NULL, TIMEOUT_MS);
  g_clear_pointer (&saved, json_object_unref);
  saved = sandbox_session (id, "Security Deep Dive (Part 1)");
  g_assert_nonnull (saved);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  /* Delete it, after saying yes. */
  g_assert_nonnull (evd_sessions_page_get_detail (EVD_SESSIONS_PAGE (page)));
  g_assert_true (gtk_widget_activate_action (evd_sessions_page_get_detail (EVD_SESSIONS_PAGE (page)),
                                             "sessions.delete", NULL));
  dialog = wait_for_dialog ("session-delete-dialog");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
  answer (dialog, "delete");
  for (;;)
    {
      g_clear_pointer (&saved, json_object_unref);
      saved = sandbox_session (id, "Security Deep Dive (Part 1)");
      if (saved == NULL)
        break;
      evd_test_iterate_for (50);
    }
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  g_assert_null (listed_session (page, "Security Deep Dive (Part 1)"));

  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Zoom keeps the single session of a single-session event: nothing to add. */
static void
test_no_sessions_for_single_session (void)
{
  g_autoptr(EvdEvent) event = get_event ("Introducing Project Phoenix");
  GtkWidget *page, *window;

  page = evd_sessions_page_new (client, event);
  window = evd_test_show_in_window (page, 800, 600);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  gtk_widget_activate_action (page, "sessions.add", NULL);
  evd_test_iterate_for (100);
  g_assert_null (open_editor ());
  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Ticket types ------------------------------------------------------------ */

static EvdTicketTypeDialog *
open_ticket_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (EVD_IS_TICKET_TYPE_DIALOG (window) && gtk_widget_get_visible (window))
        return EVD_TICKET_TYPE_DIALOG (window);
    }
  return NULL;
}

static gboolean
ticket_dialog_shown (gpointer data)
{
  return open_ticket_dialog () != NULL;
}

static gboolean
ticket_dialog_gone (gpointer data)
{
  return open_ticket_dialog () == NULL;
}

static gboolean
ticket_dialog_idle (gpointer data)
{
  return !evd_ticket_type_dialog_is_saving (data);
}

static gboolean
group_settled (gpointer data)
{
  return !evd_ticket_types_group_is_loading (data);
}

static EvdTicketTypeDialog *
open_add_ticket_type (GtkWidget  *group,
                      const char *screenshot)
{
  EvdTicketTypeDialog *dialog;
  g_autofree char *shot = NULL;

  g_assert_true (gtk_widget_activate_action (group, "ticket-types.add", NULL));
  evd_test_iterate_until (ticket_dialog_shown, NULL, TIMEOUT_MS);
  dialog = open_ticket_dialog ();
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  if (screenshot != NULL)
    shot = evd_test_save_screenshot (GTK_WIDGET (dialog), screenshot);
  return dialog;
}

static JsonObject *
sandbox_ticket_type (const char *event_id,
                     const char *name)
{
  g_autoptr(JsonObject) entry = sandbox_entry (event_id);
  JsonArray *types = json_object_get_array_member (entry, "ticket_types");

  for (guint i = 0; i < json_array_get_length (types); i++)
    {
      JsonObject *type = json_array_get_object_element (types, i);

      if (g_strcmp0 (json_object_get_string_member (type, "name"), name) == 0)
        return json_object_ref (type);
    }
  return NULL;
}

static void
test_ticket_types (void)
{
  g_autoptr(EvdEvent) event = get_event ("Developer Day Workshop");
  const char *id = evd_event_get_event_id (event);
  g_autofree char *path = g_strdup_printf ("/v2/zoom_events/events/%s/ticket_types", id);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(JsonObject) free_type = NULL;
  g_autoptr(JsonObject) paid_type = NULL;
  g_autofree char *shot = NULL;
  GtkWidget *page, *window, *group;
  EvdTicketTypeDialog *dialog;
  guint posts, before;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 1400);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  group = find_type (page, EVD_TYPE_TICKET_TYPES_GROUP);
  g_assert_nonnull (group);
  evd_test_iterate_until (group_settled, group, TIMEOUT_MS);
  g_assert_true (evd_ticket_types_group_is_offered (EVD_TICKET_TYPES_GROUP (group)));
  before = g_list_model_get_n_items (evd_ticket_types_group_get_ticket_types (EVD_TICKET_TYPES_GROUP (group)));
  g_assert_cmpuint (before, >=, 1);
  g_assert_true (mapped_row_titled (group, "Workshop Seat"));

  dialog = open_add_ticket_type (group, "ticket-type-dialog-new");
  posts = evd_sandbox_server_count_requests (server, "POST", path);

  /* Checked here first: a name, a price for a paid ticket, the sale window. */
  gtk_switch_set_active (evd_ticket_type_dialog_get_free (dialog), FALSE);
  gtk_editable_set_text (evd_ticket_type_dialog_get_price (dialog), "twenty");
  gtk_editable_set_text (evd_ticket_type_dialog_get_quantity (dialog), "-3");
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_ticket_type_dialog_get_sale_end (dialog)), yesterday,
                                "Europe/Berlin");
  evd_ticket_type_dialog_save (dialog);
  g_assert_nonnull (evd_ticket_type_dialog_get_error (dialog, "name"));
  g_assert_nonnull (strstr (evd_ticket_type_dialog_get_error (dialog, "price"), "25.00"));
  g_assert_nonnull (evd_ticket_type_dialog_get_error (dialog, "quantity"));
  g_assert_cmpstr (evd_ticket_type_dialog_get_error (dialog, "sale"), ==, "Sales must end after they start.");
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "POST", path), ==, posts);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  shot = evd_test_save_screenshot (GTK_WIDGET (dialog), "ticket-type-dialog-checks");

  /* Zoom's 26401 lands at the sale dates. */
  gtk_editable_set_text (evd_ticket_type_dialog_get_name (dialog), "VIP");
  gtk_editable_set_text (evd_ticket_type_dialog_get_price (dialog), "25.00");
  gtk_editable_set_text (evd_ticket_type_dialog_get_quantity (dialog), "");
  gtk_drop_down_set_selected (evd_ticket_type_dialog_get_currency (dialog), 1);
  evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (evd_ticket_type_dialog_get_sale_end (dialog)),
                                evd_event_get_start_time (event), "Europe/Berlin");
  evd_sandbox_server_queue_status (server, path, 400, NULL,
                                   "{\"code\":26401,\"message\":\"Invalid ticket sale time.\"}");
  evd_ticket_type_dialog_save (dialog);
  evd_test_iterate_until (ticket_dialog_idle, dialog, TIMEOUT_MS);
  g_assert_nonnull (strstr (evd_ticket_type_dialog_get_error (dialog, "sale"), "sale dates"));
  g_assert_null (evd_ticket_type_dialog_get_error (dialog, "price"));

  /* A paid ticket, as Zoom wants it: the price as a string. */
  evd_ticket_type_dialog_save (dialog);
  evd_test_iterate_until (ticket_dialog_gone, NULL, TIMEOUT_MS);
  paid_type = sandbox_ticket_type (id, "VIP");
  g_assert_nonnull (paid_type);
  g_assert_cmpstr (json_object_get_string_member (paid_type, "price"), ==, "25.00");
  g_assert_cmpstr (json_object_get_string_member (paid_type, "currency"), ==, "EUR");
  g_assert_false (json_object_get_boolean_member (paid_type, "free"));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (paid_type, "end_time"), "Z"));

  /* A free one with a limit. */
  dialog = open_add_ticket_type (group, NULL);
  gtk_editable_set_text (evd_ticket_type_dialog_get_name (dialog), "Community Pass");
  gtk_editable_set_text (evd_ticket_type_dialog_get_quantity (dialog), "100");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (GTK_WIDGET (dialog), "ticket-type-dialog-free");
  narrow_screenshot (GTK_WIDGET (dialog), "ticket-type-dialog-narrow");
  evd_ticket_type_dialog_save (dialog);
  evd_test_iterate_until (ticket_dialog_gone, NULL, TIMEOUT_MS);
  free_type = sandbox_ticket_type (id, "Community Pass");
  g_assert_nonnull (free_type);
  g_assert_true (json_object_get_boolean_member (free_type, "free"));
  g_assert_cmpint (json_object_get_int_member (free_type, "quantity"), ==, 100);

  evd_test_iterate_until (group_settled, group, TIMEOUT_MS);
  g_assert_cmpuint (g_list_model_get_n_items (evd_ticket_types_group_get_ticket_types (EVD_TICKET_TYPES_GROUP (group))),
                    ==, before + 2);
  gtk_test_widget_wait_for_draw (window);
  g_assert_true (mapped_row_titled (group, "Community Pass"));
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (group, "ticket-types-group");

  evd_test_close_window (window, page, TIMEOUT_MS);
}

static void
test_no_ticket_types_for_single_session (void)
{
  g_autoptr(EvdEvent) event = get_event ("Introducing Project Phoenix");
  GtkWidget *page, *window, *group;
  g_autofree char *shot = NULL;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 1400);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  group = find_type (page, EVD_TYPE_TICKET_TYPES_GROUP);
  g_assert_nonnull (group);
  g_assert_false (evd_ticket_types_group_is_offered (EVD_TICKET_TYPES_GROUP (group)));
  g_assert_true (mapped_row_titled (group, "One ticket for everyone"));
  gtk_widget_activate_action (group, "ticket-types.add", NULL);
  evd_test_iterate_for (100);
  g_assert_null (open_ticket_dialog ());
  shot = evd_test_save_screenshot (group, "ticket-types-single-session");
  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* In the window ----------------------------------------------------------- */

typedef struct {
  GtkWidget  *window;
  const char *event_id;
} WindowWait;

static EvdSidebarItem *
sidebar_event (GtkWidget  *window,
               const char *event_id,
               gboolean    drafts_only)
{
  GtkWidget *browser = evd_window_get_browser (EVD_WINDOW (window));
  EvdSidebar *sidebar = EVD_SIDEBAR (evd_browser_get_sidebar (EVD_BROWSER (browser)));
  GListModel *rows = evd_sidebar_get_rows (sidebar);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(EvdSidebarItem) item = gtk_tree_list_row_get_item (row);
      EvdEvent *event;

      if (evd_sidebar_item_get_kind (item) != EVD_SIDEBAR_ITEM_EVENT)
        continue;
      event = evd_sidebar_item_get_event (item);
      if (event_id != NULL && g_strcmp0 (evd_event_get_event_id (event), event_id) != 0)
        continue;
      if (drafts_only && (evd_event_get_display_status (event, now) != EVD_DISPLAY_STATUS_DRAFT ||
                          evd_event_get_event_type (event) != EVD_EVENT_TYPE_SIMPLE_EVENT))
        continue;
      return item;
    }
  return NULL;
}

static gboolean
sidebar_has_draft (gpointer data)
{
  return sidebar_event (data, NULL, TRUE) != NULL;
}

static GtkWidget *
window_page (GtkWidget *window)
{
  return evd_browser_get_page (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window))));
}

static gboolean
event_page_for (gpointer data)
{
  WindowWait *wait = data;
  GtkWidget *page = window_page (wait->window);

  return EVD_IS_EVENT_PAGE (page) && !evd_event_page_is_loading (EVD_EVENT_PAGE (page)) &&
         g_strcmp0 (evd_event_get_event_id (evd_event_page_get_event (EVD_EVENT_PAGE (page))), wait->event_id) == 0;
}

/* Published, in the sidebar's badge and on the page with its link. */
static gboolean
shown_as_published (gpointer data)
{
  WindowWait *wait = data;
  EvdSidebarItem *item = sidebar_event (wait->window, wait->event_id, FALSE);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return item != NULL &&
         evd_event_get_display_status (evd_sidebar_item_get_event (item), now) == EVD_DISPLAY_STATUS_UPCOMING &&
         event_page_for (wait) && mapped_row_titled (window_page (wait->window), "Registration Link");
}

static gboolean
page_named_window_copy (gpointer data)
{
  GtkWidget *page = window_page (data);

  return EVD_IS_EVENT_PAGE (page) && !evd_event_page_is_loading (EVD_EVENT_PAGE (page)) &&
         g_strcmp0 (evd_event_get_name (evd_event_page_get_event (EVD_EVENT_PAGE (page))), "Window Copy") == 0;
}

static void
test_publish_in_window (void)
{
  GtkWidget *window = g_object_new (EVD_TYPE_WINDOW, NULL);
  EvdSidebarItem *item;
  g_autofree char *event_id = NULL;
  g_autofree char *hub_id = NULL;
  g_autofree char *shot = NULL;
  WindowWait wait = { window, NULL };
  const char *path[3] = { NULL, };
  AdwMessageDialog *dialog;

  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (window, "win.explore-sample-data", NULL);
  evd_test_iterate_until (sidebar_has_draft, window, TIMEOUT_MS);

  item = sidebar_event (window, NULL, TRUE);
  event_id = g_strdup (evd_event_get_event_id (evd_sidebar_item_get_event (item)));
  hub_id = g_strdup (evd_hub_get_hub_id (evd_sidebar_item_get_hub (item)));
  path[0] = hub_id;
  path[1] = event_id;
  wait.event_id = event_id;
  evd_browser_select_path (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window))), path);
  evd_test_iterate_until (event_page_for, &wait, TIMEOUT_MS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions_of (window_page (window))), "event.publish", NULL));
  answer (wait_for_dialog (NULL), "publish");
  evd_test_iterate_until (shown_as_published, &wait, TIMEOUT_MS);
  g_assert_true (shown_as_published (&wait));
  evd_test_iterate_for (200);
  shot = evd_test_save_screenshot (window, "event-actions-published-in-window");

  /* A copy opens on its own page once made. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actions_of (window_page (window))), "event.duplicate", NULL));
  dialog = wait_for_dialog (NULL);
  gtk_editable_set_text (evd_duplicate_dialog_get_name_entry (dialog), "Window Copy");
  answer (dialog, "duplicate");
  evd_test_iterate_until (page_named_window_copy, window, TIMEOUT_MS);
  g_assert_true (page_named_window_copy (window));
  g_assert_true (evd_event_actions_is_offered (actions_of (window_page (window)), "publish"));

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  evd_test_init_ui (&argc, &argv);

  server = evd_test_start_sandbox ();
  client = evd_test_client_new (server);

  g_test_add_func ("/event-actions/publish", test_publish);
  g_test_add_func ("/event-actions/publish-in-window", test_publish_in_window);
  g_test_add_func ("/event-actions/publish-flow-errors", test_publish_flow_errors);
  g_test_add_func ("/event-actions/cancel-with-registrants", test_cancel_with_registrants);
  g_test_add_func ("/event-actions/cancel-without-registrants", test_cancel_without_registrants);
  g_test_add_func ("/event-actions/cancel-count-shapes", test_cancel_count_shapes);
  g_test_add_func ("/event-actions/duplicate", test_duplicate);
  g_test_add_func ("/event-actions/duplicate-refused", test_duplicate_refused);
  g_test_add_func ("/event-actions/delete", test_delete);
  g_test_add_func ("/event-actions/no-delete-for-published", test_no_delete_for_published);
  g_test_add_func ("/event-actions/sessions", test_sessions);
  g_test_add_func ("/event-actions/no-sessions-for-single-session", test_no_sessions_for_single_session);
  g_test_add_func ("/event-actions/ticket-types", test_ticket_types);
  g_test_add_func ("/event-actions/no-ticket-types-for-single-session", test_no_ticket_types_for_single_session);

  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  return status;
}
