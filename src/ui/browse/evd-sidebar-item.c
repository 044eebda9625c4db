/* evd-sidebar-item.c: one row of the sidebar tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sidebar-item"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-sidebar-item.h"

/* A row is a hub, an event, one of an event's two sections, or a
 * placeholder (loading, a failure with Retry, or "nothing here"). Hubs and
 * events own their children, so collapsing and expanding again does not
 * reload them. */
struct _EvdSidebarItem
{
  GObject             parent_instance;

  EvdSidebarItemKind  kind;
  char               *title;
  EvdHub             *hub;
  EvdEvent           *event;
  EvdSidebarItem     *parent;   /* weak: a refresh drops parents first */
  GListStore         *children;
  EvdChildrenState    children_state;
  gboolean            refreshing;
};

G_DEFINE_FINAL_TYPE (EvdSidebarItem, evd_sidebar_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CHILDREN_STATE,
  PROP_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static EvdSidebarItem *
new_item (EvdSidebarItemKind  kind,
          const char         *title,
          EvdSidebarItem     *parent)
{
  EvdSidebarItem *self = g_object_new (EVD_TYPE_SIDEBAR_ITEM, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  g_set_weak_pointer (&self->parent, parent);
  return self;
}

EvdSidebarItem *
evd_sidebar_item_new_hub (EvdHub *hub)
{
  EvdSidebarItem *self;

  g_return_val_if_fail (EVD_IS_HUB (hub), NULL);

  self = new_item (EVD_SIDEBAR_ITEM_HUB, evd_hub_get_name (hub), NULL);
  self->hub = g_object_ref (hub);
  return self;
}

EvdSidebarItem *
evd_sidebar_item_new_event (EvdEvent       *event,
                            EvdSidebarItem *parent)
{
  EvdSidebarItem *self;

  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  /* An event's title is its name, read from the event: a hub may have
   * 10,000 of them, no need for a copy each */
  self = new_item (EVD_SIDEBAR_ITEM_EVENT, NULL, parent);
  self->event = g_object_ref (event);
  if (parent != NULL && parent->hub != NULL)
    self->hub = g_object_ref (parent->hub);
  return self;
}

/**
 * evd_sidebar_item_new_child:
 * @kind: %EVD_SIDEBAR_ITEM_SESSIONS or %EVD_SIDEBAR_ITEM_REGISTRATIONS
 *
 * A section under an event; it shares the event's objects.
 */
EvdSidebarItem *
evd_sidebar_item_new_child (EvdSidebarItemKind  kind,
                            EvdSidebarItem     *parent)
{
  EvdSidebarItem *self;
  const char *title;

  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (parent), NULL);
  g_return_val_if_fail (parent->event != NULL, NULL);

  title = kind == EVD_SIDEBAR_ITEM_SESSIONS ? _("Sessions") : _("Registrations");
  self = new_item (kind, title, parent);
  self->event = g_object_ref (parent->event);
  self->hub = parent->hub != NULL ? g_object_ref (parent->hub) : NULL;
  return self;
}

EvdSidebarItem *
evd_sidebar_item_new_placeholder (EvdSidebarItemKind  kind,
                                  const char         *title,
                                  EvdSidebarItem     *parent)
{
  return new_item (kind, title, parent);
}

EvdSidebarItemKind
evd_sidebar_item_get_kind (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), EVD_SIDEBAR_ITEM_EMPTY);

  return self->kind;
}

const char *
evd_sidebar_item_get_title (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), NULL);

  if (self->kind == EVD_SIDEBAR_ITEM_EVENT)
    return evd_event_get_name (self->event);
  return self->title;
}

/**
 * evd_sidebar_item_dup_subtitle:
 *
 * Returns: (transfer full) (nullable): an event's start in the viewer's own
 *   time, the line under its name
 */
char *
evd_sidebar_item_dup_subtitle (EvdSidebarItem *self)
{
  GDateTime *start;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), NULL);

  if (self->kind != EVD_SIDEBAR_ITEM_EVENT)
    return NULL;

  start = evd_event_get_start_time (self->event);
  if (start == NULL)
    return g_strdup (_("No date yet"));

  local = g_date_time_to_local (start);
  /* Translators: an event's start in the sidebar, see GDateTime's format */
  return g_date_time_format (local, _("%a %-d %b %Y, %H:%M"));
}

EvdHub *
evd_sidebar_item_get_hub (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), NULL);

  return self->hub;
}

EvdEvent *
evd_sidebar_item_get_event (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), NULL);

  return self->event;
}

EvdSidebarItem *
evd_sidebar_item_get_parent (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), NULL);

  return self->parent;
}

/**
 * evd_sidebar_item_get_id:
 *
 * Returns: what identifies the row among its siblings across reloads: the
 *   hub's or event's id, or the section's name
 */
