/* evd-session-delete.c: asks, then deletes one session of an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-session-delete"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-session-delete.h"
#include "evd-ui-util.h"

/* What the question is about, until the answer comes */
typedef struct
{
  EvdClient  *client;
  EvdEvent   *event;
  EvdSession *session;
} DeleteData;

static void
delete_data_free (DeleteData *data)
{
  g_clear_object (&data->client);
  g_clear_object (&data->event);
  g_clear_object (&data->session);
  g_free (data);
}

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!evd_client_delete_session_finish (EVD_CLIENT (object), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
answered_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  DeleteData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (g_strcmp0 (response, "delete") != 0 || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Not deleted"));
      return;
    }

  evd_client_delete_session_async (data->client, evd_event_get_event_id (data->event),
                                   evd_session_get_session_id (data->session), cancellable,
                                   deleted_cb, g_steal_pointer (&task));
}

void
evd_session_delete_async (GtkWidget           *parent,
                          EvdClient           *client,
                          EvdEvent            *event,
                          EvdSession          *session,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *heading = NULL;
  DeleteData *data;
  GtkWidget *dialog;

  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (EVD_IS_EVENT (event));
  g_return_if_fail (EVD_IS_SESSION (session));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_session_delete_async);
  data = g_new0 (DeleteData, 1);
  data->client = g_object_ref (client);
  data->event = g_object_ref (event);
  data->session = g_object_ref (session);
  g_task_set_task_data (task, data, (GDestroyNotify) delete_data_free);

  /* Translators: the session's name */
  heading = g_strdup_printf (_("Delete “%s”?"), evd_session_get_name (session));
  dialog = adw_message_dialog_new (evd_window_of (parent), heading,
                                   _("The session is removed from the event’s agenda, with its Zoom meeting "
                                     "or webinar. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, answered_cb, g_steal_pointer (&task));
}

gboolean
evd_session_delete_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
