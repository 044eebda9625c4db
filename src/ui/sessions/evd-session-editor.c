/* evd-session-editor.c: add or change one session of a multi-session or recurring event
 *
 * Times are entered as wall-clock time in the event's time zone and sent
 * as UTC. What can be checked here (a name, an end after the start, the
 * event's days) is checked before anything is sent, and Zoom's refusals
 * are shown at the field they concern.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-session-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-api-error.h"
#include "evd-date-time-entry.h"
#include "evd-session-editor.h"
#include "evd-time.h"
#include "evd-ui-util.h"

struct _EvdSessionEditor
{
  AdwWindow         parent_instance;

  GtkWidget        *save_button;
  GtkWidget        *saving_spinner;
  GtkLabel         *general_error;
  AdwEntryRow      *name_row;
  GtkLabel         *name_error;
  AdwPreferencesGroup *when_group;
  AdwActionRow     *start_row;
  AdwActionRow     *end_row;
  EvdDateTimeEntry *start_entry;
  EvdDateTimeEntry *end_entry;
  GtkLabel         *time_error;
  AdwActionRow     *type_row;
  GtkDropDown      *type_choice;
  GtkTextView      *description_view;
  AdwEntryRow      *tracks_row;

  EvdClient        *client;
  EvdEvent         *event;
  EvdSession       *session;
  EvdSession       *pending;
  GCancellable     *cancellable;
  gboolean          saving;
  GTask            *run_task;    /* evd_session_editor_run_async (), until it ends */
  gboolean          adjusting;   /* moving one entry after the other */
  GDateTime        *last_start;  /* to move the end along with the start */
};

G_DEFINE_FINAL_TYPE (EvdSessionEditor, evd_session_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The drop-down's order. */
static const EvdSessionType session_types[] = {
  EVD_SESSION_TYPE_MEETING,
  EVD_SESSION_TYPE_WEBINAR,
  EVD_SESSION_TYPE_NEITHER,
};

static const char *
type_explanation (EvdSessionType type)
{
  switch (type)
    {
    case EVD_SESSION_TYPE_MEETING:
      return _("Everyone can talk and see each other, as in a Zoom meeting.");
    case EVD_SESSION_TYPE_WEBINAR:
      return _("Hosts and panelists present; attendees watch and ask questions.");
    case EVD_SESSION_TYPE_NEITHER:
      return _("No Zoom session: for parts that happen in person only, such as a lunch.");
    case EVD_SESSION_TYPE_UNKNOWN:
    default:
      return NULL;
    }
}

static EvdSessionType
selected_type (EvdSessionEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->type_choice);

  return selected < G_N_ELEMENTS (session_types) ? session_types[selected] : EVD_SESSION_TYPE_WEBINAR;
}

static const char *
zone_of (EvdSessionEditor *self)
{
  const char *zone = self->session != NULL ? evd_session_get_timezone (self->session) : NULL;

  if ((zone == NULL || *zone == '\0') && self->event != NULL)
    zone = evd_event_get_timezone (self->event);
  return zone != NULL && *zone != '\0' ? zone : "UTC";
}

/* Field messages ---------------------------------------------------------- */

static void
clear_messages (EvdSessionEditor *self)
{
  evd_show_field_message (self->general_error, NULL, NULL);
  evd_show_field_message (self->name_error, GTK_WIDGET (self->name_row), NULL);
  evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row), NULL);
}

/* Checks ------------------------------------------------------------------ */

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char **
split_tracks (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *track = g_strstrip (parts[i]);

      if (*track != '\0')
        g_strv_builder_add (builder, track);
    }
  return g_strv_builder_end (builder);
}

/* The first and last day of the event, in its own zone; FALSE when the
 * event's days are not known (or repeat, as for a recurring event). */
