/* evd-browser.c: the sidebar beside the page of what it has selected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-browser"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-ui-util.h"

#include "evd-auth.h"
#include "evd-browser.h"
#include "evd-event-page.h"
#include "evd-hub-page.h"
#include "evd-registrations-page.h"
#include "evd-sessions-page.h"
#include "evd-sidebar.h"

struct _EvdBrowser
{
  GtkWidget       parent_instance;

  GtkWidget      *sample_bar;
  AdwLeaflet     *leaflet;
  GtkWidget      *sidebar_pane;
  GtkWidget      *content_pane;
  EvdSidebar     *sidebar;
  AdwWindowTitle *content_title;
  AdwWindowTitle *sidebar_title;
  AdwBin         *content_bin;
  GtkWidget      *placeholder_page;
  GtkRevealer    *stale_revealer;

  EvdClient      *client;
  gboolean        sample_data;
};

G_DEFINE_FINAL_TYPE (EvdBrowser, evd_browser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_SAMPLE_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
evd_browser_new (EvdClient *client,
                 gboolean   sample_data)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);

  return g_object_new (EVD_TYPE_BROWSER,
                       "client", client,
                       "sample-data", sample_data,
                       NULL);
}

EvdClient *
evd_browser_get_client (EvdBrowser *self)
{
  g_return_val_if_fail (EVD_IS_BROWSER (self), NULL);

  return self->client;
}

static GtkWidget *
create_page (EvdBrowser     *self,
             EvdSidebarItem *item)
{
  switch (evd_sidebar_item_get_kind (item))
    {
    case EVD_SIDEBAR_ITEM_HUB:
      return evd_hub_page_new (self->client, item);
    case EVD_SIDEBAR_ITEM_EVENT:
      return evd_event_page_new (self->client, evd_sidebar_item_get_event (item));
    case EVD_SIDEBAR_ITEM_SESSIONS:
      return evd_sessions_page_new (self->client, evd_sidebar_item_get_event (item));
    case EVD_SIDEBAR_ITEM_REGISTRATIONS:
      return evd_registrations_page_new (self->client, evd_sidebar_item_get_event (item));
    case EVD_SIDEBAR_ITEM_LOADING:
    case EVD_SIDEBAR_ITEM_ERROR:
    case EVD_SIDEBAR_ITEM_EMPTY:
    default:
      return NULL;
    }
}

static void
update_title (EvdBrowser     *self,
              EvdSidebarItem *item)
{
  EvdSidebarItemKind kind = item != NULL ? evd_sidebar_item_get_kind (item) : EVD_SIDEBAR_ITEM_EMPTY;
  EvdEvent *event = item != NULL ? evd_sidebar_item_get_event (item) : NULL;

  if (kind == EVD_SIDEBAR_ITEM_SESSIONS || kind == EVD_SIDEBAR_ITEM_REGISTRATIONS)
    {
      adw_window_title_set_title (self->content_title, evd_sidebar_item_get_title (item));
      adw_window_title_set_subtitle (self->content_title, evd_event_get_name (event));
    }
  else
    {
      adw_window_title_set_title (self->content_title, item != NULL ? evd_sidebar_item_get_title (item) : "");
      adw_window_title_set_subtitle (self->content_title, NULL);
    }
}

/* A page kept through a refresh that failed says it may be out of date
 * (offline, say), until a refresh succeeds. */
static void
update_stale_bar (EvdBrowser *self)
{
  gboolean page_shown = adw_bin_get_child (self->content_bin) != self->placeholder_page;

  gtk_revealer_set_reveal_child (self->stale_revealer,
                                 page_shown && evd_sidebar_get_load_failed (self->sidebar));
}

