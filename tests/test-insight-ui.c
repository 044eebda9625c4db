/* test-insight-ui.c: the event summary on the event page, its charts, the
 * attendance window and the hub's comparison, against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "evd-attendance-item.h"
#include "evd-attendance-window.h"
#include "evd-chart-view.h"
#include "evd-client.h"
#include "evd-event-page.h"
#include "evd-event-summary-view.h"
#include "evd-hub-page.h"
#include "evd-registration-compare.h"
#include "evd-sandbox-server.h"
#include "evd-sidebar-item.h"
#include "evd-test-utils.h"

#define TIMEOUT_MS 20000
#define PARTNER_DAY "Partner Enablement Day"

static EvdSandboxServer *server;
static EvdClient *client;

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

static EvdClient *
client_for (EvdSandboxServer *sandbox)
{
  g_autoptr(EvdAuth) auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                                          evd_sandbox_server_get_oauth_url (sandbox));

  return evd_client_new (auth, evd_sandbox_server_get_api_url (sandbox));
}

static EvdEvent *
get_event (EvdClient        *with_client,
           EvdSandboxServer *sandbox,
           const char       *name)
{
  g_autofree char *id = evd_sandbox_server_find_event_id (sandbox, name);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EvdEvent *event;

  evd_client_get_event_async (with_client, id, NULL, store_result_cb, &result);
  evd_test_iterate_until (has_result, &result, TIMEOUT_MS);
  event = evd_client_get_event_finish (with_client, result, &error);
  g_assert_no_error (error);
  return event;
}

static GtkWidget *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), child);
  adw_window_set_content (ADW_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

static void
close_window (GtkWidget *window)
{
  evd_test_wait_for_insight (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static EvdChartView *
chart_titled (GtkWidget  *root,
              const char *title)
{
  if (EVD_IS_CHART_VIEW (root) && g_strcmp0 (evd_chart_view_get_title (EVD_CHART_VIEW (root)), title) == 0)
    return EVD_CHART_VIEW (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      EvdChartView *found = chart_titled (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
label_shows (GtkWidget  *root,
             const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (label_shows (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
summary_fresh (gpointer data)
{
  return evd_event_summary_view_is_fresh (data) && !evd_event_summary_view_is_loading (data);
}

/* What the sandbox holds for an event: its tickets and who attended. */
static JsonObject *
dumped (const char *name,
        JsonNode  **keep)
{
  JsonArray *events;

  *keep = evd_sandbox_server_dump_state (server);
  events = json_object_get_array_member (json_node_get_object (*keep), "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *entry = json_array_get_object_element (events, i);

      if (g_strcmp0 (json_object_get_string_member (json_object_get_object_member (entry, "event"), "name"), name) == 0)
        return entry;
    }
  g_assert_not_reached ();
}

static guint
count_attended (JsonObject *entry)
{
  JsonArray *tickets = json_object_get_array_member (entry, "tickets");
  guint attended = 0;

  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonObject *attendance = json_object_get_object_member (json_array_get_object_element (tickets, i), "attendance");

      attended += json_array_get_length (json_object_get_array_member (attendance, "sessions")) > 0;
    }
  return attended;
}

static void
screenshots (GtkWidget  *window,
             GtkWidget  *subject,
             const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const int widths[] = { 360, 1280 };

  /* The widget alone has no window behind it: give it the window's. */
  gtk_widget_add_css_class (subject, "background");
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint dark = 0; dark < 2; dark++)
      {
        g_autofree char *file = g_strdup_printf ("%s-%d-%s", name, widths[w], dark ? "dark" : "light");
        g_autofree char *path = NULL;

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
        gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 900);
        gtk_widget_set_size_request (subject, widths[w], -1);
        evd_test_iterate_for (100);
        path = evd_test_save_screenshot (subject, file);
        g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      }
  gtk_widget_set_size_request (subject, -1, -1);
  gtk_widget_remove_css_class (subject, "background");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
showing_table (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (data), "table") == 0;
}

