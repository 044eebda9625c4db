/* test-edit-event.c: Edit Event changes at Zoom only what the organizer changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sandbox here holds the sample data with one event given values the
 * form cannot show or must not touch: PUBLIC (listed on its hub), a time
 * zone outside Zoom's list, a place on a virtual event, categories, tags,
 * blocked countries, lobby times and a member Event Desk does not know.
 * The Edit window's real Save button is pressed and the event as the
 * sandbox stores it is compared before and after.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "evd-auth.h"
#include "evd-client.h"
#include "evd-event-edit-window.h"
#include "evd-event-form.h"
#include "evd-event-page.h"
#include "evd-sandbox-server.h"
#include "evd-test-utils.h"
#include "evd-timezone-row.h"

#define TIMEOUT_MS 15000
#define EVENT_NAME "Introducing Project Phoenix"

static EvdSandboxServer *server;
static EvdClient *client;
static char *event_id;

/* Helpers ----------------------------------------------------------------- */

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static EvdEvent *
fetch_event (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EvdEvent *event;

  evd_client_get_event_async (client, event_id, NULL, store_result_cb, &result);
  evd_test_iterate_until (has_result, &result, TIMEOUT_MS);
  event = evd_client_get_event_finish (client, result, &error);
  g_assert_no_error (error);
  return event;
}

/* The event's record as the sandbox stores it: {role, event, sessions, …}. */
static JsonObject *
stored_record (void)
{
  g_autoptr(JsonNode) state = evd_sandbox_server_dump_state (server);
  JsonArray *events = json_object_get_array_member (json_node_get_object (state), "events");

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *record = json_array_get_object_element (events, i);

      if (g_strcmp0 (json_object_get_string_member (json_object_get_object_member (record, "event"), "event_id"),
                     event_id) == 0)
        return json_object_ref (record);
    }
  g_assert_not_reached ();
}

static char *
stored_event_text (void)
{
  g_autoptr(JsonObject) record = stored_record ();
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), json_object_get_object_member (record, "event"));

  return json_to_string (node, FALSE);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
edit_ready (gpointer data)
{
  return evd_event_edit_window_is_ready (data);
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
field (GtkWidget  *root,
       const char *name)
{
  GtkWidget *widget = evd_event_form_find_field (root, name);

  if (widget == NULL)
    g_error ("No field named %s", name);
  return widget;
}

static GtkWidget *
open_edit (EvdEvent *event)
{
  GtkWidget *window = evd_event_edit_window_new (NULL, client, event);

  gtk_window_present (GTK_WINDOW (window));
  evd_test_iterate_until (edit_ready, window, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  return window;
}

/* As a person would: the header bar's Save button, then the window closes. */
static void
press_save (GtkWidget *window)
{
  GtkWidget *save = find_action_button (window, "edit-event.save");
  gpointer weak = window;

  g_assert_nonnull (save);
  g_assert_true (gtk_widget_get_sensitive (save));
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_widget_activate (save);
  evd_test_iterate_until (pointer_cleared, &weak, TIMEOUT_MS);
}

/* Tests ------------------------------------------------------------------- */

static void
test_untouched_save (void)
{
  g_autofree char *before = stored_event_text ();
  g_autofree char *after = NULL;
  g_autoptr(EvdEvent) event = fetch_event ();
  g_autofree char *shot = NULL;
  guint requests = evd_sandbox_server_count_requests (server, NULL, "/zoom_events/events");
  guint patches = evd_sandbox_server_count_requests (server, "PATCH", "/zoom_events/events");
  GtkWidget *window, *form;
  AdwComboRow *access;

  g_assert_cmpint (evd_event_get_access_level (event), ==, EVD_ACCESS_LEVEL_PUBLIC);
  window = open_edit (event);
  form = evd_event_edit_window_get_form (EVD_EVENT_EDIT_WINDOW (window));

  /* The real access level is shown, not "Anyone with the link". */
  access = ADW_COMBO_ROW (field (form, "access"));
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (access)), ==,
                   "Anyone: listed on the hub");
  /* The zone Zoom does not list is kept as it is. */
  g_assert_cmpstr (evd_timezone_row_get_zone (EVD_TIMEZONE_ROW (gtk_widget_get_ancestor (field (form, "timezone"),
                                                                                     EVD_TYPE_TIMEZONE_ROW))),
                   ==, "Europe/Tallinn");
  shot = evd_test_save_screenshot (window, "edit-event-public");

  press_save (window);
  after = stored_event_text ();
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "PATCH", "/zoom_events/events"), ==, patches);
  /* Reading hubs and registrations is all the window did. */
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, NULL, "/zoom_events/events"), <=, requests + 1);
}

