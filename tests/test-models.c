/* test-models.c: hubs, events, sessions, ticket types and tickets from and to Zoom's JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-models.h"

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = evd_json_parse (json, -1, &error);

  g_assert_no_error (error);
  return node;
}

static char *
to_string (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

static void
assert_invalid (GError *error)
{
  g_assert_error (error, EVD_MODEL_ERROR, EVD_MODEL_ERROR_INVALID);
}

/* The tutorial's answer to creating an event (its stray comma removed),
 * with fields the reference adds and a few Event Desk does not know. */
static const char *event_json =
  "{\"event_id\": \"kNqLPC6hSFiZ9NpgjA549w\", \"name\": \"Introducing Project Phoenix\","
  " \"description\": \"Launch webinar\", \"timezone\": \"America/Los_Angeles\","
  " \"event_type\": \"SIMPLE_EVENT\", \"status\": \"draft\", \"meeting_type\": \"WEBINAR\","
  " \"hub_id\": \"abc123xyz\", \"host_id\": \"h1\", \"contact_email\": \"events@techcorp.com\","
  " \"access_level\": \"PRIVATE_UNRESTRICTED\", \"tagline\": \"The future of product analytics\","
  " \"calendar\": [{\"start_time\": \"2025-12-15T18:00:00Z\", \"end_time\": \"2025-12-15T19:30:00Z\"}],"
  " \"event_url\": \"https://events.zoom.us/e/abc123xyz\", \"attendance_type\": \"VIRTUAL\","
  " \"categories\": [\"Business & Networking\"], \"tags\": [\"launch\", 7, \"phoenix\"],"
  " \"blocked_countries\": [\"KP\"], \"lobby_start_time\": \"2025-12-15T17:45:00Z\","
  " \"branding\": {\"color\": \"#fff\"}, \"future_field\": [1, 2, 3]}";

static void
test_event_from_tutorial (void)
{
  g_autoptr(JsonNode) node = parse (event_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdEvent) event = evd_event_new_from_json (node, &error);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const char * const *tags;

  g_assert_no_error (error);
  g_assert_cmpstr (evd_event_get_event_id (event), ==, "kNqLPC6hSFiZ9NpgjA549w");
  g_assert_cmpstr (evd_event_get_name (event), ==, "Introducing Project Phoenix");
  g_assert_cmpint (evd_event_get_status (event), ==, EVD_EVENT_STATUS_DRAFT);
  g_assert_cmpint (evd_event_get_event_type (event), ==, EVD_EVENT_TYPE_SIMPLE_EVENT);
  g_assert_cmpint (evd_event_get_meeting_type (event), ==, EVD_MEETING_TYPE_WEBINAR);
  g_assert_cmpint (evd_event_get_access_level (event), ==, EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED);
  g_assert_cmpint (evd_event_get_attendance_type (event), ==, EVD_ATTENDANCE_TYPE_VIRTUAL);
  g_assert_cmpstr (evd_event_get_contact_email (event), ==, "events@techcorp.com");
  g_assert_cmpstr (evd_event_get_event_url (event), ==, "https://events.zoom.us/e/abc123xyz");
  g_assert_cmpuint (evd_event_get_calendar (event)->len, ==, 1);
  g_assert_null (evd_event_get_recurrence (event));

  /* start and end come from the calendar when the answer has none */
  start = evd_time_format_utc (evd_event_get_start_time (event));
  end = evd_time_format_utc (evd_event_get_end_time (event));
  g_assert_cmpstr (start, ==, "2025-12-15T18:00:00Z");
  g_assert_cmpstr (end, ==, "2025-12-15T19:30:00Z");

  tags = evd_event_get_tags (event);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_cmpstr (tags[1], ==, "phoenix");

  g_assert_false (evd_event_has_changes (event));
}

/* The event keeps no copy of Zoom's JSON: what it writes back and what a
 * copy holds must still be every field it read. */