/* The numbers on the page are the sandbox's; the charts state them too. */
static void
test_event_page_summary (void)
{
  g_autoptr(EvdEvent) event = get_event (client, server, PARTNER_DAY);
  g_autoptr(JsonNode) keep = NULL;
  JsonObject *entry = dumped (PARTNER_DAY, &keep);
  guint registered = json_array_get_length (json_object_get_array_member (entry, "tickets"));
  guint attended = count_attended (entry);
  g_autofree char *registered_text = g_strdup_printf ("%u", registered);
  g_autofree char *attended_text = g_strdup_printf ("%u", attended);
  g_autofree char *rate_text = g_strdup_printf ("%d%%", (int) (100.0 * attended / registered + 0.5));
  g_autofree char *types_text = NULL;
  g_autofree char *total_text = NULL;
  GtkWidget *page = evd_event_page_new (client, event);
  GtkWidget *window = show_in_window (page, 1280, 900);
  GtkWidget *view;
  EvdChartView *types, *cumulative, *sessions;
  GtkWidget *toggle, *stack;
  EvdEventSummary *summary;
  const EvdSummarySession *session_rows;
  guint n_sessions, sessions_sum = 0;

  view = find_type (page, EVD_TYPE_EVENT_SUMMARY_VIEW);
  g_assert_nonnull (view);
  evd_test_iterate_until (summary_fresh, view, TIMEOUT_MS);

  g_assert_true (label_shows (view, registered_text));
  g_assert_true (label_shows (view, attended_text));
  g_assert_true (label_shows (view, rate_text));
  /* General Admission has no limit. */
  g_assert_true (label_shows (view, "No limit"));

  types = chart_titled (view, "Registrations by Ticket Type");
  g_assert_nonnull (types);
  types_text = g_strdup ("Partner Pass: 32 of 120");
  g_assert_nonnull (strstr (evd_chart_view_get_text_alternative (types), types_text));
  g_assert_nonnull (strstr (evd_chart_view_get_text_alternative (types), "General Admission: 32"));

  /* The curve ends at everyone registered. */
  cumulative = chart_titled (view, "Registrations Over Time");
  total_text = g_strdup_printf (": %u.", registered);
  g_assert_true (g_str_has_suffix (evd_chart_view_get_text_alternative (cumulative), total_text));

  /* Per session, the sandbox's own counts added up. */
  sessions = chart_titled (view, "Attendance by Session");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sessions)));
  summary = evd_event_summary_view_get_summary (EVD_EVENT_SUMMARY_VIEW (view));
  session_rows = evd_event_summary_get_sessions (summary, &n_sessions);
  g_assert_cmpuint (n_sessions, ==, 3);
  for (guint i = 0; i < n_sessions; i++)
    {
      g_autofree char *part = g_strdup_printf ("%s: %" G_GINT64_FORMAT, session_rows[i].session_name, session_rows[i].attended);

      g_assert_nonnull (strstr (evd_chart_view_get_text_alternative (sessions), part));
      sessions_sum += session_rows[i].attended;
    }
  g_assert_cmpuint (sessions_sum, >=, attended);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart_titled (view, "People Present During the Event"))));

  /* Times and days are the event's, and the axes say in which zone. */
  {
    g_autofree char *time_title = g_strdup_printf ("Time (%s)", evd_event_get_timezone (event));
    g_autofree char *day_title = g_strdup_printf ("Day (%s)", evd_event_get_timezone (event));
    EvdChartView *presence = chart_titled (view, "People Present During the Event");

    g_assert_cmpstr (evd_chart_get_x_title (evd_chart_view_get_chart (presence)), ==, time_title);
    g_assert_cmpstr (evd_chart_get_x_title (evd_chart_view_get_chart (cumulative)), ==, day_title);
    g_assert_nonnull (strstr (evd_chart_view_get_text_alternative (presence), time_title));
  }

  /* Ticket types are bars against their own places; one without a limit
   * says so in the chart, its words and its table alike. */
  g_assert_cmpint (evd_chart_get_kind (evd_chart_view_get_chart (types)), ==, EVD_CHART_BARS);
  g_assert_nonnull (strstr (evd_chart_view_get_text_alternative (types), "General Admission: 32 — no limit"));
  /* Long session names get a row each instead of being cut under columns. */
  g_assert_cmpint (evd_chart_get_kind (evd_chart_view_get_chart (sessions)), ==, EVD_CHART_BARS);

  /* Show as Table, pressed as a person would. */
  toggle = find_type (GTK_WIDGET (types), GTK_TYPE_TOGGLE_BUTTON);
  stack = find_type (GTK_WIDGET (types), GTK_TYPE_STACK);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "chart");
  gtk_widget_activate (toggle);
  /* A button's activation shows the press briefly before it clicks. */
  evd_test_iterate_until (showing_table, stack, TIMEOUT_MS);
  g_assert_true (label_shows (GTK_WIDGET (types), "Partner Pass"));
  g_assert_true (label_shows (GTK_WIDGET (types), "120"));
  g_assert_true (label_shows (GTK_WIDGET (types), "No limit"));
  gtk_widget_activate (toggle);
  evd_test_iterate_for (300);

  screenshots (window, view, "insight-summary-past");
  close_window (window);
}

