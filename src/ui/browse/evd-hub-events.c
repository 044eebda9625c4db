/* evd-hub-events.c: a hub's events, downloaded once and shared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-hub-events"

#include "config.h"

#include <glib/gi18n.h>
#if HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "evd-hub-events.h"
#include "evd-page-util.h"

/* The hub's row in the sidebar is the one store of its events: the sidebar
 * shows them under it, the hub page lists and counts them, search filters
 * them. Whoever needs them first starts the one download; the others follow
 * the row's children-state. A refresh asks Zoom again and changes only the
 * rows that changed, so selections and scroll positions stay. An account
 * may have 10,000 events in a hub: everything here is one pass over them. */

typedef struct
{
  EvdSidebarItem *hub;
  gboolean        refresh;
} Load;

static void
load_free (Load *load)
{
  g_object_unref (load->hub);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

/* The order every list of events shows (evd_event_compare_for_display) */
static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  /* g_ptr_array_sort_with_data() passes pointers to the elements */
  return evd_event_compare_for_display (evd_sidebar_item_get_event (*(EvdSidebarItem **) a),
                                        evd_sidebar_item_get_event (*(EvdSidebarItem **) b), user_data);
}

static void
show_single_child (EvdSidebarItem     *hub,
                   EvdSidebarItemKind  kind,
                   const char         *title)
{
  GListStore *store = evd_sidebar_item_get_children (hub);
  g_autoptr(EvdSidebarItem) child = evd_sidebar_item_new_placeholder (kind, title, hub);

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), (gpointer *) &child, 1);
}

/* Makes the store hold @items (sorted), touching only what differs: rows
 * gone are removed, new ones inserted where they sort. When the order of
 * the rows kept changed (an event moved), or most rows changed, the store
 * is replaced in one step instead. */
static void
merge_children (EvdSidebarItem *hub,
                GPtrArray      *items)
{
  GListModel *store = G_LIST_MODEL (evd_sidebar_item_get_children (hub));
  guint n_old = g_list_model_get_n_items (store);
  g_autoptr(GHashTable) new_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  guint n_changes = 0;

  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (new_ids, (gpointer) evd_sidebar_item_get_id (g_ptr_array_index (items, i)));

  for (guint i = n_old; i > 0; i--)
    {
      g_autoptr(EvdSidebarItem) old = g_list_model_get_item (store, i - 1);
      const char *id = evd_sidebar_item_get_id (old);

      if (id == NULL || !g_hash_table_contains (new_ids, id))
        n_changes++;
      else
        g_ptr_array_insert (kept, 0, (gpointer) id);
    }
  n_changes += items->len - kept->len;

  /* The kept rows must be in the same order in both for single steps */
  for (guint i = 0, k = 0; i < items->len && k < kept->len; i++)
    {
      const char *id = evd_sidebar_item_get_id (g_ptr_array_index (items, i));

      if (g_str_equal (id, g_ptr_array_index (kept, k)))
        k++;
      else if (g_hash_table_contains (new_ids, id) && g_ptr_array_find_with_equal_func (kept, id, g_str_equal, NULL))
        {
          /* One is enough: the store is replaced in one step */
          n_changes = G_MAXUINT;
          break;
        }
    }

  if (n_old == 0 || n_changes > 100 || n_changes > items->len / 2)
    {
      g_list_store_splice (G_LIST_STORE (store), 0, n_old, items->pdata, items->len);
      return;
    }

  /* Remove what is gone, from the end, then insert what is new in order */
  {
    g_autoptr(GHashTable) old_ids = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = n_old; i > 0; i--)
      {
        g_autoptr(EvdSidebarItem) old = g_list_model_get_item (store, i - 1);
        const char *id = evd_sidebar_item_get_id (old);

        if (id == NULL || !g_hash_table_contains (new_ids, id))
          g_list_store_remove (G_LIST_STORE (store), i - 1);
        else
          g_hash_table_add (old_ids, (gpointer) id);
      }
    for (guint i = 0; i < items->len; i++)
      {
        EvdSidebarItem *item = g_ptr_array_index (items, i);

        if (!g_hash_table_contains (old_ids, evd_sidebar_item_get_id (item)))
          g_list_store_insert (G_LIST_STORE (store), i, item);
      }
  }
}

/* The first download fills the store a little at a time. GtkListView
 * (GTK 4.8) makes a row for up to 200 items of each list whether they show
 * or not, and measuring their wrapped text (Pango and HarfBuzz shaping it)
 * is what kept the window from drawing for over half a second when 5,000
 * events arrived in one step. A few rows per frame keep that work within
 * a frame's budget; once every list has all the rows it will make, the
 * rest goes in large steps, which cost the lists little.
 *
 * How many rows fit in the budget depends on the machine and on what else
 * it does (a new row costs 1 ms on an idle machine, 4 on a busy one): each
 * step measures what the frames after the last one took and sizes the next
 * to fit. */
