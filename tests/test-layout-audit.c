/* test-layout-audit.c: every page and dialog the other tests visit, at three
 * widths, light and dark, checked by the layout audit
 *
 * The widths are a phone (360 px), a small laptop window (800 px) and a wide
 * window (1280 px). A window that cannot be as narrow as asked is audited at
 * the narrowest width it takes. What the audit checks, and why scrolled
 * content is treated as it is, is in tests/evd-layout-audit.c. Every
 * picture taken lands in build/screenshots/audit-<screen>-<width>-<style>.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "evd-application.h"
#include "evd-browser.h"
#include "evd-duplicate-dialog.h"
#include "evd-event-edit-window.h"
#include "evd-event-page.h"
#include "evd-import-assistant.h"
#include "evd-layout-audit.h"
#include "evd-new-event-window.h"
#include "evd-preferences-window.h"
#include "evd-registration-details.h"
#include "evd-registrations-page.h"
#include "evd-sandbox-server.h"
#include "evd-session-editor.h"
#include "evd-sessions-page.h"
#include "evd-sidebar.h"
#include "evd-sidebar-item.h"
#include "evd-test-utils.h"
#include "evd-ticket-type-dialog.h"
#include "evd-window.h"

#define TIMEOUT_MS 20000
#define MAIN_HEIGHT 760

static EvdApplication *app;
static GtkWidget *window;
static char *tmp_dir;

/* Helpers ----------------------------------------------------------------- */

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* Mapped or not: a page of a dialog not yet shown, say. */
static GtkWidget *
find_label_anywhere (GtkWidget  *root,
                     const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_label_anywhere (child, text)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_mapped (toplevel) && toplevel != window)
        return toplevel;
    }
  return NULL;
}

static gboolean
toplevel_shown (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static GtkWidget *
wait_for_toplevel (GType type)
{
  evd_test_iterate_until (toplevel_shown, GSIZE_TO_POINTER (type), TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (find_toplevel (type));
  return find_toplevel (type);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
close_toplevel (GtkWidget *toplevel)
{
  g_object_add_weak_pointer (G_OBJECT (toplevel), (gpointer *) &toplevel);
  gtk_window_set_focus (GTK_WINDOW (toplevel), NULL);
  gtk_window_destroy (GTK_WINDOW (toplevel));
  evd_test_iterate_until (pointer_cleared, &toplevel, TIMEOUT_MS);
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
}

/* The audit --------------------------------------------------------------- */

static void
resize (GtkWidget *toplevel,
        int        width,
        int        height)
{
  gtk_window_set_default_size (GTK_WINDOW (toplevel), width, height);
  /* Without a window manager the X server takes the new size at once; the
   * frame after it is what a person sees. */
  evd_test_iterate_for (150);
  gtk_test_widget_wait_for_draw (toplevel);
  evd_test_iterate_for (50);
}

/* Audits @toplevel at each width, light and dark, and leaves it as it was. */
static void
audit (GtkWidget  *toplevel,
       const char *screen)
{
  static const int widths[] = { 360, 800, 1280 };
  static const struct { AdwColorScheme scheme; const char *name; } styles[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
    { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (toplevel), &width, &height);
  if (height <= 0)
    height = MAX (gtk_widget_get_height (toplevel), 480);
  if (width <= 0)
    width = gtk_widget_get_width (toplevel);

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      adw_style_manager_set_color_scheme (style, styles[s].scheme);
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          g_autofree char *name = g_strdup_printf ("audit-%s-%d-%s", screen, widths[w], styles[s].name);
          g_autofree char *shot = NULL;

          GtkWidget *leaflet;

          resize (toplevel, widths[w], height);
          shot = evd_test_save_screenshot (toplevel, name);
          evd_layout_audit_assert (toplevel, name);

          /* Folded, the window shows the page; the tree is one Back away. */
          leaflet = find_descendant (toplevel, ADW_TYPE_LEAFLET);
          if (leaflet != NULL && adw_leaflet_get_folded (ADW_LEAFLET (leaflet)) &&
              adw_leaflet_navigate (ADW_LEAFLET (leaflet), ADW_NAVIGATION_DIRECTION_BACK))
            {
              g_autofree char *tree_name = g_strconcat (name, "-tree", NULL);
              g_autofree char *tree_shot = NULL;

              gtk_test_widget_wait_for_draw (toplevel);
              tree_shot = evd_test_save_screenshot (toplevel, tree_name);
              evd_layout_audit_assert (toplevel, tree_name);
              adw_leaflet_navigate (ADW_LEAFLET (leaflet), ADW_NAVIGATION_DIRECTION_FORWARD);
            }
        }
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  resize (toplevel, width, height);
}

/* The main window --------------------------------------------------------- */

static gboolean
page_is (gpointer data)
{
  return g_strcmp0 (evd_window_get_visible_page (EVD_WINDOW (window)), data) == 0;
}

static EvdBrowser *
browser (void)
{
  return EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (window)));
}

static EvdSidebar *
sidebar (void)
{
  return EVD_SIDEBAR (evd_browser_get_sidebar (browser ()));
}

static EvdSidebarItem *
find_event_row (EvdEventType     type,
                EvdDisplayStatus status)
{
  GListModel *rows = evd_sidebar_get_rows (sidebar ());
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(EvdSidebarItem) item = gtk_tree_list_row_get_item (row);
      EvdEvent *event;

      if (evd_sidebar_item_get_kind (item) != EVD_SIDEBAR_ITEM_EVENT)
        continue;
      event = evd_sidebar_item_get_event (item);
      if ((type == EVD_EVENT_TYPE_UNKNOWN || evd_event_get_event_type (event) == type) &&
          evd_event_get_display_status (event, now) == status)
        return item;
    }
  return NULL;
}

