/* test-sandbox-schema.c: every answer has the shape of Zoom's spec, and
 * requests are refused where Zoom refuses them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shapes below are transcribed from the response schemas of Zoom's
 * OpenAPI spec for Events: a member the schema has is either absent or of
 * the schema's type, never null.
 */
#include "config.h"

#include <string.h>

#include "test-sandbox-helpers.h"

#define FIXTURE_TEST(path, func) \
  g_test_add (path, SbFixture, NULL, sb_fixture_setup, func, sb_fixture_teardown)

/* Shapes: "name:T" required, "name:T?" optional; T is s (string),
 * i (integer), n (any number), b (boolean), a (array), o (object). */
#define HUB_SHAPE "hub_id:s name:s description:s? access_level:s? public_url:s? hidden_hub:b? " \
                  "hub_active:b? auto_list_events:b? landing_hub:b?"
#define EVENT_SHAPE "event_id:s name:s description:s timezone:s event_type:s access_level:s " \
                    "attendance_type:s hub_id:s status:s calendar:a start_time:s? end_time:s? " \
                    "meeting_type:s? recurrence:o? categories:a? tags:a? contact_name:s? " \
                    "lobby_start_time:s? lobby_end_time:s? blocked_countries:a? physical_location:s? " \
                    "tagline:s? event_url:s? host_id:s? contact_email:s?"
#define POST_RECURRENCE_SHAPE "type:i repeat_interval:i? weekly_days:a? monthly_days:a? monthly_week:i? " \
                              "monthly_week_day:i? end_times:i? end_date_time:s? duration:i?"
#define GET_RECURRENCE_SHAPE "type:i repeat_interval:i? weekly_days:s? monthly_days:i? monthly_week:i? " \
                             "monthly_week_day:i? end_times:i? end_date_time:s? duration:i?"
#define SESSION_SHAPE "session_id:s name:s start_time:s end_time:s timezone:s type:i description:s? " \
                      "session_speakers:a? featured:b? visible_in_landing_page:b? featured_in_lobby:b? " \
                      "visible_in_lobby:b? is_simulive:b? track_labels:a? audience_labels:a? " \
                      "product_labels:a? level:a? attendance_type:s? physical_location:s? " \
                      "meeting_id:i? webinar_id:i?"
#define TICKET_TYPE_SHAPE "ticket_type_id:s name:s currency:s? free:b? price:s? quantity:n? start_time:s? " \
                          "end_time:s? description:s? sold_quantity:n? sessions:a? bookmarked_sessions:a? " \
                          "attendance_type:s?"
#define CREATED_TICKET_SHAPE "ticket_id:s ticket_type_id:s email:s external_ticket_id:s? event_join_link:s? " \
                             "event_registration_link:s? qr_code_url:s?"
#define TICKET_ERROR_SHAPE "email:s error_code:s message:s"
#define TICKET_SHAPE "ticket_id:s ticket_type_id:s email:s external_ticket_id:s? event_join_link:s? " \
                     "send_notification:b? ticket_role_type:s? registration_source:s? session_id:s? " \
                     "authentication_method:s? qr_code_url:s? first_name:s? last_name:s? address:s? " \
                     "city:s? state:s? zip:s? country:s? phone:s? industry:s? job_title:s? " \
                     "organization:s? organization_size:s? comments:s? custom_questions:a?"
#define REGISTRANT_SHAPE "email:s registration_status:s? tickets:a?"
#define REGISTRANT_TICKET_SHAPE "ticket_id:s role:s? authentication_method:s? qr_code_url:s?"
#define ACTION_SHAPE "status:s event_id:s"
#define PAGE_SHAPE(items) "total_records:n next_page_token:s " items ":a"

static const char * const ticket_error_codes[] = {
  "email_not_found", "ticket_type_notfound", "stock_not_exist", "invalid_sale_time",
  "invalid_api_registration_questions_answers", "ticket_generated_failed",
  "fast_join_with_registrationNeeded", "tickets_duplicate_custom_questions", NULL
};

static gboolean
node_has_type (JsonNode *node,
               char      type)
{
  GType value_type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  switch (type)
    {
    case 's': return value_type == G_TYPE_STRING;
    case 'i': return value_type == G_TYPE_INT64;
    case 'n': return value_type == G_TYPE_INT64 || value_type == G_TYPE_DOUBLE;
    case 'b': return value_type == G_TYPE_BOOLEAN;
    case 'a': return JSON_NODE_HOLDS_ARRAY (node);
    case 'o': return JSON_NODE_HOLDS_OBJECT (node);
    default: g_assert_not_reached ();
    }
}

