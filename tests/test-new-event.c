/* test-new-event.c: New Event and Edit… driven like a person would, against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-api-error.h"
#include "evd-auth.h"
#include "evd-browser.h"
#include "evd-client.h"
#include "evd-event-day-row.h"
#include "evd-event-edit-window.h"
#include "evd-event-form.h"
#include "evd-event-refusal.h"
#include "evd-event-page.h"
#include "evd-new-event-window.h"
#include "evd-sandbox-fixtures.h"
#include "evd-sandbox-server.h"
#include "evd-test-utils.h"
#include "evd-time.h"
#include "evd-timezone-row.h"
#include "evd-ui-util.h"
#include "evd-window.h"
#include "evd-zoom-zones.h"

#define TIMEOUT_MS 15000

static EvdSandboxServer *server;
static EvdClient *client;
static int next_year;

static EvdEvent *
fetch_event (const char *event_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EvdEvent *event;

  evd_client_get_event_async (client, event_id, NULL, evd_test_store_result_cb, &result);
  evd_test_wait_for_result (&result, TIMEOUT_MS);
  event = evd_client_get_event_finish (client, result, &error);
  g_assert_no_error (error);
  return event;
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

static void
set_text (GtkWidget  *root,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (root, name)), text);
}

static void
set_combo (GtkWidget  *root,
           const char *name,
           guint       index)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (root, name)), index);
}

static void
set_spin (GtkWidget  *root,
          const char *name,
          double      value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (root, name)), value);
}

static void
set_zone (GtkWidget  *root,
          const char *zone)
{
  GtkWidget *row = gtk_widget_get_ancestor (field (root, "timezone"), EVD_TYPE_TIMEZONE_ROW);

  g_assert_nonnull (row);
  evd_timezone_row_set_zone (EVD_TIMEZONE_ROW (row), zone);
  g_assert_cmpstr (evd_timezone_row_get_zone (EVD_TIMEZONE_ROW (row)), ==, zone);
}

static void
set_day (GtkWidget *root,
         guint      index,
         int        year,
         int        month,
         int        day,
         int        start_hour,
         int        start_minute,
         int        end_hour,
         int        end_minute)
{
  g_autofree char *name = g_strdup_printf ("day-%u", index);
  EvdEventDayRow *row = EVD_EVENT_DAY_ROW (field (root, name));

  evd_event_day_row_set_date (row, year, month, day);
  evd_event_day_row_set_times (row, start_hour, start_minute, end_hour, end_minute);
}

/* The text of every visible label under @root, one per line. */
static void
collect_labels (GtkWidget *root,
                GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (child, text);
    }
}

static gboolean
shows_text (GtkWidget  *root,
            const char *needle)
{
  g_autoptr(GString) text = g_string_new (NULL);

  collect_labels (root, text);
  return strstr (text->str, needle) != NULL;
}

static void
assert_shows (GtkWidget  *root,
              const char *needle)
{
  if (!shows_text (root, needle))
    {
      g_autoptr(GString) text = g_string_new (NULL);

      collect_labels (root, text);
      g_error ("“%s” is not shown; the window says:\n%s", needle, text->str);
    }
}

static gboolean
hubs_loaded (gpointer data)
{
  GtkWidget *form = evd_new_event_window_get_form (data);
  AdwComboRow *hubs = form != NULL ? ADW_COMBO_ROW (evd_event_form_find_field (form, "hub")) : NULL;

  return hubs != NULL && g_list_model_get_n_items (adw_combo_row_get_model (hubs)) > 0;
}

static guint
hub_index (GtkWidget  *form,
           const char *name)
{
  GListModel *hubs = adw_combo_row_get_model (ADW_COMBO_ROW (field (form, "hub")));

  for (guint i = 0; i < g_list_model_get_n_items (hubs); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (hubs), i), name) == 0)
      return i;
  g_error ("Hub %s not listed", name);
}

static void
shoot (GtkWidget  *window,
       const char *name)
{
  g_autofree char *path = NULL;

  evd_test_iterate_for (50);
  gtk_test_widget_wait_for_draw (window);
  path = evd_test_save_screenshot (window, name);
}

/* Scrolls the page so that @widget is near the top, then shoots. */
static void
shoot_at (GtkWidget  *window,
          GtkWidget  *widget,
          const char *name)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point = GRAPHENE_POINT_INIT (0, 0), out;

  evd_test_iterate_for (50);
  gtk_test_widget_wait_for_draw (window);
  if (gtk_widget_compute_point (widget, content, &point, &out))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                              MAX (out.y - 60, 0));
  shoot (window, name);
}

static void
created_cb (EvdNewEventWindow *window,
            EvdEvent          *event,
            char             **out_id)
{
  *out_id = g_strdup (evd_event_get_event_id (event));
}

static gboolean
names_loaded (gpointer data)
{
  return !evd_new_event_window_is_loading (data);
}

/* A New Event window on the details step of @type ("single", "multi",
 * "recurring"), its hubs loaded. */
static GtkWidget *
open_details (const char *type,
              const char *shot_name)
{
  g_autofree char *hub_id = evd_sandbox_server_find_hub_id (server, "Marketing Events Hub");
  GtkWidget *window = evd_new_event_window_new (NULL, client, hub_id);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  gtk_widget_activate_action (window, "new-event.choose-type", "s", type);
  if (shot_name != NULL)
    shoot (window, shot_name);
  gtk_widget_activate_action (window, "new-event.next", NULL);
  g_assert_cmpstr (evd_new_event_window_get_step (EVD_NEW_EVENT_WINDOW (window)), ==, "details");
  evd_test_iterate_until (hubs_loaded, window, TIMEOUT_MS);
  /* The hub's event names, asked for once: before a test queues answers. */
  evd_test_iterate_until (names_loaded, window, TIMEOUT_MS);
  return window;
}

