/* evd-timezone-row.c: a searchable list of IANA time zones in a row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-timezone-row"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-time.h"
#include "evd-timezone-row.h"

/* The zones come from the system's zoneinfo; typing in the open list
 * filters it ("berl" finds Europe/Berlin). The subtitle reminds people
 * that the times below are in this zone, and names theirs when it differs. */
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
  guint n;

  g_return_if_fail (EVD_IS_TIMEZONE_ROW (self));

  if (zone == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->zones));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->zones, i), zone) == 0)
      {
        gtk_drop_down_set_selected (self->dropdown, i);
        return;
      }

  /* A zone the system's list lacks stays selectable. */
  gtk_string_list_append (self->zones, zone);
  gtk_drop_down_set_selected (self->dropdown, n);
}

static void
selected_cb (EvdTimezoneRow *self)
{
  g_autofree char *local = evd_time_get_local_zone_name ();
  const char *zone = evd_timezone_row_get_zone (self);
  g_autofree char *text = NULL;

  if (zone != NULL && local != NULL && g_strcmp0 (zone, local) != 0)
    /* Translators: %s is the computer's own time zone */
    text = g_strdup_printf (_("The times below are in this zone. Yours is %s."), local);
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
evd_timezone_row_class_init (EvdTimezoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_timezone_row_get_property;
  object_class->dispose = evd_timezone_row_dispose;

  properties[PROP_ZONE] = g_param_spec_string ("zone", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/widgets/evd-timezone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, zones);
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, dropdown);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
}

static void
evd_timezone_row_init (EvdTimezoneRow *self)
{
  g_auto(GStrv) zones = evd_time_list_zones ();
  g_autofree char *local = evd_time_get_local_zone_name ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->zones, 0, 0, (const char * const *) zones);

  evd_timezone_row_set_zone (self, local != NULL ? local : "UTC");
  selected_cb (self);
}
