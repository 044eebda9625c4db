/* evd-timezone-row.c: a searchable list of the time zones Zoom takes, in a row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-timezone-row"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-time.h"
#include "evd-timezone-row.h"
#include "evd-zoom-zones.h"

/* The zones are Zoom's 135 (a zone outside its list may be refused), shown
 * with Zoom's own labels; a new event starts in the listed zone with the
 * computer's rules. An event that already has a zone outside the list
 * keeps it, shown as it is, so an untouched save changes nothing. Typing
 * in the open list filters it. The subtitle reminds people that the times
 * below are in this zone, and names theirs when it differs. */
struct _EvdTimezoneRow
{
  AdwActionRow   parent_instance;

  GtkStringList *zones;
  GtkDropDown   *dropdown;
};

G_DEFINE_FINAL_TYPE (EvdTimezoneRow, evd_timezone_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_ZONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
evd_timezone_row_new (void)
{
  return g_object_new (EVD_TYPE_TIMEZONE_ROW, NULL);
}

GtkStringList *
evd_timezone_row_new_zone_list (void)
{
  guint n = evd_zoom_zones_get_n_zones ();
  g_autofree const char **ids = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    ids[i] = evd_zoom_zones_get_id (i);
  return gtk_string_list_new (ids);
}

static char *
zone_text (GtkStringObject *item)
{
  const char *id = item != NULL ? gtk_string_object_get_string (item) : NULL;
  const char *label = evd_zoom_zones_label_for (id);

  if (id == NULL)
    return NULL;
  if (label == NULL)
    return g_strdup (id);
  /* Translators: a time zone: Zoom's name for it, then its ID */
  return g_strdup_printf (_("%s — %s"), label, id);
}

GtkExpression *
evd_timezone_row_zone_expression (void)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (zone_text), NULL, NULL);
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  in_list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  if (GPOINTER_TO_INT (in_list))
    {
      GtkWidget *id = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (id), 0);
      gtk_label_set_ellipsize (GTK_LABEL (id), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (id, "dim-label");
      gtk_widget_add_css_class (id, "caption");
      gtk_box_append (GTK_BOX (box), id);
    }
  else
    gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  in_list)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *id_label = gtk_widget_get_next_sibling (label);
  const char *id = gtk_string_object_get_string (gtk_list_item_get_item (item));
  const char *zoom_label = evd_zoom_zones_label_for (id);

  /* A zone outside Zoom's list (an older event's) shows as its ID. */
  gtk_label_set_text (GTK_LABEL (label), zoom_label != NULL ? zoom_label : id);
  gtk_widget_set_tooltip_text (label, id);
  if (id_label != NULL)
    gtk_label_set_text (GTK_LABEL (id_label), id);
}

static GtkListItemFactory *
new_factory (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), GINT_TO_POINTER (in_list));
  return factory;
}

/**
 * evd_timezone_row_setup_drop_down:
 *
 * Gives @drop_down Zoom's zones, searchable by label and ID.
 */
void
evd_timezone_row_setup_drop_down (GtkDropDown *drop_down)
{
  g_autoptr(GtkStringList) zones = evd_timezone_row_new_zone_list ();
  g_autoptr(GtkExpression) expression = evd_timezone_row_zone_expression ();
  g_autoptr(GtkListItemFactory) button_factory = new_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = new_factory (TRUE);

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (zones));
  gtk_drop_down_set_expression (drop_down, expression);
  gtk_drop_down_set_factory (drop_down, button_factory);
  gtk_drop_down_set_list_factory (drop_down, list_factory);
  gtk_drop_down_set_enable_search (drop_down, TRUE);
}

/**
 * evd_timezone_row_select:
 *
 * Selects @zone in a drop-down of evd_timezone_row_new_zone_list(); a zone
 * Zoom does not list is added, so what an event holds is never replaced
 * behind the person's back.
 */
void
evd_timezone_row_select (GtkDropDown *drop_down,
                         const char  *zone)
{
  GtkStringList *zones = GTK_STRING_LIST (gtk_drop_down_get_model (drop_down));
  guint n;

  if (zone == NULL || zones == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (zones));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (zones, i), zone) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }

  gtk_string_list_append (zones, zone);
  gtk_drop_down_set_selected (drop_down, n);
}

const char *
evd_timezone_row_get_zone (EvdTimezoneRow *self)
{
  GtkStringObject *item;

  g_return_val_if_fail (EVD_IS_TIMEZONE_ROW (self), NULL);

  item = gtk_drop_down_get_selected_item (self->dropdown);
  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

void
evd_timezone_row_set_zone (EvdTimezoneRow *self,
                           const char     *zone)
{
  g_return_if_fail (EVD_IS_TIMEZONE_ROW (self));

  evd_timezone_row_select (self->dropdown, zone);
}

static void
selected_cb (EvdTimezoneRow *self)
{
  const char *local = evd_zoom_zones_match_local ();
  const char *zone = evd_timezone_row_get_zone (self);
  g_autofree char *text = NULL;

  if (zone != NULL && g_strcmp0 (zone, local) != 0)
    /* Translators: %s is Zoom's name for the computer's own time zone */
    text = g_strdup_printf (_("The times below are in this zone. Yours is %s."), evd_zoom_zones_label_for (local));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text != NULL ? text : _("The times below are in this zone."));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZONE]);
}

static void
evd_timezone_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ZONE:
      g_value_set_string (value, evd_timezone_row_get_zone (EVD_TIMEZONE_ROW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_timezone_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_TIMEZONE_ROW);

  G_OBJECT_CLASS (evd_timezone_row_parent_class)->dispose (object);
}

static void
evd_timezone_row_finalize (GObject *object)
{
  EvdTimezoneRow *self = EVD_TIMEZONE_ROW (object);

  g_clear_object (&self->zones);

  G_OBJECT_CLASS (evd_timezone_row_parent_class)->finalize (object);
}

static void
evd_timezone_row_class_init (EvdTimezoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_timezone_row_get_property;
  object_class->dispose = evd_timezone_row_dispose;
  object_class->finalize = evd_timezone_row_finalize;

  properties[PROP_ZONE] = g_param_spec_string ("zone", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/widgets/evd-timezone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, dropdown);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
}

static void
evd_timezone_row_init (EvdTimezoneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  evd_timezone_row_setup_drop_down (self->dropdown);
  self->zones = GTK_STRING_LIST (g_object_ref (gtk_drop_down_get_model (self->dropdown)));

  evd_timezone_row_set_zone (self, evd_zoom_zones_match_local ());
  selected_cb (self);
}