static void
test_event_dup_json_and_copy (void)
{
  g_autoptr(JsonNode) node = parse (event_json);
  g_autoptr(EvdEvent) event = evd_event_new_from_json (node, NULL);
  g_autoptr(JsonNode) written = evd_event_dup_json (event);
  g_autoptr(EvdEvent) again = evd_event_new_from_json (written, NULL);
  g_autoptr(JsonNode) written_again = NULL;
  g_autoptr(EvdEvent) copy = evd_event_copy (event);
  g_autoptr(JsonNode) copy_written = evd_event_dup_json (copy);
  JsonObject *object = json_node_get_object (written);
  const char * const *tags;

  g_assert_nonnull (again);
  written_again = evd_event_dup_json (again);
  g_assert_true (json_node_equal (written, written_again));
  g_assert_true (json_node_equal (written, copy_written));
  g_assert_false (evd_event_has_changes (copy));

  /* Every member Event Desk reads is there, as Zoom writes it */
  g_assert_cmpstr (json_object_get_string_member (object, "event_id"), ==, "kNqLPC6hSFiZ9NpgjA549w");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "DRAFT");
  g_assert_cmpstr (json_object_get_string_member (object, "event_url"), ==, "https://events.zoom.us/e/abc123xyz");
  g_assert_cmpstr (json_object_get_string_member (object, "contact_email"), ==, "events@techcorp.com");
  g_assert_cmpstr (json_object_get_string_member (object, "start_time"), ==, "2025-12-15T18:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (object, "lobby_start_time"), ==, "2025-12-15T17:45:00Z");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "calendar")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "blocked_countries")), ==, 1);
  g_assert_false (json_object_has_member (object, "branding"));

  /* The copy is the copy's: changing it leaves the event as it was */
  g_assert_cmpstr (evd_event_get_name (copy), ==, evd_event_get_name (event));
  evd_event_set_name (copy, "Renamed");
  evd_event_set_tags (copy, (const char * const[]) { "other", NULL });
  g_assert_cmpstr (evd_event_get_name (event), ==, "Introducing Project Phoenix");
  tags = evd_event_get_tags (event);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_true (evd_event_has_changes (copy));
  g_assert_false (evd_event_has_changes (event));
}

