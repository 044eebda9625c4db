/* test-cli.c: eventdesk-cli, run as scripts run it, against eventdesk-sandbox
 *
 * Starts `eventdesk-sandbox --port 0`, reads the export lines it prints, and
 * runs `eventdesk-cli` with them in its environment, checking stdout, stderr
 * and the exit status of each command of the tutorial's flow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-client.h"
#include "test-cli-common.h"

/* --- Registrations, added through the API as the importer will --------- */

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
register_attendees (const char *event_id)
{
  g_autoptr(EvdAuth) auth = evd_auth_new (cli_sandbox_env ("EVENTDESK_ACCOUNT_ID"),
                                          cli_sandbox_env ("EVENTDESK_CLIENT_ID"),
                                          cli_sandbox_env ("EVENTDESK_CLIENT_SECRET"),
                                          cli_sandbox_env ("EVENTDESK_OAUTH_URL"));
  g_autoptr(EvdClient) client = evd_client_new (auth, cli_sandbox_env ("EVENTDESK_API_URL"));
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(EvdTicketBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  EvdTicket *sarah = evd_ticket_new ();
  EvdTicket *mallory = evd_ticket_new ();

  evd_ticket_set_email (sarah, "sarah.chen@techcorp.com");
  evd_ticket_set_first_name (sarah, "Sarah");
  evd_ticket_set_last_name (sarah, "Chen, PhD");
  evd_ticket_set_external_ticket_id (sarah, "crm-1");
  g_ptr_array_add (tickets, sarah);

  /* What an attendee typed into a form must not run in a spreadsheet. */
  evd_ticket_set_email (mallory, "mallory@example.com");
  evd_ticket_set_first_name (mallory, "=HYPERLINK(\"http://x\")");
  evd_ticket_set_last_name (mallory, "Q");
  evd_ticket_set_external_ticket_id (mallory, "crm-2");
  g_ptr_array_add (tickets, mallory);

  evd_client_create_tickets_async (client, event_id, tickets, "eventdesk-test", NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  batch = evd_client_create_tickets_finish (client, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (batch);
}

/* @n attendees in batches of 30; the last one answers a custom question,
 * so its column appears only after every page before it was read. */
static void
register_many (const char *event_id,
               guint       n)
{
  g_autoptr(EvdAuth) auth = evd_auth_new (cli_sandbox_env ("EVENTDESK_ACCOUNT_ID"),
                                          cli_sandbox_env ("EVENTDESK_CLIENT_ID"),
                                          cli_sandbox_env ("EVENTDESK_CLIENT_SECRET"),
                                          cli_sandbox_env ("EVENTDESK_OAUTH_URL"));
  g_autoptr(EvdClient) client = evd_client_new (auth, cli_sandbox_env ("EVENTDESK_API_URL"));

  evd_client_set_rate_limit (client, 0);
  for (guint first = 0; first < n; first += EVD_CLIENT_MAX_TICKETS)
    {
      g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(EvdTicketBatch) batch = NULL;
      g_autoptr(GError) error = NULL;

      for (guint i = first; i < MIN (n, first + EVD_CLIENT_MAX_TICKETS); i++)
        {
          EvdTicket *ticket = evd_ticket_new ();
          g_autofree char *email = g_strdup_printf ("person%04u@example.com", i);

          evd_ticket_set_email (ticket, email);
          evd_ticket_set_first_name (ticket, "Person");
          evd_ticket_set_last_name (ticket, i % 2 == 0 ? "Even" : "Odd");
          if (i == n - 1)
            evd_ticket_set_custom_answer (ticket, "Dietary needs", "None");
          g_ptr_array_add (tickets, ticket);
        }
      evd_client_create_tickets_async (client, event_id, tickets, "eventdesk-test", NULL, done_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      batch = evd_client_create_tickets_finish (client, result, &error);
      g_assert_no_error (error);
    }
}

static guint
count_substrings (const char *text,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* More registrations than one page holds: every output is written page by
 * page (or from the spool), and none loses or repeats a row. */
static void
test_tickets_many_pages (void)
{
  const guint n = 650;
  g_autofree char *hub_id = marketing_hub_id ();
  g_autofree char *event_id = create_phoenix (hub_id);
  g_autoptr(CliRun) publish = run_cli ("publish", event_id);
  g_autofree char *csv_path = g_build_filename (cli_tmp_dir (), "many.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;

  assert_success (publish);
  register_many (event_id, n);

  {
    g_autoptr(CliRun) run = run_cli ("tickets", event_id, "--json");
    g_autoptr(JsonArray) tickets = NULL;
    JsonObject *last;

    assert_success (run);
    tickets = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (tickets), ==, n);
    last = find_by_member (tickets, "email", "person0649@example.com");
    g_assert_nonnull (last);
    g_assert_true (json_object_has_member (last, "custom_questions"));
    g_assert_nonnull (find_by_member (tickets, "email", "person0000@example.com"));
  }
  {
    g_autoptr(CliRun) run = run_cli ("tickets", event_id);
    g_auto(GStrv) lines = NULL;
    gsize name_column;

    assert_success (run);
    lines = g_strsplit (run->out, "\n", -1);
    /* The heading, one line each, and the empty string after the last newline */
    g_assert_cmpuint (g_strv_length (lines), ==, n + 2);
    /* The columns line up across pages: every name starts where the heading's does */
    name_column = strstr (lines[0], "Name") - lines[0];
    for (guint i = 1; i <= n; i++)
      g_assert_true (g_str_has_prefix (lines[i] + name_column, "Person "));
  }
  {
    g_autoptr(CliRun) run = run_cli ("tickets", event_id, "--csv", csv_path);
    g_auto(GStrv) lines = NULL;

    assert_success (run);
    g_file_get_contents (csv_path, &csv, NULL, &error);
    g_assert_no_error (error);
    /* One byte-order mark, at the start */
    g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
    g_assert_cmpuint (count_substrings (csv, "\xEF\xBB\xBF"), ==, 1);
    lines = g_strsplit (csv, "\r\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, n + 2);
    /* The question a late page answered has its column */
    g_assert_true (g_str_has_suffix (lines[0], ",comments,Dietary needs"));
    g_assert_cmpuint (count_substrings (csv, ",None\r\n"), ==, 1);
  }
}

/* The plan sets the requests a second: --plan, then EVENTDESK_PLAN, then the
 * app's setting (read only when its schema is installed), then Pro. The
 * client says which it took in a debug line. */
static void
assert_plan (CliRun     *run,
             const char *expected)
{
  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "Marketing Events Hub"));
  g_assert_nonnull (strstr (run->err, expected));
}

static void
test_plan (void)
{
  g_autofree char *config = g_build_filename (cli_tmp_dir (), "plan-config", NULL);
  g_autofree char *keyfile_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (keyfile_dir, "keyfile", NULL);
  g_autofree char *empty = g_build_filename (cli_tmp_dir (), "no-schemas", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (keyfile_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (empty, 0700), ==, 0);
  g_file_set_contents (keyfile, "[io/github/eventdesk/EventDesk]\nrate-plan='business'\n"
                                "[io/github/eventdesk/EventDesk/Devel]\nrate-plan='business'\n", -1, &error);
  g_assert_no_error (error);

  {
    g_autoptr(CliRun) usage = run_cli ("--help");
    g_autoptr(CliRun) help = run_cli ("tickets", "--help");
    g_autoptr(CliRun) import_help = run_cli ("import", "--help");

    g_assert_nonnull (strstr (usage->out, "EVENTDESK_PLAN=pro|business"));
    g_assert_nonnull (strstr (usage->out, "--plan pro|business"));
    g_assert_nonnull (strstr (help->out, "--plan"));
    g_assert_nonnull (strstr (help->out, "EVENTDESK_PLAN"));
    g_assert_nonnull (strstr (import_help->out, "--plan"));
  }
  {
    const char * const env[] = { "G_MESSAGES_DEBUG", "evd-cli", NULL };
    const char * const business[] = { "G_MESSAGES_DEBUG", "evd-cli", "EVENTDESK_PLAN", "business", NULL };
    const char * const saved[] = { "G_MESSAGES_DEBUG", "evd-cli", "GSETTINGS_BACKEND", "keyfile",
                                   "XDG_CONFIG_HOME", config, NULL };
    const char * const no_schema[] = { "G_MESSAGES_DEBUG", "evd-cli", "GSETTINGS_BACKEND", "keyfile",
                                       "XDG_CONFIG_HOME", config, "GSETTINGS_SCHEMA_DIR", empty,
                                       "XDG_DATA_DIRS", empty,
                                       /* GIO's proxy module reads GNOME's own schemas, gone too */
                                       "GIO_MODULE_DIR", empty, NULL };
    g_autoptr(CliRun) plain = run_cli_env (env, "hubs");
    g_autoptr(CliRun) from_env = run_cli_env (business, "hubs");
    g_autoptr(CliRun) option_wins = run_cli_env (business, "hubs", "--plan", "pro");
    g_autoptr(CliRun) from_app = run_cli_env (saved, "hubs");
    g_autoptr(CliRun) env_wins = run_cli_env (((const char * const[]) { "G_MESSAGES_DEBUG", "evd-cli",
                                                                        "GSETTINGS_BACKEND", "keyfile",
                                                                        "XDG_CONFIG_HOME", config,
                                                                        "EVENTDESK_PLAN", "Pro", NULL }),
                                              "hubs");
    g_autoptr(CliRun) without_schema = run_cli_env (no_schema, "hubs");
    g_autoptr(CliRun) import_option = run_cli ("import", "x", "y.csv", "--plan", "gold");
    g_autoptr(CliRun) bad_option = run_cli ("hubs", "--plan", "gold");
    g_autoptr(CliRun) bad_env = run_cli_env (((const char * const[]) { "EVENTDESK_PLAN", "gold", NULL }), "hubs");

    assert_plan (plain, "Zoom plan: pro, 30 LIGHT");
    assert_plan (from_env, "Zoom plan: business, 80 LIGHT");
    assert_plan (option_wins, "Zoom plan: pro, 30 LIGHT");
    assert_plan (from_app, "Zoom plan: business, 80 LIGHT");
    assert_plan (env_wins, "Zoom plan: pro, 30 LIGHT");
    assert_plan (without_schema, "Zoom plan: pro, 30 LIGHT");
    g_assert_cmpint (import_option->status, ==, 2);
    g_assert_nonnull (strstr (import_option->err, "gold"));
    assert_usage_error (bad_option, "hubs");
    g_assert_nonnull (strstr (bad_option->err, "“gold” is not a plan"));
    assert_failure_line (bad_env, "EVENTDESK_PLAN");
  }
}

/* --- Tests -------------------------------------------------------------- */

static void
test_usage (void)
{
  g_autoptr(CliRun) none = run_cli_full (NULL, NULL, (const char * const[]) { NULL });
  g_autoptr(CliRun) help = run_cli ("--help");
  g_autoptr(CliRun) help_word = run_cli ("help");
  g_autoptr(CliRun) unknown = run_cli ("frobnicate");
  g_autoptr(CliRun) events_help = run_cli ("events", "--help");
  g_autoptr(CliRun) help_tickets = run_cli ("help", "tickets");
  g_autoptr(CliRun) missing = run_cli ("events");
  g_autoptr(CliRun) extra = run_cli ("event", "a", "b");
  g_autoptr(CliRun) bad_option = run_cli ("hubs", "--frobnicate");
  g_autoptr(CliRun) hubs_extra = run_cli ("hubs", "extra");
  g_autoptr(CliRun) create_missing = run_cli ("create-event");
  g_autoptr(CliRun) csv_missing = run_cli ("tickets", "x", "--csv");
  const char *commands[] = { "hubs", "events", "event", "create-event", "publish", "sessions", "ticket-types", "tickets" };

  g_assert_cmpint (none->status, ==, 2);
  g_assert_cmpstr (none->out, ==, "");
  g_assert_nonnull (strstr (none->err, "Usage: eventdesk-cli COMMAND"));

  assert_success (help);
  assert_success (help_word);
  g_assert_cmpstr (help->out, ==, help_word->out);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s ", commands[i]);
      g_autoptr(CliRun) command_help = run_cli (commands[i], "--help");

      g_assert_nonnull (strstr (help->out, listed));
      assert_success (command_help);
      g_assert_nonnull (strstr (command_help->out, "--json"));
    }

  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_cmpstr (unknown->out, ==, "");
  g_assert_nonnull (strstr (unknown->err, "frobnicate"));
  g_assert_nonnull (strstr (unknown->err, "Usage:"));

  assert_success (events_help);
  g_assert_nonnull (strstr (events_help->out, "eventdesk-cli events"));
  g_assert_nonnull (strstr (events_help->out, "HUB_ID"));
  assert_success (help_tickets);
  g_assert_nonnull (strstr (help_tickets->out, "--csv"));

  assert_usage_error (missing, "events");
  assert_usage_error (extra, "event");
  assert_usage_error (bad_option, "hubs");
  g_assert_nonnull (strstr (bad_option->err, "--frobnicate"));
  assert_usage_error (hubs_extra, "hubs");
  assert_usage_error (create_missing, "create-event");
  assert_usage_error (csv_missing, "tickets");
}

/* Every command's line in the list leaves room before its summary, and
 * every command's own help names it once with its arguments once. */
static void
test_help_text (void)
{
  const struct { const char *name; const char *arguments; } commands[] = {
    { "hubs", "" }, { "events", " HUB_ID" }, { "event", " EVENT_ID" }, { "create-event", " FILE.json" },
    { "publish", " EVENT_ID" }, { "sessions", " EVENT_ID" }, { "ticket-types", " EVENT_ID" },
    { "tickets", " EVENT_ID" }, { "check", " FILE.csv" }, { "import", " EVENT_ID FILE.csv" },
  };
  g_autoptr(CliRun) help = run_cli ("--help");

  assert_success (help);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s%s  ", commands[i].name, commands[i].arguments);
      g_autofree char *usage = g_strdup_printf ("Usage:\n  eventdesk-cli %s [OPTION…]%s\n",
                                                commands[i].name, commands[i].arguments);
      g_autoptr(CliRun) command_help = run_cli (commands[i].name, "--help");

      g_assert_nonnull (strstr (help->out, listed));
      assert_success (command_help);
      if (!g_str_has_prefix (command_help->out, usage))
        g_error ("“%s --help” begins:\n%.200s\nnot:\n%s", commands[i].name, command_help->out, usage);
    }
}

static void
test_hubs (void)
{
  g_autoptr(CliRun) json = run_cli ("hubs", "--json");
  g_autoptr(CliRun) table = run_cli ("hubs");
  g_autoptr(JsonArray) hubs = NULL;
  JsonObject *marketing;

  assert_success (json);
  hubs = parse_json_array (json->out);
  g_assert_cmpuint (json_array_get_length (hubs), >=, 2);
  marketing = find_by_member (hubs, "name", "Marketing Events Hub");
  g_assert_nonnull (marketing);
  g_assert_nonnull (find_by_member (hubs, "name", "Product Training Hub"));
  /* Zoom's objects as Zoom sent them, not a digest */
  g_assert_true (json_object_has_member (marketing, "hub_id"));
  g_assert_true (json_object_has_member (marketing, "public_url"));

  assert_success (table);
  g_assert_true (g_str_has_prefix (table->out, "Name"));
  g_assert_nonnull (strstr (table->out, "Marketing Events Hub"));
  g_assert_nonnull (strstr (table->out, json_object_get_string_member (marketing, "hub_id")));
}

static void
test_tutorial_flow (void)
{
  g_autofree char *hub_id = marketing_hub_id ();
  g_autofree char *event_id = NULL;
  g_autofree char *csv_path = g_build_filename (cli_tmp_dir (), "out.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(JsonObject) event = NULL;
  g_autoptr(JsonArray) events = NULL;
  g_autoptr(JsonArray) types = NULL;
  g_autoptr(JsonArray) tickets = NULL;
  g_autoptr(JsonArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  gsize csv_len;

  /* 3.2 Create the event (draft status) */
  event_id = create_phoenix (hub_id);

  /* 3.3 Verify the event */
  {
    g_autoptr(CliRun) run = run_cli ("event", event_id, "--json");

    assert_success (run);
    event = parse_json_object (run->out);
    g_assert_cmpstr (json_object_get_string_member (event, "event_id"), ==, event_id);
    g_assert_cmpstr (json_object_get_string_member (event, "status"), ==, "DRAFT");
    g_assert_cmpstr (json_object_get_string_member (event, "name"), ==, "Introducing Project Phoenix");
    g_assert_cmpstr (json_object_get_string_member (event, "attendance_type"), ==, "virtual");
  }
  {
    g_autoptr(CliRun) run = run_cli ("event", event_id);

    assert_success (run);
    g_assert_nonnull (strstr (run->out, "Introducing Project Phoenix"));
    g_assert_nonnull (strstr (run->out, "Status:"));
    g_assert_nonnull (strstr (run->out, "Draft"));
    g_assert_nonnull (strstr (run->out, "America/Los_Angeles"));
  }
  {
    g_autoptr(CliRun) run = run_cli ("events", hub_id, "--json");
    g_autoptr(CliRun) table = run_cli ("events", hub_id);

    assert_success (run);
    events = parse_json_array (run->out);
    g_assert_nonnull (find_by_member (events, "event_id", event_id));
    /* Every status: the sample hub also has published events */
    g_assert_nonnull (find_by_member (events, "status", "PUBLISHED"));
    for (guint i = 0; i < json_array_get_length (events); i++)
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (events, i), "hub_id"), ==, hub_id);

    assert_success (table);
    g_assert_true (g_str_has_prefix (table->out, "Name"));
    g_assert_nonnull (strstr (table->out, "Introducing Project Phoenix"));
    g_assert_nonnull (strstr (table->out, "Single session"));
    g_assert_nonnull (strstr (table->out, event_id));
  }

  /* Step 5 before step 4: Zoom refuses tickets on a draft */
  {
    g_autoptr(CliRun) run = run_cli ("ticket-types", event_id, "--json");

    assert_success (run);
  }

  /* Step 4: publish */
  {
    g_autoptr(CliRun) run = run_cli ("publish", event_id);
    g_autoptr(CliRun) shown = run_cli ("event", event_id);
    g_autoptr(CliRun) json = run_cli ("event", event_id, "--json");
    g_autoptr(JsonObject) published = NULL;

    assert_success (run);
    g_assert_nonnull (strstr (run->out, event_id));
    assert_success (shown);
    g_assert_nonnull (strstr (shown->out, "Published"));
    assert_success (json);
    published = parse_json_object (json->out);
    g_assert_cmpstr (json_object_get_string_member (published, "status"), ==, "PUBLISHED");
  }

  /* 5.1 The default ticket type */
  {
    g_autoptr(CliRun) run = run_cli ("ticket-types", event_id, "--json");
    g_autoptr(CliRun) table = run_cli ("ticket-types", event_id);
    JsonObject *first;

    assert_success (run);
    types = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (types), >=, 1);
    first = json_array_get_object_element (types, 0);
    g_assert_true (json_object_has_member (first, "ticket_type_id"));
    g_assert_true (json_object_has_member (first, "name"));

    assert_success (table);
    g_assert_nonnull (strstr (table->out, json_object_get_string_member (first, "ticket_type_id")));
  }

  /* Sessions: a single-session event has its one */
  {
    g_autoptr(CliRun) run = run_cli ("sessions", event_id, "--json");

    assert_success (run);
    sessions = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (sessions), ==, 1);
  }

  /* No registrations yet: an empty array, and a sentence for people */
  {
    g_autoptr(CliRun) run = run_cli ("tickets", event_id, "--json");
    g_autoptr(CliRun) table = run_cli ("tickets", event_id);
    g_autoptr(JsonArray) none = NULL;

    assert_success (run);
    none = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (none), ==, 0);
    assert_success (table);
    g_assert_cmpstr (table->out, !=, "");
  }

  /* 5.2 Pre-register, then list and save them */
  register_attendees (event_id);
  {
    g_autoptr(CliRun) run = run_cli ("tickets", event_id, "--json");
    g_autoptr(CliRun) table = run_cli ("tickets", event_id);
    g_autoptr(CliRun) saved = run_cli ("tickets", event_id, "--csv", "out.csv");
    JsonObject *sarah;

    assert_success (run);
    tickets = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (tickets), ==, 2);
    sarah = find_by_member (tickets, "email", "sarah.chen@techcorp.com");
    g_assert_nonnull (sarah);
    g_assert_true (json_object_has_member (sarah, "event_join_link"));

    assert_success (table);
    g_assert_nonnull (strstr (table->out, "sarah.chen@techcorp.com"));
    g_assert_nonnull (strstr (table->out, "Sarah Chen, PhD"));

    assert_success (saved);
    g_assert_nonnull (strstr (saved->out, "out.csv"));
  }

  g_file_get_contents (csv_path, &csv, &csv_len, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "ticket_id,email,first_name,last_name,"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  /* Every line ends in CRLF: no bare LF anywhere */
  for (gsize i = 0; i < csv_len; i++)
    if (csv[i] == '\n')
      g_assert_cmpint (csv[i - 1], ==, '\r');
  g_assert_nonnull (strstr (csv, ",sarah.chen@techcorp.com,Sarah,\"Chen, PhD\","));
  g_assert_nonnull (strstr (csv, ",\"'=HYPERLINK(\"\"http://x\"\")\",Q,"));
  g_assert_nonnull (strstr (csv, ",crm-1,"));

  /* A place that cannot be written is a failure, not a silent success */
  {
    g_autoptr(CliRun) run = run_cli ("tickets", event_id, "--csv", "no-such-folder/out.csv");

    assert_failure_line (run, "no-such-folder/out.csv");
  }
}

