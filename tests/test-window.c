/* test-window.c: the window from first run to browsing, against the sandbox
 *
 * Runs under tests/headless.sh: a real X server, a private D-Bus session
 * and an unlocked throw-away gnome-keyring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-browser.h"
#include "evd-connect-page.h"
#include "evd-credential-store.h"
#include "evd-preferences-window.h"
#include "evd-ui-util.h"
#include "evd-sandbox-server.h"
#include "evd-scopes.h"
#include "evd-sidebar.h"
#include "evd-insight-cache.h"
#include "evd-test-utils.h"
#include "evd-window.h"

#define TIMEOUT_MS 20000

static GtkWidget *
new_window (int width,
            int height)
{
  GtkWidget *window = g_object_new (EVD_TYPE_WINDOW, NULL);

  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

static void
destroy_window (GtkWidget *window)
{
  /* GTK 4.8 warns when a focused text field goes with its window. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;

      if ((found = find_button_with_label (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *find_widget (GtkWidget  *root,
                               GType       type,
                               const char *title);

static gboolean
page_is (gpointer data)
{
  GtkWidget *window = ((gpointer *) data)[0];
  const char *name = ((gpointer *) data)[1];

  return g_strcmp0 (evd_window_get_visible_page (EVD_WINDOW (window)), name) == 0;
}

static void
wait_for_page (GtkWidget  *window,
               const char *name)
{
  gpointer data[] = { window, (gpointer) name };

  evd_test_iterate_until (page_is, data, TIMEOUT_MS);
}

static EvdSidebar *
window_sidebar (GtkWidget *window)
{
  GtkWidget *browser = evd_window_get_browser (EVD_WINDOW (window));

  g_assert_nonnull (browser);
  return EVD_SIDEBAR (evd_browser_get_sidebar (EVD_BROWSER (browser)));
}

static EvdSidebarItem *
find_row_with_status (EvdSidebar       *sidebar,
                      EvdDisplayStatus  status)
{
  GListModel *rows = evd_sidebar_get_rows (sidebar);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(EvdSidebarItem) item = gtk_tree_list_row_get_item (row);

      if (evd_sidebar_item_get_kind (item) == EVD_SIDEBAR_ITEM_EVENT &&
          evd_event_get_display_status (evd_sidebar_item_get_event (item), now) == status)
        return item;
    }
  return NULL;
}

static EvdSidebarItem *
find_row (EvdSidebar         *sidebar,
          EvdSidebarItemKind  kind,
          EvdEventType        event_type)
{
  GListModel *rows = evd_sidebar_get_rows (sidebar);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(EvdSidebarItem) item = gtk_tree_list_row_get_item (row);

      if (evd_sidebar_item_get_kind (item) != kind)
        continue;
      if (kind == EVD_SIDEBAR_ITEM_EVENT && event_type != EVD_EVENT_TYPE_UNKNOWN &&
          evd_event_get_event_type (evd_sidebar_item_get_event (item)) != event_type)
        continue;
      return item;
    }
  return NULL;
}

static gboolean
first_hub_events_loaded (gpointer data)
{
  EvdSidebar *sidebar = data;

  return !evd_sidebar_is_loading (sidebar) &&
         find_row (sidebar, EVD_SIDEBAR_ITEM_EVENT, EVD_EVENT_TYPE_UNKNOWN) != NULL;
}

static gboolean
page_type_is (gpointer data)
{
  GtkWidget *window = ((gpointer *) data)[0];
  GType type = GPOINTER_TO_SIZE (((gpointer *) data)[1]);
  GtkWidget *page = evd_browser_get_page (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window))));

  return page != NULL && G_TYPE_CHECK_INSTANCE_TYPE (page, type);
}

static void
select_and_wait (GtkWidget  *window,
                 const char *hub_id,
                 const char *event_id,
                 const char *section,
                 const char *type_name)
{
  const char *path[] = { hub_id, event_id, section, NULL };
  gpointer data[] = { window, GSIZE_TO_POINTER (g_type_from_name (type_name)) };

  g_assert_true (g_type_from_name (type_name) != 0);
  evd_browser_select_path (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window))), path);
  evd_test_iterate_until (page_type_is, data, TIMEOUT_MS);
}

/* Sample data: the tree fills from the in-process sandbox, and an organizer
 * can go from a hub to an event and to its registrations. */