static void
test_event_status_case (void)
{
  static const struct { const char *wire; EvdEventStatus status; } cases[] = {
    { "draft", EVD_EVENT_STATUS_DRAFT },
    { "DRAFT", EVD_EVENT_STATUS_DRAFT },
    { "Published", EVD_EVENT_STATUS_PUBLISHED },
    { "PUBLISHED", EVD_EVENT_STATUS_PUBLISHED },
    { "cancelled", EVD_EVENT_STATUS_CANCELLED },
    { "CANCELED", EVD_EVENT_STATUS_CANCELLED },
    { "ended", EVD_EVENT_STATUS_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (evd_event_status_from_string (cases[i].wire), ==, cases[i].status);

  g_assert_cmpint (evd_attendance_type_from_string ("IN_PERSON"), ==, EVD_ATTENDANCE_TYPE_IN_PERSON);
  g_assert_cmpint (evd_attendance_type_from_string ("in-person"), ==, EVD_ATTENDANCE_TYPE_IN_PERSON);
  g_assert_cmpstr (evd_attendance_type_to_string (EVD_ATTENDANCE_TYPE_IN_PERSON), ==, "in-person");
  g_assert_cmpstr (evd_access_level_to_label (EVD_ACCESS_LEVEL_PRIVATE_UNRESTRICTED), ==,
                   "Anyone with the link can register");
  g_assert_cmpstr (evd_access_level_to_label (EVD_ACCESS_LEVEL_PRIVATE_RESTRICTED), ==,
                   "Only invited people");
  g_assert_cmpstr (evd_event_type_to_label (EVD_EVENT_TYPE_SIMPLE_EVENT), ==, "Single session");
  g_assert_cmpstr (evd_event_type_to_string (EVD_EVENT_TYPE_UNKNOWN), ==, NULL);
  g_assert_cmpstr (evd_display_status_to_nick (EVD_DISPLAY_STATUS_PAST), ==, "past");
}

static EvdEvent *
event_with (const char *status,
            const char *end_time)
{
  g_autofree char *json = g_strdup_printf ("{\"event_id\": \"e1\", \"status\": \"%s\","
                                           " \"start_time\": \"2025-06-01T10:00:00Z\","
                                           " \"end_time\": \"%s\"}", status, end_time);
  g_autoptr(JsonNode) node = parse (json);
  EvdEvent *event = evd_event_new_from_json (node, NULL);

  g_assert_nonnull (event);
  return event;
}

static void
test_display_status (void)
{
  g_autoptr(GDateTime) before = evd_time_parse ("2025-05-01T00:00:00Z");
  g_autoptr(GDateTime) during = evd_time_parse ("2025-06-01T10:30:00Z");
  g_autoptr(GDateTime) at_end = evd_time_parse ("2025-06-01T11:00:00Z");
  g_autoptr(GDateTime) after = evd_time_parse ("2025-07-01T00:00:00Z");
  g_autoptr(EvdEvent) published = event_with ("PUBLISHED", "2025-06-01T11:00:00Z");
  g_autoptr(EvdEvent) draft = event_with ("draft", "2025-06-01T11:00:00Z");
  g_autoptr(EvdEvent) cancelled = event_with ("CANCELLED", "2025-06-01T11:00:00Z");
  g_autoptr(EvdEvent) no_end = event_with ("Published", "not a time");

  g_assert_cmpint (evd_event_get_display_status (published, before), ==, EVD_DISPLAY_STATUS_UPCOMING);
  g_assert_cmpint (evd_event_get_display_status (published, during), ==, EVD_DISPLAY_STATUS_UPCOMING);
  g_assert_cmpint (evd_event_get_display_status (published, at_end), ==, EVD_DISPLAY_STATUS_PAST);
  g_assert_cmpint (evd_event_get_display_status (published, after), ==, EVD_DISPLAY_STATUS_PAST);
  g_assert_cmpint (evd_event_get_display_status (draft, after), ==, EVD_DISPLAY_STATUS_DRAFT);
  g_assert_cmpint (evd_event_get_display_status (cancelled, before), ==, EVD_DISPLAY_STATUS_CANCELLED);
  g_assert_cmpint (evd_event_get_display_status (no_end, after), ==, EVD_DISPLAY_STATUS_UPCOMING);
}

static void
test_event_create_body (void)
{
  g_autoptr(EvdEvent) event = evd_event_new ();
  g_autoptr(EvdRecurrence) recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_WEEKLY);
  g_autoptr(GTimeZone) new_york = evd_time_zone_new ("America/New_York");
  g_autoptr(GDateTime) start = evd_time_from_wall_clock (new_york, 2025, 3, 10, 10, 0, 0, NULL);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonObject) with_id = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(EvdEvent) created = NULL;
  g_autofree char *text = NULL;
  const char * const tags[] = { "tips", NULL };

  evd_event_set_hub_id (event, "abc123xyz");
  evd_event_set_name (event, "Product Tips");
  evd_event_set_description (event, "Weekly tips");
  evd_event_set_timezone (event, "America/New_York");
  evd_event_set_event_type (event, EVD_EVENT_TYPE_RECURRING);
  evd_event_set_access_level (event, EVD_ACCESS_LEVEL_PRIVATE_RESTRICTED);
  evd_event_set_attendance_type (event, EVD_ATTENDANCE_TYPE_HYBRID);
  evd_event_set_meeting_type (event, EVD_MEETING_TYPE_WEBINAR);
  evd_event_set_physical_location (event, "Room 4");
  evd_event_set_tags (event, tags);
  /* Empty optional fields say nothing: a create leaves them out. */
  evd_event_set_tagline (event, "");
  evd_event_set_contact_name (event, "");
  evd_event_set_categories (event, (const char * const[]) { NULL });
  evd_event_add_calendar_entry (event, start, end);
  evd_recurrence_set_weekly_days (recurrence, EVD_WEEKDAYS_MONDAY | EVD_WEEKDAYS_WEDNESDAY);
  evd_recurrence_set_end_times (recurrence, 8);
  evd_event_set_recurrence (event, recurrence);

  body = evd_event_to_json (event);
  text = to_string (body);
  /* UTC with Z (10:00 EDT is 14:00Z), lower-case attendance, days as an array */
  g_assert_cmpstr (text, ==,
                   "{\"hub_id\":\"abc123xyz\",\"name\":\"Product Tips\",\"description\":\"Weekly tips\","
                   "\"timezone\":\"America/New_York\",\"event_type\":\"RECURRING\","
                   "\"access_level\":\"PRIVATE_RESTRICTED\",\"attendance_type\":\"hybrid\","
                   "\"meeting_type\":\"WEBINAR\",\"calendar\":[{\"start_time\":\"2025-03-10T14:00:00Z\","
                   "\"end_time\":\"2025-03-10T15:00:00Z\"}],\"recurrence\":{\"type\":2,"
                   "\"repeat_interval\":1,\"weekly_days\":[2,4],\"end_times\":8},\"tags\":[\"tips\"],"
                   "\"physical_location\":\"Room 4\"}");

  /* Round trip: Zoom answers with the body plus an id */
  with_id = json_object_ref (json_node_get_object (body));
  json_object_set_string_member (with_id, "event_id", "new1");
  answer = json_node_init_object (json_node_alloc (), with_id);
  created = evd_event_new_from_json (answer, NULL);
  g_assert_nonnull (created);
  g_assert_cmpstr (evd_event_get_name (created), ==, "Product Tips");
  g_assert_cmpint (evd_event_get_attendance_type (created), ==, EVD_ATTENDANCE_TYPE_HYBRID);
  g_assert_cmpint (evd_event_get_access_level (created), ==, EVD_ACCESS_LEVEL_PRIVATE_RESTRICTED);
  g_assert_true (g_date_time_equal (evd_event_get_start_time (created), start));
  g_assert_cmpint (evd_recurrence_get_weekly_days (evd_event_get_recurrence (created)), ==,
                   EVD_WEEKDAYS_MONDAY | EVD_WEEKDAYS_WEDNESDAY);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_event_patch_body (void)
{
  g_autoptr(JsonNode) node = parse ("{\"event_id\": \"e1\", \"name\": \"Old\", \"status\": \"DRAFT\","
                                    " \"recurrence\": {\"type\": 2, \"weekly_days\": \"1\", \"end_times\": 4}}");
  g_autoptr(EvdEvent) event = evd_event_new_from_json (node, NULL);
  g_autoptr(JsonNode) empty = NULL;
  g_autoptr(JsonNode) patch = NULL;
  g_autofree char *empty_text = NULL;
  g_autofree char *patch_text = NULL;
  guint count = 0;

  g_assert_nonnull (event);
  g_signal_connect (event, "notify::name", G_CALLBACK (count_cb), &count);

  empty = evd_event_to_patch_json (event);
  empty_text = to_string (empty);
  g_assert_cmpstr (empty_text, ==, "{}");

  evd_event_set_name (event, "Old");
  g_assert_cmpuint (count, ==, 0);
  g_assert_false (evd_event_has_changes (event));
  evd_event_set_name (event, "New");
  g_assert_cmpuint (count, ==, 1);
  evd_recurrence_set_weekly_days (evd_event_get_recurrence (event), EVD_WEEKDAYS_MONDAY | EVD_WEEKDAYS_FRIDAY);
  g_assert_true (evd_event_has_changes (event));

  patch = evd_event_to_patch_json (event);
  patch_text = to_string (patch);
  /* Only what changed; the recurrence in its update form */
  g_assert_cmpstr (patch_text, ==,
                   "{\"name\":\"New\",\"recurrence\":{\"type\":2,\"repeat_interval\":1,"
                   "\"weekly_days\":\"2,6\",\"end_times\":4}}");

  evd_event_clear_changes (event);
  g_assert_false (evd_event_has_changes (event));
}

static void
assert_rejected (GType       type,
                 const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json != NULL ? evd_json_parse (json, -1, NULL) : NULL;
  gpointer model = NULL;

  if (type == EVD_TYPE_EVENT)
    model = evd_event_new_from_json (node, &error);
  else if (type == EVD_TYPE_HUB)
    model = evd_hub_new_from_json (node, &error);
  else if (type == EVD_TYPE_SESSION)
    model = evd_session_new_from_json (node, &error);
  else if (type == EVD_TYPE_TICKET_TYPE)
    model = evd_ticket_type_new_from_json (node, &error);
  else if (type == EVD_TYPE_TICKET)
    model = evd_ticket_new_from_json (node, &error);
  else
    g_assert_not_reached ();

  g_assert_null (model);
  assert_invalid (error);
}

static void
test_hostile_json (void)
{
  static const char * const bad[] = {
    NULL,                              /* nothing at all */
    "[{\"event_id\": \"e1\"}]",        /* an array where an object belongs */
    "\"just a string\"",
    "42",
    "null",
    "{}",                              /* no id */
    "{\"event_id\": null, \"hub_id\": null, \"session_id\": null, \"ticket_type_id\": null, \"ticket_id\": null}",
    "{\"event_id\": 12, \"hub_id\": 12, \"session_id\": 12, \"ticket_type_id\": 12, \"ticket_id\": 12}",
    "{\"event_id\": \"\", \"hub_id\": \"\", \"session_id\": \"\", \"ticket_type_id\": \"\", \"ticket_id\": \"\"}",
    "{\"event_id\": {}, \"hub_id\": [], \"session_id\": true, \"ticket_type_id\": 1.5, \"ticket_id\": [\"t\"]}",
  };
  const GType all[] = {
    EVD_TYPE_EVENT, EVD_TYPE_HUB, EVD_TYPE_SESSION, EVD_TYPE_TICKET_TYPE, EVD_TYPE_TICKET,
  };

  for (guint t = 0; t < G_N_ELEMENTS (all); t++)
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      assert_rejected (all[t], bad[i]);
}

static void
test_wrong_types_skipped (void)
{
  g_autoptr(JsonNode) node =
    parse ("{\"event_id\": \"e1\", \"name\": 5, \"description\": null, \"timezone\": [\"UTC\"],"
           " \"event_type\": 3, \"status\": {\"value\": \"DRAFT\"}, \"attendance_type\": \"teleport\","
           " \"calendar\": [\"2025-01-01\", null, {\"start_time\": 12}, {\"start_time\": \"2025-01-02T10:00:00Z\"}],"
           " \"recurrence\": \"weekly\", \"categories\": \"Education & Family\", \"tags\": null,"
           " \"start_time\": \"yesterday\", \"end_time\": 99999999999999999999999,"
           " \"lobby_start_time\": false, \"hub_id\": \"h\\u00e9\\u4e2d\"}");
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdEvent) event = evd_event_new_from_json (node, &error);

  g_assert_no_error (error);
  g_assert_null (evd_event_get_name (event));
  g_assert_null (evd_event_get_description (event));
  g_assert_null (evd_event_get_timezone (event));
  g_assert_cmpint (evd_event_get_event_type (event), ==, EVD_EVENT_TYPE_UNKNOWN);
  g_assert_cmpint (evd_event_get_status (event), ==, EVD_EVENT_STATUS_UNKNOWN);
  g_assert_cmpint (evd_event_get_attendance_type (event), ==, EVD_ATTENDANCE_TYPE_UNKNOWN);
  g_assert_cmpuint (evd_event_get_calendar (event)->len, ==, 1);
  g_assert_null (evd_event_get_recurrence (event));
  g_assert_null (evd_event_get_categories (event));
  g_assert_null (evd_event_get_lobby_start_time (event));
  g_assert_null (evd_event_get_end_time (event));
  g_assert_nonnull (evd_event_get_start_time (event));
  g_assert_cmpstr (evd_event_get_hub_id (event), ==, "h\xc3\xa9\xe4\xb8\xad");
}