/* Nowhere in an answer may a member be null: Zoom's schemas have none. */
static void
assert_no_nulls (JsonNode   *node,
                 const char *where)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) names = json_object_get_members (json_node_get_object (node));

      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *member = json_object_get_member (json_node_get_object (node), l->data);
          g_autofree char *path = g_strconcat (where, ".", l->data, NULL);

          if (JSON_NODE_HOLDS_NULL (member))
            g_error ("%s is null; the schema has it absent or of a type", path);
          assert_no_nulls (member, path);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("%s[%u]", where, i);

          if (JSON_NODE_HOLDS_NULL (json_array_get_element (array, i)))
            g_error ("%s is null", path);
          assert_no_nulls (json_array_get_element (array, i), path);
        }
    }
}

static void
assert_shape (JsonObject *object,
              const char *what,
              const char *shape)
{
  g_auto(GStrv) fields = g_strsplit (shape, " ", -1);
  g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), object);

  g_assert_nonnull (object);
  assert_no_nulls (root, what);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      JsonNode *member;
      gboolean optional;

      if (*fields[i] == '\0')
        continue;
      parts = g_strsplit (fields[i], ":", 2);
      optional = strchr (parts[1], '?') != NULL;
      member = json_object_get_member (object, parts[0]);
      if (member == NULL)
        {
          if (!optional)
            g_error ("%s: required member %s is missing", what, parts[0]);
          continue;
        }
      if (!node_has_type (member, parts[1][0]))
        g_error ("%s: %s is not of type %c", what, parts[0], parts[1][0]);
    }
}

static void
assert_each (JsonObject *object,
             const char *member,
             const char *shape)
{
  JsonArray *array = json_object_get_array_member (object, member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    assert_shape (json_array_get_object_element (array, i), member, shape);
}

static JsonObject *
ok_object (SbFixture  *f,
           const char *method,
           const char *path,
           const char *body,
           guint       status)
{
  g_autoptr(SbResponse) response = sb_api (f, method, path, body);

  if (response->status != status)
    g_test_message ("%s %s: %u %s", method, path, response->status, response->body);
  g_assert_cmpuint (response->status, ==, status);
  return sb_object (response);
}

static void
ok_empty (SbFixture  *f,
          const char *method,
          const char *path,
          const char *body)
{
  g_autoptr(SbResponse) response = sb_api (f, method, path, body);

  if (response->status != 204)
    g_test_message ("%s %s: %u %s", method, path, response->status, response->body);
  g_assert_cmpuint (response->status, ==, 204);
  g_assert_true (response->body == NULL || *response->body == '\0');
}

static char *
event_body (SbFixture  *f,
            const char *event_type,
            const char *attendance,
            const char *extra)
{
  g_autofree char *hub_id = sb_hub_id (f, "Marketing Events Hub");

  return g_strdup_printf ("{\"name\":\"Shape\",\"description\":\"d\",\"timezone\":\"America/Indianapolis\","
                          "\"event_type\":\"%s\",\"access_level\":\"PRIVATE_UNRESTRICTED\",\"hub_id\":\"%s\","
                          "\"attendance_type\":\"%s\",\"categories\":[\"Business & Networking\"],"
                          "\"calendar\":[{\"start_time\":\"2030-06-10T15:00:00Z\",\"end_time\":\"2030-06-10T17:00:00Z\"}]%s}",
                          event_type, hub_id, attendance, extra != NULL ? extra : "");
}

static char *
create_event (SbFixture  *f,
              const char *event_type,
              const char *attendance,
              const char *extra,
              JsonObject **out_answer)
{
  g_autofree char *body = event_body (f, event_type, attendance, extra);
  g_autoptr(JsonObject) answer = ok_object (f, "POST", "/zoom_events/events", body, 201);
  char *id;

  assert_shape (answer, "POST /events", EVENT_SHAPE);
  id = g_strdup (json_object_get_string_member (answer, "event_id"));
  if (out_answer != NULL)
    *out_answer = g_steal_pointer (&answer);
  return id;
}

static void
publish (SbFixture  *f,
         const char *event_id)
{
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/event_actions", event_id);
  g_autoptr(JsonObject) answer = ok_object (f, "POST", path, "{\"operation\":\"publish\"}", 201);

  assert_shape (answer, "publish", ACTION_SHAPE);
  g_assert_cmpstr (json_object_get_string_member (answer, "status"), ==, "published");
}

static void
test_hubs_and_events (SbFixture     *f,
                      gconstpointer  data)
{
  static const char * const statuses[] = { "draft", "upcoming", "past", "cancelled", NULL };
  g_autoptr(JsonObject) hubs = ok_object (f, "GET", "/zoom_events/hubs", NULL, 200);
  g_autoptr(JsonObject) old_hubs = ok_object (f, "GET", "/zoom_events/events/hubs?role_type=attendee", NULL, 200);
  g_autoptr(JsonObject) attending = ok_object (f, "GET", "/zoom_events/events", NULL, 200);
  g_autoptr(JsonObject) created = NULL;
  g_autoptr(JsonObject) fetched = NULL;
  g_autoptr(JsonObject) changed = NULL;
  g_autoptr(JsonObject) duplicated = NULL;
  g_autoptr(JsonObject) cancelled = NULL;
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *copy_path = NULL;

  assert_shape (hubs, "hubs", "total_records:n hubs:a");
  assert_each (hubs, "hubs", HUB_SHAPE);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (hubs, "hubs")), >, 0);
  assert_shape (old_hubs, "events/hubs", "total_records:n hubs:a");
  assert_each (old_hubs, "hubs", HUB_SHAPE);
  assert_shape (attending, "events", PAGE_SHAPE ("events"));
  assert_each (attending, "events", EVENT_SHAPE);
  for (guint i = 0; statuses[i] != NULL; i++)
    {
      g_autofree char *list_path = g_strdup_printf ("/zoom_events/events?role_type=host&event_status_type=%s&page_size=300",
                                                    statuses[i]);
      g_autoptr(JsonObject) list = ok_object (f, "GET", list_path, NULL, 200);

      assert_shape (list, list_path, PAGE_SHAPE ("events"));
      assert_each (list, "events", EVENT_SHAPE);
    }

  id = create_event (f, "SIMPLE_EVENT", "virtual", ",\"meeting_type\":\"WEBINAR\"", &created);
  g_assert_false (json_object_has_member (created, "recurrence"));
  path = g_strconcat ("/zoom_events/events/", id, NULL);
  fetched = ok_object (f, "GET", path, NULL, 200);
  assert_shape (fetched, "GET /events/{id}", EVENT_SHAPE " host_id:s contact_email:s");
  ok_empty (f, "PATCH", path, "{\"name\":\"Shape 2\",\"categories\":[\"Other\"],\"timezone\":\"Europe/Kiev\"}");
  changed = ok_object (f, "GET", path, NULL, 200);
  g_assert_cmpstr (json_object_get_string_member (changed, "name"), ==, "Shape 2");
  g_assert_cmpstr (json_object_get_string_member (changed, "timezone"), ==, "Europe/Kiev");

  publish (f, id);
  actions = g_strdup_printf ("%s/event_actions", path);
  duplicated = ok_object (f, "POST", actions,
                          "{\"operation\":\"duplicate\",\"duplicate_event\":{\"name\":\"Copy\","
                          "\"start_time\":\"2030-07-01T15:00:00Z\",\"timezone\":\"UTC\"}}", 201);
  assert_shape (duplicated, "duplicate", ACTION_SHAPE);
  g_assert_cmpstr (json_object_get_string_member (duplicated, "status"), ==, "duplicated");
  cancelled = ok_object (f, "POST", actions, "{\"operation\":\"cancel\",\"cancel_message\":\"Moved.\"}", 201);
  assert_shape (cancelled, "cancel", ACTION_SHAPE);
  g_assert_cmpstr (json_object_get_string_member (cancelled, "status"), ==, "cancelled");

  /* The copy is a draft, which may be deleted. */
  copy_path = g_strconcat ("/zoom_events/events/", json_object_get_string_member (duplicated, "event_id"), NULL);
  ok_empty (f, "DELETE", copy_path, NULL);
}