static void
sidebar_selection_cb (EvdBrowser *self)
{
  EvdSidebarItem *item = evd_sidebar_get_selected_item (self->sidebar);
  GtkWidget *page = item != NULL ? create_page (self, item) : NULL;

  update_title (self, page != NULL ? item : NULL);
  adw_bin_set_child (self->content_bin, page != NULL ? page : self->placeholder_page);
  update_stale_bar (self);

  /* On a narrow window, choosing something shows it. */
  if (page != NULL && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

/* A window made narrow keeps in view the page the organizer was looking
 * at; with nothing chosen yet, the tree. */
static void
leaflet_folded_cb (EvdBrowser *self)
{
  if (!adw_leaflet_get_folded (self->leaflet))
    return;
  adw_leaflet_set_visible_child (self->leaflet, adw_bin_get_child (self->content_bin) == self->placeholder_page
                                                  ? self->sidebar_pane : self->content_pane);
}

void
evd_browser_refresh (EvdBrowser *self)
{
  g_return_if_fail (EVD_IS_BROWSER (self));

  evd_sidebar_reload (self->sidebar);
}

void
evd_browser_select_path (EvdBrowser         *self,
                         const char * const *path)
{
  g_return_if_fail (EVD_IS_BROWSER (self));

  evd_sidebar_select_path (self->sidebar, path);
}

char **
evd_browser_dup_selected_path (EvdBrowser *self)
{
  g_return_val_if_fail (EVD_IS_BROWSER (self), NULL);

  return evd_sidebar_dup_selected_path (self->sidebar);
}

void
evd_browser_focus_search (EvdBrowser *self)
{
  g_return_if_fail (EVD_IS_BROWSER (self));

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  evd_sidebar_focus_search (self->sidebar);
}

/**
 * evd_browser_get_sidebar:
 *
 * Returns: (transfer none): the sidebar, for tests
 */
GtkWidget *
evd_browser_get_sidebar (EvdBrowser *self)
{
  g_return_val_if_fail (EVD_IS_BROWSER (self), NULL);

  return GTK_WIDGET (self->sidebar);
}

/**
 * evd_browser_get_page:
 *
 * Returns: (transfer none): the page shown beside the sidebar
 */
GtkWidget *
evd_browser_get_page (EvdBrowser *self)
{
  g_return_val_if_fail (EVD_IS_BROWSER (self), NULL);

  return adw_bin_get_child (self->content_bin);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EvdBrowser *self = EVD_BROWSER (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Pages ask for another row with "browser.select-path" and a list of ids. */
static void
select_path_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autofree const char **path = g_variant_get_strv (parameter, NULL);

  evd_browser_select_path (EVD_BROWSER (widget), path);
}

/* Which account the hubs are from: an organizer with a test account and a
 * real one must see which she is changing. */
static void
show_account (EvdBrowser *self)
{
  const char *account_id = NULL;
  g_autofree char *text = NULL;

  if (self->client != NULL)
    account_id = evd_auth_get_account_id (evd_client_get_auth (self->client));

  if (self->sample_data)
    text = g_strdup (_("Sample data"));
  else if (account_id != NULL && *account_id != '\0')
    /* Translators: %s is the Zoom account ID */
    text = g_strdup_printf (_("Zoom account %s"), account_id);
  adw_window_title_set_subtitle (self->sidebar_title, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sidebar_title), text);
}

/**
 * evd_browser_get_account_text:
 *
 * Returns: (nullable): what the sidebar says about the account shown
 */
const char *
evd_browser_get_account_text (EvdBrowser *self)
{
  g_return_val_if_fail (EVD_IS_BROWSER (self), NULL);

  return adw_window_title_get_subtitle (self->sidebar_title);
}

static void
evd_browser_constructed (GObject *object)
{
  EvdBrowser *self = EVD_BROWSER (object);

  G_OBJECT_CLASS (evd_browser_parent_class)->constructed (object);

  gtk_widget_set_visible (self->sample_bar, self->sample_data);
  evd_sidebar_set_client (self->sidebar, self->client);
  show_account (self);
}

static void
evd_browser_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EvdBrowser *self = EVD_BROWSER (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_SAMPLE_DATA:
      g_value_set_boolean (value, self->sample_data);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_browser_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EvdBrowser *self = EVD_BROWSER (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_SAMPLE_DATA:
      self->sample_data = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_browser_dispose (GObject *object)
{
  EvdBrowser *self = EVD_BROWSER (object);

  g_clear_object (&self->placeholder_page);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_BROWSER);
  evd_widget_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (evd_browser_parent_class)->dispose (object);
}

static void
evd_browser_finalize (GObject *object)
{
  EvdBrowser *self = EVD_BROWSER (object);

  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_browser_parent_class)->finalize (object);
}

static void
evd_browser_class_init (EvdBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_browser_constructed;
  object_class->get_property = evd_browser_get_property;
  object_class->set_property = evd_browser_set_property;
  object_class->dispose = evd_browser_dispose;
  object_class->finalize = evd_browser_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAMPLE_DATA] =
    g_param_spec_boolean ("sample-data", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/browse/evd-browser.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, sample_bar);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, content_pane);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, sidebar);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, content_title);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, content_bin);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, placeholder_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_selection_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_stale_bar);
  gtk_widget_class_bind_template_child (widget_class, EvdBrowser, stale_revealer);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "browser.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "browser.select-path", "as", select_path_action);
}

static void
evd_browser_init (EvdBrowser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  evd_quiet_menu_tooltips (GTK_WIDGET (self));

  /* The placeholder comes and goes as the selection does. */
  g_object_ref (self->placeholder_page);
}