static void
test_parse_failures (void)
{
  static const char * const bodies[] = {
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>",
    "",
    "   ",
    "{\"code\":104,\"message\":\"Invalid access token, does not contain scopes:[\"zoom_events_basic:read\"]\"}",
    "{\"name\": \"caf\xe9\"}",          /* not UTF-8 */
    "{\"event_id\": \"e1\"",           /* cut short */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = evd_json_parse (bodies[i], -1, &error);

      g_assert_null (node);
      assert_invalid (error);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_json_helpers (void)
{
  g_autoptr(JsonNode) node =
    parse ("{\"s\": \"text\", \"i\": 42, \"d\": 30.0, \"f\": 1.5, \"big\": 1e300,"
           " \"b\": true, \"n\": null, \"a\": [\"x\", 1, \"y\"], \"o\": {}}");
  JsonObject *object = json_node_get_object (node);
  g_auto(GStrv) strv = NULL;
  gint64 number = -1;
  gboolean flag = FALSE;
  double real = 0;

  g_assert_cmpstr (evd_json_get_string (object, "s"), ==, "text");
  g_assert_null (evd_json_get_string (object, "i"));
  g_assert_null (evd_json_get_string (object, "n"));
  g_assert_null (evd_json_get_string (object, "o"));
  g_assert_null (evd_json_get_string (object, "missing"));
  g_assert_null (evd_json_get_string (NULL, "s"));

  g_assert_true (evd_json_get_int (object, "i", &number));
  g_assert_cmpint (number, ==, 42);
  g_assert_true (evd_json_get_int (object, "d", &number));
  g_assert_cmpint (number, ==, 30);
  g_assert_false (evd_json_get_int (object, "f", &number));
  g_assert_false (evd_json_get_int (object, "big", &number));
  g_assert_false (evd_json_get_int (object, "s", &number));
  g_assert_false (evd_json_get_int (object, "n", &number));

  g_assert_true (evd_json_get_bool (object, "b", &flag));
  g_assert_true (flag);
  g_assert_false (evd_json_get_bool (object, "i", &flag));
  g_assert_true (evd_json_get_double (object, "f", &real));
  g_assert_cmpfloat (real, ==, 1.5);
  g_assert_false (evd_json_get_double (object, "s", &real));

  strv = evd_json_dup_strv (object, "a");
  g_assert_cmpuint (g_strv_length (strv), ==, 2);
  g_assert_null (evd_json_dup_strv (object, "s"));
  g_assert_nonnull (evd_json_get_object (object, "o"));
  g_assert_null (evd_json_get_object (object, "a"));
  g_assert_null (evd_json_get_array (object, "o"));
  g_assert_true (evd_json_has_value (object, "s"));
  g_assert_false (evd_json_has_value (object, "n"));
}

static void
test_hub (void)
{
  g_autoptr(JsonNode) node =
    parse ("{\"total_records\": 1, \"hubs\": [{\"hub_id\": \"abc123xyz\", \"name\": \"Marketing Events Hub\","
           " \"description\": \"Launches\", \"access_level\": \"PUBLIC\", \"public_url\": \"https://events.zoom.us/h/abc\","
           " \"hidden_hub\": false, \"hub_active\": true, \"auto_list_events\": true, \"landing_hub\": \"yes\"}]}");
  JsonArray *hubs = json_object_get_array_member (json_node_get_object (node), "hubs");
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdHub) hub = evd_hub_new_from_json (json_array_get_element (hubs, 0), &error);
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (evd_hub_get_hub_id (hub), ==, "abc123xyz");
  g_assert_cmpstr (evd_hub_get_name (hub), ==, "Marketing Events Hub");
  g_assert_cmpstr (evd_hub_get_access_level (hub), ==, "PUBLIC");
  g_assert_cmpstr (evd_hub_get_public_url (hub), ==, "https://events.zoom.us/h/abc");
  g_assert_false (evd_hub_get_hidden (hub));
  g_assert_true (evd_hub_get_active (hub));
  g_assert_true (evd_hub_get_auto_list_events (hub));
  g_assert_false (evd_hub_get_landing_hub (hub));
  g_object_get (hub, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Marketing Events Hub");
  g_assert_nonnull (evd_hub_get_json (hub));
}

static void
test_session (void)
{
  g_autoptr(JsonNode) node =
    parse ("{\"session_id\": \"s1\", \"name\": \"Keynote\", \"description\": \"Opening\","
           " \"start_time\": \"2025-06-10T09:00:00Z\", \"end_time\": \"2025-06-10T10:00:00Z\","
           " \"timezone\": \"Europe/Berlin\", \"type\": 2, \"track_labels\": [\"Main stage\"],"
           " \"meeting_id\": null, \"webinar_id\": 81234567890, \"attendance_type\": \"hybrid\","
           " \"physical_location\": \"Hall A\", \"session_speakers\": []}");
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdSession) session = evd_session_new_from_json (node, &error);
  g_autoptr(JsonNode) create = NULL;
  g_autoptr(JsonNode) patch = NULL;
  g_autofree char *create_text = NULL;
  g_autofree char *patch_text = NULL;
  g_autoptr(EvdSession) neither = NULL;
  g_autoptr(JsonNode) neither_node = parse ("{\"session_id\": \"s2\", \"type\": 4, \"meeting_id\": -3}");

  g_assert_no_error (error);
  g_assert_cmpstr (evd_session_get_session_id (session), ==, "s1");
  g_assert_cmpint (evd_session_get_session_type (session), ==, EVD_SESSION_TYPE_WEBINAR);
  g_assert_cmpint (evd_session_get_meeting_id (session), ==, 0);
  g_assert_cmpint (evd_session_get_webinar_id (session), ==, G_GINT64_CONSTANT (81234567890));
  g_assert_cmpstr (evd_session_get_track_labels (session)[0], ==, "Main stage");
  g_assert_cmpint (evd_session_get_attendance_type (session), ==, EVD_ATTENDANCE_TYPE_HYBRID);

  create = evd_session_to_json (session);
  create_text = to_string (create);
  g_assert_cmpstr (create_text, ==,
                   "{\"name\":\"Keynote\",\"description\":\"Opening\",\"start_time\":\"2025-06-10T09:00:00Z\","
                   "\"end_time\":\"2025-06-10T10:00:00Z\",\"timezone\":\"Europe/Berlin\",\"type\":2,"
                   "\"track_labels\":[\"Main stage\"],\"attendance_type\":\"hybrid\","
                   "\"physical_location\":\"Hall A\"}");
  patch = evd_session_to_patch_json (session);
  patch_text = to_string (patch);
  g_assert_null (strstr (patch_text, "timezone"));

  neither = evd_session_new_from_json (neither_node, NULL);
  g_assert_cmpint (evd_session_get_session_type (neither), ==, EVD_SESSION_TYPE_NEITHER);
  g_assert_cmpint (evd_session_get_meeting_id (neither), ==, 0);
}

static void
test_ticket_type (void)
{
  g_autoptr(JsonNode) node =
    parse ("{\"ticket_type_id\": \"tt1\", \"name\": \"VIP\", \"currency\": \"USD\", \"free\": false,"
           " \"price\": \"25.00\", \"quantity\": 100, \"sold_quantity\": 12,"
           " \"start_time\": \"2025-05-01T00:00:00Z\", \"end_time\": \"2025-06-09T00:00:00Z\","
           " \"description\": \"Front row\", \"sessions\": [\"ALL\"], \"private_visibility_rules\": {}}");
  g_autoptr(JsonNode) tutorial = parse ("{\"ticket_type_id\": \"tt_abc123\", \"name\": \"Free Admission\","
                                        " \"cost\": 0, \"currency\": \"USD\"}");
  g_autoptr(EvdTicketType) type = evd_ticket_type_new_from_json (node, NULL);
  g_autoptr(EvdTicketType) free_type = evd_ticket_type_new_from_json (tutorial, NULL);
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (type);
  g_assert_cmpstr (evd_ticket_type_get_price (type), ==, "25.00");
  g_assert_cmpint (evd_ticket_type_get_quantity (type), ==, 100);
  g_assert_cmpint (evd_ticket_type_get_sold_quantity (type), ==, 12);
  g_assert_cmpstr (evd_ticket_type_get_sessions (type)[0], ==, "ALL");

  body = evd_ticket_type_to_json (type);
  text = to_string (body);
  g_assert_cmpstr (text, ==,
                   "{\"name\":\"VIP\",\"currency\":\"USD\",\"start_time\":\"2025-05-01T00:00:00Z\","
                   "\"end_time\":\"2025-06-09T00:00:00Z\",\"free\":false,\"price\":\"25.00\","
                   "\"quantity\":100,\"description\":\"Front row\",\"sessions\":[\"ALL\"]}");

  /* The tutorial's "cost": 0 becomes the string Zoom wants */
  g_assert_nonnull (free_type);
  g_assert_cmpstr (evd_ticket_type_get_price (free_type), ==, "0");
  g_assert_cmpint (evd_ticket_type_get_quantity (free_type), ==, EVD_TICKET_TYPE_QUANTITY_UNSET);
}

static void
test_ticket (void)
{
  g_autoptr(JsonNode) node =
    parse ("{\"ticket_id\": \"t1\", \"ticket_type_id\": \"tt1\", \"external_ticket_id\": \"crm-17\","
           " \"event_join_link\": \"https://events.zoom.us/ej/abc\", \"send_notification\": false,"
           " \"email\": \"sarah.chen@techcorp.com\", \"first_name\": \"Sarah\", \"last_name\": \"Chen\","
           " \"ticket_role_type\": \"pre_registration\", \"registration_source\": \"crm\","
           " \"authentication_method\": \"no_auth\", \"qr_code_url\": \"https://q\", \"city\": \"Oslo\","
           " \"country\": \"NO\", \"organization\": \"TechCorp\", \"job_title\": 7,"
           " \"custom_questions\": [{\"title\": \"Diet\", \"answer\": \"Vegan\"}, {\"title\": 3}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdTicket) ticket = evd_ticket_new_from_json (node, &error);
  g_autoptr(EvdTicket) fresh = evd_ticket_new ();
  g_autoptr(JsonNode) patch = NULL;
  g_autoptr(JsonNode) create = NULL;
  g_autofree char *patch_text = NULL;
  g_autofree char *create_text = NULL;
  g_autofree char *link = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (evd_ticket_get_ticket_id (ticket), ==, "t1");
  g_assert_cmpstr (evd_ticket_get_event_join_link (ticket), ==, "https://events.zoom.us/ej/abc");
  g_assert_cmpstr (evd_ticket_get_ticket_role_type (ticket), ==, "pre_registration");
  g_assert_null (evd_ticket_get_job_title (ticket));
  g_assert_false (evd_ticket_get_send_notification (ticket));
  g_assert_cmpstr (evd_ticket_get_custom_answer (ticket, "Diet"), ==, "Vegan");
  g_object_get (ticket, "event-join-link", &link, NULL);
  g_assert_cmpstr (link, ==, "https://events.zoom.us/ej/abc");

  patch = evd_ticket_to_patch_json (ticket);
  patch_text = to_string (patch);
  g_assert_cmpstr (patch_text, ==,
                   "{\"external_ticket_id\":\"crm-17\",\"first_name\":\"Sarah\",\"last_name\":\"Chen\","
                   "\"city\":\"Oslo\",\"country\":\"NO\",\"organization\":\"TechCorp\","
                   "\"custom_questions\":[{\"title\":\"Diet\",\"answer\":\"Vegan\"}]}");

  evd_ticket_set_email (fresh, "james.wilson@partner.com");
  evd_ticket_set_first_name (fresh, "James");
  evd_ticket_set_ticket_type_id (fresh, "tt_abc123");
  evd_ticket_set_external_ticket_id (fresh, "row-2");
  evd_ticket_set_registration_source (fresh, "eventdesk");
  create = evd_ticket_to_json (fresh);
  create_text = to_string (create);
  g_assert_cmpstr (create_text, ==,
                   "{\"email\":\"james.wilson@partner.com\",\"ticket_type_id\":\"tt_abc123\","
                   "\"external_ticket_id\":\"row-2\",\"first_name\":\"James\"}");
}

/* 100,000 registrations stay small: the values that repeat (ticket type,
 * source, role, country) are shared, and Zoom's JSON is not kept but
 * rebuilt, with every field and answer, when asked for. */
static void
test_ticket_lean (void)
{
#define LEAN_TICKET \
    "{\"ticket_id\": \"%s\", \"ticket_type_id\": \"tt1\", \"email\": \"%s@x.org\"," \
    " \"registration_source\": \"crm\", \"ticket_role_type\": \"normal\", \"country\": \"NO\"," \
    " \"send_notification\": true, \"qr_code_url\": \"https://q/%s\"," \
    " \"custom_questions\": [{\"title\": \"Diet\", \"answer\": \"%s\"}]}"
  g_autofree char *one_text = g_strdup_printf (LEAN_TICKET, "t1", "a", "t1", "Vegan");
  g_autofree char *two_text = g_strdup_printf (LEAN_TICKET, "t2", "b", "t2", "None");
  g_autoptr(JsonNode) one_node = parse (one_text);
  g_autoptr(JsonNode) two_node = parse (two_text);
  g_autoptr(EvdTicket) one = evd_ticket_new_from_json (one_node, NULL);
  g_autoptr(EvdTicket) two = evd_ticket_new_from_json (two_node, NULL);
  g_autoptr(JsonNode) rebuilt = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(EvdTicket) again = NULL;
  JsonObject *object;

  g_assert_true (evd_ticket_get_ticket_type_id (one) == evd_ticket_get_ticket_type_id (two));
  g_assert_true (evd_ticket_get_registration_source (one) == evd_ticket_get_registration_source (two));
  g_assert_true (evd_ticket_get_country (one) == evd_ticket_get_country (two));
  g_assert_cmpstr (evd_ticket_get_field (two, "email"), ==, "b@x.org");
  g_assert_null (evd_ticket_get_field (two, "no_such_field"));

  titles = evd_ticket_dup_custom_titles (one);
  g_assert_cmpuint (titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "Diet");

  rebuilt = evd_ticket_dup_json (one);
  object = json_node_get_object (rebuilt);
  g_assert_cmpstr (json_object_get_string_member (object, "ticket_id"), ==, "t1");
  g_assert_cmpstr (json_object_get_string_member (object, "qr_code_url"), ==, "https://q/t1");
  g_assert_true (json_object_get_boolean_member (object, "send_notification"));
  again = evd_ticket_new_from_json (rebuilt, NULL);
  g_assert_cmpstr (evd_ticket_get_custom_answer (again, "Diet"), ==, "Vegan");
  g_assert_cmpstr (evd_ticket_get_email (again), ==, "a@x.org");

  /* A field set later is the ticket's own; the cached JSON follows it */
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (evd_ticket_get_json (two)), "email"),
                   ==, "b@x.org");
  evd_ticket_set_email (two, "c@x.org");
  evd_ticket_set_custom_answer (two, "Diet", NULL);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (evd_ticket_get_json (two)), "email"),
                   ==, "c@x.org");
  g_assert_null (evd_ticket_get_custom_answer (two, "Diet"));
}

