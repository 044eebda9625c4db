/* test-cli-ids.c: ids that start with '-' work in every eventdesk-cli command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Zoom's ids are base64url: about one in fifty starts with '-', which
 * GOption would take for an option. The sandbox here holds the sample data
 * with the ids of a hub, two events and a ticket type rewritten to start
 * with '-', and every command that takes an id is run with it, with and
 * without "--".
 */
#include "config.h"

#include <string.h>

#include "evd-sandbox-server.h"
#include "test-cli-common.h"

static char *hub_id;
static char *event_id;
static char *draft_id;
static char *ticket_type_id;

/* "-" and the id's other 21 characters: same length, same alphabet. */
static char *
dash_id (const char *id)
{
  return g_strconcat ("-", id + 1, NULL);
}

static char *
replace_all (const char *text,
             const char *from,
             const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

/* The sample data with the chosen ids rewritten everywhere they appear. */
static char *
state_with_dash_ids (void)
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(JsonNode) state = NULL;
  g_autofree char *hub = NULL;
  g_autofree char *event = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *type = NULL;
  g_autofree char *text = NULL;
  JsonArray *events;
  const char *ids[4];
  char **dashed[] = { &hub_id, &event_id, &draft_id, &ticket_type_id };

  /* Sample data without listening: reset makes it. */
  evd_sandbox_server_reset (server);
  state = evd_sandbox_server_dump_state (server);
  text = json_to_string (state, FALSE);
  events = json_object_get_array_member (json_node_get_object (state), "events");
  hub = evd_sandbox_server_find_hub_id (server, "Product Training Hub");
  event = evd_sandbox_server_find_event_id (server, "Customer Onboarding Webinar");
  draft = evd_sandbox_server_find_event_id (server, "Introducing Project Phoenix");

  g_assert_nonnull (hub);
  g_assert_nonnull (event);
  g_assert_nonnull (draft);
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *record = json_array_get_object_element (events, i);

      if (g_str_equal (json_object_get_string_member (json_object_get_object_member (record, "event"), "event_id"), event))
        type = g_strdup (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (record, "ticket_types"), 0),
                                                        "ticket_type_id"));
    }
  g_assert_nonnull (type);

  ids[0] = hub;
  ids[1] = event;
  ids[2] = draft;
  ids[3] = type;
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      char *replaced;

      *dashed[i] = dash_id (ids[i]);
      replaced = replace_all (text, ids[i], *dashed[i]);
      g_free (text);
      text = replaced;
    }

  return g_steal_pointer (&text);
}

/* Runs the command with the id right after it, then with "--" before it. */
static void
run_both (const char  *command,
          const char  *id,
          const char  *expected,
          CliRun     **plain,
          CliRun     **separated)
{
  *plain = run_cli (command, id, "--json");
  *separated = run_cli (command, "--json", "--", id);
  if ((*plain)->status != 0)
    g_test_message ("%s %s: %s", command, id, (*plain)->err);
  assert_success (*plain);
  assert_success (*separated);
  if (expected != NULL)
    {
      g_assert_nonnull (strstr ((*plain)->out, expected));
      g_assert_nonnull (strstr ((*separated)->out, expected));
    }
}

static void
test_events (void)
{
  g_autoptr(CliRun) plain = NULL;
  g_autoptr(CliRun) separated = NULL;

  g_assert_true (hub_id[0] == '-');
  run_both ("events", hub_id, event_id, &plain, &separated);
  g_assert_nonnull (strstr (plain->out, "Customer Onboarding Webinar"));
}

static void
test_event (void)
{
  g_autoptr(CliRun) plain = NULL;
  g_autoptr(CliRun) separated = NULL;
  g_autoptr(CliRun) text = run_cli ("event", event_id);

  run_both ("event", event_id, "Customer Onboarding Webinar", &plain, &separated);
  g_assert_cmpstr (plain->out, ==, separated->out);
  assert_success (text);
  g_assert_nonnull (strstr (text->out, "Customer Onboarding Webinar"));
}

