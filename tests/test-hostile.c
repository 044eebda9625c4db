/* test-hostile.c: answers and requests that must not crash, swell or hang
 * Event Desk: deep JSON, bombs, silence, redirects, slow headers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-api-error.h"
#include "evd-client-private.h"
#include "evd-json-guard.h"
#include "evd-sandbox-server.h"
#include "evd-test-fixtures.h"
#include "test-sandbox-helpers.h"

/* A loopback server that answers every request with one raw, canned answer
 * (or with nothing at all), the way a broken proxy or a hostile host would. */
typedef struct
{
  GSocketService *service;
  guint16         port;
  GBytes         *answer;       /* NULL: read the request, never answer */
  char           *url;
} Hostile;

static gboolean
hostile_run_cb (GThreadedSocketService *service,
                GSocketConnection      *connection,
                GObject                *source,
                gpointer                user_data)
{
  Hostile *hostile = user_data;
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autoptr(GString) request = g_string_new (NULL);
  char buffer[4096];
  gssize n;

  /* Up to the end of the headers (a small body may come along). */
  while (strstr (request->str, "\r\n\r\n") == NULL &&
         (n = g_input_stream_read (in, buffer, sizeof buffer, NULL, NULL)) > 0)
    g_string_append_len (request, buffer, n);

  if (hostile->answer != NULL)
    {
      g_output_stream_write_all (out, g_bytes_get_data (hostile->answer, NULL),
                                 g_bytes_get_size (hostile->answer), NULL, NULL, NULL);
      g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
      return TRUE;
    }

  /* Silence until the client gives up and closes. */
  while (g_input_stream_read (in, buffer, sizeof buffer, NULL, NULL) > 0)
    ;
  return TRUE;
}

static Hostile *
hostile_start (GBytes *answer)
{
  Hostile *hostile = g_new0 (Hostile, 1);
  g_autoptr(GError) error = NULL;

  hostile->answer = answer;
  hostile->service = g_threaded_socket_service_new (4);
  hostile->port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (hostile->service), NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (hostile->service, "run", G_CALLBACK (hostile_run_cb), hostile);
  g_socket_service_start (hostile->service);
  hostile->url = g_strdup_printf ("http://127.0.0.1:%u/v2", hostile->port);
  return hostile;
}

static void
hostile_stop (Hostile *hostile)
{
  g_socket_service_stop (hostile->service);
  g_socket_listener_close (G_SOCKET_LISTENER (hostile->service));
  /* The service's threads may still hold it: it is left to them. */
  g_free (hostile->url);
}

static GBytes *
raw_answer (const char *headers,
            GBytes     *body)
{
  g_autoptr(GByteArray) answer = g_byte_array_new ();
  g_autofree char *head = g_strdup_printf ("HTTP/1.1 200 OK\r\n%sContent-Length: %" G_GSIZE_FORMAT "\r\n"
                                           "Connection: close\r\n\r\n",
                                           headers, body != NULL ? g_bytes_get_size (body) : 0);

  g_byte_array_append (answer, (const guint8 *) head, strlen (head));
  if (body != NULL)
    g_byte_array_append (answer, g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  return g_byte_array_free_to_bytes (g_steal_pointer (&answer));
}

static GBytes *
deep_json (guint depth)
{
  GString *text = g_string_sized_new (depth * 2 + 16);

  g_string_append (text, "{\"hubs\":");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  return g_string_free_to_bytes (text);
}

/* The client under test: tokens from a real sandbox, requests to @api_url. */
typedef struct
{
  EvdSandboxServer *server;
  EvdAuth          *auth;
  EvdClient        *client;
} Fixture;

static void
fixture_start (Fixture    *f,
               const char *api_url)
{
  g_autoptr(GError) error = NULL;

  f->server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (f->server, 0);
  g_assert_true (evd_sandbox_server_start (f->server, &error));
  g_assert_no_error (error);
  f->auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                          evd_sandbox_server_get_oauth_url (f->server));
  f->client = evd_client_new (f->auth, api_url != NULL ? api_url : evd_sandbox_server_get_api_url (f->server));
  evd_client_set_rate_limit (f->client, 0);
  evd_client_set_backoff (f->client, 1, 5, 3);
}

static void
fixture_stop (Fixture *f)
{
  g_clear_object (&f->client);
  g_clear_object (&f->auth);
  evd_sandbox_server_stop (f->server);
  g_clear_object (&f->server);
}

/* One request; its error, or NULL on success. */
static GError *
request (EvdClient  *client,
         const char *method,
         const char *path,
         const char *body)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) body_node = body != NULL ? json_from_string (body, NULL) : NULL;
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  evd_client_request_async (client, method, path, NULL, body_node, EVD_REQUEST_NONE,
                            NULL, evd_test_store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  answer = evd_client_request_finish (client, result, &error);
  return error;
}

