/* test-cli-zoom-json.c: eventdesk-cli --json prints Zoom's objects whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The event model keeps only what Event Desk reads, so a script that reads
 * `events --json` or `event --json` must still get every member Zoom sent,
 * ones Event Desk has never heard of included. The sandbox here holds the
 * sample data with two such members added to every event.
 */
#include "config.h"

#include <string.h>

#include "evd-sandbox-server.h"
#include "test-cli-common.h"

static char *hub_id;
static char *event_id;

/* The sample data, every event with "branding" and "future_field" */
static char *
state_with_unknown_members (void)
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(JsonNode) state = NULL;
  JsonArray *events;

  evd_sandbox_server_reset (server);
  hub_id = evd_sandbox_server_find_hub_id (server, "Product Training Hub");
  event_id = evd_sandbox_server_find_event_id (server, "Customer Onboarding Webinar");
  g_assert_nonnull (hub_id);
  g_assert_nonnull (event_id);

  state = evd_sandbox_server_dump_state (server);
  events = json_object_get_array_member (json_node_get_object (state), "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_object_get_object_member (json_array_get_object_element (events, i), "event");
      JsonObject *branding = json_object_new ();
      JsonArray *future = json_array_new ();

      json_object_set_string_member (branding, "theme_color", "#0b5cff");
      json_object_set_object_member (event, "branding", branding);
      json_array_add_int_element (future, 1);
      json_array_add_int_element (future, 2);
      json_object_set_array_member (event, "future_field", future);
    }
  return json_to_string (state, FALSE);
}

static void
assert_whole (JsonObject *event)
{
  JsonObject *branding;
  JsonArray *future;

  g_assert_true (json_object_has_member (event, "branding"));
  branding = json_object_get_object_member (event, "branding");
  g_assert_cmpstr (json_object_get_string_member (branding, "theme_color"), ==, "#0b5cff");
  future = json_object_get_array_member (event, "future_field");
  g_assert_cmpuint (json_array_get_length (future), ==, 2);
  /* and the members Event Desk reads, as Zoom wrote them */
  g_assert_true (json_object_has_member (event, "calendar"));
  g_assert_true (json_object_has_member (event, "event_url"));
}

static void
test_events_json (void)
{
  g_autoptr(CliRun) run = run_cli ("events", hub_id, "--json");
  g_autoptr(JsonArray) events = NULL;
  gboolean found = FALSE;

  assert_success (run);
  events = parse_json_array (run->out);
  g_assert_cmpuint (json_array_get_length (events), >, 1);
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);

      g_assert_cmpstr (json_object_get_string_member (event, "hub_id"), ==, hub_id);
      assert_whole (event);
      found |= g_str_equal (json_object_get_string_member (event, "event_id"), event_id);
    }
  g_assert_true (found);
}

static void
test_event_json (void)
{
  g_autoptr(CliRun) run = run_cli ("event", event_id, "--json");
  g_autoptr(CliRun) text = run_cli ("event", event_id);
  g_autoptr(JsonObject) event = NULL;

  assert_success (run);
  event = parse_json_object (run->out);
  g_assert_cmpstr (json_object_get_string_member (event, "name"), ==, "Customer Onboarding Webinar");
  assert_whole (event);

  /* Without --json the event is read into the model and shown */
  assert_success (text);
  g_assert_nonnull (strstr (text->out, "Customer Onboarding Webinar"));
  g_assert_null (strstr (text->out, "branding"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = state_with_unknown_members ();

  cli_test_init_with_state (&argc, &argv, state);
  g_test_add_func ("/cli/zoom-json/events", test_events_json);
  g_test_add_func ("/cli/zoom-json/event", test_event_json);
  return cli_test_run ();
}
