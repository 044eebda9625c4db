/* test-large-account.c: an account with 10,000 events, in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sandbox generates 10,000 events over two hubs. The first hub opens
 * on start (its page; so large a hub stays closed in the sidebar until she
 * opens it): its events are downloaded once for the sidebar and the hub
 * page together, the page never shows "No Events Yet" on the way, and the
 * lists make only the rows on screen. A refresh asks Zoom again and keeps
 * the page, its rows and the selection.
 */
#include "config.h"

#include <adwaita.h>

#include "evd-browser.h"
#include "evd-hub-page.h"
#include "evd-sidebar.h"
#include "evd-sidebar-item.h"
#include "evd-test-utils.h"

#define TIMEOUT_MS 60000
#define N_EVENTS   10000

static EvdSandboxServer *server;
static EvdClient *client;

typedef struct
{
  EvdBrowser *browser;
  gboolean    empty_seen;
  guint       frames;
} Watch;

/* Reads of the events list (not of one event's own resources, which the
 * hub page's comparison reads) */
static guint
count_list_requests (void)
{
  return evd_sandbox_server_count_requests (server, "GET", "/v2/zoom_events/events") -
         evd_sandbox_server_count_requests (server, "GET", "/v2/zoom_events/events/");
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_widget (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* The expander of the sidebar's row for the hub @hub_id */
static GtkWidget *
find_hub_expander (GtkWidget  *root,
                   const char *hub_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TREE_EXPANDER (child))
        {
          GObject *item = gtk_tree_expander_get_item (GTK_TREE_EXPANDER (child));

          if (EVD_IS_SIDEBAR_ITEM (item) && g_strcmp0 (evd_sidebar_item_get_id (EVD_SIDEBAR_ITEM (item)), hub_id) == 0)
            return child;
        }
      if ((found = find_hub_expander (child, hub_id)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* After every frame drawn: was a page saying "No Events Yet" on screen? */
static void
after_paint_cb (GdkFrameClock *clock,
                Watch         *watch)
{
  GtkWidget *page = evd_browser_get_page (watch->browser);
  GtkWidget *stack = page != NULL && EVD_IS_HUB_PAGE (page) ? find_widget (page, GTK_TYPE_STACK) : NULL;

  watch->frames++;
  if (stack != NULL && gtk_widget_get_mapped (stack) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "empty") == 0)
    watch->empty_seen = TRUE;
}

static gboolean
hub_page_loaded (gpointer data)
{
  GtkWidget *page = evd_browser_get_page (data);

  return page != NULL && EVD_IS_HUB_PAGE (page) && !evd_hub_page_is_loading (EVD_HUB_PAGE (page)) &&
         !evd_sidebar_is_loading (EVD_SIDEBAR (evd_browser_get_sidebar (data)));
}

static gboolean
sidebar_idle (gpointer data)
{
  return !evd_sidebar_is_loading (EVD_SIDEBAR (evd_browser_get_sidebar (data)));
}

/* What one download of the first hub's events costs, in requests */
static guint
requests_for_one_download (const char *hub_id,
                           guint      *n_events)
{
  guint before = count_list_requests ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;

  evd_client_list_hub_events_async (client, hub_id, NULL, evd_test_store_result_cb, &result);
  events = evd_client_list_hub_events_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  *n_events = g_list_model_get_n_items (events);
  return count_list_requests () - before;
}

static char *
first_hub_id (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autoptr(EvdHub) hub = NULL;

  evd_client_list_hubs_async (client, NULL, evd_test_store_result_cb, &result);
  hubs = evd_client_list_hubs_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), NULL);
  hub = g_list_model_get_item (hubs, 0);
  return g_strdup (evd_hub_get_hub_id (hub));
}

static void
test_large_hub (void)
{
  g_autofree char *hub_id = first_hub_id ();
  guint n_events = 0;
  guint one_download = requests_for_one_download (hub_id, &n_events);
  guint before = count_list_requests ();
  Watch watch = { NULL, FALSE, 0 };
  GtkWidget *browser, *window, *page, *list_view, *sidebar, *sidebar_list;
  g_auto(GStrv) path = NULL;
  g_autofree char *shot = NULL;
  gulong handler;

  g_assert_cmpuint (n_events, >=, N_EVENTS / 2);

  browser = evd_browser_new (client, FALSE);
  watch.browser = EVD_BROWSER (browser);
  window = evd_test_show_in_window (browser, 1200, 800);
  handler = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), &watch);
  evd_test_iterate_until (hub_page_loaded, browser, TIMEOUT_MS);
  evd_test_iterate_for (200);

  page = evd_browser_get_page (EVD_BROWSER (browser));
  g_assert_true (EVD_IS_HUB_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (evd_hub_page_get_events (EVD_HUB_PAGE (page))), ==, n_events);

  /* One download for the sidebar and the page, not one each */
  g_assert_cmpuint (count_list_requests () - before,
                    ==, one_download);

  /* Never "No Events Yet" for a hub of thousands, in any frame drawn */
  g_assert_cmpuint (watch.frames, >, 0);
  g_assert_false (watch.empty_seen);

  /* Recycling lists: the rows around what is on screen (GTK 4.8 keeps up
   * to about 200), not one per event */
  list_view = find_widget (page, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list_view);
  g_assert_cmpuint (count_children (list_view), >, 0);
  g_assert_cmpuint (count_children (list_view), <=, 250);
  /* So large a hub stays closed in the sidebar, its page beside it listing
   * the events; she opens it by its expander, and the sidebar lists every
   * one in recycled rows */
  sidebar = evd_browser_get_sidebar (EVD_BROWSER (browser));
  sidebar_list = find_widget (sidebar, GTK_TYPE_LIST_VIEW);
  g_assert_cmpuint (g_list_model_get_n_items (evd_sidebar_get_rows (EVD_SIDEBAR (sidebar))), <, 10);
  g_assert_true (gtk_widget_activate_action (find_hub_expander (sidebar_list, hub_id), "listitem.expand", NULL));
  evd_test_iterate_for (200);
  g_assert_cmpuint (g_list_model_get_n_items (evd_sidebar_get_rows (EVD_SIDEBAR (sidebar))), >, n_events);
  g_assert_cmpuint (count_children (sidebar_list), <=, 250);
  shot = evd_test_save_screenshot (window, "large-hub");

  /* Refresh: Zoom is asked again (once), the page and the selection stay */
  path = evd_browser_dup_selected_path (EVD_BROWSER (browser));
  before = count_list_requests ();
  evd_browser_refresh (EVD_BROWSER (browser));
  evd_test_iterate_until (sidebar_idle, browser, TIMEOUT_MS);
  g_assert_cmpuint (count_list_requests () - before,
                    ==, one_download);
  g_assert_true (evd_browser_get_page (EVD_BROWSER (browser)) == page);
  g_assert_cmpuint (g_list_model_get_n_items (evd_hub_page_get_events (EVD_HUB_PAGE (page))), ==, n_events);
  {
    g_auto(GStrv) after = evd_browser_dup_selected_path (EVD_BROWSER (browser));

    g_assert_true (g_strv_equal ((const char * const *) path, (const char * const *) after));
  }
  g_assert_false (watch.empty_seen);

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), handler);
  evd_test_close_window (window, browser, TIMEOUT_MS);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  evd_test_init_ui (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_generated (server, N_EVENTS, 0);
  if (!evd_sandbox_server_start (server, NULL))
    g_error ("the sandbox did not start");
  client = evd_test_client_new (server);
  evd_client_set_rate_limit (client, 0);

  g_test_add_func ("/large-account/hub", test_large_hub);
  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  return status;
}
