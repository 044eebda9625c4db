/* test-cli-import.c: eventdesk-cli import against eventdesk-sandbox, with a kill
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <utime.h>
#include <string.h>

#include "evd-client.h"

#define PUBLISHED_EVENT "Customer Onboarding Webinar"
#define DRAFT_EVENT     "Introducing Project Phoenix"

typedef struct
{
  GSubprocess *sandbox;
  char        *env[5];      /* NAME=value from the sandbox's first lines */
  char        *state_dir;   /* XDG_STATE_HOME of the imports */
  char        *work_dir;
  EvdClient   *client;
  char        *event_id;
  char        *draft_id;
} Fixture;

static char *
build_path (const char *program)
{
  const char *root = g_getenv ("EVD_BUILD_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "src", "cli", program, NULL);
}

static GAsyncResult *
await (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static char *
find_event (Fixture    *f,
            const char *status,
            const char *name)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;

  evd_client_list_events_async (f->client, "host", status, NULL, store_cb, &result);
  events = evd_client_list_events_finish (f->client, await (&result), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);

      if (g_str_equal (evd_event_get_name (event), name))
        return g_strdup (evd_event_get_event_id (event));
    }
  g_assert_not_reached ();
}

static const char *
env_value (Fixture    *f,
           const char *name)
{
  gsize length = strlen (name);

  for (guint i = 0; i < G_N_ELEMENTS (f->env); i++)
    if (strncmp (f->env[i], name, length) == 0 && f->env[i][length] == '=')
      return f->env[i] + length + 1;
  g_assert_not_reached ();
}

static void
start_sandbox (Fixture *f,
               guint    latency_ms)
{
  g_autofree char *sandbox = build_path ("eventdesk-sandbox");
  g_autofree char *latency = g_strdup_printf ("%u", latency_ms);
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(EvdAuth) auth = NULL;
  g_autoptr(GError) error = NULL;

  /* As at Zoom, a repeated email gets a second ticket: nothing but Event
   * Desk itself keeps a person from being registered twice. */
  f->sandbox = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                 sandbox, "--port", "0", "--latency", latency, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (f->sandbox));
  for (guint i = 0; i < G_N_ELEMENTS (f->env); i++)
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (line, "export "));
      f->env[i] = g_strdup (line + strlen ("export "));
    }

  auth = evd_auth_new (env_value (f, "EVENTDESK_ACCOUNT_ID"), env_value (f, "EVENTDESK_CLIENT_ID"),
                       env_value (f, "EVENTDESK_CLIENT_SECRET"), env_value (f, "EVENTDESK_OAUTH_URL"));
  f->client = evd_client_new (auth, env_value (f, "EVENTDESK_API_URL"));
  evd_client_set_rate_limit (f->client, 0);
  f->event_id = find_event (f, "upcoming", PUBLISHED_EVENT);
  f->draft_id = find_event (f, "draft", DRAFT_EVENT);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  start_sandbox (f, GPOINTER_TO_UINT (data));
  f->state_dir = g_dir_make_tmp ("evd-cli-state-XXXXXX", &error);
  g_assert_no_error (error);
  f->work_dir = g_dir_make_tmp ("evd-cli-import-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_subprocess_send_signal (f->sandbox, SIGTERM);
  g_subprocess_wait (f->sandbox, NULL, NULL);
  g_clear_object (&f->sandbox);
  for (guint i = 0; i < G_N_ELEMENTS (f->env); i++)
    g_free (f->env[i]);
  remove_tree (f->state_dir);
  remove_tree (f->work_dir);
  g_free (f->state_dir);
  g_free (f->work_dir);
  g_clear_object (&f->client);
  g_free (f->event_id);
  g_free (f->draft_id);
}

static char *
write_attendees (Fixture    *f,
                 const char *prefix,
                 guint       n,
                 gboolean    with_problems)
{
  g_autofree char *name = g_strdup_printf ("%s.csv", prefix);
  char *path = g_build_filename (f->work_dir, name, NULL);
  GString *text = g_string_new ("Email,First Name,Last Name\r\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s.%04u@example.org,Person %u,Tester\r\n", prefix, i, i);
  if (with_problems)
    {
      g_string_append (text, "not an address,Broken,Row\r\n");
      g_string_append_printf (text, "%s.0000@EXAMPLE.org,Same,Person\r\n", prefix);
    }
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  g_string_free (text, TRUE);
  return path;
}

