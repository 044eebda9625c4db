/* test-german.c: the main screens in German, with dates and numbers from the locale
 *
 * Runs with LANGUAGE=de and the build's own catalogue (EVENTDESK_LOCALEDIR,
 * set in tests/meson.build). A visible text that the catalogue translates is
 * a text shown in English by mistake: an untranslatable string, a .ui
 * property without translatable="yes", or a _() taken before the catalogue
 * was bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "evd-browser.h"
#include "evd-i18n.h"
#include "evd-new-event-window.h"
#include "evd-page-util.h"
#include "evd-preferences-window.h"
#include "evd-sidebar.h"
#include "evd-test-utils.h"
#include "evd-ui-util.h"
#include "evd-window.h"

#define TIMEOUT_MS 20000

static gboolean german_locale;

/* A text the catalogue has a German translation for, still in English. */
static void
check_text (GPtrArray  *english,
            const char *text,
            const char *where)
{
  const char *translated;

  if (text == NULL || *text == '\0')
    return;
  translated = g_dgettext (GETTEXT_PACKAGE, text);
  if (translated != text && g_strcmp0 (translated, text) != 0)
    g_ptr_array_add (english, g_strdup_printf ("%s “%s” (German: “%s”)", where, text, translated));
}

static void
collect_english (GtkWidget *widget,
                 GPtrArray *english)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      check_text (english, gtk_label_get_label (GTK_LABEL (widget)), G_OBJECT_TYPE_NAME (widget));
      check_text (english, gtk_label_get_text (GTK_LABEL (widget)), G_OBJECT_TYPE_NAME (widget));
    }
  if (GTK_IS_INSCRIPTION (widget))
    check_text (english, gtk_inscription_get_text (GTK_INSCRIPTION (widget)), G_OBJECT_TYPE_NAME (widget));
  if (GTK_IS_BUTTON (widget))
    check_text (english, gtk_button_get_label (GTK_BUTTON (widget)), "button");
  if (GTK_IS_EDITABLE (widget) && GTK_IS_ENTRY (widget))
    check_text (english, gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), "placeholder");
  if (GTK_IS_TEXT (widget))
    check_text (english, gtk_text_get_placeholder_text (GTK_TEXT (widget)), "placeholder");
  check_text (english, gtk_widget_get_tooltip_text (widget), "tooltip");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_english (child, english);
}

/* Fails with every English text that has a translation, and saves a
 * picture of the screen either way. */
static void
assert_german (GtkWidget  *root,
               const char *screen)
{
  g_autoptr(GPtrArray) english = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *shot = NULL;

  gtk_test_widget_wait_for_draw (root);
  collect_english (root, english);
  shot = evd_test_save_screenshot (root, screen);
  if (english->len > 0)
    {
      g_ptr_array_add (english, NULL);
      g_error ("%s shows text in English that the catalogue translates:\n%s", screen,
               g_strjoinv ("\n", (char **) english->pdata));
    }
}

static gboolean
page_is (gpointer data)
{
  GtkWidget *window = ((gpointer *) data)[0];

  return g_strcmp0 (evd_window_get_visible_page (EVD_WINDOW (window)), ((gpointer *) data)[1]) == 0;
}

static void
wait_for_page (GtkWidget  *window,
               const char *name)
{
  gpointer data[] = { window, (gpointer) name };

  evd_test_iterate_until (page_is, data, TIMEOUT_MS);
}

static gboolean
page_type_is (gpointer data)
{
  GtkWidget *window = ((gpointer *) data)[0];
  GtkWidget *page = evd_browser_get_page (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window))));
  gboolean loading = TRUE;

  if (page == NULL || G_OBJECT_TYPE (page) != GPOINTER_TO_SIZE (((gpointer *) data)[1]))
    return FALSE;
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "loading") == NULL)
    return TRUE;
  g_object_get (page, "loading", &loading, NULL);
  return !loading;
}

static void
select_and_wait (GtkWidget          *window,
                 const char * const *path,
                 const char         *type_name)
{
  gpointer data[] = { window, GSIZE_TO_POINTER (g_type_from_name (type_name)) };

  evd_browser_select_path (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window))), path);
  evd_test_iterate_until (page_type_is, data, TIMEOUT_MS);
  evd_test_iterate_for (300);
}

static EvdSidebarItem *
find_event (EvdSidebar   *sidebar,
            EvdEventType  type)
{
  GListModel *rows = evd_sidebar_get_rows (sidebar);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(EvdSidebarItem) item = gtk_tree_list_row_get_item (row);

      if (evd_sidebar_item_get_kind (item) == EVD_SIDEBAR_ITEM_EVENT &&
          evd_event_get_event_type (evd_sidebar_item_get_event (item)) == type &&
          evd_event_get_status (evd_sidebar_item_get_event (item)) == EVD_EVENT_STATUS_PUBLISHED)
        return item;
    }
  return NULL;
}

