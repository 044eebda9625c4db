/* test-pages.c: the hub, event, sessions and registrations pages against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-auth.h"
#include "evd-client.h"
#include "evd-event-page.h"
#include "evd-hub-page.h"
#include "evd-page-util.h"
#include "evd-registration-compare.h"
#include "evd-registrations-page.h"
#include "evd-sandbox-fixtures.h"
#include "evd-sandbox-server.h"
#include "evd-scopes.h"
#include "evd-session-page.h"
#include "evd-sessions-page.h"
#include "evd-sidebar-item.h"
#include "evd-test-utils.h"

#define TIMEOUT_MS 15000

static EvdSandboxServer *server;
static EvdClient *client;

static EvdHub *
get_hub (const char *name)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;

  evd_client_list_hubs_async (client, NULL, evd_test_store_result_cb, &result);
  hubs = evd_client_list_hubs_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (hubs); i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);

      if (g_str_equal (evd_hub_get_name (hub), name))
        return g_steal_pointer (&hub);
    }
  g_assert_not_reached ();
}

/* The first mapped widget under @root for which @match holds. */
static GtkWidget *
find_mapped (GtkWidget  *root,
             gboolean  (*match) (GtkWidget *widget, const char *text),
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (match (child, text))
        return child;
      if ((found = find_mapped (child, match, text)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
row_titled (GtkWidget  *widget,
            const char *prefix)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), prefix);
}

static gboolean
button_with_tooltip (GtkWidget  *widget,
                     const char *tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* A label, or an inscription (the one-line text of long lists' rows) */
static gboolean
label_with_text (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_INSCRIPTION (widget))
    return g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0;
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Hub --------------------------------------------------------------------- */

static void
test_hub_page (void)
{
  g_autoptr(EvdHub) hub = get_hub ("Marketing Events Hub");
  g_autoptr(EvdSidebarItem) item = evd_sidebar_item_new_hub (hub);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint expected[4] = { 0, };
  GtkWidget *page, *window;
  g_autofree char *shot = NULL;

  evd_client_list_hub_events_async (client, evd_hub_get_hub_id (hub), NULL, evd_test_store_result_cb, &result);
  events = evd_client_list_hub_events_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);

      expected[evd_event_get_display_status (event, now)]++;
    }
  /* The sample hub has a draft, upcoming, past and cancelled event. */
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (expected[i], >, 0);

  page = evd_hub_page_new (client, item);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  g_assert_cmpuint (g_list_model_get_n_items (evd_hub_page_get_events (EVD_HUB_PAGE (page))), ==,
                    g_list_model_get_n_items (events));
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", expected[i]);

      g_assert_cmpuint (evd_hub_page_get_count (EVD_HUB_PAGE (page), i), ==, expected[i]);
      g_assert_nonnull (find_mapped (page, label_with_text, count));
    }
  g_assert_nonnull (find_mapped (page, label_with_text, "Launches, webinars and TechCorp's annual summit."));
  g_assert_nonnull (find_mapped (page, label_with_text, "Introducing Project Phoenix"));
  g_assert_nonnull (find_mapped (page, row_titled, "Public Link"));

  shot = evd_test_save_screenshot (window, "page-hub");
  evd_test_close_window (window, page, TIMEOUT_MS);
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

static gboolean
compare_loaded (gpointer data)
{
  return gtk_widget_get_mapped (data) && !evd_registration_compare_is_loading (data);
}

static void
select_path_cb (GSimpleAction *action,
                GVariant      *parameter,
                GStrv         *selected)
{
  g_strfreev (*selected);
  *selected = g_variant_dup_strv (parameter, NULL);
}

/* A window of a usual height: the page scrolls as one, what the hub is and
 * then its events; the comparison chart is whole, in no scrolling area of
 * its own, and a click on an event's row opens that event. */