static gboolean
event_days (EvdSessionEditor  *self,
            GDateTime        **first,
            GDateTime        **last)
{
  GPtrArray *calendar = evd_event_get_calendar (self->event);
  GDateTime *start = evd_event_get_start_time (self->event);
  GDateTime *end = evd_event_get_end_time (self->event);
  g_autoptr(GTimeZone) zone = evd_time_zone_new (zone_of (self));

  if (evd_event_get_event_type (self->event) == EVD_EVENT_TYPE_RECURRING || zone == NULL)
    return FALSE;

  if (calendar != NULL && calendar->len > 0)
    {
      start = evd_time_range_get_start (g_ptr_array_index (calendar, 0));
      end = evd_time_range_get_end (g_ptr_array_index (calendar, calendar->len - 1));
    }
  if (start == NULL || end == NULL)
    return FALSE;

  *first = g_date_time_to_timezone (start, zone);
  *last = g_date_time_to_timezone (end, zone);
  return TRUE;
}

static int
compare_days (GDateTime *a,
              GDateTime *b)
{
  int da = g_date_time_get_year (a) * 400 + g_date_time_get_day_of_year (a);
  int db = g_date_time_get_year (b) * 400 + g_date_time_get_day_of_year (b);

  return (da > db) - (da < db);
}

static gboolean
times_are_valid (EvdSessionEditor *self,
                 GDateTime        *start,
                 GDateTime        *end)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;

  if (g_date_time_compare (end, start) <= 0)
    {
      evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row), _("The session must end after it starts."));
      return FALSE;
    }

  if (event_days (self, &first, &last))
    {
      g_autoptr(GTimeZone) zone = evd_time_zone_new (zone_of (self));
      g_autoptr(GDateTime) local_start = g_date_time_to_timezone (start, zone);
      g_autoptr(GDateTime) local_end = g_date_time_to_timezone (end, zone);

      if (compare_days (local_start, first) < 0 || compare_days (local_end, last) > 0)
        {
          g_autofree char *range = evd_format_time_range (first, last, zone_of (self));
          /* Translators: the event's dates */
          g_autofree char *message = g_strdup_printf (_("The session must fall within the event’s days: %s. "
                                                        "Change the event’s dates first to go beyond them."),
                                                      range);

          evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row), message);
          return FALSE;
        }
    }
  return TRUE;
}

/* Saving ------------------------------------------------------------------ */

static void
set_saving (EvdSessionEditor *self,
            gboolean          saving)
{
  self->saving = saving;
  gtk_widget_set_sensitive (self->save_button, !saving);
  gtk_widget_set_visible (self->saving_spinner, saving);
  gtk_spinner_set_spinning (GTK_SPINNER (self->saving_spinner), saving);
}

/* Zoom's codes for a session, at the field they concern. */
static void
show_refusal (EvdSessionEditor *self,
              const GError     *error)
{
  const char *field = evd_api_error_get_field (error);

  if (g_error_matches (error, EVD_API_ERROR, 26203))
    evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row), _("The session must end after it starts."));
  else if (g_error_matches (error, EVD_API_ERROR, 26302))
    evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row),
                 _("Zoom refused these times: the session overlaps another one, or that day already has "
                   "as many sessions as Zoom allows. Choose another time."));
  else if (g_error_matches (error, EVD_API_ERROR, 26202) || g_error_matches (error, EVD_API_ERROR, 26204))
    evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row), error->message);
  else if (g_error_matches (error, EVD_API_ERROR, 1006))
    evd_show_field_message (self->general_error, NULL,
                 _("This kind of event has exactly one session, set on the event itself. "
                   "Sessions can be added to multi-session and recurring events only."));
  else if (g_strcmp0 (field, "name") == 0)
    evd_show_field_message (self->name_error, GTK_WIDGET (self->name_row), error->message);
  else if (g_strcmp0 (field, "start_time") == 0 || g_strcmp0 (field, "end_time") == 0)
    evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row), error->message);
  else
    evd_show_field_message (self->general_error, NULL, error->message);
}

