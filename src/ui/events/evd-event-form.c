/* evd-event-form.c: an event's details, for New Event and Edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-form"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-event-day-row.h"
#include "evd-event-refusal.h"
#include "evd-event-form.h"
#include "evd-hub.h"
#include "evd-recurrence-editor.h"
#include "evd-time.h"
#include "evd-timezone-row.h"
#include "evd-ui-util.h"
#include "evd-zoom-zones.h"

/* Every control has a widget name equal to the field id its problems use
 * (see evd-event-checks.h and the .ui), so a problem is shown where it
 * belongs. Each group has a label under it for its messages. */
struct _EvdEventForm
{
  GtkWidget            parent_instance;

  EvdEventType         type;
  EvdEventDraft       *base;        /* what the form was filled from */
  GPtrArray           *hub_ids;
  GPtrArray           *refusals;    /* Zoom's answer, until the next change */
  gboolean             updating;

  AdwActionRow        *type_row;
  GtkImage            *type_lock;
  AdwComboRow         *hub_row;
  AdwEntryRow         *name_row;
  AdwEntryRow         *description_row;
  gboolean             name_touched;         /* typed in, or filled from an event */
  char               **existing_names;       /* case-folded names of the hub's events */
  gboolean             description_touched;
  AdwEntryRow         *tagline_row;
  AdwEntryRow         *contact_row;
  GtkLabel            *about_problem;
  AdwPreferencesGroup *format_group;
  AdwComboRow         *meeting_row;
  GtkLabel            *format_problem;
  AdwComboRow         *access_row;
  AdwComboRow         *attendance_row;
  AdwEntryRow         *location_row;
  GtkLabel            *join_problem;
  EvdTimezoneRow      *zone_row;
  GtkListBox          *days_list;
  GtkButton           *add_day_button;
  GtkLabel            *days_problem;
  EvdRecurrenceEditor *recurrence_editor;
  AdwPreferencesGroup *occurrences_group;
  GtkLabel            *occurrences_label;
};

G_DEFINE_FINAL_TYPE (EvdEventForm, evd_event_form, GTK_TYPE_WIDGET)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The third is shown only for an event that already is PUBLIC (listed on
 * its hub): Zoom's API cannot make an event public, and must not make one
 * private that the organizer did not touch. */
static const EvdAccessLevel access_levels[] = {
  EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED, EVD_ACCESS_LEVEL_PRIVATE_RESTRICTED, EVD_ACCESS_LEVEL_PUBLIC
};
static const EvdAttendanceType attendances[] = {
  EVD_ATTENDANCE_TYPE_VIRTUAL, EVD_ATTENDANCE_TYPE_IN_PERSON, EVD_ATTENDANCE_TYPE_HYBRID
};

GtkWidget *
evd_event_form_new (EvdEventType type)
{
  EvdEventForm *self = g_object_new (EVD_TYPE_EVENT_FORM, NULL);
  g_autoptr(EvdEventDraft) draft = evd_event_draft_new (type);
  /* Zoom takes only its own list of zones: the one with the computer's rules. */
  evd_event_draft_set_string (&draft->timezone, evd_zoom_zones_match_local ());
  evd_event_form_set_draft (self, draft);
  return GTK_WIDGET (self);
}

EvdEventType
evd_event_form_get_event_type (EvdEventForm *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_FORM (self), EVD_EVENT_TYPE_UNKNOWN);
  return self->type;
}

/* Searching -------------------------------------------------------------- */

/**
 * evd_event_form_find_field:
 *
 * Returns: (transfer none) (nullable): the widget under @root named @name
 */
