/* test-keyboard.c: the app with the keyboard alone, real key presses
 *
 * Ctrl+F, typing, Tab into the tree, Down to an event, Ctrl+I (the import
 * for that event), Escape, Ctrl+N, Escape; on the event's hub page, Tab from
 * the tree to the page's buttons, Down to its first event, Enter; Ctrl+Q.
 *
 * The application runs as it does for an organizer (g_application_run with
 * --sample-data). Keys are pressed through the X server (tests/evd-test-keys.c),
 * so they travel the same way as a keyboard's. Xvfb has no window manager:
 * when a window appears, or the dialog in front closes, the test gives the
 * focus to the window that should have it, as a window manager would. Every
 * wait is for a state (focus, a page, a window), never for a length of time,
 * so the walk does not depend on the machine's speed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-application.h"
#include "evd-browser.h"
#include "evd-event-page.h"
#include "evd-hub-page.h"
#include "evd-import-assistant.h"
#include "evd-new-event-window.h"
#include "evd-sidebar.h"
#include "evd-sidebar-item.h"
#include "evd-test-keys.h"
#include "evd-test-utils.h"
#include "evd-window.h"

#define TIMEOUT_MS 20000

typedef struct
{
  EvdApplication *app;
  GtkWindow      *window;
  gboolean        walked;
  gboolean        quit_activated;
} Walk;

static GtkWidget *shown_page (Walk *walk);

/* States the walk waits for ----------------------------------------------- */

static GtkWidget *
focus_widget (Walk *walk)
{
  return gtk_window_get_focus (walk->window);
}

static gboolean
search_focused (gpointer data)
{
  GtkWidget *focus = focus_widget (data);

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL &&
         gtk_widget_get_ancestor (focus, EVD_TYPE_SIDEBAR) != NULL;
}

static EvdSidebar *
sidebar (Walk *walk)
{
  GtkWidget *browser = evd_window_get_browser (EVD_WINDOW (walk->window));

  return browser != NULL ? EVD_SIDEBAR (evd_browser_get_sidebar (EVD_BROWSER (browser))) : NULL;
}

static gboolean
sidebar_loaded (gpointer data)
{
  EvdSidebar *tree = sidebar (data);
  GListModel *rows;

  if (tree == NULL || evd_sidebar_is_loading (tree))
    return FALSE;
  rows = evd_sidebar_get_rows (tree);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(EvdSidebarItem) item = gtk_tree_list_row_get_item (row);

      if (evd_sidebar_item_get_kind (item) == EVD_SIDEBAR_ITEM_EVENT)
        return TRUE;
    }
  return FALSE;
}

/* The tree lists events, and every one of them has "summit" in its name. */
static gboolean
only_summits_listed (gpointer data)
{
  GListModel *rows = evd_sidebar_get_rows (sidebar (data));
  guint events = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(EvdSidebarItem) item = gtk_tree_list_row_get_item (row);
      g_autofree char *name = NULL;

      if (evd_sidebar_item_get_kind (item) != EVD_SIDEBAR_ITEM_EVENT)
        continue;
      name = g_utf8_casefold (evd_event_get_name (evd_sidebar_item_get_event (item)), -1);
      if (strstr (name, "summit") == NULL)
        return FALSE;
      events++;
    }
  return events > 0;
}

static gboolean
tree_focused (gpointer data)
{
  GtkWidget *focus = focus_widget (data);

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW) != NULL &&
         gtk_widget_get_ancestor (focus, EVD_TYPE_SIDEBAR) != NULL;
}

static gboolean
event_page_shown (gpointer data)
{
  GtkWidget *page = shown_page (data);

  return page != NULL && EVD_IS_EVENT_PAGE (page);
}

static gboolean
search_empty (gpointer data)
{
  GtkWidget *focus = focus_widget (data);
  GtkWidget *search = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) : NULL;

  return search != NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (search)), "") == 0 &&
         !only_summits_listed (data);
}

static gboolean
hub_page_shown (gpointer data)
{
  GtkWidget *page = shown_page (data);

  return page != NULL && EVD_IS_HUB_PAGE (page) && !evd_hub_page_is_loading (EVD_HUB_PAGE (page)) &&
         gtk_widget_get_mapped (page);
}

/* The focus is on a button of the hub page (its header) */
static gboolean
hub_button_focused (Walk *walk)
{
  GtkWidget *focus = focus_widget (walk);

  return focus != NULL && GTK_IS_BUTTON (focus) && gtk_widget_get_ancestor (focus, EVD_TYPE_HUB_PAGE) != NULL;
}