static void
test_hub_page_one_scroll (void)
{
  g_autoptr(EvdHub) hub = get_hub ("Marketing Events Hub");
  g_autoptr(EvdSidebarItem) item = evd_sidebar_item_new_hub (hub);
  g_autoptr(GSimpleActionGroup) browser = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) select_path = g_simple_action_new ("select-path", G_VARIANT_TYPE_STRING_ARRAY);
  g_auto(GStrv) selected = NULL;
  g_autoptr(EvdEvent) first = NULL;
  GtkWidget *page, *window, *compare, *list_view, *scroller = NULL;
  GtkAdjustment *vadjustment;
  graphene_rect_t bounds;
  int min, nat;
  guint scrollers = 0;

  page = evd_hub_page_new (client, item);
  window = evd_test_show_in_window (page, 1280, 750);
  g_signal_connect (select_path, "activate", G_CALLBACK (select_path_cb), &selected);
  g_action_map_add_action (G_ACTION_MAP (browser), G_ACTION (select_path));
  gtk_widget_insert_action_group (window, "browser", G_ACTION_GROUP (browser));
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  compare = find_type (page, EVD_TYPE_REGISTRATION_COMPARE);
  g_assert_nonnull (compare);
  evd_test_iterate_until (compare_loaded, compare, TIMEOUT_MS);
  evd_test_iterate_for (200);
  gtk_test_widget_wait_for_draw (window);

  /* One scrolled window between the page and the chart: the page's, whose
   * list of events holds the chart in its first row */
  list_view = gtk_widget_get_ancestor (compare, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list_view);
  for (GtkWidget *w = compare; w != page; w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      {
        scroller = w;
        scrollers++;
      }
  g_assert_cmpuint (scrollers, ==, 1);
  g_assert_true (gtk_widget_is_ancestor (list_view, scroller));

  /* The chart has the height it asks for at its width, and all of it is in
   * view at the top of the page */
  gtk_widget_measure (compare, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (compare), &min, &nat, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (compare), ==, nat);
  g_assert_true (gtk_widget_compute_bounds (compare, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));

  /* Scrolled to the end: the events' rows, the last one in view */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, gtk_adjustment_get_page_size (vadjustment));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
  evd_test_iterate_for (200);
  gtk_test_widget_wait_for_draw (window);
  g_free (evd_test_save_screenshot (window, "page-hub-end"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (window);
  g_free (evd_test_save_screenshot (window, "page-hub-end-dark"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The list's first row is the header, not an event: the events follow it */
  first = g_list_model_get_item (evd_hub_page_get_events (EVD_HUB_PAGE (page)), 0);
  g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", 0));
  g_assert_null (selected);
  g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", 1));
  g_assert_nonnull (selected);
  g_assert_cmpuint (g_strv_length (selected), ==, 2);
  g_assert_cmpstr (selected[0], ==, evd_hub_get_hub_id (hub));
  g_assert_cmpstr (selected[1], ==, evd_event_get_event_id (first));

  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* A hub the sidebar has already loaded: its events are used as they are. */
static void
test_hub_page_from_sidebar (void)
{
  g_autoptr(EvdHub) hub = get_hub ("Marketing Events Hub");
  g_autoptr(EvdSidebarItem) item = evd_sidebar_item_new_hub (hub);
  g_autoptr(EvdEvent) draft = evd_test_get_event (client, server, "Introducing Project Phoenix", TIMEOUT_MS);
  g_autoptr(EvdSidebarItem) child = evd_sidebar_item_new_event (draft, item);
  guint requests_before;
  GtkWidget *page, *window;

  g_list_store_append (evd_sidebar_item_get_children (item), child);
  evd_sidebar_item_set_children_state (item, EVD_CHILDREN_LOADED);

  requests_before = evd_sandbox_server_count_requests (server, "GET", "/v2/zoom_events/events");
  page = evd_hub_page_new (client, item);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  g_assert_cmpuint (evd_hub_page_get_count (EVD_HUB_PAGE (page), EVD_DISPLAY_STATUS_DRAFT), ==, 1);
  g_assert_cmpuint (evd_hub_page_get_count (EVD_HUB_PAGE (page), EVD_DISPLAY_STATUS_UPCOMING), ==, 0);
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "GET", "/v2/zoom_events/events"), ==, requests_before);

  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Event ------------------------------------------------------------------- */

static void
test_event_page_published (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Customer Onboarding Webinar", TIMEOUT_MS);
  const char *url = evd_event_get_event_url (event);
  GtkWidget *page, *window, *copy;
  g_autofree char *clipboard = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *narrow = NULL;

  g_assert_nonnull (url);
  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  g_assert_nonnull (find_mapped (page, row_titled, "Registration Link"));
  g_assert_null (find_mapped (page, row_titled, "This event is a draft"));
  g_assert_nonnull (find_mapped (page, button_with_tooltip, "Open in Browser"));
  copy = find_mapped (page, button_with_tooltip, "Copy Link");
  g_assert_nonnull (copy);
  g_signal_emit_by_name (copy, "clicked");
  clipboard = evd_test_read_clipboard (page);
  g_assert_cmpstr (clipboard, ==, url);

  g_assert_nonnull (find_mapped (page, label_with_text, "Customer Onboarding Webinar"));
  g_assert_nonnull (find_mapped (page, row_titled, "Who Can Register"));
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (evd_event_page_get_actions_box (EVD_EVENT_PAGE (page)))) != NULL);

  shot = evd_test_save_screenshot (window, "page-event-published");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_widget_set_size_request (window, 360, -1);
  gtk_window_unmaximize (GTK_WINDOW (window));
  evd_test_iterate_for (200);
  gtk_test_widget_wait_for_draw (window);
  narrow = evd_test_save_screenshot (window, "page-event-narrow");

  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* A series of 12 shows its next five dates, and says how many more. */
static void
test_event_page_recurring (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Product Tips Tuesday", TIMEOUT_MS);
  g_autofree char *shot = NULL;
  GtkWidget *page, *window;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 900);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);
  g_assert_nonnull (find_mapped (page, row_titled, "And 7 more"));
  shot = evd_test_save_screenshot (window, "page-event-recurring");
  evd_test_close_window (window, page, TIMEOUT_MS);
}

