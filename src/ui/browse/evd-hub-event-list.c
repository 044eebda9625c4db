/* evd-hub-event-list.c: a hub row's events, as a list of EvdEvent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-hub-event-list"

#include "config.h"

#include "evd-hub-event-list.h"

/* The hub page lists, counts and compares the events of the hub row's
 * children. A GtkMapListModel over a filter did that by keeping a mapped
 * copy of every item it was ever asked for, with a weak reference on each:
 * with 10,000 events, memory for nothing, since each row already holds its
 * event. This list holds nothing: item i is the event of child i. The
 * children are either all events or a single placeholder (loading, empty,
 * a failure), which counts as no events. */
struct _EvdHubEventList
{
  GObject         parent_instance;

  EvdSidebarItem *hub;
  GListModel     *children;
  guint           n_items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EvdHubEventList, evd_hub_event_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static guint
count_events (EvdHubEventList *self)
{
  g_autoptr(EvdSidebarItem) first = NULL;

  if (self->children == NULL || (first = g_list_model_get_item (self->children, 0)) == NULL ||
      evd_sidebar_item_get_kind (first) != EVD_SIDEBAR_ITEM_EVENT)
    return 0;
  return g_list_model_get_n_items (self->children);
}

static void
children_changed_cb (EvdHubEventList *self,
                     guint            position,
                     guint            removed,
                     guint            added)
{
  guint n_before = self->n_items;

  self->n_items = count_events (self);
  /* From or to a placeholder: everything changed */
  if (n_before == 0 || self->n_items == 0 || n_before - removed + added != self->n_items)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->n_items);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static GType
get_item_type (GListModel *model)
{
  return EVD_TYPE_EVENT;
}

static guint
get_n_items (GListModel *model)
{
  return EVD_HUB_EVENT_LIST (model)->n_items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  EvdHubEventList *self = EVD_HUB_EVENT_LIST (model);
  g_autoptr(EvdSidebarItem) item = NULL;

  if (position >= self->n_items)
    return NULL;
  item = g_list_model_get_item (self->children, position);
  return g_object_ref (evd_sidebar_item_get_event (item));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
evd_hub_event_list_dispose (GObject *object)
{
  EvdHubEventList *self = EVD_HUB_EVENT_LIST (object);

  if (self->children != NULL)
    g_signal_handlers_disconnect_by_func (self->children, children_changed_cb, self);
  g_clear_object (&self->children);
  g_clear_object (&self->hub);

  G_OBJECT_CLASS (evd_hub_event_list_parent_class)->dispose (object);
}

static void
evd_hub_event_list_class_init (EvdHubEventListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = evd_hub_event_list_dispose;
}

static void
evd_hub_event_list_init (EvdHubEventList *self)
{
}

EvdHubEventList *
evd_hub_event_list_new (void)
{
  return g_object_new (EVD_TYPE_HUB_EVENT_LIST, NULL);
}

/**
 * evd_hub_event_list_set_hub:
 * @hub: (nullable): a hub's row; the list follows its children
 */
void
evd_hub_event_list_set_hub (EvdHubEventList *self,
                            EvdSidebarItem  *hub)
{
  guint n_before;

  g_return_if_fail (EVD_IS_HUB_EVENT_LIST (self));
  g_return_if_fail (hub == NULL || EVD_IS_SIDEBAR_ITEM (hub));

  if (self->hub == hub)
    return;
  if (self->children != NULL)
    g_signal_handlers_disconnect_by_func (self->children, children_changed_cb, self);
  g_set_object (&self->hub, hub);
  g_clear_object (&self->children);
  if (hub != NULL)
    self->children = g_object_ref (G_LIST_MODEL (evd_sidebar_item_get_children (hub)));
  if (self->children != NULL)
    g_signal_connect_object (self->children, "items-changed", G_CALLBACK (children_changed_cb),
                             self, G_CONNECT_SWAPPED);

  n_before = self->n_items;
  self->n_items = count_events (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->n_items);
}
