/* evd-sidebar-row.c: how one sidebar row looks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sidebar-row"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-ui-util.h"

#include "evd-sidebar-item.h"
#include "evd-sidebar-row.h"

struct _EvdSidebarRow
{
  GtkWidget        parent_instance;

  GtkTreeExpander *expander;
  GtkLabel        *title_label;
  GtkLabel        *badge;
  /* Only while the row shows a hub loading or failing to load */
  GtkWidget       *spinner;
  GtkWidget       *retry_button;

  EvdSidebarItem  *item;
  char            *badge_class;
  const char      *icon_class;
};

G_DEFINE_FINAL_TYPE (EvdSidebarRow, evd_sidebar_row, GTK_TYPE_WIDGET)

enum {
  RETRY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
evd_sidebar_row_new (void)
{
  return g_object_new (EVD_TYPE_SIDEBAR_ROW, NULL);
}

/* The icon's class in style.css, which draws it as the title's background */
static const char *
icon_class_for_kind (EvdSidebarItemKind kind)
{
  switch (kind)
    {
    case EVD_SIDEBAR_ITEM_HUB:
      return "icon-hub";
    case EVD_SIDEBAR_ITEM_EVENT:
      return "icon-event";
    case EVD_SIDEBAR_ITEM_SESSIONS:
      return "icon-sessions";
    case EVD_SIDEBAR_ITEM_REGISTRATIONS:
      return "icon-registrations";
    case EVD_SIDEBAR_ITEM_ERROR:
      return "icon-warning";
    case EVD_SIDEBAR_ITEM_LOADING:
    case EVD_SIDEBAR_ITEM_EMPTY:
    default:
      return NULL;
    }
}

static void
set_icon (EvdSidebarRow *self,
          const char    *icon_class)
{
  if (g_strcmp0 (icon_class, self->icon_class) == 0)
    return;
  if (self->icon_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), self->icon_class);
  if (icon_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), icon_class);
  self->icon_class = icon_class;
}

/* The title, and under it in the caption style (smaller, dimmed) the
 * subtitle if any */
static void
set_title (EvdSidebarRow *self,
           const char    *title,
           const char    *subtitle)
{
  g_autofree char *markup = NULL;

  if (title == NULL)
    title = "";
  if (subtitle == NULL)
    {
      gtk_label_set_text (self->title_label, title);
      return;
    }

  markup = g_markup_printf_escaped ("%s\n<span size=\"small\" alpha=\"55%%\">%s</span>", title, subtitle);
  gtk_label_set_markup (self->title_label, markup);
}

static void
set_badge (EvdSidebarRow *self,
           const char    *label,
           const char    *css_class)
{
  if (self->badge_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->badge), self->badge_class);
  g_clear_pointer (&self->badge_class, g_free);

  gtk_widget_set_visible (GTK_WIDGET (self->badge), label != NULL);
  if (label == NULL)
    return;

  gtk_label_set_text (self->badge, label);
  self->badge_class = g_strdup (css_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->badge), css_class);
}

static void
retry_clicked_cb (EvdSidebarRow *self)
{
  if (self->item != NULL)
    g_signal_emit (self, signals[RETRY], 0, self->item);
}

/* A spinner or a Try Again button in every one of the list view's rows
 * would cost each row two or three widgets it almost never shows, so the
 * few rows that show them make them, and drop them when rebound. */
static void
show_loading (EvdSidebarRow *self,
              gboolean       loading)
{
  GtkWidget *title = GTK_WIDGET (self->title_label);
  GtkWidget *box;

  if (loading == (self->spinner != NULL))
    return;

  /* The spinner sits before the title, inside the expander's indent: the
   * two share a box, for as long as the row shows the placeholder. */
  g_object_ref (title);
  if (loading)
    {
      gtk_tree_expander_set_child (self->expander, NULL);
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      self->spinner = gtk_spinner_new ();
      gtk_spinner_start (GTK_SPINNER (self->spinner));
      gtk_box_append (GTK_BOX (box), self->spinner);
      gtk_box_append (GTK_BOX (box), title);
      gtk_tree_expander_set_child (self->expander, box);
    }
  else
    {
      box = gtk_tree_expander_get_child (self->expander);
      gtk_box_remove (GTK_BOX (box), title);
      gtk_tree_expander_set_child (self->expander, title);
      self->spinner = NULL;
    }
  g_object_unref (title);
}