static void
test_recurrence_shapes (SbFixture     *f,
                        gconstpointer  data)
{
  g_autoptr(JsonObject) weekly = NULL;
  g_autoptr(JsonObject) monthly = NULL;
  g_autoptr(JsonObject) weekly_fetched = NULL;
  g_autoptr(JsonObject) monthly_fetched = NULL;
  g_autofree char *weekly_id = create_event (f, "RECURRING", "virtual",
    ",\"meeting_type\":\"MEETING\",\"recurrence\":{\"type\":2,\"repeat_interval\":1,\"weekly_days\":[2,4],\"end_times\":4}",
    &weekly);
  g_autofree char *monthly_id = create_event (f, "RECURRING", "virtual",
    ",\"meeting_type\":\"MEETING\",\"recurrence\":{\"type\":3,\"repeat_interval\":1,\"monthly_days\":[10],\"end_times\":3}",
    &monthly);
  g_autofree char *weekly_path = g_strconcat ("/zoom_events/events/", weekly_id, NULL);
  g_autofree char *monthly_path = g_strconcat ("/zoom_events/events/", monthly_id, NULL);
  JsonArray *days;

  /* The POST answer has arrays, as the request had them... */
  assert_shape (json_object_get_object_member (weekly, "recurrence"), "POST recurrence", POST_RECURRENCE_SHAPE);
  days = json_object_get_array_member (json_object_get_object_member (weekly, "recurrence"), "weekly_days");
  g_assert_cmpuint (json_array_get_length (days), ==, 2);
  g_assert_cmpint (json_array_get_int_element (days, 1), ==, 4);
  assert_shape (json_object_get_object_member (monthly, "recurrence"), "POST recurrence", POST_RECURRENCE_SHAPE);
  days = json_object_get_array_member (json_object_get_object_member (monthly, "recurrence"), "monthly_days");
  g_assert_cmpint (json_array_get_int_element (days, 0), ==, 10);

  /* ...GET the comma string and the number, which PATCH also takes. */
  ok_empty (f, "PATCH", weekly_path, "{\"recurrence\":{\"type\":2,\"weekly_days\":\"2,4,6\"}}");
  weekly_fetched = ok_object (f, "GET", weekly_path, NULL, 200);
  assert_shape (json_object_get_object_member (weekly_fetched, "recurrence"), "GET recurrence", GET_RECURRENCE_SHAPE);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (weekly_fetched, "recurrence"), "weekly_days"),
                   ==, "2,4,6");
  monthly_fetched = ok_object (f, "GET", monthly_path, NULL, 200);
  assert_shape (json_object_get_object_member (monthly_fetched, "recurrence"), "GET recurrence", GET_RECURRENCE_SHAPE);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (monthly_fetched, "recurrence"), "monthly_days"),
                   ==, 10);
}