static gboolean
sidebar_loaded (gpointer data)
{
  return !evd_sidebar_is_loading (sidebar ()) &&
         find_event_row (EVD_EVENT_TYPE_UNKNOWN, EVD_DISPLAY_STATUS_UPCOMING) != NULL;
}

static gboolean
page_loaded (gpointer data)
{
  GtkWidget *page = evd_browser_get_page (browser ());
  gboolean loading = TRUE;

  if (page == NULL || !G_TYPE_CHECK_INSTANCE_TYPE (page, GPOINTER_TO_SIZE (data)))
    return FALSE;
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "loading") == NULL)
    return TRUE;
  g_object_get (page, "loading", &loading, NULL);
  return !loading;
}

/* Selects an item of the tree, as a click on it does, and waits for its page. */
static GtkWidget *
show (EvdSidebarItem *item,
      const char     *section,
      GType           page_type)
{
  const char *path[] = {
    evd_hub_get_hub_id (evd_sidebar_item_get_hub (item)),
    item != NULL && evd_sidebar_item_get_event (item) != NULL
      ? evd_event_get_event_id (evd_sidebar_item_get_event (item)) : NULL,
    section,
    NULL
  };

  evd_browser_select_path (browser (), path);
  evd_test_iterate_until (page_loaded, GSIZE_TO_POINTER (page_type), TIMEOUT_MS);
  evd_test_iterate_for (300);
  gtk_test_widget_wait_for_draw (window);
  return evd_browser_get_page (browser ());
}

/* Tests ------------------------------------------------------------------- */

static void
test_welcome_and_connect (void)
{
  evd_test_iterate_until (page_is, (gpointer) "welcome", TIMEOUT_MS);
  audit (window, "welcome");

  gtk_widget_activate_action (window, "win.connect-account", NULL);
  evd_test_iterate_until (page_is, (gpointer) "connect", TIMEOUT_MS);
  audit (window, "connect");
  gtk_widget_activate_action (evd_window_get_connect_page (EVD_WINDOW (window)), "connect.back", NULL);
  evd_test_iterate_until (page_is, (gpointer) "welcome", TIMEOUT_MS);

  gtk_widget_activate_action (window, "win.explore-sample-data", NULL);
  evd_test_iterate_until (page_is, (gpointer) "browser", TIMEOUT_MS);
  evd_test_iterate_until (sidebar_loaded, NULL, TIMEOUT_MS);
}

