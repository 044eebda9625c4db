/* test-sandbox.c: the sandbox follows Zoom's Events API, rule by rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "test-sandbox-helpers.h"

#define FIXTURE_TEST(path, func) \
  g_test_add (path, SbFixture, NULL, sb_fixture_setup, func, sb_fixture_teardown)

static SbResponse *
post_token (SbFixture  *f,
            const char *credentials,
            const char *url_suffix,
            const char *form)
{
  g_autofree char *encoded = g_base64_encode ((const guchar *) credentials, strlen (credentials));
  g_autofree char *authorization = g_strconcat ("Basic ", encoded, NULL);
  g_autofree char *url = g_strconcat (evd_sandbox_server_get_oauth_url (f->server), url_suffix, NULL);

  return sb_request (f->session, "POST", url, authorization, "application/x-www-form-urlencoded", form);
}

static void
assert_oauth_error (SbResponse *response,
                    const char *error,
                    const char *reason)
{
  g_autoptr(JsonObject) object = sb_object (response);

  g_assert_cmpuint (response->status, ==, 400);
  g_assert_cmpstr (json_object_get_string_member (object, "error"), ==, error);
  if (reason != NULL)
    g_assert_cmpstr (json_object_get_string_member (object, "reason"), ==, reason);
}

static void
test_oauth (SbFixture     *f,
            gconstpointer  data)
{
  const char *good = EVD_SANDBOX_CLIENT_ID ":" EVD_SANDBOX_CLIENT_SECRET;
  const char *form = "grant_type=account_credentials&account_id=" EVD_SANDBOX_ACCOUNT_ID;
  g_autoptr(SbResponse) ok = post_token (f, good, "", form);
  g_autoptr(SbResponse) bad_secret = post_token (f, EVD_SANDBOX_CLIENT_ID ":nope", "", form);
  g_autoptr(SbResponse) bad_account = post_token (f, good, "", "grant_type=account_credentials&account_id=other");
  g_autoptr(SbResponse) query_only = post_token (f, good, "?grant_type=account_credentials&account_id=" EVD_SANDBOX_ACCOUNT_ID, NULL);
  g_autoptr(SbResponse) bad_grant = post_token (f, good, "", "grant_type=client_credentials&account_id=" EVD_SANDBOX_ACCOUNT_ID);
  g_autoptr(SbResponse) disabled = NULL;
  g_autoptr(SbResponse) old_token = NULL;
  g_autoptr(JsonObject) object = sb_object (ok);
  g_autoptr(JsonObject) disabled_object = NULL;

  g_assert_cmpuint (ok->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (object, "token_type"), ==, "bearer");
  g_assert_cmpint (json_object_get_int_member (object, "expires_in"), ==, 3600);
  g_assert_nonnull (strstr (json_object_get_string_member (object, "scope"), "zoom_events:read:list_hubs:admin"));
  g_assert_nonnull (json_object_get_string_member (object, "api_url"));
  g_assert_cmpstr (json_object_get_string_member (object, "access_token"), !=, f->token);

  assert_oauth_error (bad_secret, "invalid_client", "Invalid client_id or client_secret");
  assert_oauth_error (bad_account, "invalid_request", "Invalid account_id");
  /* Zoom takes grant_type and account_id in the query string too. */
  g_assert_cmpuint (query_only->status, ==, 200);
  assert_oauth_error (bad_grant, "unsupported_grant_type", NULL);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 3);

  evd_sandbox_server_set_app_disabled (f->server, TRUE);
  disabled = post_token (f, good, "", form);
  assert_oauth_error (disabled, "invalid_client", "The app has been disabled");
  disabled_object = sb_object (disabled);
  g_assert_cmpint (json_object_get_int_member (disabled_object, "code"), ==, 4717);
  old_token = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  sb_assert_error (old_token, 401, 124);
}

static void
test_token_expiry (SbFixture     *f,
                   gconstpointer  data)
{
  g_autoptr(SbResponse) before = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  g_autoptr(SbResponse) expired = NULL;
  g_autoptr(SbResponse) unknown = NULL;
  g_autoptr(SbResponse) fresh = NULL;
  g_autoptr(SbResponse) second = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *other = sb_fetch_token (f->session, evd_sandbox_server_get_oauth_url (f->server));

  g_assert_cmpuint (before->status, ==, 200);

  /* Several tokens are valid at once. */
  second = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  g_assert_cmpuint (second->status, ==, 200);

  evd_sandbox_server_expire_tokens (f->server);
  expired = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  sb_assert_error (expired, 401, 124);
  object = sb_object (expired);
  g_assert_cmpstr (json_object_get_string_member (object, "message"), ==, "Access token is expired.");
  g_clear_pointer (&object, json_object_unref);

  g_free (f->token);
  f->token = g_strdup ("not-a-token");
  unknown = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  sb_assert_error (unknown, 401, 124);
  object = sb_object (unknown);
  g_assert_cmpstr (json_object_get_string_member (object, "message"), ==, "Invalid access token.");

  g_free (f->token);
  f->token = sb_fetch_token (f->session, evd_sandbox_server_get_oauth_url (f->server));
  fresh = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  g_assert_cmpuint (fresh->status, ==, 200);
}