static void
test_sessions (SbFixture     *f,
               gconstpointer  data)
{
  g_autofree char *id = create_event (f, "CONFERENCE", "virtual", NULL, NULL);
  g_autofree char *sessions_path = g_strdup_printf ("/zoom_events/events/%s/sessions", id);
  g_autoptr(JsonObject) created = ok_object (f, "POST", sessions_path,
    "{\"name\":\"Keynote\",\"start_time\":\"2030-06-10T15:00:00Z\",\"end_time\":\"2030-06-10T16:00:00Z\","
    "\"timezone\":\"America/Indianapolis\",\"type\":2}", 201);
  g_autofree char *session_path = g_strdup_printf ("%s/%s", sessions_path, json_object_get_string_member (created, "session_id"));
  g_autoptr(JsonObject) draft_list = ok_object (f, "GET", sessions_path, NULL, 200);
  g_autoptr(JsonObject) draft_one = ok_object (f, "GET", session_path, NULL, 200);
  g_autoptr(JsonObject) published_list = NULL;
  g_autoptr(JsonObject) published_one = NULL;
  JsonObject *listed;

  assert_shape (created, "POST sessions", SESSION_SHAPE);
  assert_shape (draft_list, "sessions", "total_records:n sessions:a");
  assert_each (draft_list, "sessions", SESSION_SHAPE);
  assert_shape (draft_one, "GET session", SESSION_SHAPE);
  /* No webinar number until the event is published: absent, not null. */
  g_assert_false (json_object_has_member (draft_one, "webinar_id"));
  g_assert_false (json_object_has_member (draft_one, "meeting_id"));

  ok_empty (f, "PATCH", session_path, "{\"name\":\"Opening keynote\"}");
  publish (f, id);
  published_list = ok_object (f, "GET", sessions_path, NULL, 200);
  published_one = ok_object (f, "GET", session_path, NULL, 200);
  assert_each (published_list, "sessions", SESSION_SHAPE);
  assert_shape (published_one, "GET session", SESSION_SHAPE);
  g_assert_cmpint (json_object_get_int_member (published_one, "webinar_id"), >, 0);
  /* The list shows the number too once the event is published. */
  listed = json_array_get_object_element (json_object_get_array_member (published_list, "sessions"), 0);
  g_assert_cmpint (json_object_get_int_member (listed, "webinar_id"), ==,
                   json_object_get_int_member (published_one, "webinar_id"));

  /* Webinar → meeting: a meeting number replaces the webinar number. */
  ok_empty (f, "PATCH", session_path, "{\"type\":0}");
  {
    g_autoptr(JsonObject) meeting = ok_object (f, "GET", session_path, NULL, 200);

    assert_shape (meeting, "GET session", SESSION_SHAPE);
    g_assert_cmpint (json_object_get_int_member (meeting, "meeting_id"), >, 0);
    g_assert_false (json_object_has_member (meeting, "webinar_id"));
  }
  ok_empty (f, "DELETE", session_path, NULL);
}