static void
test_pages (void)
{
  EvdSidebarItem *upcoming = find_event_row (EVD_EVENT_TYPE_UNKNOWN, EVD_DISPLAY_STATUS_UPCOMING);
  EvdSidebarItem *conference = find_event_row (EVD_EVENT_TYPE_CONFERENCE, EVD_DISPLAY_STATUS_UPCOMING);
  GtkWidget *page;
  GListModel *sessions;
  g_autoptr(EvdSession) first = NULL;

  g_assert_nonnull (upcoming);
  show (upcoming, NULL, EVD_TYPE_EVENT_PAGE);
  {
    const char *hub_only[] = { evd_hub_get_hub_id (evd_sidebar_item_get_hub (upcoming)), NULL };

    evd_browser_select_path (browser (), hub_only);
    evd_test_iterate_until (page_loaded, GSIZE_TO_POINTER (g_type_from_name ("EvdHubPage")), TIMEOUT_MS);
    evd_test_iterate_for (300);
    audit (window, "hub");
  }

  show (upcoming, NULL, EVD_TYPE_EVENT_PAGE);
  audit (window, "event");

  show (upcoming, "registrations", EVD_TYPE_REGISTRATIONS_PAGE);
  audit (window, "registrations");

  g_assert_nonnull (conference);
  page = show (conference, "sessions", EVD_TYPE_SESSIONS_PAGE);
  audit (window, "sessions");

  sessions = evd_sessions_page_get_sessions (EVD_SESSIONS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), >, 0);
  first = g_list_model_get_item (sessions, 0);
  evd_sessions_page_show_session (EVD_SESSIONS_PAGE (page), first);
  evd_test_iterate_for (500);
  audit (window, "session");
  gtk_widget_activate_action (evd_sessions_page_get_detail (EVD_SESSIONS_PAGE (page)), "sessions.back", NULL);

  /* The session editor, from the list's Add button */
  g_assert_true (gtk_widget_activate_action (page, "sessions.add", NULL));
  {
    GtkWidget *editor = wait_for_toplevel (EVD_TYPE_SESSION_EDITOR);

    audit (editor, "session-editor");
    close_toplevel (editor);
  }
}

static gboolean
details_idle (gpointer data)
{
  return g_strcmp0 (evd_registration_details_get_state (data), "busy") != 0;
}

