/* test-cli-errors.c: eventdesk-cli's failures and where it finds credentials
 *
 * Every failure exits 1 with one plain line on stderr; without EVENTDESK_*
 * variables the credentials come from the keyring the app saves them in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-credential-store.h"
#include "test-cli-common.h"

static void
test_not_found (void)
{
  g_autoptr(CliRun) events = run_cli ("events", "no-such-hub");
  g_autoptr(CliRun) event = run_cli ("event", "no-such-event");
  g_autoptr(CliRun) event_json = run_cli ("event", "no-such-event", "--json");
  g_autoptr(CliRun) publish = run_cli ("publish", "no-such-event");
  g_autoptr(CliRun) sessions = run_cli ("sessions", "no-such-event");
  g_autoptr(CliRun) types = run_cli ("ticket-types", "no-such-event");
  g_autoptr(CliRun) tickets = run_cli ("tickets", "no-such-event");

  assert_failure_line (events, "no-such-hub");
  assert_failure_line (event, NULL);
  assert_failure_line (event_json, NULL);
  assert_failure_line (publish, NULL);
  assert_failure_line (sessions, NULL);
  assert_failure_line (types, NULL);
  assert_failure_line (tickets, NULL);
}

static void
test_wrong_secret (void)
{
  const char *env[] = { "EVENTDESK_CLIENT_SECRET", "not-the-secret-4711", NULL };
  g_autoptr(CliRun) run = run_cli_env (env, "hubs");

  assert_failure_line (run, NULL);
  g_assert_null (strstr (run->err, "not-the-secret-4711"));
}

/* import names itself in its failures; otherwise they read as the others. */
static void
assert_import_failure_line (CliRun     *run,
                            const char *expected_part)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "eventdesk-cli import: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_nonnull (strstr (run->err, expected_part));
}

static char *
write_attendees (void)
{
  return write_temp_file ("errors-attendees.csv", "Email,First Name\nann@example.com,Ann\n");
}

static void
test_partial_environment (void)
{
  const char *env[] = { "EVENTDESK_CLIENT_ID", NULL, NULL };
  g_autofree char *csv = write_attendees ();
  g_autoptr(CliRun) run = run_cli_env (env, "hubs");
  g_autoptr(CliRun) import = run_cli_env (env, "import", "no-such-event", csv);

  assert_failure_line (run, "EVENTDESK_CLIENT_ID");
  g_assert_null (strstr (run->err, cli_sandbox_env ("EVENTDESK_CLIENT_SECRET")));
  assert_import_failure_line (import, "EVENTDESK_CLIENT_ID");
  g_assert_null (strstr (import->err, cli_sandbox_env ("EVENTDESK_CLIENT_SECRET")));
}

static void
test_unreachable (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *api_url = NULL;
  g_autofree char *oauth_url = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliRun) run = NULL;
  guint port;

  /* A port that was free a moment ago answers nothing. */
  g_socket_bind (socket, any, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);

  api_url = g_strdup_printf ("http://127.0.0.1:%u/v2", port);
  oauth_url = g_strdup_printf ("http://127.0.0.1:%u/oauth/token", port);
  {
    const char *env[] = { "EVENTDESK_API_URL", api_url, "EVENTDESK_OAUTH_URL", oauth_url, NULL };

    run = run_cli_env (env, "hubs");
  }
  assert_failure_line (run, NULL);
}

static void
store_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
save_to_keyring (EvdCredentials *credentials)
{
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  if (credentials != NULL)
    evd_credential_store_save_async (store, credentials, NULL, store_done_cb, &result);
  else
    evd_credential_store_clear_async (store, NULL, store_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (credentials != NULL)
    evd_credential_store_save_finish (store, result, &error);
  else
    evd_credential_store_clear_finish (store, result, &error);
  g_assert_no_error (error);
}

/* Without EVENTDESK_* credentials the CLI uses what the app saved. */
static void
test_keyring_fallback (void)
{
  const char *env[] = {
    "EVENTDESK_ACCOUNT_ID", NULL, "EVENTDESK_CLIENT_ID", NULL, "EVENTDESK_CLIENT_SECRET", NULL, NULL
  };
  g_autofree char *csv = write_attendees ();
  g_autoptr(EvdCredentials) credentials = NULL;
  g_autoptr(CliRun) nothing = NULL;
  g_autoptr(CliRun) nothing_import = NULL;
  g_autoptr(CliRun) saved = NULL;
  g_autoptr(JsonArray) hubs = NULL;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs the keyring of tests/headless.sh");
      return;
    }

  save_to_keyring (NULL);
  nothing = run_cli_env (env, "hubs");
  assert_failure_line (nothing, "EVENTDESK_ACCOUNT_ID");
  nothing_import = run_cli_env (env, "import", "no-such-event", csv);
  assert_import_failure_line (nothing_import, "EVENTDESK_ACCOUNT_ID");

  credentials = evd_credentials_new (cli_sandbox_env ("EVENTDESK_ACCOUNT_ID"),
                                     cli_sandbox_env ("EVENTDESK_CLIENT_ID"),
                                     cli_sandbox_env ("EVENTDESK_CLIENT_SECRET"));
  save_to_keyring (credentials);
  saved = run_cli_env (env, "hubs", "--json");
  assert_success (saved);
  hubs = parse_json_array (saved->out);
  g_assert_nonnull (find_by_member (hubs, "name", "Marketing Events Hub"));

  save_to_keyring (NULL);
}

/* A server that takes the connection and never answers: the command gives
 * up after the time-out it names (one second here) and says nothing was
 * changed. The kernel completes the connection without accept (). */
static void
test_silent_server (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *api_url = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliRun) run = NULL;

  g_socket_bind (socket, any, FALSE, &error);
  g_assert_no_error (error);
  g_socket_listen (socket, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  api_url = g_strdup_printf ("http://127.0.0.1:%u/v2", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  {
    /* Tokens from the sandbox, requests to the silent server. */
    const char *env[] = { "EVENTDESK_API_URL", api_url, "EVENTDESK_TIMEOUT_SECONDS", "1", NULL };

    run = run_cli_env (env, "hubs");
  }
  assert_failure_line (run, "Zoom did not answer for 1 second; nothing was changed.");
  g_socket_close (socket, NULL);
}

/* A file nested 100,000 deep crashed every command that read it. */
static void
test_create_event_hostile_files (void)
{
  g_autoptr(GString) deep = g_string_new ("{\"name\":");
  g_autofree char *path = NULL;
  g_autoptr(CliRun) deep_run = NULL;
  g_autoptr(CliRun) zero_run = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  path = write_temp_file ("deep.json", deep->str);

  deep_run = run_cli ("create-event", path);
  assert_failure_line (deep_run, "nested more than 512 levels");

  zero_run = run_cli ("create-event", "/dev/zero");
  assert_failure_line (zero_run, "is not a file");
}

int
main (int   argc,
      char *argv[])
{
  cli_test_init (&argc, &argv);

  g_test_add_func ("/cli/errors/not-found", test_not_found);
  g_test_add_func ("/cli/errors/wrong-secret", test_wrong_secret);
  g_test_add_func ("/cli/errors/partial-environment", test_partial_environment);
  g_test_add_func ("/cli/errors/unreachable", test_unreachable);
  g_test_add_func ("/cli/errors/keyring-fallback", test_keyring_fallback);
  g_test_add_func ("/cli/errors/create-event-hostile-files", test_create_event_hostile_files);
  g_test_add_func ("/cli/errors/silent-server", test_silent_server);

  return cli_test_run ();
}