static void
show_retry (EvdSidebarRow *self,
            gboolean       failed)
{
  if (failed && self->retry_button == NULL)
    {
      self->retry_button = gtk_button_new_from_icon_name ("view-refresh-symbolic");
      gtk_widget_set_valign (self->retry_button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (self->retry_button, _("Try Again"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->retry_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Try Again"), -1);
      gtk_widget_add_css_class (self->retry_button, "flat");
      g_signal_connect_swapped (self->retry_button, "clicked", G_CALLBACK (retry_clicked_cb), self);
      gtk_widget_insert_after (self->retry_button, GTK_WIDGET (self), GTK_WIDGET (self->badge));
    }
  else if (!failed && self->retry_button != NULL)
    {
      gtk_widget_unparent (self->retry_button);
      self->retry_button = NULL;
    }
}

/* Screen readers hear the row as one sentence: name, date and status. */
static void
update_accessible_label (EvdSidebarRow *self,
                         const char    *subtitle,
                         const char    *badge)
{
  g_autoptr(GString) label = g_string_new (evd_sidebar_item_get_title (self->item));

  if (subtitle != NULL)
    g_string_append_printf (label, ", %s", subtitle);
  if (badge != NULL)
    g_string_append_printf (label, ", %s", badge);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
}

/**
 * evd_sidebar_row_bind:
 * @row: (nullable): the tree row to show, or %NULL to unbind
 */
void
evd_sidebar_row_bind (EvdSidebarRow  *self,
                      GtkTreeListRow *row)
{
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  g_autofree char *subtitle = NULL;
  const char *badge_label = NULL;
  EvdSidebarItemKind kind;

  g_return_if_fail (EVD_IS_SIDEBAR_ROW (self));

  gtk_tree_expander_set_list_row (self->expander, row);
  g_set_object (&self->item, EVD_SIDEBAR_ITEM (item));
  if (item == NULL)
    {
      show_loading (self, FALSE);
      show_retry (self, FALSE);
      return;
    }

  kind = evd_sidebar_item_get_kind (self->item);
  set_icon (self, icon_class_for_kind (kind));
  show_loading (self, kind == EVD_SIDEBAR_ITEM_LOADING);
  show_retry (self, kind == EVD_SIDEBAR_ITEM_ERROR);

  if (kind == EVD_SIDEBAR_ITEM_LOADING || kind == EVD_SIDEBAR_ITEM_EMPTY || kind == EVD_SIDEBAR_ITEM_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");

  subtitle = evd_sidebar_item_dup_subtitle (self->item);
  set_title (self, evd_sidebar_item_get_title (self->item), subtitle);

  if (kind == EVD_SIDEBAR_ITEM_EVENT)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      EvdDisplayStatus status = evd_event_get_display_status (evd_sidebar_item_get_event (self->item), now);

      badge_label = evd_display_status_to_label (status);
      set_badge (self, badge_label, evd_display_status_to_nick (status));
    }
  else
    {
      set_badge (self, NULL, NULL);
    }

  update_accessible_label (self, subtitle, badge_label);
}

static void
evd_sidebar_row_dispose (GObject *object)
{
  EvdSidebarRow *self = EVD_SIDEBAR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_SIDEBAR_ROW);
  self->spinner = NULL;
  self->retry_button = NULL;
  evd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->item);
  g_clear_pointer (&self->badge_class, g_free);

  G_OBJECT_CLASS (evd_sidebar_row_parent_class)->dispose (object);
}

static void
evd_sidebar_row_class_init (EvdSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_sidebar_row_dispose;

  /**
   * EvdSidebarRow::retry:
   * @item: the failed row's item, whose parent should load again
   */
  signals[RETRY] = g_signal_new ("retry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, EVD_TYPE_SIDEBAR_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/browse/evd-sidebar-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, EvdSidebarRow, expander);
  gtk_widget_class_bind_template_child (widget_class, EvdSidebarRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, EvdSidebarRow, badge);
}

static void
evd_sidebar_row_init (EvdSidebarRow *self)
{
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 8);
  gtk_widget_init_template (GTK_WIDGET (self));
}
