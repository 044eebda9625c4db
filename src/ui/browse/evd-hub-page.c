/* evd-hub-page.c: a hub: what it is, its events counted by status, and the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The events are the hub row's own (evd-hub-events.c), downloaded once for
 * the sidebar and this page together; the page never asks Zoom itself. It
 * shows the loading page until they are there, never "No Events Yet" for a
 * hub still loading, and lists them in a recycling GtkListView: a hub of
 * 10,000 events makes a screenful of rows.
 *
 * The page scrolls as one: what the hub is (the header, with the comparison
 * chart) is the list's first row, so nothing is squeezed into a small
 * scrolling area of its own above the events. The list's model is the
 * header's marker followed by the events; positions in the list are one
 * more than positions in the events.
 */
#define G_LOG_DOMAIN "evd-hub-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "evd-hub-event-row.h"
#include "evd-hub-event-list.h"
#include "evd-hub-events.h"
#include "evd-hub-page.h"
#include "evd-page-util.h"
#include "evd-ui-util.h"

#define N_STATUSES 4

struct _EvdHubPage
{
  GtkWidget       parent_instance;

  GtkStack       *stack;
  GtkSpinner     *spinner;
  AdwStatusPage  *error_page;
  GtkLabel       *description_label;
  GtkFlowBox     *counts_box;
  GtkWidget      *public_group;
  AdwActionRow   *public_url_row;
  GtkListView    *events_list;
  GtkWidget      *header;        /* the list's first row, held by the template */
  GtkListItem    *header_item;   /* the list item showing it, if any */
  GObject        *header_marker; /* the list's first item */

  GtkLabel       *count_labels[N_STATUSES];
  guint           counts[N_STATUSES];

  EvdClient      *client;
  EvdSidebarItem *hub_item;
  GListModel     *events;       /* EvdHubEventList: the hub row's children's events */
  GDateTime      *now;          /* what statuses are computed for */
  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (EvdHubPage, evd_hub_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_HUB_ITEM,
  PROP_EVENTS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void load (EvdHubPage *self);

GtkWidget *
evd_hub_page_new (EvdClient      *client,
                  EvdSidebarItem *hub_item)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_SIDEBAR_ITEM (hub_item), NULL);

  return g_object_new (EVD_TYPE_HUB_PAGE,
                       "client", client,
                       "hub-item", hub_item,
                       NULL);
}

gboolean
evd_hub_page_is_loading (EvdHubPage *self)
{
  g_return_val_if_fail (EVD_IS_HUB_PAGE (self), FALSE);

  return self->loading;
}

/**
 * evd_hub_page_get_events:
 *
 * Returns: (transfer none): the hub's events as listed, #EvdEvent items
 */
GListModel *
evd_hub_page_get_events (EvdHubPage *self)
{
  g_return_val_if_fail (EVD_IS_HUB_PAGE (self), NULL);

  return G_LIST_MODEL (self->events);
}

guint
evd_hub_page_get_count (EvdHubPage       *self,
                        EvdDisplayStatus  status)
{
  g_return_val_if_fail (EVD_IS_HUB_PAGE (self), 0);
  g_return_val_if_fail (status < N_STATUSES, 0);

  return self->counts[status];
}

static const char *
hub_id (EvdHubPage *self)
{
  EvdHub *hub = self->hub_item != NULL ? evd_sidebar_item_get_hub (self->hub_item) : NULL;

  return hub != NULL ? evd_hub_get_hub_id (hub) : NULL;
}

static void
set_loading (EvdHubPage *self,
             gboolean    loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  if (loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* One pass over the events, however many */
static void
update_counts (EvdHubPage *self)
{
  guint n = g_list_model_get_n_items (self->events);

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_now_utc ();
  memset (self->counts, 0, sizeof self->counts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (self->events, i);

      self->counts[evd_event_get_display_status (event, self->now)]++;
    }

  for (guint i = 0; i < N_STATUSES; i++)
    {
      g_autofree char *text = evd_format_count (self->counts[i]);
      g_autofree char *accessible = g_strdup_printf ("%s: %s", evd_display_status_to_label (i), text);

      gtk_label_set_text (self->count_labels[i], text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self->count_labels[i]))),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }
}

