/* evd-new-event-window.c: New Event, from choosing the type to a draft in Zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-new-event-window"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-api-error.h"
#include "evd-event-form.h"
#include "evd-event-refusal.h"
#include "evd-hub.h"
#include "evd-new-event-window.h"
#include "evd-time.h"
#include "evd-time-range.h"
#include "evd-ui-util.h"

/* Three steps, as Zoom's tutorial walks them: choose the type (it never
 * changes afterwards), fill in the details with every check at its field,
 * review the tutorial's checklist, then create the event as a draft. */
struct _EvdNewEventWindow
{
  AdwWindow       parent_instance;

  EvdClient      *client;
  GCancellable   *cancellable;
  GListModel     *hubs;
  char           *hub_id;
  GDateTime      *now;            /* for tests; NULL means the clock */
  EvdEventType    type;

  AdwWindowTitle *title;
  GtkButton      *back_button;
  GtkButton      *next_button;
  GtkButton      *create_button;
  GtkSpinner     *spinner;
  GtkStack       *stack;
  GtkCheckButton *type_checks[3];
  AdwActionRow   *type_rows[3];
  GtkSwitch      *expo_switch;
  GtkLabel       *recommendation;
  AdwBin         *form_bin;
  EvdEventForm   *form;
  AdwPreferencesGroup *review_group;
  GtkLabel       *review_error;
};

G_DEFINE_FINAL_TYPE (EvdNewEventWindow, evd_new_event_window, ADW_TYPE_WINDOW)