static void
test_sessions_and_ticket_types (void)
{
  g_autoptr(CliRun) sessions = NULL;
  g_autoptr(CliRun) sessions_separated = NULL;
  g_autoptr(CliRun) types = NULL;
  g_autoptr(CliRun) types_separated = NULL;

  run_both ("sessions", event_id, "session_id", &sessions, &sessions_separated);
  run_both ("ticket-types", event_id, ticket_type_id, &types, &types_separated);
}

static void
test_tickets (void)
{
  g_autoptr(CliRun) plain = NULL;
  g_autoptr(CliRun) separated = NULL;
  g_autofree char *csv = g_build_filename (cli_tmp_dir (), "tickets.csv", NULL);
  g_autoptr(CliRun) to_csv = run_cli ("tickets", event_id, "--csv", csv);
  g_autoptr(CliRun) to_csv_after = run_cli ("tickets", "--csv", csv, "--", event_id);

  run_both ("tickets", event_id, "ticket_id", &plain, &separated);
  assert_success (to_csv);
  assert_success (to_csv_after);
  g_assert_true (g_file_test (csv, G_FILE_TEST_EXISTS));
}

static void
test_publish (void)
{
  g_autoptr(CliRun) first = run_cli ("publish", draft_id);
  g_autoptr(CliRun) again = run_cli ("publish", "--", draft_id);

  assert_success (first);
  /* Zoom's refusal of a second publish, not a usage error: the id was read. */
  assert_failure_line (again, NULL);
}

static void
test_import (void)
{
  g_autofree char *file = write_temp_file ("dash-ids.csv",
                                           "email,first_name,last_name\n"
                                           "dash.one@example.com,Dash,One\n"
                                           "dash.two@example.com,Dash,Two\n");
  g_autoptr(CliRun) plain = run_cli ("import", event_id, file, "--ticket-type", ticket_type_id, "--json");
  g_autoptr(CliRun) separated = run_cli ("import", "--ticket-type", ticket_type_id, "--json", "--", event_id, file);
  g_autoptr(CliRun) joined = run_cli ("import", event_id, file, "--ticket-type=" "-", "--json");

  if (plain->status != 0)
    g_test_message ("import: %s", plain->err);
  assert_success (plain);
  g_assert_nonnull (strstr (plain->out, "\"created\":2"));
  /* The same file again: everyone is already registered. */
  assert_success (separated);
  g_assert_nonnull (strstr (separated->out, "\"created\":0"));
  /* A ticket type "-" is an id Zoom does not know, not an option. */
  g_assert_cmpint (joined->status, !=, 2);
}

static void
test_unknown_option_still_refused (void)
{
  g_autoptr(CliRun) bad = run_cli ("hubs", "--frobnicate");
  g_autoptr(CliRun) extra = run_cli ("event", event_id, "-x");

  assert_usage_error (bad, "hubs");
  g_assert_nonnull (strstr (bad->err, "--frobnicate"));
  assert_usage_error (extra, "event");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = NULL;
  int status;

  state = state_with_dash_ids ();
  cli_test_init_with_state (&argc, &argv, state);

  g_test_add_func ("/cli-ids/events", test_events);
  g_test_add_func ("/cli-ids/event", test_event);
  g_test_add_func ("/cli-ids/sessions-and-ticket-types", test_sessions_and_ticket_types);
  g_test_add_func ("/cli-ids/tickets", test_tickets);
  g_test_add_func ("/cli-ids/publish", test_publish);
  g_test_add_func ("/cli-ids/import", test_import);
  g_test_add_func ("/cli-ids/unknown-option", test_unknown_option_still_refused);

  status = cli_test_run ();
  g_clear_pointer (&hub_id, g_free);
  g_clear_pointer (&event_id, g_free);
  g_clear_pointer (&draft_id, g_free);
  g_clear_pointer (&ticket_type_id, g_free);
  return status;
}
