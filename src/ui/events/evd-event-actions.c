/* evd-event-actions.c: Publish, Cancel, Duplicate and Delete for the event page
 *
 * What is offered follows the event's status: a draft can be published or
 * deleted, an upcoming published event cancelled, and any event copied.
 * Each step asks first and says what will happen, since none of them can be
 * undone at Zoom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-duplicate-dialog.h"
#include "evd-event-actions.h"
#include "evd-publish-dialog.h"
#include "evd-ui-util.h"

struct _EvdEventActions
{
  GtkWidget     parent_instance;

  GtkWidget    *publish_button;
  GtkWidget    *menu_button;

  EvdClient    *client;
  EvdEvent     *event;
  GCancellable *cancellable;
  gboolean      offered_publish;
  gboolean      offered_cancel;
  gboolean      offered_duplicate;
  gboolean      offered_delete;
  GtkTextBuffer *cancel_message;   /* the Cancel Event dialog's, kept past its close */
  char         *deleting_hub_id;
};

G_DEFINE_FINAL_TYPE (EvdEventActions, evd_event_actions, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static EvdEvent *
current_event (EvdEventActions *self)
{
  return self->event;
}

gboolean
evd_event_actions_is_offered (EvdEventActions *self,
                              const char      *action)
{
  g_return_val_if_fail (EVD_IS_EVENT_ACTIONS (self), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  if (g_str_equal (action, "publish"))
    return self->offered_publish;
  if (g_str_equal (action, "cancel"))
    return self->offered_cancel;
  if (g_str_equal (action, "duplicate"))
    return self->offered_duplicate;
  if (g_str_equal (action, "delete"))
    return self->offered_delete;
  return FALSE;
}

static void
update_offers (EvdEventActions *self)
{
  EvdEvent *event = current_event (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GMenu) menu = g_menu_new ();
  EvdDisplayStatus status = event != NULL ? evd_event_get_display_status (event, now) : EVD_DISPLAY_STATUS_DRAFT;
  gboolean usable = self->client != NULL && event != NULL;

  self->offered_publish = usable && status == EVD_DISPLAY_STATUS_DRAFT;
  self->offered_cancel = usable && status == EVD_DISPLAY_STATUS_UPCOMING;
  self->offered_duplicate = usable;
  self->offered_delete = usable && status == EVD_DISPLAY_STATUS_DRAFT;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.publish", self->offered_publish);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.cancel", self->offered_cancel);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.duplicate", self->offered_duplicate);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.delete", self->offered_delete);

  if (self->offered_duplicate)
    g_menu_append (menu, _("_Duplicate…"), "event.duplicate");
  if (self->offered_cancel)
    g_menu_append (menu, _("_Cancel Event…"), "event.cancel");
  if (self->offered_delete)
    g_menu_append (menu, _("De_lete Draft…"), "event.delete");

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_visible (self->publish_button, self->offered_publish);
  gtk_widget_set_visible (self->menu_button, g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
}

/* After a change the sidebar badge and the page must both show the new
 * state: ask the page to reload (event-page.reload), refresh the tree and
 * select the event (or the new one) again. */
static void
show_path (EvdEventActions *self,
           const char      *hub_id,
           const char      *event_id)
{
  const char *path[] = { hub_id, event_id, NULL };

  if (event_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "event-page.reload", NULL);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.refresh", NULL);
  if (hub_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "browser.select-path", "^as", path);
}

/* Publish ----------------------------------------------------------------- */

static void
published_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(EvdEventActions) self = user_data;
  g_autoptr(GError) error = NULL;
  EvdEvent *event = current_event (self);

  if (!evd_publish_event_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        evd_show_error_dialog (GTK_WIDGET (self), _("Could Not Publish the Event"), error);
      return;
    }

  evd_show_toast (GTK_WIDGET (self), _("Event published"));
  if (event != NULL)
    show_path (self, evd_event_get_hub_id (event), evd_event_get_event_id (event));
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EvdEventActions *self = EVD_EVENT_ACTIONS (widget);

  evd_publish_event_async (widget, self->client, current_event (self), self->cancellable,
                           published_cb, g_object_ref (self));
}