enum
{
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const EvdEventType types[] = {
  EVD_EVENT_TYPE_SIMPLE_EVENT, EVD_EVENT_TYPE_CONFERENCE, EVD_EVENT_TYPE_RECURRING
};

const char *
evd_new_event_window_get_step (EvdNewEventWindow *self)
{
  g_return_val_if_fail (EVD_IS_NEW_EVENT_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* Returns: (transfer none) (nullable): the details form, once the type is chosen */
GtkWidget *
evd_new_event_window_get_form (EvdNewEventWindow *self)
{
  g_return_val_if_fail (EVD_IS_NEW_EVENT_WINDOW (self), NULL);
  return GTK_WIDGET (self->form);
}

void
evd_new_event_window_set_now (EvdNewEventWindow *self,
                              GDateTime         *now)
{
  g_return_if_fail (EVD_IS_NEW_EVENT_WINDOW (self));
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;
}

static GDateTime *
dup_now (EvdNewEventWindow *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_utc ();
}

/* Steps ------------------------------------------------------------------- */

static void
show_step (EvdNewEventWindow *self,
           const char        *step)
{
  gboolean review = g_str_equal (step, "review");
  const char *subtitle = g_str_equal (step, "type") ? _("Step 1 of 3: Type")
                         : g_str_equal (step, "details") ? _("Step 2 of 3: Details")
                         : _("Step 3 of 3: Review");

  gtk_stack_set_visible_child_name (self->stack, step);
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_button_set_label (self->back_button, g_str_equal (step, "type") ? _("_Cancel") : _("_Back"));
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), !review);
  gtk_widget_set_visible (GTK_WIDGET (self->create_button), review);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-event.create", review);
}

static gboolean
update_next (EvdNewEventWindow *self)
{
  gboolean ok = TRUE;

  if (self->form != NULL && g_str_equal (gtk_stack_get_visible_child_name (self->stack), "details"))
    {
      g_autoptr(GDateTime) now = dup_now (self);
      g_autoptr(GPtrArray) problems = evd_event_form_check (self->form, now);

      ok = !evd_event_draft_has_errors (problems);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-event.next", ok);
  return ok;
}

static void
form_changed_cb (EvdNewEventWindow *self)
{
  update_next (self);
}

static void
ensure_form (EvdNewEventWindow *self)
{
  if (self->form != NULL && evd_event_form_get_event_type (self->form) == self->type)
    return;

  self->form = EVD_EVENT_FORM (evd_event_form_new (self->type));
  g_signal_connect_object (self->form, "changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  if (self->hubs != NULL)
    evd_event_form_set_hubs (self->form, self->hubs, self->hub_id);
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
}

/* Type ---------------------------------------------------------------------- */

static void
update_recommendation (EvdNewEventWindow *self)
{
  gboolean expo = gtk_switch_get_active (self->expo_switch);
  g_autofree char *text = NULL;

  if (expo)
    {
      self->type = EVD_EVENT_TYPE_CONFERENCE;
      gtk_check_button_set_active (self->type_checks[1], TRUE);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->type_rows[0]), !expo);
  gtk_widget_set_sensitive (GTK_WIDGET (self->type_rows[2]), !expo);

  /* Translators: the type the answers point to, then what it is */
  text = g_strdup_printf (_("Recommended: %s. %s"), evd_event_type_to_label (self->type),
                          evd_event_type_to_description (self->type));
  gtk_label_set_text (self->recommendation, text);
}

static void
type_toggled_cb (EvdNewEventWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (gtk_check_button_get_active (self->type_checks[i]))
      self->type = types[i];
  update_recommendation (self);
}

static GtkWidget *
page (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_margin_top (child, 12);
  gtk_widget_set_margin_bottom (child, 24);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
build_questions (EvdNewEventWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *titles[] = {
    N_("One continuous session"),
    N_("Several sessions that people choose between"),
    N_("The same session, repeating on a schedule"),
  };
  const char *subtitles[] = {
    N_("A product launch, a training, a one-time webinar"),
    N_("A summit or conference with tracks, over up to 6 days"),
    N_("A monthly webinar series: people register once for every occurrence"),
  };

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("How Does It Run?"));
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = g_strdup_printf ("type-%u", i);

      gtk_widget_set_name (check, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _(titles[i]), -1);
      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->type_checks[0]);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(titles[i]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(subtitles[i]));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (type_toggled_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      self->type_checks[i] = GTK_CHECK_BUTTON (check);
      self->type_rows[i] = ADW_ACTION_ROW (row);
    }

  return group;
}

static GtkWidget *
build_expo (EvdNewEventWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Expo Floor"));
  self->expo_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_name (GTK_WIDGET (self->expo_switch), "expo");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expo_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Exhibitors need booths on an expo floor"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->expo_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Exhibitors need booths on an expo floor"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Only multi-session events have an expo floor."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->expo_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->expo_switch));
  g_signal_connect_object (self->expo_switch, "notify::active", G_CALLBACK (update_recommendation), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

/* The tutorial's comparison table, one row per type so it fits a phone. */
static GtkWidget *
build_comparison (void)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *texts[] = {
    N_("Sessions: one. Registration: once for the event. Expo floor: no.\n"
       "Best for webinars, training and one-time events."),
    N_("Sessions: many, at the same time or one after another. Registration: once for all sessions. "
       "Expo floor: yes.\nBest for summits and multi-day events."),
    N_("Sessions: the same one, up to 60 times. Registration: once for all occurrences. Expo floor: no.\n"
       "Best for series and recurring meetings."),
  };

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("How the Types Compare"));
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), evd_event_type_to_label (types[i]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(texts[i]));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static GtkWidget *
build_type_page (EvdNewEventWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *warning_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *warning = wrapped_label (_("The type cannot be changed after the event is created."), "heading");

  gtk_box_append (GTK_BOX (box), wrapped_label (_("Answer two questions and Event Desk recommends a type."), NULL));
  gtk_box_append (GTK_BOX (box), build_questions (self));
  gtk_box_append (GTK_BOX (box), build_expo (self));
  self->recommendation = GTK_LABEL (wrapped_label (NULL, "title-4"));
  gtk_widget_set_name (GTK_WIDGET (self->recommendation), "recommendation");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->recommendation));
  gtk_widget_add_css_class (warning_box, "warning");
  gtk_box_append (GTK_BOX (warning_box), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (warning_box), warning);
  gtk_box_append (GTK_BOX (box), warning_box);
  gtk_box_append (GTK_BOX (box), build_comparison ());
  return page (box);
}

/* Review -------------------------------------------------------------------- */

static void
review_row (EvdNewEventWindow *self,
            const char        *name,
            const char        *title,
            const char        *value)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL ? value : _("Not set"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (self->review_group, row);
}

static char *
schedule_text (EvdEventDraft *draft)
{
  g_autoptr(GPtrArray) calendar = evd_event_draft_dup_calendar (draft, NULL);
  g_autofree char *local = evd_time_get_local_zone_name ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; calendar != NULL && i < calendar->len; i++)
    {
      EvdTimeRange *range = g_ptr_array_index (calendar, i);
      g_autofree char *there = evd_format_time_range (evd_time_range_get_start (range),
                                                      evd_time_range_get_end (range), draft->timezone);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", there);
      if (local != NULL && g_strcmp0 (local, draft->timezone) != 0)
        {
          g_autofree char *yours = evd_format_time_range (evd_time_range_get_start (range),
                                                          evd_time_range_get_end (range), local);
          /* Translators: the same times in the viewer's own zone */
          if (g_strcmp0 (yours, there) != 0)
            g_string_append_printf (text, _("\n(yours: %s)"), yours);
        }
    }

  if (draft->recurrence != NULL && draft->type == EVD_EVENT_TYPE_RECURRING)
    {
      g_autoptr(GPtrArray) occurrences = evd_event_draft_list_occurrences (draft, 0);
      /* Translators: %u is how many times a recurring event happens */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "\nThen repeats: %u occurrence in all",
                                                 "\nThen repeats: %u occurrences in all", occurrences->len),
                              occurrences->len);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
