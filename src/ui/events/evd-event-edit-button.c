/* evd-event-edit-button.c: the event page's Edit… button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-edit-button"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-event-edit-button.h"
#include "evd-event-edit-window.h"
#include "evd-ui-util.h"

struct _EvdEventEditButton
{
  GtkWidget  parent_instance;

  GtkWidget *button;
  GtkLabel  *reason;

  EvdClient *client;
  EvdEvent  *event;
};

G_DEFINE_FINAL_TYPE (EvdEventEditButton, evd_event_edit_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
evd_event_edit_button_new (void)
{
  return g_object_new (EVD_TYPE_EVENT_EDIT_BUTTON, NULL);
}

/* Drafts and upcoming events can change; Zoom refuses changes to past and
 * cancelled ones (260210), so for those the button gives way to the reason. */
static void
update (EvdEventEditButton *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  EvdDisplayStatus status = self->event != NULL ? evd_event_get_display_status (self->event, now)
                                                : EVD_DISPLAY_STATUS_DRAFT;
  gboolean locked = status == EVD_DISPLAY_STATUS_PAST || status == EVD_DISPLAY_STATUS_CANCELLED;

  gtk_widget_set_visible (self->button, self->event != NULL && !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->reason), self->event != NULL && locked);
  gtk_label_set_text (self->reason, status == EVD_DISPLAY_STATUS_CANCELLED
                      ? _("Cancelled events cannot be changed.")
                      : _("Past events cannot be changed."));
}

static void
edited_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EvdEventEditButton) self = user_data;

  if (!evd_event_edit_window_run_finish (result, NULL) || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "event-page.reload", NULL);
  evd_show_toast (GTK_WIDGET (self), _("Changes saved"));
}

static void
clicked_cb (EvdEventEditButton *self)
{
  GtkWidget *window;

  if (self->client == NULL || self->event == NULL)
    return;

  window = evd_event_edit_window_new (evd_window_of (GTK_WIDGET (self)), self->client, self->event);
  evd_event_edit_window_run_async (EVD_EVENT_EDIT_WINDOW (window), NULL, edited_cb, g_object_ref (self));
}

static void
evd_event_edit_button_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  EvdEventEditButton *self = EVD_EVENT_EDIT_BUTTON (object);

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
evd_event_edit_button_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  EvdEventEditButton *self = EVD_EVENT_EDIT_BUTTON (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      if (g_set_object (&self->client, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_EVENT:
      /* The page sets the event again after each reload: the status may
       * have changed even when the object did not. */
      g_set_object (&self->event, g_value_get_object (value));
      update (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_edit_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_EVENT_EDIT_BUTTON);

  G_OBJECT_CLASS (evd_event_edit_button_parent_class)->dispose (object);
}

static void
evd_event_edit_button_finalize (GObject *object)
{
  EvdEventEditButton *self = EVD_EVENT_EDIT_BUTTON (object);

  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_event_edit_button_parent_class)->finalize (object);
}

static void
evd_event_edit_button_class_init (EvdEventEditButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_event_edit_button_get_property;
  object_class->set_property = evd_event_edit_button_set_property;
  object_class->dispose = evd_event_edit_button_dispose;
  object_class->finalize = evd_event_edit_button_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-event-edit-button.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdEventEditButton, button);
  gtk_widget_class_bind_template_child (widget_class, EvdEventEditButton, reason);
  gtk_widget_class_bind_template_callback (widget_class, clicked_cb);
}

static void
evd_event_edit_button_init (EvdEventEditButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}