static void
test_token_lifetime (void)
{
  SbFixture fixture = { 0, };
  g_autoptr(SbResponse) response = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *credentials = g_base64_encode ((const guchar *) EVD_SANDBOX_CLIENT_ID ":" EVD_SANDBOX_CLIENT_SECRET,
                                                  strlen (EVD_SANDBOX_CLIENT_ID ":" EVD_SANDBOX_CLIENT_SECRET));
  g_autofree char *authorization = g_strconcat ("Basic ", credentials, NULL);
  EvdSandboxServer *server = evd_sandbox_server_new ();

  evd_sandbox_server_set_token_lifetime (server, 120);
  sb_fixture_start (&fixture, server);
  response = sb_request (fixture.session, "POST", evd_sandbox_server_get_oauth_url (server), authorization,
                         "application/x-www-form-urlencoded",
                         "grant_type=account_credentials&account_id=" EVD_SANDBOX_ACCOUNT_ID);
  object = sb_object (response);
  g_assert_cmpint (json_object_get_int_member (object, "expires_in"), ==, 120);
  sb_fixture_teardown (&fixture, NULL);
}

static void
test_missing_scope (SbFixture     *f,
                    gconstpointer  data)
{
  const char *scopes[] = { "zoom_events:read:list_events:admin", NULL };
  g_autoptr(SbResponse) hubs = NULL;
  g_autoptr(SbResponse) events = NULL;

  evd_sandbox_server_set_scopes (f->server, scopes);
  /* The token from before keeps every scope; only a new one has fewer. */
  hubs = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  g_assert_cmpuint (hubs->status, ==, 200);
  g_clear_pointer (&hubs, sb_response_free);
  g_free (f->token);
  f->token = sb_fetch_token (f->session, evd_sandbox_server_get_oauth_url (f->server));
  hubs = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  g_assert_cmpuint (hubs->status, ==, 401);
  g_assert_cmpstr (hubs->body, ==,
                   "{\"code\":104,\"message\":\"Invalid access token, does not contain scopes:[\"zoom_events:read:list_hubs:admin\"]\"}");
  events = sb_api (f, "GET", "/zoom_events/events", NULL);
  g_assert_cmpuint (events->status, ==, 200);
}

static guint
count_events (SbFixture  *f,
              const char *query)
{
  g_autofree char *path = g_strconcat ("/zoom_events/events", query, NULL);
  g_autoptr(SbResponse) response = sb_api (f, "GET", path, NULL);
  g_autoptr(JsonObject) object = NULL;

  g_assert_cmpuint (response->status, ==, 200);
  object = sb_object (response);
  g_assert_cmpuint (json_object_get_int_member (object, "total_records"), ==,
                    json_array_get_length (json_object_get_array_member (object, "events")));

  return json_object_get_int_member (object, "total_records");
}