static void
test_create_event_input (void)
{
  g_autofree char *hub_id = marketing_hub_id ();
  g_autofree char *body = phoenix_body (hub_id, "virtual");
  g_autofree char *broken = write_temp_file ("broken.json", "{\n  \"name\": \"Phoenix\",\n  \"hub_id\" \"x\"\n}\n");
  g_autofree char *array = write_temp_file ("array.json", "[]");
  g_autofree char *empty = write_temp_file ("empty.json", "");
  guint before = count_events (hub_id);
  g_autoptr(CliRun) from_stdin = run_cli_full (NULL, body, (const char * const[]) { "create-event", "-", NULL });
  g_autoptr(CliRun) bad = run_cli ("create-event", broken);
  g_autoptr(CliRun) not_object = run_cli ("create-event", array);
  g_autoptr(CliRun) nothing = run_cli ("create-event", empty);
  g_autoptr(CliRun) missing = run_cli ("create-event", "no-such-file.json");
  g_autoptr(CliRun) as_json = NULL;
  g_autoptr(JsonObject) created = NULL;
  g_autofree char *path = write_temp_file ("phoenix-json.json", body);

  /* - reads standard input */
  assert_success (from_stdin);
  g_assert_cmpuint (strlen (from_stdin->out), >, 1);

  /* A file that is not JSON: where, in words, before anything is sent */
  assert_failure_line (bad, "line 3");
  g_assert_nonnull (strstr (bad->err, "broken.json"));
  g_assert_nonnull (strstr (bad->err, "column"));
  assert_failure_line (not_object, "JSON object");
  assert_failure_line (nothing, "empty");
  assert_failure_line (missing, "no-such-file.json");

  /* --json prints the created event */
  as_json = run_cli ("create-event", path, "--json");
  assert_success (as_json);
  created = parse_json_object (as_json->out);
  g_assert_cmpstr (json_object_get_string_member (created, "name"), ==, "Introducing Project Phoenix");
  g_assert_true (json_object_has_member (created, "event_id"));

  g_assert_cmpuint (count_events (hub_id), ==, before + 2);
}

/* The tutorial writes "VIRTUAL"; Zoom's enum is lower case. The CLI sends
 * the body as it is, so what Zoom (here the sandbox) says is what the
 * script sees, on one line, and no event is made. */
static void
test_create_event_upper_case_virtual (void)
{
  g_autofree char *hub_id = marketing_hub_id ();
  g_autofree char *body = phoenix_body (hub_id, "VIRTUAL");
  g_autofree char *path = write_temp_file ("phoenix-upper.json", body);
  guint before = count_events (hub_id);
  g_autoptr(CliRun) run = run_cli ("create-event", path);

  assert_failure_line (run, "attendance_type");
  g_assert_cmpuint (count_events (hub_id), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  cli_test_init (&argc, &argv);

  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/help-text", test_help_text);
  g_test_add_func ("/cli/hubs", test_hubs);
  g_test_add_func ("/cli/tickets/many-pages", test_tickets_many_pages);
  g_test_add_func ("/cli/plan", test_plan);
  g_test_add_func ("/cli/tutorial-flow", test_tutorial_flow);
  g_test_add_func ("/cli/create-event/input", test_create_event_input);
  g_test_add_func ("/cli/create-event/upper-case-virtual", test_create_event_upper_case_virtual);

  return cli_test_run ();
}