const char *
evd_sidebar_item_get_id (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), NULL);

  switch (self->kind)
    {
    case EVD_SIDEBAR_ITEM_HUB:
      return evd_hub_get_hub_id (self->hub);
    case EVD_SIDEBAR_ITEM_EVENT:
      return evd_event_get_event_id (self->event);
    case EVD_SIDEBAR_ITEM_SESSIONS:
      return "sessions";
    case EVD_SIDEBAR_ITEM_REGISTRATIONS:
      return "registrations";
    case EVD_SIDEBAR_ITEM_LOADING:
    case EVD_SIDEBAR_ITEM_ERROR:
    case EVD_SIDEBAR_ITEM_EMPTY:
    default:
      return NULL;
    }
}

gboolean
evd_sidebar_item_is_expandable (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), FALSE);

  return self->kind == EVD_SIDEBAR_ITEM_HUB || self->kind == EVD_SIDEBAR_ITEM_EVENT;
}

/**
 * evd_sidebar_item_get_children:
 *
 * Returns: (transfer none): the store of the row's children, made on first use
 */
GListStore *
evd_sidebar_item_get_children (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), NULL);

  if (self->children == NULL)
    self->children = g_list_store_new (EVD_TYPE_SIDEBAR_ITEM);
  return self->children;
}

EvdChildrenState
evd_sidebar_item_get_children_state (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), EVD_CHILDREN_NOT_LOADED);

  return self->children_state;
}

void
evd_sidebar_item_set_children_state (EvdSidebarItem   *self,
                                     EvdChildrenState  state)
{
  g_return_if_fail (EVD_IS_SIDEBAR_ITEM (self));

  if (self->children_state == state)
    return;
  self->children_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILDREN_STATE]);
}

/**
 * evd_sidebar_item_is_refreshing:
 *
 * Returns: whether a hub's loaded events are being asked for again
 */
gboolean
evd_sidebar_item_is_refreshing (EvdSidebarItem *self)
{
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), FALSE);

  return self->refreshing;
}

/* ::notify::children-state is emitted when a refresh starts and ends too,
 * so one signal tells whoever shows "loading" */
void
evd_sidebar_item_set_refreshing (EvdSidebarItem *self,
                                 gboolean        refreshing)
{
  g_return_if_fail (EVD_IS_SIDEBAR_ITEM (self));

  if (self->refreshing == !!refreshing)
    return;
  self->refreshing = !!refreshing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILDREN_STATE]);
}

static void
set_title (EvdSidebarItem *self,
           const char     *title)
{
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * evd_sidebar_item_update_event:
 * @event: the same event (same id) as Zoom has it now
 *
 * A refresh keeps the row (a selection or an open page holds it) and gives
 * it, and its sections, the new copy of the event.
 *
 * Returns: %FALSE when @event is another event's
 */
gboolean
evd_sidebar_item_update_event (EvdSidebarItem *self,
                               EvdEvent       *event)
{
  gboolean renamed;

  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), FALSE);
  g_return_val_if_fail (EVD_IS_EVENT (event), FALSE);

  if (self->event == NULL ||
      g_strcmp0 (evd_event_get_event_id (self->event), evd_event_get_event_id (event)) != 0)
    return FALSE;

  if (self->event == event)
    return TRUE;
  renamed = g_strcmp0 (evd_event_get_name (self->event), evd_event_get_name (event)) != 0;
  g_set_object (&self->event, event);
  if (self->kind == EVD_SIDEBAR_ITEM_EVENT && renamed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  for (guint i = 0; self->children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->children)); i++)
    {
      g_autoptr(EvdSidebarItem) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);

      evd_sidebar_item_update_event (child, event);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
  return TRUE;
}

/**
 * evd_sidebar_item_update_hub:
 * @hub: the same hub as Zoom has it now
 */
void
evd_sidebar_item_update_hub (EvdSidebarItem *self,
                             EvdHub         *hub)
{
  g_return_if_fail (EVD_IS_SIDEBAR_ITEM (self));
  g_return_if_fail (EVD_IS_HUB (hub));

  g_set_object (&self->hub, hub);
  set_title (self, evd_hub_get_name (hub));
}

EvdSidebarItem *
evd_sidebar_item_find_child (EvdSidebarItem *self,
                             const char     *id)
{
  guint n;

  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (self), NULL);

  if (self->children == NULL || id == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdSidebarItem) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);

      if (g_strcmp0 (evd_sidebar_item_get_id (child), id) == 0)
        return child;
    }
  return NULL;
}

static void
evd_sidebar_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EvdSidebarItem *self = EVD_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, evd_sidebar_item_get_title (self));
      break;
    case PROP_CHILDREN_STATE:
      g_value_set_int (value, self->children_state);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_sidebar_item_finalize (GObject *object)
{
  EvdSidebarItem *self = EVD_SIDEBAR_ITEM (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->hub);
  g_clear_object (&self->event);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (evd_sidebar_item_parent_class)->finalize (object);
}

static void
evd_sidebar_item_class_init (EvdSidebarItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = evd_sidebar_item_get_property;
  object_class->finalize = evd_sidebar_item_finalize;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILDREN_STATE] =
    g_param_spec_int ("children-state", NULL, NULL,
                      EVD_CHILDREN_NOT_LOADED, EVD_CHILDREN_FAILED, EVD_CHILDREN_NOT_LOADED,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A refresh gives a row kept the event as Zoom has it now */
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_sidebar_item_init (EvdSidebarItem *self)
{
}
