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

/* Widgets carry names ("repeat-type", "repeat-interval"…) so that tests
 * and the form can find what a message is about. */
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
  gboolean         updating;
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
  update_visibility (self);
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
end_date_selected_cb (EvdRecurrenceEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->end_calendar);
  g_autofree char *text = g_date_time_format (date, _("%a %e %b %Y"));

  gtk_menu_button_set_label (self->end_date_button, g_strstrip (text));
  gtk_menu_button_popdown (self->end_date_button);
  changed_cb (self);
}

/* Rows ---------------------------------------------------------------------- */

static AdwComboRow *
combo_row (EvdRecurrenceEditor *self,
           const char          *name,
           const char          *title,
           const char * const  *items)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  gtk_widget_set_name (GTK_WIDGET (row), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->group, GTK_WIDGET (row));
  return row;
}

static AdwActionRow *
spin_row (EvdRecurrenceEditor  *self,
          const char           *name,
          const char           *title,
          int                   max,
          GtkSpinButton       **out_spin)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *spin = gtk_spin_button_new_with_range (1, max, 1);

  gtk_widget_set_name (spin, name);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  /* Upright, as everywhere in Event Desk: narrow enough for a phone. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (row, spin);
  adw_preferences_group_add (self->group, GTK_WIDGET (row));
  *out_spin = GTK_SPIN_BUTTON (spin);
  return row;
}

static void
build_weekdays (EvdRecurrenceEditor *self)
{
  /* Translators: one- or two-letter weekday names on toggle buttons, Sunday first */
  const char *shorts[] = { N_("Su"), N_("Mo"), N_("Tu"), N_("We"), N_("Th"), N_("Fr"), N_("Sa") };
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("On these days"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  for (int i = 0; i < 7; i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (_(shorts[i]));
      g_autofree char *name = g_strdup_printf ("repeat-weekday-%d", i + 1);

      gtk_widget_set_name (toggle, name);
      gtk_widget_add_css_class (toggle, "circular");
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      evd_weekday_to_label (i + 1), -1);
      g_signal_connect_object (toggle, "toggled", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), toggle);
      self->weekdays[i] = GTK_TOGGLE_BUTTON (toggle);
    }

  gtk_box_append (GTK_BOX (outer), title);
  gtk_box_append (GTK_BOX (outer), box);
  gtk_widget_set_margin_top (outer, 8);
  gtk_widget_set_margin_bottom (outer, 8);
  gtk_widget_set_margin_start (outer, 12);
  gtk_widget_set_margin_end (outer, 12);
  self->weekdays_row = GTK_LIST_BOX_ROW (gtk_list_box_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->weekdays_row), "repeat-days");
  gtk_list_box_row_set_activatable (self->weekdays_row, FALSE);
  gtk_list_box_row_set_child (self->weekdays_row, outer);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->weekdays_row));
}

static void
build_end_date (EvdRecurrenceEditor *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->end_date_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->end_date_row), _("Last date"));
  self->end_calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->end_calendar));
  self->end_date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_widget_set_name (GTK_WIDGET (self->end_date_button), "repeat-end-date");
  gtk_widget_set_valign (GTK_WIDGET (self->end_date_button), GTK_ALIGN_CENTER);
  gtk_menu_button_set_popover (self->end_date_button, popover);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_date_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Last date"), -1);
  g_signal_connect_object (self->end_calendar, "day-selected", G_CALLBACK (end_date_selected_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (self->end_date_row, GTK_WIDGET (self->end_date_button));
  adw_preferences_group_add (self->group, GTK_WIDGET (self->end_date_row));
}

static void
build (EvdRecurrenceEditor *self)
{
  const char *types[] = { _("Every day"), _("Every week"), _("Every month"), NULL };
  const char *modes[] = { _("A day number"), _("A weekday"), NULL };
  const char *weeks[] = { _("First"), _("Second"), _("Third"), _("Fourth"), _("Last"), NULL };
  const char *days[8];
  const char *ends[] = { _("After a number of times"), _("On a date"), NULL };

  for (int i = 0; i < 7; i++)
    days[i] = evd_weekday_to_label (i + 1);
  days[7] = NULL;

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Repeats"));
  adw_preferences_group_set_description (self->group,
                                         _("People register once and can join any or all occurrences."));

  self->type_row = combo_row (self, "repeat-type", _("Repeats"), types);
  self->interval_row = spin_row (self, "repeat-interval", _("Every"), 999, &self->interval_spin);
  self->interval_unit = GTK_LABEL (gtk_label_new (NULL));
  adw_action_row_add_suffix (self->interval_row, GTK_WIDGET (self->interval_unit));
  build_weekdays (self);
  self->monthly_mode_row = combo_row (self, "repeat-monthly-mode", _("Monthly on"), modes);
  self->monthly_day_row = spin_row (self, "repeat-monthly-day", _("Day of the month"), 31, &self->monthly_day_spin);
  self->monthly_week_row = combo_row (self, "repeat-monthly-week", _("Week of the month"), weeks);
  self->monthly_weekday_row = combo_row (self, "repeat-monthly-weekday", _("Day of the week"), days);
  self->ends_row = combo_row (self, "repeat-ends", _("Ends"), ends);
  self->end_times_row = spin_row (self, "repeat-end-times", _("Number of times"), 999, &self->end_times_spin);
  adw_action_row_set_subtitle (self->end_times_row, _("At most 60"));
  build_end_date (self);

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->problem_label), "repeat-problem");
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
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

  if (problem != NULL && !problem->warning)
    {
      gtk_widget_add_css_class (widget, "error");
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", problem->message);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
    }
}

void
evd_recurrence_editor_show_problems (EvdRecurrenceEditor *self,
                                     GPtrArray           *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean by_date;

  g_return_if_fail (EVD_IS_RECURRENCE_EDITOR (self));

  by_date = adw_combo_row_get_selected (self->ends_row) == 1;
  mark (GTK_WIDGET (self->interval_row), problems, EVD_FIELD_REPEAT, text);
  mark (GTK_WIDGET (self->weekdays_row), problems, EVD_FIELD_REPEAT_DAYS, text);
  mark (GTK_WIDGET (by_date ? self->end_date_row : self->end_times_row), problems, EVD_FIELD_REPEAT_ENDS, text);
  gtk_label_set_text (self->problem_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), text->len > 0);
}

/* GObject ----------------------------------------------------------------- */

static void
evd_recurrence_editor_dispose (GObject *object)
{
  evd_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (evd_recurrence_editor_parent_class)->dispose (object);
}

static void
evd_recurrence_editor_class_init (EvdRecurrenceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_recurrence_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
evd_recurrence_editor_init (EvdRecurrenceEditor *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  g_autoptr(EvdRecurrence) initial = evd_recurrence_new (EVD_RECURRENCE_TYPE_WEEKLY);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  build (self);
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->problem_label), GTK_WIDGET (self));

  evd_recurrence_set_repeat_interval (initial, 1);
  evd_recurrence_set_end_times (initial, 4);
  evd_recurrence_editor_set_recurrence (self, initial, NULL);
}