/* ---- The guard itself ---- */

static void
test_guard_depth (void)
{
  g_autoptr(GBytes) ok = deep_json (EVD_JSON_MAX_DEPTH - 1);
  g_autoptr(GBytes) deep = deep_json (EVD_JSON_MAX_DEPTH);
  g_autoptr(GBytes) very_deep = deep_json (100000);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) quoted = g_string_new ("{\"name\":\"");
  g_autoptr(JsonNode) node = NULL;

  /* With the object around it, 511 arrays are 512 levels. */
  g_assert_true (evd_json_guard_check (g_bytes_get_data (ok, NULL), g_bytes_get_size (ok), G_MAXSIZE, &error));
  g_assert_no_error (error);
  g_assert_false (evd_json_guard_check (g_bytes_get_data (deep, NULL), g_bytes_get_size (deep), G_MAXSIZE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  node = evd_json_guard_parse (g_bytes_get_data (very_deep, NULL), g_bytes_get_size (very_deep), G_MAXSIZE, &error);
  g_assert_null (node);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "512"));
  g_clear_error (&error);

  /* Brackets inside strings, after escaped quotes, do not nest. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (quoted, "[{\\\"");
  g_string_append (quoted, "\"}");
  node = evd_json_guard_parse (quoted->str, quoted->len, G_MAXSIZE, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
}

static void
test_guard_size (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (evd_json_guard_check ("{\"a\":1}", 7, 6, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);
  g_assert_true (evd_json_guard_check ("{\"a\":1}", 7, 7, &error));
  g_assert_no_error (error);
}

/* ---- Answers from a hostile server ---- */

static void
test_deep_answer (void)
{
  g_autoptr(GBytes) body = deep_json (100000);
  Hostile *hostile = hostile_start (raw_answer ("Content-Type: application/json\r\n", body));
  Fixture f = { NULL, };
  g_autoptr(GError) error = NULL;

  fixture_start (&f, hostile->url);
  error = request (f.client, "GET", "/zoom_events/hubs", NULL);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  fixture_stop (&f);
  hostile_stop (hostile);
}

/* 70 MB of spaces, gzipped to about 70 KB: more than an answer may be. */
static GBytes *
gzip_bomb (void)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) zipped = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
  g_autofree char *block = g_malloc (1024 * 1024);
  g_autoptr(GError) error = NULL;

  memset (block, ' ', 1024 * 1024);
  g_output_stream_write_all (zipped, "{\"hubs\":[", 9, NULL, NULL, &error);
  for (guint i = 0; i < 70; i++)
    g_output_stream_write_all (zipped, block, 1024 * 1024, NULL, NULL, &error);
  g_output_stream_write_all (zipped, "]}", 2, NULL, NULL, &error);
  g_output_stream_close (zipped, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static void
test_gzip_bomb (void)
{
  g_autoptr(GBytes) bomb = gzip_bomb ();
  Hostile *hostile = hostile_start (raw_answer ("Content-Type: application/json\r\nContent-Encoding: gzip\r\n", bomb));
  Fixture f = { NULL, };
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_bytes_get_size (bomb), <, 1024 * 1024);
  fixture_start (&f, hostile->url);
  error = request (f.client, "GET", "/zoom_events/hubs", NULL);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  g_assert_nonnull (strstr (error->message, "larger than"));
  fixture_stop (&f);
  hostile_stop (hostile);
}

static void
test_silent_server_get (void)
{
  Hostile *hostile = hostile_start (NULL);
  Fixture f = { NULL, };
  g_autoptr(GError) error = NULL;

  fixture_start (&f, hostile->url);
  error = request (f.client, "GET", "/zoom_events/hubs", NULL);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_TIMED_OUT);
  g_assert_cmpstr (error->message, ==, "Zoom did not answer for 1 second; nothing was changed.");
  fixture_stop (&f);
  hostile_stop (hostile);
}

/* A POST of tickets that goes unanswered may have been carried out: the
 * importer's path for an unknown outcome (it looks the rows up) takes over. */
static void
test_silent_server_post (void)
{
  Hostile *hostile = hostile_start (NULL);
  Fixture f = { NULL, };
  g_autoptr(GError) error = NULL;

  fixture_start (&f, hostile->url);
  error = request (f.client, "POST", "/zoom_events/events/abc/tickets",
                   "{\"tickets\":[{\"email\":\"ana@example.com\"}]}");
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_OUTCOME_UNKNOWN);
  fixture_stop (&f);
  hostile_stop (hostile);
}