static void
test_event_page_draft (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Introducing Project Phoenix", TIMEOUT_MS);
  GtkWidget *page, *window;
  g_autofree char *shot = NULL;

  page = evd_event_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  g_assert_nonnull (find_mapped (page, row_titled,
                                 "This event is a draft: its links are not active yet and nobody can register. "
                                 "It is safe to change. Publish it when it is ready."));
  g_assert_null (find_mapped (page, row_titled, "Registration Link"));
  g_assert_null (find_mapped (page, button_with_tooltip, "Copy Link"));

  shot = evd_test_save_screenshot (window, "page-event-draft");
  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Sessions ---------------------------------------------------------------- */

static void
test_sessions_page (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Developer Day Workshop", TIMEOUT_MS);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) expected = NULL;
  g_autoptr(EvdSession) first = NULL;
  GListModel *shown;
  GtkWidget *page, *window, *detail;
  g_autofree char *shot = NULL;
  g_autofree char *detail_shot = NULL;

  evd_client_list_sessions_async (client, evd_event_get_event_id (event), NULL, evd_test_store_result_cb, &result);
  expected = evd_client_list_sessions_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (expected), ==, 4);

  page = evd_sessions_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_wait_until_loaded (page, TIMEOUT_MS);

  shown = evd_sessions_page_get_sessions (EVD_SESSIONS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (expected));
  for (guint i = 0; i < g_list_model_get_n_items (expected); i++)
    {
      g_autoptr(EvdSession) session = g_list_model_get_item (expected, i);

      g_assert_nonnull (find_mapped (page, row_titled, evd_session_get_name (session)));
    }
  shot = evd_test_save_screenshot (window, "page-sessions");

  /* Choosing one shows its details; a draft's sessions have no Zoom ID yet. */
  first = g_list_model_get_item (shown, 0);
  evd_sessions_page_show_session (EVD_SESSIONS_PAGE (page), first);
  detail = evd_sessions_page_get_detail (EVD_SESSIONS_PAGE (page));
  g_assert_true (EVD_IS_SESSION_PAGE (detail));
  evd_test_wait_until_loaded (detail, TIMEOUT_MS);
  evd_test_iterate_for (300);
  g_assert_nonnull (find_mapped (detail, label_with_text, evd_session_get_name (first)));
  g_assert_nonnull (find_mapped (detail, label_with_text, "Assigned when the event is published"));
  detail_shot = evd_test_save_screenshot (window, "page-session");

  g_assert_true (gtk_widget_activate_action (detail, "sessions.back", NULL));
  g_assert_null (evd_sessions_page_get_detail (EVD_SESSIONS_PAGE (page)));

  evd_test_close_window (window, page, TIMEOUT_MS);
}

