/* evd-sidebar.c: hubs → events → sessions and registrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-page-util.h"
#include "evd-ui-util.h"

#include "evd-hub-events.h"
#include "evd-sidebar.h"
#include "evd-sidebar-row.h"

/* The tree is a GtkTreeListModel over a store of hubs, shown by a recycling
 * GtkListView. A hub's row is the one store of its events
 * (evd-hub-events.c): they load the first time the row is expanded or the
 * hub page asks (a "Loading" row shows meanwhile, a failed load becomes a
 * row with Retry). Refresh asks Zoom again and changes only what changed:
 * hubs and events keep their rows. Search filters the events of every hub
 * by name. The selection is kept as a path of ids, so it survives a
 * refresh and the next start. */
struct _EvdSidebar
{
  GtkWidget           parent_instance;

  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkSpinner         *spinner;
  GtkListView        *list_view;
  AdwStatusPage      *error_page;

  EvdClient          *client;
  GCancellable       *cancellable;
  GListStore         *hubs;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  char               *search_text;
  gboolean            load_failed;  /* the last reload of the hubs failed */
  char              **pending_path;
  EvdSidebarItem     *selected;
  guint               loads_in_flight;   /* the hubs' list */
  gboolean            hubs_loaded;
  gboolean            loading;
  EvdSidebarItem     *open_when_loaded;   /* the hub opened at start, once its size is known */
};

/* A hub opened at start shows its events below it when they fit in a few
 * screens. A larger one stays closed: its page beside the sidebar lists
 * them all (and the search above finds any), while a sidebar of thousands
 * of rows would push every other hub out of reach (and keep GTK's 200 row
 * widgets of its list). A click opens it like any other. */
#define OPEN_AT_START_MAX_EVENTS 100

G_DEFINE_FINAL_TYPE (EvdSidebar, evd_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_ITEM,
  PROP_LOADING,
  PROP_LOAD_FAILED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void try_restore_pending_path (EvdSidebar *self);

GtkWidget *
evd_sidebar_new (void)
{
  return g_object_new (EVD_TYPE_SIDEBAR, NULL);
}

static gboolean
hub_is_loading (EvdSidebarItem *hub)
{
  return evd_sidebar_item_get_children_state (hub) == EVD_CHILDREN_LOADING ||
         evd_sidebar_item_is_refreshing (hub);
}

/* Loading while the hubs or any hub's events are on their way */
static void
update_loading (EvdSidebar *self)
{
  gboolean loading = self->loads_in_flight > 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->hubs));

  for (guint i = 0; i < n && !loading; i++)
    {
      g_autoptr(EvdSidebarItem) hub = g_list_model_get_item (G_LIST_MODEL (self->hubs), i);

      loading = hub_is_loading (hub);
    }
  if (loading == self->loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_loads_in_flight (EvdSidebar *self,
                     int         delta)
{
  self->loads_in_flight += delta;
  update_loading (self);
}

static void
set_load_failed (EvdSidebar *self,
                 gboolean    failed)
{
  if (self->load_failed == failed)
    return;
  self->load_failed = failed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOAD_FAILED]);
}

/**
 * evd_sidebar_get_load_failed:
 *
 * Returns: whether the last time the hubs were loaded, Zoom could not be
 *   reached or refused; the page shown may then be out of date
 */
gboolean
evd_sidebar_get_load_failed (EvdSidebar *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR (self), FALSE);

  return self->load_failed;
}

/* Finding rows ------------------------------------------------------------ */

static guint
find_row_position (EvdSidebar     *self,
                   EvdSidebarItem *item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == (GObject *) item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static EvdSidebarItem *
find_hub (EvdSidebar *self,
          const char *hub_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->hubs));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdSidebarItem) hub = g_list_model_get_item (G_LIST_MODEL (self->hubs), i);

      if (g_strcmp0 (evd_sidebar_item_get_id (hub), hub_id) == 0)
        return hub;
    }
  return NULL;
}