static gboolean
attendance_window_open (gpointer data)
{
  GtkWidget **slot = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (EVD_IS_ATTENDANCE_WINDOW (window))
        {
          *slot = window;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/* Who attended, from the summary's button; no-shows saved as a private CSV. */
static void
test_attendance_window (void)
{
  g_autoptr(EvdEvent) event = get_event (client, server, PARTNER_DAY);
  g_autoptr(JsonNode) keep = NULL;
  JsonObject *entry = dumped (PARTNER_DAY, &keep);
  JsonArray *tickets = json_object_get_array_member (entry, "tickets");
  guint attended = count_attended (entry);
  GtkWidget *view = g_object_new (EVD_TYPE_EVENT_SUMMARY_VIEW, "client", client, "event", event, NULL);
  GtkWidget *window = show_in_window (view, 1000, 800);
  GtkWidget *attendance = NULL;
  GtkWidget *dropdown;
  GListModel *shown;
  g_autofree char *dir = g_dir_make_tmp ("insight-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "no-shows.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  struct stat info;

  evd_test_iterate_until (summary_fresh, view, TIMEOUT_MS);
  g_assert_true (gtk_widget_activate_action (view, "summary.show-attendance", NULL));
  evd_test_iterate_until (attendance_window_open, &attendance, TIMEOUT_MS);

  shown = evd_attendance_window_get_shown (EVD_ATTENDANCE_WINDOW (attendance));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, json_array_get_length (tickets));

  dropdown = find_type (attendance, GTK_TYPE_DROP_DOWN);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, json_array_get_length (tickets) - attended);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, attended);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);

  /* First joined in the event's zone, as the event page's chart has it,
   * and the column says which zone. */
  {
    g_autofree char *title = g_strdup_printf ("First Joined (%s)", evd_event_get_timezone (event));
    g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (evd_event_get_timezone (event));
    GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (find_type (attendance, GTK_TYPE_COLUMN_VIEW)));
    gboolean titled = FALSE, checked = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

        titled |= g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0;
      }
    g_assert_true (titled);
    g_assert_nonnull (zone);
    evd_test_iterate_for (100);
    /* The first person who came, near the top of the list. */
    for (guint i = 0; i < g_list_model_get_n_items (shown) && i < 8 && !checked; i++)
      {
        g_autoptr(EvdAttendanceItem) item = g_list_model_get_item (shown, i);
        const EvdAttendance *row = evd_attendance_item_get_row (item);
        g_autoptr(GDateTime) utc = NULL;
        g_autoptr(GDateTime) there = NULL;
        g_autoptr(GDateTime) here = NULL;
        g_autofree char *expected = NULL;
        g_autofree char *local = NULL;

        if (!row->attended || row->first_join <= 0)
          continue;
        utc = g_date_time_new_from_unix_utc (row->first_join);
        there = g_date_time_to_timezone (utc, zone);
        here = g_date_time_to_local (utc);
        expected = g_date_time_format (there, "%b %e, %H:%M");
        local = g_date_time_format (here, "%b %e, %H:%M");
        /* The test runs in UTC (see main): the zones differ. */
        g_assert_cmpstr (expected, !=, local);
        g_assert_true (label_shows (attendance, expected));
        checked = TRUE;
      }
    g_assert_true (checked);
  }

  screenshots (attendance, attendance, "insight-attendance");

  g_assert_true (gtk_widget_activate_action (attendance, "attendance.save-absent", "s", path));
  evd_test_iterate_until (file_written, path, TIMEOUT_MS);
  evd_test_iterate_for (100);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  lines = g_strsplit (contents, "\r\n", -1);
  /* The heading, the no-shows, and the end of the last line. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + json_array_get_length (tickets) - attended + 1);
  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      JsonObject *row_attendance = json_object_get_object_member (ticket, "attendance");
      gboolean came = json_array_get_length (json_object_get_array_member (row_attendance, "sessions")) > 0;
      g_autofree char *start = g_strdup_printf ("\n%s,", json_object_get_string_member (ticket, "email"));

      g_assert_cmpint (strstr (contents, start) != NULL, ==, !came);
    }

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (attendance));
  close_window (window);
}

/* The value axis ends at a round number near the data, not twice it. */
static void
test_chart_axis (void)
{
  GtkWidget *chart = g_object_ref_sink (evd_chart_new ());
  const double values[] = { 2000, 2100, 36, 5, 0 };
  const double tops[] = { 2000, 2400, 40, 8, 4 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      evd_chart_clear (EVD_CHART (chart));
      evd_chart_add_series (EVD_CHART (chart), "Registered", &values[i], 1);
      g_assert_cmpfloat (evd_chart_get_axis_maximum (EVD_CHART (chart)), ==, tops[i]);
    }
  g_object_unref (chart);
}