/* Registrations ----------------------------------------------------------- */

static gboolean
list_settled (gpointer data)
{
  EvdRegistrationsPage *page = data;

  return !evd_registrations_page_is_loading (page) &&
         g_strcmp0 (evd_registrations_page_get_state (page), "loading") != 0;
}

/* Try Again shows its answer, whether the list or the error again. */
static gboolean
list_left_error (gpointer data)
{
  EvdRegistrationsPage *page = data;

  return g_strcmp0 (evd_registrations_page_get_state (page), "error") != 0;
}

static EvdTicket *
create_formula_ticket (EvdEvent *event)
{
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdTicket) ticket = evd_ticket_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdTicketBatch) batch = NULL;

  evd_ticket_set_email (ticket, "formula.person@example.com");
  evd_ticket_set_first_name (ticket, "=HYPERLINK(\"http://evil.example\")");
  evd_ticket_set_last_name (ticket, "Formula");
  g_ptr_array_add (tickets, g_object_ref (ticket));

  evd_client_create_tickets_async (client, evd_event_get_event_id (event), tickets, "Event Desk",
                                   NULL, evd_test_store_result_cb, &result);
  batch = evd_client_create_tickets_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  g_assert_nonnull (batch);
  return g_steal_pointer (&ticket);
}

static void
test_registrations_page (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Customer Onboarding Webinar", TIMEOUT_MS);
  g_autoptr(EvdTicket) formula = create_formula_ticket (event);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) io = NULL;
  g_autoptr(EvdTicket) some_ticket = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *expected_count = NULL;
  g_autofree char *number = NULL;
  g_autofree char *email = NULL;
  EvdTicketList *list;
  guint total = evd_sandbox_server_count_tickets (server, evd_event_get_event_id (event), NULL);
  guint written;
  gsize length;
  GtkWidget *page, *window;

  g_assert_cmpuint (total, >, 1);
  page = evd_registrations_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);

  list = evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page));
  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, total);
  number = evd_format_count (total);
  expected_count = g_strdup_printf ("%s registrations", number);
  g_assert_cmpstr (evd_registrations_page_get_count_text (EVD_REGISTRATIONS_PAGE (page)), ==, expected_count);
  /* Ticket types show by name, not id. */
  g_assert_nonnull (find_mapped (page, button_with_tooltip, "Copy Join Link"));
  shot = evd_test_save_screenshot (window, "page-registrations");

  /* Export: UTF-8 with a BOM, CRLF, formulas neutralised. */
  file = g_file_new_tmp ("evd-export-XXXXXX.csv", &io, &error);
  g_assert_no_error (error);
  evd_registrations_page_export_async (EVD_REGISTRATIONS_PAGE (page), file, NULL, evd_test_store_result_cb, &result);
  written = evd_registrations_page_export_finish (EVD_REGISTRATIONS_PAGE (page), evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written, ==, total);
  g_clear_object (&result);

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "First Name,Last Name,Email,Ticket Type,"
                                   "Registration Source,Join Link,Ticket ID\r\n"));
  for (gsize i = 0; i < length; i++)
    if (contents[i] == '\n')
      g_assert_cmpint (i > 0 && contents[i - 1] == '\r', ==, TRUE);
  g_assert_nonnull (strstr (contents, "\"'=HYPERLINK(\"\"http://evil.example\"\")\",Formula,formula.person@example.com,"));
  g_assert_null (strstr (contents, ",=HYPERLINK"));
  g_file_delete (file, NULL, NULL);

  /* Search by email: Zoom matches the whole address. */
  some_ticket = g_list_model_get_item (G_LIST_MODEL (list), 1);
  email = g_strdup (evd_ticket_get_email (some_ticket));
  evd_registrations_page_search (EVD_REGISTRATIONS_PAGE (page), email);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  list = evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  {
    g_autoptr(EvdTicket) found = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_cmpstr (evd_ticket_get_email (found), ==, email);
  }

  evd_registrations_page_search (EVD_REGISTRATIONS_PAGE (page), "nobody@example.com");
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "no-results");

  evd_test_close_window (window, page, TIMEOUT_MS);
}