GtkWidget *
evd_event_form_find_field (GtkWidget  *root,
                           const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = evd_event_form_find_field (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Building ----------------------------------------------------------------- */

/* A weekly schedule repeats on the first day's weekday until the person
 * picks days (see evd_recurrence_editor_set_start_date()). */
static void
sync_repeat_weekday (EvdEventForm *self)
{
  if (self->days_list == NULL)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->days_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (EVD_IS_EVENT_DAY_ROW (child))
      {
        EvdEventDay day;

        evd_event_day_row_get_day (EVD_EVENT_DAY_ROW (child), &day);
        evd_recurrence_editor_set_start_date (self->recurrence_editor, day.year, day.month, day.day);
        return;
      }
}

static void
emit_changed (EvdEventForm *self)
{
  if (self->updating)
    return;
  if (self->recurrence_editor != NULL)
    sync_repeat_weekday (self);
  g_clear_pointer (&self->refusals, g_ptr_array_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* An empty name or description is not said in red before the person has
 * typed there: a form that opens full of errors reads as a scolding. Next
 * stays unavailable until they are filled, as before. */
static void
entry_changed_cb (EvdEventForm *self,
                  GtkEditable  *row)
{
  if (!self->updating)
    {
      if (row == GTK_EDITABLE (self->name_row))
        self->name_touched = TRUE;
      else if (row == GTK_EDITABLE (self->description_row))
        self->description_touched = TRUE;
    }
  emit_changed (self);
}

static gboolean
problem_is_shown (EvdEventForm          *self,
                  const EvdEventProblem *problem)
{
  if (g_strcmp0 (problem->field, EVD_FIELD_NAME) == 0)
    return self->name_touched;
  if (g_strcmp0 (problem->field, EVD_FIELD_DESCRIPTION) == 0)
    return self->description_touched;
  return TRUE;
}

static void
update_explanations (EvdEventForm *self)
{
  gboolean virtual = adw_combo_row_get_selected (self->attendance_row) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->location_row), !virtual);
}

static void
selection_changed_cb (EvdEventForm *self)
{
  /* Whoever fills the whole form updates the explanations after. */
  if (self->updating)
    return;
  update_explanations (self);
}

static void renumber_days (EvdEventForm *self);

static void
day_remove_cb (EvdEventDayRow *row,
               EvdEventForm   *self)
{
  gtk_list_box_remove (self->days_list, GTK_WIDGET (row));
  renumber_days (self);
  emit_changed (self);
}

static guint
count_days (EvdEventForm *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->days_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (EVD_IS_EVENT_DAY_ROW (child))
      n++;
  return n;
}

static void
renumber_days (EvdEventForm *self)
{
  guint n = count_days (self), i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->days_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (EVD_IS_EVENT_DAY_ROW (child))
      {
        g_autofree char *name = g_strdup_printf ("day-%u", i);

        gtk_widget_set_name (child, name);
        evd_event_day_row_set_index (EVD_EVENT_DAY_ROW (child), i++,
                                     self->type == EVD_EVENT_TYPE_CONFERENCE && n > 1);
      }
  gtk_widget_set_visible (GTK_WIDGET (self->add_day_button),
                          self->type == EVD_EVENT_TYPE_CONFERENCE && n < EVD_EVENT_MAX_DAYS);
}

static EvdEventDayRow *
append_day (EvdEventForm      *self,
            const EvdEventDay *day)
{
  GtkWidget *row = evd_event_day_row_new ();

  if (day != NULL)
    evd_event_day_row_set_day (EVD_EVENT_DAY_ROW (row), day);
  g_signal_connect_object (row, "changed", G_CALLBACK (emit_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (day_remove_cb), self, 0);
  gtk_list_box_append (self->days_list, row);
  renumber_days (self);
  return EVD_EVENT_DAY_ROW (row);
}

/* A new day follows the last one, at the same hours. */
static void
add_day_cb (EvdEventForm *self)
{
  g_autoptr(EvdEventDraft) draft = evd_event_form_dup_draft (self);
  EvdEventDay day = { 0 };

  if (draft->days->len > 0)
    {
      GDate date;

      day = g_array_index (draft->days, EvdEventDay, draft->days->len - 1);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day.day, day.month, day.year);
      g_date_add_days (&date, 1);
      day.day = g_date_get_day (&date);
      day.month = g_date_get_month (&date);
      day.year = g_date_get_year (&date);
      append_day (self, &day);
    }
  else
    {
      append_day (self, NULL);
    }
  emit_changed (self);
}

/* Filling and reading ----------------------------------------------------- */

static void
clear_days (EvdEventForm *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_list))) != NULL)
    gtk_list_box_remove (self->days_list, child);
}

static void
show_type (EvdEventForm *self)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", evd_event_type_to_label (self->type),
                                           evd_event_type_to_description (self->type));

  adw_action_row_set_subtitle (self->type_row, text);
  gtk_widget_set_visible (GTK_WIDGET (self->format_group), self->type != EVD_EVENT_TYPE_CONFERENCE);
  gtk_widget_set_visible (GTK_WIDGET (self->recurrence_editor), self->type == EVD_EVENT_TYPE_RECURRING);
  gtk_widget_set_visible (GTK_WIDGET (self->occurrences_group), self->type == EVD_EVENT_TYPE_RECURRING);
}

