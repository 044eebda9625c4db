/* test-cli-common.c: running eventdesk-cli against eventdesk-sandbox, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#ifdef __linux__
# include <sys/prctl.h>
#endif

#include "test-cli-common.h"

static const char * const export_names[] = {
  "EVENTDESK_API_URL", "EVENTDESK_OAUTH_URL",
  "EVENTDESK_ACCOUNT_ID", "EVENTDESK_CLIENT_ID", "EVENTDESK_CLIENT_SECRET",
};

static GSubprocess *sandbox;
static GHashTable  *sandbox_env;  /* name → value, from the export lines */
static char        *tmp_dir;

void
cli_run_free (CliRun *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

char *
build_path (const char *relative)
{
  const char *root = g_getenv ("EVD_BUILD_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

/* --- The sandbox -------------------------------------------------------- */

static char *
unquote (const char *value)
{
  gsize len = strlen (value);

  if (len >= 2 && (value[0] == '\'' || value[0] == '"') && value[len - 1] == value[0])
    return g_strndup (value + 1, len - 2);
  return g_strdup (value);
}

/* A failed assertion aborts this process; the sandbox must not outlive it
 * and keep meson waiting on its pipes. */
static void
die_with_parent (gpointer user_data)
{
#ifdef __linux__
  prctl (PR_SET_PDEATHSIG, SIGTERM);
#endif
}

static void
start_sandbox (const char * const *extra_args)
{
  g_autofree char *program = build_path ("src/cli/eventdesk-sandbox");
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, program);
  g_ptr_array_add (argv, (char *) "--port");
  g_ptr_array_add (argv, (char *) "0");
  for (guint i = 0; extra_args != NULL && extra_args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) extra_args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  sandbox = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  sandbox_env = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (sandbox));
  while (g_hash_table_size (sandbox_env) < G_N_ELEMENTS (export_names))
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
      const char *assignment;
      const char *equals;

      g_assert_no_error (error);
      g_assert_nonnull (line);  /* the sandbox stopped before printing them all */
      if (!g_str_has_prefix (line, "export "))
        continue;
      assignment = line + strlen ("export ");
      equals = strchr (assignment, '=');
      g_assert_nonnull (equals);
      g_hash_table_insert (sandbox_env, g_strndup (assignment, equals - assignment), unquote (equals + 1));
    }

  for (guint i = 0; i < G_N_ELEMENTS (export_names); i++)
    g_assert_true (g_hash_table_contains (sandbox_env, export_names[i]));
}

static void
stop_sandbox (void)
{
  g_subprocess_send_signal (sandbox, SIGTERM);
  g_subprocess_wait (sandbox, NULL, NULL);
  g_clear_object (&sandbox);
  g_clear_pointer (&sandbox_env, g_hash_table_unref);
}

/* --- Running the CLI ---------------------------------------------------- */

static char *
bytes_to_string (GBytes *bytes)
{
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    return g_strdup ("");
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* @env: NULL-terminated name, value pairs over the sandbox's exports; a
 * NULL value removes the variable. */
CliRun *
run_cli_full (const char * const *env,
              const char         *input,
              const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) stdin_bytes = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  CliRun *run = g_new0 (CliRun, 1);
  GHashTableIter iter;
  gpointer name, value;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, tmp_dir);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_hash_table_iter_init (&iter, sandbox_env);
  while (g_hash_table_iter_next (&iter, &name, &value))
    g_subprocess_launcher_setenv (launcher, name, value, TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    {
      if (env[i + 1] != NULL)
        g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);
      else
        g_subprocess_launcher_unsetenv (launcher, env[i]);
    }

  g_ptr_array_add (argv, build_path ("src/cli/eventdesk-cli"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  stdin_bytes = g_bytes_new (input != NULL ? input : "", input != NULL ? strlen (input) : 0);
  g_subprocess_communicate (process, stdin_bytes, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  run->status = g_subprocess_get_exit_status (process);
  run->out = bytes_to_string (out);
  run->out_len = out != NULL ? g_bytes_get_size (out) : 0;
  run->err = bytes_to_string (err);
  g_test_message ("eventdesk-cli %s → %d\nstdout: %s\nstderr: %s",
                  args[0] != NULL ? args[0] : "", run->status, run->out, run->err);
  return run;
}

void
assert_success (CliRun *run)
{
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpint (run->status, ==, 0);
}

/* Exit 1, nothing on stdout, and exactly one plain line on stderr. */
void
assert_failure_line (CliRun     *run,
                     const char *expected_part)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "eventdesk-cli: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (expected_part != NULL)
    g_assert_nonnull (strstr (run->err, expected_part));
}

void
assert_usage_error (CliRun     *run,
                    const char *command)
{
  g_autofree char *usage = g_strdup_printf ("eventdesk-cli %s", command);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "Usage:"));
  g_assert_nonnull (strstr (run->err, usage));
}

JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

JsonArray *
parse_json_array (const char *text)
{
  g_autoptr(JsonNode) node = parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_array_ref (json_node_get_array (node));
}

