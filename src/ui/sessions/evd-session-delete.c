/* evd-session-delete.c: asks, then deletes one session of an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-session-delete"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-session-delete.h"

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
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  g_autoptr(GTask) task = g_object_steal_data (G_OBJECT (dialog), "evd-task");
  GCancellable *cancellable;
  EvdClient *client;
  EvdEvent *event;
  EvdSession *session;

  if (task == NULL)
    return;

  if (g_strcmp0 (response, "delete") != 0 || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Not deleted"));
      return;
    }

  cancellable = g_task_get_cancellable (task);
  client = g_object_get_data (G_OBJECT (task), "client");
  event = g_object_get_data (G_OBJECT (task), "event");
  session = g_task_get_task_data (task);
  evd_client_delete_session_async (client, evd_event_get_event_id (event), evd_session_get_session_id (session),
                                   cancellable, deleted_cb, g_steal_pointer (&task));
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
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  GtkWidget *dialog;

  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (EVD_IS_EVENT (event));
  g_return_if_fail (EVD_IS_SESSION (session));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_session_delete_async);
  g_task_set_task_data (task, g_object_ref (session), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "client", g_object_ref (client), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "event", g_object_ref (event), g_object_unref);

  /* Translators: the session's name */
  heading = g_strdup_printf (_("Delete “%s”?"), evd_session_get_name (session));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The session is removed from the event’s agenda, with its Zoom meeting "
                                     "or webinar. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "evd-task", g_steal_pointer (&task), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
evd_session_delete_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