static void
test_hubs (SbFixture     *f,
           gconstpointer  data)
{
  g_autoptr(SbResponse) host = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  g_autoptr(SbResponse) old_path = sb_api (f, "GET", "/zoom_events/events/hubs?role_type=host", NULL);
  g_autoptr(SbResponse) unknown = sb_api (f, "GET", "/zoom_events/nothing", NULL);
  g_autoptr(JsonObject) object = sb_object (host);
  g_autoptr(JsonObject) old_object = sb_object (old_path);
  JsonObject *hub = json_array_get_object_element (json_object_get_array_member (object, "hubs"), 0);

  g_assert_cmpint (json_object_get_int_member (object, "total_records"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (hub, "name"), ==, "Marketing Events Hub");
  g_assert_true (json_object_has_member (hub, "hub_active"));
  g_assert_true (json_object_has_member (hub, "public_url"));
  g_assert_false (json_object_has_member (object, "next_page_token"));
  g_assert_cmpint (json_object_get_int_member (old_object, "total_records"), ==, 3);
  sb_assert_error (unknown, 404, 404);
}

static void
test_list_defaults (SbFixture     *f,
                    gconstpointer  data)
{
  g_autoptr(SbResponse) draft_as_attendee = sb_api (f, "GET", "/zoom_events/events?role_type=attendee&event_status_type=draft", NULL);
  guint attendee_upcoming = count_events (f, "");

  /* The default is role_type=attendee, event_status_type=upcoming. */
  g_assert_cmpuint (attendee_upcoming, ==, count_events (f, "?role_type=attendee&event_status_type=upcoming"));
  g_assert_cmpuint (attendee_upcoming, ==, 1);
  g_assert_cmpuint (count_events (f, "?role_type=host"), ==, 3);
  g_assert_cmpuint (count_events (f, "?role_type=host&event_status_type=draft"), ==, 2);
  /* Spring Product Launch Webinar and Partner Enablement Day */
  g_assert_cmpuint (count_events (f, "?role_type=host&event_status_type=past"), ==, 2);
  g_assert_cmpuint (count_events (f, "?role_type=host&event_status_type=cancelled"), ==, 1);
  g_assert_cmpuint (count_events (f, "?role_type=attendee&event_status_type=past"), ==, 1);
  /* hub_id is no filter. */
  g_assert_cmpuint (count_events (f, "?role_type=host&hub_id=whatever"), ==, 3);
  sb_assert_error (draft_as_attendee, 400, 300);
}

static void
test_pagination (SbFixture     *f,
                 gconstpointer  data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *token = NULL;
  g_autofree char *first_token = NULL;
  g_autoptr(SbResponse) reused = NULL;
  g_autoptr(SbResponse) expired = NULL;
  g_autoptr(SbResponse) big = sb_api (f, "GET", "/zoom_events/events?role_type=host&page_size=1000", NULL);
  guint pages = 0;

  g_assert_cmpuint (big->status, ==, 200);

  do
    {
      g_autofree char *path = g_strdup_printf ("/zoom_events/events?role_type=host&event_status_type=draft&page_size=1%s%s",
                                               token ? "&next_page_token=" : "", token ? token : "");
      g_autoptr(SbResponse) response = sb_api (f, "GET", path, NULL);
      g_autoptr(JsonObject) object = sb_object (response);
      JsonArray *events = json_object_get_array_member (object, "events");

      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpint (json_object_get_int_member (object, "total_records"), ==, 2);
      for (guint i = 0; i < json_array_get_length (events); i++)
        g_hash_table_add (seen, g_strdup (json_object_get_string_member (json_array_get_object_element (events, i), "event_id")));
      g_free (token);
      token = g_strdup (json_object_get_string_member (object, "next_page_token"));
      if (pages == 0)
        first_token = g_strdup (token);
      pages++;
    }
  while (*token != '\0' && pages < 10);

  g_assert_cmpuint (pages, ==, 2);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 2);

  /* The token belongs to its query. */
  {
    g_autofree char *path = g_strdup_printf ("/zoom_events/events?role_type=host&event_status_type=past&next_page_token=%s", first_token);

    reused = sb_api (f, "GET", path, NULL);
    sb_assert_error (reused, 400, 300);
  }

  evd_sandbox_server_set_page_token_lifetime (f->server, 0);
  {
    g_autoptr(SbResponse) first = sb_api (f, "GET", "/zoom_events/events?role_type=host&event_status_type=draft&page_size=1", NULL);
    g_autoptr(JsonObject) object = sb_object (first);
    g_autofree char *path = g_strdup_printf ("/zoom_events/events?role_type=host&event_status_type=draft&page_size=1&next_page_token=%s",
                                             json_object_get_string_member (object, "next_page_token"));

    expired = sb_api (f, "GET", path, NULL);
    sb_assert_error (expired, 400, 300);
  }
}

static char *
event_body (const char *hub_id,
            const char *event_type,
            const char *calendar,
            const char *extra)
{
  return g_strdup_printf ("{\"name\":\"N\",\"description\":\"D\",\"timezone\":\"Europe/Paris\",\"event_type\":\"%s\","
                          "\"access_level\":\"PRIVATE_RESTRICTED\",\"hub_id\":\"%s\",\"attendance_type\":\"virtual\","
                          "\"calendar\":%s%s}",
                          event_type, hub_id, calendar, extra ? extra : "");
}

static void
assert_create_fails (SbFixture  *f,
                     char       *body,
                     guint       status,
                     gint64      code)
{
  g_autoptr(SbResponse) response = sb_api (f, "POST", "/zoom_events/events", body);

  sb_assert_error (response, status, code);
  g_free (body);
}

