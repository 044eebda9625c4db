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
  gboolean        discard_confirmed;
  char           *names_hub_id;    /* the hub whose event names the form knows */
  char          **existing_names;
  guint           names_loading;   /* requests for them under way */
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
  AdwActionRow   *comparison_rows[3];
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

/**
 * evd_new_event_window_is_loading:
 *
 * Returns: whether the names of the hub's events are still being asked for
 */
gboolean
evd_new_event_window_is_loading (EvdNewEventWindow *self)
{
  g_return_val_if_fail (EVD_IS_NEW_EVENT_WINDOW (self), FALSE);

  return self->names_loading > 0;
}

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

static gboolean update_next (EvdNewEventWindow *self);

static void
hub_events_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(EvdNewEventWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = evd_client_list_hub_events_finish (EVD_CLIENT (object), result, &error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  self->names_loading--;
  /* Without the list there is nothing to warn about; creating still works. */
  if (events == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);

      if (evd_event_get_name (event) != NULL &&
          evd_event_get_status (event) != EVD_EVENT_STATUS_CANCELLED)
        g_strv_builder_add (builder, evd_event_get_name (event));
    }
  g_strfreev (self->existing_names);
  self->existing_names = g_strv_builder_end (builder);
  if (self->form != NULL)
    {
      evd_event_form_set_existing_names (self->form, (const char * const *) self->existing_names);
      update_next (self);
    }
}

/* The names of the chosen hub's events, loaded once per hub, so that a
 * second "Spring Webinar" is pointed out before it is made. */
static void
load_hub_names (EvdNewEventWindow *self)
{
  g_autoptr(EvdEventDraft) draft = NULL;

  if (self->form == NULL || self->client == NULL)
    return;
  draft = evd_event_form_dup_draft (self->form);
  if (draft->hub_id == NULL || g_strcmp0 (draft->hub_id, self->names_hub_id) == 0)
    return;

  g_free (self->names_hub_id);
  self->names_hub_id = g_strdup (draft->hub_id);
  g_clear_pointer (&self->existing_names, g_strfreev);
  evd_event_form_set_existing_names (self->form, NULL);
  self->names_loading++;
  evd_client_list_hub_events_async (self->client, draft->hub_id, self->cancellable, hub_events_cb,
                                    g_object_ref (self));
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
  load_hub_names (self);
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
  g_clear_pointer (&self->names_hub_id, g_free);
  load_hub_names (self);
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
  g_autoptr(GPtrArray) calendar = NULL;
  g_autofree char *local = evd_time_get_local_zone_name ();
  g_autoptr(GString) text = g_string_new (NULL);

  /* As it will be sent: a recurring event starts on an occurrence. */
  evd_event_draft_start_on_occurrence (draft);
  calendar = evd_event_draft_dup_calendar (draft, NULL);
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
    {
      evd_event_form_set_hubs (self->form, hubs, self->hub_id);
      load_hub_names (self);
    }
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
discard_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     EvdNewEventWindow *self)
{
  if (!g_str_equal (response, "discard"))
    return;
  self->discard_confirmed = TRUE;
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_close (GTK_WINDOW (self));
}

/* Escape, Cancel and the window manager all close through here: typed work
 * is not thrown away without a question. */
static gboolean
evd_new_event_window_close_request (GtkWindow *window)
{
  EvdNewEventWindow *self = EVD_NEW_EVENT_WINDOW (window);
  AdwMessageDialog *dialog;

  if (self->discard_confirmed || self->form == NULL || !evd_event_form_has_typed_text (self->form))
    return GTK_WINDOW_CLASS (evd_new_event_window_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Discard this event?"),
                                                       _("What you entered is lost. The event was not created.")));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Editing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
evd_new_event_window_dispose (GObject *object)
{
  EvdNewEventWindow *self = EVD_NEW_EVENT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_NEW_EVENT_WINDOW);
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
  g_clear_pointer (&self->names_hub_id, g_free);
  g_clear_pointer (&self->existing_names, g_strfreev);
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
  GTK_WINDOW_CLASS (klass)->close_request = evd_new_event_window_close_request;

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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-new-event-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, title);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, create_button);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, stack);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autofree char *check = g_strdup_printf ("type_check_%u", i);
      g_autofree char *row = g_strdup_printf ("type_row_%u", i);
      g_autofree char *comparison = g_strdup_printf ("comparison_row_%u", i);

      gtk_widget_class_bind_template_child_full (widget_class, check, FALSE,
                                                 G_STRUCT_OFFSET (EvdNewEventWindow, type_checks) +
                                                 i * sizeof (GtkCheckButton *));
      gtk_widget_class_bind_template_child_full (widget_class, row, FALSE,
                                                 G_STRUCT_OFFSET (EvdNewEventWindow, type_rows) +
                                                 i * sizeof (AdwActionRow *));
      gtk_widget_class_bind_template_child_full (widget_class, comparison, FALSE,
                                                 G_STRUCT_OFFSET (EvdNewEventWindow, comparison_rows) +
                                                 i * sizeof (AdwActionRow *));
    }
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, expo_switch);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, recommendation);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, form_bin);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, review_group);
  gtk_widget_class_bind_template_child (widget_class, EvdNewEventWindow, review_error);
  gtk_widget_class_bind_template_callback (widget_class, type_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_recommendation);
}

static void
evd_new_event_window_init (EvdNewEventWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->type = EVD_EVENT_TYPE_SIMPLE_EVENT;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The comparison names each type as everywhere else in Event Desk. */
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->comparison_rows[i]), evd_event_type_to_label (types[i]));

  gtk_check_button_set_active (self->type_checks[0], TRUE);
  update_recommendation (self);
  show_step (self, "type");
}