static void
test_sample_data_browse (void)
{
  GtkWidget *window = new_window (1100, 720);
  EvdSidebar *sidebar;
  EvdSidebarItem *event_item;
  EvdSidebarItem *conference_item;
  g_autofree char *hub_id = NULL;
  g_autofree char *event_id = NULL;
  g_autofree char *conference_id = NULL;
  g_autofree char *shot = NULL;

  shot = evd_test_save_screenshot (window, "welcome");
  g_assert_nonnull (find_button_with_label (window, "_Explore With Sample Data"));

  gtk_widget_activate_action (window, "win.explore-sample-data", NULL);
  wait_for_page (window, "browser");
  g_assert_true (evd_window_is_sample_data (EVD_WINDOW (window)));
  /* She can see which account this is. */
  g_assert_cmpstr (evd_browser_get_account_text (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window)))), ==,
                   "Sample data");

  sidebar = window_sidebar (window);
  evd_test_iterate_until (first_hub_events_loaded, sidebar, TIMEOUT_MS);
  evd_test_iterate_for (200);
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (window, "browser-hub");

  /* An upcoming event: published, so it has a link and registrations. */
  event_item = find_row_with_status (sidebar, EVD_DISPLAY_STATUS_UPCOMING);
  g_assert_nonnull (event_item);
  hub_id = g_strdup (evd_hub_get_hub_id (evd_sidebar_item_get_hub (event_item)));
  event_id = g_strdup (evd_event_get_event_id (evd_sidebar_item_get_event (event_item)));

  select_and_wait (window, hub_id, event_id, NULL, "EvdEventPage");
  evd_test_iterate_for (500);
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (window, "browser-event");

  /* The event page leads to its registrations: its row selects them. */
  {
    GtkWidget *page = evd_browser_get_page (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window))));
    GtkWidget *row = find_widget (page, ADW_TYPE_ACTION_ROW, "_Registrations");
    gpointer data[] = { window, GSIZE_TO_POINTER (g_type_from_name ("EvdRegistrationsPage")) };
    g_auto(GStrv) selected = NULL;

    g_assert_nonnull (row);
    g_assert_true (gtk_widget_get_mapped (row));
    /* A single-session event has no sessions to list. */
    g_assert_cmpint (gtk_widget_get_visible (find_widget (page, ADW_TYPE_ACTION_ROW, "_Sessions")), ==,
                     evd_event_get_event_type (evd_sidebar_item_get_event (event_item)) != EVD_EVENT_TYPE_SIMPLE_EVENT);
    gtk_widget_activate (row);
    evd_test_iterate_until (page_type_is, data, TIMEOUT_MS);
    selected = evd_browser_dup_selected_path (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window))));
    g_assert_cmpstr (selected[2], ==, "registrations");
  }
  evd_test_iterate_for (500);
  g_clear_pointer (&shot, g_free);
  shot = evd_test_save_screenshot (window, "browser-registrations");

  /* A multi-session event has a Sessions section. */
  conference_item = find_row (sidebar, EVD_SIDEBAR_ITEM_EVENT, EVD_EVENT_TYPE_CONFERENCE);
  if (conference_item != NULL)
    {
      conference_id = g_strdup (evd_event_get_event_id (evd_sidebar_item_get_event (conference_item)));
      select_and_wait (window, evd_hub_get_hub_id (evd_sidebar_item_get_hub (conference_item)),
                       conference_id, "sessions", "EvdSessionsPage");
      evd_test_iterate_for (500);
      g_clear_pointer (&shot, g_free);
      shot = evd_test_save_screenshot (window, "browser-sessions");
    }

  destroy_window (window);
}

/* The same at the narrowest width the window allows: the leaflet folds. */
static void
test_sample_data_narrow (void)
{
  GtkWidget *window = new_window (360, 640);
  EvdSidebar *sidebar;
  g_autofree char *shot = NULL;

  gtk_widget_activate_action (window, "win.explore-sample-data", NULL);
  wait_for_page (window, "browser");
  sidebar = window_sidebar (window);
  evd_test_iterate_until (first_hub_events_loaded, sidebar, TIMEOUT_MS);
  evd_test_iterate_for (200);
  shot = evd_test_save_screenshot (window, "browser-narrow");

  destroy_window (window);
}