static void
test_create_rules (SbFixture     *f,
                   gconstpointer  data)
{
  g_autofree char *hub = sb_hub_id (f, "Product Training Hub");
  g_autofree char *partner = sb_hub_id (f, "Partner Hub");
  const char *one_day = "[{\"start_time\":\"2030-03-01T09:00:00Z\",\"end_time\":\"2030-03-01T10:00:00Z\"}]";
  const char *seven = "[{\"start_time\":\"2030-03-01T09:00:00Z\",\"end_time\":\"2030-03-01T10:00:00Z\"},"
                      "{\"start_time\":\"2030-03-02T09:00:00Z\",\"end_time\":\"2030-03-02T10:00:00Z\"},"
                      "{\"start_time\":\"2030-03-03T09:00:00Z\",\"end_time\":\"2030-03-03T10:00:00Z\"},"
                      "{\"start_time\":\"2030-03-04T09:00:00Z\",\"end_time\":\"2030-03-04T10:00:00Z\"},"
                      "{\"start_time\":\"2030-03-05T09:00:00Z\",\"end_time\":\"2030-03-05T10:00:00Z\"},"
                      "{\"start_time\":\"2030-03-06T09:00:00Z\",\"end_time\":\"2030-03-06T10:00:00Z\"},"
                      "{\"start_time\":\"2030-03-07T09:00:00Z\",\"end_time\":\"2030-03-07T10:00:00Z\"}]";
  const char *long_span = "[{\"start_time\":\"2030-03-01T09:00:00Z\",\"end_time\":\"2030-03-01T10:00:00Z\"},"
                          "{\"start_time\":\"2030-03-09T09:00:00Z\",\"end_time\":\"2030-03-09T10:00:00Z\"}]";
  g_autoptr(SbResponse) missing = sb_api (f, "POST", "/zoom_events/events", "{\"name\":\"Only a name\"}");
  g_autoptr(JsonObject) missing_object = sb_object (missing);

  g_assert_cmpuint (missing->status, ==, 400);
  g_assert_cmpint (json_object_get_int_member (missing_object, "code"), ==, 300);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (missing_object, "errors"), 0), "field"),
                   ==, "description");

  /* Seven entries break the schema's maxItems (300); a long span is 26202. */
  assert_create_fails (f, event_body (hub, "CONFERENCE", seven, NULL), 400, 300);
  assert_create_fails (f, event_body (hub, "CONFERENCE", long_span, NULL), 400, 26202);
  assert_create_fails (f, event_body (hub, "CONFERENCE", "[{\"start_time\":\"2030-03-01T10:00:00Z\",\"end_time\":\"2030-03-01T09:00:00Z\"}]", NULL), 400, 26203);
  assert_create_fails (f, event_body (hub, "CONFERENCE", "[{\"start_time\":\"2030-03-01T10:00:00Z\"}]", NULL), 400, 26204);
  assert_create_fails (f, event_body (hub, "CONFERENCE", "[{\"start_time\":\"2030-03-01T10:00:00+01:00\",\"end_time\":\"2030-03-01T12:00:00+01:00\"}]", NULL), 400, 26204);
  assert_create_fails (f, event_body (hub, "CONFERENCE", "[]", NULL), 400, 26204);
  assert_create_fails (f, event_body (partner, "CONFERENCE", one_day, NULL), 403, 26201);
  assert_create_fails (f, event_body ("no-such-hub", "CONFERENCE", one_day, NULL), 403, 26201);
  assert_create_fails (f, event_body (hub, "SIMPLE_EVENT", one_day, NULL), 400, 300);
  assert_create_fails (f, event_body (hub, "RECURRING", one_day, NULL), 400, 300);
  assert_create_fails (f, event_body (hub, "RECURRING", one_day, ",\"recurrence\":{\"type\":3,\"repeat_interval\":4}"), 400, 300);
  assert_create_fails (f, event_body (hub, "RECURRING", one_day, ",\"recurrence\":{\"type\":1,\"repeat_interval\":91}"), 400, 300);
  assert_create_fails (f, event_body (hub, "PARTY", one_day, NULL), 400, 300);
  assert_create_fails (f, g_strdup ("{\"name\":\"N\",\"description\":\"D\",\"timezone\":\"UTC\",\"event_type\":\"CONFERENCE\","
                                    "\"access_level\":\"PUBLIC\",\"hub_id\":\"x\",\"attendance_type\":\"virtual\"}"), 400, 300);
  assert_create_fails (f, g_strdup ("{\"name\":\"N\",\"description\":\"D\",\"timezone\":\"UTC\",\"event_type\":\"CONFERENCE\","
                                    "\"access_level\":\"PRIVATE_RESTRICTED\",\"hub_id\":\"x\",\"attendance_type\":\"VIRTUAL\"}"), 400, 300);
  assert_create_fails (f, g_strdup ("not json"), 400, 300);
}

static JsonObject *
get_object_at (SbFixture  *f,
               const char *path)
{
  g_autoptr(SbResponse) response = sb_api (f, "GET", path, NULL);

  if (response->status != 200)
    g_test_message ("GET %s: %u %s", path, response->status, response->body);
  g_assert_cmpuint (response->status, ==, 200);
  return sb_object (response);
}

