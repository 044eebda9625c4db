/* evd-sessions-page.c: the sessions of a multi-session or recurring event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sessions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-page-util.h"
#include "evd-session-delete.h"
#include "evd-session-editor.h"
#include "evd-session-page.h"
#include "evd-sessions-page.h"
#include "evd-ui-util.h"

struct _EvdSessionsPage
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  GtkSpinner          *spinner;
  AdwStatusPage       *error_page;
  AdwPreferencesGroup *sessions_group;
  GtkListBox          *sessions_list;
  AdwBin              *detail_bin;
  GtkWidget           *add_button;
  GtkWidget           *empty_add_button;

  EvdClient           *client;
  EvdEvent            *event;
  GListStore          *sessions;
  GCancellable        *cancellable;
  EvdSession          *show_after_load;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (EvdSessionsPage, evd_sessions_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
evd_sessions_page_new (EvdClient *client,
                       EvdEvent  *event)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  return g_object_new (EVD_TYPE_SESSIONS_PAGE,
                       "client", client,
                       "event", event,
                       NULL);
}

gboolean
evd_sessions_page_is_loading (EvdSessionsPage *self)
{
  g_return_val_if_fail (EVD_IS_SESSIONS_PAGE (self), FALSE);

  return self->loading;
}

/**
 * evd_sessions_page_get_sessions:
 *
 * Returns: (transfer none): the sessions listed, #EvdSession items by start
 */
GListModel *
evd_sessions_page_get_sessions (EvdSessionsPage *self)
{
  g_return_val_if_fail (EVD_IS_SESSIONS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

/**
 * evd_sessions_page_get_detail:
 *
 * Returns: (transfer none) (nullable): the session's page, while one is shown
 */
GtkWidget *
evd_sessions_page_get_detail (EvdSessionsPage *self)
{
  g_return_val_if_fail (EVD_IS_SESSIONS_PAGE (self), NULL);

  return adw_bin_get_child (self->detail_bin);
}

void
evd_sessions_page_show_session (EvdSessionsPage *self,
                                EvdSession      *session)
{
  g_return_if_fail (EVD_IS_SESSIONS_PAGE (self));
  g_return_if_fail (EVD_IS_SESSION (session));

  adw_bin_set_child (self->detail_bin, evd_session_page_new (self->client, self->event, session));
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  adw_bin_set_child (self->detail_bin, NULL);
}

static void
set_loading (EvdSessionsPage *self,
             gboolean         loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  if (loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static const char *
event_zone (EvdSessionsPage *self,
            EvdSession      *session)
{
  const char *zone = evd_session_get_timezone (session);

  if (zone == NULL || *zone == '\0')
    zone = evd_event_get_timezone (self->event);
  return zone;
}

static GtkWidget *
create_session_row_cb (gpointer item,
                       gpointer user_data)
{
  EvdSessionsPage *self = user_data;
  EvdSession *session = item;
  GtkWidget *row = adw_action_row_new ();
  EvdSessionType type = evd_session_get_session_type (session);
  const char *type_label = type != EVD_SESSION_TYPE_UNKNOWN ? evd_session_type_to_label (type) : NULL;
  GtkWidget *type_widget;
  g_autofree char *when = evd_format_time_range (evd_session_get_start_time (session),
                                                 evd_session_get_end_time (session),
                                                 event_zone (self, session));
  g_autofree char *tracks = evd_join_labels (evd_session_get_track_labels (session));
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  if (tracks != NULL)
    /* Translators: a session's time, then its tracks */
    subtitle = g_strdup_printf (_("%s · %s"), when, tracks);
  else
    subtitle = g_strdup (when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), evd_session_get_name (session));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  type_widget = gtk_label_new (type_label);
  gtk_widget_add_css_class (type_widget, "dim-label");
  gtk_widget_set_visible (type_widget, type_label != NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), type_widget);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  /* Translators: a session read aloud: name, time and tracks, format */
  accessible = g_strdup_printf (_("%s, %s, %s"), evd_session_get_name (session), subtitle,
                                type_label != NULL ? type_label : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return row;
}

static void
session_row_activated_cb (EvdSessionsPage *self,
                          GtkListBoxRow   *row)
{
  /* The rows follow the model: a row's place is its session's. */
  g_autoptr(EvdSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), gtk_list_box_row_get_index (row));

  if (session != NULL)
    evd_sessions_page_show_session (self, session);
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  GDateTime *start_a = evd_session_get_start_time (*(EvdSession **) a);
  GDateTime *start_b = evd_session_get_start_time (*(EvdSession **) b);

  if (start_a == NULL || start_b == NULL)
    return (start_a == NULL) - (start_b == NULL);
  return g_date_time_compare (start_a, start_b);
}

static void
sessions_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(EvdSessionsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GPtrArray) array = NULL;
  g_autofree char *count = NULL;
  guint n;

  sessions = evd_client_list_sessions_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);
  if (sessions == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  n = g_list_model_get_n_items (sessions);
  array = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (sessions, i));
  g_ptr_array_sort (array, compare_sessions);
  g_list_store_splice (self->sessions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sessions)),
                       array->pdata, array->len);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", n), n);
  adw_preferences_group_set_description (self->sessions_group, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");

  if (self->show_after_load != NULL)
    {
      g_autoptr(EvdSession) session = g_steal_pointer (&self->show_after_load);

      evd_sessions_page_show_session (self, session);
    }
}