static void
select_item (EvdSidebar     *self,
             EvdSidebarItem *item)
{
  guint position = find_row_position (self, item);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
expand_item (EvdSidebar     *self,
             EvdSidebarItem *item)
{
  guint position = find_row_position (self, item);
  g_autoptr(GtkTreeListRow) row = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  row = gtk_tree_list_model_get_row (self->tree, position);
  gtk_tree_list_row_set_expanded (row, TRUE);
}

/* Loading children -------------------------------------------------------- */

static void
replace_children (EvdSidebarItem *parent,
                  GPtrArray      *items)
{
  GListStore *store = evd_sidebar_item_get_children (parent);

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

/* The hub opened at start, once its events are in: see
 * OPEN_AT_START_MAX_EVENTS */
static void
open_if_small (EvdSidebar     *self,
               EvdSidebarItem *hub)
{
  GListModel *events = G_LIST_MODEL (evd_sidebar_item_get_children (hub));

  if (hub != self->open_when_loaded || hub_is_loading (hub))
    return;
  g_clear_object (&self->open_when_loaded);
  if (g_list_model_get_n_items (events) <= OPEN_AT_START_MAX_EVENTS)
    expand_item (self, hub);
}

/* A hub's events arrived, failed or started loading (whoever asked) */
static void
hub_state_cb (EvdSidebarItem *hub,
              GParamSpec     *pspec,
              EvdSidebar     *self)
{
  update_loading (self);
  if (!hub_is_loading (hub))
    {
      open_if_small (self, hub);
      try_restore_pending_path (self);
    }
}

static void
fill_event_sections (EvdSidebarItem *event_item)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  EvdEventType type = evd_event_get_event_type (evd_sidebar_item_get_event (event_item));

  /* A single-session event has exactly one session: its own page says it all. */
  if (type == EVD_EVENT_TYPE_CONFERENCE || type == EVD_EVENT_TYPE_RECURRING)
    g_ptr_array_add (items, evd_sidebar_item_new_child (EVD_SIDEBAR_ITEM_SESSIONS, event_item));
  g_ptr_array_add (items, evd_sidebar_item_new_child (EVD_SIDEBAR_ITEM_REGISTRATIONS, event_item));
  replace_children (event_item, items);
  evd_sidebar_item_set_children_state (event_item, EVD_CHILDREN_LOADED);
}

/* Called when a row is expanded, by a person or by restoring a selection. */
static void
ensure_children (EvdSidebar     *self,
                 EvdSidebarItem *item)
{
  EvdChildrenState state = evd_sidebar_item_get_children_state (item);

  if (state == EVD_CHILDREN_LOADING || state == EVD_CHILDREN_LOADED)
    return;

  if (evd_sidebar_item_get_kind (item) == EVD_SIDEBAR_ITEM_HUB)
    evd_hub_events_load (item, self->client, FALSE, NULL);
  else if (evd_sidebar_item_get_kind (item) == EVD_SIDEBAR_ITEM_EVENT)
    fill_event_sections (item);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  EvdSidebar *self = user_data;
  EvdSidebarItem *sidebar_item = item;
  GListStore *store;

  if (!evd_sidebar_item_is_expandable (sidebar_item))
    return NULL;

  /* GtkTreeListModel asks for children to learn whether a row can expand,
   * so nothing is fetched here: only what shows until the row is opened. */
  if (evd_sidebar_item_get_kind (sidebar_item) == EVD_SIDEBAR_ITEM_EVENT)
    ensure_children (self, sidebar_item);

  store = evd_sidebar_item_get_children (sidebar_item);
  if (evd_sidebar_item_get_kind (sidebar_item) == EVD_SIDEBAR_ITEM_HUB)
    {
      if (evd_sidebar_item_get_children_state (sidebar_item) == EVD_CHILDREN_NOT_LOADED &&
          g_list_model_get_n_items (G_LIST_MODEL (store)) == 0)
        {
          g_autoptr(EvdSidebarItem) loading = evd_sidebar_item_new_placeholder (EVD_SIDEBAR_ITEM_LOADING,
                                                                                _("Loading events…"),
                                                                                sidebar_item);

          g_list_store_append (store, loading);
        }

      return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)),
                                                      GTK_FILTER (g_object_ref (self->filter))));
    }

  return g_object_ref (G_LIST_MODEL (store));
}

/* Rows -------------------------------------------------------------------- */

static void
row_expanded_cb (GtkTreeListRow *row,
                 GParamSpec     *pspec,
                 EvdSidebar     *self)
{
  g_autoptr(GObject) item = NULL;

  if (!gtk_tree_list_row_get_expanded (row))
    return;

  item = gtk_tree_list_row_get_item (row);
  ensure_children (self, EVD_SIDEBAR_ITEM (item));
}

static void
retry_requested_cb (EvdSidebarRow  *row,
                    EvdSidebarItem *item,
                    EvdSidebar     *self)
{
  EvdSidebarItem *parent = evd_sidebar_item_get_parent (item);

  if (parent == NULL)
    return;

  evd_sidebar_item_set_children_state (parent, EVD_CHILDREN_NOT_LOADED);
  ensure_children (self, parent);
}