static void
test_create_and_edit (SbFixture     *f,
                      gconstpointer  data)
{
  g_autofree char *id = sb_create_event (f, "SIMPLE_EVENT", FALSE);
  g_autofree char *path = g_strconcat ("/zoom_events/events/", id, NULL);
  g_autofree char *types_path = g_strconcat (path, "/ticket_types", NULL);
  g_autoptr(JsonObject) event = get_object_at (f, path);
  g_autoptr(JsonObject) types = get_object_at (f, types_path);
  JsonObject *type = json_array_get_object_element (json_object_get_array_member (types, "ticket_types"), 0);
  g_autoptr(SbResponse) patched = sb_api (f, "PATCH", path, "{\"name\":\"Renamed\",\"event_type\":\"SIMPLE_EVENT\"}");
  g_autoptr(SbResponse) type_change = sb_api (f, "PATCH", path, "{\"event_type\":\"CONFERENCE\"}");
  g_autoptr(SbResponse) not_found = sb_api (f, "GET", "/zoom_events/events/nope", NULL);
  g_autoptr(JsonObject) renamed = NULL;

  g_assert_cmpuint (strlen (id), ==, 22);
  g_assert_cmpstr (json_object_get_string_member (event, "status"), ==, "DRAFT");
  g_assert_cmpstr (json_object_get_string_member (event, "host_id"), !=, NULL);
  g_assert_cmpstr (json_object_get_string_member (event, "contact_email"), !=, NULL);
  g_assert_nonnull (json_object_get_string_member (event, "event_url"));
  g_assert_nonnull (json_object_get_string_member (event, "start_time"));
  g_assert_cmpint (json_object_get_int_member (types, "total_records"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (type, "name"), ==, "General Admission");
  g_assert_true (json_object_get_boolean_member (type, "free"));
  g_assert_cmpstr (json_object_get_string_member (type, "price"), ==, "0");
  g_assert_cmpstr (json_object_get_string_member (type, "currency"), ==, "USD");

  g_assert_cmpuint (patched->status, ==, 204);
  renamed = get_object_at (f, path);
  g_assert_cmpstr (json_object_get_string_member (renamed, "name"), ==, "Renamed");
  sb_assert_error (type_change, 400, 1006);
  sb_assert_error (not_found, 404, 2002);
}

static SbResponse *
action (SbFixture  *f,
        const char *event_id,
        const char *body)
{
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/event_actions", event_id);

  return sb_api (f, "POST", path, body);
}

static SbResponse *
post_tickets (SbFixture  *f,
              const char *event_id,
              const char *body)
{
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);

  return sb_api (f, "POST", path, body);
}

static void
test_actions (SbFixture     *f,
              gconstpointer  data)
{
  g_autofree char *id = sb_create_event (f, "SIMPLE_EVENT", FALSE);
  g_autoptr(SbResponse) upper = action (f, id, "{\"operation\":\"Publish\"}");
  g_autoptr(SbResponse) unknown = action (f, id, "{\"operation\":\"archive\"}");
  g_autoptr(SbResponse) early_tickets = post_tickets (f, id, "{\"tickets\":[{\"email\":\"a@example.com\"}]}");
  g_autoptr(SbResponse) published = action (f, id, "{\"operation\":\"publish\"}");
  g_autoptr(SbResponse) bad_duplicate = action (f, id, "{\"operation\":\"duplicate\",\"duplicate_event\":{\"name\":\"Copy\"}}");
  g_autoptr(SbResponse) bad_zone = action (f, id, "{\"operation\":\"duplicate\",\"duplicate_event\":{\"name\":\"Copy\",\"start_time\":\"2031-01-01T10:00:00Z\",\"timezone\":\"Mars/Olympus\"}}");
  g_autoptr(SbResponse) duplicated = action (f, id, "{\"operation\":\"duplicate\",\"duplicate_event\":{\"name\":\"Copy\",\"start_time\":\"2031-01-01T10:00:00Z\",\"timezone\":\"Europe/Paris\"}}");
  g_autoptr(SbResponse) tickets = post_tickets (f, id, "{\"tickets\":[{\"email\":\"a@example.com\"}]}");
  g_autoptr(SbResponse) cancel_silently = action (f, id, "{\"operation\":\"cancel\"}");
  g_autoptr(SbResponse) cancelled = action (f, id, "{\"operation\":\"cancel\",\"cancel_message\":\"Sorry, we moved it.\"}");
  g_autoptr(JsonObject) published_object = sb_object (published);
  g_autoptr(JsonObject) duplicated_object = sb_object (duplicated);
  g_autoptr(JsonObject) cancelled_object = sb_object (cancelled);
  g_autoptr(JsonObject) copy = NULL;
  g_autofree char *copy_path = NULL;
  g_autoptr(SbResponse) delete_cancelled = NULL;
  g_autoptr(SbResponse) delete_copy = NULL;
  g_autoptr(SbResponse) edit_cancelled = NULL;
  g_autofree char *path = g_strconcat ("/zoom_events/events/", id, NULL);

  sb_assert_error (upper, 400, 300);
  sb_assert_error (unknown, 400, 300);
  sb_assert_error (early_tickets, 400, 26501);
  g_assert_cmpuint (published->status, ==, 201);
  g_assert_cmpstr (json_object_get_string_member (published_object, "status"), ==, "published");
  g_assert_cmpstr (json_object_get_string_member (published_object, "event_id"), ==, id);
  sb_assert_error (bad_duplicate, 400, 1002);
  sb_assert_error (bad_zone, 400, 1003);
  g_assert_cmpuint (duplicated->status, ==, 201);
  g_assert_cmpstr (json_object_get_string_member (duplicated_object, "status"), ==, "duplicated");
  g_assert_cmpstr (json_object_get_string_member (duplicated_object, "event_id"), !=, id);
  copy_path = g_strconcat ("/zoom_events/events/", json_object_get_string_member (duplicated_object, "event_id"), NULL);
  copy = get_object_at (f, copy_path);
  g_assert_cmpstr (json_object_get_string_member (copy, "status"), ==, "DRAFT");
  g_assert_cmpstr (json_object_get_string_member (copy, "name"), ==, "Copy");
  g_assert_cmpstr (json_object_get_string_member (copy, "start_time"), ==, "2031-01-01T10:00:00Z");

  g_assert_cmpuint (tickets->status, ==, 201);
  sb_assert_error (cancel_silently, 400, 300);
  g_assert_cmpuint (cancelled->status, ==, 201);
  g_assert_cmpstr (json_object_get_string_member (cancelled_object, "status"), ==, "cancelled");

  edit_cancelled = sb_api (f, "PATCH", path, "{\"name\":\"x\"}");
  sb_assert_error (edit_cancelled, 400, 260210);
  delete_cancelled = sb_api (f, "DELETE", path, NULL);
  sb_assert_error (delete_cancelled, 400, 260209);
  delete_copy = sb_api (f, "DELETE", copy_path, NULL);
  g_assert_cmpuint (delete_copy->status, ==, 204);
  {
    g_autoptr(SbResponse) gone = sb_api (f, "GET", copy_path, NULL);

    sb_assert_error (gone, 404, 2002);
  }
}