static void
set_access_choices (EvdEventForm *self,
                    gboolean      with_public)
{
  const char *access[] = {
    _("Anyone with the link"), _("Only invited people"), _("Anyone: listed on the hub"), NULL
  };
  g_autoptr(GtkStringList) model = NULL;

  if (with_public)
    model = gtk_string_list_new (access);
  else
    {
      access[2] = NULL;
      model = gtk_string_list_new (access);
    }
  adw_combo_row_set_model (self->access_row, G_LIST_MODEL (model));
}

void
evd_event_form_set_draft (EvdEventForm  *self,
                          EvdEventDraft *draft)
{
  g_return_if_fail (EVD_IS_EVENT_FORM (self));
  g_return_if_fail (draft != NULL);

  self->updating = TRUE;
  self->type = draft->type;
  g_clear_pointer (&self->base, evd_event_draft_free);
  self->base = evd_event_draft_new (draft->type);
  g_array_append_vals (self->base->original_days, draft->original_days->data, draft->original_days->len);
  evd_event_draft_set_string (&self->base->hub_id, draft->hub_id);
  self->base->loaded_access_level = draft->loaded_access_level;

  /* An event being edited has them; a new one's defaults do not. */
  self->name_touched = draft->name != NULL;
  self->description_touched = draft->description != NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), draft->name != NULL ? draft->name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), draft->description != NULL ? draft->description : "");
  gtk_editable_set_text (GTK_EDITABLE (self->tagline_row), draft->tagline != NULL ? draft->tagline : "");
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row), draft->contact_name != NULL ? draft->contact_name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->location_row),
                         draft->physical_location != NULL ? draft->physical_location : "");
  adw_combo_row_set_selected (self->meeting_row, draft->meeting_type == EVD_MEETING_TYPE_MEETING ? 1 : 0);
  set_access_choices (self, draft->access_level == EVD_ACCESS_LEVEL_PUBLIC);
  for (guint i = 0; i < G_N_ELEMENTS (access_levels); i++)
    if (access_levels[i] == draft->access_level)
      adw_combo_row_set_selected (self->access_row, i);
  for (guint i = 0; i < G_N_ELEMENTS (attendances); i++)
    if (attendances[i] == draft->attendance_type)
      adw_combo_row_set_selected (self->attendance_row, i);
  evd_timezone_row_set_zone (self->zone_row, draft->timezone);

  clear_days (self);
  for (guint i = 0; i < draft->days->len; i++)
    append_day (self, &g_array_index (draft->days, EvdEventDay, i));
  if (draft->days->len == 0)
    append_day (self, NULL);
  if (draft->recurrence != NULL)
    evd_recurrence_editor_set_recurrence (self->recurrence_editor, draft->recurrence, draft->timezone);

  show_type (self);
  update_explanations (self);
  sync_repeat_weekday (self);
  self->updating = FALSE;
}

static gboolean
has_text (AdwEntryRow *row)
{
  return *gtk_editable_get_text (GTK_EDITABLE (row)) != '\0';
}

/**
 * evd_event_form_has_typed_text:
 *
 * Returns: whether a name, a description or another text was typed: work
 *   that closing the window would lose
 */
gboolean
evd_event_form_has_typed_text (EvdEventForm *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_FORM (self), FALSE);

  return has_text (self->name_row) || has_text (self->description_row) || has_text (self->tagline_row) ||
         has_text (self->contact_row) || has_text (self->location_row);
}

void
evd_event_form_set_hubs (EvdEventForm *self,
                         GListModel   *hubs,
                         const char   *selected_hub_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n;

  g_return_if_fail (EVD_IS_EVENT_FORM (self));
  g_return_if_fail (G_IS_LIST_MODEL (hubs));

  self->updating = TRUE;
  g_ptr_array_set_size (self->hub_ids, 0);
  n = g_list_model_get_n_items (hubs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);

      gtk_string_list_append (names, evd_hub_get_name (hub));
      g_ptr_array_add (self->hub_ids, g_strdup (evd_hub_get_hub_id (hub)));
    }
  adw_combo_row_set_model (self->hub_row, G_LIST_MODEL (names));

  if (selected_hub_id == NULL && self->base != NULL)
    selected_hub_id = self->base->hub_id;
  for (guint i = 0; i < self->hub_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->hub_ids, i), selected_hub_id) == 0)
      adw_combo_row_set_selected (self->hub_row, i);
  self->updating = FALSE;
  emit_changed (self);
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