static gboolean
connect_finished (gpointer data)
{
  return !evd_connect_page_is_busy (data) && evd_connect_page_get_problem (data) != NULL;
}

static EvdSandboxServer *
start_sandbox (void)
{
  EvdSandboxServer *sandbox = evd_sandbox_server_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (evd_sandbox_server_start (sandbox, &error));
  g_assert_no_error (error);
  return sandbox;
}

static EvdConnectPage *
open_connect_page (GtkWidget        *window,
                   EvdSandboxServer *sandbox)
{
  EvdConnectPage *page = EVD_CONNECT_PAGE (evd_window_get_connect_page (EVD_WINDOW (window)));

  gtk_widget_activate_action (window, "win.connect-account", NULL);
  wait_for_page (window, "connect");
  evd_connect_page_set_urls (page, evd_sandbox_server_get_api_url (sandbox),
                             evd_sandbox_server_get_oauth_url (sandbox));
  return page;
}

/* A wrong secret is said beside the secret, in plain words. */
static void
test_connect_wrong_secret (void)
{
  g_autoptr(EvdSandboxServer) sandbox = start_sandbox ();
  GtkWidget *window = new_window (1000, 760);
  EvdConnectPage *page = open_connect_page (window, sandbox);
  g_autofree char *shot = NULL;

  evd_connect_page_fill (page, EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, "not-the-secret");
  gtk_widget_activate_action (GTK_WIDGET (page), "connect.connect", NULL);
  evd_test_iterate_until (connect_finished, page, TIMEOUT_MS);

  g_assert_nonnull (strstr (evd_connect_page_get_problem (page), "Client Secret"));
  g_assert_true (evd_connect_page_field_has_problem (page, "secret"));
  g_assert_false (evd_connect_page_field_has_problem (page, "account"));
  g_assert_cmpstr (evd_window_get_visible_page (EVD_WINDOW (window)), ==, "connect");
  shot = evd_test_save_screenshot (window, "connect-wrong-secret");

  /* A wrong account ID is said beside the account ID. */
  evd_connect_page_fill (page, "no-such-account", EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET);
  gtk_widget_activate_action (GTK_WIDGET (page), "connect.connect", NULL);
  evd_test_iterate_until (connect_finished, page, TIMEOUT_MS);
  g_assert_true (evd_connect_page_field_has_problem (page, "account"));
  g_assert_false (evd_connect_page_field_has_problem (page, "secret"));

  destroy_window (window);
  evd_sandbox_server_stop (sandbox);
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          ((ADW_IS_PREFERENCES_ROW (child) &&
            g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0) ||
           (ADW_IS_PREFERENCES_GROUP (child) &&
            g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (child)), title) == 0)))
        return child;
      if ((found = find_widget (child, type, title)) != NULL)
        return found;
    }
  return NULL;
}

static void
collect_heading_labels (GtkWidget *root,
                        GString   *headings,
                        GString   *texts)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        {
          if (gtk_widget_has_css_class (child, "heading"))
            g_string_append_printf (headings, "%s|", gtk_label_get_text (GTK_LABEL (child)));
          g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
        }
      collect_heading_labels (child, headings, texts);
    }
}

static gboolean
clipboard_has_content (gpointer data)
{
  return gdk_clipboard_get_content (gtk_widget_get_clipboard (data)) != NULL;
}

static char *
read_local_clipboard (GtkWidget *widget)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentProvider *content = gdk_clipboard_get_content (clipboard);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  return g_value_dup_string (&value);
}

/* The guide comes before the form that needs what it produces; it says who
 * may create the app, has a request ready for her admin, and lists the
 * scopes as Zoom's Add Scopes screen groups them, in words and by ID. */