static void
test_ticket_types (SbFixture     *f,
                   gconstpointer  data)
{
  g_autofree char *id = create_event (f, "CONFERENCE", "virtual", NULL, NULL);
  g_autofree char *types_path = g_strdup_printf ("/zoom_events/events/%s/ticket_types", id);
  g_autoptr(JsonObject) created = ok_object (f, "POST", types_path,
    "{\"name\":\"VIP\",\"currency\":\"USD\",\"price\":\"25.00\",\"quantity\":10,"
    "\"start_time\":\"2029-01-01T00:00:00Z\",\"end_time\":\"2030-06-01T00:00:00Z\"}", 201);
  g_autofree char *type_path = g_strdup_printf ("%s/%s", types_path, json_object_get_string_member (created, "ticket_type_id"));
  g_autoptr(JsonObject) list = NULL;
  g_autoptr(JsonObject) cleared = NULL;
  JsonArray *types;

  assert_shape (created, "POST ticket_types", "ticket_type_id:s");
  g_assert_cmpuint (json_object_get_size (created), ==, 1);
  list = ok_object (f, "GET", types_path, NULL, 200);
  assert_shape (list, "ticket_types", "total_records:n ticket_types:a");
  assert_each (list, "ticket_types", TICKET_TYPE_SHAPE);
  types = json_object_get_array_member (list, "ticket_types");
  /* The default type has no limit: quantity absent, not null. */
  g_assert_false (json_object_has_member (json_array_get_object_element (types, 0), "quantity"));
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (types, 1), "quantity"), ==, 10);

  /* "number" in the schema: 5.0 is five. */
  {
    g_autoptr(JsonObject) decimal = ok_object (f, "POST", types_path,
      "{\"name\":\"Five\",\"currency\":\"USD\",\"quantity\":5.0,"
      "\"start_time\":\"2029-01-01T00:00:00Z\",\"end_time\":\"2030-06-01T00:00:00Z\"}", 201);
    g_autoptr(JsonObject) with_decimal = ok_object (f, "GET", types_path, NULL, 200);

    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (with_decimal, "ticket_types"), 2),
                                                 "quantity"), ==, 5);
  }
  ok_empty (f, "PATCH", type_path, "{\"quantity\":null,\"name\":\"VIP pass\"}");
  cleared = ok_object (f, "GET", types_path, NULL, 200);
  assert_each (cleared, "ticket_types", TICKET_TYPE_SHAPE);
  g_assert_false (json_object_has_member (json_array_get_object_element (json_object_get_array_member (cleared, "ticket_types"), 1),
                                          "quantity"));
  ok_empty (f, "DELETE", type_path, NULL);
}

static void
check_tickets (SbFixture  *f,
               const char *attendance,
               gboolean    with_qr_code)
{
  g_autofree char *id = create_event (f, "SIMPLE_EVENT", attendance,
                                      ",\"meeting_type\":\"MEETING\",\"physical_location\":\"Hall 3\"", NULL);
  g_autofree char *tickets_path = g_strdup_printf ("/zoom_events/events/%s/tickets", id);
  g_autofree char *registrants_path = g_strdup_printf ("/zoom_events/events/%s/registrants?page_size=1", id);
  g_autoptr(JsonObject) created = NULL;
  g_autoptr(JsonObject) list = NULL;
  g_autoptr(JsonObject) registrants = NULL;
  g_autoptr(JsonObject) one = NULL;
  g_autofree char *ticket_path = NULL;
  JsonObject *first;

  publish (f, id);
  created = ok_object (f, "POST", tickets_path,
    "{\"registration_source\":\"Event Desk\",\"tickets\":["
    "{\"email\":\"ada@example.com\",\"external_ticket_id\":\"row-1\",\"first_name\":\"Ada\"},"
    "{\"email\":\"ada@example.com\",\"external_ticket_id\":\"row-2\"},"
    "{\"email\":\"late@example.com\",\"registration_needed\":true},"
    "{\"email\":\"not an address\"},"
    "{\"first_name\":\"No email\"}]}", 201);
  assert_shape (created, "POST tickets", "tickets:a errors:a");
  assert_each (created, "tickets", CREATED_TICKET_SHAPE);
  assert_each (created, "errors", TICKET_ERROR_SHAPE);
  /* A repeated email gets a ticket of its own, as Zoom may give one. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (created, "tickets")), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (created, "errors")), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *error = json_array_get_object_element (json_object_get_array_member (created, "errors"), i);

      g_assert_cmpstr (json_object_get_string_member (error, "error_code"), ==, "email_not_found");
      g_assert_true (g_strv_contains (ticket_error_codes, json_object_get_string_member (error, "error_code")));
    }
  first = json_array_get_object_element (json_object_get_array_member (created, "tickets"), 0);
  g_assert_cmpint (json_object_has_member (first, "qr_code_url"), ==, with_qr_code);

  list = ok_object (f, "GET", tickets_path, NULL, 200);
  assert_shape (list, "tickets", PAGE_SHAPE ("tickets"));
  assert_each (list, "tickets", TICKET_SHAPE);
  ticket_path = g_strdup_printf ("%s/%s", tickets_path, json_object_get_string_member (first, "ticket_id"));
  one = ok_object (f, "GET", ticket_path, NULL, 200);
  assert_shape (one, "GET ticket", TICKET_SHAPE);
  g_assert_cmpint (json_object_has_member (one, "qr_code_url"), ==, with_qr_code);

  /* Two people, Ada with two tickets: one page of one person each. */
  registrants = ok_object (f, "GET", registrants_path, NULL, 200);
  assert_shape (registrants, "registrants", PAGE_SHAPE ("registrants"));
  assert_each (registrants, "registrants", REGISTRANT_SHAPE);
  g_assert_cmpint (json_object_get_int_member (registrants, "total_records"), ==, 2);
  {
    JsonObject *ada = json_array_get_object_element (json_object_get_array_member (registrants, "registrants"), 0);

    assert_each (ada, "tickets", REGISTRANT_TICKET_SHAPE);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (ada, "tickets")), ==, 2);
  }

  ok_empty (f, "PATCH", ticket_path, "{\"last_name\":\"Lovelace\"}");
  ok_empty (f, "DELETE", ticket_path, NULL);
}