/**
 * evd_event_form_dup_draft:
 *
 * Returns: (transfer full): what the form says now
 */
EvdEventDraft *
evd_event_form_dup_draft (EvdEventForm *self)
{
  EvdEventDraft *draft;
  guint hub = adw_combo_row_get_selected (self->hub_row);
  g_autofree char *name = entry_text (self->name_row);
  g_autofree char *description = entry_text (self->description_row);
  g_autofree char *tagline = entry_text (self->tagline_row);
  g_autofree char *contact = entry_text (self->contact_row);
  g_autofree char *location = entry_text (self->location_row);

  g_return_val_if_fail (EVD_IS_EVENT_FORM (self), NULL);

  draft = evd_event_draft_new (self->type);
  if (hub < self->hub_ids->len)
    evd_event_draft_set_string (&draft->hub_id, g_ptr_array_index (self->hub_ids, hub));
  else if (self->base != NULL)
    evd_event_draft_set_string (&draft->hub_id, self->base->hub_id);
  evd_event_draft_set_string (&draft->name, name);
  evd_event_draft_set_string (&draft->description, description);
  evd_event_draft_set_string (&draft->tagline, tagline);
  evd_event_draft_set_string (&draft->contact_name, contact);
  evd_event_draft_set_string (&draft->timezone, evd_timezone_row_get_zone (self->zone_row));
  draft->meeting_type = self->type == EVD_EVENT_TYPE_CONFERENCE ? EVD_MEETING_TYPE_UNKNOWN
                        : adw_combo_row_get_selected (self->meeting_row) == 1 ? EVD_MEETING_TYPE_MEETING
                        : EVD_MEETING_TYPE_WEBINAR;
  draft->access_level = access_levels[MIN (adw_combo_row_get_selected (self->access_row),
                                           g_list_model_get_n_items (adw_combo_row_get_model (self->access_row)) - 1)];
  draft->attendance_type = attendances[MIN (adw_combo_row_get_selected (self->attendance_row), 2)];
  if (draft->attendance_type != EVD_ATTENDANCE_TYPE_VIRTUAL)
    evd_event_draft_set_string (&draft->physical_location, location);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->days_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (EVD_IS_EVENT_DAY_ROW (child))
      {
        EvdEventDay day;

        evd_event_day_row_get_day (EVD_EVENT_DAY_ROW (child), &day);
        evd_event_draft_add_day (draft, &day);
      }

  if (self->type == EVD_EVENT_TYPE_RECURRING)
    {
      g_clear_object (&draft->recurrence);
      draft->recurrence = evd_recurrence_editor_dup_recurrence (self->recurrence_editor, draft->timezone);
    }
  if (self->base != NULL)
    {
      g_array_append_vals (draft->original_days, self->base->original_days->data, self->base->original_days->len);
      draft->loaded_access_level = self->base->loaded_access_level;
    }

  return draft;
}

/* Problems ----------------------------------------------------------------- */

static void
mark_field (GtkWidget  *widget,
            GPtrArray  *problems,
            const char *field,
            GString    *text)
{
  const EvdEventProblem *problem = evd_event_draft_find_problem (problems, field);

  if (problem != NULL && !problem->warning)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");

  if (problem != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", problem->message);
}

static void
show_label (GtkLabel *label,
            GString  *text)
{
  gtk_label_set_text (label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (label), text->len > 0);
}

static void
show_occurrences (EvdEventForm *self)
{
  g_autoptr(EvdEventDraft) draft = NULL;
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->type != EVD_EVENT_TYPE_RECURRING)
    return;

  draft = evd_event_form_dup_draft (self);
  starts = evd_event_draft_list_occurrences (draft, EVD_RECURRENCE_MAX_END_TIMES);
  for (guint i = 0; i < starts->len; i++)
    {
      g_autofree char *when = evd_format_date_time (g_ptr_array_index (starts, i), draft->timezone);

      g_string_append_printf (text, "%s%u.  %s", i > 0 ? "\n" : "", i + 1, when);
    }
  if (starts->len == 0)
    g_string_append (text, _("Choose a valid schedule to see its occurrences."));

  gtk_label_set_text (self->occurrences_label, text->str);
  /* Translators: %u occurrences, %s the event's time zone */
  {
    g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u occurrence, times in %s",
                                                                 "%u occurrences, times in %s", starts->len),
                                                    starts->len, draft->timezone != NULL ? draft->timezone : "UTC");
    adw_preferences_group_set_description (self->occurrences_group, description);
  }
}