static GSubprocessLauncher *
cli_launcher (Fixture *f)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                             G_SUBPROCESS_FLAGS_STDERR_PIPE);

  for (guint i = 0; i < G_N_ELEMENTS (f->env); i++)
    {
      g_auto(GStrv) pair = g_strsplit (f->env[i], "=", 2);

      g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
    }
  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", f->state_dir, TRUE);
  return launcher;
}

static int
run_cli (Fixture             *f,
         char               **out,
         char               **err,
         const char * const  *args)
{
  g_autoptr(GSubprocessLauncher) launcher = cli_launcher (f);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (argv, build_path ("eventdesk-cli"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static JsonObject *
parse_counts (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
assert_counts (const char *text,
               gint64      created,
               gint64      already_registered,
               gint64      invalid,
               gint64      failed)
{
  g_autoptr(JsonObject) counts = parse_counts (text);

  g_assert_cmpint (json_object_get_int_member (counts, "created"), ==, created);
  g_assert_cmpint (json_object_get_int_member (counts, "already_registered"), ==, already_registered);
  g_assert_cmpint (json_object_get_int_member (counts, "invalid"), ==, invalid);
  g_assert_cmpint (json_object_get_int_member (counts, "failed"), ==, failed);
}

/* email → number of tickets, read through the API */
static GHashTable *
count_tickets (Fixture    *f,
               const char *event_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) tickets = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  evd_client_list_tickets_async (f->client, event_id, NULL, NULL, NULL, store_cb, &result);
  tickets = evd_client_list_tickets_finish (f->client, await (&result), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
      char *email = g_ascii_strdown (evd_ticket_get_email (ticket), -1);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, email));

      g_hash_table_replace (counts, email, GUINT_TO_POINTER (count + 1));
    }
  return counts;
}

static void
assert_exactly_once (Fixture    *f,
                     const char *prefix,
                     guint       n,
                     guint       expected_total)
{
  g_autoptr(GHashTable) counts = count_tickets (f, f->event_id);
  GHashTableIter iter;
  gpointer key, value;
  guint total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *email = g_strdup_printf ("%s.%04u@example.org", prefix, i);

      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, email)), ==, 1);
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    total += GPOINTER_TO_UINT (value);
  g_assert_cmpuint (total, ==, expected_total);
}

static guint
count_journals (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->state_dir, "eventdesk", "imports", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Journals hold names and emails: only their owner may read them. */
static void
assert_journals_private (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->state_dir, "eventdesk", "imports", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      GStatBuf st;

      g_assert_cmpint (g_stat (file, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
}

static void
test_import_and_again (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *csv = write_attendees (f, "cli", 120, TRUE);
  g_autoptr(GHashTable) before = count_tickets (f, f->event_id);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  guint n_before = g_hash_table_size (before);

  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, "--json", NULL }), ==, 0);
  assert_counts (out, 120, 0, 1, 0);
  g_assert_cmpstr (err, ==, "");
  assert_exactly_once (f, "cli", 120, n_before + 120);
  g_assert_cmpuint (count_journals (f), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The same file again creates nothing. */
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, "--json", NULL }), ==, 0);
  assert_counts (out, 0, 120, 1, 0);
  assert_exactly_once (f, "cli", 120, n_before + 120);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Without --json: a summary for people, no progress bar off a terminal */
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, NULL }), ==, 0);
  g_assert_nonnull (strstr (out, "120 already had a ticket"));
  g_assert_null (strchr (err, '\r'));
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *csv = write_attendees (f, "fail", 5, FALSE);
  g_autofree char *expected = g_strdup_printf ("eventdesk-cli publish %s", f->draft_id);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* A draft: one plain line, nothing sent */
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->draft_id, csv, "--json", NULL }), ==, 1);
  g_assert_nonnull (strstr (err, "not published yet"));
  g_assert_nonnull (strstr (err, expected));
  g_assert_null (strstr (err, "26501"));
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Rows Zoom refuses: exit 1, each row with its reason */
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv,
                                                               "--ticket-type", "nope", NULL }), ==, 1);
  g_assert_nonnull (strstr (out, "5 attendees could not be registered"));
  g_assert_nonnull (strstr (out, "Row 6, fail.0004@example.org: The chosen ticket type does not exist"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Usage errors */
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, NULL }), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", "--bogus", f->event_id, csv, NULL }), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv,
                                                               "--registration", "sometimes", NULL }), ==, 2);
}