static gboolean
events_listed (gpointer data)
{
  return find_event (data, EVD_EVENT_TYPE_CONFERENCE) != NULL;
}

/* The catalogue is the build's and is really used: otherwise every check
 * below would pass on an English screen. */
static void
test_catalogue (void)
{
  g_assert_cmpstr (_("Welcome to Event Desk"), ==, "Willkommen bei Event Desk");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%s registration", "%s registrations", 2), ==, "%s Anmeldungen");
}

/* Welcome, Connect, the sample data's hub, event, registrations and
 * sessions, New Event and Preferences: all in German. */
static void
test_main_screens (void)
{
  GtkWidget *window = g_object_new (EVD_TYPE_WINDOW, NULL);
  g_autoptr(GSettings) settings = evd_settings_new ();
  EvdSidebar *sidebar;
  EvdSidebarItem *conference;
  const char *hub_id, *event_id;
  GtkWidget *dialog;

  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  assert_german (window, "de-welcome");

  gtk_widget_activate_action (window, "win.connect-account", NULL);
  wait_for_page (window, "connect");
  assert_german (window, "de-connect");
  gtk_widget_activate_action (evd_window_get_connect_page (EVD_WINDOW (window)), "connect.back", NULL);
  wait_for_page (window, "welcome");

  gtk_widget_activate_action (window, "win.explore-sample-data", NULL);
  wait_for_page (window, "browser");
  sidebar = EVD_SIDEBAR (evd_browser_get_sidebar (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window)))));
  evd_test_iterate_until (events_listed, sidebar, TIMEOUT_MS);
  evd_test_iterate_for (300);
  assert_german (window, "de-hub");

  conference = find_event (sidebar, EVD_EVENT_TYPE_CONFERENCE);
  hub_id = evd_event_get_hub_id (evd_sidebar_item_get_event (conference));
  event_id = evd_event_get_event_id (evd_sidebar_item_get_event (conference));
  {
    const char *event_path[] = { hub_id, event_id, NULL };
    const char *registrations_path[] = { hub_id, event_id, "registrations", NULL };
    const char *sessions_path[] = { hub_id, event_id, "sessions", NULL };

    select_and_wait (window, event_path, "EvdEventPage");
    assert_german (window, "de-event");
    select_and_wait (window, registrations_path, "EvdRegistrationsPage");
    assert_german (window, "de-registrations");
    select_and_wait (window, sessions_path, "EvdSessionsPage");
    assert_german (window, "de-sessions");
  }

  gtk_widget_activate_action (window, "win.new-event", NULL);
  dialog = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

        if (EVD_IS_NEW_EVENT_WINDOW (toplevel))
          dialog = toplevel;
      }
  }
  g_assert_nonnull (dialog);
  assert_german (dialog, "de-new-event-type");
  gtk_widget_activate_action (dialog, "new-event.choose-type", "s", "recurring");
  gtk_widget_activate_action (dialog, "new-event.next", NULL);
  evd_test_iterate_for (300);
  assert_german (dialog, "de-new-event-details");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = evd_preferences_window_new (settings, TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  assert_german (dialog, "de-preferences");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Dates and numbers follow the locale, not the language alone. */
static void
test_formats (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (2027, 12, 7, 15, 30, 0);
  g_autofree char *count = evd_format_count (100000);
  g_autofree char *when = evd_format_date_time (time, "Europe/Berlin");

  if (!german_locale)
    {
      g_test_skip ("The de_DE.UTF-8 locale is not installed (build-aux/quickstart test makes it)");
      return;
    }
  g_assert_cmpstr (count, ==, "100.000");
  g_assert_cmpstr (when, ==, "Di, 7. Dez 2027, 16:30 (CET)");
}

int
main (int   argc,
      char *argv[])
{
  /* The locale and catalogue the app sets up, in German; GTK must not
   * reset the locale from the environment afterwards. */
  g_setenv ("LANGUAGE", "de", TRUE);
  german_locale = setlocale (LC_ALL, "de_DE.UTF-8") != NULL;
  if (!german_locale)
    g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_setenv ("LC_ALL", german_locale ? "de_DE.UTF-8" : "C.UTF-8", TRUE);
  evd_i18n_init ();
  gtk_disable_setlocale ();
  evd_test_init_ui (&argc, &argv);

  g_test_add_func ("/german/catalogue", test_catalogue);
  g_test_add_func ("/german/main-screens", test_main_screens);
  g_test_add_func ("/german/formats", test_formats);

  return g_test_run ();
}