void
evd_event_form_show_problems (EvdEventForm *self,
                              GPtrArray    *problems)
{
  g_autoptr(GString) about = g_string_new (NULL);
  g_autoptr(GString) format = g_string_new (NULL);
  g_autoptr(GString) join = g_string_new (NULL);
  g_autoptr(GString) days = g_string_new (NULL);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  g_return_if_fail (EVD_IS_EVENT_FORM (self));

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    if (problem_is_shown (self, g_ptr_array_index (problems, i)))
      g_ptr_array_add (all, g_ptr_array_index (problems, i));
  for (guint i = 0; self->refusals != NULL && i < self->refusals->len; i++)
    g_ptr_array_add (all, g_ptr_array_index (self->refusals, i));

  mark_field (GTK_WIDGET (self->hub_row), all, EVD_FIELD_HUB, about);
  mark_field (GTK_WIDGET (self->name_row), all, EVD_FIELD_NAME, about);
  mark_field (GTK_WIDGET (self->description_row), all, EVD_FIELD_DESCRIPTION, about);
  mark_field (GTK_WIDGET (self->meeting_row), all, EVD_FIELD_MEETING_TYPE, format);
  mark_field (GTK_WIDGET (self->access_row), all, EVD_FIELD_ACCESS, join);
  mark_field (GTK_WIDGET (self->attendance_row), all, EVD_FIELD_ATTENDANCE, join);
  mark_field (GTK_WIDGET (self->location_row), all, EVD_FIELD_LOCATION, join);
  mark_field (GTK_WIDGET (self->zone_row), all, EVD_FIELD_TIMEZONE, days);
  mark_field (GTK_WIDGET (self->days_list), all, EVD_FIELD_DAYS, days);
  show_label (self->about_problem, about);
  show_label (self->format_problem, format);
  show_label (self->join_problem, join);
  show_label (self->days_problem, days);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->days_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (EVD_IS_EVENT_DAY_ROW (child))
      evd_event_day_row_show_problems (EVD_EVENT_DAY_ROW (child), all);
  evd_recurrence_editor_show_problems (self->recurrence_editor, all);
  show_occurrences (self);
}

/**
 * evd_event_form_check:
 * @now: (nullable): a start before it is a problem
 *
 * Checks what the form says and shows each problem at its field.
 *
 * Returns: (transfer container): the problems, Zoom's last refusal included
 */
GPtrArray *
evd_event_form_check (EvdEventForm *self,
                      GDateTime    *now)
{
  g_autoptr(EvdEventDraft) draft = NULL;
  GPtrArray *problems;

  g_return_val_if_fail (EVD_IS_EVENT_FORM (self), NULL);

  draft = evd_event_form_dup_draft (self);
  problems = evd_event_draft_check (draft, now);
  if (draft->name != NULL && self->existing_names != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (draft->name));
      g_autofree char *folded = g_utf8_casefold (stripped, -1);

      if (g_strv_contains ((const char * const *) self->existing_names, folded))
        {
          EvdEventProblem *problem = g_new0 (EvdEventProblem, 1);

          problem->field = g_strdup (EVD_FIELD_NAME);
          problem->message = g_strdup (_("The hub already has an event with this name. You can go on, but "
                                         "people may not tell the two apart: consider a date or place in the name."));
          problem->warning = TRUE;
          g_ptr_array_add (problems, problem);
        }
    }
  evd_event_form_show_problems (self, problems);
  return problems;
}

/**
 * evd_event_form_set_existing_names:
 * @names: (nullable): the names of the events already in the chosen hub
 *
 * A name among them is pointed out (a warning: it does not stop the event).
 */
void
evd_event_form_set_existing_names (EvdEventForm       *self,
                                   const char * const *names)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (EVD_IS_EVENT_FORM (self));

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (names[i]));
      g_autofree char *folded = g_utf8_casefold (stripped, -1);

      g_strv_builder_add (builder, folded);
    }
  g_strfreev (self->existing_names);
  self->existing_names = names != NULL ? g_strv_builder_end (builder) : NULL;
}

