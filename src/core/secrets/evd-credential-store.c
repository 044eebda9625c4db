/* evd-credential-store.c: the app's credentials in the desktop keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-credential-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "evd-credential-store.h"

/* One entry, under a schema named for the app: the account and client IDs
 * are attributes (they identify the entry and are not secret), the client
 * secret is the secret. The base id is used even in development builds, so
 * eventdesk-cli finds what the app saved. */
static const SecretSchema credential_schema = {
  BASE_APP_ID, SECRET_SCHEMA_NONE,
  {
    { "account-id", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "client-id", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  }
};

struct _EvdCredentialStore
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (EvdCredentialStore, evd_credential_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (evd-credential-error-quark, evd_credential_error)

static void
evd_credential_store_class_init (EvdCredentialStoreClass *klass)
{
}

static void
evd_credential_store_init (EvdCredentialStore *self)
{
}

EvdCredentialStore *
evd_credential_store_new (void)
{
  return g_object_new (EVD_TYPE_CREDENTIAL_STORE, NULL);
}

static gboolean
is_missing_service (const GError *error)
{
  return g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NO_SERVER) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SPAWN_EXEC_FAILED) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_FILE_NOT_FOUND) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
         error->domain == G_SPAWN_ERROR ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
         /* "Cannot autolaunch D-Bus without X11 $DISPLAY" */
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_FAILED);
}

static gboolean
is_locked (const GError *error)
{
  /* gnome-keyring answers a store into a missing or locked login keyring
   * with "Object does not exist at path …/collection/login". */
  return g_error_matches (error, SECRET_ERROR, SECRET_ERROR_IS_LOCKED) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_OBJECT) ||
         g_error_matches (error, SECRET_ERROR, SECRET_ERROR_NO_SUCH_OBJECT);
}

static GError *
new_locked_error (void)
{
  return g_error_new_literal (EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_LOCKED,
                              _("Your keyring is locked, so Event Desk cannot reach your saved Zoom "
                                "credentials. Unlock it — signing out and in again does, or the "
                                "Passwords and Keys app — then try again."));
}

static GError *
new_dismissed_error (void)
{
  return g_error_new_literal (EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_DISMISSED,
                              _("The keyring stayed locked, so Event Desk cannot reach your saved "
                                "Zoom credentials. Try again and enter your keyring password when "
                                "asked."));
}

/* Turns whatever libsecret or D-Bus reported into one of the few situations
 * a person can act on, keeping the original text for the details. */
static GError *
translate_error (const GError *error,
                 GCancellable *cancellable)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Cancelled by us: pass it on. Cancelled without us: the prompt was closed. */
      if (cancellable != NULL && g_cancellable_is_cancelled (cancellable))
        return g_error_copy (error);
      return new_dismissed_error ();
    }

  if (is_locked (error))
    return new_locked_error ();

  if (is_missing_service (error))
    return g_error_new_literal (EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_NO_SERVICE,
                                _("This computer has no keyring service, so Event Desk cannot keep "
                                  "your Zoom credentials safe. Install or start GNOME Keyring (or "
                                  "another Secret Service), then try again."));

  return g_error_new (EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_FAILED,
                      _("The keyring could not be used: %s"), error->message);
}

static GHashTable *
new_attributes (void)
{
  return g_hash_table_new (g_str_hash, g_str_equal);
}

/* Saving ------------------------------------------------------------------ */

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_task_return_error (task, translate_error (error, g_task_get_cancellable (task)));
  else
    g_task_return_boolean (task, TRUE);
}

static void
clear_before_store_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) attributes = new_attributes ();
  const EvdCredentials *credentials = g_task_get_task_data (task);
  g_autofree char *label = NULL;

  /* Nothing to clear is not an error; any other failure is. */
  if (!secret_password_clear_finish (result, &error) && error != NULL)
    {
      g_task_return_error (task, translate_error (error, g_task_get_cancellable (task)));
      return;
    }

  g_hash_table_insert (attributes, (gpointer) "account-id", credentials->account_id);
  g_hash_table_insert (attributes, (gpointer) "client-id", credentials->client_id);
  /* Translators: the name of the keyring entry; %s is the Zoom account ID */
  label = g_strdup_printf (_("Event Desk: Zoom account %s"), credentials->account_id);

  secret_password_storev (&credential_schema, attributes, SECRET_COLLECTION_DEFAULT, label,
                          credentials->client_secret, g_task_get_cancellable (task),
                          store_cb, g_object_ref (task));
}

/**
 * evd_credential_store_save_async:
 *
 * Replaces whatever account was saved with @credentials. Event Desk keeps one
 * account at a time.
 */