static void
test_connect_guide (void)
{
  g_autoptr(EvdSandboxServer) sandbox = start_sandbox ();
  GtkWidget *window = new_window (1000, 760);
  EvdConnectPage *page = open_connect_page (window, sandbox);
  g_autoptr(GString) headings = g_string_new (NULL);
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autofree char *copied = NULL;
  g_autofree char *shot = NULL;
  const char * const *required = evd_scopes_get_required ();
  GtkWidget *guide, *admin, *credentials, *request_row, *scopes_row, *copy;
  graphene_point_t guide_top, admin_top, credentials_top;

  gtk_test_widget_wait_for_draw (window);
  guide = find_widget (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP, "How to Create the App");
  admin = find_widget (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP, "Who Can Create the App");
  credentials = find_widget (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP, "Your App’s Credentials");
  g_assert_nonnull (guide);
  g_assert_nonnull (admin);
  g_assert_nonnull (credentials);
  g_assert_true (gtk_widget_compute_point (admin, GTK_WIDGET (page), &GRAPHENE_POINT_INIT (0, 0), &admin_top));
  g_assert_true (gtk_widget_compute_point (guide, GTK_WIDGET (page), &GRAPHENE_POINT_INIT (0, 0), &guide_top));
  g_assert_true (gtk_widget_compute_point (credentials, GTK_WIDGET (page), &GRAPHENE_POINT_INIT (0, 0), &credentials_top));
  g_assert_cmpfloat (admin_top.y, <, guide_top.y);
  g_assert_cmpfloat (guide_top.y, <, credentials_top.y);
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (admin)),
                            "“Server-to-Server OAuth app” permission"));

  /* The request for an admin, copied with its button. */
  request_row = find_widget (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, "A Request for Your Zoom Admin");
  g_assert_nonnull (request_row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (request_row), TRUE);
  gtk_test_widget_wait_for_draw (window);
  copy = find_button_with_label (request_row, "C_opy Request");
  g_assert_nonnull (copy);
  gtk_widget_activate (copy);
  /* A button activated from the keyboard clicks when its short press ends. */
  evd_test_iterate_until (clipboard_has_content, window, TIMEOUT_MS);
  copied = read_local_clipboard (window);
  g_assert_nonnull (strstr (copied, "Server-to-Server OAuth"));
  g_assert_nonnull (strstr (copied, "Account ID, Client ID and Client Secret"));
  for (guint i = 0; required[i] != NULL; i++)
    g_assert_nonnull (strstr (copied, required[i]));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (request_row), FALSE);

  /* The scopes, group by group, each in words with its ID. */
  scopes_row = find_widget (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, "2. Add these scopes");
  g_assert_nonnull (scopes_row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (scopes_row), TRUE);
  gtk_test_widget_wait_for_draw (window);
  collect_heading_labels (scopes_row, headings, texts);
  g_assert_cmpstr (headings->str, ==, "Hubs|Events|Sessions|Ticket Types|Tickets|Registrants|");
  for (guint i = 0; required[i] != NULL; i++)
    g_assert_nonnull (strstr (texts->str, required[i]));
  g_assert_nonnull (strstr (texts->str, "See the registrations of an event\nzoom_events:read:list_tickets:admin"));
  shot = evd_test_save_screenshot (window, "connect-guide-scopes");

  destroy_window (window);
  evd_sandbox_server_stop (sandbox);
}

static gboolean
row_is_shown (GtkWidget  *root,
              const char *title)
{
  GtkWidget *row = find_widget (root, ADW_TYPE_PREFERENCES_ROW, title);

  return row != NULL && gtk_widget_is_visible (row);
}

/* The addresses of a copy of Zoom are for developers: Preferences shows
 * them only once one is set (gsettings), so it can be emptied again. */
static void
test_preferences_addresses (void)
{
  g_autoptr(GSettings) settings = evd_settings_new ();
  GtkWidget *preferences;

  g_settings_reset (settings, "api-url");
  g_settings_reset (settings, "oauth-url");
  preferences = evd_preferences_window_new (settings, FALSE);
  g_object_ref_sink (preferences);
  gtk_window_present (GTK_WINDOW (preferences));
  gtk_test_widget_wait_for_draw (preferences);
  g_assert_false (row_is_shown (preferences, "Zoom _API Address"));
  g_assert_false (row_is_shown (preferences, "Zoom _Sign-In Address"));
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);

  g_settings_set_string (settings, "api-url", "http://127.0.0.1:9/v2");
  preferences = evd_preferences_window_new (settings, FALSE);
  g_object_ref_sink (preferences);
  gtk_window_present (GTK_WINDOW (preferences));
  gtk_test_widget_wait_for_draw (preferences);
  g_assert_true (row_is_shown (preferences, "Zoom _API Address"));
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);
  g_settings_reset (settings, "api-url");
}

