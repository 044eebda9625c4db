/* test-sandbox-helpers.c: plain HTTP against a started sandbox, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-sandbox-helpers.h"

void
sb_response_free (SbResponse *response)
{
  if (response == NULL)
    return;
  g_free (response->body);
  g_clear_pointer (&response->headers, soup_message_headers_unref);
  g_clear_error (&response->error);
  g_free (response);
}

SbResponse *
sb_request (SoupSession *session,
            const char  *method,
            const char  *url,
            const char  *authorization,
            const char  *content_type,
            const char  *body)
{
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) answer = NULL;
  SbResponse *response = g_new0 (SbResponse, 1);

  g_assert_nonnull (msg);
  if (authorization != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", authorization);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, content_type != NULL ? content_type : "application/json", bytes);
    }

  answer = soup_session_send_and_read (session, msg, NULL, &response->error);
  if (answer != NULL)
    {
      response->status = soup_message_get_status (msg);
      response->body = g_strndup (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer));
      response->headers = soup_message_headers_ref (soup_message_get_response_headers (msg));
    }

  return response;
}

SbResponse *
sb_api (SbFixture  *f,
        const char *method,
        const char *path,
        const char *json_body)
{
  g_autofree char *url = g_strconcat (evd_sandbox_server_get_api_url (f->server), path, NULL);
  g_autofree char *authorization = f->token != NULL ? g_strconcat ("Bearer ", f->token, NULL) : NULL;

  return sb_request (f->session, method, url, authorization, NULL, json_body);
}

JsonObject *
sb_object (SbResponse *response)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_no_error (response->error);
  json_parser_load_from_data (parser, response->body, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

void
sb_assert_error (SbResponse *response,
                 guint       status,
                 gint64      code)
{
  g_autoptr(JsonObject) object = NULL;

  g_assert_no_error (response->error);
  if (response->status != status)
    g_test_message ("unexpected answer: %u %s", response->status, response->body);
  g_assert_cmpuint (response->status, ==, status);
  object = sb_object (response);
  g_assert_cmpint (json_object_get_int_member_with_default (object, "code", -1), ==, code);
  g_assert_nonnull (json_object_get_string_member_with_default (object, "message", NULL));
}

char *
sb_fetch_token (SoupSession *session,
                const char  *oauth_url)
{
  g_autofree char *credentials = g_base64_encode ((const guchar *) EVD_SANDBOX_CLIENT_ID ":" EVD_SANDBOX_CLIENT_SECRET,
                                                  strlen (EVD_SANDBOX_CLIENT_ID ":" EVD_SANDBOX_CLIENT_SECRET));
  g_autofree char *authorization = g_strconcat ("Basic ", credentials, NULL);
  g_autoptr(SbResponse) response = sb_request (session, "POST", oauth_url, authorization,
                                               "application/x-www-form-urlencoded",
                                               "grant_type=account_credentials&account_id=" EVD_SANDBOX_ACCOUNT_ID);
  g_autoptr(JsonObject) object = NULL;

  g_assert_cmpuint (response->status, ==, 200);
  object = sb_object (response);

  return g_strdup (json_object_get_string_member (object, "access_token"));
}

void
sb_fixture_start (SbFixture        *f,
                  EvdSandboxServer *server)
{
  g_autoptr(GError) error = NULL;

  f->server = server;
  evd_sandbox_server_set_port (f->server, 0);
  evd_sandbox_server_start (f->server, &error);
  g_assert_no_error (error);
  f->session = soup_session_new ();
  f->token = sb_fetch_token (f->session, evd_sandbox_server_get_oauth_url (f->server));
}

void
sb_fixture_setup (SbFixture     *f,
                  gconstpointer  data)
{
  sb_fixture_start (f, evd_sandbox_server_new ());
}

void
sb_fixture_teardown (SbFixture     *f,
                     gconstpointer  data)
{
  g_clear_object (&f->session);
  g_clear_pointer (&f->token, g_free);
  evd_sandbox_server_stop (f->server);
  g_assert_finalize_object (f->server);
}

char *
sb_hub_id (SbFixture  *f,
           const char *name)
{
  char *id = evd_sandbox_server_find_hub_id (f->server, name);

  g_assert_nonnull (id);
  return id;
}

/* A valid event of the given type in the Marketing Events Hub, starting
 * in ten days. */
char *
sb_create_event (SbFixture  *f,
                 const char *event_type,
                 gboolean    publish)
{
  g_autofree char *hub_id = sb_hub_id (f, "Marketing Events Hub");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, 10);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 2);
  g_autofree char *start_text = g_date_time_format (start, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *end_text = g_date_time_format (end, "%Y-%m-%dT%H:%M:%SZ");
  const char *extra = g_str_equal (event_type, "SIMPLE_EVENT") ? ",\"meeting_type\":\"WEBINAR\""
                      : g_str_equal (event_type, "RECURRING") ? ",\"meeting_type\":\"MEETING\",\"recurrence\":{\"type\":2,\"repeat_interval\":1,\"weekly_days\":[3],\"end_times\":4}"
                      : "";
  g_autofree char *body = g_strdup_printf ("{\"name\":\"Test %s\",\"description\":\"d\",\"timezone\":\"America/New_York\","
                                           "\"event_type\":\"%s\",\"access_level\":\"PRIVATE_UNRESTRICTED\",\"hub_id\":\"%s\","
                                           "\"attendance_type\":\"virtual\",\"calendar\":[{\"start_time\":\"%s\",\"end_time\":\"%s\"}]%s}",
                                           event_type, event_type, hub_id, start_text, end_text, extra);
  g_autoptr(SbResponse) response = sb_api (f, "POST", "/zoom_events/events", body);
  g_autoptr(JsonObject) object = NULL;
  char *event_id;

  if (response->status != 201)
    g_test_message ("create failed: %u %s", response->status, response->body);
  g_assert_cmpuint (response->status, ==, 201);
  object = sb_object (response);
  event_id = g_strdup (json_object_get_string_member (object, "event_id"));

  if (publish)
    {
      g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/event_actions", event_id);
      g_autoptr(SbResponse) published = sb_api (f, "POST", path, "{\"operation\":\"publish\"}");

      g_assert_cmpuint (published->status, ==, 201);
    }

  return event_id;
}