static void
close_window (GtkWidget *window)
{
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
fill_about (GtkWidget  *form,
            const char *name,
            const char *zone)
{
  set_text (form, "name", name);
  set_text (form, "description", "TechCorp's tutorial scenario");
  set_zone (form, zone);
}

static GtkWidget *pending_window;

static gboolean
created_or_refused (gpointer data)
{
  return *(char **) data != NULL ||
         gtk_widget_get_visible (evd_event_form_find_field (pending_window, "review-error"));
}

/* Presses Next then Create and waits for the window to go; returns the new
 * id. The caller still holds its reference. */
static char *
create (GtkWidget *window)
{
  char *event_id = NULL;

  g_signal_connect (window, "created", G_CALLBACK (created_cb), &event_id);
  gtk_widget_activate_action (window, "new-event.next", NULL);
  g_assert_cmpstr (evd_new_event_window_get_step (EVD_NEW_EVENT_WINDOW (window)), ==, "review");
  pending_window = window;
  gtk_widget_activate_action (window, "new-event.create", NULL);
  evd_test_iterate_until (created_or_refused, &event_id, TIMEOUT_MS);
  if (event_id == NULL)
    g_error ("Not created: %s", gtk_label_get_text (GTK_LABEL (evd_event_form_find_field (window, "review-error"))));
  g_assert_nonnull (event_id);
  return event_id;
}

static char *
utc_text (GDateTime *time)
{
  return evd_time_format_utc (time);
}

static void
assert_calendar (EvdEvent   *event,
                 guint       index,
                 const char *start,
                 const char *end)
{
  GPtrArray *calendar = evd_event_get_calendar (event);
  EvdTimeRange *range;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  g_assert_cmpuint (calendar->len, >, index);
  range = g_ptr_array_index (calendar, index);
  start_text = utc_text (evd_time_range_get_start (range));
  end_text = utc_text (evd_time_range_get_end (range));
  g_assert_cmpstr (start_text, ==, start);
  g_assert_cmpstr (end_text, ==, end);
}

/* The time zone picker ---------------------------------------------------------- */

static gboolean
popover_is (gpointer data)
{
  GtkWidget *popover = ((gpointer *) data)[0];
  gboolean shown = GPOINTER_TO_INT (((gpointer *) data)[1]);

  return gtk_widget_get_mapped (popover) == shown;
}

static void
wait_popover (GtkWidget *row,
              gboolean   shown)
{
  GtkWidget *popover = gtk_widget_get_ancestor (evd_timezone_row_get_search_entry (EVD_TIMEZONE_ROW (row)),
                                                GTK_TYPE_POPOVER);
  gpointer data[] = { popover, GINT_TO_POINTER (shown) };

  evd_test_iterate_until (popover_is, data, TIMEOUT_MS);
}

/* The zones the list shows, in order. */
static GPtrArray *
shown_zones (GtkWidget *row)
{
  GtkWidget *list = evd_timezone_row_get_list (EVD_TIMEZONE_ROW (row));
  GPtrArray *zones = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child))
      g_ptr_array_add (zones, g_object_get_data (G_OBJECT (child), "zone"));
  return zones;
}

static const char *pending_search;

static gboolean
search_shows (gpointer data)
{
  g_autoptr(GPtrArray) zones = shown_zones (data);

  for (guint i = 0; i < zones->len; i++)
    if (g_str_equal (g_ptr_array_index (zones, i), pending_search))
      return zones->len < 20;
  return FALSE;
}

/* Types into whatever has the keyboard, as a person would after opening the
 * list, and waits for @zone among a few matches. */
static void
type_and_expect (GtkWidget  *window,
                 GtkWidget  *row,
                 const char *text,
                 const char *zone)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

  g_assert_nonnull (focus);
  g_assert_true (focus == evd_timezone_row_get_search_entry (EVD_TIMEZONE_ROW (row)) ||
                 gtk_widget_is_ancestor (focus, evd_timezone_row_get_search_entry (EVD_TIMEZONE_ROW (row))));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  pending_search = zone;
  evd_test_iterate_until (search_shows, row, TIMEOUT_MS);
}

/* B2: the search matches anywhere in the ID and Zoom's name, keeps the
 * keyboard, and the zone chosen last comes first next time. */
static void
test_timezone_picker (void)
{
  g_autoptr(GSettings) settings = evd_settings_new ();
  GtkWidget *window = adw_window_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row, *second;
  g_autoptr(GPtrArray) zones = NULL;

  g_settings_reset (settings, "recent-timezones");
  row = evd_timezone_row_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_window_set_content (ADW_WINDOW (window), group);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 600);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  evd_timezone_row_set_zone (EVD_TIMEZONE_ROW (row), "Europe/Berlin");

  /* Open the list with its button: the keyboard goes to the search box. */
  gtk_widget_activate (evd_event_form_find_field (row, "timezone"));
  wait_popover (row, TRUE);
  type_and_expect (window, row, "angeles", "America/Los_Angeles");
  type_and_expect (window, row, "Los Angeles", "America/Los_Angeles");
  type_and_expect (window, row, "pacific time", "America/Los_Angeles");
  type_and_expect (window, row, "Mumbai", "Asia/Kolkata");
  shoot (window, "timezone-search");

  /* Enter picks the first match. */
  type_and_expect (window, row, "Pacific Time (US", "America/Los_Angeles");
  g_signal_emit_by_name (evd_timezone_row_get_search_entry (EVD_TIMEZONE_ROW (row)), "activate");
  wait_popover (row, FALSE);
  g_assert_cmpstr (evd_timezone_row_get_zone (EVD_TIMEZONE_ROW (row)), ==, "America/Los_Angeles");

  /* Opened again, the zone used last is first. */
  gtk_widget_activate (evd_event_form_find_field (row, "timezone"));
  wait_popover (row, TRUE);
  zones = shown_zones (row);
  g_assert_cmpstr (g_ptr_array_index (zones, 0), ==, "America/Los_Angeles");
  shoot (window, "timezone-recent");
  gtk_widget_activate (evd_event_form_find_field (row, "timezone"));

  /* And in the next form too. */
  second = evd_timezone_row_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), second);
  gtk_test_widget_wait_for_draw (window);
  wait_popover (row, FALSE);
  gtk_widget_activate (evd_event_form_find_field (second, "timezone"));
  wait_popover (second, TRUE);
  g_clear_pointer (&zones, g_ptr_array_unref);
  zones = shown_zones (second);
  g_assert_cmpstr (g_ptr_array_index (zones, 0), ==, "America/Los_Angeles");

  g_settings_reset (settings, "recent-timezones");
  close_window (window);
}

