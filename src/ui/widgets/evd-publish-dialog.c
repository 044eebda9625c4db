/* evd-publish-dialog.c: asks before publishing an event, then publishes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-publish-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-publish-dialog.h"
#include "evd-ui-util.h"

/* Prose rather than a list: the dialog centres its body. */
static char *
consequences_text (EvdEvent *event)
{
  GString *text = g_string_new (_("Its registration and join links go live, people can register, and Zoom "
                                  "starts sending confirmation emails to everyone who registers."));

  g_string_append (text, " ");
  if (evd_event_get_event_type (event) != EVD_EVENT_TYPE_CONFERENCE)
    g_string_append (text, _("Its event type can no longer be changed, nor its format (meeting or webinar) "
                             "once people have registered."));
  else
    g_string_append (text, _("Its event type can no longer be changed."));
  g_string_append (text, "\n\n");
  g_string_append (text, _("A published event cannot go back to being a draft; it can only be cancelled."));
  return g_string_free (text, FALSE);
}

static void
published_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!evd_client_publish_event_finish (EVD_CLIENT (object), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* What the question is about, until the answer comes */
typedef struct
{
  EvdClient *client;
  EvdEvent  *event;
} PublishData;

static void
publish_data_free (PublishData *data)
{
  g_clear_object (&data->client);
  g_clear_object (&data->event);
  g_free (data);
}

static void
answered_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  PublishData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (g_strcmp0 (response, "publish") != 0 || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Not published"));
      return;
    }

  evd_client_publish_event_async (data->client, evd_event_get_event_id (data->event), cancellable,
                                  published_cb, g_steal_pointer (&task));
}

void
evd_publish_event_async (GtkWidget           *parent,
                         EvdClient           *client,
                         EvdEvent            *event,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  PublishData *data;
  GtkWidget *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (EVD_IS_EVENT (event));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_publish_event_async);
  data = g_new0 (PublishData, 1);
  data->client = g_object_ref (client);
  data->event = g_object_ref (event);
  g_task_set_task_data (task, data, (GDestroyNotify) publish_data_free);

  /* Translators: the event's name */
  heading = g_strdup_printf (_("Publish “%s”?"), evd_event_get_name (event));
  body = consequences_text (event);
  dialog = adw_message_dialog_new (evd_window_of (parent), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "publish", _("_Publish"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "publish", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "publish");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, answered_cb, g_steal_pointer (&task));
}

gboolean
evd_publish_event_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == evd_publish_event_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