static void
test_tickets_virtual (SbFixture     *f,
                      gconstpointer  data)
{
  check_tickets (f, "virtual", FALSE);
}

static void
test_tickets_in_person (SbFixture     *f,
                        gconstpointer  data)
{
  check_tickets (f, "in-person", TRUE);
}

static void
test_tickets_hybrid (SbFixture     *f,
                     gconstpointer  data)
{
  check_tickets (f, "hybrid", TRUE);
}

/* Refusals: each of Zoom's, with its status and code. */

static void
assert_refused (SbFixture  *f,
                const char *method,
                const char *path,
                const char *body,
                guint       status,
                gint64      code,
                const char *message)
{
  g_autoptr(SbResponse) response = sb_api (f, method, path, body);
  g_autoptr(JsonObject) object = NULL;

  sb_assert_error (response, status, code);
  object = sb_object (response);
  if (message != NULL)
    {
      JsonArray *errors = json_object_get_array_member (object, "errors");
      const char *text = json_object_get_string_member (object, "message");

      if (errors != NULL && json_array_get_length (errors) > 0)
        text = json_object_get_string_member (json_array_get_object_element (errors, 0), "message");
      g_assert_cmpstr (text, ==, message);
    }
}

static void
test_refuse_weekly_days_string (SbFixture     *f,
                                gconstpointer  data)
{
  g_autofree char *body = event_body (f, "RECURRING", "virtual",
    ",\"meeting_type\":\"MEETING\",\"recurrence\":{\"type\":2,\"repeat_interval\":1,\"weekly_days\":\"2,4\",\"end_times\":4}");

  assert_refused (f, "POST", "/zoom_events/events", body, 400, 300, NULL);
}

static void
test_refuse_monthly_day (SbFixture     *f,
                         gconstpointer  data)
{
  g_autofree char *body = event_body (f, "RECURRING", "virtual",
    ",\"meeting_type\":\"MEETING\",\"recurrence\":{\"type\":3,\"repeat_interval\":1,\"monthly_day\":10,\"end_times\":3}");

  assert_refused (f, "POST", "/zoom_events/events", body, 400, 300, NULL);
}

static void
test_refuse_category (SbFixture     *f,
                      gconstpointer  data)
{
  g_autofree char *id = create_event (f, "CONFERENCE", "virtual", NULL, NULL);
  g_autofree char *path = g_strconcat ("/zoom_events/events/", id, NULL);
  g_autofree char *hub_id = sb_hub_id (f, "Marketing Events Hub");
  g_autofree char *body = g_strdup_printf ("{\"name\":\"N\",\"description\":\"d\",\"timezone\":\"UTC\",\"event_type\":\"CONFERENCE\","
                                           "\"access_level\":\"PRIVATE_UNRESTRICTED\",\"hub_id\":\"%s\",\"attendance_type\":\"virtual\","
                                           "\"categories\":[\"Technology\"],"
                                           "\"calendar\":[{\"start_time\":\"2030-06-10T15:00:00Z\",\"end_time\":\"2030-06-10T17:00:00Z\"}]}",
                                           hub_id);

  assert_refused (f, "POST", "/zoom_events/events", body, 400, 300, NULL);
  assert_refused (f, "PATCH", path, "{\"categories\":[\"Business\"]}", 400, 300, NULL);
}

static void
test_refuse_unknown_hub (SbFixture     *f,
                         gconstpointer  data)
{
  const char *body = "{\"name\":\"N\",\"description\":\"d\",\"timezone\":\"UTC\",\"event_type\":\"CONFERENCE\","
                     "\"access_level\":\"PRIVATE_UNRESTRICTED\",\"hub_id\":\"no-such-hub\",\"attendance_type\":\"virtual\","
                     "\"calendar\":[{\"start_time\":\"2030-06-10T15:00:00Z\",\"end_time\":\"2030-06-10T17:00:00Z\"}]}";

  assert_refused (f, "POST", "/zoom_events/events", body, 403, 26201, NULL);
}

