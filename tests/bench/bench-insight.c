/* bench-insight.c: the event summary and its charts for 100,000
 * registrations, from the sandbox and from the local cache, with memory,
 * against the registrations list Event Desk already reads, in the same run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evd-chart-view.h"
#include "evd-client-private.h"
#include "evd-event-insight.h"
#include "evd-event-summary-view.h"
#include "evd-insight-cache.h"
#include "evd-sandbox-fixtures.h"
#include "evd-sandbox-server.h"
#include "evd-ui.h"

#define N_TICKETS 100000

static GAsyncResult *last_result;

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  last_result = g_object_ref (result);
}

static GAsyncResult *
await (void)
{
  while (last_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return last_result;
}

static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmRSS:")) == NULL)
    return -1;
  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static gboolean
summary_shown (EvdEventSummaryView *view,
               gboolean             fresh)
{
  return evd_event_summary_view_get_summary (view) != NULL && (!fresh || evd_event_summary_view_is_fresh (view));
}

/* From creating the view to its first frame with numbers and charts. */
static double
first_paint (EvdClient *client,
             EvdEvent  *event,
             gboolean   fresh)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  view = g_object_new (EVD_TYPE_EVENT_SUMMARY_VIEW, "client", client, "event", event, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  adw_window_set_content (ADW_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!summary_shown (EVD_EVENT_SUMMARY_VIEW (view), fresh))
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (window);
  elapsed = seconds_since (start);

  /* Let the refresh after a cached paint finish before the next run. */
  while (evd_event_summary_view_is_loading (EVD_EVENT_SUMMARY_VIEW (view)))
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  return elapsed;
}

