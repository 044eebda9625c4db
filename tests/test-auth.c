/* test-auth.c: EvdAuth against the sandbox: the token request, reuse,
 * renewal, single flight, failures, and a debug log without secrets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-api-error.h"
#include "evd-api-private.h"
#include "evd-api-url.h"
#include "evd-auth.h"
#include "evd-client-private.h"
#include "evd-sandbox-server.h"
#include "evd-test-fixtures.h"

typedef struct
{
  EvdSandboxServer *server;
  EvdAuth          *auth;
  EvdClient        *client;
} Fixture;

static GString *captured_log;

/* Only the client's HTTP log is captured (and kept off the TAP stream);
 * everything else goes where it would have gone. */
static GLogWriterOutput
capture_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

  if (g_strcmp0 (domain, EVD_API_LOG_DOMAIN) == 0 && (level & G_LOG_LEVEL_DEBUG))
    {
      if (captured_log != NULL && message != NULL)
        g_string_append_printf (captured_log, "%s\n", message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (f->server, 0);
  g_assert_true (evd_sandbox_server_start (f->server, &error));
  g_assert_no_error (error);

  f->auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                          evd_sandbox_server_get_oauth_url (f->server));
  f->client = evd_client_new (f->auth, evd_sandbox_server_get_api_url (f->server));
  evd_client_set_rate_limit (f->client, 0);
  evd_client_set_backoff (f->client, 5, 40, 6);
  evd_client_set_random_seed (f->client, 7);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->client);
  g_clear_object (&f->auth);
  evd_sandbox_server_stop (f->server);
  g_clear_object (&f->server);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static gboolean
quit_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the main loop run for a while (never a sleep: the loop keeps going). */
static void
run_for (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static char *
get_token (EvdAuth  *auth,
           GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  evd_auth_get_token_async (auth, NULL, evd_test_store_result_cb, &result);
  return evd_auth_get_token_finish (auth, wait_for (&result), error);
}

static char *
token_with (Fixture    *f,
            const char *account_id,
            const char *client_id,
            const char *client_secret,
            const char *url,
            GError    **error)
{
  g_autoptr(EvdAuth) auth = evd_auth_new (account_id, client_id, client_secret,
                                          url != NULL ? url : evd_sandbox_server_get_oauth_url (f->server));

  return get_token (auth, error);
}

static guint
count_hubs (EvdClient  *client,
            GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) hubs = NULL;

  evd_client_list_hubs_async (client, NULL, evd_test_store_result_cb, &result);
  hubs = evd_client_list_hubs_finish (client, wait_for (&result), error);
  return hubs != NULL ? g_list_model_get_n_items (hubs) : 0;
}

static void
test_token_basic_and_form (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = get_token (f->auth, &error);
  const char * const *scopes;

  /* The sandbox grants a token only for Basic credentials and a form body. */
  g_assert_no_error (error);
  g_assert_nonnull (token);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 1);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "POST", "/oauth/token"), ==, 1);

  scopes = evd_auth_get_scopes (f->auth);
  g_assert_nonnull (scopes);
  g_assert_cmpuint (g_strv_length ((char **) scopes), >, 0);
  g_assert_true (evd_auth_has_scope (f->auth, scopes[0]));
  g_assert_cmpstr (evd_auth_get_account_id (f->auth), ==, EVD_SANDBOX_ACCOUNT_ID);
}

static void
test_wrong_credentials (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  token = token_with (f, EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, "wrong-secret", NULL, &error);
  g_assert_null (token);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_CREDENTIALS);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 400);
  g_clear_error (&error);

  token = token_with (f, EVD_SANDBOX_ACCOUNT_ID, "wrong-client", EVD_SANDBOX_CLIENT_SECRET, NULL, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_CREDENTIALS);
  g_clear_error (&error);

  token = token_with (f, "wrong-account", EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET, NULL, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_ACCOUNT);
  g_clear_error (&error);

  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 0);
}

static void
test_app_disabled (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  evd_sandbox_server_set_app_disabled (f->server, TRUE);
  token = get_token (f->auth, &error);
  g_assert_null (token);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_OAUTH_APP_DISABLED);
  g_clear_error (&error);

  /* Through the client, the same error reaches the caller. */
  count_hubs (f->client, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_OAUTH_APP_DISABLED);
}

static GSocket *
bind_without_listening (guint *port)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  GSocket *socket;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (socket, address, TRUE, &error));
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  return socket;
}