/* A type of 2,000 places with a few sold: the words say "N of 2000", and
 * the bar is measured against its own places. */
static void
test_ticket_types_against_places (void)
{
  g_autoptr(JsonNode) state = evd_sandbox_server_dump_state (server);
  JsonArray *events = json_object_get_array_member (json_node_get_object (state), "events");
  const char *name = NULL;
  g_autoptr(EvdEvent) event = NULL;
  GtkWidget *view, *window;
  EvdChartView *types;
  EvdChart *chart;
  EvdEventSummary *summary;
  const EvdSummaryTicketType *rows;
  guint n;
  gboolean found = FALSE;

  for (guint i = 0; i < json_array_get_length (events) && name == NULL; i++)
    {
      JsonObject *entry = json_array_get_object_element (events, i);
      const char *candidate = json_object_get_string_member (json_object_get_object_member (entry, "event"), "name");

      if (g_str_has_prefix (candidate, "TechCorp Annual Summit"))
        name = candidate;
    }
  g_assert_nonnull (name);
  event = get_event (client, server, name);
  view = g_object_new (EVD_TYPE_EVENT_SUMMARY_VIEW, "client", client, "event", event, NULL);
  window = show_in_window (view, 1280, 900);
  evd_test_iterate_until (summary_fresh, view, TIMEOUT_MS);

  types = chart_titled (view, "Registrations by Ticket Type");
  chart = evd_chart_view_get_chart (types);
  g_assert_cmpint (evd_chart_get_kind (chart), ==, EVD_CHART_BARS);
  summary = evd_event_summary_view_get_summary (EVD_EVENT_SUMMARY_VIEW (view));
  rows = evd_event_summary_get_ticket_types (summary, &n);
  g_assert_cmpuint (n, ==, evd_chart_get_n_categories (chart));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *words = evd_chart_describe (chart, i);
      g_autofree char *expected = NULL;
      g_autofree char *stated = NULL;

      if (rows[i].quantity >= 0)
        expected = g_strdup_printf ("%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT, rows[i].sold, rows[i].quantity);
      else
        expected = g_strdup_printf ("%" G_GINT64_FORMAT " — no limit", rows[i].sold);
      g_assert_cmpstr (words, ==, expected);
      stated = g_strdup_printf ("%s: %s", rows[i].name, expected);
      g_assert_nonnull (strstr (evd_chart_view_get_text_alternative (types), stated));
      found |= rows[i].quantity == 2000;
    }
  g_assert_true (found);

  screenshots (window, view, "insight-summary-summit");
  close_window (window);
}

static gboolean
summary_shown (gpointer data)
{
  return evd_event_summary_view_get_summary (data) != NULL;
}

/* A second look shows the kept numbers at once, marked with their time,
 * then the fresh ones. */