static GtkWidget *
find_menu_button (GtkWidget  *root,
                  const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_MENU_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      if ((found = find_menu_button (child, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
popover_shown (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* A menu's button shows no tooltip while the menu is open: it covered the
 * first item. */
static void
test_menu_tooltips (void)
{
  static const struct { const char *tooltip; const char *screen; } menus[] = {
    { "Main Menu", "menu-main" },
    { "More Actions", "menu-event" },
  };
  EvdSidebarItem *upcoming = find_event_row (EVD_EVENT_TYPE_UNKNOWN, EVD_DISPLAY_STATUS_UPCOMING);

  show (upcoming, NULL, EVD_TYPE_EVENT_PAGE);
  for (guint i = 0; i < G_N_ELEMENTS (menus); i++)
    {
      GtkWidget *button = find_menu_button (window, menus[i].tooltip);
      GtkWidget *toggle;

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_has_tooltip (button));
      toggle = gtk_widget_get_first_child (button);
      g_assert_true (GTK_IS_TOGGLE_BUTTON (toggle));
      gtk_widget_activate (toggle);
      evd_test_iterate_until (popover_shown, button, TIMEOUT_MS);
      g_assert_false (gtk_widget_get_has_tooltip (button));

      /* The open menu itself, audited as the window it is. */
      g_free (evd_test_save_screenshot (window, menus[i].screen));
      evd_layout_audit_assert (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))), menus[i].screen);

      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
      evd_test_iterate_for (50);
      g_assert_true (gtk_widget_get_has_tooltip (button));
    }
}

static void
test_registration_dialogs (void)
{
  EvdSidebarItem *upcoming = find_event_row (EVD_EVENT_TYPE_UNKNOWN, EVD_DISPLAY_STATUS_UPCOMING);
  GtkWidget *page = show (upcoming, "registrations", EVD_TYPE_REGISTRATIONS_PAGE);
  GtkWidget *column_view = find_descendant (page, GTK_TYPE_COLUMN_VIEW);
  GtkWidget *dialog;

  g_assert_nonnull (column_view);
  g_signal_emit_by_name (column_view, "activate", 0);
  dialog = wait_for_toplevel (EVD_TYPE_REGISTRATION_DETAILS);
  evd_test_iterate_until (details_idle, dialog, TIMEOUT_MS);
  audit (dialog, "registration-details");
  close_toplevel (dialog);

  click (find_button (page, "_Add Attendee…"));
  dialog = wait_for_toplevel (g_type_from_name ("EvdAddAttendeeDialog"));
  evd_test_iterate_for (300);
  audit (dialog, "add-attendee");
  close_toplevel (dialog);

  click (find_button (page, "_Paste Attendees…"));
  dialog = wait_for_toplevel (g_type_from_name ("EvdPasteAttendeesDialog"));
  audit (dialog, "paste-attendees");
  close_toplevel (dialog);
}

static void
audit_step (EvdImportAssistant *assistant,
            const char         *step)
{
  g_autofree char *screen = g_strconcat ("import-", step, NULL);

  evd_test_wait_for_import_step (GTK_WIDGET (assistant), step, TIMEOUT_MS);
  evd_test_iterate_for (200);
  audit (GTK_WIDGET (assistant), screen);
}

static gboolean
import_can_start (gpointer data)
{
  return evd_import_assistant_can_import (data);
}

static void
test_import_assistant (void)
{
  EvdSidebarItem *upcoming = find_event_row (EVD_EVENT_TYPE_UNKNOWN, EVD_DISPLAY_STATUS_UPCOMING);
  g_autofree char *path = g_build_filename (tmp_dir, "attendees.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EvdImportAssistant *assistant;
  const char *csv =
    "Email,First Name,Last Name\r\n"
    "ana.lopez@example.org,Ana,López\r\n"
    "ben.okafor@example.org,Ben,Okafor\r\n"
    "not-an-address,Carl,Weber\r\n"
    "ana.lopez@example.org,Ana,López\r\n";

  g_assert_true (g_file_set_contents (path, csv, -1, &error));
  g_assert_no_error (error);
  assistant = evd_import_assistant_new (GTK_WINDOW (window), evd_browser_get_client (browser ()),
                                        evd_sidebar_item_get_event (upcoming));
  evd_import_assistant_set_journal_directory (assistant, tmp_dir);
  gtk_window_present (GTK_WINDOW (assistant));
  audit_step (assistant, "file");

  evd_import_assistant_open_file (assistant, file);
  audit_step (assistant, "found");
  evd_import_assistant_go_next (assistant);
  audit_step (assistant, "checks");
  evd_import_assistant_go_next (assistant);
  audit_step (assistant, "options");
  evd_test_iterate_until (import_can_start, assistant, TIMEOUT_MS);
  evd_import_assistant_start_import (assistant);
  audit_step (assistant, "report");
  close_toplevel (GTK_WIDGET (assistant));
}

static void
test_event_dialogs (void)
{
  EvdSidebarItem *draft = find_event_row (EVD_EVENT_TYPE_UNKNOWN, EVD_DISPLAY_STATUS_DRAFT);
  EvdSidebarItem *conference = find_event_row (EVD_EVENT_TYPE_CONFERENCE, EVD_DISPLAY_STATUS_UPCOMING);
  GtkWidget *page, *dialog;

  g_assert_nonnull (draft);
  page = show (draft, NULL, EVD_TYPE_EVENT_PAGE);
  audit (window, "event-draft");

  click (find_button (page, "_Edit…"));
  dialog = wait_for_toplevel (EVD_TYPE_EVENT_EDIT_WINDOW);
  evd_test_iterate_for (300);
  audit (dialog, "edit-event");
  close_toplevel (dialog);

  click (find_button (page, "_Publish…"));
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  audit (dialog, "publish");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  evd_test_iterate_for (100);

  g_assert_true (gtk_widget_activate_action (find_descendant (page, g_type_from_name ("EvdEventActions")),
                                             "event.duplicate", NULL));
  dialog = wait_for_toplevel (EVD_TYPE_DUPLICATE_DIALOG);
  audit (dialog, "duplicate");
  close_toplevel (dialog);

  /* Ticket types belong to multi-session events. */
  g_assert_nonnull (conference);
  page = show (conference, NULL, EVD_TYPE_EVENT_PAGE);
  click (find_button (page, "Add _Ticket Type…"));
  dialog = wait_for_toplevel (EVD_TYPE_TICKET_TYPE_DIALOG);
  audit (dialog, "ticket-type");
  close_toplevel (dialog);
}

static void
test_new_event (void)
{
  static const char *types[] = { "single", "recurring", "multi" };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autofree char *screen = g_strconcat ("new-event-", types[i], NULL);
      GtkWidget *dialog;

      g_assert_true (gtk_widget_activate_action (window, "win.new-event", NULL));
      dialog = wait_for_toplevel (EVD_TYPE_NEW_EVENT_WINDOW);
      if (i == 0)
        audit (dialog, "new-event-type");
      gtk_widget_activate_action (dialog, "new-event.choose-type", "s", types[i]);
      gtk_widget_activate_action (dialog, "new-event.next", NULL);
      evd_test_iterate_for (500);
      g_assert_cmpstr (evd_new_event_window_get_step (EVD_NEW_EVENT_WINDOW (dialog)), ==, "details");
      audit (dialog, screen);
      close_toplevel (dialog);
    }
}

static void
test_preferences_and_about (void)
{
  GtkWidget *dialog;

  /* The shortcuts window has a name a screen reader can say. */
  {
    GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

    g_assert_nonnull (shortcuts);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (shortcuts)), ==, "Keyboard Shortcuts");
  }

  g_assert_true (gtk_widget_activate_action (window, "app.preferences", NULL));
  dialog = wait_for_toplevel (EVD_TYPE_PREFERENCES_WINDOW);
  audit (dialog, "preferences");
  close_toplevel (dialog);

  g_assert_true (gtk_widget_activate_action (window, "app.about", NULL));
  dialog = wait_for_toplevel (ADW_TYPE_ABOUT_WINDOW);
  audit (dialog, "about");

  /* Details says what Event Desk is for: "&" in it once emptied the page. */
  g_assert_nonnull (find_label_anywhere (dialog, "Create events, publish them and pre-register attendees "
                                                 "for Zoom Webinars Plus & Events."));
  close_toplevel (dialog);
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  evd_test_init_ui (&argc, &argv);

  tmp_dir = g_dir_make_tmp ("eventdesk-audit-XXXXXX", &error);
  g_assert_no_error (error);

  /* The real application: its accelerators, app.about and app.preferences. */
  app = evd_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = g_object_ref (GTK_WIDGET (evd_window_new (GTK_APPLICATION (app), evd_application_get_settings (app))));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, MAIN_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  g_test_add_func ("/layout-audit/welcome-and-connect", test_welcome_and_connect);
  g_test_add_func ("/layout-audit/pages", test_pages);
  g_test_add_func ("/layout-audit/menu-tooltips", test_menu_tooltips);
  g_test_add_func ("/layout-audit/registration-dialogs", test_registration_dialogs);
  g_test_add_func ("/layout-audit/import-assistant", test_import_assistant);
  g_test_add_func ("/layout-audit/event-dialogs", test_event_dialogs);
  g_test_add_func ("/layout-audit/new-event", test_new_event);
  g_test_add_func ("/layout-audit/preferences-and-about", test_preferences_and_about);
  status = g_test_run ();

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&window);
  g_clear_object (&app);
  remove_tmp_dir ();
  return status;
}