/* The other problems Connect can find, each said in words that lead to the fix. */
static void
connect_and_wait_for_problem (EvdConnectPage *page)
{
  evd_connect_page_fill (page, EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET);
  gtk_widget_activate_action (GTK_WIDGET (page), "connect.connect", NULL);
  evd_test_iterate_until (connect_finished, page, TIMEOUT_MS);
}

static void
test_connect_other_problems (void)
{
  g_autoptr(EvdSandboxServer) sandbox = start_sandbox ();
  GtkWidget *window = new_window (1000, 760);
  EvdConnectPage *page = open_connect_page (window, sandbox);
  const char *scopes_without_hubs[] = { "zoom_events:read:list_events:admin", NULL };
  g_autofree char *shot = NULL;
  g_autofree char *closed_url = NULL;

  /* Missing scopes, by name */
  evd_sandbox_server_set_scopes (sandbox, scopes_without_hubs);
  connect_and_wait_for_problem (page);
  g_assert_nonnull (strstr (evd_connect_page_get_problem (page), "zoom_events:read:list_hubs:admin"));
  g_assert_nonnull (strstr (evd_connect_page_get_problem (page), "See your hubs"));
  g_assert_cmpstr (evd_window_get_visible_page (EVD_WINDOW (window)), ==, "connect");
  shot = evd_test_save_screenshot (window, "connect-missing-scopes");
  evd_sandbox_server_set_scopes (sandbox, NULL);

  /* No hubs: the account has no Events license, or no hub to host */
  evd_sandbox_server_queue_status (sandbox, "/v2/zoom_events/hubs", 200, NULL,
                                   "{\"total_records\":0,\"hubs\":[]}");
  connect_and_wait_for_problem (page);
  g_assert_nonnull (strstr (evd_connect_page_get_problem (page), "license"));
  g_assert_cmpstr (evd_window_get_visible_page (EVD_WINDOW (window)), ==, "connect");

  /* No network: nothing answers at the address */
  closed_url = g_strdup_printf ("http://127.0.0.1:%u/oauth/token", 1);
  evd_connect_page_set_urls (page, "http://127.0.0.1:1/v2", closed_url);
  connect_and_wait_for_problem (page);
  g_assert_nonnull (strstr (evd_connect_page_get_problem (page), "could not be reached"));

  destroy_window (window);
  evd_sandbox_server_stop (sandbox);
}

static EvdCredentials *
load_saved_credentials (void)
{
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EvdCredentials *credentials;

  evd_credential_store_load_async (store, FALSE, NULL, evd_test_store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  credentials = evd_credential_store_load_finish (store, result, &error);
  g_assert_no_error (error);
  return credentials;
}

static gboolean
find_sign_out_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        {
          *(AdwMessageDialog **) data = ADW_MESSAGE_DIALOG (toplevel);
          return TRUE;
        }
    }
  return FALSE;
}

/* Connecting stores the credentials in the real keyring; signing out, once
 * confirmed, forgets them. */