/* The three scenarios --------------------------------------------------------- */

static void
test_type_chooser (void)
{
  g_autofree char *hub_id = evd_sandbox_server_find_hub_id (server, "Marketing Events Hub");
  GtkWidget *window = evd_new_event_window_new (NULL, client, hub_id);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  assert_shows (window, "The type cannot be changed after the event is created.");
  assert_shows (window, "Recommended: Single session.");
  gtk_widget_activate_action (window, "new-event.choose-type", "s", "recurring");
  assert_shows (window, "Recommended: Recurring.");
  gtk_switch_set_active (GTK_SWITCH (field (window, "expo")), TRUE);
  assert_shows (window, "Recommended: Multi-session.");
  assert_shows (window, "How the Types Compare");
  shoot (window, "new-event-type-expo");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  shoot (window, "new-event-type-narrow");
  close_window (window);
}

static void
test_phoenix (void)
{
  GtkWidget *window = open_details ("single", "new-event-type");
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  g_autoptr(EvdEvent) event = NULL;
  g_autofree char *event_id = NULL;
  g_autofree char *start = g_strdup_printf ("%d-12-15T18:00:00Z", next_year);
  g_autofree char *end = g_strdup_printf ("%d-12-15T19:30:00Z", next_year);
  GtkWidget *zone_row = gtk_widget_get_ancestor (field (form, "timezone"), EVD_TYPE_TIMEZONE_ROW);
  g_autoptr(GPtrArray) offered = NULL;

  /* Only the zones Zoom takes are offered, the computer's one (mapped to
   * the listed zone with its rules) first selected. */
  g_assert_cmpstr (evd_timezone_row_get_zone (EVD_TIMEZONE_ROW (zone_row)), ==, evd_zoom_zones_match_local ());
  gtk_widget_activate (field (form, "timezone"));
  wait_popover (zone_row, TRUE);
  offered = shown_zones (zone_row);
  g_assert_cmpuint (offered->len, ==, evd_zoom_zones_get_n_zones ());
  for (guint i = 0; i < offered->len; i++)
    g_assert_true (evd_zoom_zones_contains (g_ptr_array_index (offered, i)));
  gtk_widget_activate (field (form, "timezone"));
  wait_popover (zone_row, FALSE);

  fill_about (form, "Introducing Project Phoenix", "America/Los_Angeles");
  set_text (form, "tagline", "The future of product analytics starts here");
  set_combo (form, "meeting-type", 0);
  set_day (form, 0, next_year, 12, 15, 10, 0, 11, 30);
  assert_shows (form, "A webinar is a broadcast for up to 100,000 people");
  assert_shows (form, "Lasts 1 h 30 min");
  shoot (window, "new-event-single-form");
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  shoot_at (window, field (form, "day-0"), "new-event-single-form-narrow");
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 760);

  gtk_widget_activate_action (window, "new-event.next", NULL);
  assert_shows (window, "Your event will be created as a draft: its links stay inactive");
  assert_shows (window, "Webinar: broadcast, up to 100,000 people");
  assert_shows (window, "America/Los_Angeles");
  assert_shows (window, "Single session. It cannot be changed after the event is created.");
  shoot (window, "new-event-single-review");
  gtk_widget_activate_action (window, "new-event.back", NULL);

  event_id = create (window);
  g_assert_finalize_object (window);
  event = fetch_event (event_id);
  g_assert_cmpint (evd_event_get_event_type (event), ==, EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_assert_cmpint (evd_event_get_meeting_type (event), ==, EVD_MEETING_TYPE_WEBINAR);
  g_assert_cmpint (evd_event_get_status (event), ==, EVD_EVENT_STATUS_DRAFT);
  g_assert_cmpstr (evd_event_get_timezone (event), ==, "America/Los_Angeles");
  g_assert_cmpstr (evd_event_get_tagline (event), ==, "The future of product analytics starts here");
  assert_calendar (event, 0, start, end);
}

static void
test_summit (void)
{
  GtkWidget *window = open_details ("multi", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  g_autoptr(EvdEvent) event = NULL;
  g_autofree char *event_id = NULL;

  fill_about (form, "TechCorp Annual Summit", "America/New_York");
  set_combo (form, "attendance", 2);
  assert_shows (form, "Say where the event takes place");
  set_text (form, "location", "Moscone Center, San Francisco");
  set_day (form, 0, next_year, 6, 10, 9, 0, 18, 0);
  g_signal_emit_by_name (field (form, "add-day"), "clicked");
  g_signal_emit_by_name (field (form, "add-day"), "clicked");
  set_day (form, 2, next_year, 6, 12, 9, 0, 16, 0);
  g_assert_false (shows_text (form, "Days must follow each other"));
  shoot_at (window, field (form, "days"), "new-event-multi-form");

  event_id = create (window);
  g_assert_finalize_object (window);
  event = fetch_event (event_id);
  g_assert_cmpint (evd_event_get_event_type (event), ==, EVD_EVENT_TYPE_CONFERENCE);
  g_assert_cmpint (evd_event_get_attendance_type (event), ==, EVD_ATTENDANCE_TYPE_HYBRID);
  g_assert_cmpstr (evd_event_get_physical_location (event), ==, "Moscone Center, San Francisco");
  {
    g_autofree char *s0 = g_strdup_printf ("%d-06-10T13:00:00Z", next_year);
    g_autofree char *e0 = g_strdup_printf ("%d-06-10T22:00:00Z", next_year);
    g_autofree char *s1 = g_strdup_printf ("%d-06-11T13:00:00Z", next_year);
    g_autofree char *e1 = g_strdup_printf ("%d-06-11T22:00:00Z", next_year);
    g_autofree char *s2 = g_strdup_printf ("%d-06-12T13:00:00Z", next_year);
    g_autofree char *e2 = g_strdup_printf ("%d-06-12T20:00:00Z", next_year);

    g_assert_cmpuint (evd_event_get_calendar (event)->len, ==, 3);
    assert_calendar (event, 0, s0, e0);
    assert_calendar (event, 1, s1, e1);
    assert_calendar (event, 2, s2, e2);
  }
}

/* The first Tuesday of January next year. */
static int
first_tuesday (int year,
               int month)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, month, year);
  while (g_date_get_weekday (&date) != G_DATE_TUESDAY)
    g_date_add_days (&date, 1);
  return g_date_get_day (&date);
}