static void
test_one_change_only (void)
{
  g_autoptr(JsonObject) record = stored_record ();
  JsonObject *expected = json_object_get_object_member (record, "event");
  g_autoptr(EvdEvent) event = fetch_event ();
  g_autoptr(JsonObject) after = NULL;
  g_autoptr(JsonNode) expected_node = NULL;
  g_autoptr(JsonNode) after_node = NULL;
  guint patches = evd_sandbox_server_count_requests (server, "PATCH", "/zoom_events/events");
  GtkWidget *window, *form;

  window = open_edit (event);
  form = evd_event_edit_window_get_form (EVD_EVENT_EDIT_WINDOW (window));
  gtk_editable_set_text (GTK_EDITABLE (field (form, "name")), "Project Phoenix: The Launch");
  press_save (window);

  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "PATCH", "/zoom_events/events"), ==, patches + 1);
  /* Everything else, PUBLIC included, is byte for byte what it was. */
  json_object_set_string_member (expected, "name", "Project Phoenix: The Launch");
  after = stored_record ();
  expected_node = json_node_init_object (json_node_alloc (), expected);
  after_node = json_node_init_object (json_node_alloc (), json_object_get_object_member (after, "event"));
  g_assert_true (json_node_equal (expected_node, after_node));
  g_assert_cmpstr (json_object_get_string_member (expected, "access_level"), ==, "PUBLIC");
}

static gboolean
page_loaded (gpointer data)
{
  return !evd_event_page_is_loading (data);
}

static gboolean
page_shows_meeting (gpointer data)
{
  EvdEvent *shown = evd_event_page_get_event (data);

  return shown != NULL && evd_event_get_meeting_type (shown) == EVD_MEETING_TYPE_MEETING && !evd_event_page_is_loading (data);
}

static GtkWidget *
find_edit_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (EVD_IS_EVENT_EDIT_WINDOW (toplevel))
        return toplevel;   /* GTK keeps it alive */
    }
  return NULL;
}

static gboolean
edit_window_shown (gpointer data)
{
  return find_edit_window () != NULL;
}

static gboolean
edit_offered (gpointer data)
{
  GtkWidget *button = evd_event_form_find_field (data, "edit-event");

  return button != NULL && gtk_widget_is_visible (button) && gtk_widget_is_sensitive (button);
}

/* Webinar → meeting goes through the event's session, as Zoom documents,
 * and the event page then shows what Zoom holds. */