static char *
ticket_items (guint       count,
              const char *domain)
{
  g_autoptr(GString) body = g_string_new ("{\"tickets\":[");

  for (guint i = 0; i < count; i++)
    g_string_append_printf (body, "%s{\"email\":\"person%u@%s\",\"first_name\":\"P\",\"last_name\":\"%u\"}",
                            i > 0 ? "," : "", i, domain, i);
  g_string_append (body, "]}");

  return g_string_free (g_steal_pointer (&body), FALSE);
}

static void
test_tickets (SbFixture     *f,
              gconstpointer  data)
{
  g_autofree char *id = sb_create_event (f, "SIMPLE_EVENT", TRUE);
  g_autofree char *too_many = ticket_items (31, "example.com");
  g_autofree char *thirty = ticket_items (30, "example.org");
  g_autoptr(SbResponse) over_cap = post_tickets (f, id, too_many);
  g_autoptr(SbResponse) full = post_tickets (f, id, thirty);
  g_autoptr(SbResponse) partial = post_tickets (f, id,
    "{\"tickets\":[{\"email\":\"sarah.chen@techcorp.example\",\"external_ticket_id\":\"crm-1\"},"
    "{\"email\":\"not-an-email\"},"
    "{\"email\":\"ok@example.com\",\"ticket_type_id\":\"nope\"},"
    "{\"email\":\"PERSON1@example.org\"},"
    "{\"email\":\"sarah.chen@techcorp.example\"},"
    "{\"email\":\"late@example.com\",\"registration_needed\":true}]}");
  g_autoptr(SbResponse) long_name = post_tickets (f, id,
    "{\"tickets\":[{\"email\":\"a@example.com\",\"first_name\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}]}");
  g_autoptr(JsonObject) full_object = sb_object (full);
  g_autoptr(JsonObject) partial_object = sb_object (partial);
  JsonArray *created = json_object_get_array_member (partial_object, "tickets");
  JsonArray *errors = json_object_get_array_member (partial_object, "errors");
  JsonObject *first = json_array_get_object_element (created, 0);
  JsonObject *registration = json_array_get_object_element (created, 3);

  sb_assert_error (over_cap, 400, 300);
  sb_assert_error (long_name, 400, 300);
  g_assert_cmpuint (full->status, ==, 201);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (full_object, "tickets")), ==, 30);

  g_assert_cmpuint (partial->status, ==, 201);
  /* Repeated emails get tickets of their own: Zoom documents no
   * de-duplication, so the sandbox invents none. */
  g_assert_cmpuint (json_array_get_length (created), ==, 4);
  g_assert_cmpuint (json_array_get_length (errors), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (first, "email"), ==, "sarah.chen@techcorp.example");
  g_assert_cmpstr (json_object_get_string_member (first, "external_ticket_id"), ==, "crm-1");
  g_assert_nonnull (json_object_get_string_member (first, "ticket_type_id"));
  g_assert_nonnull (json_object_get_string_member (first, "event_join_link"));
  /* A virtual event's tickets have no e-badge. */
  g_assert_false (json_object_has_member (first, "qr_code_url"));
  g_assert_false (json_object_has_member (first, "event_registration_link"));
  g_assert_nonnull (json_object_get_string_member (registration, "event_registration_link"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (errors, 0), "error_code"), ==, "email_not_found");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (errors, 1), "error_code"), ==, "ticket_type_notfound");

  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, id, NULL), ==, 34);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, id, "Sarah.Chen@techcorp.example"), ==, 2);
}