static gboolean
status_page_titled (GtkWidget  *widget,
                    const char *title)
{
  return ADW_IS_STATUS_PAGE (widget) && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

static gboolean
button_labelled (GtkWidget  *widget,
                 const char *label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Zoom names the scope the app lacks; once it is added in Zoom, Try Again
 * works with no sign-out: a token is tied to the scopes it was issued with,
 * so the client must ask for a new one. */
static void
test_registrations_page_missing_scope (void)
{
  const char *missing = "zoom_events:read:list_tickets:admin";
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) granted = NULL;
  g_autoptr(EvdClient) limited = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autofree char *shot = NULL;
  const char * const *required = evd_scopes_get_required ();
  GtkWidget *page, *window, *status, *try_again;
  const char *description;

  for (guint i = 0; required[i] != NULL; i++)
    if (!g_str_equal (required[i], missing))
      g_strv_builder_add (builder, required[i]);
  granted = g_strv_builder_end (builder);
  evd_sandbox_server_set_scopes (server, (const char * const *) granted);
  limited = evd_test_client_new (server);
  event = evd_test_get_event (limited, server, "Customer Onboarding Webinar", TIMEOUT_MS);

  page = evd_registrations_page_new (limited, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "error");
  status = find_mapped (page, status_page_titled, "Could Not Load the Registrations");
  g_assert_nonnull (status);
  description = adw_status_page_get_description (ADW_STATUS_PAGE (status));
  g_assert_nonnull (strstr (description, missing));
  g_assert_nonnull (strstr (description, "See the registrations of an event"));
  shot = evd_test_save_screenshot (window, "registrations-missing-scope");

  /* Her admin adds the scope in Zoom; she clicks Try Again. */
  evd_sandbox_server_set_scopes (server, NULL);
  try_again = find_mapped (page, button_labelled, "_Try Again");
  g_assert_nonnull (try_again);
  gtk_widget_activate (try_again);
  evd_test_iterate_until (list_left_error, page, TIMEOUT_MS);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "list");

  evd_test_close_window (window, page, TIMEOUT_MS);
}

static gboolean
is_search_entry (GtkWidget  *widget,
                 const char *unused)
{
  return GTK_IS_SEARCH_ENTRY (widget);
}

static gboolean
search_applied (gpointer data)
{
  EvdRegistrationsPage *page = data;
  gboolean local = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (page), "test-local"));
  GListModel *shown = evd_registrations_page_get_shown (page);

  return list_settled (page) &&
         (local ? shown != G_LIST_MODEL (evd_registrations_page_get_ticket_list (page))
                : evd_ticket_list_get_email_filter (evd_registrations_page_get_ticket_list (page)) != NULL);
}