static gboolean
file_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_connect_save_and_sign_out (void)
{
  g_autoptr(EvdSandboxServer) sandbox = start_sandbox ();
  GtkWidget *window = new_window (1000, 720);
  EvdConnectPage *page = open_connect_page (window, sandbox);
  g_autoptr(EvdCredentials) saved = NULL;
  g_autoptr(EvdCredentials) after = NULL;
  AdwMessageDialog *dialog = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(EvdInsightCache) kept = NULL;
  g_autofree char *kept_path = NULL;

  evd_connect_page_fill (page, EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET);
  gtk_widget_activate_action (GTK_WIDGET (page), "connect.connect", NULL);
  wait_for_page (window, "browser");
  g_assert_false (evd_window_is_sample_data (EVD_WINDOW (window)));
  {
    g_autofree char *expected = g_strdup_printf ("Zoom account %s", EVD_SANDBOX_ACCOUNT_ID);

    g_assert_cmpstr (evd_browser_get_account_text (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window)))), ==,
                     expected);
  }

  saved = load_saved_credentials ();
  g_assert_nonnull (saved);
  g_assert_cmpstr (saved->account_id, ==, EVD_SANDBOX_ACCOUNT_ID);
  g_assert_cmpstr (saved->client_id, ==, EVD_SANDBOX_CLIENT_ID);
  g_assert_cmpstr (saved->client_secret, ==, EVD_SANDBOX_CLIENT_SECRET);

  /* Reports kept for an event summary, which name attendees. */
  kept = evd_insight_cache_new ();
  kept->event_json = g_strdup ("{}");
  kept->ticket_types_json = g_strdup ("[]");
  kept_path = evd_insight_cache_path (evd_sandbox_server_get_api_url (sandbox), "some-event");
  g_assert_true (evd_insight_cache_save (kept, kept_path, NULL));

  gtk_widget_activate_action (window, "win.sign-out", NULL);
  evd_test_iterate_until (find_sign_out_dialog, &dialog, TIMEOUT_MS);
  shot = evd_test_save_screenshot (GTK_WIDGET (dialog), "sign-out-confirmation");
  adw_message_dialog_response (dialog, "sign-out");
  gtk_window_destroy (GTK_WINDOW (dialog));

  wait_for_page (window, "welcome");
  after = load_saved_credentials ();
  g_assert_null (after);
  evd_test_iterate_until (file_gone, kept_path, TIMEOUT_MS);

  destroy_window (window);
  evd_sandbox_server_stop (sandbox);
}

static gboolean
sidebar_load_failed (gpointer data)
{
  return !evd_sidebar_is_loading (data) && evd_sidebar_get_load_failed (data);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), prefix))
        return child;
      if ((found = find_label (child, prefix)) != NULL)
        return found;
    }
  return NULL;
}

/* Offline, Refresh cannot reach Zoom: the page shown stays, marked out of
 * date, instead of passing for current. */
static void
test_offline_refresh_marks_page (void)
{
  g_autoptr(EvdSandboxServer) sandbox = start_sandbox ();
  GtkWidget *window = new_window (1000, 720);
  EvdConnectPage *page = open_connect_page (window, sandbox);
  EvdSidebar *sidebar;
  EvdSidebarItem *event_item;
  GtkWidget *stale;
  g_autofree char *hub_id = NULL;
  g_autofree char *event_id = NULL;
  g_autofree char *shot = NULL;

  evd_connect_page_fill (page, EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET);
  gtk_widget_activate_action (GTK_WIDGET (page), "connect.connect", NULL);
  wait_for_page (window, "browser");
  sidebar = window_sidebar (window);
  evd_test_iterate_until (first_hub_events_loaded, sidebar, TIMEOUT_MS);
  event_item = find_row (sidebar, EVD_SIDEBAR_ITEM_EVENT, EVD_EVENT_TYPE_UNKNOWN);
  hub_id = g_strdup (evd_hub_get_hub_id (evd_sidebar_item_get_hub (event_item)));
  event_id = g_strdup (evd_event_get_event_id (evd_sidebar_item_get_event (event_item)));
  select_and_wait (window, hub_id, event_id, NULL, "EvdEventPage");

  stale = find_label (window, "Out of date");
  g_assert_nonnull (stale);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (stale, GTK_TYPE_REVEALER))));

  /* Offline: nothing answers at Zoom's address any more. */
  evd_sandbox_server_stop (sandbox);
  gtk_widget_activate_action (window, "win.refresh", NULL);
  evd_test_iterate_until (sidebar_load_failed, sidebar, TIMEOUT_MS);
  evd_test_iterate_for (100);

  g_assert_true (g_type_check_instance_is_a ((GTypeInstance *) evd_browser_get_page (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window)))),
                                             g_type_from_name ("EvdEventPage")));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (stale, GTK_TYPE_REVEALER))));
  g_assert_true (gtk_widget_get_mapped (stale));
  shot = evd_test_save_screenshot (window, "offline-out-of-date");

  destroy_window (window);
}

static gboolean
sidebar_idle_with_selection (gpointer data)
{
  return !evd_sidebar_is_loading (data) && !evd_sidebar_is_restoring_selection (data) &&
         evd_sidebar_get_selected_item (data) != NULL;
}