static void
test_redirect_elsewhere (void)
{
  const char *moved = "HTTP/1.1 302 Found\r\nLocation: http://example.com/v2/zoom_events/hubs\r\n"
                      "Content-Length: 0\r\nConnection: close\r\n\r\n";
  Hostile *to_http = hostile_start (g_bytes_new_static (moved, strlen (moved)));
  Fixture f = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autofree char *other = NULL;
  g_autofree char *answer = NULL;
  Hostile *to_other;

  fixture_start (&f, to_http->url);
  error = request (f.client, "GET", "/zoom_events/hubs", NULL);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INSECURE_URL);
  g_assert_nonnull (strstr (error->message, "example.com"));
  fixture_stop (&f);
  hostile_stop (to_http);
  g_clear_error (&error);

  /* The sandbox is a real server on this computer, under another name:
   * following would hand it the token. */
  memset (&f, 0, sizeof f);
  fixture_start (&f, NULL);
  other = g_strdup_printf ("%s/zoom_events/hubs", evd_sandbox_server_get_api_url (f.server));
  {
    g_autofree char *target = g_strdup (other);
    char *host = strstr (target, "127.0.0.1");

    g_assert_nonnull (host);
    answer = g_strdup_printf ("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://localhost%s\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n", host + strlen ("127.0.0.1"));
  }
  to_other = hostile_start (g_bytes_new (answer, strlen (answer)));
  g_clear_object (&f.client);
  f.client = evd_client_new (f.auth, to_other->url);
  evd_client_set_rate_limit (f.client, 0);
  error = request (f.client, "GET", "/zoom_events/hubs", NULL);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INSECURE_URL);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f.server, "GET", "/v2/zoom_events/hubs"), ==, 0);
  fixture_stop (&f);
  hostile_stop (to_other);
}

/* A length that says too much is refused before anything is read. */
static void
test_huge_length (void)
{
  const char *answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{";
  Hostile *hostile = hostile_start (g_bytes_new_static (answer, strlen (answer)));
  Fixture f = { NULL, };
  g_autoptr(GError) error = NULL;

  fixture_start (&f, hostile->url);
  error = request (f.client, "GET", "/zoom_events/hubs", NULL);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  g_assert_nonnull (strstr (error->message, "larger than"));
  fixture_stop (&f);
  hostile_stop (hostile);
}

/* A redirect on the same host is still followed. */
static void
test_redirect_same_host (void)
{
  Fixture f = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autofree char *answer = NULL;
  Hostile *moved;

  fixture_start (&f, NULL);
  answer = g_strdup_printf ("HTTP/1.1 307 Temporary Redirect\r\nLocation: %s/zoom_events/hubs\r\n"
                            "Content-Length: 0\r\nConnection: close\r\n\r\n",
                            evd_sandbox_server_get_api_url (f.server));
  moved = hostile_start (g_bytes_new (answer, strlen (answer)));
  g_clear_object (&f.client);
  f.client = evd_client_new (f.auth, moved->url);
  evd_client_set_rate_limit (f.client, 0);
  error = request (f.client, "GET", "/zoom_events/hubs", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f.server, "GET", "/v2/zoom_events/hubs"), ==, 1);
  fixture_stop (&f);
  hostile_stop (moved);
}

/* Bytes that are not UTF-8 never leave in a request body. */
static void
test_invalid_text_not_sent (void)
{
  Fixture f = { NULL, };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GError) error = NULL;

  fixture_start (&f, NULL);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, "Fran\347ois");
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  evd_client_request_async (f.client, "POST", "/zoom_events/events", NULL, body, EVD_REQUEST_NONE,
                            NULL, evd_test_store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  answer = evd_client_request_finish (f.client, result, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_TEXT);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f.server, "POST", "/zoom_events/events"), ==, 0);
  fixture_stop (&f);
}

/* ---- Hostile requests to the sandbox ---- */

static void
test_sandbox_deep_body (SbFixture     *f,
                        gconstpointer  data)
{
  g_autofree char *event_id = sb_create_event (f, "SIMPLE_EVENT", TRUE);
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
  g_autoptr(GString) body = g_string_new ("{\"tickets\":");
  g_autoptr(SbResponse) response = NULL;
  g_autoptr(SbResponse) after = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (body, '[');
  g_string_append_c (body, '}');

  response = sb_api (f, "POST", path, body->str);
  sb_assert_error (response, 400, 300);

  /* And the sandbox is still there. */
  after = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  g_assert_cmpuint (after->status, ==, 200);
}

static void
test_sandbox_large_body (SbFixture     *f,
                         gconstpointer  data)
{
  g_autofree char *event_id = sb_create_event (f, "SIMPLE_EVENT", TRUE);
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
  gsize size = EVD_JSON_MAX_REQUEST_SIZE + 1024;
  g_autofree char *body = g_malloc (size + 1);
  g_autoptr(SbResponse) response = NULL;
  g_autoptr(SbResponse) after = NULL;

  memset (body, ' ', size);
  body[0] = '{';
  body[size - 1] = '}';
  body[size] = '\0';

  response = sb_api (f, "POST", path, body);
  g_assert_no_error (response->error);
  g_assert_cmpuint (response->status, ==, 413);

  after = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  g_assert_cmpuint (after->status, ==, 200);
}