static void
finish_save (EvdSessionEditor *self,
             EvdSession       *saved,
             const GError     *error)
{
  set_saving (self, FALSE);
  if (error != NULL)
    {
      show_refusal (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, saved);
  if (self->run_task != NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->run_task);

      g_task_return_pointer (task, g_object_ref (saved), g_object_unref);
    }
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdSessionEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdSession) session = evd_client_create_session_finish (EVD_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  finish_save (self, session, error);
}

static void
updated_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdSessionEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  evd_client_update_session_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  finish_save (self, self->pending, error);
}

void
evd_session_editor_save (EvdSessionEditor *self)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  g_auto(GStrv) tracks = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(JsonNode) body = NULL;
  EvdSession *session;
  gboolean valid = TRUE;

  g_return_if_fail (EVD_IS_SESSION_EDITOR (self));

  if (self->saving || self->client == NULL || self->event == NULL)
    return;

  clear_messages (self);
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (*name == '\0')
    {
      evd_show_field_message (self->name_error, GTK_WIDGET (self->name_row), _("Give the session a name."));
      valid = FALSE;
    }

  start = evd_date_time_entry_dup_time (self->start_entry, zone_of (self));
  end = evd_date_time_entry_dup_time (self->end_entry, zone_of (self));
  if (start == NULL || end == NULL)
    {
      evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row),
                   _("The event’s time zone is not known on this computer, so the times cannot be converted."));
      valid = FALSE;
    }
  else if (!times_are_valid (self, start, end))
    valid = FALSE;

  if (!valid)
    return;

  description = text_of (self->description_view);
  tracks = split_tracks (gtk_editable_get_text (GTK_EDITABLE (self->tracks_row)));

  g_clear_object (&self->pending);
  self->pending = session = evd_session_new ();
  evd_session_set_name (session, name);
  evd_session_set_description (session, description);
  evd_session_set_start_time (session, start);
  evd_session_set_end_time (session, end);
  evd_session_set_timezone (session, zone_of (self));
  evd_session_set_session_type (session, selected_type (self));
  evd_session_set_track_labels (session, (const char * const *) tracks);

  set_saving (self, TRUE);
  if (self->session == NULL)
    {
      body = evd_session_to_json (session);
      evd_client_create_session_async (self->client, evd_event_get_event_id (self->event), body,
                                       self->cancellable, created_cb, g_object_ref (self));
    }
  else
    {
      body = evd_session_to_patch_json (session);
      evd_client_update_session_async (self->client, evd_event_get_event_id (self->event),
                                       evd_session_get_session_id (self->session), body,
                                       self->cancellable, updated_cb, g_object_ref (self));
    }
}

gboolean
evd_session_editor_is_saving (EvdSessionEditor *self)
{
  g_return_val_if_fail (EVD_IS_SESSION_EDITOR (self), FALSE);

  return self->saving;
}

/* Filling in -------------------------------------------------------------- */

static void
fill_in (EvdSessionEditor *self)
{
  const char *zone = zone_of (self);
  g_autofree char *hint = NULL;
  GDateTime *start = NULL;
  GDateTime *end = NULL;
  g_autoptr(GDateTime) default_end = NULL;

  /* Translators: the event's time zone */
  hint = g_strdup_printf (_("Times are in the event’s time zone, %s."), zone);
  adw_preferences_group_set_description (self->when_group, hint);

  if (self->session != NULL)
    {
      g_autofree char *tracks = g_strjoinv (", ", (char **) evd_session_get_track_labels (self->session));
      EvdSessionType type = evd_session_get_session_type (self->session);
      const char *description = evd_session_get_description (self->session);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Session"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), evd_session_get_name (self->session));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                                description != NULL ? description : "", -1);
      gtk_editable_set_text (GTK_EDITABLE (self->tracks_row), tracks != NULL ? tracks : "");
      for (guint i = 0; i < G_N_ELEMENTS (session_types); i++)
        if (session_types[i] == type)
          gtk_drop_down_set_selected (self->type_choice, i);
      start = evd_session_get_start_time (self->session);
      end = evd_session_get_end_time (self->session);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Session"));
      start = evd_event_get_start_time (self->event);
    }

  if (start != NULL)
    {
      if (end == NULL)
        end = default_end = g_date_time_add_hours (start, 1);
      self->adjusting = TRUE;
      evd_date_time_entry_set_time (self->start_entry, start, zone);
      evd_date_time_entry_set_time (self->end_entry, end, zone);
      self->adjusting = FALSE;
      g_clear_pointer (&self->last_start, g_date_time_unref);
      self->last_start = g_date_time_ref (start);
    }
}