#define FILL_FIRST_ROWS   200
#define FILL_AT_ONCE      20
#define FILL_FIRST_STEP   4
#define FILL_MIN_STEP     6
#define FILL_MAX_STEP     24
#define FILL_LARGE_STEP   2000
#define FILL_INTERVAL_MS  16
#define FILL_BUDGET_US    (20 * 1000)

typedef struct
{
  EvdSidebarItem *hub;
  GPtrArray      *items;
  guint           n_added;
  guint           step;
  guint           last_step;
  gint64          last_step_end;
} Fill;

static void
fill_free (Fill *fill)
{
  g_object_unref (fill->hub);
  g_ptr_array_unref (fill->items);
  g_free (fill);
}

#if HAVE_MALLOC_TRIM
static void
trim_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  malloc_trim (0);
  g_task_return_boolean (task, TRUE);
}
#endif

/* Reading 10,000 events parses megabytes of JSON in worker threads; the
 * events stay, scattered among the pages the parsing freed, which malloc
 * keeps unless asked. Asked in a worker, as it walks every arena. */
static void
give_back_memory (void)
{
#if HAVE_MALLOC_TRIM
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_run_in_thread (task, trim_thread);
#endif
}

/* The rows the frames since the last step could afford: the time between
 * the steps, less the wait, is what the last step's rows cost them. */
static void
size_next_step (Fill   *fill,
                gint64  now)
{
  gint64 spent = now - fill->last_step_end - FILL_INTERVAL_MS * 1000;
  guint fits;

  if (fill->last_step_end == 0 || fill->last_step == 0)
    return;
  fits = FILL_BUDGET_US / MAX (spent / fill->last_step, 1);
  /* Down at once, up by half at most: a step whose frame had not come
   * yet looks free */
  fill->step = CLAMP (MIN (fits, fill->step + fill->step / 2), FILL_MIN_STEP, FILL_MAX_STEP);
}

static gboolean
fill_step_cb (gpointer user_data)
{
  Fill *fill = user_data;
  GListStore *store = evd_sidebar_item_get_children (fill->hub);
  guint n;

  /* Cut short (the hub was asked again, or its rows replaced): whatever
   * replaced them fills the store, not this */
  if (evd_sidebar_item_get_children_state (fill->hub) != EVD_CHILDREN_LOADING ||
      g_list_model_get_n_items (G_LIST_MODEL (store)) != fill->n_added)
    return G_SOURCE_REMOVE;

  size_next_step (fill, g_get_monotonic_time ());
  n = MIN (fill->n_added < FILL_FIRST_ROWS ? fill->step : FILL_LARGE_STEP, fill->items->len - fill->n_added);
  g_list_store_splice (store, fill->n_added, 0, fill->items->pdata + fill->n_added, n);
  fill->n_added += n;
  fill->last_step = fill->n_added <= FILL_FIRST_ROWS ? n : 0;
  fill->last_step_end = g_get_monotonic_time ();
  if (fill->n_added < fill->items->len)
    return G_SOURCE_CONTINUE;

  /* The state once every event is in: whoever follows it counts them all */
  evd_sidebar_item_set_children_state (fill->hub, EVD_CHILDREN_LOADED);
  give_back_memory ();
  return G_SOURCE_REMOVE;
}

/* Replaces the "Loading" row with the first few events at once (the
 * sidebar shows something), then adds the rest frame by frame. */
static void
fill_children (EvdSidebarItem *hub,
               GPtrArray      *items)
{
  GListStore *store = evd_sidebar_item_get_children (hub);
  Fill *fill = g_new0 (Fill, 1);

  fill->hub = g_object_ref (hub);
  fill->items = g_ptr_array_ref (items);
  fill->step = FILL_FIRST_STEP;
  fill->n_added = fill->last_step = MIN (FILL_FIRST_STEP, items->len);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, fill->n_added);
  fill->last_step_end = g_get_monotonic_time ();
  g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, FILL_INTERVAL_MS, fill_step_cb, fill, (GDestroyNotify) fill_free);
}

typedef struct
{
  EvdSidebarItem *hub;
  GListModel     *events;
} Build;

static void
build_free (Build *build)
{
  g_object_unref (build->hub);
  g_object_unref (build->events);
  g_free (build);
}

/* A first download's rows are new objects nobody else sees yet: a worker
 * makes and sorts them (10,000 of them took the window a frame or three). */
static void
build_items_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Build *build = task_data;
  guint n = g_list_model_get_n_items (build->events);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (build->events, i);

      g_ptr_array_add (items, evd_sidebar_item_new_event (event, build->hub));
    }
  g_ptr_array_sort_with_data (items, compare_items, now);
  g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

static void
items_built_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Build *build = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) items = g_task_propagate_pointer (G_TASK (result), NULL);

  if (items->len > FILL_AT_ONCE)
    {
      /* Loaded (and notified) once the last step is in */
      fill_children (build->hub, items);
      return;
    }
  merge_children (build->hub, items);
  evd_sidebar_item_set_children_state (build->hub, EVD_CHILDREN_LOADED);
}