/* The focus is on a row of the hub page's list showing an event */
static gboolean
hub_event_focused (Walk *walk)
{
  GtkWidget *focus = focus_widget (walk);
  GtkWidget *child = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;

  return child != NULL && gtk_widget_get_ancestor (focus, EVD_TYPE_HUB_PAGE) != NULL &&
         G_TYPE_CHECK_INSTANCE_TYPE (child, g_type_from_name ("EvdHubEventRow"));
}

typedef struct
{
  Walk      *walk;
  GtkWidget *before;
} FocusWait;

static GtkWidget *
shown_page (Walk *walk)
{
  return evd_browser_get_page (EVD_BROWSER (evd_window_get_browser (EVD_WINDOW (walk->window))));
}

static gboolean
focus_moved_or_event_shown (gpointer data)
{
  FocusWait *wait = data;

  return focus_widget (wait->walk) != wait->before || event_page_shown (wait->walk);
}

/* Presses @key until @reached, at most @most times, each time until the
 * focus moved */
static void
press_until (Walk      *walk,
             guint      key,
             gboolean (*reached) (Walk *walk),
             guint      most)
{
  guint presses = 0;

  while (!reached (walk))
    {
      FocusWait wait = { walk, focus_widget (walk) };

      g_assert_cmpuint (++presses, <=, most);
      evd_test_press_key (key, 0);
      evd_test_iterate_until (focus_moved_or_event_shown, &wait, TIMEOUT_MS);
    }
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

static gboolean
toplevel_shown (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
toplevel_gone (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* The walk ---------------------------------------------------------------- */

static void
walk_cb (GApplication *application,
         Walk         *walk)
{
  GtkWindow *new_event, *assistant;
  GtkWidget *search_text, *title;
  guint downs = 0;

  walk->window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_assert_nonnull (walk->window);
  g_assert_true (EVD_IS_WINDOW (walk->window));
  evd_test_focus_window (walk->window);
  evd_test_iterate_until (sidebar_loaded, walk, TIMEOUT_MS);

  /* Ctrl+F: the search box of the tree takes the typing. */
  evd_test_press_key (GDK_KEY_f, GDK_CONTROL_MASK);
  evd_test_iterate_until (search_focused, walk, TIMEOUT_MS);
  evd_test_type_text ("summit");
  evd_test_iterate_until (only_summits_listed, walk, TIMEOUT_MS);
  search_text = gtk_widget_get_ancestor (focus_widget (walk), GTK_TYPE_SEARCH_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_text)), ==, "summit");

  /* Tab into the tree, Down until an event is chosen and its page shows. */
  evd_test_press_key (GDK_KEY_Tab, 0);
  evd_test_iterate_until (tree_focused, walk, TIMEOUT_MS);
  while (!event_page_shown (walk))
    {
      FocusWait wait = { walk, focus_widget (walk) };

      g_assert_cmpuint (++downs, <=, 4);
      evd_test_press_key (GDK_KEY_Down, 0);
      /* The key has been handled once the focus moved to the next row. */
      evd_test_iterate_until (focus_moved_or_event_shown, &wait, TIMEOUT_MS);
    }
  g_assert_true (tree_focused (walk));
  g_assert_true (only_summits_listed (walk));

  /* Ctrl+I, with the focus still in the tree: the import for this event
   * opens and asks for a file. Escape answers the file chooser, Escape
   * again closes the import. */
  evd_test_press_key (GDK_KEY_i, GDK_CONTROL_MASK);
  evd_test_iterate_until (toplevel_shown, GSIZE_TO_POINTER (EVD_TYPE_IMPORT_ASSISTANT), TIMEOUT_MS);
  assistant = find_toplevel (EVD_TYPE_IMPORT_ASSISTANT);
  title = find_descendant (GTK_WIDGET (assistant), ADW_TYPE_WINDOW_TITLE);
  g_assert_nonnull (title);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==,
                   evd_event_get_name (evd_event_page_get_event (EVD_EVENT_PAGE (shown_page (walk)))));
  evd_test_iterate_until (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), TIMEOUT_MS);
  evd_test_focus_window (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  evd_test_press_key (GDK_KEY_Escape, 0);
  evd_test_iterate_until (toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), TIMEOUT_MS);
  evd_test_focus_window (assistant);
  evd_test_press_key (GDK_KEY_Escape, 0);
  evd_test_iterate_until (toplevel_gone, GSIZE_TO_POINTER (EVD_TYPE_IMPORT_ASSISTANT), TIMEOUT_MS);
  evd_test_focus_window (walk->window);

  /* Ctrl+N opens New Event; Escape closes it, nothing typed. */
  evd_test_press_key (GDK_KEY_n, GDK_CONTROL_MASK);
  evd_test_iterate_until (toplevel_shown, GSIZE_TO_POINTER (EVD_TYPE_NEW_EVENT_WINDOW), TIMEOUT_MS);
  new_event = find_toplevel (EVD_TYPE_NEW_EVENT_WINDOW);
  evd_test_focus_window (new_event);
  g_free (evd_test_save_screenshot (GTK_WIDGET (new_event), "keyboard-new-event"));
  evd_test_press_key (GDK_KEY_Escape, 0);
  evd_test_iterate_until (toplevel_gone, GSIZE_TO_POINTER (EVD_TYPE_NEW_EVENT_WINDOW), TIMEOUT_MS);

  /* The event's hub: from the tree, Tab reaches the page's buttons (what
   * the hub is, above its events, in one list), Down its first event, and
   * Enter opens it. */
  evd_test_focus_window (walk->window);
  {
    EvdEvent *event = evd_event_page_get_event (EVD_EVENT_PAGE (shown_page (walk)));
    const char *hub_path[] = { evd_event_get_hub_id (event), NULL };
    g_autoptr(EvdEvent) first = NULL;
    GtkWidget *browser = evd_window_get_browser (EVD_WINDOW (walk->window));

    evd_browser_select_path (EVD_BROWSER (browser), hub_path);
    evd_test_iterate_until (hub_page_shown, walk, TIMEOUT_MS);
    first = g_list_model_get_item (evd_hub_page_get_events (EVD_HUB_PAGE (shown_page (walk))), 0);
    g_assert_nonnull (first);
    /* The search emptied first: the tree lists the hub's every event */
    evd_test_press_key (GDK_KEY_f, GDK_CONTROL_MASK);
    evd_test_iterate_until (search_focused, walk, TIMEOUT_MS);
    evd_test_press_key (GDK_KEY_a, GDK_CONTROL_MASK);
    evd_test_press_key (GDK_KEY_BackSpace, 0);
    evd_test_iterate_until (search_empty, walk, TIMEOUT_MS);
    press_until (walk, GDK_KEY_Tab, hub_button_focused, 20);
    press_until (walk, GDK_KEY_Down, hub_event_focused, 10);
    evd_test_press_key (GDK_KEY_Return, 0);
    evd_test_iterate_until (event_page_shown, walk, TIMEOUT_MS);
    g_assert_cmpstr (evd_event_get_event_id (evd_event_page_get_event (EVD_EVENT_PAGE (shown_page (walk)))), ==,
                     evd_event_get_event_id (first));
  }

  /* Back in the main window, Ctrl+Q quits. */
  evd_test_focus_window (walk->window);
  g_free (evd_test_save_screenshot (GTK_WIDGET (walk->window), "keyboard-event-page"));
  evd_test_press_key (GDK_KEY_q, GDK_CONTROL_MASK);
  walk->walked = TRUE;
  /* Returning lets g_application_run () see the quit; an application that
   * did not quit keeps running, and the test's time-out fails it. */
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   Walk          *walk)
{
  walk->quit_activated = TRUE;
}

