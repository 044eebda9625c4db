/* evd-event-day-row.c: one day of an event, a date with its start and end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-day-row"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-event-day-row.h"
#include "evd-ui-util.h"

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
  /* Whoever sets several values at once updates the length after. */
  if (self->updating)
    return;
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
  evd_mark_field (widget, problem == NULL ? NULL : problem->warning ? "warning" : "error");
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
evd_event_day_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_EVENT_DAY_ROW);

  G_OBJECT_CLASS (evd_event_day_row_parent_class)->dispose (object);
}

static void
evd_event_day_row_class_init (EvdEventDayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_event_day_row_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-event-day-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, date_button);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, start_hour);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, start_minute);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, end_hour);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, end_minute);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, length_label);
  gtk_widget_class_bind_template_child (widget_class, EvdEventDayRow, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
}

static void
evd_event_day_row_init (EvdEventDayRow *self)
{
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* The spin buttons report changes while the template builds them. */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A new day starts tomorrow, 10:00 to 11:00, a time still to come. */
  tomorrow = g_date_time_add_days (now, 1);
  evd_event_day_row_set_date (self, g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                              g_date_time_get_day_of_month (tomorrow));
  evd_event_day_row_set_times (self, 10, 0, 11, 0);
  self->updating = FALSE;
  update_length (self);
}