static void
show_error (EvdHubPage *self)
{
  GListModel *children = G_LIST_MODEL (evd_sidebar_item_get_children (self->hub_item));
  g_autoptr(EvdSidebarItem) problem = g_list_model_get_n_items (children) > 0
                                      ? g_list_model_get_item (children, 0) : NULL;
  const char *message = problem != NULL ? evd_sidebar_item_get_title (problem) : NULL;
  g_autofree char *escaped = g_markup_escape_text (message != NULL ? message : "", -1);

  adw_status_page_set_description (self->error_page, escaped);
  set_loading (self, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* The page follows the hub row's state: loading until its events are
 * there (the row puts them in before it says so), then the list or, only
 * then, the empty page. */
static void
update_state (EvdHubPage *self)
{
  switch (evd_sidebar_item_get_children_state (self->hub_item))
    {
    case EVD_CHILDREN_LOADED:
      update_counts (self);
      set_loading (self, FALSE);
      gtk_stack_set_visible_child_name (self->stack,
                                        g_list_model_get_n_items (self->events) > 0 ? "content" : "empty");
      break;
    case EVD_CHILDREN_FAILED:
      show_error (self);
      break;
    case EVD_CHILDREN_NOT_LOADED:
    case EVD_CHILDREN_LOADING:
    default:
      set_loading (self, TRUE);
      break;
    }
}

static void
children_state_cb (EvdHubPage *self)
{
  /* Cut short (the sidebar refreshed): ask again */
  if (evd_sidebar_item_get_children_state (self->hub_item) == EVD_CHILDREN_NOT_LOADED && self->client != NULL)
    evd_hub_events_load (self->hub_item, self->client, FALSE, NULL);
  update_state (self);
}

static void
load (EvdHubPage *self)
{
  if (self->client == NULL || self->hub_item == NULL)
    return;

  /* Not cancelled with the page: the sidebar waits for the same download */
  evd_hub_events_load (self->hub_item, self->client, FALSE, NULL);
  update_state (self);
}

static void
try_again_cb (EvdHubPage *self)
{
  load (self);
}

static void
copy_public_url_cb (EvdHubPage *self)
{
  EvdHub *hub = evd_sidebar_item_get_hub (self->hub_item);

  evd_copy_to_clipboard (GTK_WIDGET (self), evd_hub_get_public_url (hub), _("Link copied"));
}

static void
event_activated_cb (EvdHubPage *self,
                    guint       position)
{
  g_autoptr(EvdEvent) event = NULL;

  /* Row 0 is the header (not activatable); the events follow it */
  if (position == 0)
    return;
  event = g_list_model_get_item (self->events, position - 1);
  if (event != NULL)
    evd_select_path (GTK_WIDGET (self), hub_id (self), evd_event_get_event_id (event), NULL);
}

static void
setup_row_cb (GtkListItemFactory *factory,
              GtkListItem        *list_item,
              EvdHubPage         *self)
{
  gtk_list_item_set_child (list_item, evd_hub_event_row_new ());
}

/* A list item shows the header while it is bound to the marker, an event
 * row otherwise: the one header widget moves to whichever item the list
 * gives the first position, and a recycled item gets its event row back. */
static void
bind_row_cb (GtkListItemFactory *factory,
             GtkListItem        *list_item,
             EvdHubPage         *self)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (gtk_list_item_get_item (list_item) == self->header_marker)
    {
      if (self->header_item != NULL && self->header_item != list_item)
        gtk_list_item_set_child (self->header_item, NULL);
      gtk_list_item_set_child (list_item, self->header);
      gtk_list_item_set_activatable (list_item, FALSE);
      gtk_list_item_set_selectable (list_item, FALSE);
      self->header_item = list_item;
      return;
    }

  if (!EVD_IS_HUB_EVENT_ROW (child))
    {
      child = evd_hub_event_row_new ();
      gtk_list_item_set_child (list_item, child);
    }
  gtk_list_item_set_activatable (list_item, TRUE);
  gtk_list_item_set_selectable (list_item, TRUE);
  if (self->now == NULL)
    self->now = g_date_time_new_now_utc ();
  evd_hub_event_row_bind (EVD_HUB_EVENT_ROW (child), gtk_list_item_get_item (list_item), self->now);
}

static void
unbind_row_cb (GtkListItemFactory *factory,
               GtkListItem        *list_item,
               EvdHubPage         *self)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (list_item == self->header_item)
    {
      if (child == self->header)
        gtk_list_item_set_child (list_item, NULL);
      self->header_item = NULL;
    }
  else if (EVD_IS_HUB_EVENT_ROW (child))
    evd_hub_event_row_bind (EVD_HUB_EVENT_ROW (child), NULL, NULL);
}

static void
teardown_row_cb (GtkListItemFactory *factory,
                 GtkListItem        *list_item,
                 EvdHubPage         *self)
{
  if (list_item == self->header_item)
    self->header_item = NULL;
}