static void
setup_row_cb (GtkListItemFactory *factory,
              GtkListItem        *list_item,
              EvdSidebar         *self)
{
  GtkWidget *row = evd_sidebar_row_new ();

  g_signal_connect_object (row, "retry", G_CALLBACK (retry_requested_cb), self, 0);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (GtkListItemFactory *factory,
             GtkListItem        *list_item,
             EvdSidebar         *self)
{
  GtkTreeListRow *row = GTK_TREE_LIST_ROW (gtk_list_item_get_item (list_item));
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
  EvdSidebarItemKind kind = evd_sidebar_item_get_kind (EVD_SIDEBAR_ITEM (item));

  evd_sidebar_row_bind (EVD_SIDEBAR_ROW (gtk_list_item_get_child (list_item)), row);
  gtk_list_item_set_selectable (list_item, kind != EVD_SIDEBAR_ITEM_LOADING &&
                                           kind != EVD_SIDEBAR_ITEM_ERROR &&
                                           kind != EVD_SIDEBAR_ITEM_EMPTY);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (row_expanded_cb), self, 0);
  if (gtk_tree_list_row_get_expanded (row))
    ensure_children (self, EVD_SIDEBAR_ITEM (item));
}

static void
unbind_row_cb (GtkListItemFactory *factory,
               GtkListItem        *list_item,
               EvdSidebar         *self)
{
  GtkTreeListRow *row = GTK_TREE_LIST_ROW (gtk_list_item_get_item (list_item));

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, row_expanded_cb, self);
  evd_sidebar_row_bind (EVD_SIDEBAR_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
list_view_activate_cb (EvdSidebar *self,
                       guint       position)
{
  g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, position);

  if (row != NULL && gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

/* Search ------------------------------------------------------------------ */

static gboolean
filter_event_cb (gpointer item,
                 gpointer user_data)
{
  EvdSidebar *self = user_data;
  g_autofree char *folded = NULL;

  if (self->search_text == NULL || evd_sidebar_item_get_kind (item) != EVD_SIDEBAR_ITEM_EVENT)
    return TRUE;

  folded = g_utf8_casefold (evd_sidebar_item_get_title (item), -1);
  return strstr (folded, self->search_text) != NULL;
}

static void
search_changed_cb (EvdSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint n;

  g_clear_pointer (&self->search_text, g_free);
  if (*stripped != '\0')
    self->search_text = g_utf8_casefold (stripped, -1);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* Searching looks in every hub, so open them all. */
  if (self->search_text == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->hubs));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdSidebarItem) hub = g_list_model_get_item (G_LIST_MODEL (self->hubs), i);

      expand_item (self, hub);
      ensure_children (self, hub);
    }
}

/* Selection --------------------------------------------------------------- */

/**
 * evd_sidebar_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the selected hub, event or section
 */
EvdSidebarItem *
evd_sidebar_get_selected_item (EvdSidebar *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR (self), NULL);

  return self->selected;
}