EvdSessionEditor *
evd_session_editor_new (GtkWidget  *parent,
                        EvdClient  *client,
                        EvdEvent   *event,
                        EvdSession *session)
{
  EvdSessionEditor *self;
  GtkRoot *root;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);
  g_return_val_if_fail (session == NULL || EVD_IS_SESSION (session), NULL);

  self = g_object_new (EVD_TYPE_SESSION_EDITOR, NULL);
  self->client = g_object_ref (client);
  self->event = g_object_ref (event);
  g_set_object (&self->session, session);
  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  fill_in (self);
  return self;
}

/* Getters for tests ------------------------------------------------------- */

GtkEditable *
evd_session_editor_get_name (EvdSessionEditor *self)
{
  return GTK_EDITABLE (self->name_row);
}

GtkWidget *
evd_session_editor_get_start (EvdSessionEditor *self)
{
  return GTK_WIDGET (self->start_entry);
}

GtkWidget *
evd_session_editor_get_end (EvdSessionEditor *self)
{
  return GTK_WIDGET (self->end_entry);
}

GtkDropDown *
evd_session_editor_get_type_choice (EvdSessionEditor *self)
{
  return self->type_choice;
}

GtkEditable *
evd_session_editor_get_tracks (EvdSessionEditor *self)
{
  return GTK_EDITABLE (self->tracks_row);
}

GtkTextView *
evd_session_editor_get_description (EvdSessionEditor *self)
{
  return self->description_view;
}