/* A body sent in chunks has no length to refuse up front: it is counted as
 * it arrives, and refused with 413 once over the bound. */
static void
test_sandbox_chunked_body (SbFixture     *f,
                           gconstpointer  data)
{
  g_autoptr(GSocketClient) socket_client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = g_uri_parse (evd_sandbox_server_get_api_url (f->server), G_URI_FLAGS_NONE, NULL);
  g_autofree char *head = g_strdup_printf ("POST /v2/zoom_events/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           "Authorization: Bearer %s\r\nContent-Type: application/json\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\n", f->token);
  g_autofree char *chunk = g_malloc (65536 + 16);
  GOutputStream *out;
  char answer[64] = { 0 };
  gsize n_read = 0;
  int prefix;

  connection = g_socket_client_connect_to_host (socket_client, "127.0.0.1", g_uri_get_port (uri), NULL, &error);
  g_assert_no_error (error);
  g_socket_set_timeout (g_socket_connection_get_socket (connection), 60);
  out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_output_stream_write_all (out, head, strlen (head), NULL, NULL, &error);
  g_assert_no_error (error);

  prefix = g_snprintf (chunk, 16, "10000\r\n");
  memset (chunk + prefix, ' ', 65536);
  memcpy (chunk + prefix + 65536, "\r\n", 2);
  /* Until the server stops reading: it may close before all is sent. */
  for (guint i = 0; i < (EVD_JSON_MAX_REQUEST_SIZE / 65536) * 2; i++)
    if (!g_output_stream_write_all (out, chunk, prefix + 65536 + 2, NULL, NULL, NULL))
      break;

  g_input_stream_read_all (g_io_stream_get_input_stream (G_IO_STREAM (connection)), answer, sizeof answer - 1,
                           &n_read, NULL, NULL);
  g_assert_true (g_str_has_prefix (answer, "HTTP/1.1 413"));
}

/* Headers sent a byte at a time, or not finished at all, hold a connection
 * for ever unless the server gives up on them. */
static void
test_sandbox_slow_headers (void)
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(GSocketClient) socket_client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *partial = "GET /v2/zoom_events/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  char buffer[256];
  gssize n;

  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_header_timeout (server, 1);
  g_assert_true (evd_sandbox_server_start (server, &error));
  g_assert_no_error (error);
  uri = g_uri_parse (evd_sandbox_server_get_api_url (server), G_URI_FLAGS_NONE, &error);
  g_assert_no_error (error);

  connection = g_socket_client_connect_to_host (socket_client, "127.0.0.1", g_uri_get_port (uri), NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)), partial, strlen (partial),
                             NULL, NULL, &error);
  g_assert_no_error (error);

  /* Only a guard against hanging: the server closes long before. */
  g_socket_set_timeout (g_socket_connection_get_socket (connection), 60);
  n = g_input_stream_read (g_io_stream_get_input_stream (G_IO_STREAM (connection)), buffer, sizeof buffer,
                           NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 0);

  evd_sandbox_server_stop (server);
}

int
main (int    argc,
      char **argv)
{
  /* A server that says nothing is given up on after one second here. */
  g_setenv ("EVENTDESK_TIMEOUT_SECONDS", "1", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guard/depth", test_guard_depth);
  g_test_add_func ("/guard/size", test_guard_size);
  g_test_add_func ("/client/deep-answer", test_deep_answer);
  g_test_add_func ("/client/gzip-bomb", test_gzip_bomb);
  g_test_add_func ("/client/silent-server-get", test_silent_server_get);
  g_test_add_func ("/client/silent-server-post", test_silent_server_post);
  g_test_add_func ("/client/redirect-elsewhere", test_redirect_elsewhere);
  g_test_add_func ("/client/redirect-same-host", test_redirect_same_host);
  g_test_add_func ("/client/huge-length", test_huge_length);
  g_test_add_func ("/client/invalid-text-not-sent", test_invalid_text_not_sent);
  g_test_add ("/sandbox/deep-body", SbFixture, NULL, sb_fixture_setup, test_sandbox_deep_body, sb_fixture_teardown);
  g_test_add ("/sandbox/large-body", SbFixture, NULL, sb_fixture_setup, test_sandbox_large_body, sb_fixture_teardown);
  g_test_add ("/sandbox/chunked-body", SbFixture, NULL, sb_fixture_setup, test_sandbox_chunked_body, sb_fixture_teardown);
  g_test_add_func ("/sandbox/slow-headers", test_sandbox_slow_headers);

  return g_test_run ();
}