/* Types @text into the page's search box, as a person would, and waits for
 * the search (local for a name or part of an address, Zoom's otherwise). */
static GListModel *
type_search (GtkWidget  *page,
             const char *text,
             gboolean    local)
{
  GtkWidget *entry = find_mapped (page, is_search_entry, NULL);

  g_assert_nonnull (entry);
  g_object_set_data (G_OBJECT (page), "test-local", GINT_TO_POINTER (local));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  evd_test_iterate_until (search_applied, page, TIMEOUT_MS);
  return evd_registrations_page_get_shown (EVD_REGISTRATIONS_PAGE (page));
}

/* "lisa" finds Lisa; "ARTINEZ@CLI" finds her address; a whole address asks
 * Zoom. The search box is the one a person types into. */
static void
test_registrations_search (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Customer Onboarding Webinar", TIMEOUT_MS);
  g_autoptr(EvdTicket) someone = NULL;
  g_autofree char *first_part = NULL;
  g_autofree char *address_part = NULL;
  g_autofree char *shot = NULL;
  GListModel *shown;
  GtkWidget *page, *window;
  const char *email;
  guint total;

  page = evd_registrations_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  total = g_list_model_get_n_items (G_LIST_MODEL (evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page))));
  g_assert_cmpuint (total, >, 2);
  someone = g_list_model_get_item (G_LIST_MODEL (evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page))), 1);
  g_assert_nonnull (evd_ticket_get_first_name (someone));
  email = evd_ticket_get_email (someone);

  /* Part of a first name, in other case */
  first_part = g_utf8_strdown (evd_ticket_get_first_name (someone), 3);
  shown = type_search (page, first_part, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, total);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(EvdTicket) match = g_list_model_get_item (shown, i);
      g_autofree char *all = g_strdup_printf ("%s %s %s", evd_ticket_get_first_name (match),
                                              evd_ticket_get_last_name (match), evd_ticket_get_email (match));
      g_autofree char *folded = g_utf8_casefold (all, -1);

      g_assert_nonnull (strstr (folded, first_part));
    }
  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "list");
  g_assert_nonnull (strstr (evd_registrations_page_get_count_text (EVD_REGISTRATIONS_PAGE (page)), "match"));
  shot = evd_test_save_screenshot (window, "registrations-search-name");

  /* The middle of an address, in capitals */
  address_part = g_ascii_strup (email + 2, 8);
  shown = type_search (page, address_part, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);

  /* Nothing matches: said, with what to do */
  shown = type_search (page, "zzqq-nobody", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "no-results");

  /* A whole address is asked of Zoom */
  shown = type_search (page, email, FALSE);
  g_assert_cmpstr (evd_ticket_list_get_email_filter (evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page))),
                   ==, email);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  evd_test_close_window (window, page, TIMEOUT_MS);
}

static void
test_registrations_page_empty (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Introducing Project Phoenix", TIMEOUT_MS);
  GtkWidget *page, *window;
  g_autofree char *shot = NULL;

  page = evd_registrations_page_new (client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);

  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "empty");
  g_assert_nonnull (find_mapped (page, label_with_text, "No Registrations Yet"));

  shot = evd_test_save_screenshot (window, "page-registrations-empty");
  evd_test_close_window (window, page, TIMEOUT_MS);
}

static gboolean
more_loaded (gpointer data)
{
  EvdRegistrationsPage *page = data;

  return g_list_model_get_n_items (G_LIST_MODEL (evd_registrations_page_get_ticket_list (page))) > EVD_TICKET_LIST_PAGE_SIZE &&
         !evd_registrations_page_is_loading (page);
}

/* 100,000 registrations: the page opens with one page, the rest come as
 * the person scrolls. */