static void
test_ticket_reads (SbFixture     *f,
                   gconstpointer  data)
{
  g_autofree char *id = sb_create_event (f, "SIMPLE_EVENT", TRUE);
  g_autofree char *items = ticket_items (5, "example.net");
  g_autoptr(SbResponse) created = post_tickets (f, id, items);
  g_autoptr(JsonObject) created_object = sb_object (created);
  const char *ticket_id = json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (created_object, "tickets"), 0), "ticket_id");
  g_autofree char *ticket_path = g_strdup_printf ("/zoom_events/events/%s/tickets/%s", id, ticket_id);
  g_autofree char *list_path = g_strdup_printf ("/zoom_events/events/%s/tickets?page_size=2", id);
  g_autofree char *filter_path = g_strdup_printf ("/zoom_events/events/%s/tickets?email=PERSON3@example.net", id);
  g_autofree char *registrants_path = g_strdup_printf ("/zoom_events/events/%s/registrants", id);
  g_autoptr(JsonObject) list = get_object_at (f, list_path);
  g_autoptr(JsonObject) filtered = get_object_at (f, filter_path);
  g_autoptr(JsonObject) registrants = get_object_at (f, registrants_path);
  g_autoptr(JsonObject) one = get_object_at (f, ticket_path);
  g_autoptr(SbResponse) change_email = sb_api (f, "PATCH", ticket_path, "{\"email\":\"other@example.com\"}");
  g_autoptr(SbResponse) change_name = sb_api (f, "PATCH", ticket_path, "{\"first_name\":\"Priya\",\"external_ticket_id\":\"row-7\"}");
  g_autoptr(JsonObject) changed = get_object_at (f, ticket_path);
  g_autoptr(SbResponse) deleted = sb_api (f, "DELETE", ticket_path, NULL);
  g_autoptr(SbResponse) gone = sb_api (f, "GET", ticket_path, NULL);
  JsonObject *registrant = json_array_get_object_element (json_object_get_array_member (registrants, "registrants"), 0);
  static const char * const fields[] = {
    "ticket_id", "ticket_type_id", "external_ticket_id", "event_join_link", "email", "ticket_role_type",
    "registration_source", "authentication_method", "first_name", "last_name", NULL
  };

  g_assert_cmpint (json_object_get_int_member (list, "total_records"), ==, 5);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (list, "tickets")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (list, "next_page_token"), !=, "");
  g_assert_cmpint (json_object_get_int_member (filtered, "total_records"), ==, 1);
  for (guint i = 0; fields[i] != NULL; i++)
    g_assert_true (json_object_has_member (one, fields[i]));
  g_assert_cmpstr (json_object_get_string_member (registrant, "registration_status"), ==, "PRE_REGISTERED");
  g_assert_false (json_object_has_member (json_array_get_object_element (json_object_get_array_member (registrant, "tickets"), 0), "qr_code_url"));
  sb_assert_error (change_email, 400, 1063);
  g_assert_cmpuint (change_name->status, ==, 204);
  g_assert_cmpstr (json_object_get_string_member (changed, "first_name"), ==, "Priya");
  g_assert_cmpstr (json_object_get_string_member (changed, "external_ticket_id"), ==, "row-7");
  g_assert_cmpuint (deleted->status, ==, 204);
  sb_assert_error (gone, 404, 26503);
}

static void
test_sessions_and_types (SbFixture     *f,
                         gconstpointer  data)
{
  g_autofree char *simple = sb_create_event (f, "SIMPLE_EVENT", FALSE);
  g_autofree char *recurring = sb_create_event (f, "RECURRING", FALSE);
  g_autofree char *conference = sb_create_event (f, "CONFERENCE", FALSE);
  const char *session = "{\"name\":\"Track A\",\"start_time\":\"2030-05-01T10:00:00Z\",\"end_time\":\"2030-05-01T11:00:00Z\",\"timezone\":\"UTC\",\"type\":0}";
  const char *type = "{\"name\":\"Pass\",\"currency\":\"USD\",\"price\":\"25.00\",\"start_time\":\"2029-01-01T00:00:00Z\",\"end_time\":\"2030-01-01T00:00:00Z\"}";
  g_autofree char *simple_sessions = g_strdup_printf ("/zoom_events/events/%s/sessions", simple);
  g_autofree char *simple_types = g_strdup_printf ("/zoom_events/events/%s/ticket_types", simple);
  g_autofree char *recurring_types = g_strdup_printf ("/zoom_events/events/%s/ticket_types", recurring);
  g_autofree char *sessions_path = g_strdup_printf ("/zoom_events/events/%s/sessions", conference);
  g_autofree char *types_path = g_strdup_printf ("/zoom_events/events/%s/ticket_types", conference);
  g_autoptr(SbResponse) no_session = sb_api (f, "POST", simple_sessions, session);
  g_autoptr(SbResponse) no_type = sb_api (f, "POST", simple_types, type);
  g_autoptr(SbResponse) no_recurring_type = sb_api (f, "POST", recurring_types, type);
  g_autoptr(SbResponse) created = sb_api (f, "POST", sessions_path, session);
  g_autoptr(SbResponse) number_price = sb_api (f, "POST", types_path,
    "{\"name\":\"Pass\",\"currency\":\"USD\",\"price\":25,\"start_time\":\"2029-01-01T00:00:00Z\",\"end_time\":\"2030-01-01T00:00:00Z\"}");
  g_autoptr(SbResponse) bad_dates = sb_api (f, "POST", types_path,
    "{\"name\":\"Pass\",\"currency\":\"USD\",\"start_time\":\"2030-01-01T00:00:00Z\",\"end_time\":\"2029-01-01T00:00:00Z\"}");
  g_autoptr(SbResponse) type_created = sb_api (f, "POST", types_path, type);
  g_autoptr(JsonObject) session_object = sb_object (created);
  g_autoptr(JsonObject) type_object = sb_object (type_created);
  g_autofree char *session_path = g_strdup_printf ("%s/%s", sessions_path, json_object_get_string_member (session_object, "session_id"));
  g_autoptr(JsonObject) before = get_object_at (f, session_path);
  g_autoptr(JsonObject) after = NULL;
  g_autoptr(JsonObject) simple_list = get_object_at (f, simple_sessions);
  g_autoptr(SbResponse) removed = NULL;
  g_autoptr(SbResponse) removed_again = NULL;

  sb_assert_error (no_session, 400, 1006);
  sb_assert_error (no_type, 400, 1006);
  sb_assert_error (no_recurring_type, 400, 1006);
  sb_assert_error (number_price, 400, 300);
  sb_assert_error (bad_dates, 400, 26401);
  g_assert_cmpuint (created->status, ==, 201);
  g_assert_cmpuint (type_created->status, ==, 201);
  g_assert_cmpuint (json_object_get_size (type_object), ==, 1);
  g_assert_nonnull (json_object_get_string_member (type_object, "ticket_type_id"));
  g_assert_cmpint (json_object_get_int_member (simple_list, "total_records"), ==, 1);

  g_assert_false (json_object_has_member (before, "meeting_id"));
  {
    g_autoptr(SbResponse) published = action (f, conference, "{\"operation\":\"publish\"}");

    g_assert_cmpuint (published->status, ==, 201);
  }
  after = get_object_at (f, session_path);
  g_assert_cmpint (json_object_get_int_member (after, "meeting_id"), >, 0);

  removed = sb_api (f, "DELETE", session_path, NULL);
  g_assert_cmpuint (removed->status, ==, 204);
  removed_again = sb_api (f, "DELETE", session_path, NULL);
  sb_assert_error (removed_again, 404, 2003);
}