static void
selection_changed_cb (EvdSidebar *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  /* A refresh empties the tree for a moment; the page stays until the same
   * row (or another) is selected again. */
  if (item == NULL && self->pending_path != NULL)
    return;

  if (g_set_object (&self->selected, EVD_SIDEBAR_ITEM (item)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/**
 * evd_sidebar_dup_selected_path:
 *
 * Returns: (transfer full) (nullable): the ids from the hub down to the
 *   selected row, e.g. { hub_id, event_id, "registrations" }
 */
char **
evd_sidebar_dup_selected_path (EvdSidebar *self)
{
  EvdSidebarItem *item = evd_sidebar_get_selected_item (self);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  /* While a refresh restores the selection, the row being restored is what
   * is selected, as far as anyone asking is concerned. */
  if (self->pending_path != NULL)
    return g_strdupv (self->pending_path);

  if (item == NULL)
    return NULL;

  for (EvdSidebarItem *i = item; i != NULL; i = evd_sidebar_item_get_parent (i))
    {
      g_ptr_array_insert (ids, 0, g_strdup (evd_sidebar_item_get_id (i)));

      /* Only a chain up to its hub is a path; a row whose parents are gone
       * (the tree is being torn down) has none. */
      if (evd_sidebar_item_get_parent (i) == NULL &&
          evd_sidebar_item_get_kind (i) != EVD_SIDEBAR_ITEM_HUB)
        {
          g_ptr_array_set_free_func (ids, g_free);
          return NULL;
        }
    }
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

/* Walks the pending path as far as what has loaded allows, opening rows on
 * the way; called again whenever a hub's events arrive. */
static void
try_restore_pending_path (EvdSidebar *self)
{
  EvdSidebarItem *item;
  guint depth;

  if (self->pending_path == NULL || self->pending_path[0] == NULL)
    return;

  /* Asked before the hubs arrived: hubs_cb comes back here. */
  if (!self->hubs_loaded)
    return;

  item = find_hub (self, self->pending_path[0]);
  if (item == NULL)
    {
      g_clear_pointer (&self->pending_path, g_strfreev);
      return;
    }

  for (depth = 1; self->pending_path[depth] != NULL; depth++)
    {
      EvdSidebarItem *child;

      expand_item (self, item);
      ensure_children (self, item);
      if (evd_sidebar_item_get_children_state (item) == EVD_CHILDREN_LOADING)
        return;   /* comes back here when the children arrive */

      child = evd_sidebar_item_find_child (item, self->pending_path[depth]);
      /* A new event may come with the refresh on its way */
      if (child == NULL && (self->loads_in_flight > 0 || evd_sidebar_item_is_refreshing (item)))
        return;
      if (child == NULL)
        break;
      item = child;
    }

  g_clear_pointer (&self->pending_path, g_strfreev);
  select_item (self, item);
}

/**
 * evd_sidebar_select_path:
 * @path: ids from a hub down, as from evd_sidebar_dup_selected_path()
 *
 * Selects that row once it has loaded, opening its parents.
 */
void
evd_sidebar_select_path (EvdSidebar         *self,
                         const char * const *path)
{
  g_return_if_fail (EVD_IS_SIDEBAR (self));

  g_strfreev (self->pending_path);
  self->pending_path = g_strdupv ((char **) path);
  try_restore_pending_path (self);
}

/* Hubs -------------------------------------------------------------------- */

/* Keeps the rows of hubs still there (their events, expanded state and
 * selection with them; loaded events are asked for again), drops the
 * others and adds the new ones, in Zoom's order. */
static void
merge_hubs (EvdSidebar *self,
            GListModel *hubs)
{
  guint n = g_list_model_get_n_items (hubs);
  g_autoptr(GHashTable) new_ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);

      g_hash_table_add (new_ids, (gpointer) evd_hub_get_hub_id (hub));
    }
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->hubs)); i > 0; i--)
    {
      g_autoptr(EvdSidebarItem) old = g_list_model_get_item (G_LIST_MODEL (self->hubs), i - 1);

      if (!g_hash_table_contains (new_ids, evd_sidebar_item_get_id (old)))
        {
          g_signal_handlers_disconnect_by_func (old, hub_state_cb, self);
          g_list_store_remove (self->hubs, i - 1);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);
      EvdSidebarItem *kept = find_hub (self, evd_hub_get_hub_id (hub));
      g_autoptr(EvdSidebarItem) item = NULL;

      if (kept != NULL)
        {
          guint position = find_row_position (self, kept);
          g_autoptr(GtkTreeListRow) row = position != GTK_INVALID_LIST_POSITION
                                          ? gtk_tree_list_model_get_row (self->tree, position) : NULL;

          evd_sidebar_item_update_hub (kept, hub);
          /* Loaded: asked again. Open but cut short by the refresh: loaded. */
          if (evd_sidebar_item_get_children_state (kept) == EVD_CHILDREN_LOADED ||
              (row != NULL && gtk_tree_list_row_get_expanded (row)))
            evd_hub_events_load (kept, self->client, TRUE, NULL);
          continue;
        }
      item = evd_sidebar_item_new_hub (hub);
      g_signal_connect_object (item, "notify::children-state", G_CALLBACK (hub_state_cb), self, 0);
      g_list_store_insert (self->hubs, MIN (i, g_list_model_get_n_items (G_LIST_MODEL (self->hubs))), item);
    }
}

