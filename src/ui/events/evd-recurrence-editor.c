/* evd-recurrence-editor.c: how often a recurring event repeats, and until when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-recurrence-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-event-checks.h"
#include "evd-recurrence-editor.h"
#include "evd-time.h"
#include "evd-ui-util.h"

/* Widgets carry names ("repeat-type", "repeat-interval"…, see the .ui) so
 * that tests and the form can find what a message is about. */
struct _EvdRecurrenceEditor
{
  GtkWidget       parent_instance;

  AdwPreferencesGroup *group;
  AdwComboRow     *type_row;
  AdwActionRow    *interval_row;
  GtkSpinButton   *interval_spin;
  GtkLabel        *interval_unit;
  GtkListBoxRow   *weekdays_row;
  GtkToggleButton *weekdays[7];
  AdwComboRow     *monthly_mode_row;
  AdwActionRow    *monthly_day_row;
  GtkSpinButton   *monthly_day_spin;
  AdwComboRow     *monthly_week_row;
  AdwComboRow     *monthly_weekday_row;
  AdwComboRow     *ends_row;
  AdwActionRow    *end_times_row;
  GtkSpinButton   *end_times_spin;
  AdwActionRow    *end_date_row;
  GtkMenuButton   *end_date_button;
  GtkCalendar     *end_calendar;
  GtkLabel        *problem_label;
  GtkLabel        *days_problem_label;
  gboolean         updating;
  gboolean         weekdays_chosen;  /* by the person, or loaded from an event */
};

G_DEFINE_FINAL_TYPE (EvdRecurrenceEditor, evd_recurrence_editor, GTK_TYPE_WIDGET)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Monthly weeks as Zoom numbers them, in the order the list shows them. */
static const int monthly_weeks[] = { 1, 2, 3, 4, -1 };

GtkWidget *
evd_recurrence_editor_new (void)
{
  return g_object_new (EVD_TYPE_RECURRENCE_EDITOR, NULL);
}

static EvdRecurrenceType
selected_type (EvdRecurrenceEditor *self)
{
  return (EvdRecurrenceType) (adw_combo_row_get_selected (self->type_row) + EVD_RECURRENCE_TYPE_DAILY);
}

static void
update_visibility (EvdRecurrenceEditor *self)
{
  EvdRecurrenceType type = selected_type (self);
  gboolean monthly = type == EVD_RECURRENCE_TYPE_MONTHLY;
  gboolean by_week = adw_combo_row_get_selected (self->monthly_mode_row) == 1;
  gboolean by_date = adw_combo_row_get_selected (self->ends_row) == 1;
  const char *units[] = { _("days"), _("weeks"), _("months") };
  const char *limits[] = { _("At most every 90 days"), _("At most every 12 weeks"), _("At most every 3 months") };

  gtk_label_set_text (self->interval_unit, units[type - EVD_RECURRENCE_TYPE_DAILY]);
  adw_action_row_set_subtitle (self->interval_row, limits[type - EVD_RECURRENCE_TYPE_DAILY]);
  gtk_widget_set_visible (GTK_WIDGET (self->weekdays_row), type == EVD_RECURRENCE_TYPE_WEEKLY);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_mode_row), monthly);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_day_row), monthly && !by_week);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_week_row), monthly && by_week);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_weekday_row), monthly && by_week);
  gtk_widget_set_visible (GTK_WIDGET (self->end_times_row), !by_date);
  gtk_widget_set_visible (GTK_WIDGET (self->end_date_row), by_date);
}