static void
test_registrations_page_large (void)
{
  g_autoptr(EvdSandboxServer) big = evd_sandbox_server_new ();
  g_autoptr(EvdClient) big_client = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *number = NULL;
  g_autofree char *expected_count = NULL;
  EvdTicketList *list;
  GtkAdjustment *adjustment;
  GtkWidget *page, *window;
  guint n;

  evd_sandbox_server_set_port (big, 0);
  evd_sandbox_server_set_generated (big, 0, 100000);
  g_assert_true (evd_sandbox_server_start (big, &error));
  g_assert_no_error (error);
  big_client = evd_test_client_new (big);
  event = evd_test_get_event (big_client, big, EVD_SANDBOX_GENERATED_TICKETS_EVENT, TIMEOUT_MS);

  page = evd_registrations_page_new (big_client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  evd_test_iterate_for (200);

  list = evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page));
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <=, EVD_TICKET_LIST_PAGE_SIZE);
  g_assert_cmpint (evd_ticket_list_get_total (list), ==, 100000);
  expected_count = g_strdup_printf ("%s registrations", number = evd_format_count (100000));
  g_assert_cmpstr (evd_registrations_page_get_count_text (EVD_REGISTRATIONS_PAGE (page)), ==, expected_count);

  adjustment = evd_registrations_page_get_vadjustment (EVD_REGISTRATIONS_PAGE (page));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  evd_test_iterate_until (more_loaded, page, TIMEOUT_MS);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, <=, 3 * EVD_TICKET_LIST_PAGE_SIZE);

  shot = evd_test_save_screenshot (window, "page-registrations-large");
  evd_test_close_window (window, page, TIMEOUT_MS);
  evd_sandbox_server_stop (big);
}

/* At the very end of the rows (End pressed) the page asks for one page
 * ahead: the page needed and the one after it, and then no more while
 * the view stays where it is. */
