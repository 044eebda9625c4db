/* evd-hub-event-row.c: one event in the hub page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-hub-event-row"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-hub-event-row.h"
#include "evd-page-util.h"
#include "evd-ui-util.h"

/* A hub may list 10,000 events: the list view makes only the rows on
 * screen and binds them to other events as it scrolls, so a row is a few
 * labels set on bind, and no event is held longer than it is shown. */
struct _EvdHubEventRow
{
  GtkWidget       parent_instance;

  GtkInscription *title_label;
  GtkInscription *subtitle_label;
  GtkWidget      *badge;
};

G_DEFINE_FINAL_TYPE (EvdHubEventRow, evd_hub_event_row, GTK_TYPE_WIDGET)

GtkWidget *
evd_hub_event_row_new (void)
{
  return g_object_new (EVD_TYPE_HUB_EVENT_ROW, NULL);
}

/**
 * evd_hub_event_row_bind:
 * @event: (nullable): the event to show; %NULL when the row is unbound
 * @now: the time statuses are computed for
 */
void
evd_hub_event_row_bind (EvdHubEventRow *self,
                        EvdEvent       *event,
                        GDateTime      *now)
{
  EvdDisplayStatus status;
  GDateTime *start;
  g_autofree char *when = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (EVD_IS_HUB_EVENT_ROW (self));

  if (event == NULL)
    {
      gtk_inscription_set_text (self->title_label, NULL);
      gtk_inscription_set_text (self->subtitle_label, NULL);
      return;
    }

  status = evd_event_get_display_status (event, now);
  start = evd_event_get_start_time (event);
  when = start != NULL ? evd_format_date_time (start, NULL) : g_strdup (_("No date yet"));

  gtk_inscription_set_text (self->title_label, evd_event_get_name (event));
  gtk_inscription_set_text (self->subtitle_label, when);
  evd_status_badge_set (self->badge, status);

  /* Translators: an event in a list read aloud: name, date, status */
  accessible = g_strdup_printf (_("%s, %s, %s"), evd_event_get_name (event), when,
                                evd_display_status_to_label (status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
evd_hub_event_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_HUB_EVENT_ROW);
  evd_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (evd_hub_event_row_parent_class)->dispose (object);
}

static void
evd_hub_event_row_class_init (EvdHubEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_hub_event_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/browse/evd-hub-event-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, EvdHubEventRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, EvdHubEventRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, EvdHubEventRow, badge);
}

static void
evd_hub_event_row_init (EvdHubEventRow *self)
{
  GtkGridLayout *layout = GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  gtk_grid_layout_set_column_spacing (layout, 12);
  gtk_grid_layout_set_row_spacing (layout, 2);
  gtk_widget_init_template (GTK_WIDGET (self));
}
