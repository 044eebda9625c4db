/* evd-registration-actions.c: Add Attendee and Paste Attendees, on the registrations page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-registration-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-add-attendee-dialog.h"
#include "evd-paste-attendees-dialog.h"
#include "evd-publish-dialog.h"
#include "evd-registration-actions.h"
#include "evd-ui-util.h"

struct _EvdRegistrationActions
{
  GtkWidget     parent_instance;

  GtkWidget    *add_button;
  GtkWidget    *paste_button;

  EvdClient    *client;
  EvdEvent     *event;
  gboolean      published_here;  /* the page's event object is older */
};

G_DEFINE_FINAL_TYPE (EvdRegistrationActions, evd_registration_actions, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  N_PROPS
};

enum {
  REGISTERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

gboolean
evd_registration_actions_can_register (EvdEvent *event)
{
  g_return_val_if_fail (EVD_IS_EVENT (event), FALSE);

  return evd_event_get_status (event) == EVD_EVENT_STATUS_PUBLISHED;
}

/* Publishing -------------------------------------------------------------- */

static void
published_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(EvdRegistrationActions) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!evd_publish_event_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        evd_show_error_dialog (GTK_WIDGET (self), _("Could Not Publish the Event"), error);
      return;
    }

  self->published_here = TRUE;
  evd_show_toast (GTK_WIDGET (self), _("Event published: you can add attendees now"));
  /* The sidebar and the pages show the new status after a refresh. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.refresh", NULL);
}

/* Guard ------------------------------------------------------------------- */

static void
guard_response_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(EvdRegistrationActions) self = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  if (g_strcmp0 (response, "publish") == 0 && self->client != NULL && self->event != NULL)
    evd_publish_event_async (GTK_WIDGET (self), self->client, self->event, NULL, published_cb, g_object_ref (self));
}

/* Returns TRUE when attendees can be added; else explains why not. */
static gboolean
guard (EvdRegistrationActions *self)
{
  EvdEventStatus status = evd_event_get_status (self->event);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->published_here || status == EVD_EVENT_STATUS_PUBLISHED || status == EVD_EVENT_STATUS_UNKNOWN)
    return TRUE;

  if (status == EVD_EVENT_STATUS_DRAFT)
    {
      body = g_strdup_printf (_("“%s” is a draft. Zoom registers people only for published events, so nobody "
                                "can be added yet. Publish the event first: its links go live and registration opens."),
                              evd_event_get_name (self->event));
      dialog = adw_message_dialog_new (evd_window_of (GTK_WIDGET (self)), _("Publish the Event First"), body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Not Now"),
                                        "publish", _("_Publish Event…"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "publish", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "publish");
    }
  else
    {
      body = g_strdup_printf (_("“%s” is cancelled, so nobody can register for it."),
                              evd_event_get_name (self->event));
      dialog = adw_message_dialog_new (evd_window_of (GTK_WIDGET (self)), _("Registration Is Closed"), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Close"));
    }
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, guard_response_cb, g_object_ref (self));
  return FALSE;
}

/* Buttons ----------------------------------------------------------------- */

static void
registered_cb (EvdRegistrationActions *self)
{
  g_signal_emit (self, signals[REGISTERED], 0);
}

static void
add_clicked_cb (EvdRegistrationActions *self)
{
  GtkWidget *dialog;

  if (self->client == NULL || self->event == NULL || !guard (self))
    return;

  dialog = evd_add_attendee_dialog_new (evd_window_of (GTK_WIDGET (self)), self->client, self->event);
  g_signal_connect_object (dialog, "registered", G_CALLBACK (registered_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
paste_clicked_cb (EvdRegistrationActions *self)
{
  GtkWidget *dialog;

  if (self->client == NULL || self->event == NULL || !guard (self))
    return;

  dialog = evd_paste_attendees_dialog_new (evd_window_of (GTK_WIDGET (self)), self->client, self->event);
  g_signal_connect_object (dialog, "registered", G_CALLBACK (registered_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject ----------------------------------------------------------------- */

GtkWidget *
evd_registration_actions_new (void)
{
  return g_object_new (EVD_TYPE_REGISTRATION_ACTIONS, NULL);
}

/* Without a client or an event (a page built empty) nothing is offered. */
static void
update_buttons (EvdRegistrationActions *self)
{
  gboolean usable = self->client != NULL && self->event != NULL;

  gtk_widget_set_visible (self->add_button, usable);
  gtk_widget_set_visible (self->paste_button, usable);
}

static void
evd_registration_actions_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  EvdRegistrationActions *self = EVD_REGISTRATION_ACTIONS (object);

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
evd_registration_actions_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  EvdRegistrationActions *self = EVD_REGISTRATION_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      if (g_set_object (&self->client, g_value_get_object (value)))
        {
          update_buttons (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_EVENT:
      if (g_set_object (&self->event, g_value_get_object (value)))
        {
          self->published_here = FALSE;
          update_buttons (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_registration_actions_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_REGISTRATION_ACTIONS);

  G_OBJECT_CLASS (evd_registration_actions_parent_class)->dispose (object);
}

static void
evd_registration_actions_finalize (GObject *object)
{
  EvdRegistrationActions *self = EVD_REGISTRATION_ACTIONS (object);

  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_registration_actions_parent_class)->finalize (object);
}

static void
evd_registration_actions_class_init (EvdRegistrationActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_registration_actions_get_property;
  object_class->set_property = evd_registration_actions_set_property;
  object_class->dispose = evd_registration_actions_dispose;
  object_class->finalize = evd_registration_actions_finalize;

  /* Bound to the registrations page's client and event in its .ui */
  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EvdRegistrationActions::registered:
   *
   * Someone was registered: the page's list is out of date.
   */
  signals[REGISTERED] = g_signal_new ("registered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/registrations/evd-registration-actions.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationActions, add_button);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationActions, paste_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, paste_clicked_cb);
}

static void
evd_registration_actions_init (EvdRegistrationActions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  update_buttons (self);
}