/* The list's items: the header's marker, then the events */
static GtkSelectionModel *
new_list_model (EvdHubPage *self)
{
  g_autoptr(GListStore) header = g_list_store_new (G_TYPE_OBJECT);
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);

  g_list_store_append (header, self->header_marker);
  g_list_store_append (parts, header);
  g_list_store_append (parts, self->events);
  return GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)))));
}

static void
build_count_cards (EvdHubPage *self)
{
  for (guint i = 0; i < N_STATUSES; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *number = gtk_label_new ("0");
      GtkWidget *name = gtk_label_new (NULL);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "hub-count");
      gtk_widget_add_css_class (number, "title-1");
      gtk_widget_add_css_class (number, "numeric");
      evd_status_badge_set (name, i);
      gtk_widget_set_halign (name, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_top (card, 2);
      gtk_box_append (GTK_BOX (card), number);
      gtk_box_append (GTK_BOX (card), name);
      gtk_flow_box_append (self->counts_box, card);
      self->count_labels[i] = GTK_LABEL (number);
    }
}

static void
show_hub (EvdHubPage *self)
{
  EvdHub *hub = evd_sidebar_item_get_hub (self->hub_item);
  const char *description = hub != NULL ? evd_hub_get_description (hub) : NULL;
  const char *url = hub != NULL ? evd_hub_get_public_url (hub) : NULL;

  gtk_label_set_text (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL && *description != '\0');

  gtk_widget_set_visible (self->public_group, url != NULL && *url != '\0');
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->public_url_row), FALSE);
  adw_action_row_set_subtitle (self->public_url_row, url != NULL ? url : "");
}

static void
evd_hub_page_constructed (GObject *object)
{
  EvdHubPage *self = EVD_HUB_PAGE (object);

  G_OBJECT_CLASS (evd_hub_page_parent_class)->constructed (object);

  if (self->hub_item == NULL)
    return;

  show_hub (self);

  evd_hub_event_list_set_hub (EVD_HUB_EVENT_LIST (self->events), self->hub_item);
  {
    g_autoptr(GtkSelectionModel) model = new_list_model (self);

    gtk_list_view_set_model (self->events_list, model);
  }

  g_signal_connect_object (self->hub_item, "notify::children-state",
                           G_CALLBACK (children_state_cb), self, G_CONNECT_SWAPPED);
  /* A refresh changes rows in place: the counts follow */
  g_signal_connect_object (evd_sidebar_item_get_children (self->hub_item), "items-changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  load (self);
}

static void
evd_hub_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EvdHubPage *self = EVD_HUB_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_HUB_ITEM:
      g_value_set_object (value, self->hub_item);
      break;
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_hub_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EvdHubPage *self = EVD_HUB_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_HUB_ITEM:
      self->hub_item = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_hub_page_dispose (GObject *object)
{
  EvdHubPage *self = EVD_HUB_PAGE (object);

  /* The list goes first: its items give the header back */
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_HUB_PAGE);

  G_OBJECT_CLASS (evd_hub_page_parent_class)->dispose (object);
}

static void
evd_hub_page_finalize (GObject *object)
{
  EvdHubPage *self = EVD_HUB_PAGE (object);

  g_clear_object (&self->events);
  g_clear_object (&self->header_marker);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_object (&self->hub_item);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_hub_page_parent_class)->finalize (object);
}

static void
evd_hub_page_class_init (EvdHubPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_hub_page_constructed;
  object_class->get_property = evd_hub_page_get_property;
  object_class->set_property = evd_hub_page_set_property;
  object_class->dispose = evd_hub_page_dispose;
  object_class->finalize = evd_hub_page_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HUB_ITEM] =
    g_param_spec_object ("hub-item", NULL, NULL, EVD_TYPE_SIDEBAR_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The listed events, for children bound in the .ui (the comparison). */
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/browse/evd-hub-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, counts_box);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, public_group);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, public_url_row);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, events_list);
  gtk_widget_class_bind_template_child (widget_class, EvdHubPage, header);
  gtk_widget_class_bind_template_callback (widget_class, try_again_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_public_url_cb);
  gtk_widget_class_bind_template_callback (widget_class, event_activated_cb);
}

static void
evd_hub_page_init (EvdHubPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  /* Before the template: its bindings read the events (filled from the
   * hub's row once the page has it) */
  self->events = G_LIST_MODEL (evd_hub_event_list_new ());
  self->header_marker = g_object_new (G_TYPE_OBJECT, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  build_count_cards (self);
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  g_signal_connect_object (factory, "teardown", G_CALLBACK (teardown_row_cb), self, 0);
  gtk_list_view_set_factory (self->events_list, factory);
  /* Until there is something to show, the page waits quietly. */
  gtk_stack_set_visible_child_name (self->stack, "loading");
}