static void
test_no_network (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autofree char *url = NULL;
  g_autofree char *token = NULL;
  guint port = 0;

  /* A port that is bound but not listening refuses every connection. */
  socket = bind_without_listening (&port);
  url = g_strdup_printf ("http://127.0.0.1:%u/oauth/token", port);
  token = token_with (f, EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET, url, &error);
  g_assert_null (token);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_NETWORK);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 0);
}

static void
test_unreadable_answers (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  evd_sandbox_server_queue_status (f->server, "/oauth/token", 200, NULL,
                                   "<html><body>Sign in to the hotel Wi-Fi</body></html>");
  token = get_token (f->auth, &error);
  g_assert_null (token);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);

  evd_sandbox_server_queue_status (f->server, "/oauth/token", 502, NULL,
                                   "<html><body>502 Bad Gateway</body></html>");
  token = get_token (f->auth, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_SERVER);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 502);
  g_clear_error (&error);

  evd_sandbox_server_queue_status (f->server, "/oauth/token", 200, NULL, "{\"token_type\":\"bearer\"}");
  token = get_token (f->auth, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);

  evd_sandbox_server_queue_status (f->server, "/oauth/token", 400, NULL,
                                   "{\"reason\":\"unsupported grant type\",\"error\":\"unsupported_grant_type\"}");
  token = get_token (f->auth, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_OAUTH_UNSUPPORTED_GRANT);
  g_clear_error (&error);

  /* Nothing was cached on the way: the next request gets a real token. */
  token = get_token (f->auth, &error);
  g_assert_no_error (error);
  g_assert_nonnull (token);
}

static void
test_reuse (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = get_token (f->auth, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *again = get_token (f->auth, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (again, ==, first);
    }
  for (guint i = 0; i < 10; i++)
    {
      g_assert_cmpuint (count_hubs (f->client, &error), >, 0);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 1);
}

static void
test_early_renewal (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *early = NULL;
  g_autofree char *renewed = NULL;

  /* A 4-second token is renewed at 80 % of its life: after 3.2 s, while the
   * sandbox still accepts it. */
  evd_sandbox_server_set_token_lifetime (f->server, 4);
  first = get_token (f->auth, &error);
  g_assert_no_error (error);

  run_for (1000);
  early = get_token (f->auth, &error);
  g_assert_cmpstr (early, ==, first);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 1);

  run_for (2500);
  renewed = get_token (f->auth, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (renewed, !=, first);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 2);

  /* The request goes out with the new token, without a 401 on the way. */
  g_assert_cmpuint (count_hubs (f->client, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 2);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/hubs"), ==, 1);
}

static void
count_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  guint *remaining = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = evd_client_list_hubs_finish (EVD_CLIENT (object), result, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hubs);
  (*remaining)--;
}

static void
token_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  guint *remaining = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = evd_auth_get_token_finish (EVD_AUTH (object), result, &error);

  g_assert_no_error (error);
  g_assert_nonnull (token);
  (*remaining)--;
}

static void
test_single_flight (Fixture       *f,
                    gconstpointer  data)
{
  guint remaining = 50;

  /* Slow answers keep the token request in flight while the others ask. */
  evd_sandbox_server_set_latency (f->server, 100);
  for (guint i = 0; i < 50; i++)
    evd_auth_get_token_async (f->auth, NULL, token_done_cb, &remaining);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 1);

  /* Fifty requests of a new client that has no token yet: one token. */
  evd_sandbox_server_expire_tokens (f->server);
  g_clear_object (&f->client);
  g_clear_object (&f->auth);
  f->auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                          evd_sandbox_server_get_oauth_url (f->server));
  f->client = evd_client_new (f->auth, evd_sandbox_server_get_api_url (f->server));
  evd_client_set_rate_limit (f->client, 0);

  remaining = 50;
  for (guint i = 0; i < 50; i++)
    evd_client_list_hubs_async (f->client, NULL, count_done_cb, &remaining);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 2);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/hubs"), ==, 50);
}

