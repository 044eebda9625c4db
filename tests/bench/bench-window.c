/* bench-window.c: the window with many events, and the registrations page
 * with many registrations, against an in-process sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-window events N      (N generated events over two hubs; 0:
 *                                    the sample data alone)
 *        bench-window tickets N     (N generated registrations)
 *
 * events: the browser opens the first hub as on start. Prints when its
 * events arrived, when the hub page showed them (first frame drawn after),
 * the longest gap between two frames from start to shown (a spinner turns
 * all along, so every gap is the main loop not drawing), and VmRSS.
 * tickets: the registrations page of the generated event; when the first
 * rows were drawn, then the list scrolled to its end frame after frame
 * (as holding End does) until every registration is in, against the floor
 * Pro's rate sets (one page of 300 per request, 30 requests a second);
 * VmRSS at the end. The client is on the Pro plan, as the app is.
 */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evd-browser.h"
#include "evd-hub-page.h"
#include "evd-registrations-page.h"
#include "evd-sandbox-fixtures.h"
#include "evd-sandbox-server.h"
#include "evd-sidebar.h"
#include "evd-ticket-list.h"
#include "evd-ui.h"

typedef struct
{
  gint64   start;
  gint64   last_paint;
  gint64   longest_gap;
  gint64   longest_gap_end;
  gint64   arrived;
  gint64   loaded;
  gint64   shown;
  gboolean measuring_gaps;
} Clock;

static long
vm_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return -1;
  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                Clock         *clock)
{
  gint64 now = g_get_monotonic_time ();

  if (clock->measuring_gaps && clock->last_paint > 0 && now - clock->last_paint > clock->longest_gap)
    {
      clock->longest_gap = now - clock->last_paint;
      clock->longest_gap_end = now;
    }
  clock->last_paint = now;
}

static void
iterate_until (gboolean (*done) (gpointer), gpointer data, guint timeout_s)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_s * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        {
          fprintf (stderr, "timed out\n");
          exit (1);
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static EvdClient *
client_for (EvdSandboxServer *server)
{
  g_autoptr(EvdAuth) auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                                          evd_sandbox_server_get_oauth_url (server));
  EvdClient *client = evd_client_new (auth, evd_sandbox_server_get_api_url (server));

  evd_client_set_plan (client, EVD_PLAN_PRO);
  return client;
}

static GtkWidget *
new_window (GtkWidget *child,
            Clock     *clock)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), clock);
  return window;
}

/* --- events --- */

typedef struct
{
  EvdBrowser *browser;
  Clock      *clock;
} EventsRun;

/* Arrived: the first events are in the hub's store (the download is done;
 * a large hub then fills its store frame by frame until it is loaded) */
static void
hub_children_cb (GListModel *children,
                 guint       position,
                 guint       removed,
                 guint       added,
                 Clock      *clock)
{
  g_autoptr(EvdSidebarItem) first = g_list_model_get_item (children, 0);

  if (clock->arrived == 0 && first != NULL && evd_sidebar_item_get_kind (first) == EVD_SIDEBAR_ITEM_EVENT)
    clock->arrived = g_get_monotonic_time ();
}

static void
hub_state_cb (EvdSidebarItem *hub,
              GParamSpec     *pspec,
              Clock          *clock)
{
  if (clock->arrived == 0 && evd_sidebar_item_get_children_state (hub) == EVD_CHILDREN_LOADED)
    clock->arrived = g_get_monotonic_time ();
}

static gboolean
hub_shown (gpointer data)
{
  EventsRun *run = data;
  GtkWidget *page = evd_browser_get_page (run->browser);

  if (page == NULL || !EVD_IS_HUB_PAGE (page))
    return FALSE;
  if (run->clock->arrived == 0)
    {
      EvdSidebarItem *hub = evd_sidebar_get_selected_item (EVD_SIDEBAR (evd_browser_get_sidebar (run->browser)));

      if (hub != NULL && !g_object_get_data (G_OBJECT (hub), "bench-watched"))
        {
          g_object_set_data (G_OBJECT (hub), "bench-watched", GINT_TO_POINTER (1));
          g_signal_connect (hub, "notify::children-state", G_CALLBACK (hub_state_cb), run->clock);
          g_signal_connect (evd_sidebar_item_get_children (hub), "items-changed",
                            G_CALLBACK (hub_children_cb), run->clock);
          hub_state_cb (hub, NULL, run->clock);
        }
    }
  /* Shown: the first frame drawn once the page has its events */
  if (!evd_hub_page_is_loading (EVD_HUB_PAGE (page)) && run->clock->arrived > 0)
    {
      if (run->clock->loaded == 0)
        run->clock->loaded = g_get_monotonic_time ();
      if (run->clock->last_paint > run->clock->loaded)
        {
          run->clock->shown = run->clock->last_paint;
          return TRUE;
        }
    }
  return FALSE;
}