/* Enough rows that at Pro's 30 requests a second the import takes about
 * three seconds, so the test's reads (300 ms each) see it half done. */
#define N_KILL 2700

static void
test_kill_and_resume (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *csv = write_attendees (f, "kill", N_KILL, FALSE);
  g_autoptr(GHashTable) before = count_tickets (f, f->event_id);
  g_autoptr(GSubprocessLauncher) launcher = cli_launcher (f);
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *cli = build_path ("eventdesk-cli");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  guint n_before = g_hash_table_size (before);
  guint seen = 0;

  process = g_subprocess_launcher_spawn (launcher, &error, cli, "import", f->event_id, csv, "--json", NULL);
  g_assert_no_error (error);

  /* Kill it as soon as some tickets exist: one page's count each time,
   * since reading every ticket would take longer than the import. */
  while (seen < 30)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(EvdTicketPage) page = NULL;

      evd_client_list_tickets_page_async (f->client, f->event_id, NULL, 1, NULL, NULL, NULL, store_cb, &result);
      page = evd_client_list_tickets_page_finish (f->client, await (&result), &error);
      g_assert_no_error (error);
      seen = (guint) evd_ticket_page_get_total_records (page) - n_before;
      g_assert_cmpuint (seen, <, N_KILL);
      g_usleep (20 * 1000);
    }
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpuint (count_journals (f), ==, 1);

  /* The same command again finishes the job. */
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, "--json", NULL }), ==, 0);
  g_assert_nonnull (strstr (err, "Resuming"));
  assert_counts (out, N_KILL, 0, 0, 0);
  assert_exactly_once (f, "kill", N_KILL, n_before + N_KILL);
  g_assert_cmpuint (count_journals (f), ==, 0);
}

/* One Latin-1 byte in a UTF-8 file: the good rows reach Zoom with their
 * names intact, in the same batches as the bad row, which is not sent. */
static void
test_stray_byte (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->work_dir, "stray.csv", NULL);
  g_autoptr(GString) text = g_string_new ("Email,First Name,Last Name\r\n");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) tickets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  guint n_found = 0;

  for (guint i = 0; i < 60; i++)
    {
      if (i == 30)
        g_string_append (text, "stray.bad@example.org,Fran\347ois,Tester\r\n");
      g_string_append_printf (text, "stray.%04u@example.org,Zo\303\253,M\303\274ller\r\n", i);
    }
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, path, "--json", NULL }), ==, 0);
  assert_counts (out, 60, 0, 1, 0);

  evd_client_list_tickets_async (f->client, f->event_id, NULL, NULL, NULL, store_cb, &result);
  tickets = evd_client_list_tickets_finish (f->client, await (&result), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);

      g_assert_cmpstr (evd_ticket_get_email (ticket), !=, "stray.bad@example.org");
      if (!g_str_has_prefix (evd_ticket_get_email (ticket), "stray."))
        continue;
      g_assert_cmpstr (evd_ticket_get_first_name (ticket), ==, "Zo\303\253");
      g_assert_cmpstr (evd_ticket_get_last_name (ticket), ==, "M\303\274ller");
      n_found++;
    }
  g_assert_cmpuint (n_found, ==, 60);
}