static void
test_product_tips (void)
{
  GtkWidget *window = open_details ("recurring", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  g_autoptr(EvdEvent) event = NULL;
  g_autofree char *event_id = NULL;
  g_autofree char *first_start = NULL;
  g_autofree char *first_end = NULL;
  EvdRecurrence *recurrence;
  int day = first_tuesday (next_year, 1);

  fill_about (form, "Product Tips Tuesday", "America/New_York");
  set_day (form, 0, next_year, 1, day, 10, 0, 11, 0);
  set_combo (form, "repeat-type", 2);
  set_combo (form, "repeat-monthly-mode", 1);
  set_combo (form, "repeat-monthly-week", 0);
  set_combo (form, "repeat-monthly-weekday", 2);
  set_spin (form, "repeat-end-times", 12);
  assert_shows (form, "12 occurrences, times in America/New_York");
  shoot_at (window, field (form, "repeat-type"), "new-event-recurring-form");
  shoot_at (window, field (form, "occurrences"), "new-event-recurring-occurrences");

  event_id = create (window);
  g_assert_finalize_object (window);
  event = fetch_event (event_id);
  g_assert_cmpint (evd_event_get_event_type (event), ==, EVD_EVENT_TYPE_RECURRING);
  recurrence = evd_event_get_recurrence (event);
  g_assert_nonnull (recurrence);
  g_assert_cmpint (evd_recurrence_get_recurrence_type (recurrence), ==, EVD_RECURRENCE_TYPE_MONTHLY);
  g_assert_cmpuint (evd_recurrence_get_repeat_interval (recurrence), ==, 1);
  g_assert_cmpint (evd_recurrence_get_monthly_week (recurrence), ==, 1);
  g_assert_cmpuint (evd_recurrence_get_monthly_week_day (recurrence), ==, 3);
  g_assert_cmpuint (evd_recurrence_get_end_times (recurrence), ==, 12);
  g_assert_cmpuint (evd_recurrence_get_duration (recurrence), ==, 60);
  first_start = g_strdup_printf ("%d-01-%02dT15:00:00Z", next_year, day);
  first_end = g_strdup_printf ("%d-01-%02dT16:00:00Z", next_year, day);
  assert_calendar (event, 0, first_start, first_end);
}

static gboolean next_enabled (GtkWidget *window);

static gboolean
shows_duplicate_warning (gpointer data)
{
  return shows_text (data, "The hub already has an event with this name.");
}

/* A name the hub already has is pointed out, and does not stop her. */
static void
test_duplicate_name_warning (void)
{
  GtkWidget *window = open_details ("single", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));

  fill_about (form, "TechCorp Annual Summit 2027", "UTC");
  set_day (form, 0, next_year, 2, 2, 10, 0, 11, 0);
  evd_test_iterate_until (shows_duplicate_warning, form, TIMEOUT_MS);
  g_assert_true (next_enabled (window));
  shoot_at (window, field (form, "name"), "new-event-duplicate-name");

  set_text (form, "name", "TechCorp Annual Summit 2027 (Berlin)");
  g_assert_false (shows_text (form, "The hub already has an event with this name."));
  close_window (window);
}

/* B3: monthly on the first Tuesday, the date left on a Monday: the event
 * starts on its first occurrence, said at the date and sent so. */
