/* evd-event-day-row.c: one day of an event, a date with its start and end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-day-row"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-event-day-row.h"

/* The times are wall-clock times in the event's zone: the form converts
 * them, so this row knows nothing about zones. */
struct _EvdEventDayRow
{
  GtkListBoxRow  parent_instance;

  guint          index;
  GtkLabel      *title_label;
  GtkMenuButton *date_button;
  GtkCalendar   *calendar;
  GtkButton     *remove_button;
  GtkSpinButton *start_hour;
  GtkSpinButton *start_minute;
  GtkSpinButton *end_hour;
  GtkSpinButton *end_minute;
  GtkLabel      *length_label;
  GtkLabel      *problem_label;
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (EvdEventDayRow, evd_event_day_row, GTK_TYPE_LIST_BOX_ROW)

enum
{
  CHANGED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
evd_event_day_row_new (void)
{
  return g_object_new (EVD_TYPE_EVENT_DAY_ROW, NULL);
}

static void
emit_changed (EvdEventDayRow *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
update_date_label (EvdEventDayRow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  /* Translators: a date on a button, see g_date_time_format() */
  g_autofree char *text = g_date_time_format (date, _("%a %e %b %Y"));

  gtk_menu_button_set_label (self->date_button, g_strstrip (text));
}

static void
update_length (EvdEventDayRow *self)
{
  int minutes = (gtk_spin_button_get_value_as_int (self->end_hour) * 60 +
                 gtk_spin_button_get_value_as_int (self->end_minute)) -
                (gtk_spin_button_get_value_as_int (self->start_hour) * 60 +
                 gtk_spin_button_get_value_as_int (self->start_minute));
  g_autofree char *text = NULL;

  if (minutes <= 0)
    text = g_strdup (_("Ends before it starts"));
  else if (minutes % 60 == 0)
    /* Translators: how long a session lasts */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Lasts %d hour", "Lasts %d hours", minutes / 60), minutes / 60);
  else if (minutes < 60)
    text = g_strdup_printf (_("Lasts %d min"), minutes);
  else
    /* Translators: how long a session lasts, hours then minutes */
    text = g_strdup_printf (_("Lasts %d h %d min"), minutes / 60, minutes % 60);

  gtk_label_set_text (self->length_label, text);
}

static void
day_selected_cb (EvdEventDayRow *self)
{
  update_date_label (self);
  gtk_menu_button_popdown (self->date_button);
  emit_changed (self);
}

static void
time_changed_cb (EvdEventDayRow *self)
{
  update_length (self);
  emit_changed (self);
}

static void
remove_clicked_cb (EvdEventDayRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* Two digits, so 9:05 reads as 09:05. */
static gboolean
spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static GtkSpinButton *
new_spin (EvdEventDayRow *self,
          int             max,
          const char     *accessible_name)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, max, 1));

  gtk_spin_button_set_wrap (spin, TRUE);
  gtk_spin_button_set_numeric (spin, TRUE);
  /* Upright, as everywhere in Event Desk: narrow enough for a phone. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output_cb), NULL);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (time_changed_cb), self, G_CONNECT_SWAPPED);
  return spin;
}

static GtkWidget *
time_box (EvdEventDayRow  *self,
          const char      *title,
          GtkSpinButton  **hour,
          GtkSpinButton  **minute,
          const char      *hour_name,
          const char      *minute_name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  *hour = new_spin (self, 23, hour_name);
  *minute = new_spin (self, 59, minute_name);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*hour));
  gtk_box_append (GTK_BOX (box), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*minute));
  return box;
}

static GtkWidget *
build_header (EvdEventDayRow *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *popover = gtk_popover_new ();

  self->title_label = GTK_LABEL (gtk_label_new (_("Date")));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  self->date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->date_button, popover);
  gtk_menu_button_set_always_show_arrow (self->date_button, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date"), -1);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self, G_CONNECT_SWAPPED);

  self->remove_button = GTK_BUTTON (gtk_button_new_from_icon_name ("user-trash-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->remove_button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), _("Remove Day"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Day"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), FALSE);
  g_signal_connect_object (self->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self, G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->date_button));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->remove_button));
  return header;
}

void
evd_event_day_row_set_index (EvdEventDayRow *self,
                             guint           index,
                             gboolean        removable)
{
  g_autofree char *title = NULL;

  g_return_if_fail (EVD_IS_EVENT_DAY_ROW (self));

  self->index = index;
  if (removable || index > 0)
    /* Translators: the days of a multi-day event: Day 1, Day 2… */
    title = g_strdup_printf (_("Day %u"), index + 1);
  gtk_label_set_text (self->title_label, title != NULL ? title : _("Date"));
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), removable);
}