static void
changed_cb (EvdRecurrenceEditor *self)
{
  /* Whoever sets several controls at once reports once, after. */
  if (self->updating)
    return;
  update_visibility (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
weekday_toggled_cb (EvdRecurrenceEditor *self)
{
  if (!self->updating)
    self->weekdays_chosen = TRUE;
  changed_cb (self);
}

/**
 * evd_recurrence_editor_set_start_date:
 *
 * Until the person picks weekdays, a weekly schedule repeats on the start
 * date's weekday, so the preview lists real dates and Next is available.
 */
void
evd_recurrence_editor_set_start_date (EvdRecurrenceEditor *self,
                                      int                  year,
                                      int                  month,
                                      int                  day)
{
  GDate date;
  int sunday_first;

  g_return_if_fail (EVD_IS_RECURRENCE_EDITOR (self));

  if (self->weekdays_chosen || !g_date_valid_dmy (day, month, year))
    return;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  /* GDate counts from Monday (1) to Sunday (7); the toggles from Sunday. */
  sunday_first = g_date_get_weekday (&date) % 7;
  self->updating = TRUE;
  for (int i = 0; i < 7; i++)
    gtk_toggle_button_set_active (self->weekdays[i], i == sunday_first);
  self->updating = FALSE;
}

static void
end_date_selected_cb (EvdRecurrenceEditor *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (self->updating)
    return;
  date = gtk_calendar_get_date (self->end_calendar);
  text = g_date_time_format (date, _("%a %e %b %Y"));

  gtk_menu_button_set_label (self->end_date_button, g_strstrip (text));
  gtk_menu_button_popdown (self->end_date_button);
  changed_cb (self);
}

/* Reading and writing ----------------------------------------------------- */

void
evd_recurrence_editor_set_recurrence (EvdRecurrenceEditor *self,
                                      EvdRecurrence       *recurrence,
                                      const char          *zone)
{
  EvdRecurrenceType type;
  EvdWeekdays weekdays;
  int week;

  g_return_if_fail (EVD_IS_RECURRENCE_EDITOR (self));
  g_return_if_fail (EVD_IS_RECURRENCE (recurrence));

  self->updating = TRUE;
  type = evd_recurrence_get_recurrence_type (recurrence);
  if (type < EVD_RECURRENCE_TYPE_DAILY || type > EVD_RECURRENCE_TYPE_MONTHLY)
    type = EVD_RECURRENCE_TYPE_WEEKLY;
  adw_combo_row_set_selected (self->type_row, type - EVD_RECURRENCE_TYPE_DAILY);
  gtk_spin_button_set_value (self->interval_spin, MAX (evd_recurrence_get_repeat_interval (recurrence), 1));

  weekdays = evd_recurrence_get_weekly_days (recurrence);
  self->weekdays_chosen = weekdays != EVD_WEEKDAYS_NONE;
  for (int i = 0; i < 7; i++)
    gtk_toggle_button_set_active (self->weekdays[i], (weekdays & (1 << i)) != 0);

  week = evd_recurrence_get_monthly_week (recurrence);
  adw_combo_row_set_selected (self->monthly_mode_row, week != 0 ? 1 : 0);
  gtk_spin_button_set_value (self->monthly_day_spin, MAX (evd_recurrence_get_monthly_day (recurrence), 1));
  for (guint i = 0; i < G_N_ELEMENTS (monthly_weeks); i++)
    if (monthly_weeks[i] == week)
      adw_combo_row_set_selected (self->monthly_week_row, i);
  if (evd_recurrence_get_monthly_week_day (recurrence) >= 1)
    adw_combo_row_set_selected (self->monthly_weekday_row, evd_recurrence_get_monthly_week_day (recurrence) - 1);

  if (evd_recurrence_get_end_date_time (recurrence) != NULL)
    {
      g_autoptr(GTimeZone) tz = evd_time_zone_new (zone);
      g_autoptr(GDateTime) local = tz != NULL
        ? evd_time_to_wall_clock (evd_recurrence_get_end_date_time (recurrence), tz)
        : g_date_time_ref (evd_recurrence_get_end_date_time (recurrence));

      adw_combo_row_set_selected (self->ends_row, 1);
      gtk_calendar_select_day (self->end_calendar, local);
    }
  else
    {
      adw_combo_row_set_selected (self->ends_row, 0);
      gtk_spin_button_set_value (self->end_times_spin, MAX (evd_recurrence_get_end_times (recurrence), 1));
    }
  self->updating = FALSE;
  end_date_selected_cb (self);
}

/**
 * evd_recurrence_editor_dup_recurrence:
 * @zone: the event's zone: an end date means the end of that day there
 *
 * Returns: (transfer full): what the controls say
 */
EvdRecurrence *
evd_recurrence_editor_dup_recurrence (EvdRecurrenceEditor *self,
                                      const char          *zone)
{
  EvdRecurrenceType type;
  EvdRecurrence *recurrence;

  g_return_val_if_fail (EVD_IS_RECURRENCE_EDITOR (self), NULL);

  type = selected_type (self);
  recurrence = evd_recurrence_new (type);
  evd_recurrence_set_repeat_interval (recurrence, gtk_spin_button_get_value_as_int (self->interval_spin));

  if (type == EVD_RECURRENCE_TYPE_WEEKLY)
    {
      EvdWeekdays days = EVD_WEEKDAYS_NONE;

      for (int i = 0; i < 7; i++)
        if (gtk_toggle_button_get_active (self->weekdays[i]))
          days |= 1 << i;
      evd_recurrence_set_weekly_days (recurrence, days);
    }
  else if (type == EVD_RECURRENCE_TYPE_MONTHLY && adw_combo_row_get_selected (self->monthly_mode_row) == 1)
    {
      evd_recurrence_set_monthly_week (recurrence, monthly_weeks[MIN (adw_combo_row_get_selected (self->monthly_week_row), 4)]);
      evd_recurrence_set_monthly_week_day (recurrence, adw_combo_row_get_selected (self->monthly_weekday_row) + 1);
    }
  else if (type == EVD_RECURRENCE_TYPE_MONTHLY)
    {
      evd_recurrence_set_monthly_day (recurrence, gtk_spin_button_get_value_as_int (self->monthly_day_spin));
    }

  if (adw_combo_row_get_selected (self->ends_row) == 1)
    {
      g_autoptr(GTimeZone) tz = evd_time_zone_new (zone);
      g_autoptr(GDateTime) date = gtk_calendar_get_date (self->end_calendar);
      g_autoptr(GDateTime) end = NULL;

      if (tz == NULL)
        tz = g_time_zone_new_utc ();
      end = evd_time_from_wall_clock (tz, g_date_time_get_year (date),
                                                           g_date_time_get_month (date),
                                                           g_date_time_get_day_of_month (date),
                                                           23, 59, 0, NULL);
      evd_recurrence_set_end_date_time (recurrence, end);
    }
  else
    {
      evd_recurrence_set_end_times (recurrence, gtk_spin_button_get_value_as_int (self->end_times_spin));
    }

  return recurrence;
}

static void
mark (GtkWidget  *widget,
      GPtrArray  *problems,
      const char *field,
      GString    *text)
{
  const EvdEventProblem *problem = evd_event_draft_find_problem (problems, field);

  gboolean shown = problem != NULL && !problem->warning;

  if (shown)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", problem->message);
  evd_mark_field (widget, shown ? "error" : NULL);
}

void
evd_recurrence_editor_show_problems (EvdRecurrenceEditor *self,
                                     GPtrArray           *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) days_text = g_string_new (NULL);
  gboolean by_date;

  g_return_if_fail (EVD_IS_RECURRENCE_EDITOR (self));

  by_date = adw_combo_row_get_selected (self->ends_row) == 1;
  mark (GTK_WIDGET (self->interval_row), problems, EVD_FIELD_REPEAT, text);
  if (selected_type (self) == EVD_RECURRENCE_TYPE_WEEKLY)
    mark (GTK_WIDGET (self->weekdays_row), problems, EVD_FIELD_REPEAT_DAYS, days_text);
  else
    mark (GTK_WIDGET (self->weekdays_row), problems, EVD_FIELD_REPEAT_DAYS, text);
  gtk_label_set_text (self->days_problem_label, days_text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->days_problem_label), days_text->len > 0);
  mark (GTK_WIDGET (by_date ? self->end_date_row : self->end_times_row), problems, EVD_FIELD_REPEAT_ENDS, text);
  gtk_label_set_text (self->problem_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), text->len > 0);
}