hub_name (EvdNewEventWindow *self,
          const char        *hub_id)
{
  for (guint i = 0; self->hubs != NULL && i < g_list_model_get_n_items (self->hubs); i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (self->hubs, i);

      if (g_strcmp0 (evd_hub_get_hub_id (hub), hub_id) == 0)
        return evd_hub_get_name (hub);
    }
  return hub_id;
}

static void
fill_review (EvdNewEventWindow *self)
{
  g_autoptr(EvdEventDraft) draft = evd_event_form_dup_draft (self->form);
  g_autofree char *schedule = schedule_text (draft);
  g_autofree char *type = g_strdup_printf (_("%s. It cannot be changed after the event is created."),
                                           evd_event_type_to_label (draft->type));
  g_autofree char *attendance = NULL;
  GtkWidget *child;

  while ((child = evd_event_form_find_field (GTK_WIDGET (self->review_group), "review-row")) != NULL)
    adw_preferences_group_remove (self->review_group, child);

  if (draft->physical_location != NULL)
    attendance = g_strdup_printf ("%s: %s", evd_attendance_type_to_label (draft->attendance_type),
                                  draft->physical_location);

  review_row (self, "review-row", _("Name"), draft->name);
  review_row (self, "review-row", _("Hub"), hub_name (self, draft->hub_id));
  review_row (self, "review-row", _("Time zone"), draft->timezone);
  review_row (self, "review-row", _("Type"), type);
  review_row (self, "review-row", _("Start and end"), schedule);
  if (draft->type != EVD_EVENT_TYPE_CONFERENCE)
    review_row (self, "review-row", _("Meeting or webinar"),
                draft->meeting_type == EVD_MEETING_TYPE_WEBINAR
                ? _("Webinar: broadcast, up to 100,000 people")
                : _("Meeting: interactive, up to 1,000 people"));
  review_row (self, "review-row", _("Who can register"), evd_access_level_to_label (draft->access_level));
  review_row (self, "review-row", _("Attendance"),
              attendance != NULL ? attendance : evd_attendance_type_to_label (draft->attendance_type));
  gtk_widget_set_visible (GTK_WIDGET (self->review_error), FALSE);
}

static GtkWidget *
build_review_page (EvdNewEventWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  self->review_error = GTK_LABEL (wrapped_label (NULL, "error"));
  gtk_widget_set_name (GTK_WIDGET (self->review_error), "review-error");
  gtk_widget_set_visible (GTK_WIDGET (self->review_error), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->review_error));

  self->review_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->review_group, _("Check Before You Create"));
  adw_preferences_group_set_description (self->review_group,
    _("Some of these settings lock once the event is published: the type always, and the meeting "
      "or webinar choice once people have registered."));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->review_group));
  gtk_box_append (GTK_BOX (box), wrapped_label (
    _("Your event will be created as a draft: its links stay inactive and nobody can register until you "
      "publish it. It is safe to change."), "dim-label"));
  return page (box);
}

/* Creating ------------------------------------------------------------------ */

static void
set_busy (EvdNewEventWindow *self,
          gboolean           busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-event.create", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-event.back", !busy);
}

static void
create_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EvdNewEventWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdEvent) event = evd_client_create_event_finish (EVD_CLIENT (object), result, &error);
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (event != NULL)
    {
      /* The main window selects the new draft and confirms with a toast. */
      g_signal_emit (self, signals[CREATED], 0, event);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  message = evd_event_refusal_describe (error);
  gtk_label_set_text (self->review_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->review_error), TRUE);
  /* A refusal about the schedule or a field is fixed on the details step. */
  if (evd_event_form_take_refusal (self->form, error) &&
      !g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_HUB_PERMISSION))
    show_step (self, "details");
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EvdNewEventWindow *self = EVD_NEW_EVENT_WINDOW (widget);
  g_autoptr(EvdEventDraft) draft = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GError) error = NULL;

  if (self->form == NULL || self->client == NULL)
    return;

  /* Time has passed since the details step: check again. */
  problems = evd_event_form_check (self->form, now);
  if (evd_event_draft_has_errors (problems))
    {
      show_step (self, "details");
      update_next (self);
      return;
    }

  draft = evd_event_form_dup_draft (self->form);
  body = evd_event_draft_to_json (draft, &error);
  if (body == NULL)
    {
      gtk_label_set_text (self->review_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->review_error), TRUE);
      return;
    }

  set_busy (self, TRUE);
  evd_client_create_event_async (self->client, body, self->cancellable, create_cb, g_object_ref (self));
}