static void
test_recurring_starts_on_occurrence (void)
{
  GtkWidget *window = open_details ("recurring", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  g_autoptr(EvdEvent) event = NULL;
  g_autofree char *event_id = NULL;
  g_autofree char *first_start = NULL;
  g_autofree char *first_end = NULL;
  int monday = first_tuesday (next_year, 12) + 6;
  int january = first_tuesday (next_year + 1, 1);

  fill_about (form, "Tips after a Monday", "America/New_York");
  set_day (form, 0, next_year, 12, monday, 10, 0, 11, 0);
  set_combo (form, "repeat-type", 2);
  set_combo (form, "repeat-monthly-mode", 1);
  set_combo (form, "repeat-monthly-week", 0);
  set_combo (form, "repeat-monthly-weekday", 2);
  set_spin (form, "repeat-end-times", 12);
  assert_shows (form, "This date is not one the event repeats on: it starts on its first occurrence");
  assert_shows (form, "12 occurrences, times in America/New_York");
  shoot_at (window, field (form, "day-0"), "new-event-recurring-moved-start");

  event_id = create (window);
  g_assert_finalize_object (window);
  event = fetch_event (event_id);
  first_start = g_strdup_printf ("%d-01-%02dT15:00:00Z", next_year + 1, january);
  first_end = g_strdup_printf ("%d-01-%02dT16:00:00Z", next_year + 1, january);
  assert_calendar (event, 0, first_start, first_end);
}

/* B12: a weekly schedule starts on the start date's weekday, so Next works
 * and the preview is honest; with no day, the reason is at the days. */
static void
test_weekly_default_day (void)
{
  GtkWidget *window = open_details ("recurring", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  GDate date;
  g_autofree char *toggle_name = NULL;
  GtkWidget *problem;

  fill_about (form, "Weekly", "UTC");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 10, 3, next_year);
  set_day (form, 0, next_year, 3, 10, 9, 0, 10, 0);
  toggle_name = g_strdup_printf ("repeat-weekday-%d", g_date_get_weekday (&date) % 7 + 1);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (field (form, toggle_name))));
  g_assert_true (next_enabled (window));
  assert_shows (form, "4 occurrences, times in UTC");

  /* Her choice stays: no day, and the reason shows where the days are. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (field (form, toggle_name)), FALSE);
  g_assert_false (next_enabled (window));
  problem = field (form, "repeat-days-problem");
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_true (gtk_widget_is_ancestor (problem, field (form, "repeat-days")));
  shoot_at (window, field (form, "repeat-days"), "new-event-weekly-no-day");
  set_day (form, 0, next_year, 3, 11, 9, 0, 10, 0);
  g_assert_false (next_enabled (window));

  close_window (window);
}

static AdwMessageDialog *
visible_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return visible_message_dialog () != NULL;
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  evd_test_iterate_until (dialog_shown, NULL, TIMEOUT_MS);
  return visible_message_dialog ();
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* B6: Escape or Cancel after typing asks before the work is thrown away. */
static void
test_discard_asks (void)
{
  GtkWidget *window = open_details ("single", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  AdwMessageDialog *dialog;
  GtkWidget *weak = window;

  set_text (form, "name", "Spring Launch");
  set_text (form, "description", "A long description that took a while to write.");

  /* Escape */
  gtk_widget_activate_action (window, "window.close", NULL);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard this event?");
  g_assert_true (gtk_widget_get_visible (window));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "new-event-discard"));
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "name"))), ==, "Spring Launch");

  /* Back to the first step, then its Cancel button */
  gtk_widget_activate_action (window, "new-event.back", NULL);
  g_assert_cmpstr (evd_new_event_window_get_step (EVD_NEW_EVENT_WINDOW (window)), ==, "type");
  gtk_widget_activate_action (window, "new-event.back", NULL);
  dialog = wait_for_dialog ();
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Our reference keeps the object; the window itself is closed. */
  g_assert_false (gtk_widget_get_visible (window));
  g_object_remove_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  g_object_unref (window);

  /* Nothing typed: Escape closes at once. */
  window = open_details ("single", NULL);
  weak = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  g_object_unref (window);
  gtk_widget_activate_action (window, "window.close", NULL);
  evd_test_iterate_until (window_gone, &weak, TIMEOUT_MS);
  g_assert_null (visible_message_dialog ());
}

/* Checks at the field -------------------------------------------------------- */

static gboolean
next_enabled (GtkWidget *window)
{
  gtk_widget_activate_action (window, "new-event.next", NULL);
  if (g_str_equal (evd_new_event_window_get_step (EVD_NEW_EVENT_WINDOW (window)), "review"))
    {
      gtk_widget_activate_action (window, "new-event.back", NULL);
      return TRUE;
    }
  return FALSE;
}

static void
test_single_checks (void)
{
  GtkWidget *window = open_details ("single", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  g_autoptr(GDateTime) far_future = g_date_time_new_utc (next_year + 5, 1, 1, 0, 0, 0);

  /* Nothing is said in red before she has typed: Next just waits. */
  g_assert_false (shows_text (form, "Give the event a name."));
  g_assert_false (gtk_widget_has_css_class (field (form, "name"), "error"));
  g_assert_false (next_enabled (window));
  shoot (window, "new-event-check-fresh");

  /* A name typed and taken away again is missed, and said. */
  set_text (form, "name", "C");
  set_text (form, "name", "");
  assert_shows (form, "Give the event a name.");
  g_assert_true (gtk_widget_has_css_class (field (form, "name"), "error"));
  g_assert_false (shows_text (form, "Add a description"));
  shoot (window, "new-event-check-missing-name");

  fill_about (form, "Check", "Europe/Berlin");
  g_assert_false (shows_text (form, "Give the event a name."));
  set_day (form, 0, next_year, 3, 3, 11, 0, 10, 0);
  assert_shows (form, "The end must be after the start. Choose a later end time.");
  g_assert_false (next_enabled (window));
  shoot_at (window, field (form, "day-0"), "new-event-check-end-before-start");

  set_day (form, 0, next_year, 3, 3, 10, 0, 11, 0);
  g_assert_true (next_enabled (window));

  set_combo (form, "attendance", 1);
  assert_shows (form, "Say where the event takes place: people come in person.");
  g_assert_true (gtk_widget_has_css_class (field (form, "location"), "error"));
  g_assert_false (next_enabled (window));
  shoot_at (window, field (form, "attendance"), "new-event-check-place");
  set_text (form, "location", "Hall 3");
  g_assert_true (next_enabled (window));

  /* The hour New York skips in March is said at the field, and allowed. */
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, 1, 3, next_year);
    while (g_date_get_weekday (&date) != G_DATE_SUNDAY)
      g_date_add_days (&date, 1);
    g_date_add_days (&date, 7);
    set_zone (form, "America/New_York");
    set_day (form, 0, next_year, 3, g_date_get_day (&date), 2, 30, 4, 0);
    assert_shows (form, "go forward at this time that night");
    g_assert_true (next_enabled (window));
    shoot_at (window, field (form, "day-0"), "new-event-check-clock-change");
  }

  evd_new_event_window_set_now (EVD_NEW_EVENT_WINDOW (window), far_future);
  g_assert_false (next_enabled (window));
  assert_shows (form, "This start is in the past.");
  shoot_at (window, field (form, "day-0"), "new-event-check-past");

  close_window (window);
}