static GSubprocess *
spawn_cli (Fixture             *f,
           const char * const  *args)
{
  g_autoptr(GSubprocessLauncher) launcher = cli_launcher (f);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, build_path ("eventdesk-cli"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

/* Two eventdesk-cli imports of one file into one event at once, against a
 * sandbox that, like Zoom, would give a repeated email a second ticket:
 * one import registers everyone, the other refuses and says why (or, if it
 * starts after the first ended, finds everyone registered). */
static void
test_two_at_once (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *csv = write_attendees (f, "both", 150, FALSE);
  g_autoptr(GHashTable) before = count_tickets (f, f->event_id);
  const char *args[] = { "import", f->event_id, csv, "--json", NULL };
  g_autoptr(GSubprocess) first = spawn_cli (f, args);
  g_autoptr(GSubprocess) second = spawn_cli (f, args);
  g_autofree char *out[2] = { NULL, NULL };
  g_autofree char *err[2] = { NULL, NULL };
  g_autoptr(GError) error = NULL;
  GSubprocess *processes[2] = { first, second };
  guint n_ok = 0;

  for (guint i = 0; i < 2; i++)
    {
      g_subprocess_communicate_utf8 (processes[i], NULL, NULL, &out[i], &err[i], &error);
      g_assert_no_error (error);
      if (g_subprocess_get_exit_status (processes[i]) == 0)
        n_ok++;
      else
        {
          g_test_message ("import %u said: %s", i, err[i]);
          g_assert_cmpint (g_subprocess_get_exit_status (processes[i]), ==, 1);
          g_assert_nonnull (strstr (err[i], "Another import into this event is running (started "));
          g_assert_nonnull (strstr (err[i], "from the command line"));
        }
    }
  g_assert_cmpuint (n_ok, >=, 1);
  assert_exactly_once (f, "both", 150, g_hash_table_size (before) + 150);
}

/* A lock file left by a killed import holds nothing: the next one runs. */
static void
test_lock_after_kill (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *csv = write_attendees (f, "killed", 200, FALSE);
  g_autoptr(GHashTable) before = count_tickets (f, f->event_id);
  g_autoptr(GSubprocess) victim = spawn_cli (f, (const char *[]) { "import", f->event_id, csv, NULL });
  g_autofree char *lock = g_build_filename (f->state_dir, "eventdesk", "locks", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* Killed while it holds the lock: its file is there. */
  while (!g_file_test (lock, G_FILE_TEST_IS_DIR))
    g_usleep (10000);
  g_subprocess_force_exit (victim);
  g_subprocess_wait (victim, NULL, NULL);
  assert_journals_private (f);

  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, "--json", NULL }), ==, 0);
  assert_exactly_once (f, "killed", 200, g_hash_table_size (before) + 200);
}

static char *
create_behind_back (Fixture    *f,
                    const char *email)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("{\"tickets\":[{\"email\":\"%s\",\"first_name\":\"Other\"}]}", email);
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/tickets", f->event_id);
  JsonArray *tickets;

  body = json_from_string (text, &error);
  g_assert_no_error (error);
  evd_client_request_async (f->client, "POST", path, NULL, body, EVD_REQUEST_NONE, NULL, store_cb, &result);
  answer = evd_client_request_finish (f->client, await (&result), &error);
  g_assert_no_error (error);
  tickets = json_object_get_array_member (json_node_get_object (answer), "tickets");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
  return g_strdup (json_object_get_string_member (json_array_get_object_element (tickets, 0), "ticket_id"));
}

/* Extra tickets made by someone else (another app, a person in Zoom) are
 * found by the check after the import, listed with a failing exit, and
 * removed with --fix-duplicates: everyone then has exactly one. */
static void
test_extra_tickets (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *csv = write_attendees (f, "extra", 40, FALSE);
  g_autoptr(GHashTable) before = count_tickets (f, f->event_id);
  g_autoptr(JsonObject) counts = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *first_extra = NULL;
  g_autofree char *second_extra = NULL;
  JsonArray *extras;

  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, "--json", NULL }), ==, 0);
  counts = parse_counts (out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (counts, "extra_tickets")), ==, 0);
  g_clear_pointer (&counts, json_object_unref);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  first_extra = create_behind_back (f, "extra.0003@example.org");
  second_extra = create_behind_back (f, "EXTRA.0007@example.org");

  /* Listed, with a failing exit, and nothing removed. */
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, NULL }), ==, 1);
  g_assert_nonnull (strstr (out, "2 extra tickets"));
  g_assert_nonnull (strstr (out, "extra.0003@example.org"));
  g_assert_nonnull (strstr (out, "--fix-duplicates"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, "--json", NULL }), ==, 1);
  counts = parse_counts (out);
  extras = json_object_get_array_member (counts, "extra_tickets");
  g_assert_cmpuint (json_array_get_length (extras), ==, 2);
  g_clear_pointer (&counts, json_object_unref);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Removed: the ones Event Desk made are kept, the others go. */
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "import", f->event_id, csv, "--fix-duplicates",
                                                            "--json", NULL }), ==, 0);
  counts = parse_counts (out);
  g_assert_cmpint (json_object_get_int_member (counts, "extra_tickets_removed"), ==, 2);
  extras = json_object_get_array_member (counts, "extra_tickets");
  for (guint i = 0; i < json_array_get_length (extras); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (extras, i), "ticket_id");

      g_assert_true (g_str_equal (id, first_extra) || g_str_equal (id, second_extra));
    }
  assert_exactly_once (f, "extra", 40, g_hash_table_size (before) + 40);
}

