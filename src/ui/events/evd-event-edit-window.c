/* evd-event-edit-window.c: change an event's details, with what is locked and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-edit-window"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-event-form.h"
#include "evd-event-refusal.h"
#include "evd-event-edit-window.h"
#include "evd-ticket-page.h"
#include "evd-ui-util.h"

/* The same form as New Event, filled from the event. Saving sends only
 * the fields whose value the person changed (PATCH): what the form says is
 * compared with what it said when it was filled, so a value it cannot show
 * (PUBLIC, a zone outside Zoom's list) and a field Zoom locks are never
 * sent by accident. Meeting <-> webinar goes through the event's session,
 * as Zoom documents; the event page then reads the event again. */
struct _EvdEventEditWindow
{
  AdwWindow      parent_instance;

  EvdClient     *client;
  EvdEvent      *event;
  EvdEventDraft *before;       /* the form as filled from the event */
  EvdMeetingType meeting_type; /* to set through the sessions, or UNKNOWN */
  GCancellable  *cancellable;
  guint          pending;      /* loads still to answer before Save is allowed */

  AdwBin       *form_bin;
  EvdEventForm *form;
  GtkLabel     *error_label;
  GtkSpinner   *spinner;

  GTask        *run_task;      /* evd_event_edit_window_run_async (), until it ends */
};

G_DEFINE_FINAL_TYPE (EvdEventEditWindow, evd_event_edit_window, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
evd_event_edit_window_get_form (EvdEventEditWindow *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_EDIT_WINDOW (self), NULL);
  return GTK_WIDGET (self->form);
}

gboolean
evd_event_edit_window_is_ready (EvdEventEditWindow *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_EDIT_WINDOW (self), FALSE);
  return self->pending == 0;
}

static void
show_error (EvdEventEditWindow *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
update_save (EvdEventEditWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) problems = evd_event_form_check (self->form, now);
  gboolean ok = self->pending == 0 && !evd_event_draft_has_errors (problems);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "edit-event.save", ok);
  return ok;
}

static void
loaded_one (EvdEventEditWindow *self)
{
  if (self->pending > 0)
    self->pending--;
  if (self->pending == 0)
    {
      gtk_spinner_set_spinning (self->spinner, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
    }
  update_save (self);
}

static void
hubs_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(EvdEventEditWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = evd_client_list_hubs_finish (EVD_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (hubs != NULL)
    {
      g_autoptr(EvdEventDraft) filled = NULL;

      evd_event_form_set_hubs (self->form, hubs, evd_event_get_hub_id (self->event));
      /* The hub shown is the program's choice, not the person's. */
      filled = evd_event_form_dup_draft (self->form);
      evd_event_draft_set_string (&self->before->hub_id, filled->hub_id);
    }
  loaded_one (self);
}

/* Zoom locks the meeting type of a published event once anyone registered. */
static void
tickets_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdEventEditWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdTicketPage) page = evd_client_list_tickets_page_finish (EVD_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (page == NULL || evd_ticket_page_get_total_records (page) > 0)
    evd_event_form_lock_meeting_type (self->form,
      page == NULL
      ? _("Locked: Event Desk could not check whether people have registered, and Zoom locks this once they have.")
      : _("Locked: people have registered for this published event, so Zoom no longer lets this change."));
  loaded_one (self);
}

static void
form_changed_cb (EvdEventEditWindow *self)
{
  show_error (self, NULL);
  update_save (self);
}

/* The window is done: saved, or closed without saving. */
static void
finish_run (EvdEventEditWindow *self,
            gboolean            saved)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->run_task);

  if (task == NULL)
    return;
  if (saved)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Not changed"));
}