static void
test_refuse_seven_calendar_entries (SbFixture     *f,
                                    gconstpointer  data)
{
  g_autofree char *hub_id = sb_hub_id (f, "Marketing Events Hub");
  g_autoptr(GString) body = g_string_new (NULL);

  /* Seven one-hour days within six days' span: only the count is wrong,
   * which is the schema's maxItems (300), not 26202. */
  g_string_printf (body, "{\"name\":\"N\",\"description\":\"d\",\"timezone\":\"UTC\",\"event_type\":\"CONFERENCE\","
                   "\"access_level\":\"PRIVATE_UNRESTRICTED\",\"hub_id\":\"%s\",\"attendance_type\":\"virtual\",\"calendar\":[",
                   hub_id);
  for (guint hour = 1; hour <= 7; hour++)
    g_string_append_printf (body, "%s{\"start_time\":\"2030-06-01T%02u:00:00Z\",\"end_time\":\"2030-06-01T%02u:30:00Z\"}",
                            hour > 1 ? "," : "", hour, hour);
  g_string_append (body, "]}");
  assert_refused (f, "POST", "/zoom_events/events", body->str, 400, 300, NULL);
}

static void
test_refuse_capitalised_operation (SbFixture     *f,
                                   gconstpointer  data)
{
  g_autofree char *id = create_event (f, "CONFERENCE", "virtual", NULL, NULL);
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/event_actions", id);

  assert_refused (f, "POST", path, "{\"operation\":\"Publish\"}", 400, 300, "Invalid Event operation");
}

static void
test_refuse_session_change_when_cancelled (SbFixture     *f,
                                           gconstpointer  data)
{
  g_autofree char *id = create_event (f, "CONFERENCE", "virtual", NULL, NULL);
  g_autofree char *sessions_path = g_strdup_printf ("/zoom_events/events/%s/sessions", id);
  g_autoptr(JsonObject) session = ok_object (f, "POST", sessions_path,
    "{\"name\":\"Keynote\",\"start_time\":\"2030-06-10T15:00:00Z\",\"end_time\":\"2030-06-10T16:00:00Z\","
    "\"timezone\":\"UTC\",\"type\":0}", 201);
  g_autofree char *session_path = g_strdup_printf ("%s/%s", sessions_path, json_object_get_string_member (session, "session_id"));
  g_autofree char *actions = g_strdup_printf ("/zoom_events/events/%s/event_actions", id);
  g_autoptr(JsonObject) cancelled = NULL;

  publish (f, id);
  cancelled = ok_object (f, "POST", actions, "{\"operation\":\"cancel\"}", 201);
  assert_refused (f, "PATCH", session_path, "{\"name\":\"Later\"}", 403, 260210, NULL);
}

static void
test_refuse_tickets_when_cancelled (SbFixture     *f,
                                    gconstpointer  data)
{
  g_autofree char *id = create_event (f, "SIMPLE_EVENT", "virtual", ",\"meeting_type\":\"MEETING\"", NULL);
  g_autofree char *actions = g_strdup_printf ("/zoom_events/events/%s/event_actions", id);
  g_autofree char *tickets = g_strdup_printf ("/zoom_events/events/%s/tickets", id);
  g_autoptr(JsonObject) cancelled = NULL;

  publish (f, id);
  cancelled = ok_object (f, "POST", actions, "{\"operation\":\"cancel\"}", 201);
  /* 26501 is among the codes Zoom's spec lists for this request. */
  assert_refused (f, "POST", tickets, "{\"tickets\":[{\"email\":\"ada@example.com\"}]}", 400, 26501, NULL);
}

static void
test_refuse_time_zone (SbFixture     *f,
                       gconstpointer  data)
{
  g_autofree char *id = create_event (f, "CONFERENCE", "virtual", NULL, NULL);
  g_autofree char *path = g_strconcat ("/zoom_events/events/", id, NULL);
  g_autofree char *sessions_path = g_strdup_printf ("%s/sessions", path);
  g_autofree char *hub_id = sb_hub_id (f, "Marketing Events Hub");
  /* A real IANA zone, but not one of Zoom's 135. */
  g_autofree char *body = g_strdup_printf ("{\"name\":\"N\",\"description\":\"d\",\"timezone\":\"Europe/Tallinn\",\"event_type\":\"CONFERENCE\","
                                           "\"access_level\":\"PRIVATE_UNRESTRICTED\",\"hub_id\":\"%s\",\"attendance_type\":\"virtual\","
                                           "\"calendar\":[{\"start_time\":\"2030-06-10T15:00:00Z\",\"end_time\":\"2030-06-10T17:00:00Z\"}]}",
                                           hub_id);

  assert_refused (f, "POST", "/zoom_events/events", body, 400, 300, NULL);
  assert_refused (f, "PATCH", path, "{\"timezone\":\"Etc/UTC\"}", 400, 300, NULL);
  assert_refused (f, "POST", sessions_path,
                  "{\"name\":\"K\",\"start_time\":\"2030-06-10T15:00:00Z\",\"end_time\":\"2030-06-10T16:00:00Z\","
                  "\"timezone\":\"Europe/Kyiv\",\"type\":0}", 400, 300, NULL);
}