static void
test_meeting_type_through_session (void)
{
  g_autoptr(EvdEvent) event = fetch_event ();
  g_autoptr(JsonObject) record = NULL;
  g_autofree char *event_path = g_strdup_printf ("/zoom_events/events/%s", event_id);
  g_autofree char *sessions_path = g_strdup_printf ("/zoom_events/events/%s/sessions/", event_id);
  g_autofree char *shot = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = evd_event_page_new (client, event);
  GtkWidget *edit, *form;
  guint event_patches, session_patches;
  JsonObject *session;

  g_assert_cmpint (evd_event_get_meeting_type (event), ==, EVD_MEETING_TYPE_WEBINAR);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  evd_test_iterate_until (page_loaded, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  evd_test_iterate_until (edit_offered, page, TIMEOUT_MS);

  /* A button activated shows itself pressed a moment before "clicked". */
  g_assert_true (gtk_widget_activate (evd_event_form_find_field (page, "edit-event")));
  evd_test_iterate_until (edit_window_shown, NULL, TIMEOUT_MS);
  edit = find_edit_window ();
  evd_test_iterate_until (edit_ready, edit, TIMEOUT_MS);
  form = evd_event_edit_window_get_form (EVD_EVENT_EDIT_WINDOW (edit));

  event_patches = evd_sandbox_server_count_requests (server, "PATCH", event_path);
  session_patches = evd_sandbox_server_count_requests (server, "PATCH", sessions_path);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (form, "meeting-type")), 1);   /* Meeting */
  press_save (edit);

  /* One PATCH, of the session (its path starts with the event's): none
   * of the event itself. */
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "PATCH", sessions_path), ==, session_patches + 1);
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "PATCH", event_path), ==, event_patches + 1);
  record = stored_record ();
  session = json_array_get_object_element (json_object_get_array_member (record, "sessions"), 0);
  g_assert_cmpint (json_object_get_int_member (session, "type"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (record, "event"), "meeting_type"), ==,
                   "MEETING");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (record, "event"), "access_level"), ==,
                   "PUBLIC");

  /* The page read the event again and shows the meeting Zoom now holds. */
  evd_test_iterate_until (page_shows_meeting, page, TIMEOUT_MS);
  shot = evd_test_save_screenshot (window, "edit-event-meeting-type-saved");

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Setup ------------------------------------------------------------------- */

/* The sample data, with the event given what the form cannot show. */
static char *
write_state (void)
{
  g_autoptr(EvdSandboxServer) sample = evd_sandbox_server_new ();
  g_autoptr(JsonNode) state = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  JsonArray *events;
  int fd;

  evd_sandbox_server_reset (sample);
  state = evd_sandbox_server_dump_state (sample);
  event_id = evd_sandbox_server_find_event_id (sample, EVENT_NAME);
  g_assert_nonnull (event_id);
  events = json_object_get_array_member (json_node_get_object (state), "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_object_get_object_member (json_array_get_object_element (events, i), "event");
      g_autoptr(JsonNode) extra = json_from_string ("{\"kept\":[1,2,{\"as\":\"is\"}]}", NULL);

      if (g_strcmp0 (json_object_get_string_member (event, "event_id"), event_id) != 0)
        continue;
      json_object_set_string_member (event, "access_level", "PUBLIC");
      json_object_set_string_member (event, "timezone", "Europe/Tallinn");
      json_object_set_string_member (event, "physical_location", "Hall 3");
      json_object_set_string_member (event, "contact_name", "Launch Team");
      json_object_set_string_member (event, "lobby_start_time", "2030-01-01T08:00:00Z");
      json_object_set_string_member (event, "lobby_end_time", "2030-01-01T20:00:00Z");
      json_object_set_member (event, "categories", json_from_string ("[\"Food & Drink\",\"Other\"]", NULL));
      json_object_set_member (event, "tags", json_from_string ("[\"launch\",\"analytics\"]", NULL));
      json_object_set_member (event, "blocked_countries", json_from_string ("[\"CU\",\"KP\"]", NULL));
      json_object_set_member (event, "x_not_known_to_event_desk", g_steal_pointer (&extra));
    }

  text = json_to_string (state, FALSE);
  fd = g_file_open_tmp ("evd-edit-event-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdAuth) auth = NULL;
  g_autofree char *state_file = NULL;
  int status;

  evd_test_init_ui (&argc, &argv);

  state_file = write_state ();
  server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_state_file (server, state_file);
  if (!evd_sandbox_server_start (server, &error))
    g_error ("The sandbox did not start: %s", error->message);
  auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                       evd_sandbox_server_get_oauth_url (server));
  client = evd_client_new (auth, evd_sandbox_server_get_api_url (server));

  g_test_add_func ("/edit-event/untouched-save", test_untouched_save);
  g_test_add_func ("/edit-event/one-change-only", test_one_change_only);
  g_test_add_func ("/edit-event/meeting-type-through-session", test_meeting_type_through_session);

  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  g_unlink (state_file);
  g_free (event_id);
  return status;
}