void
evd_credential_store_save_async (EvdCredentialStore   *self,
                                 const EvdCredentials *credentials,
                                 GCancellable         *cancellable,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) attributes = new_attributes ();

  g_return_if_fail (EVD_IS_CREDENTIAL_STORE (self));
  g_return_if_fail (evd_credentials_is_complete (credentials));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_credential_store_save_async);
  g_task_set_task_data (task, evd_credentials_copy (credentials), (GDestroyNotify) evd_credentials_free);

  secret_password_clearv (&credential_schema, attributes, cancellable,
                          clear_before_store_cb, g_steal_pointer (&task));
}

gboolean
evd_credential_store_save_finish (EvdCredentialStore  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Loading ----------------------------------------------------------------- */

typedef struct
{
  gboolean        prompted;
  EvdCredentials *partial;
} LoadData;

static void
load_data_free (LoadData *data)
{
  evd_credentials_free (data->partial);
  g_free (data);
}

static void
retrieve_secret_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SecretValue) value = NULL;
  LoadData *data = g_task_get_task_data (task);
  const char *text;

  value = secret_retrievable_retrieve_secret_finish (SECRET_RETRIEVABLE (object), result, &error);
  if (value == NULL && error != NULL)
    {
      g_task_return_error (task, translate_error (error, g_task_get_cancellable (task)));
      return;
    }

  text = value != NULL ? secret_value_get_text (value) : NULL;
  if (text == NULL)
    {
      g_task_return_error (task, data->prompted ? new_dismissed_error () : new_locked_error ());
      return;
    }

  g_task_return_pointer (task,
                         evd_credentials_new (data->partial->account_id, data->partial->client_id, text),
                         (GDestroyNotify) evd_credentials_free);
}

static SecretRetrievable *
newest_retrievable (GList *list)
{
  SecretRetrievable *newest = NULL;

  for (GList *l = list; l != NULL; l = l->next)
    if (newest == NULL ||
        secret_retrievable_get_modified (l->data) > secret_retrievable_get_modified (newest))
      newest = l->data;
  return newest;
}

static void
search_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GList *found;
  SecretRetrievable *item;
  LoadData *data = g_task_get_task_data (task);
  g_autoptr(GHashTable) attributes = NULL;
  GCancellable *cancellable;

  found = secret_password_search_finish (result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, translate_error (error, g_task_get_cancellable (task)));
      return;
    }

  if (found == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  item = newest_retrievable (found);
  if (SECRET_IS_ITEM (item) && secret_item_get_locked (SECRET_ITEM (item)))
    {
      g_task_return_error (task, data->prompted ? new_dismissed_error () : new_locked_error ());
      g_list_free_full (found, g_object_unref);
      return;
    }

  attributes = secret_retrievable_get_attributes (item);
  data->partial = evd_credentials_new (g_hash_table_lookup (attributes, "account-id"),
                                       g_hash_table_lookup (attributes, "client-id"), NULL);

  cancellable = g_task_get_cancellable (task);
  secret_retrievable_retrieve_secret (item, cancellable, retrieve_secret_cb, g_steal_pointer (&task));
  g_list_free_full (found, g_object_unref);
}

/**
 * evd_credential_store_load_async:
 * @allow_unlock_prompt: whether the keyring may ask the person to unlock it
 *
 * Looks up the saved account. Finishes with %NULL and no error when none is
 * saved, and with an #EVD_CREDENTIAL_ERROR when the keyring is missing,
 * locked, or its unlock prompt was dismissed.
 */
void
evd_credential_store_load_async (EvdCredentialStore  *self,
                                 gboolean             allow_unlock_prompt,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) attributes = new_attributes ();
  LoadData *data = g_new0 (LoadData, 1);
  SecretSearchFlags flags = SECRET_SEARCH_ALL | SECRET_SEARCH_LOAD_SECRETS;

  g_return_if_fail (EVD_IS_CREDENTIAL_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_credential_store_load_async);
  data->prompted = allow_unlock_prompt;
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);

  if (allow_unlock_prompt)
    flags |= SECRET_SEARCH_UNLOCK;

  secret_password_searchv (&credential_schema, attributes, flags, cancellable,
                           search_cb, g_steal_pointer (&task));
}

/**
 * evd_credential_store_load_finish:
 *
 * Returns: (transfer full) (nullable): the saved credentials, or %NULL
 */
EvdCredentials *
evd_credential_store_load_finish (EvdCredentialStore  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Forgetting -------------------------------------------------------------- */

static void
clear_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!secret_password_clear_finish (result, &error) && error != NULL)
    g_task_return_error (task, translate_error (error, g_task_get_cancellable (task)));
  else
    g_task_return_boolean (task, TRUE);
}

void
evd_credential_store_clear_async (EvdCredentialStore  *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) attributes = new_attributes ();

  g_return_if_fail (EVD_IS_CREDENTIAL_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_credential_store_clear_async);

  secret_password_clearv (&credential_schema, attributes, cancellable,
                          clear_cb, g_steal_pointer (&task));
}

gboolean
evd_credential_store_clear_finish (EvdCredentialStore  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