static void
test_multi_checks (void)
{
  GtkWidget *window = open_details ("multi", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  g_autoptr(EvdEventDraft) seven = evd_event_form_dup_draft (EVD_EVENT_FORM (form));

  fill_about (form, "Seven days", "UTC");
  for (guint i = 0; i < 5; i++)
    g_signal_emit_by_name (field (form, "add-day"), "clicked");
  /* No seventh day can be added... */
  g_assert_false (gtk_widget_get_visible (field (form, "add-day")));

  /* ...but an event that has one (as from elsewhere) says what is wrong. */
  g_array_set_size (seven->days, 0);
  for (int i = 0; i < 7; i++)
    {
      EvdEventDay day = { next_year, 6, 1 + i, 9, 0, 17, 0 };
      evd_event_draft_add_day (seven, &day);
    }
  evd_event_draft_set_string (&seven->name, "Seven days");
  evd_event_draft_set_string (&seven->description, "Too long");
  evd_event_form_set_draft (EVD_EVENT_FORM (form), seven);
  set_text (form, "tagline", "changed");
  assert_shows (form, "An event can have at most 6 days.");
  g_assert_false (next_enabled (window));
  shoot_at (window, field (form, "day-5"), "new-event-check-seven-days");

  close_window (window);
}

static void
check_interval (GtkWidget  *window,
                guint       type_index,
                guint       good,
                guint       bad,
                const char *message,
                const char *shot)
{
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));

  set_combo (form, "repeat-type", type_index);
  set_spin (form, "repeat-interval", good);
  g_assert_true (next_enabled (window));
  set_spin (form, "repeat-interval", bad);
  assert_shows (form, message);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (field (form, "repeat-interval"),
                                                                     ADW_TYPE_ACTION_ROW), "error"));
  g_assert_false (next_enabled (window));
  shoot_at (window, field (form, "repeat-type"), shot);
}

static void
test_recurring_checks (void)
{
  GtkWidget *window = open_details ("recurring", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));

  fill_about (form, "Series", "Australia/Sydney");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (field (form, "repeat-weekday-3")), TRUE);
  set_combo (form, "repeat-monthly-mode", 0);
  check_interval (window, 0, 90, 91, "a daily event can repeat at most every 90 days", "new-event-check-daily-91");
  check_interval (window, 1, 12, 13, "a weekly event can repeat at most every 12 weeks", "new-event-check-weekly-13");
  check_interval (window, 2, 3, 4, "a monthly event can repeat at most every 3 months", "new-event-check-monthly-4");

  set_spin (form, "repeat-interval", 1);
  set_spin (form, "repeat-end-times", 61);
  assert_shows (form, "a recurring event can happen at most 60 times");
  g_assert_false (next_enabled (window));
  close_window (window);
}

/* Zoom's refusals ------------------------------------------------------------ */

static void
test_hub_permission (void)
{
  GtkWidget *window = open_details ("single", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  guint before = evd_sandbox_server_count_requests (server, "POST", "/zoom_events/events");

  fill_about (form, "Partner briefing", "UTC");
  set_combo (form, "hub", hub_index (form, "Partner Hub"));
  set_day (form, 0, next_year, 2, 2, 10, 0, 11, 0);
  gtk_widget_activate_action (window, "new-event.next", NULL);
  gtk_widget_activate_action (window, "new-event.create", NULL);
  evd_test_iterate_until ((gboolean (*) (gpointer)) gtk_widget_get_visible, field (window, "review-error"), TIMEOUT_MS);

  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "POST", "/zoom_events/events"), ==, before + 1);
  assert_shows (window, "add you as a host of the hub");
  assert_shows (window, "zoom_events:write:event:admin");
  g_assert_cmpstr (evd_new_event_window_get_step (EVD_NEW_EVENT_WINDOW (window)), ==, "review");
  shoot (window, "new-event-error-26201");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  shoot (window, "new-event-error-26201-narrow");
  close_window (window);
}

static void
test_schedule_refusal (void)
{
  GtkWidget *window = open_details ("single", NULL);
  GtkWidget *form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));

  fill_about (form, "Refused", "UTC");
  set_day (form, 0, next_year, 2, 2, 10, 0, 11, 0);
  evd_sandbox_server_queue_status (server, "/zoom_events/events", 400, NULL,
                                   "{\"code\":26203,\"message\":\"End time must be after start time\"}");
  gtk_widget_activate_action (window, "new-event.next", NULL);
  gtk_widget_activate_action (window, "new-event.create", NULL);
  evd_test_iterate_until ((gboolean (*) (gpointer)) gtk_widget_get_visible, field (window, "review-error"), TIMEOUT_MS);

  /* Back on the details, the day is marked. */
  g_assert_cmpstr (evd_new_event_window_get_step (EVD_NEW_EVENT_WINDOW (window)), ==, "details");
  assert_shows (form, "Zoom refused the schedule: a day ends before it starts.");
  shoot_at (window, field (form, "day-0"), "new-event-error-26203");
  close_window (window);
}

/* Edit… ------------------------------------------------------------------------ */

static gboolean
edit_ready (gpointer data)
{
  return evd_event_edit_window_is_ready (data);
}

static GtkWidget *
open_edit (EvdEvent *event)
{
  GtkWidget *window = evd_event_edit_window_new (NULL, client, event);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  evd_test_iterate_until (edit_ready, window, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  return window;
}

static void
test_edit_draft (void)
{
  g_autofree char *hub_id = evd_sandbox_server_find_hub_id (server, "Marketing Events Hub");
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(EvdEvent) saved = NULL;
  g_autofree char *event_id = NULL;
  GtkWidget *window, *form;
  gpointer weak;
  guint patches;

  /* A draft of our own, made through the window. */
  window = open_details ("single", NULL);
  form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (window));
  fill_about (form, "Edit me", "America/New_York");
  set_day (form, 0, next_year, 3, 5, 10, 0, 11, 0);
  event_id = create (window);
  g_assert_finalize_object (window);
  event = fetch_event (event_id);
  g_assert_cmpstr (evd_event_get_hub_id (event), ==, hub_id);

  window = open_edit (event);
  form = evd_event_edit_window_get_form (EVD_EVENT_EDIT_WINDOW (window));
  assert_shows (form, "The type of an event cannot be changed after it is created.");
  g_assert_true (gtk_widget_get_sensitive (field (form, "meeting-type")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "name"))), ==, "Edit me");
  shoot (window, "edit-event-draft");

  set_text (form, "name", "Edited");
  patches = evd_sandbox_server_count_requests (server, "PATCH", "/zoom_events/events");
  weak = window;
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  g_object_unref (window);
  gtk_widget_activate_action (window, "edit-event.save", NULL);
  evd_test_iterate_until (evd_test_pointer_cleared, &weak, TIMEOUT_MS);
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "PATCH", "/zoom_events/events"), ==, patches + 1);

  saved = fetch_event (event_id);
  g_assert_cmpstr (evd_event_get_name (saved), ==, "Edited");
  /* Only the name was sent: the times are as they were. */
  {
    EvdTimeRange *range = g_ptr_array_index (evd_event_get_calendar (event), 0);
    g_autofree char *start = evd_time_format_utc (evd_time_range_get_start (range));
    g_autofree char *end = evd_time_format_utc (evd_time_range_get_end (range));

    assert_calendar (saved, 0, start, end);
  }
}