/* Cancel ------------------------------------------------------------------ */

static void
cancelled_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(EvdEventActions) self = user_data;
  g_autoptr(GError) error = NULL;
  EvdEvent *event = current_event (self);

  if (!evd_client_cancel_event_finish (EVD_CLIENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        evd_show_error_dialog (GTK_WIDGET (self), _("Could Not Cancel the Event"), error);
      return;
    }

  evd_show_toast (GTK_WIDGET (self), _("Event cancelled"));
  if (event != NULL)
    show_path (self, evd_event_get_hub_id (event), evd_event_get_event_id (event));
}

static char *
text_of (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strstrip (text);
}

static void
message_changed_cb (GtkTextBuffer    *buffer,
                    AdwMessageDialog *dialog)
{
  g_autofree char *text = text_of (buffer);

  adw_message_dialog_set_response_enabled (dialog, "cancel-event", *text != '\0');
}

static void
cancel_response_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(EvdEventActions) self = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  g_autoptr(GtkTextBuffer) buffer = g_steal_pointer (&self->cancel_message);
  g_autofree char *message = buffer != NULL ? text_of (buffer) : NULL;
  EvdEvent *event = current_event (self);

  if (g_strcmp0 (response, "cancel-event") != 0 || event == NULL)
    return;

  evd_client_cancel_event_async (self->client, evd_event_get_event_id (event),
                                 message != NULL && *message != '\0' ? message : NULL,
                                 self->cancellable, cancelled_cb, g_object_ref (self));
}

static GtkWidget *
new_message_box (EvdEventActions  *self,
                 AdwMessageDialog *dialog)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Message to registrants"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Message to registrants"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 90);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_overflow (scrolled, GTK_OVERFLOW_HIDDEN);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), scrolled);

  g_set_object (&self->cancel_message, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (message_changed_cb), dialog, 0);
  return box;
}

static void
ask_to_cancel (EvdEventActions *self,
               gint64           n_registered,
               gboolean         exact)
{
  EvdEvent *event = current_event (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (event == NULL)
    return;

  /* Translators: the event's name */
  heading = g_strdup_printf (_("Cancel “%s”?"), evd_event_get_name (event));
  if (n_registered > 0 && !exact)
    body = g_strdup (_("People have registered. Everyone registered gets your message and can no longer join. This cannot be undone."));
  else if (n_registered > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%d person has registered. Everyone registered gets your message and can no longer join. This cannot be undone.",
                                         "%d people have registered. Everyone registered gets your message and can no longer join. This cannot be undone.",
                                         (gulong) n_registered),
                            (int) n_registered);
  else
    body = g_strdup (_("Nobody has registered yet. The event’s links stop working and it cannot be published again. This cannot be undone."));

  dialog = adw_message_dialog_new (evd_window_of (GTK_WIDGET (self)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Event"),
                                    "cancel-event", _("Cancel _Event"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-event", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  if (n_registered > 0)
    {
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), new_message_box (self, ADW_MESSAGE_DIALOG (dialog)));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "cancel-event", FALSE);
    }
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, cancel_response_cb, g_object_ref (self));
}

static void
registrations_counted_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(EvdEventActions) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdTicketPage) page = NULL;
  gboolean exact = FALSE;
  gint64 n_registered;

  page = evd_client_list_tickets_page_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.cancel", self->offered_cancel);
  if (page == NULL)
    {
      evd_show_error_dialog (GTK_WIDGET (self), _("Could Not Check the Registrations"), error);
      return;
    }

  n_registered = evd_ticket_page_count_registrations (page, &exact);
  ask_to_cancel (self, n_registered, exact);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EvdEventActions *self = EVD_EVENT_ACTIONS (widget);
  EvdEvent *event = current_event (self);

  /* Zoom wants a message when people have registered: ask how many first. */
  gtk_widget_action_set_enabled (widget, "event.cancel", FALSE);
  evd_client_list_tickets_page_async (self->client, evd_event_get_event_id (event), NULL, 1, NULL, NULL,
                                      self->cancellable, registrations_counted_cb, g_object_ref (self));
}