static int
bench_events (guint n_events)
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(EvdClient) client = NULL;
  Clock clock = { 0, };
  EventsRun run = { NULL, &clock };
  GtkWidget *browser, *window;
  long rss_before;

  evd_sandbox_server_set_port (server, 0);
  if (n_events > 0)
    evd_sandbox_server_set_generated (server, n_events, 0);
  if (!evd_sandbox_server_start (server, NULL))
    return 1;
  client = client_for (server);
  rss_before = vm_rss_kib ();

  clock.start = g_get_monotonic_time ();
  clock.measuring_gaps = TRUE;
  browser = evd_browser_new (client, FALSE);
  run.browser = EVD_BROWSER (browser);
  window = new_window (browser, &clock);
  iterate_until (hub_shown, &run, 120);
  clock.measuring_gaps = FALSE;
  iterate_for (1000);

  printf ("events %u: hub shown %.3f s after start, %.3f s after its events arrived; "
          "longest frame gap %.0f ms (ending %.3f s after start); VmRSS %.1f MiB (%.1f MiB before the window)\n",
          n_events, (clock.shown - clock.start) / 1e6, (clock.shown - clock.arrived) / 1e6,
          clock.longest_gap / 1e3, (clock.longest_gap_end - clock.start) / 1e6,
          vm_rss_kib () / 1024.0, rss_before / 1024.0);
  gtk_window_destroy (GTK_WINDOW (window));
  evd_sandbox_server_stop (server);
  return 0;
}

/* --- tickets --- */

static gboolean
first_rows_drawn (gpointer data)
{
  EvdRegistrationsPage *page = data;
  Clock *clock = g_object_get_data (data, "clock");
  EvdTicketList *list = evd_registrations_page_get_ticket_list (page);

  if (list == NULL || g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    return FALSE;
  if (clock->loaded == 0)
    clock->loaded = g_get_monotonic_time ();
  if (clock->last_paint <= clock->loaded)
    return FALSE;
  clock->shown = clock->last_paint;
  return TRUE;
}

static gboolean
scrolled_to_end (gpointer data)
{
  EvdRegistrationsPage *page = data;
  EvdTicketList *list = evd_registrations_page_get_ticket_list (page);
  GtkAdjustment *adjustment = evd_registrations_page_get_vadjustment (page);

  /* Holding End: at the bottom on every frame */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  return evd_ticket_list_is_complete (list);
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static int
bench_tickets (guint n_tickets)
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(EvdClient) client = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = NULL;
  Clock clock = { 0, };
  GtkWidget *page, *window;
  gint64 scroll_start;
  double floor_s = ((n_tickets + 299) / 300) / 30.0;
  double scroll_s;
  long rss_before, rss_start, rss_end;

  /* The sandbox shares this process: what it holds is left out of the
   * window's own figure. */
  rss_start = vm_rss_kib ();
  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_generated (server, 0, n_tickets);
  if (!evd_sandbox_server_start (server, NULL))
    return 1;
  client = client_for (server);
  event_id = evd_sandbox_server_find_event_id (server, EVD_SANDBOX_GENERATED_TICKETS_EVENT);
  evd_client_get_event_async (client, event_id, NULL, store_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  event = evd_client_get_event_finish (client, result, &error);
  if (event == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  rss_before = vm_rss_kib ();

  clock.start = g_get_monotonic_time ();
  page = evd_registrations_page_new (client, event);
  g_object_set_data (G_OBJECT (page), "clock", &clock);
  window = new_window (page, &clock);
  iterate_until (first_rows_drawn, page, 120);

  scroll_start = g_get_monotonic_time ();
  iterate_until (scrolled_to_end, page, 600);
  scroll_s = (g_get_monotonic_time () - scroll_start) / 1e6;
  iterate_for (500);
  rss_end = vm_rss_kib ();

  printf ("tickets %u: first rows drawn %.3f s after start; scrolled to the end in %.2f s "
          "(floor %.2f s at 30 pages a second, ratio %.2f); %u rows; VmRSS %.1f MiB "
          "(%.1f MiB before the page: the sandbox holds them too; %.1f MiB before the sandbox), "
          "so the window alone %.1f MiB\n",
          n_tickets, (clock.shown - clock.start) / 1e6, scroll_s, floor_s, scroll_s / floor_s,
          g_list_model_get_n_items (G_LIST_MODEL (evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page)))),
          rss_end / 1024.0, rss_before / 1024.0, rss_start / 1024.0,
          (rss_end - (rss_before - rss_start)) / 1024.0);
  gtk_window_destroy (GTK_WINDOW (window));
  evd_sandbox_server_stop (server);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 2 ? (guint) atoi (argv[2]) : 0;

  g_unsetenv ("EVENTDESK_API_URL");
  g_unsetenv ("EVENTDESK_OAUTH_URL");
  gtk_init ();
  adw_init ();
  evd_ui_ensure_types ();

  if (argc > 1 && g_str_equal (argv[1], "tickets"))
    return bench_tickets (n > 0 ? n : 100000);
  return bench_events (n);
}