static void
startup_cb (GApplication *application,
            Walk         *walk)
{
  GAction *quit = g_action_map_lookup_action (G_ACTION_MAP (application), "quit");

  g_assert_nonnull (quit);
  g_signal_connect (quit, "activate", G_CALLBACK (quit_activated_cb), walk);
}

static void
test_keyboard_walk (void)
{
  char *argv[] = { (char *) "eventdesk", (char *) "--sample-data", NULL };
  Walk walk = { NULL };
  int status;

  if (!evd_test_keys_available ())
    {
      g_test_skip ("Real key presses need an X server with XTEST (tests/headless.sh starts one)");
      return;
    }

  walk.app = evd_application_new ();
  /* No other instance to hand over to on the test's own bus, but be sure. */
  g_application_set_flags (G_APPLICATION (walk.app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (walk.app, "startup", G_CALLBACK (startup_cb), &walk);
  g_signal_connect_after (walk.app, "activate", G_CALLBACK (walk_cb), &walk);

  status = g_application_run (G_APPLICATION (walk.app), G_N_ELEMENTS (argv) - 1, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (walk.walked);
  g_assert_true (walk.quit_activated);
  g_clear_object (&walk.app);
}

int
main (int   argc,
      char *argv[])
{
  evd_test_init_ui (&argc, &argv);
  g_test_add_func ("/keyboard/walk", test_keyboard_walk);
  return g_test_run ();
}