JsonObject *
parse_json_object (const char *text)
{
  g_autoptr(JsonNode) node = parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

JsonObject *
find_by_member (JsonArray  *array,
                const char *member,
                const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, member, NULL), value) == 0)
        return object;
    }
  return NULL;
}

char *
marketing_hub_id (void)
{
  g_autoptr(CliRun) run = run_cli ("hubs", "--json");
  g_autoptr(JsonArray) hubs = NULL;
  JsonObject *hub;

  assert_success (run);
  hubs = parse_json_array (run->out);
  hub = find_by_member (hubs, "name", "Marketing Events Hub");
  g_assert_nonnull (hub);
  return g_strdup (json_object_get_string_member (hub, "hub_id"));
}

/* The body of step 3.2 of the tutorial, thirty days from now. Zoom requires
 * a description, which the tutorial leaves out. */
char *
phoenix_body (const char *hub_id,
              const char *attendance_type)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 30);
  g_autoptr(GDateTime) start = g_date_time_new_utc (g_date_time_get_year (day), g_date_time_get_month (day),
                                                    g_date_time_get_day_of_month (day), 18, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 90);
  g_autofree char *start_text = g_date_time_format (start, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *end_text = g_date_time_format (end, "%Y-%m-%dT%H:%M:%SZ");

  return g_strdup_printf ("{\n"
                          "  \"hub_id\": \"%s\",\n"
                          "  \"name\": \"Introducing Project Phoenix\",\n"
                          "  \"description\": \"TechCorp's product launch webinar.\",\n"
                          "  \"timezone\": \"America/Los_Angeles\",\n"
                          "  \"event_type\": \"SIMPLE_EVENT\",\n"
                          "  \"access_level\": \"PRIVATE_UNRESTRICTED\",\n"
                          "  \"meeting_type\": \"WEBINAR\",\n"
                          "  \"attendance_type\": \"%s\",\n"
                          "  \"calendar\": [\n"
                          "    { \"start_time\": \"%s\", \"end_time\": \"%s\" }\n"
                          "  ],\n"
                          "  \"tagline\": \"The future of product analytics starts here\"\n"
                          "}\n",
                          hub_id, attendance_type, start_text, end_text);
}

char *
write_temp_file (const char *name,
                 const char *contents)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

guint
count_events (const char *hub_id)
{
  g_autoptr(CliRun) run = run_cli ("events", hub_id, "--json");
  g_autoptr(JsonArray) events = NULL;

  assert_success (run);
  events = parse_json_array (run->out);
  return json_array_get_length (events);
}

char *
create_phoenix (const char *hub_id)
{
  g_autofree char *body = phoenix_body (hub_id, "virtual");
  g_autofree char *path = write_temp_file ("phoenix.json", body);
  g_autoptr(CliRun) run = run_cli ("create-event", path);
  g_autoptr(GRegex) id_line = g_regex_new ("^[A-Za-z0-9_-]+\n$", 0, 0, NULL);

  assert_success (run);
  /* Nothing but the id, so `id=$(eventdesk-cli create-event …)` works */
  g_assert_true (g_regex_match (id_line, run->out, 0, NULL));
  return g_strndup (run->out, strlen (run->out) - 1);
}

const char *
cli_sandbox_env (const char *name)
{
  return g_hash_table_lookup (sandbox_env, name);
}

const char *
cli_tmp_dir (void)
{
  return tmp_dir;
}

/* Starts the sandbox for the whole program; the tests share its state. */
void
cli_test_init (int    *argc,
               char ***argv)
{
  cli_test_init_full (argc, argv, NULL, NULL);
}

/* @prepare runs in the temporary folder before the sandbox starts (to
 * write a state file, say); @sandbox_args are added to its command line. */
void
cli_test_init_full (int                 *argc,
                    char              ***argv,
                    void               (*prepare) (const char *tmp_dir),
                    const char * const  *sandbox_args)
{
  g_autoptr(GError) error = NULL;

  g_test_init (argc, argv, NULL);
  tmp_dir = g_dir_make_tmp ("eventdesk-cli-XXXXXX", &error);
  g_assert_no_error (error);
  if (prepare != NULL)
    prepare (tmp_dir);
  start_sandbox (sandbox_args);
}

/* The same, with the sandbox's data read from @state (a state file's
 * contents, as evd_sandbox_server_dump_state() gives it). */
void
cli_test_init_with_state (int         *argc,
                          char      ***argv,
                          const char  *state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_test_init (argc, argv, NULL);
  tmp_dir = g_dir_make_tmp ("eventdesk-cli-XXXXXX", &error);
  g_assert_no_error (error);
  path = write_temp_file ("state.json", state);
  start_sandbox ((const char * const []) { "--state-file", path, NULL });
}

int
cli_test_run (void)
{
  int status = g_test_run ();
  g_autoptr(GDir) dir = NULL;
  const char *name;

  stop_sandbox ();

  /* Only the files the tests wrote are in it. */
  dir = g_dir_open (tmp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  return status;
}