static void
test_ticket_from_create_answer (void)
{
  /* A 201 for POST …/tickets: created tickets plus per-email errors */
  g_autoptr(JsonNode) node =
    parse ("{\"tickets\": [{\"ticket_id\": \"t9\", \"external_ticket_id\": \"row-1\","
           " \"event_join_link\": \"https://events.zoom.us/ej/x\", \"email\": \"a@b.c\"}],"
           " \"errors\": [{\"email\": \"bad@x\", \"error_code\": \"email_not_found\", \"message\": \"m\"}]}");
  JsonArray *tickets = json_object_get_array_member (json_node_get_object (node), "tickets");
  JsonArray *errors = json_object_get_array_member (json_node_get_object (node), "errors");
  g_autoptr(EvdTicket) ticket = evd_ticket_new_from_json (json_array_get_element (tickets, 0), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdTicket) not_a_ticket = evd_ticket_new_from_json (json_array_get_element (errors, 0), &error);

  g_assert_cmpstr (evd_ticket_get_event_join_link (ticket), ==, "https://events.zoom.us/ej/x");
  g_assert_null (not_a_ticket);
  assert_invalid (error);
  g_assert_cmpstr (evd_model_error_get_field (error), ==, "ticket_id");
}

static void
test_finalize (void)
{
  g_autoptr(JsonNode) node = parse (event_json);
  EvdEvent *event = evd_event_new_from_json (node, NULL);
  EvdRecurrence *recurrence = evd_recurrence_new (EVD_RECURRENCE_TYPE_DAILY);

  evd_event_set_recurrence (event, recurrence);
  g_object_unref (recurrence);
  g_object_add_weak_pointer (G_OBJECT (recurrence), (gpointer *) &recurrence);
  g_assert_finalize_object (event);
  g_assert_null (recurrence);
}