static void
test_edit_published_with_tickets (void)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (server, "Customer Onboarding Webinar");
  g_autoptr(EvdEvent) event = NULL;
  GtkWidget *window, *form;

  g_assert_nonnull (event_id);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, NULL), >, 0);
  event = fetch_event (event_id);
  g_assert_cmpint (evd_event_get_status (event), ==, EVD_EVENT_STATUS_PUBLISHED);

  window = open_edit (event);
  form = evd_event_edit_window_get_form (EVD_EVENT_EDIT_WINDOW (window));
  g_assert_false (gtk_widget_get_sensitive (field (form, "meeting-type")));
  assert_shows (form, "people have registered for this published event");
  assert_shows (form, "The type of an event cannot be changed after it is created.");
  shoot (window, "edit-event-locked");
  close_window (window);
}

static void
test_edit_refused (void)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (server, "Customer Onboarding Webinar");
  g_autoptr(EvdEvent) event = fetch_event (event_id);
  GtkWidget *window = open_edit (event);
  GtkWidget *form = evd_event_edit_window_get_form (EVD_EVENT_EDIT_WINDOW (window));

  set_text (form, "tagline", "A new tagline");
  evd_sandbox_server_queue_status (server, "/zoom_events/events", 400, NULL,
                                   "{\"code\":260210,\"message\":\"Past or cancelled events cannot be edited.\"}");
  gtk_widget_activate_action (window, "edit-event.save", NULL);
  evd_test_iterate_until ((gboolean (*) (gpointer)) gtk_widget_get_visible, field (window, "edit-error"), TIMEOUT_MS);
  assert_shows (window, "Zoom no longer lets anyone change it");
  shoot (window, "edit-event-error-260210");
  close_window (window);
}

static GtkWidget *
show_page (const char  *name,
           GtkWidget  **out_page)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (server, name);
  g_autoptr(EvdEvent) event = fetch_event (event_id);
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = evd_event_page_new (client, event);

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  evd_test_iterate_until (evd_test_page_loaded, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  *out_page = page;
  return window;
}

static void
test_edit_button (void)
{
  GtkWidget *page, *edit, *form;
  GtkWidget *window = show_page ("Spring Product Launch Webinar", &page);
  gpointer weak;

  /* A past event cannot change, and the page says so instead. */
  g_assert_false (gtk_widget_get_visible (field (page, "edit-event")));
  assert_shows (page, "Past events cannot be changed.");
  shoot (window, "edit-button-past");
  close_window (window);

  window = show_page ("Introducing Project Phoenix", &page);
  g_assert_true (gtk_widget_get_visible (field (page, "edit-event")));
  g_signal_emit_by_name (field (page, "edit-event"), "clicked");
  edit = evd_test_find_toplevel (EVD_TYPE_EVENT_EDIT_WINDOW);
  g_assert_nonnull (edit);
  evd_test_iterate_until (edit_ready, edit, TIMEOUT_MS);
  form = evd_event_edit_window_get_form (EVD_EVENT_EDIT_WINDOW (edit));
  set_text (form, "tagline", "Saved from the event page");
  weak = edit;
  g_object_add_weak_pointer (G_OBJECT (edit), &weak);
  gtk_widget_activate_action (edit, "edit-event.save", NULL);
  evd_test_iterate_until (evd_test_pointer_cleared, &weak, TIMEOUT_MS);
  evd_test_iterate_until (evd_test_page_loaded, page, TIMEOUT_MS);
  g_assert_cmpstr (evd_event_get_tagline (evd_event_page_get_event (EVD_EVENT_PAGE (page))), ==,
                   "Saved from the event page");
  assert_shows (window, "Changes saved");
  shoot (window, "edit-button-saved");
  close_window (window);
}

/* The window: Ctrl+N, then the new draft selected --------------------------------- */

static gboolean
browsing (gpointer data)
{
  return g_strcmp0 (evd_window_get_visible_page (EVD_WINDOW (data)), "browser") == 0;
}

static GtkWidget *
find_new_event_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (EVD_IS_NEW_EVENT_WINDOW (window))
        return window;   /* GTK keeps it alive */
    }
  return NULL;
}

static gboolean
selected_event (gpointer data)
{
  GtkWidget *browser = evd_window_get_browser (EVD_WINDOW (((gpointer *) data)[0]));
  g_auto(GStrv) path = evd_browser_dup_selected_path (EVD_BROWSER (browser));

  return path != NULL && g_strv_length (path) >= 2 && g_strcmp0 (path[1], ((gpointer *) data)[1]) == 0;
}

static gboolean
sessions_selected (gpointer data)
{
  GtkWidget *browser = evd_window_get_browser (EVD_WINDOW (data));
  g_auto(GStrv) path = evd_browser_dup_selected_path (EVD_BROWSER (browser));

  return path != NULL && g_strv_length (path) == 3 && g_strcmp0 (path[2], "sessions") == 0;
}

