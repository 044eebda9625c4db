/* test-sidebar-rows.c: the sidebar's rows while a hub loads and after it failed
 *
 * The sidebar's rows make their spinner and their Try Again button only
 * while they show them (a list view keeps about 200 rows). This walks a hub
 * through both states in the real sidebar, over the sandbox: a slow answer
 * shows a turning spinner, a failed one a Try Again button, and pressing it
 * lists the hub's events, with no spinner or button left behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-client-private.h"
#include "evd-sidebar.h"
#include "evd-test-utils.h"

#define TIMEOUT_MS 30000

static EvdSandboxServer *server;
static EvdClient *client;

static gboolean
is_spinning (GtkWidget  *widget,
             const char *unused)
{
  return GTK_IS_SPINNER (widget) && gtk_spinner_get_spinning (GTK_SPINNER (widget));
}

static gboolean
is_try_again (GtkWidget  *widget,
              const char *unused)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Try Again") == 0;
}

static gboolean
starts_with (GtkWidget  *widget,
             const char *prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

/* The first mapped widget under @root for which @test holds */
static GtkWidget *
find_mapped (GtkWidget  *root,
             gboolean  (*test) (GtkWidget *, const char *),
             const char *data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (test (child, data))
        return child;
      if ((found = find_mapped (child, test, data)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_all (GtkWidget  *root,
           gboolean  (*test) (GtkWidget *, const char *))
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += (test (child, NULL) ? 1 : 0) + count_all (child, test);
  return n;
}

typedef struct
{
  GtkWidget   *sidebar;
  gboolean   (*test) (GtkWidget *, const char *);
  const char  *data;
} Wait;

static gboolean
shown_cb (gpointer user_data)
{
  Wait *wait = user_data;

  return find_mapped (wait->sidebar, wait->test, wait->data) != NULL;
}

static void
wait_shown (GtkWidget   *sidebar,
            gboolean   (*test) (GtkWidget *, const char *),
            const char  *data)
{
  Wait wait = { sidebar, test, data };

  evd_test_iterate_until (shown_cb, &wait, TIMEOUT_MS);
}

/* Opens the hub row titled @name as a person does, by its expander */
static void
open_hub (GtkWidget  *sidebar,
          const char *name)
{
  GtkWidget *title = find_mapped (sidebar, starts_with, name);

  g_assert_nonnull (title);
  g_assert_true (gtk_widget_activate_action (gtk_widget_get_ancestor (title, GTK_TYPE_TREE_EXPANDER),
                                             "listitem.expand", NULL));
}

static void
test_loading_and_retry (void)
{
  GtkWidget *sidebar = evd_sidebar_new ();
  GtkWidget *window = evd_test_show_in_window (sidebar, 360, 600);
  GtkWidget *try_again;
  g_autofree char *shot = NULL;

  evd_sidebar_set_client (EVD_SIDEBAR (sidebar), client);

  /* The first hub opens by itself once its few events are in */
  wait_shown (sidebar, starts_with, "Introducing Project Phoenix");
  g_assert_cmpuint (count_all (sidebar, is_spinning), ==, 0);

  /* She opens the next hub while Zoom is slow to answer */
  open_hub (sidebar, "Product Training Hub");
  wait_shown (sidebar, is_spinning, NULL);
  wait_shown (sidebar, starts_with, "Loading events");
  shot = evd_test_save_screenshot (window, "sidebar-rows-loading");
  g_clear_pointer (&shot, g_free);
  wait_shown (sidebar, starts_with, "Product Tips Tuesday");
  g_assert_cmpuint (count_all (sidebar, is_spinning), ==, 0);

  /* Zoom fails for the next hub she opens */
  evd_sandbox_server_set_latency (server, 0);
  evd_sandbox_server_set_fault_5xx (server, 1.0);
  open_hub (sidebar, "Partner Hub");
  wait_shown (sidebar, is_try_again, NULL);
  g_assert_cmpuint (count_all (sidebar, is_try_again), ==, 1);
  g_assert_cmpuint (count_all (sidebar, is_spinning), ==, 0);
  shot = evd_test_save_screenshot (window, "sidebar-rows-failed");
  g_clear_pointer (&shot, g_free);

  /* Zoom answers again; she presses Try Again */
  evd_sandbox_server_set_fault_5xx (server, 0.0);
  try_again = find_mapped (sidebar, is_try_again, NULL);
  g_assert_true (gtk_widget_activate (try_again));
  wait_shown (sidebar, starts_with, "No events in this hub yet");
  g_assert_cmpuint (count_all (sidebar, is_try_again), ==, 0);
  g_assert_cmpuint (count_all (sidebar, is_spinning), ==, 0);

  evd_test_close_window (window, sidebar, TIMEOUT_MS);
  evd_sandbox_server_set_latency (server, 600);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  evd_test_init_ui (&argc, &argv);

  server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_latency (server, 600);
  if (!evd_sandbox_server_start (server, NULL))
    g_error ("the sandbox did not start");
  client = evd_test_client_new (server);
  evd_client_set_rate_limit (client, 0);
  /* A failure shows after one quick retry, not after a minute of them */
  evd_client_set_backoff (client, 10, 10, 2);

  g_test_add_func ("/sidebar-rows/loading-and-retry", test_loading_and_retry);
  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  return status;
}
