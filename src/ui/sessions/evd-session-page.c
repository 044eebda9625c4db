/* evd-session-page.c: one session of an event, in detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-session-page"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-page-util.h"
#include "evd-session-page.h"
#include "evd-ui-util.h"

struct _EvdSessionPage
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkSpinner    *spinner;
  AdwStatusPage *error_page;
  GtkSpinner    *refresh_spinner;
  GtkLabel      *name_label;
  GtkLabel      *description_label;
  AdwActionRow  *time_row;
  AdwActionRow  *type_row;
  AdwActionRow  *zoom_id_row;
  AdwActionRow  *attendance_row;
  AdwActionRow  *location_row;
  AdwActionRow  *tracks_row;

  EvdClient     *client;
  EvdEvent      *event;
  EvdSession    *session;
  GCancellable  *cancellable;
  gboolean       loading;
};

G_DEFINE_FINAL_TYPE (EvdSessionPage, evd_session_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  PROP_SESSION,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
evd_session_page_new (EvdClient  *client,
                      EvdEvent   *event,
                      EvdSession *session)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);
  g_return_val_if_fail (EVD_IS_SESSION (session), NULL);

  return g_object_new (EVD_TYPE_SESSION_PAGE,
                       "client", client,
                       "event", event,
                       "session", session,
                       NULL);
}

/**
 * evd_session_page_get_session:
 *
 * Returns: (transfer none): the session shown, the full one once it loaded
 */
EvdSession *
evd_session_page_get_session (EvdSessionPage *self)
{
  g_return_val_if_fail (EVD_IS_SESSION_PAGE (self), NULL);

  return self->session;
}

gboolean
evd_session_page_is_loading (EvdSessionPage *self)
{
  g_return_val_if_fail (EVD_IS_SESSION_PAGE (self), FALSE);

  return self->loading;
}

static void
set_loading (EvdSessionPage *self,
             gboolean        loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_spinner), loading);
  gtk_spinner_set_spinning (self->refresh_spinner, loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static const char *
session_zone (EvdSessionPage *self)
{
  const char *zone = evd_session_get_timezone (self->session);

  if (zone == NULL || *zone == '\0')
    zone = self->event != NULL ? evd_event_get_timezone (self->event) : NULL;
  return zone;
}

/* Zoom assigns the meeting or webinar only when the event is published. */
static void
show_zoom_id (EvdSessionPage *self)
{
  EvdSessionType type = evd_session_get_session_type (self->session);
  gint64 id = type == EVD_SESSION_TYPE_WEBINAR ? evd_session_get_webinar_id (self->session)
                                               : evd_session_get_meeting_id (self->session);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->zoom_id_row), type != EVD_SESSION_TYPE_NEITHER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->zoom_id_row),
                                 type == EVD_SESSION_TYPE_WEBINAR ? _("Webinar ID") : _("Meeting ID"));

  if (id > 0)
    text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  else if (self->loading)
    text = g_strdup (_("Loading…"));
  else
    text = g_strdup (_("Assigned when the event is published"));
  adw_action_row_set_subtitle (self->zoom_id_row, text);
}

static void
show_session (EvdSessionPage *self)
{
  EvdSession *session = self->session;
  EvdAttendanceType attendance = evd_session_get_attendance_type (session);
  const char *zone = session_zone (self);
  GDateTime *start = evd_session_get_start_time (session);
  GDateTime *end = evd_session_get_end_time (session);
  g_autofree char *in_zone = evd_format_time_range (start, end, zone);
  g_autofree char *for_viewer = evd_format_range_for_viewer (start, end, zone);
  g_autofree char *tracks = evd_join_labels (evd_session_get_track_labels (session));
  const char *description = evd_session_get_description (session);

  gtk_label_set_text (self->name_label, evd_session_get_name (session));
  gtk_label_set_text (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL && *description != '\0');

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->time_row), in_zone);
  adw_action_row_set_subtitle (self->time_row, for_viewer != NULL ? for_viewer : "");

  evd_page_set_row (self->type_row,
           evd_session_get_session_type (session) != EVD_SESSION_TYPE_UNKNOWN
           ? evd_session_type_to_label (evd_session_get_session_type (session)) : NULL, FALSE);
  show_zoom_id (self);
  evd_page_set_row (self->attendance_row,
           attendance != EVD_ATTENDANCE_TYPE_UNKNOWN ? evd_attendance_type_to_label (attendance) : NULL, TRUE);
  evd_page_set_row (self->location_row, evd_session_get_physical_location (session),
           attendance != EVD_ATTENDANCE_TYPE_IN_PERSON && attendance != EVD_ATTENDANCE_TYPE_HYBRID);
  evd_page_set_row (self->tracks_row, tracks, TRUE);

  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
session_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdSessionPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdSession) session = NULL;

  session = evd_client_get_session_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);
  if (session == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  g_set_object (&self->session, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  show_session (self);
}

static void
load (EvdSessionPage *self)
{
  if (self->client == NULL || self->event == NULL || self->session == NULL || self->loading)
    return;

  set_loading (self, TRUE);
  show_session (self);
  evd_client_get_session_async (self->client, evd_event_get_event_id (self->event),
                                evd_session_get_session_id (self->session), self->cancellable,
                                session_cb, g_object_ref (self));
}

static void
try_again_cb (EvdSessionPage *self)
{
  load (self);
}

static void
evd_session_page_constructed (GObject *object)
{
  EvdSessionPage *self = EVD_SESSION_PAGE (object);

  G_OBJECT_CLASS (evd_session_page_parent_class)->constructed (object);

  load (self);
}

static void
evd_session_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EvdSessionPage *self = EVD_SESSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_session_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EvdSessionPage *self = EVD_SESSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_EVENT:
      self->event = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_session_page_dispose (GObject *object)
{
  EvdSessionPage *self = EVD_SESSION_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_SESSION_PAGE);

  G_OBJECT_CLASS (evd_session_page_parent_class)->dispose (object);
}

static void
evd_session_page_finalize (GObject *object)
{
  EvdSessionPage *self = EVD_SESSION_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_session_page_parent_class)->finalize (object);
}

static void
evd_session_page_class_init (EvdSessionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_session_page_constructed;
  object_class->get_property = evd_session_page_get_property;
  object_class->set_property = evd_session_page_set_property;
  object_class->dispose = evd_session_page_dispose;
  object_class->finalize = evd_session_page_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, EVD_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sessions/evd-session-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, refresh_spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, time_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, zoom_id_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionPage, tracks_row);
  gtk_widget_class_bind_template_callback (widget_class, try_again_cb);
}

static void
evd_session_page_init (EvdSessionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "loading");
}