static void
test_expired_token_retried_once (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (count_hubs (f->client, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 1);

  /* Zoom says 401 code 124: one new token, one more try, success. */
  evd_sandbox_server_expire_tokens (f->server);
  g_assert_cmpuint (count_hubs (f->client, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 2);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/hubs"), ==, 3);

  /* A 124 on the retry too is not retried for ever. */
  evd_sandbox_server_queue_status (f->server, "/zoom_events/hubs", 401, NULL,
                                   "{\"code\":124,\"message\":\"Invalid access token.\"}");
  evd_sandbox_server_queue_status (f->server, "/zoom_events/hubs", 401, NULL,
                                   "{\"code\":124,\"message\":\"Invalid access token.\"}");
  count_hubs (f->client, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_TOKEN_INVALID);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/hubs"), ==, 5);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 3);
}

static void
test_invalidate_only_that_token (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = get_token (f->auth, &error);
  g_autofree char *same = NULL;
  g_autofree char *renewed = NULL;

  evd_auth_invalidate (f->auth, "some-older-token");
  same = get_token (f->auth, &error);
  g_assert_cmpstr (same, ==, first);

  evd_auth_invalidate (f->auth, first);
  renewed = get_token (f->auth, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (renewed, !=, first);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 2);
}

static void
test_missing_scopes (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const scopes[] = { "zoom_events:read:list_events:admin", NULL };
  static const char zoom_body[] =
    "{\"code\":104,\"message\":\"Invalid access token, does not contain scopes:[\"zoom_events_basic:read\",\"x\"]\"}";
  g_autoptr(GError) error = NULL;
  const char * const *missing;

  /* Zoom's body, byte for byte: not valid JSON. */
  evd_sandbox_server_queue_status (f->server, "/zoom_events/hubs", 401, NULL, zoom_body);
  count_hubs (f->client, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_MISSING_SCOPES);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 401);
  missing = evd_api_error_get_scopes (error);
  g_assert_nonnull (missing);
  g_assert_cmpuint (g_strv_length ((char **) missing), ==, 2);
  g_assert_cmpstr (missing[0], ==, "zoom_events_basic:read");
  g_assert_cmpstr (missing[1], ==, "x");
  g_clear_error (&error);

  /* The sandbox's own answer for a token without the scope. */
  evd_sandbox_server_set_scopes (f->server, scopes);
  evd_sandbox_server_expire_tokens (f->server);
  count_hubs (f->client, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_MISSING_SCOPES);
  missing = evd_api_error_get_scopes (error);
  g_assert_nonnull (missing);
  g_assert_true (g_strv_contains (missing, "zoom_events:read:list_hubs:admin"));
  /* A missing scope is not an expired token: no second try for it. But the
   * token is forgotten (its scopes are fixed), so the call above already
   * came with a new one, and no expired token was refused first. */
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/hubs"), ==, 2);
}

static void
cancelled_token_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  guint *remaining = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = evd_auth_get_token_finish (EVD_AUTH (object), result, &error);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (token);
  (*remaining)--;
}

static void
test_cancel_one_waiter (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint remaining = 2;

  evd_sandbox_server_set_latency (f->server, 300);
  evd_auth_get_token_async (f->auth, cancellable, cancelled_token_cb, &remaining);
  evd_auth_get_token_async (f->auth, NULL, token_done_cb, &remaining);
  run_for (50);
  g_cancellable_cancel (cancellable);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 1);
}

/* Runs first, with no server: the environment is changed before any thread
 * exists. */
static void
test_urls (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdAuth) defaults = evd_auth_new ("a", "b", "c", NULL);
  g_autoptr(EvdAuth) from_env = NULL;
  g_autoptr(EvdAuth) insecure = NULL;
  g_autofree char *token = NULL;

  g_assert_cmpstr (evd_auth_get_oauth_url (defaults), ==, EVD_API_DEFAULT_OAUTH_URL);

  /* The environment wins over settings. */
  g_setenv (EVD_API_ENV_OAUTH_URL, "http://127.0.0.1:9/oauth/token", TRUE);
  from_env = evd_auth_new ("a", "b", "c", "https://example.com/oauth/token");
  g_unsetenv (EVD_API_ENV_OAUTH_URL);
  g_assert_cmpstr (evd_auth_get_oauth_url (from_env), ==, "http://127.0.0.1:9/oauth/token");

  insecure = evd_auth_new ("a", "b", "c", "http://zoom.example.com/oauth/token");
  token = get_token (insecure, &error);
  g_assert_null (token);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INSECURE_URL);

  g_assert_true (evd_api_url_check ("https://zoom.us/oauth/token", NULL));
  g_assert_true (evd_api_url_check ("http://127.0.0.1:8080/v2", NULL));
  g_assert_true (evd_api_url_check ("http://127.1.2.3/v2", NULL));
  g_assert_true (evd_api_url_check ("http://[::1]:8080/v2", NULL));
  g_assert_true (evd_api_url_check ("http://localhost/v2", NULL));
  g_assert_false (evd_api_url_check ("http://api.zoom.us/v2", NULL));
  g_assert_false (evd_api_url_check ("http://10.0.0.1/v2", NULL));
  g_assert_false (evd_api_url_check ("http://localhost.evil.example/v2", NULL));
  g_assert_false (evd_api_url_check ("ftp://127.0.0.1/v2", NULL));
  g_assert_false (evd_api_url_check ("not a url", NULL));
}