void
evd_event_day_row_set_date (EvdEventDayRow *self,
                            int             year,
                            int             month,
                            int             day)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_if_fail (EVD_IS_EVENT_DAY_ROW (self));

  date = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (date == NULL)
    return;
  gtk_calendar_select_day (self->calendar, date);
  update_date_label (self);
}

void
evd_event_day_row_set_times (EvdEventDayRow *self,
                             int             start_hour,
                             int             start_minute,
                             int             end_hour,
                             int             end_minute)
{
  g_return_if_fail (EVD_IS_EVENT_DAY_ROW (self));

  gtk_spin_button_set_value (self->start_hour, start_hour);
  gtk_spin_button_set_value (self->start_minute, start_minute);
  gtk_spin_button_set_value (self->end_hour, end_hour);
  gtk_spin_button_set_value (self->end_minute, end_minute);
}

void
evd_event_day_row_set_day (EvdEventDayRow    *self,
                           const EvdEventDay *day)
{
  g_return_if_fail (EVD_IS_EVENT_DAY_ROW (self));
  g_return_if_fail (day != NULL);

  self->updating = TRUE;
  evd_event_day_row_set_date (self, day->year, day->month, day->day);
  evd_event_day_row_set_times (self, day->start_hour, day->start_minute, day->end_hour, day->end_minute);
  self->updating = FALSE;
  update_length (self);
}

void
evd_event_day_row_get_day (EvdEventDayRow *self,
                           EvdEventDay    *day)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_if_fail (EVD_IS_EVENT_DAY_ROW (self));
  g_return_if_fail (day != NULL);

  date = gtk_calendar_get_date (self->calendar);
  g_date_time_get_ymd (date, &day->year, &day->month, &day->day);
  day->start_hour = gtk_spin_button_get_value_as_int (self->start_hour);
  day->start_minute = gtk_spin_button_get_value_as_int (self->start_minute);
  day->end_hour = gtk_spin_button_get_value_as_int (self->end_hour);
  day->end_minute = gtk_spin_button_get_value_as_int (self->end_minute);
}

static const EvdEventProblem *
problem_at (EvdEventDayRow *self,
            GPtrArray      *problems,
            const char     *part)
{
  g_autofree char *field = g_strdup_printf ("day-%u-%s", self->index, part);

  return evd_event_draft_find_problem (problems, field);
}

static void
mark (GtkWidget             *widget,
      const EvdEventProblem *problem)
{
  if (problem != NULL && !problem->warning)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
  if (problem != NULL && problem->warning)
    gtk_widget_add_css_class (widget, "warning");
  else
    gtk_widget_remove_css_class (widget, "warning");
}

/* Each problem shows under the day, and marks the control it is about. */
void
evd_event_day_row_show_problems (EvdEventDayRow *self,
                                 GPtrArray      *problems)
{
  const EvdEventProblem *date = problem_at (self, problems, "date");
  const EvdEventProblem *start = problem_at (self, problems, "start");
  const EvdEventProblem *end = problem_at (self, problems, "end");
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean only_warnings = TRUE;

  g_return_if_fail (EVD_IS_EVENT_DAY_ROW (self));

  mark (GTK_WIDGET (self->date_button), date);
  mark (GTK_WIDGET (self->start_hour), start);
  mark (GTK_WIDGET (self->start_minute), start);
  mark (GTK_WIDGET (self->end_hour), end);
  mark (GTK_WIDGET (self->end_minute), end);

  if (date != NULL)
    g_string_append_printf (text, "%s\n", date->message);
  if (start != NULL)
    g_string_append_printf (text, "%s\n", start->message);
  if (end != NULL)
    g_string_append_printf (text, "%s\n", end->message);
  only_warnings = (date == NULL || date->warning) && (start == NULL || start->warning) && (end == NULL || end->warning);

  if (text->len > 0)
    g_string_truncate (text, text->len - 1);
  gtk_label_set_text (self->problem_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), text->len > 0);
  mark (GTK_WIDGET (self->problem_label),
        text->len == 0 ? NULL : &(EvdEventProblem) { NULL, NULL, only_warnings });
}

static void
evd_event_day_row_class_init (EvdEventDayRowClass *klass)
{
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
evd_event_day_row_init (EvdEventDayRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), time_box (self, _("Starts"), &self->start_hour, &self->start_minute,
                                           _("Start hour"), _("Start minute")));
  gtk_box_append (GTK_BOX (box), time_box (self, _("Ends"), &self->end_hour, &self->end_minute,
                                           _("End hour"), _("End minute")));

  self->length_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->length_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->length_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->length_label), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->length_label));

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  /* A new day starts tomorrow, 10:00 to 11:00, a time still to come. */
  tomorrow = g_date_time_add_days (now, 1);
  self->updating = TRUE;
  evd_event_day_row_set_date (self, g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                              g_date_time_get_day_of_month (tomorrow));
  evd_event_day_row_set_times (self, 10, 0, 11, 0);
  self->updating = FALSE;
  update_length (self);
}