/* Navigation ------------------------------------------------------------------ */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EvdNewEventWindow *self = EVD_NEW_EVENT_WINDOW (widget);
  const char *step = gtk_stack_get_visible_child_name (self->stack);

  if (g_str_equal (step, "type"))
    {
      ensure_form (self);
      show_step (self, "details");
      update_next (self);
    }
  else if (g_str_equal (step, "details"))
    {
      if (!update_next (self))
        return;
      fill_review (self);
      show_step (self, "review");
    }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EvdNewEventWindow *self = EVD_NEW_EVENT_WINDOW (widget);
  const char *step = gtk_stack_get_visible_child_name (self->stack);

  if (g_str_equal (step, "review"))
    {
      show_step (self, "details");
      update_next (self);
    }
  else if (g_str_equal (step, "details"))
    {
      show_step (self, "type");
      gtk_widget_action_set_enabled (widget, "new-event.next", TRUE);
    }
  else
    {
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
choose_type_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EvdNewEventWindow *self = EVD_NEW_EVENT_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  guint index = g_str_equal (name, "multi") ? 1 : g_str_equal (name, "recurring") ? 2 : 0;

  gtk_check_button_set_active (self->type_checks[index], TRUE);
}

static void
hubs_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(EvdNewEventWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = evd_client_list_hubs_finish (EVD_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (hubs == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The list of hubs could not be loaded: %s"), error->message);
      gtk_label_set_text (self->review_error, message);
      return;
    }

  g_set_object (&self->hubs, hubs);
  if (self->form != NULL)
    evd_event_form_set_hubs (self->form, hubs, self->hub_id);
}

/* GObject ----------------------------------------------------------------- */

/**
 * evd_new_event_window_new:
 * @hub_id: (nullable): the hub to preselect
 */
GtkWidget *
evd_new_event_window_new (GtkWindow  *parent,
                          EvdClient  *client,
                          const char *hub_id)
{
  EvdNewEventWindow *self;

  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);

  self = g_object_new (EVD_TYPE_NEW_EVENT_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->client = g_object_ref (client);
  self->hub_id = g_strdup (hub_id);
  evd_client_list_hubs_async (client, self->cancellable, hubs_cb, g_object_ref (self));
  return GTK_WIDGET (self);
}

static void
evd_new_event_window_dispose (GObject *object)
{
  EvdNewEventWindow *self = EVD_NEW_EVENT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->hubs);

  G_OBJECT_CLASS (evd_new_event_window_parent_class)->dispose (object);
}

static void
evd_new_event_window_finalize (GObject *object)
{
  EvdNewEventWindow *self = EVD_NEW_EVENT_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->hub_id, g_free);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (evd_new_event_window_parent_class)->finalize (object);
}

static void
evd_new_event_window_class_init (EvdNewEventWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_new_event_window_dispose;
  object_class->finalize = evd_new_event_window_finalize;

  /**
   * EvdNewEventWindow::created:
   * @event: the new draft, as Zoom stored it
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, EVD_TYPE_EVENT);

  gtk_widget_class_install_action (widget_class, "new-event.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "new-event.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "new-event.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "new-event.choose-type", "s", choose_type_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
header_button (const char *label,
               const char *action,
               const char *css_class)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  return button;
}

static void
evd_new_event_window_init (EvdNewEventWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *form_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->cancellable = g_cancellable_new ();
  self->type = EVD_EVENT_TYPE_SIMPLE_EVENT;
  gtk_window_set_title (GTK_WINDOW (self), _("New Event"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 760);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("New Event"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->back_button = GTK_BUTTON (header_button (_("_Cancel"), "new-event.back", NULL));
  self->next_button = GTK_BUTTON (header_button (_("_Next"), "new-event.next", "suggested-action"));
  self->create_button = GTK_BUTTON (header_button (_("C_reate"), "new-event.create", "suggested-action"));
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->back_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->next_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->create_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (box), header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, build_type_page (self), "type");
  self->form_bin = ADW_BIN (adw_bin_new ());
  gtk_box_append (GTK_BOX (form_box), GTK_WIDGET (self->form_bin));
  gtk_stack_add_named (self->stack, page (form_box), "details");
  gtk_stack_add_named (self->stack, build_review_page (self), "review");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);

  gtk_check_button_set_active (self->type_checks[0], TRUE);
  update_recommendation (self);
  show_step (self, "type");
}