static void
test_oauth_query_string (SbFixture     *f,
                         gconstpointer  data)
{
  const char *credentials = EVD_SANDBOX_CLIENT_ID ":" EVD_SANDBOX_CLIENT_SECRET;
  g_autofree char *encoded = g_base64_encode ((const guchar *) credentials, strlen (credentials));
  g_autofree char *authorization = g_strconcat ("Basic ", encoded, NULL);
  g_autofree char *url = g_strconcat (evd_sandbox_server_get_oauth_url (f->server),
                                      "?grant_type=account_credentials&account_id=" EVD_SANDBOX_ACCOUNT_ID, NULL);
  g_autoptr(SbResponse) response = sb_request (f->session, "POST", url, authorization, NULL, NULL);
  g_autoptr(JsonObject) object = NULL;

  g_assert_cmpuint (response->status, ==, 200);
  object = sb_object (response);
  assert_shape (object, "token", "access_token:s token_type:s expires_in:n scope:s api_url:s?");
}

static void
test_page_token_lifetime (SbFixture     *f,
                          gconstpointer  data)
{
  g_autofree char *id = create_event (f, "SIMPLE_EVENT", "virtual", ",\"meeting_type\":\"MEETING\"", NULL);
  g_autofree char *tickets = g_strdup_printf ("/zoom_events/events/%s/tickets", id);
  g_autofree char *first_page = g_strdup_printf ("%s?page_size=1", tickets);
  g_autoptr(JsonObject) created = NULL;
  g_autoptr(JsonObject) page = NULL;
  g_autoptr(JsonObject) fresh = NULL;
  g_autofree char *next = NULL;
  g_autofree char *next_fresh = NULL;

  publish (f, id);
  created = ok_object (f, "POST", tickets, "{\"tickets\":[{\"email\":\"a@example.com\"},{\"email\":\"b@example.com\"}]}", 201);
  evd_sandbox_server_set_page_token_lifetime (f->server, 1);

  page = ok_object (f, "GET", first_page, NULL, 200);
  next = g_strdup_printf ("%s&next_page_token=%s", first_page, json_object_get_string_member (page, "next_page_token"));
  /* Past its lifetime the token is refused; a fresh one still works. */
  g_usleep (1100 * 1000);
  assert_refused (f, "GET", next, NULL, 400, 300, NULL);
  fresh = ok_object (f, "GET", first_page, NULL, 200);
  next_fresh = g_strdup_printf ("%s&next_page_token=%s", first_page, json_object_get_string_member (fresh, "next_page_token"));
  {
    g_autoptr(JsonObject) second = ok_object (f, "GET", next_fresh, NULL, 200);

    assert_shape (second, "tickets", PAGE_SHAPE ("tickets"));
    g_assert_cmpstr (json_object_get_string_member (second, "next_page_token"), ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/sandbox-schema/hubs-and-events", test_hubs_and_events);
  FIXTURE_TEST ("/sandbox-schema/recurrence", test_recurrence_shapes);
  FIXTURE_TEST ("/sandbox-schema/sessions", test_sessions);
  FIXTURE_TEST ("/sandbox-schema/ticket-types", test_ticket_types);
  FIXTURE_TEST ("/sandbox-schema/tickets/virtual", test_tickets_virtual);
  FIXTURE_TEST ("/sandbox-schema/tickets/in-person", test_tickets_in_person);
  FIXTURE_TEST ("/sandbox-schema/tickets/hybrid", test_tickets_hybrid);
  FIXTURE_TEST ("/sandbox-schema/refuse/weekly-days-string", test_refuse_weekly_days_string);
  FIXTURE_TEST ("/sandbox-schema/refuse/monthly-day", test_refuse_monthly_day);
  FIXTURE_TEST ("/sandbox-schema/refuse/category", test_refuse_category);
  FIXTURE_TEST ("/sandbox-schema/refuse/unknown-hub", test_refuse_unknown_hub);
  FIXTURE_TEST ("/sandbox-schema/refuse/seven-calendar-entries", test_refuse_seven_calendar_entries);
  FIXTURE_TEST ("/sandbox-schema/refuse/capitalised-operation", test_refuse_capitalised_operation);
  FIXTURE_TEST ("/sandbox-schema/refuse/session-change-when-cancelled", test_refuse_session_change_when_cancelled);
  FIXTURE_TEST ("/sandbox-schema/refuse/tickets-when-cancelled", test_refuse_tickets_when_cancelled);
  FIXTURE_TEST ("/sandbox-schema/refuse/time-zone", test_refuse_time_zone);
  FIXTURE_TEST ("/sandbox-schema/oauth-query-string", test_oauth_query_string);
  FIXTURE_TEST ("/sandbox-schema/page-token-lifetime", test_page_token_lifetime);

  return g_test_run ();
}