static void
test_cache_first (void)
{
  g_autoptr(EvdEvent) event = get_event (client, server, "Customer Onboarding Webinar");
  GtkWidget *first = g_object_new (EVD_TYPE_EVENT_SUMMARY_VIEW, "client", client, "event", event, NULL);
  GtkWidget *window = show_in_window (first, 1280, 900);
  GtkWidget *second;
  GtkWidget *as_of;

  evd_test_iterate_until (summary_fresh, first, TIMEOUT_MS);
  /* Its only ticket type has no limit, and the chart says so. */
  {
    EvdChartView *types = chart_titled (first, "Registrations by Ticket Type");
    EvdEventSummary *summary = evd_event_summary_view_get_summary (EVD_EVENT_SUMMARY_VIEW (first));
    guint n;
    const EvdSummaryTicketType *rows = evd_event_summary_get_ticket_types (summary, &n);
    g_autofree char *words = NULL;
    g_autofree char *expected = NULL;

    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpint (rows[0].quantity, <, 0);
    words = evd_chart_describe (evd_chart_view_get_chart (types), 0);
    expected = g_strdup_printf ("%" G_GINT64_FORMAT " — no limit", rows[0].sold);
    g_assert_cmpstr (words, ==, expected);
  }
  screenshots (window, first, "insight-summary-upcoming");
  close_window (window);

  /* A slow network: the kept numbers come long before the fresh ones. */
  evd_sandbox_server_set_latency (server, 400);
  second = g_object_new (EVD_TYPE_EVENT_SUMMARY_VIEW, "client", client, "event", event, NULL);
  window = show_in_window (second, 1280, 900);
  evd_test_iterate_until (summary_shown, second, TIMEOUT_MS);
  g_assert_false (evd_event_summary_view_is_fresh (EVD_EVENT_SUMMARY_VIEW (second)));
  g_assert_true (evd_event_summary_view_is_loading (EVD_EVENT_SUMMARY_VIEW (second)));
  as_of = find_type (second, GTK_TYPE_LABEL);
  g_assert_nonnull (as_of);
  g_assert_true (label_shows (second, "40"));
  evd_test_iterate_until (summary_fresh, second, TIMEOUT_MS);
  evd_sandbox_server_set_latency (server, 0);
  close_window (window);
}

/* Pressing Refresh over and over while a refresh runs costs one request
 * to the HEAVY report. */
static void
test_refresh_burst (void)
{
  g_autoptr(EvdEvent) event = get_event (client, server, "Spring Product Launch Webinar");
  g_autofree char *path = g_strdup_printf ("/v2/zoom_events/events/%s/reports/ticket_registration",
                                           evd_event_get_event_id (event));
  GtkWidget *view = g_object_new (EVD_TYPE_EVENT_SUMMARY_VIEW, "client", client, "event", event, NULL);
  GtkWidget *window = show_in_window (view, 1280, 900);
  guint before;

  evd_test_iterate_until (summary_fresh, view, TIMEOUT_MS);
  before = evd_sandbox_server_count_requests (server, "GET", path);
  for (guint i = 0; i < 20; i++)
    gtk_widget_activate_action (view, "summary.refresh", NULL);
  evd_test_iterate_until (summary_fresh, view, TIMEOUT_MS);
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "GET", path), ==, before + 1);
  close_window (window);
}

/* Without the report scopes the page names them, and still shows what needs
 * no report. */