/* Duplicate --------------------------------------------------------------- */

static void
duplicated_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(EvdEventActions) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  EvdEvent *event = current_event (self);

  new_id = evd_duplicate_event_finish (result, &error);
  if (new_id == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        evd_show_error_dialog (GTK_WIDGET (self), _("Could Not Duplicate the Event"), error);
      return;
    }

  evd_show_toast (GTK_WIDGET (self), _("Copy created as a draft"));
  if (event != NULL)
    show_path (self, evd_event_get_hub_id (event), new_id);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EvdEventActions *self = EVD_EVENT_ACTIONS (widget);

  evd_duplicate_event_async (widget, self->client, current_event (self), self->cancellable,
                             duplicated_cb, g_object_ref (self));
}

/* Delete ------------------------------------------------------------------ */

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdEventActions) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *hub_id = g_steal_pointer (&self->deleting_hub_id);

  if (!evd_client_delete_event_finish (EVD_CLIENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        evd_show_error_dialog (GTK_WIDGET (self), _("Could Not Delete the Draft"), error);
      return;
    }

  evd_show_toast (GTK_WIDGET (self), _("Draft deleted"));
  show_path (self, hub_id, NULL);
}

static void
delete_response_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(EvdEventActions) self = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  EvdEvent *event = current_event (self);

  if (g_strcmp0 (response, "delete") != 0 || event == NULL)
    return;

  g_free (self->deleting_hub_id);
  self->deleting_hub_id = g_strdup (evd_event_get_hub_id (event));
  evd_client_delete_event_async (self->client, evd_event_get_event_id (event), self->cancellable,
                                 deleted_cb, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EvdEventActions *self = EVD_EVENT_ACTIONS (widget);
  EvdEvent *event = current_event (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: the event's name */
  heading = g_strdup_printf (_("Delete “%s”?"), evd_event_get_name (event));
  dialog = adw_message_dialog_new (evd_window_of (widget), heading,
                                   _("The draft and everything in it are removed. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, delete_response_cb, g_object_ref (self));
}

/* GObject ----------------------------------------------------------------- */

GtkWidget *
evd_event_actions_new (void)
{
  return g_object_new (EVD_TYPE_EVENT_ACTIONS, NULL);
}

static void
evd_event_actions_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EvdEventActions *self = EVD_EVENT_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_actions_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EvdEventActions *self = EVD_EVENT_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      if (g_set_object (&self->client, g_value_get_object (value)))
        {
          update_offers (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_EVENT:
      /* The page sets the event again after each reload: offers follow. */
      g_set_object (&self->event, g_value_get_object (value));
      update_offers (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_actions_dispose (GObject *object)
{
  EvdEventActions *self = EVD_EVENT_ACTIONS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancel_message);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_EVENT_ACTIONS);

  G_OBJECT_CLASS (evd_event_actions_parent_class)->dispose (object);
}

static void
evd_event_actions_finalize (GObject *object)
{
  EvdEventActions *self = EVD_EVENT_ACTIONS (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->deleting_hub_id, g_free);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_event_actions_parent_class)->finalize (object);
}

static void
evd_event_actions_class_init (EvdEventActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_event_actions_get_property;
  object_class->set_property = evd_event_actions_set_property;
  object_class->dispose = evd_event_actions_dispose;
  object_class->finalize = evd_event_actions_finalize;

  /* Bound to the event page's client and event in its .ui */
  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-event-actions.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdEventActions, publish_button);
  gtk_widget_class_bind_template_child (widget_class, EvdEventActions, menu_button);
  gtk_widget_class_install_action (widget_class, "event.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "event.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "event.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "event.delete", NULL, delete_action);
}

static void
evd_event_actions_init (EvdEventActions *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  evd_quiet_menu_tooltips (self->menu_button);
  update_offers (self);
}