static void
assert_selected_path (GtkWidget  *window,
                      const char *hub_id,
                      const char *event_id,
                      const char *section)
{
  g_auto(GStrv) path = evd_sidebar_dup_selected_path (window_sidebar (window));

  g_assert_nonnull (path);
  g_assert_cmpuint (g_strv_length (path), ==, 3);
  g_assert_cmpstr (path[0], ==, hub_id);
  g_assert_cmpstr (path[1], ==, event_id);
  g_assert_cmpstr (path[2], ==, section);
}

/* A window opened on the saved account finds it in the keyring, keeps the
 * selection through Refresh, and opens on it again next time. */
static void
test_saved_account_opens (void)
{
  g_autoptr(EvdSandboxServer) sandbox = start_sandbox ();
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(EvdCredentials) credentials = evd_credentials_new (EVD_SANDBOX_ACCOUNT_ID,
                                                               EVD_SANDBOX_CLIENT_ID,
                                                               EVD_SANDBOX_CLIENT_SECRET);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hub_id = NULL;
  g_autofree char *event_id = NULL;
  EvdSidebarItem *event_item;
  GtkWidget *window;

  evd_credential_store_save_async (store, credentials, NULL, evd_test_store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (evd_credential_store_save_finish (store, result, &error));

  g_setenv ("EVENTDESK_API_URL", evd_sandbox_server_get_api_url (sandbox), TRUE);
  g_setenv ("EVENTDESK_OAUTH_URL", evd_sandbox_server_get_oauth_url (sandbox), TRUE);
  window = new_window (1000, 720);
  evd_window_open_saved_account (EVD_WINDOW (window));
  wait_for_page (window, "browser");
  evd_test_iterate_until (first_hub_events_loaded, window_sidebar (window), TIMEOUT_MS);

  /* Choose an event's registrations ... */
  event_item = find_row_with_status (window_sidebar (window), EVD_DISPLAY_STATUS_UPCOMING);
  g_assert_nonnull (event_item);
  hub_id = g_strdup (evd_hub_get_hub_id (evd_sidebar_item_get_hub (event_item)));
  event_id = g_strdup (evd_event_get_event_id (evd_sidebar_item_get_event (event_item)));
  select_and_wait (window, hub_id, event_id, "registrations", "EvdRegistrationsPage");

  /* ... Refresh reloads everything and keeps that selection ... */
  gtk_widget_activate_action (window, "win.refresh", NULL);
  g_assert_true (evd_sidebar_is_loading (window_sidebar (window)));
  evd_test_iterate_until (sidebar_idle_with_selection, window_sidebar (window), TIMEOUT_MS);
  assert_selected_path (window, hub_id, event_id, "registrations");

  /* ... and the next start opens on it again. */
  destroy_window (window);

  window = new_window (1000, 720);
  evd_window_open_saved_account (EVD_WINDOW (window));
  wait_for_page (window, "browser");
  evd_test_iterate_until (sidebar_idle_with_selection, window_sidebar (window), TIMEOUT_MS);
  assert_selected_path (window, hub_id, event_id, "registrations");
  {
    gpointer data[] = { window, GSIZE_TO_POINTER (g_type_from_name ("EvdRegistrationsPage")) };
    evd_test_iterate_until (page_type_is, data, TIMEOUT_MS);
  }

  g_unsetenv ("EVENTDESK_API_URL");
  g_unsetenv ("EVENTDESK_OAUTH_URL");
  destroy_window (window);
  evd_sandbox_server_stop (sandbox);
}

int
main (int   argc,
      char *argv[])
{
  evd_test_init_ui (&argc, &argv);

  g_test_add_func ("/window/sample-data-browse", test_sample_data_browse);
  g_test_add_func ("/window/sample-data-narrow", test_sample_data_narrow);
  g_test_add_func ("/window/connect-wrong-secret", test_connect_wrong_secret);
  g_test_add_func ("/window/connect-other-problems", test_connect_other_problems);
  g_test_add_func ("/window/connect-guide", test_connect_guide);
  g_test_add_func ("/window/preferences-addresses", test_preferences_addresses);
  g_test_add_func ("/window/connect-save-and-sign-out", test_connect_save_and_sign_out);
  g_test_add_func ("/window/saved-account-opens", test_saved_account_opens);
  g_test_add_func ("/window/offline-refresh-marks-page", test_offline_refresh_marks_page);

  return g_test_run ();
}