static void
test_missing_scope (void)
{
  const char * const scopes[] = {
    "zoom_events:read:list_hubs:admin", "zoom_events:read:list_events:admin", "zoom_events:read:event:admin",
    "zoom_events:read:list_sessions:admin", "zoom_events:read:list_ticket_types:admin",
    "zoom_events:read:list_tickets:admin", "zoom_events:read:list_registrants:admin", NULL
  };
  g_autoptr(EvdSandboxServer) limited = evd_sandbox_server_new ();
  g_autoptr(EvdClient) limited_client = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view, *window;

  evd_sandbox_server_set_port (limited, 0);
  evd_sandbox_server_set_scopes (limited, scopes);
  g_assert_true (evd_sandbox_server_start (limited, &error));
  limited_client = client_for (limited);
  event = get_event (limited_client, limited, PARTNER_DAY);

  view = g_object_new (EVD_TYPE_EVENT_SUMMARY_VIEW, "client", limited_client, "event", event, NULL);
  window = show_in_window (view, 1280, 900);
  evd_test_iterate_until (summary_fresh, view, TIMEOUT_MS);

  /* Registered from the ticket types' sold counts. */
  g_assert_true (label_shows (view, "64"));
  g_assert_true (label_shows (view, "No limit"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart_titled (view, "Registrations by Ticket Type"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chart_titled (view, "Registrations Over Time"))));
  g_assert_false (label_shows (view, "New Today"));
  {
    EvdEventSummary *summary = evd_event_summary_view_get_summary (EVD_EVENT_SUMMARY_VIEW (view));
    const char * const *missing = evd_event_summary_get_missing_scopes (summary);
    g_autofree char *notice = NULL;

    g_assert_true (g_strv_contains (missing, "zoom_events:read:event_registration:admin"));
    notice = g_strdup_printf ("Registration dates and sources cannot be shown: Event Desk may not read Zoom’s registration report. Add the scope “%s” to your app in Zoom’s App Marketplace.\n"
                              "Attendance cannot be shown: Event Desk may not read Zoom’s attendance report. Add the scope “%s” to your app in Zoom’s App Marketplace.",
                              "zoom_events:read:event_registration:admin", "zoom_events:read:event_attendance:admin");
    g_assert_true (label_shows (view, notice));
  }
  screenshots (window, view, "insight-summary-missing-scope");
  close_window (window);
  evd_sandbox_server_stop (limited);
}

static gboolean
compare_ready (gpointer data)
{
  return gtk_widget_get_visible (data) && !evd_registration_compare_is_loading (data);
}

/* The hub's latest events, laid over each other. */
static void
test_hub_compare (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autoptr(EvdSidebarItem) item = NULL;
  GtkWidget *page, *window, *compare;
  const char *text;

  evd_client_list_hubs_async (client, NULL, store_result_cb, &result);
  evd_test_iterate_until (has_result, &result, TIMEOUT_MS);
  hubs = evd_client_list_hubs_finish (client, result, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (hubs); i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);

      if (g_str_equal (evd_hub_get_name (hub), "Marketing Events Hub"))
        item = evd_sidebar_item_new_hub (hub);
    }
  g_assert_nonnull (item);

  page = evd_hub_page_new (client, item);
  window = show_in_window (page, 1280, 900);
  compare = find_type (page, EVD_TYPE_REGISTRATION_COMPARE);
  g_assert_nonnull (compare);
  evd_test_iterate_until (compare_ready, compare, TIMEOUT_MS);
  text = evd_chart_view_get_text_alternative (EVD_CHART_VIEW (evd_registration_compare_get_chart_view (EVD_REGISTRATION_COMPARE (compare))));
  /* The published events of the hub with registrations. */
  g_assert_nonnull (strstr (text, PARTNER_DAY));
  g_assert_nonnull (strstr (text, "Spring Product Launch Webinar"));
  screenshots (window, compare, "insight-hub-compare");
  close_window (window);
}

static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/eventdesk/EventDesk/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Times are checked in the event's zone against this one: keep it fixed. */
  g_setenv ("TZ", "UTC", TRUE);
  evd_test_init_ui (&argc, &argv);
  load_style ();

  server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (server, 0);
  if (!evd_sandbox_server_start (server, &error))
    g_error ("The sandbox did not start: %s", error->message);
  client = client_for (server);

  g_test_add_func ("/insight-ui/event-page-summary", test_event_page_summary);
  g_test_add_func ("/insight-ui/attendance-window", test_attendance_window);
  g_test_add_func ("/insight-ui/cache-first", test_cache_first);
  g_test_add_func ("/insight-ui/refresh-burst", test_refresh_burst);
  g_test_add_func ("/insight-ui/missing-scope", test_missing_scope);
  g_test_add_func ("/insight-ui/hub-compare", test_hub_compare);
  g_test_add_func ("/insight-ui/chart-axis", test_chart_axis);
  g_test_add_func ("/insight-ui/ticket-types-against-places", test_ticket_types_against_places);

  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  return status;
}
