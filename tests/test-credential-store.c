/* test-credential-store.c: credentials round-trip through the real keyring
 *
 * Runs under tests/headless.sh, which starts a private D-Bus session with a
 * freshly unlocked gnome-keyring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsecret/secret.h>

#include "evd-credential-store.h"
#include "evd-test-fixtures.h"

static GAsyncResult *
run_until_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
save (EvdCredentialStore *store,
      EvdCredentials     *credentials)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  evd_credential_store_save_async (store, credentials, NULL, evd_test_store_result_cb, &result);
  g_assert_true (evd_credential_store_save_finish (store, run_until_result (&result), &error));
  g_assert_no_error (error);
}

static EvdCredentials *
load (EvdCredentialStore  *store,
      GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  evd_credential_store_load_async (store, FALSE, NULL, evd_test_store_result_cb, &result);
  return evd_credential_store_load_finish (store, run_until_result (&result), error);
}

static void
clear (EvdCredentialStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  evd_credential_store_clear_async (store, NULL, evd_test_store_result_cb, &result);
  g_assert_true (evd_credential_store_clear_finish (store, run_until_result (&result), &error));
  g_assert_no_error (error);
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return g_strstr_len (contents, length, needle) != NULL;
}

/* Walks a folder and fails if any file holds @needle in plain text. */
static void
assert_no_file_contains (const char *dir_path,
                         const char *needle)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        assert_no_file_contains (path, needle);
      else if (file_contains (path, needle))
        g_error ("%s holds the client secret in plain text", path);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(EvdCredentials) first = evd_credentials_new ("acct-1", "client-1", "SuperSecretValue-1");
  g_autoptr(EvdCredentials) second = evd_credentials_new (" acct-2\n", "client-2", " SuperSecretValue-2 ");
  g_autoptr(EvdCredentials) loaded = NULL;
  g_autoptr(GError) error = NULL;

  save (store, first);
  loaded = load (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (loaded->account_id, ==, "acct-1");
  g_assert_cmpstr (loaded->client_id, ==, "client-1");
  g_assert_cmpstr (loaded->client_secret, ==, "SuperSecretValue-1");
  g_clear_pointer (&loaded, evd_credentials_free);

  /* Saving another account replaces the first: one account at a time, and
   * pasted white space is gone. */
  save (store, second);
  loaded = load (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->account_id, ==, "acct-2");
  g_assert_cmpstr (loaded->client_secret, ==, "SuperSecretValue-2");
  g_clear_pointer (&loaded, evd_credentials_free);

  /* The secret is in the keyring, not in any file in plain text. */
  assert_no_file_contains (g_get_user_config_dir (), "SuperSecretValue");
  assert_no_file_contains (g_get_user_data_dir (), "SuperSecretValue");
  assert_no_file_contains (g_get_user_cache_dir (), "SuperSecretValue");

  clear (store);
  loaded = load (store, &error);
  g_assert_no_error (error);
  g_assert_null (loaded);
}

static void
test_entry_readable_by_schema (void)
{
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(EvdCredentials) credentials = evd_credentials_new ("acct-3", "client-3", "s3cret-3");
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;

  save (store, credentials);

  /* Other tools (eventdesk-cli, secret-tool) find the entry by its
   * attributes under the app's schema name. */
  secret = secret_password_lookup_sync (&(const SecretSchema) {
                                          BASE_APP_ID, SECRET_SCHEMA_DONT_MATCH_NAME,
                                          { { "account-id", SECRET_SCHEMA_ATTRIBUTE_STRING },
                                            { NULL, 0 } } },
                                        NULL, &error, "account-id", "acct-3", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "s3cret-3");

  clear (store);
}

static void
test_locked_keyring (void)
{
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(EvdCredentials) credentials = evd_credentials_new ("acct-4", "client-4", "s3cret-4");
  g_autoptr(EvdCredentials) loaded = NULL;
  g_autoptr(SecretService) service = NULL;
  g_autoptr(SecretCollection) collection = NULL;
  g_autoptr(GError) error = NULL;
  GList objects = { 0 };

  save (store, credentials);

  service = secret_service_get_sync (SECRET_SERVICE_LOAD_COLLECTIONS, NULL, &error);
  g_assert_no_error (error);
  collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT,
                                                 SECRET_COLLECTION_NONE, NULL, &error);
  g_assert_no_error (error);
  objects.data = collection;
  secret_service_lock_sync (service, &objects, NULL, NULL, &error);
  g_assert_no_error (error);

  /* Without permission to prompt, a locked keyring is said, not waited on. */
  loaded = load (store, &error);
  g_assert_null (loaded);
  g_assert_error (error, EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "locked"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/credential-store/round-trip", test_round_trip);
  g_test_add_func ("/credential-store/readable-by-schema", test_entry_readable_by_schema);
  /* Last: it leaves the keyring locked, and unlocking needs a person. */
  g_test_add_func ("/credential-store/locked", test_locked_keyring);

  return g_test_run ();
}