static void
hubs_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(EvdSidebar) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  guint n;

  hubs = evd_client_list_hubs_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_set_spinning (self->spinner, FALSE);

  if (hubs == NULL)
    {
      set_loads_in_flight (self, -1);
      /* Hubs already shown stay (the page says it may be out of date) */
      if (g_list_model_get_n_items (G_LIST_MODEL (self->hubs)) == 0)
        {
          adw_status_page_set_description (self->error_page, error->message);
          gtk_stack_set_visible_child_name (self->stack, "error");
        }
      set_load_failed (self, TRUE);
      try_restore_pending_path (self);
      return;
    }
  set_load_failed (self, FALSE);

  /* Done loading only once the hubs' own refreshes have started: whoever
   * waits for the end of a refresh must not see it end twice */
  n = g_list_model_get_n_items (hubs);
  merge_hubs (self, hubs);
  self->hubs_loaded = TRUE;
  set_loads_in_flight (self, -1);

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");

  /* With nothing to restore and nothing selected, open the first hub: an
   * organizer comes for events. */
  if (self->pending_path == NULL && self->selected == NULL && n > 0)
    {
      g_autoptr(EvdSidebarItem) first = g_list_model_get_item (G_LIST_MODEL (self->hubs), 0);
      const char *path[] = { evd_sidebar_item_get_id (first), NULL };

      evd_sidebar_select_path (self, path);
      g_set_object (&self->open_when_loaded, first);
      ensure_children (self, first);
      open_if_small (self, first);
    }
  else
    {
      try_restore_pending_path (self);
    }
}

/**
 * evd_sidebar_reload:
 *
 * Asks Zoom for the hubs again, and for the events of every hub loaded;
 * rows that are still there stay, with the selection.
 */
void
evd_sidebar_reload (EvdSidebar *self)
{
  g_auto(GStrv) path = NULL;

  g_return_if_fail (EVD_IS_SIDEBAR (self));

  if (self->client == NULL)
    return;

  path = evd_sidebar_dup_selected_path (self);
  if (path != NULL)
    {
      g_strfreev (self->pending_path);
      self->pending_path = g_steal_pointer (&path);
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loads_in_flight = 0;

  /* Hubs already shown stay, with their events, until Zoom answers */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->hubs)) == 0)
    {
      self->hubs_loaded = FALSE;
      gtk_spinner_set_spinning (self->spinner, TRUE);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }

  set_loads_in_flight (self, +1);
  evd_client_list_hubs_async (self->client, self->cancellable, hubs_cb, g_object_ref (self));
}

void
evd_sidebar_set_client (EvdSidebar *self,
                        EvdClient  *client)
{
  g_return_if_fail (EVD_IS_SIDEBAR (self));
  g_return_if_fail (!client || EVD_IS_CLIENT (client));

  if (!g_set_object (&self->client, client))
    return;

  evd_sidebar_reload (self);
}

void
evd_sidebar_focus_search (EvdSidebar *self)
{
  g_return_if_fail (EVD_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * evd_sidebar_is_restoring_selection:
 *
 * Returns: whether a selection asked for (or kept through a refresh) is
 *   still waiting for its rows to load
 */
gboolean
evd_sidebar_is_restoring_selection (EvdSidebar *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR (self), FALSE);

  return self->pending_path != NULL;
}

/**
 * evd_sidebar_get_rows:
 *
 * Returns: (transfer none): the rows as shown, a #GtkTreeListModel
 */
GListModel *
evd_sidebar_get_rows (EvdSidebar *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->tree);
}

gboolean
evd_sidebar_is_loading (EvdSidebar *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR (self), FALSE);

  return self->loading;
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  evd_sidebar_reload (EVD_SIDEBAR (widget));
}

static void
evd_sidebar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EvdSidebar *self = EVD_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, evd_sidebar_get_selected_item (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, evd_sidebar_is_loading (self));
      break;

    case PROP_LOAD_FAILED:
      g_value_set_boolean (value, self->load_failed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_sidebar_dispose (GObject *object)
{
  EvdSidebar *self = EVD_SIDEBAR (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_SIDEBAR);
  evd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);

  G_OBJECT_CLASS (evd_sidebar_parent_class)->dispose (object);
}

static void
evd_sidebar_finalize (GObject *object)
{
  EvdSidebar *self = EVD_SIDEBAR (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->hubs);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->pending_path, g_strfreev);
  g_clear_object (&self->selected);
  g_clear_object (&self->open_when_loaded);

  G_OBJECT_CLASS (evd_sidebar_parent_class)->finalize (object);
}

static void
evd_sidebar_class_init (EvdSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_sidebar_get_property;
  object_class->dispose = evd_sidebar_dispose;
  object_class->finalize = evd_sidebar_finalize;

  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, EVD_TYPE_SIDEBAR_ITEM,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOAD_FAILED] =
    g_param_spec_boolean ("load-failed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/browse/evd-sidebar.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdSidebar, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, EvdSidebar, error_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "sidebar.reload", NULL, reload_action);
}

static void
evd_sidebar_init (EvdSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->hubs = g_list_store_new (EVD_TYPE_SIDEBAR_ITEM);
  self->filter = gtk_custom_filter_new (filter_event_cb, self, NULL);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->hubs)), FALSE, FALSE,
                                        create_children_cb, self, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}