/* Where data goes: journals and exports are the person's alone, an import
 * stopped more than 30 days ago is removed after a line says so, and debug
 * output never mixes into --json. */
static void
test_where_data_goes (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *csv = write_attendees (f, "private", 5, FALSE);
  g_autofree char *imports = g_build_filename (f->state_dir, "eventdesk", "imports", NULL);
  g_autofree char *old = g_build_filename (imports, "old-import.jsonl", NULL);
  g_autofree char *recent = g_build_filename (imports, "recent-import.jsonl", NULL);
  g_autofree char *export = g_build_filename (f->work_dir, "export.csv", NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(JsonObject) counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  struct utimbuf long_ago;
  GStatBuf st;

  g_assert_cmpint (g_mkdir_with_parents (imports, 0700), ==, 0);
  g_file_set_contents (old, "{\"version\":1}\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (recent, "{\"version\":1}\n", -1, &error);
  g_assert_no_error (error);
  long_ago.actime = long_ago.modtime = time (NULL) - 31 * 24 * 3600;
  g_assert_cmpint (g_utime (old, &long_ago), ==, 0);

  /* With every debug message on: stdout is still one JSON object. */
  launcher = cli_launcher (f);
  g_subprocess_launcher_setenv (launcher, "G_MESSAGES_DEBUG", "all", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, build_path ("eventdesk-cli"), "import", f->event_id, csv,
                                         "--json", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  counts = parse_counts (out);
  g_assert_cmpint (json_object_get_int_member (counts, "created"), ==, 5);

  g_assert_nonnull (strstr (err, "Removing 1 unfinished import that stopped more than 30 days ago"));
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (recent, G_FILE_TEST_EXISTS));

  /* An export of attendees, with their join links, is not for others. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, (const char *[]) { "tickets", f->event_id, "--csv", export, NULL }), ==, 0);
  g_assert_cmpint (g_stat (export, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-import/import-and-again", Fixture, GUINT_TO_POINTER (0),
              fixture_setup, test_import_and_again, fixture_teardown);
  g_test_add ("/cli-import/stray-byte", Fixture, GUINT_TO_POINTER (0),
              fixture_setup, test_stray_byte, fixture_teardown);
  g_test_add ("/cli-import/two-at-once", Fixture, GUINT_TO_POINTER (20),
              fixture_setup, test_two_at_once, fixture_teardown);
  g_test_add ("/cli-import/lock-after-kill", Fixture, GUINT_TO_POINTER (50),
              fixture_setup, test_lock_after_kill, fixture_teardown);
  g_test_add ("/cli-import/extra-tickets", Fixture, GUINT_TO_POINTER (0),
              fixture_setup, test_extra_tickets, fixture_teardown);
  g_test_add ("/cli-import/where-data-goes", Fixture, GUINT_TO_POINTER (0),
              fixture_setup, test_where_data_goes, fixture_teardown);
  g_test_add ("/cli-import/failures", Fixture, GUINT_TO_POINTER (0),
              fixture_setup, test_failures, fixture_teardown);
  g_test_add ("/cli-import/kill-and-resume", Fixture, GUINT_TO_POINTER (300),
              fixture_setup, test_kill_and_resume, fixture_teardown);

  return g_test_run ();
}