static void
test_seed_data (SbFixture     *f,
                gconstpointer  data)
{
  g_autofree char *webinar = evd_sandbox_server_find_event_id (f->server, "Customer Onboarding Webinar");
  g_autofree char *recurring = evd_sandbox_server_find_event_id (f->server, "Product Tips Tuesday");
  g_autofree char *webinar_path = g_strdup_printf ("/zoom_events/events/%s", webinar);
  g_autofree char *recurring_path = g_strdup_printf ("/zoom_events/events/%s", recurring);
  g_autoptr(JsonObject) webinar_object = get_object_at (f, webinar_path);
  g_autoptr(JsonObject) recurring_object = get_object_at (f, recurring_path);
  JsonObject *recurrence = json_object_get_object_member (recurring_object, "recurrence");

  g_assert_cmpstr (json_object_get_string_member (webinar_object, "meeting_type"), ==, "WEBINAR");
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, webinar, NULL), ==, 40);
  g_assert_cmpint (json_object_get_int_member (recurrence, "type"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (recurring_object, "event_type"), ==, "RECURRING");

  /* reset puts back what a fresh start has. */
  {
    g_autoptr(SbResponse) deleted = sb_api (f, "DELETE", "/zoom_events/events/x", NULL);
    g_autofree char *id = sb_create_event (f, "CONFERENCE", FALSE);
    g_autofree char *found = evd_sandbox_server_find_event_id (f->server, "Test CONFERENCE");
    g_autofree char *after_reset = NULL;

    g_assert_cmpstr (found, ==, id);
    evd_sandbox_server_reset (f->server);
    after_reset = evd_sandbox_server_find_event_id (f->server, "Test CONFERENCE");
    g_assert_null (after_reset);
    sb_assert_error (deleted, 404, 2002);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/sandbox/oauth", test_oauth);
  FIXTURE_TEST ("/sandbox/token-expiry", test_token_expiry);
  g_test_add_func ("/sandbox/token-lifetime", test_token_lifetime);
  FIXTURE_TEST ("/sandbox/missing-scope", test_missing_scope);
  FIXTURE_TEST ("/sandbox/hubs", test_hubs);
  FIXTURE_TEST ("/sandbox/list-defaults", test_list_defaults);
  FIXTURE_TEST ("/sandbox/pagination", test_pagination);
  FIXTURE_TEST ("/sandbox/create-rules", test_create_rules);
  FIXTURE_TEST ("/sandbox/create-and-edit", test_create_and_edit);
  FIXTURE_TEST ("/sandbox/actions", test_actions);
  FIXTURE_TEST ("/sandbox/tickets", test_tickets);
  FIXTURE_TEST ("/sandbox/ticket-reads", test_ticket_reads);
  FIXTURE_TEST ("/sandbox/sessions-and-types", test_sessions_and_types);
  FIXTURE_TEST ("/sandbox/seed-data", test_seed_data);

  return g_test_run ();
}