static const char *
shown_text (GtkLabel *label)
{
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

const char *
evd_session_editor_get_name_error (EvdSessionEditor *self)
{
  return shown_text (self->name_error);
}

const char *
evd_session_editor_get_time_error (EvdSessionEditor *self)
{
  return shown_text (self->time_error);
}

const char *
evd_session_editor_get_general_error (EvdSessionEditor *self)
{
  return shown_text (self->general_error);
}

/* Building ---------------------------------------------------------------- */

static void
type_changed_cb (EvdSessionEditor *self)
{
  adw_action_row_set_subtitle (self->type_row, type_explanation (selected_type (self)));
}

/* A "must end after it starts" goes as soon as the times are right. */
static void
recheck_times (EvdSessionEditor *self)
{
  g_autoptr(GDateTime) start = evd_date_time_entry_dup_time (self->start_entry, zone_of (self));
  g_autoptr(GDateTime) end = evd_date_time_entry_dup_time (self->end_entry, zone_of (self));

  if (!gtk_widget_get_visible (GTK_WIDGET (self->time_error)) || start == NULL || end == NULL)
    return;
  if (times_are_valid (self, start, end))
    evd_show_field_message (self->time_error, GTK_WIDGET (self->end_row), NULL);
}

/* A new start moves the end with it, keeping the length, as calendars do. */
static void
start_changed_cb (EvdSessionEditor *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  if (self->adjusting || self->event == NULL)
    return;

  start = evd_date_time_entry_dup_time (self->start_entry, zone_of (self));
  end = evd_date_time_entry_dup_time (self->end_entry, zone_of (self));
  if (start != NULL && end != NULL && self->last_start != NULL)
    {
      GTimeSpan length = g_date_time_difference (end, self->last_start);

      if (length > 0)
        {
          g_autoptr(GDateTime) moved = g_date_time_add (start, length);

          self->adjusting = TRUE;
          evd_date_time_entry_set_time (self->end_entry, moved, zone_of (self));
          self->adjusting = FALSE;
        }
    }
  g_clear_pointer (&self->last_start, g_date_time_unref);
  self->last_start = g_steal_pointer (&start);
  recheck_times (self);
}

/* An end time earlier in the day than the start means the next day, when
 * that makes a session of at most 12 hours: 23:00 to 00:30 crosses
 * midnight. A later end by a whole day is a mistake to point out instead. */
static void
end_changed_cb (EvdSessionEditor *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  if (self->adjusting || self->event == NULL)
    return;

  start = evd_date_time_entry_dup_time (self->start_entry, zone_of (self));
  end = evd_date_time_entry_dup_time (self->end_entry, zone_of (self));
  if (start != NULL && end != NULL && g_date_time_compare (end, start) <= 0)
    {
      g_autoptr(GTimeZone) zone = evd_time_zone_new (zone_of (self));
      g_autoptr(GDateTime) local_start = g_date_time_to_timezone (start, zone);
      g_autoptr(GDateTime) local_end = g_date_time_to_timezone (end, zone);
      g_autoptr(GDateTime) next_day = g_date_time_add_days (end, 1);

      if (compare_days (local_start, local_end) == 0 &&
          g_date_time_difference (next_day, start) <= 12 * G_TIME_SPAN_HOUR)
        {
          self->adjusting = TRUE;
          evd_date_time_entry_set_time (self->end_entry, next_day, zone_of (self));
          self->adjusting = FALSE;
        }
    }
  recheck_times (self);
}

/* A message goes as soon as its field is changed. */
static void
name_changed_cb (EvdSessionEditor *self)
{
  evd_show_field_message (self->name_error, GTK_WIDGET (self->name_row), NULL);
}

static void
cancel_clicked_cb (EvdSessionEditor *self)
{
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * evd_session_editor_run_async:
 *
 * Shows the editor; it finishes with the session as Zoom now has it once
 * saved, or with %G_IO_ERROR_CANCELLED when the editor closed first. The
 * task does not hold the editor, which goes when it closes.
 */
void
evd_session_editor_run_async (EvdSessionEditor    *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (EVD_IS_SESSION_EDITOR (self));
  g_return_if_fail (self->run_task == NULL);

  self->run_task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (self->run_task, evd_session_editor_run_async);
  gtk_window_present (GTK_WINDOW (self));
}

/* Returns: (transfer full): the session saved */
EvdSession *
evd_session_editor_run_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, evd_session_editor_run_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
evd_session_editor_dispose (GObject *object)
{
  EvdSessionEditor *self = EVD_SESSION_EDITOR (object);

  if (self->run_task != NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->run_task);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Not saved"));
    }
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_SESSION_EDITOR);

  G_OBJECT_CLASS (evd_session_editor_parent_class)->dispose (object);
}

static void
evd_session_editor_finalize (GObject *object)
{
  EvdSessionEditor *self = EVD_SESSION_EDITOR (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->pending);
  g_clear_object (&self->session);
  g_clear_pointer (&self->last_start, g_date_time_unref);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_session_editor_parent_class)->finalize (object);
}

static void
evd_session_editor_class_init (EvdSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_session_editor_dispose;
  object_class->finalize = evd_session_editor_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, EVD_TYPE_SESSION);

  g_type_ensure (EVD_TYPE_DATE_TIME_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sessions/evd-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, saving_spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, when_group);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, start_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, end_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, time_error);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, type_choice);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionEditor, tracks_row);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, evd_session_editor_save);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_changed_cb);
}

static void
evd_session_editor_init (EvdSessionEditor *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The date entries build their own buttons, so their names are set here. */
  evd_date_time_entry_set_accessible_name (self->start_entry, _("Starts"));
  evd_date_time_entry_set_accessible_name (self->end_entry, _("Ends"));
  type_changed_cb (self);
}