static void
events_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = NULL;
  guint n;

  events = evd_client_list_hub_events_finish (EVD_CLIENT (object), result, &error);
  /* The refresh ends (notifying) only once its rows are in: whoever waits
   * for a new event must find it then */
  if (events == NULL && load->refresh && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* What is shown stays; the next refresh tries again */
      g_debug ("Refreshing a hub's events failed: %s", error->message);
      evd_sidebar_item_set_refreshing (load->hub, FALSE);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Whoever asks next starts again */
      evd_sidebar_item_set_refreshing (load->hub, FALSE);
      evd_sidebar_item_set_children_state (load->hub, EVD_CHILDREN_NOT_LOADED);
      return;
    }
  if (events == NULL)
    {
      show_single_child (load->hub, EVD_SIDEBAR_ITEM_ERROR, error->message);
      evd_sidebar_item_set_children_state (load->hub, EVD_CHILDREN_FAILED);
      return;
    }

  /* The children first, then the state: whoever follows the state must
   * find the events there, not the "Loading" row (it would count none). */
  n = g_list_model_get_n_items (events);
  if (n == 0)
    show_single_child (load->hub, EVD_SIDEBAR_ITEM_EMPTY, _("No events in this hub yet"));
  else if (!load->refresh)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, items_built_cb, NULL);
      Build *build = g_new0 (Build, 1);

      build->hub = g_object_ref (load->hub);
      build->events = g_steal_pointer (&events);
      g_task_set_task_data (task, build, (GDestroyNotify) build_free);
      g_task_run_in_thread (task, build_items_thread);
      return;
    }
  else
    {
      GListModel *children = G_LIST_MODEL (evd_sidebar_item_get_children (load->hub));
      guint n_children = g_list_model_get_n_items (children);
      g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

      /* The rows shown by id: one pass, not one search per event */
      for (guint i = 0; i < n_children; i++)
        {
          EvdSidebarItem *child = g_list_model_get_item (children, i);
          const char *id = evd_sidebar_item_get_id (child);

          if (id != NULL)
            g_hash_table_replace (shown, (gpointer) id, child);
          else
            g_object_unref (child);
        }

      items = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);
          EvdSidebarItem *kept = g_hash_table_lookup (shown, evd_event_get_event_id (event));

          /* A row kept keeps its object (a selection or an open page holds
           * it) and takes the event as Zoom has it now */
          if (kept != NULL && evd_sidebar_item_update_event (kept, event))
            g_ptr_array_add (items, g_object_ref (kept));
          else
            g_ptr_array_add (items, evd_sidebar_item_new_event (event, load->hub));
        }
      now = g_date_time_new_now_utc ();
      g_ptr_array_sort_with_data (items, compare_items, now);
      merge_children (load->hub, items);
    }
  evd_sidebar_item_set_refreshing (load->hub, FALSE);
  evd_sidebar_item_set_children_state (load->hub, EVD_CHILDREN_LOADED);
}

/**
 * evd_hub_events_load:
 * @hub: a hub's row
 * @refresh: ask Zoom again even when the events are loaded
 * @cancellable: (nullable): cancels the download; the hub is then not
 *   loaded. The sidebar and the hub page pass %NULL: each waits for the
 *   other's download, and a refresh must not leave it half done.
 *
 * Starts the download of the hub's events unless one runs or (without
 * @refresh) they are loaded. The first download shows a "Loading" row; a
 * refresh keeps the events shown until the new ones arrive.
 */
void
evd_hub_events_load (EvdSidebarItem *hub,
                     EvdClient      *client,
                     gboolean        refresh,
                     GCancellable   *cancellable)
{
  EvdChildrenState state;
  Load *load;

  g_return_if_fail (EVD_IS_SIDEBAR_ITEM (hub));
  g_return_if_fail (evd_sidebar_item_get_kind (hub) == EVD_SIDEBAR_ITEM_HUB);
  g_return_if_fail (EVD_IS_CLIENT (client));

  state = evd_sidebar_item_get_children_state (hub);
  if (state == EVD_CHILDREN_LOADING || evd_sidebar_item_is_refreshing (hub) ||
      (state == EVD_CHILDREN_LOADED && !refresh))
    return;

  load = g_new0 (Load, 1);
  load->hub = g_object_ref (hub);
  load->refresh = state == EVD_CHILDREN_LOADED;
  if (load->refresh)
    evd_sidebar_item_set_refreshing (hub, TRUE);
  else
    {
      show_single_child (hub, EVD_SIDEBAR_ITEM_LOADING, _("Loading events…"));
      evd_sidebar_item_set_children_state (hub, EVD_CHILDREN_LOADING);
    }
  evd_client_list_hub_events_async (client, evd_hub_get_hub_id (evd_sidebar_item_get_hub (hub)),
                                    cancellable, events_cb, load);
}