static void
load (EvdSessionsPage *self)
{
  if (self->client == NULL || self->event == NULL || self->loading)
    return;

  set_loading (self, TRUE);
  evd_client_list_sessions_async (self->client, evd_event_get_event_id (self->event), self->cancellable,
                                  sessions_cb, g_object_ref (self));
}

static void
try_again_cb (EvdSessionsPage *self)
{
  load (self);
}

/**
 * evd_sessions_page_reload:
 *
 * Lists the sessions again, as Zoom has them now.
 */
void
evd_sessions_page_reload (EvdSessionsPage *self)
{
  g_return_if_fail (EVD_IS_SESSIONS_PAGE (self));

  load (self);
}

/* Add, edit, delete ------------------------------------------------------- */

static EvdSession *
shown_session (EvdSessionsPage *self)
{
  GtkWidget *detail = adw_bin_get_child (self->detail_bin);

  return EVD_IS_SESSION_PAGE (detail) ? evd_session_page_get_session (EVD_SESSION_PAGE (detail)) : NULL;
}

static void
session_added_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(EvdSessionsPage) self = user_data;
  g_autoptr(EvdSession) session = evd_session_editor_run_finish (result, NULL);

  if (session == NULL || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  evd_show_toast (GTK_WIDGET (self), _("Session added"));
  load (self);
}

static void
session_saved_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(EvdSessionsPage) self = user_data;
  g_autoptr(EvdSession) session = evd_session_editor_run_finish (result, NULL);

  if (session == NULL || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  evd_show_toast (GTK_WIDGET (self), _("Session saved"));
  g_set_object (&self->show_after_load, shown_session (self));
  load (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (widget);
  EvdSessionEditor *editor = evd_session_editor_new (widget, self->client, self->event, NULL);

  evd_session_editor_run_async (editor, NULL, session_added_cb, g_object_ref (self));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (widget);
  EvdSession *session = shown_session (self);
  EvdSessionEditor *editor;

  if (session == NULL)
    return;
  editor = evd_session_editor_new (widget, self->client, self->event, session);
  evd_session_editor_run_async (editor, NULL, session_saved_cb, g_object_ref (self));
}

static void
session_deleted_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(EvdSessionsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!evd_session_delete_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        evd_show_error_dialog (GTK_WIDGET (self), _("Could Not Delete the Session"), error);
      return;
    }

  evd_show_toast (GTK_WIDGET (self), _("Session deleted"));
  adw_bin_set_child (self->detail_bin, NULL);
  load (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (widget);
  EvdSession *session = shown_session (self);

  if (session != NULL)
    evd_session_delete_async (widget, self->client, self->event, session, self->cancellable,
                              session_deleted_cb, g_object_ref (self));
}

/* Zoom keeps the one session of a single-session event itself. */
static void
update_actions (EvdSessionsPage *self)
{
  gboolean can_change = self->client != NULL && self->event != NULL &&
                        evd_event_get_event_type (self->event) != EVD_EVENT_TYPE_SIMPLE_EVENT;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.add", can_change);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.edit", can_change);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.delete", can_change);
  gtk_widget_set_visible (self->add_button, can_change);
  gtk_widget_set_visible (self->empty_add_button, can_change);
}

static void
evd_sessions_page_constructed (GObject *object)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (object);

  G_OBJECT_CLASS (evd_sessions_page_parent_class)->constructed (object);

  update_actions (self);
  load (self);
}

static void
evd_sessions_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_sessions_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_EVENT:
      self->event = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_sessions_page_dispose (GObject *object)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_SESSIONS_PAGE);

  G_OBJECT_CLASS (evd_sessions_page_parent_class)->dispose (object);
}

static void
evd_sessions_page_finalize (GObject *object)
{
  EvdSessionsPage *self = EVD_SESSIONS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->show_after_load);
  g_clear_object (&self->sessions);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_sessions_page_parent_class)->finalize (object);
}

static void
evd_sessions_page_class_init (EvdSessionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_sessions_page_constructed;
  object_class->get_property = evd_sessions_page_get_property;
  object_class->set_property = evd_sessions_page_set_property;
  object_class->dispose = evd_sessions_page_dispose;
  object_class->finalize = evd_sessions_page_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sessions/evd-sessions-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionsPage, sessions_group);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionsPage, sessions_list);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionsPage, detail_bin);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, EvdSessionsPage, empty_add_button);
  gtk_widget_class_bind_template_callback (widget_class, try_again_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "sessions.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "sessions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "sessions.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "sessions.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "sessions.back", NULL);
}

static void
evd_sessions_page_init (EvdSessionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->sessions = g_list_store_new (EVD_TYPE_SESSION);
  gtk_list_box_bind_model (self->sessions_list, G_LIST_MODEL (self->sessions),
                           create_session_row_cb, self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}