static void
test_registrations_page_end (void)
{
  g_autoptr(EvdSandboxServer) big = evd_sandbox_server_new ();
  g_autoptr(EvdClient) big_client = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  EvdTicketList *list;
  GtkAdjustment *adjustment;
  GtkWidget *page, *window;

  evd_sandbox_server_set_port (big, 0);
  evd_sandbox_server_set_generated (big, 0, 10 * EVD_TICKET_LIST_PAGE_SIZE);
  g_assert_true (evd_sandbox_server_start (big, &error));
  g_assert_no_error (error);
  big_client = evd_test_client_new (big);
  event = evd_test_get_event (big_client, big, EVD_SANDBOX_GENERATED_TICKETS_EVENT, TIMEOUT_MS);
  prefix = g_strdup_printf ("/zoom_events/events/%s/tickets", evd_event_get_event_id (event));

  page = evd_registrations_page_new (big_client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  list = evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, EVD_TICKET_LIST_PAGE_SIZE);

  adjustment = evd_registrations_page_get_vadjustment (EVD_REGISTRATIONS_PAGE (page));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  evd_test_iterate_until (more_loaded, page, TIMEOUT_MS);
  evd_test_iterate_for (300);
  g_assert_false (evd_registrations_page_is_loading (EVD_REGISTRATIONS_PAGE (page)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3 * EVD_TICKET_LIST_PAGE_SIZE);
  g_assert_cmpuint (evd_sandbox_server_count_requests (big, "GET", prefix), ==, 3);

  evd_test_close_window (window, page, TIMEOUT_MS);
  evd_sandbox_server_stop (big);
}

/* Zoom's page tokens expire (15 minutes; 2 s here). A list scrolled after
 * that reads again from the first page, shows nobody twice, and never
 * sends the refused token again. */
static void
test_registrations_page_token_expires (void)
{
  g_autoptr(EvdSandboxServer) sandbox = evd_sandbox_server_new ();
  g_autoptr(EvdClient) sandbox_client = NULL;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *prefix = NULL;
  EvdTicketList *list;
  GtkAdjustment *adjustment;
  GtkWidget *page, *window;
  guint n, requests;

  evd_sandbox_server_set_port (sandbox, 0);
  evd_sandbox_server_set_generated (sandbox, 0, 3 * EVD_TICKET_LIST_PAGE_SIZE);
  evd_sandbox_server_set_page_token_lifetime (sandbox, 2);
  g_assert_true (evd_sandbox_server_start (sandbox, &error));
  g_assert_no_error (error);
  sandbox_client = evd_test_client_new (sandbox);
  event = evd_test_get_event (sandbox_client, sandbox, EVD_SANDBOX_GENERATED_TICKETS_EVENT, TIMEOUT_MS);
  prefix = g_strdup_printf ("/zoom_events/events/%s/tickets", evd_event_get_event_id (event));

  page = evd_registrations_page_new (sandbox_client, event);
  window = evd_test_show_in_window (page, 1000, 700);
  evd_test_iterate_until (list_settled, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  evd_test_iterate_for (200);
  list = evd_registrations_page_get_ticket_list (EVD_REGISTRATIONS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, EVD_TICKET_LIST_PAGE_SIZE);
  requests = evd_sandbox_server_count_requests (sandbox, "GET", prefix);

  /* The person comes back later, after the token has expired. Tokens
   * issued from now on live long, so a slow machine cannot expire more
   * than this one. */
  g_usleep (2100 * 1000);
  evd_sandbox_server_set_page_token_lifetime (sandbox, 900);
  adjustment = evd_registrations_page_get_vadjustment (EVD_REGISTRATIONS_PAGE (page));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  evd_test_iterate_until (more_loaded, page, TIMEOUT_MS);

  g_assert_null (evd_ticket_list_get_error (list));
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, EVD_TICKET_LIST_PAGE_SIZE);
  g_assert_cmpuint (n % EVD_TICKET_LIST_PAGE_SIZE, ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (g_hash_table_add (ids, g_strdup (evd_ticket_get_ticket_id (ticket))));
    }
  /* The refused token once, the first page again, then one request per
   * further page. */
  g_assert_cmpuint (evd_sandbox_server_count_requests (sandbox, "GET", prefix) - requests, ==,
                    2 + n / EVD_TICKET_LIST_PAGE_SIZE - 1);

  evd_test_close_window (window, page, TIMEOUT_MS);
  evd_sandbox_server_stop (sandbox);
}

/* AdwApplication loads the app's style sheet; these tests have no application. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  evd_test_init_ui (&argc, &argv);
  /* Screenshots show pages, not the first frame of a crossfade. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  load_style ();

  server = evd_test_start_sandbox ();
  client = evd_test_client_new (server);

  g_test_add_func ("/pages/hub", test_hub_page);
  g_test_add_func ("/pages/hub-one-scroll", test_hub_page_one_scroll);
  g_test_add_func ("/pages/hub-from-sidebar", test_hub_page_from_sidebar);
  g_test_add_func ("/pages/event-published", test_event_page_published);
  g_test_add_func ("/pages/event-draft", test_event_page_draft);
  g_test_add_func ("/pages/event-recurring", test_event_page_recurring);
  g_test_add_func ("/pages/sessions", test_sessions_page);
  g_test_add_func ("/pages/registrations", test_registrations_page);
  g_test_add_func ("/pages/registrations-empty", test_registrations_page_empty);
  g_test_add_func ("/pages/registrations-search", test_registrations_search);
  g_test_add_func ("/pages/registrations-missing-scope", test_registrations_page_missing_scope);
  g_test_add_func ("/pages/registrations-large", test_registrations_page_large);
  g_test_add_func ("/pages/registrations-end", test_registrations_page_end);
  g_test_add_func ("/pages/registrations-token-expires", test_registrations_page_token_expires);

  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  return status;
}