static void
saved (EvdEventEditWindow *self)
{
  gtk_spinner_set_spinning (self->spinner, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  g_signal_emit (self, signals[SAVED], 0);
  finish_run (self, TRUE);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
refused (EvdEventEditWindow *self,
         GError             *error)
{
  g_autofree char *message = evd_event_refusal_describe (error);

  gtk_spinner_set_spinning (self->spinner, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  show_error (self, message);
  evd_event_form_take_refusal (self->form, error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "edit-event.save", TRUE);
}

static void
meeting_type_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(EvdEventEditWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (evd_client_set_meeting_type_finish (EVD_CLIENT (object), result, &error))
    saved (self);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    refused (self, error);
}

/* After the event's own fields: the meeting type, through its session. */
static void
save_meeting_type (EvdEventEditWindow *self)
{
  if (self->meeting_type == EVD_MEETING_TYPE_UNKNOWN)
    {
      saved (self);
      return;
    }
  evd_client_set_meeting_type_async (self->client, evd_event_get_event_id (self->event), self->meeting_type,
                                     self->cancellable, meeting_type_cb, g_object_ref (self));
}

static void
update_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EvdEventEditWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (evd_client_update_event_finish (EVD_CLIENT (object), result, &error))
    save_meeting_type (self);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    refused (self, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EvdEventEditWindow *self = EVD_EVENT_EDIT_WINDOW (widget);
  g_autoptr(EvdEventDraft) draft = NULL;
  g_autoptr(EvdEvent) copy = NULL;
  g_autoptr(JsonNode) patch = NULL;
  g_autoptr(GError) error = NULL;
  gboolean meeting_type_changed = FALSE;

  if (!update_save (self))
    return;

  /* A copy, so the page's event stays as Zoom has it if Zoom refuses. */
  copy = evd_event_copy (self->event);
  draft = evd_event_form_dup_draft (self->form);
  if (!evd_event_draft_apply_changes (draft, self->before, copy, &meeting_type_changed, &error))
    {
      show_error (self, error->message);
      return;
    }
  self->meeting_type = meeting_type_changed ? draft->meeting_type : EVD_MEETING_TYPE_UNKNOWN;

  patch = evd_event_to_patch_json (copy);
  if (json_object_get_size (json_node_get_object (patch)) == 0 && !meeting_type_changed)
    {
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_widget_action_set_enabled (widget, "edit-event.save", FALSE);
  gtk_spinner_set_spinning (self->spinner, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  if (json_object_get_size (json_node_get_object (patch)) == 0)
    save_meeting_type (self);
  else
    evd_client_update_event_async (self->client, evd_event_get_event_id (self->event), patch, self->cancellable,
                                   update_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_set_focus (GTK_WINDOW (widget), NULL);
  gtk_window_close (GTK_WINDOW (widget));
}

/* GObject ----------------------------------------------------------------- */

GtkWidget *
evd_event_edit_window_new (GtkWindow *parent,
                           EvdClient *client,
                           EvdEvent  *event)
{
  EvdEventEditWindow *self;
  g_autoptr(EvdEventDraft) draft = NULL;

  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  self = g_object_new (EVD_TYPE_EVENT_EDIT_WINDOW, "transient-for", parent, "modal", parent != NULL, NULL);
  self->client = g_object_ref (client);
  self->event = g_object_ref (event);

  draft = evd_event_draft_new_from_event (event);
  self->form = EVD_EVENT_FORM (evd_event_form_new (draft->type));
  evd_event_form_set_draft (self->form, draft);
  g_clear_pointer (&self->before, evd_event_draft_free);
  self->before = evd_event_form_dup_draft (self->form);
  evd_event_form_lock_type (self->form, _("The type of an event cannot be changed after it is created."));
  g_signal_connect_object (self->form, "changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));

  self->pending = 1;
  evd_client_list_hubs_async (client, self->cancellable, hubs_cb, g_object_ref (self));
  if (evd_event_get_status (event) == EVD_EVENT_STATUS_PUBLISHED && draft->type != EVD_EVENT_TYPE_CONFERENCE)
    {
      self->pending++;
      evd_client_list_tickets_page_async (client, evd_event_get_event_id (event), NULL, 1, NULL, NULL,
                                          self->cancellable, tickets_cb, g_object_ref (self));
    }
  update_save (self);
  return GTK_WIDGET (self);
}

/**
 * evd_event_edit_window_run_async:
 *
 * Shows the window; it finishes when Zoom saved the changes, or with
 * %G_IO_ERROR_CANCELLED when the window closed without saving. The task
 * does not hold the window, which goes when it closes.
 */
void
evd_event_edit_window_run_async (EvdEventEditWindow  *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (EVD_IS_EVENT_EDIT_WINDOW (self));
  g_return_if_fail (self->run_task == NULL);

  self->run_task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (self->run_task, evd_event_edit_window_run_async);
  gtk_window_present (GTK_WINDOW (self));
}

/* Returns: whether Zoom saved the changes */
gboolean
evd_event_edit_window_run_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, evd_event_edit_window_run_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
evd_event_edit_window_dispose (GObject *object)
{
  EvdEventEditWindow *self = EVD_EVENT_EDIT_WINDOW (object);

  finish_run (self, FALSE);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->event);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_EVENT_EDIT_WINDOW);

  G_OBJECT_CLASS (evd_event_edit_window_parent_class)->dispose (object);
}

static void
evd_event_edit_window_finalize (GObject *object)
{
  EvdEventEditWindow *self = EVD_EVENT_EDIT_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->before, evd_event_draft_free);

  G_OBJECT_CLASS (evd_event_edit_window_parent_class)->finalize (object);
}

static void
evd_event_edit_window_class_init (EvdEventEditWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_event_edit_window_dispose;
  object_class->finalize = evd_event_edit_window_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "edit-event.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "edit-event.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "edit-event.cancel", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-event-edit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdEventEditWindow, form_bin);
  gtk_widget_class_bind_template_child (widget_class, EvdEventEditWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, EvdEventEditWindow, spinner);
}

static void
evd_event_edit_window_init (EvdEventEditWindow *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A bare instance (as the template test makes) still has a form. */
  self->form = EVD_EVENT_FORM (evd_event_form_new (EVD_EVENT_TYPE_SIMPLE_EVENT));
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
  self->before = evd_event_form_dup_draft (self->form);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "edit-event.save", FALSE);
}