/* Runs second, before any other thread exists: G_MESSAGES_DEBUG is set for
 * the rest of the run (later sessions log too; the writer drops it). */
static void
test_debug_log_redacted (void)
{
  Fixture fixture = { NULL, };
  Fixture *f = &fixture;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *pair = NULL;
  g_autofree char *basic = NULL;
  g_autofree char *redacted = NULL;

  /* The log is switched on when a session is made. */
  g_setenv ("G_MESSAGES_DEBUG", EVD_API_LOG_DOMAIN, TRUE);
  fixture_setup (f, NULL);

  captured_log = g_string_new (NULL);
  g_assert_cmpuint (count_hubs (f->client, &error), >, 0);
  g_assert_no_error (error);
  token = get_token (f->auth, &error);
  g_assert_nonnull (token);

  pair = g_strdup_printf ("%s:%s", EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET);
  basic = g_base64_encode ((const guchar *) pair, strlen (pair));

  /* The log did record both requests, headers and bodies ... */
  g_assert_nonnull (strstr (captured_log->str, "/oauth/token"));
  g_assert_nonnull (strstr (captured_log->str, "/zoom_events/hubs"));
  g_assert_nonnull (strstr (captured_log->str, "Authorization: [redacted]"));
  g_assert_nonnull (strstr (captured_log->str, "\"access_token\":\"[redacted]\""));
  /* ... and none of the secrets. */
  g_assert_null (strstr (captured_log->str, token));
  g_assert_null (strstr (captured_log->str, EVD_SANDBOX_CLIENT_SECRET));
  g_assert_null (strstr (captured_log->str, basic));
  g_assert_null (strstr (captured_log->str, "Bearer"));
  g_assert_null (strstr (captured_log->str, "Basic"));
  g_string_free (g_steal_pointer (&captured_log), TRUE);

  redacted = evd_api_redact_line ("{\"access_token\": \"abc.def\", \"expires_in\": 3600}");
  g_assert_cmpstr (redacted, ==, "{\"access_token\": \"[redacted]\", \"expires_in\": 3600}");
  g_clear_pointer (&redacted, g_free);
  redacted = evd_api_redact_line ("authorization: Basic c2VjcmV0");
  g_assert_cmpstr (redacted, ==, "authorization: [redacted]");
  g_clear_pointer (&redacted, g_free);
  redacted = evd_api_redact_line ("grant_type=x&client_secret=hunter2&a=b");
  g_assert_cmpstr (redacted, ==, "grant_type=x&client_secret=[redacted]&a=b");

  fixture_teardown (f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);
  g_unsetenv (EVD_API_ENV_API_URL);
  g_unsetenv (EVD_API_ENV_OAUTH_URL);
  g_unsetenv ("G_MESSAGES_DEBUG");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/auth/urls", test_urls);
  g_test_add_func ("/auth/debug-log-redacted", test_debug_log_redacted);
  ADD ("/auth/token-basic-and-form", test_token_basic_and_form);
  ADD ("/auth/wrong-credentials", test_wrong_credentials);
  ADD ("/auth/app-disabled", test_app_disabled);
  ADD ("/auth/no-network", test_no_network);
  ADD ("/auth/unreadable-answers", test_unreadable_answers);
  ADD ("/auth/reuse", test_reuse);
  ADD ("/auth/early-renewal", test_early_renewal);
  ADD ("/auth/single-flight", test_single_flight);
  ADD ("/auth/expired-token-retried-once", test_expired_token_retried_once);
  ADD ("/auth/invalidate-only-that-token", test_invalidate_only_that_token);
  ADD ("/auth/missing-scopes", test_missing_scopes);
  ADD ("/auth/cancel-one-waiter", test_cancel_one_waiter);

  return g_test_run ();
}