/* A person's name, as lists, sentences and exports show it */
static void
test_ticket_full_name (void)
{
  g_autoptr(EvdTicket) ticket = evd_ticket_new ();
  g_autofree char *none = NULL;
  g_autofree char *first = NULL;
  g_autofree char *both = NULL;
  g_autofree char *last = NULL;

  evd_ticket_set_email (ticket, "sarah@example.org");
  evd_ticket_set_first_name (ticket, "  ");
  none = evd_ticket_dup_full_name (ticket);
  g_assert_null (none);
  evd_ticket_set_first_name (ticket, "Sarah");
  first = evd_ticket_dup_full_name (ticket);
  g_assert_cmpstr (first, ==, "Sarah");
  evd_ticket_set_last_name (ticket, "Chen ");
  both = evd_ticket_dup_full_name (ticket);
  g_assert_cmpstr (both, ==, "Sarah Chen");
  evd_ticket_set_first_name (ticket, NULL);
  last = evd_ticket_dup_full_name (ticket);
  g_assert_cmpstr (last, ==, "Chen");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/models/event/tutorial", test_event_from_tutorial);
  g_test_add_func ("/models/event/dup-json-and-copy", test_event_dup_json_and_copy);
  g_test_add_func ("/models/event/status-case", test_event_status_case);
  g_test_add_func ("/models/event/display-status", test_display_status);
  g_test_add_func ("/models/event/create-body", test_event_create_body);
  g_test_add_func ("/models/event/patch-body", test_event_patch_body);
  g_test_add_func ("/models/event/wrong-types", test_wrong_types_skipped);
  g_test_add_func ("/models/event/finalize", test_finalize);
  g_test_add_func ("/models/hostile", test_hostile_json);
  g_test_add_func ("/models/parse-failures", test_parse_failures);
  g_test_add_func ("/models/json-helpers", test_json_helpers);
  g_test_add_func ("/models/hub", test_hub);
  g_test_add_func ("/models/session", test_session);
  g_test_add_func ("/models/ticket-type", test_ticket_type);
  g_test_add_func ("/models/ticket", test_ticket);
  g_test_add_func ("/models/ticket/lean", test_ticket_lean);
  g_test_add_func ("/models/ticket/create-answer", test_ticket_from_create_answer);
  g_test_add_func ("/models/ticket/full-name", test_ticket_full_name);

  return g_test_run ();
}