static void
test_window_new_event (void)
{
  GtkWidget *window = g_object_new (EVD_TYPE_WINDOW, NULL);
  GtkWidget *dialog, *form;
  g_autofree char *event_id = NULL;
  gpointer data[2];

  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  /* Nothing to create events in before an account is open. */
  gtk_widget_activate_action (window, "win.new-event", NULL);
  g_assert_null (find_new_event_window ());

  evd_window_explore_sample_data (EVD_WINDOW (window));
  evd_test_iterate_until (browsing, window, TIMEOUT_MS);
  gtk_widget_activate_action (window, "win.new-event", NULL);
  dialog = find_new_event_window ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_object_ref (dialog);

  gtk_widget_activate_action (dialog, "new-event.next", NULL);
  evd_test_iterate_until (hubs_loaded, dialog, TIMEOUT_MS);
  evd_test_iterate_until (names_loaded, dialog, TIMEOUT_MS);
  form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (dialog));
  fill_about (form, "Made from the window", "UTC");
  set_day (form, 0, next_year, 4, 4, 10, 0, 11, 0);
  event_id = create (dialog);
  g_assert_finalize_object (dialog);

  g_test_message ("created %s", event_id);
  data[0] = window;
  data[1] = event_id;
  evd_test_iterate_until (selected_event, data, TIMEOUT_MS);
  shoot (window, "new-event-created-in-window");

  /* A multi-session event: the toast says sessions come next, and its
   * button opens them. */
  gtk_widget_activate_action (window, "win.new-event", NULL);
  dialog = find_new_event_window ();
  g_object_ref (dialog);
  gtk_widget_activate_action (dialog, "new-event.choose-type", "s", "multi");
  gtk_widget_activate_action (dialog, "new-event.next", NULL);
  evd_test_iterate_until (hubs_loaded, dialog, TIMEOUT_MS);
  evd_test_iterate_until (names_loaded, dialog, TIMEOUT_MS);
  form = evd_new_event_window_get_form (EVD_NEW_EVENT_WINDOW (dialog));
  fill_about (form, "Conference from the window", "UTC");
  set_day (form, 0, next_year, 5, 5, 9, 0, 17, 0);
  g_free (event_id);
  event_id = create (dialog);
  g_assert_finalize_object (dialog);
  data[1] = event_id;
  evd_test_iterate_until (selected_event, data, TIMEOUT_MS);
  {
    AdwToast *toast = evd_window_get_last_toast (EVD_WINDOW (window));

    g_assert_nonnull (toast);
    g_assert_nonnull (strstr (adw_toast_get_title (toast), "Next, add its sessions"));
    g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "Add _Sessions");
    shoot (window, "new-event-nudge-sessions");
    /* What its button does */
    g_assert_true (gtk_widget_activate_action_variant (window, adw_toast_get_action_name (toast),
                                                       adw_toast_get_action_target_value (toast)));
    evd_test_iterate_until (sessions_selected, window, TIMEOUT_MS);
  }

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Which field of the form a refusal from Zoom marks */
static void
test_refusal_field (void)
{
  g_autoptr(GError) permission = evd_api_error_new (26201, 403, NULL);
  g_autoptr(GError) too_long = evd_api_error_new (26202, 400, NULL);
  g_autoptr(GError) backwards = evd_api_error_new (26203, 400, NULL);
  g_autoptr(GError) incomplete = evd_api_error_new (26204, 400, NULL);
  g_autoptr(GError) field = evd_api_error_new (300, 400, "Invalid field");
  g_autoptr(GError) other = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "x");

  evd_api_error_set_field (field, "recurrence.repeat_interval");
  g_assert_cmpstr (evd_event_refusal_get_field (permission), ==, EVD_FIELD_HUB);
  g_assert_cmpstr (evd_event_refusal_get_field (too_long), ==, EVD_FIELD_DAYS);
  g_assert_cmpstr (evd_event_refusal_get_field (backwards), ==, "day-0-end");
  g_assert_cmpstr (evd_event_refusal_get_field (incomplete), ==, EVD_FIELD_DAYS);
  g_assert_cmpstr (evd_event_refusal_get_field (field), ==, EVD_FIELD_REPEAT);
  g_assert_null (evd_event_refusal_get_field (other));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  int status;

  evd_test_init_ui (&argc, &argv);
  next_year = g_date_time_get_year (now) + 1;

  server = evd_test_start_sandbox ();
  client = evd_test_client_new (server);

  g_test_add_func ("/new-event/timezone-picker", test_timezone_picker);
  g_test_add_func ("/new-event/type-chooser", test_type_chooser);
  g_test_add_func ("/new-event/phoenix", test_phoenix);
  g_test_add_func ("/new-event/summit", test_summit);
  g_test_add_func ("/new-event/product-tips", test_product_tips);
  g_test_add_func ("/new-event/single-checks", test_single_checks);
  g_test_add_func ("/new-event/multi-checks", test_multi_checks);
  g_test_add_func ("/new-event/recurring-checks", test_recurring_checks);
  g_test_add_func ("/new-event/recurring-starts-on-occurrence", test_recurring_starts_on_occurrence);
  g_test_add_func ("/new-event/weekly-default-day", test_weekly_default_day);
  g_test_add_func ("/new-event/discard-asks", test_discard_asks);
  g_test_add_func ("/new-event/duplicate-name-warning", test_duplicate_name_warning);
  g_test_add_func ("/new-event/hub-permission", test_hub_permission);
  g_test_add_func ("/new-event/schedule-refusal", test_schedule_refusal);
  g_test_add_func ("/new-event/edit-draft", test_edit_draft);
  g_test_add_func ("/new-event/edit-published-with-tickets", test_edit_published_with_tickets);
  g_test_add_func ("/new-event/edit-refused", test_edit_refused);
  g_test_add_func ("/new-event/edit-button", test_edit_button);
  g_test_add_func ("/new-event/window", test_window_new_event);
  g_test_add_func ("/new-event/refusal-field", test_refusal_field);

  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  return status;
}