/* GObject ----------------------------------------------------------------- */

static void
evd_recurrence_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_RECURRENCE_EDITOR);

  G_OBJECT_CLASS (evd_recurrence_editor_parent_class)->dispose (object);
}

static void
evd_recurrence_editor_class_init (EvdRecurrenceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_recurrence_editor_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-recurrence-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, group);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, interval_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, interval_unit);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, weekdays_row);
  for (int i = 0; i < 7; i++)
    {
      g_autofree char *id = g_strdup_printf ("weekday_%d", i + 1);

      gtk_widget_class_bind_template_child_full (widget_class, id, FALSE,
                                                 G_STRUCT_OFFSET (EvdRecurrenceEditor, weekdays) +
                                                 i * sizeof (GtkToggleButton *));
    }
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, monthly_mode_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, monthly_day_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, monthly_day_spin);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, monthly_week_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, monthly_weekday_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, ends_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, end_times_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, end_times_spin);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, end_date_button);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, end_calendar);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, EvdRecurrenceEditor, days_problem_label);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, weekday_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_date_selected_cb);
}

static void
evd_recurrence_editor_init (EvdRecurrenceEditor *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  g_autoptr(EvdRecurrence) initial = evd_recurrence_new (EVD_RECURRENCE_TYPE_WEEKLY);
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);

  /* The controls report changes while the template builds them. */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  /* Weekday names come from the one place that names them. */
  for (int i = 0; i < 7; i++)
    {
      gtk_string_list_append (days, evd_weekday_to_label (i + 1));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->weekdays[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      evd_weekday_to_label (i + 1), -1);
    }
  adw_combo_row_set_model (self->monthly_weekday_row, G_LIST_MODEL (days));

  evd_recurrence_set_repeat_interval (initial, 1);
  evd_recurrence_set_end_times (initial, 4);
  evd_recurrence_editor_set_recurrence (self, initial, NULL);
}
