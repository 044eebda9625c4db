/* evd-date-time-entry.c: a date and a time of day, read in a given time zone
 *
 * A calendar in a popover for the day and two spin buttons for the time:
 * organizers think in the event's wall-clock time, and the conversion to
 * UTC (across daylight saving changes) happens only when reading it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-date-time-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-date-time-entry.h"
#include "evd-time.h"

struct _EvdDateTimeEntry
{
  GtkWidget       parent_instance;

  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  GtkSpinButton  *hour_spin;
  GtkWidget      *colon;
  GtkSpinButton  *minute_spin;
};

G_DEFINE_FINAL_TYPE (EvdDateTimeEntry, evd_date_time_entry, GTK_TYPE_WIDGET)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (EvdDateTimeEntry *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

GtkWidget *
evd_date_time_entry_new (void)
{
  return g_object_new (EVD_TYPE_DATE_TIME_ENTRY, NULL);
}

static void
update_date_label (EvdDateTimeEntry *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  /* Translators: a date on a button, see g_date_time_format() */
  g_autofree char *text = g_date_time_format (date, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (self->date_button, g_strstrip (text));
}

static void
day_selected_cb (EvdDateTimeEntry *self)
{
  update_date_label (self);
  gtk_menu_button_popdown (self->date_button);
  emit_changed (self);
}

static gboolean
pad_output_cb (GtkSpinButton *spin,
               gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

void
evd_date_time_entry_set_time (EvdDateTimeEntry *self,
                              GDateTime        *time,
                              const char       *zone_identifier)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (EVD_IS_DATE_TIME_ENTRY (self));
  g_return_if_fail (time != NULL);

  zone = zone_identifier != NULL ? evd_time_zone_new (zone_identifier) : NULL;
  local = zone != NULL ? g_date_time_to_timezone (time, zone) : g_date_time_ref (time);
  gtk_calendar_select_day (self->calendar, local);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (local));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (local));
  update_date_label (self);
}

GDateTime *
evd_date_time_entry_dup_time (EvdDateTimeEntry *self,
                              const char       *zone_identifier)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (EVD_IS_DATE_TIME_ENTRY (self), NULL);

  zone = zone_identifier != NULL ? evd_time_zone_new (zone_identifier) : NULL;
  if (zone == NULL)
    return NULL;

  gtk_spin_button_update (self->hour_spin);
  gtk_spin_button_update (self->minute_spin);
  date = gtk_calendar_get_date (self->calendar);
  time = evd_time_from_wall_clock (zone,
                                   g_date_time_get_year (date),
                                   g_date_time_get_month (date),
                                   g_date_time_get_day_of_month (date),
                                   gtk_spin_button_get_value_as_int (self->hour_spin),
                                   gtk_spin_button_get_value_as_int (self->minute_spin),
                                   0, NULL);
  return time != NULL ? g_date_time_to_utc (time) : NULL;
}

void
evd_date_time_entry_set_accessible_name (EvdDateTimeEntry *self,
                                         const char       *name)
{
  g_autofree char *date_name = NULL;
  g_autofree char *hour_name = NULL;
  g_autofree char *minute_name = NULL;

  g_return_if_fail (EVD_IS_DATE_TIME_ENTRY (self));

  /* Translators: what a date button is for, e.g. "Start: date" */
  date_name = g_strdup_printf (_("%s: date"), name);
  /* Translators: e.g. "Start: hour" */
  hour_name = g_strdup_printf (_("%s: hour"), name);
  /* Translators: e.g. "Start: minutes" */
  minute_name = g_strdup_printf (_("%s: minutes"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button), GTK_ACCESSIBLE_PROPERTY_LABEL, date_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hour_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, hour_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->minute_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, minute_name, -1);
}

static void
evd_date_time_entry_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_DATE_TIME_ENTRY);

  G_OBJECT_CLASS (evd_date_time_entry_parent_class)->dispose (object);
}

static void
evd_date_time_entry_class_init (EvdDateTimeEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_date_time_entry_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/widgets/evd-date-time-entry.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdDateTimeEntry, date_button);
  gtk_widget_class_bind_template_child (widget_class, EvdDateTimeEntry, calendar);
  gtk_widget_class_bind_template_child (widget_class, EvdDateTimeEntry, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, EvdDateTimeEntry, colon);
  gtk_widget_class_bind_template_child (widget_class, EvdDateTimeEntry, minute_spin);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, pad_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, emit_changed);

  /**
   * EvdDateTimeEntry::changed:
   *
   * The date, the hour or the minutes changed, by hand or by code.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
evd_date_time_entry_init (EvdDateTimeEntry *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  evd_date_time_entry_set_time (self, now, NULL);
}