/* Zoom's own refusal, shown at @field until the form changes. */
void
evd_event_form_show_refusal (EvdEventForm *self,
                             const char   *field,
                             const char   *message)
{
  EvdEventProblem *problem;

  g_return_if_fail (EVD_IS_EVENT_FORM (self));

  if (self->refusals == NULL)
    self->refusals = g_ptr_array_new_with_free_func ((GDestroyNotify) evd_event_problem_free);
  problem = g_new0 (EvdEventProblem, 1);
  problem->field = g_strdup (field);
  problem->message = g_strdup (message);
  g_ptr_array_add (self->refusals, problem);
  evd_event_form_show_problems (self, NULL);
}

void
evd_event_form_lock_type (EvdEventForm *self,
                          const char   *reason)
{
  g_autofree char *text = NULL;

  g_return_if_fail (EVD_IS_EVENT_FORM (self));

  text = g_strdup_printf ("%s. %s", evd_event_type_to_label (self->type), reason);
  adw_action_row_set_subtitle (self->type_row, text);
  gtk_widget_set_visible (GTK_WIDGET (self->type_lock), TRUE);
}

void
evd_event_form_lock_meeting_type (EvdEventForm *self,
                                  const char   *reason)
{
  g_return_if_fail (EVD_IS_EVENT_FORM (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_row), FALSE);
  adw_combo_row_set_use_subtitle (self->meeting_row, FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->meeting_row), reason);
}

/* Zoom's refusals ------------------------------------------------------------ */

/**
 * evd_event_form_take_refusal:
 *
 * Shows Zoom's refusal at the field it is about.
 *
 * Returns: %TRUE when it is about a field of the form
 */
gboolean
evd_event_form_take_refusal (EvdEventForm *self,
                             const GError *error)
{
  const char *field = evd_event_refusal_get_field (error);
  g_autofree char *message = NULL;

  g_return_val_if_fail (EVD_IS_EVENT_FORM (self), FALSE);

  if (field == NULL)
    return FALSE;

  message = evd_event_refusal_describe (error);
  evd_event_form_show_refusal (self, field, message);
  return TRUE;
}

/* GObject ----------------------------------------------------------------- */

static void
evd_event_form_dispose (GObject *object)
{
  EvdEventForm *self = EVD_EVENT_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_EVENT_FORM);
  /* The groups without an id of their own */
  evd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->base, evd_event_draft_free);
  g_clear_pointer (&self->refusals, g_ptr_array_unref);

  G_OBJECT_CLASS (evd_event_form_parent_class)->dispose (object);
}

static void
evd_event_form_finalize (GObject *object)
{
  EvdEventForm *self = EVD_EVENT_FORM (object);

  g_clear_pointer (&self->existing_names, g_strfreev);
  g_clear_pointer (&self->hub_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (evd_event_form_parent_class)->finalize (object);
}

static void
evd_event_form_class_init (EvdEventFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_event_form_dispose;
  object_class->finalize = evd_event_form_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (EVD_TYPE_TIMEZONE_ROW);
  g_type_ensure (EVD_TYPE_RECURRENCE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-event-form.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, type_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, type_lock);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, hub_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, description_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, tagline_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, contact_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, about_problem);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, format_group);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, format_problem);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, access_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, location_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, join_problem);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, zone_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, days_list);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, add_day_button);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, days_problem);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, recurrence_editor);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, occurrences_group);
  gtk_widget_class_bind_template_child (widget_class, EvdEventForm, occurrences_label);
  gtk_widget_class_bind_template_callback (widget_class, emit_changed);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_day_cb);
}

static void
evd_event_form_init (EvdEventForm *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  g_autoptr(GtkStringList) attendance = gtk_string_list_new (NULL);

  self->type = EVD_EVENT_TYPE_SIMPLE_EVENT;
  self->hub_ids = g_ptr_array_new_with_free_func (g_free);

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  /* Attendance is named as everywhere else in Event Desk. */
  for (guint i = 0; i < G_N_ELEMENTS (attendances); i++)
    gtk_string_list_append (attendance, evd_attendance_type_to_label (attendances[i]));
  adw_combo_row_set_model (self->attendance_row, G_LIST_MODEL (attendance));

  show_type (self);
  update_explanations (self);
  self->updating = FALSE;
}
