/* test-credential-store-missing.c: a desktop with no keyring service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-credential-store.h"

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_no_service (void)
{
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCredentials) credentials = NULL;

  evd_credential_store_load_async (store, TRUE, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  credentials = evd_credential_store_load_finish (store, result, &error);
  g_assert_null (credentials);
  g_assert_error (error, EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_NO_SERVICE);
  g_assert_nonnull (strstr (error->message, "keyring"));
}

int
main (int   argc,
      char *argv[])
{
  /* A session bus that does not exist: nothing can answer for the keyring. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/eventdesk-test-bus", TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/credential-store/no-service", test_no_service);
  return g_test_run ();
}