/* The first chart on the page: registrations over time. */
static GtkWidget *
first_chart_view (GtkWidget *root)
{
  if (EVD_IS_CHART_VIEW (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_chart_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Drawing one chart: the snapshot and its rendering to pixels. */
static double
chart_draw_ms (GtkWidget *chart_view)
{
  GtkWidget *chart = GTK_WIDGET (evd_chart_view_get_chart (EVD_CHART_VIEW (chart_view)));
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (chart));
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chart);
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      gint64 start = g_get_monotonic_time ();

      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), gtk_widget_get_width (chart), gtk_widget_get_height (chart));
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      texture = gsk_renderer_render_texture (renderer, node, NULL);
      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
    }
  return best;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(EvdAuth) auth = NULL;
  g_autoptr(EvdClient) client = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cache_dir = g_dir_make_tmp ("bench-insight-XXXXXX", NULL);
  g_autofree char *event_id = NULL;
  g_autofree char *cache_path = NULL;
  double list_s, cold_s, warm_s, paint_cold, paint_cached, incremental_s, draw_ms;
  long rss_before, rss_after;
  gint64 start;
  GStatBuf info;

  /* A cache of its own: the first read is a cold one. */
  g_setenv ("XDG_CACHE_HOME", cache_dir, TRUE);
  gtk_init ();
  adw_init ();
  evd_ui_ensure_types ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_generated (server, 0, N_TICKETS);
  /* Our own cost, not Zoom's HEAVY pace (10 a second on Pro; see README). */
  evd_sandbox_server_set_heavy_rate_limit (server, 0);
  if (!evd_sandbox_server_start (server, &error))
    g_error ("sandbox: %s", error->message);
  auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                       evd_sandbox_server_get_oauth_url (server));
  client = evd_client_new (auth, evd_sandbox_server_get_api_url (server));
  evd_client_set_rate_limit (client, 0);
  event_id = evd_sandbox_server_find_event_id (server, EVD_SANDBOX_GENERATED_TICKETS_EVENT);
  evd_client_get_event_async (client, event_id, NULL, store_result_cb, NULL);
  event = evd_client_get_event_finish (client, await (), &error);
  g_clear_object (&last_result);

  /* Reference: the registrations list Event Desk already reads (LIGHT),
   * the same 100,000 people as models. */
  start = g_get_monotonic_time ();
  evd_client_list_tickets_async (client, event_id, NULL, NULL, NULL, store_result_cb, NULL);
  {
    g_autoptr(GListModel) tickets = evd_client_list_tickets_finish (client, await (), &error);

    g_assert (tickets != NULL && g_list_model_get_n_items (tickets) == N_TICKETS);
  }
  list_s = seconds_since (start);
  g_clear_object (&last_result);

  /* The summary alone: a full read (cold), an incremental one, the cache. */
  rss_before = rss_kib ();
  {
    g_autoptr(EvdEventInsight) insight = evd_event_insight_new (client, event_id);
    g_autoptr(EvdEventSummary) summary = NULL;
    g_autoptr(EvdEventSummary) again = NULL;

    start = g_get_monotonic_time ();
    evd_event_insight_refresh_async (insight, NULL, store_result_cb, NULL);
    summary = evd_event_insight_refresh_finish (insight, await (), &error);
    cold_s = seconds_since (start);
    g_assert (summary != NULL && evd_event_summary_get_registered (summary) == N_TICKETS);
    g_clear_object (&last_result);
    rss_after = rss_kib ();

    start = g_get_monotonic_time ();
    evd_event_insight_refresh_async (insight, NULL, store_result_cb, NULL);
    again = evd_event_insight_refresh_finish (insight, await (), &error);
    incremental_s = seconds_since (start);
    g_clear_object (&last_result);
  }
  {
    g_autoptr(EvdEventInsight) insight = evd_event_insight_new (client, event_id);
    g_autoptr(EvdEventSummary) summary = NULL;

    start = g_get_monotonic_time ();
    evd_event_insight_load_cached_async (insight, NULL, store_result_cb, NULL);
    summary = evd_event_insight_load_cached_finish (insight, await (), &error);
    warm_s = seconds_since (start);
    g_assert (summary != NULL && evd_event_summary_get_registered (summary) == N_TICKETS);
    g_clear_object (&last_result);
  }
  cache_path = evd_insight_cache_path (evd_sandbox_server_get_api_url (server), event_id);
  g_stat (cache_path, &info);

  /* First paint of the page's summary: from the cache, then (cache gone)
   * from the sandbox. */
  paint_cached = first_paint (client, event, FALSE);
  g_unlink (cache_path);
  paint_cold = first_paint (client, event, TRUE);

  /* One chart of the 100,000, drawn. */
  {
    GtkWidget *window = adw_window_new ();
    GtkWidget *view = g_object_new (EVD_TYPE_EVENT_SUMMARY_VIEW, "client", client, "event", event, NULL);
    GtkWidget *scrolled = gtk_scrolled_window_new ();
    GtkWidget *chart_view;

    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
    adw_window_set_content (ADW_WINDOW (window), scrolled);
    gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
    gtk_window_present (GTK_WINDOW (window));
    while (!summary_shown (EVD_EVENT_SUMMARY_VIEW (view), TRUE))
      g_main_context_iteration (NULL, TRUE);
    gtk_test_widget_wait_for_draw (window);
    chart_view = first_chart_view (view);
    g_assert (chart_view != NULL);
    draw_ms = chart_draw_ms (chart_view);
    gtk_window_destroy (GTK_WINDOW (window));
  }

  printf ("registrations: %d\n", N_TICKETS);
  printf ("reference, listing the registrations (tickets, LIGHT): %.2f s\n", list_s);
  printf ("summary from the sandbox, full read: %.2f s (%.2fx the reference)\n", cold_s, cold_s / list_s);
  printf ("summary refreshed, nothing changed (one request): %.3f s (%.3fx)\n", incremental_s, incremental_s / list_s);
  printf ("summary from the cache: %.3f s (%.3fx); cache file %.1f MB\n", warm_s, warm_s / list_s, info.st_size / 1e6);
  printf ("first paint of the page's summary, from the cache: %.3f s (%.3fx)\n", paint_cached, paint_cached / list_s);
  printf ("first paint of the page's summary, from the sandbox: %.2f s (%.2fx)\n", paint_cold, paint_cold / list_s);
  printf ("drawing the cumulative chart (snapshot + render), best of 20: %.2f ms\n", draw_ms);
  printf ("memory held by the reports and summary: %.1f MiB RSS more\n", (rss_after - rss_before) / 1024.0);

  g_unlink (cache_path);
  evd_sandbox_server_stop (server);
  return 0;
}
