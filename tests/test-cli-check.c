/* test-cli-check.c: `eventdesk-cli check` on generated files: JSON, exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

static char *tmp_dir;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
cli_path (void)
{
  const char *root = g_getenv ("EVD_BUILD_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "src", "cli", "eventdesk-cli", NULL);
}

static void
run_cli (Run        *run,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  va_list ap;
  int wait_status = 0;

  g_ptr_array_add (args, cli_path ());
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (arg));
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
write_file (const char *name,
            const char *data,
            gssize      length)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static JsonObject *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
assert_counts (JsonObject *object,
               const char *encoding,
               const char *delimiter,
               gint64      rows,
               gint64      valid,
               gint64      invalid,
               gint64      duplicates)
{
  g_assert_cmpstr (json_object_get_string_member (object, "encoding"), ==, encoding);
  g_assert_cmpstr (json_object_get_string_member (object, "delimiter"), ==, delimiter);
  g_assert_cmpint (json_object_get_int_member (object, "rows"), ==, rows);
  g_assert_cmpint (json_object_get_int_member (object, "valid"), ==, valid);
  g_assert_cmpint (json_object_get_int_member (object, "invalid"), ==, invalid);
  g_assert_cmpint (json_object_get_int_member (object, "duplicates"), ==, duplicates);
}

static void
test_json_utf8 (void)
{
  g_autofree char *path = write_file ("utf8.csv",
                                      "\357\273\277First Name,Last Name,Email\r\n"
                                      "Ann,Lee,ann@example.com\r\n"
                                      "Bob,Ray,bob@example\r\n"
                                      "Cy,Day,not an email\r\n"
                                      "Ann,Again,ANN@example.com\r\n"
                                      "Dee,,\r\n", -1);
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) object = NULL;

  run_cli (&run, "check", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  object = parse_json (run.out);
  /* bob@example is valid by the WHATWG rule */
  assert_counts (object, "utf-8-bom", ",", 5, 2, 2, 1);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "problems"),
                                               "email_missing"), ==, 1);
}

static void
test_json_utf16_tabs (void)
{
  gsize length = 0;
  g_autofree char *utf16 = g_convert ("E-Mail\tVorname\tNachname\r\n"
                                      "jürgen@example.de\tJürgen\tMüller\r\n"
                                      "anna@example.de\tAnna\tSchmidt\r\n"
                                      "ANNA@EXAMPLE.DE\tAnna\tDoppelt\r\n",
                                      -1, "UTF-16LE", "UTF-8", NULL, &length, NULL);
  g_autofree char *data = g_malloc (length + 2);
  g_autofree char *path = NULL;
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) object = NULL;

  memcpy (data, "\377\376", 2);
  memcpy (data + 2, utf16, length);
  path = write_file ("unicode.txt", data, length + 2);

  run_cli (&run, "check", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  object = parse_json (run.out);
  /* jürgen@… has a non-ASCII local part: invalid by the WHATWG rule */
  assert_counts (object, "utf-16le", "\t", 3, 1, 1, 1);
}

static void
test_json_windows_1252_and_overrides (void)
{
  static const char data[] = "Email;Name;Ville\r\n"
                             "rene@example.fr;Ren\351;Orl\351ans\r\n"
                             "zoe@example.fr;Zo\353;Paris\r\n";
  g_autofree char *path = write_file ("latin.csv", data, sizeof data - 1);
  g_auto(Run) run = { 0 };
  g_auto(Run) forced = { 0 };
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonObject) forced_object = NULL;

  run_cli (&run, "check", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  object = parse_json (run.out);
  assert_counts (object, "windows-1252", ";", 2, 2, 0, 0);

  /* With a comma forced, the header is one column holding no email */
  run_cli (&forced, "check", "--json", "--delimiter", "comma", path, NULL);
  g_assert_cmpint (forced.status, ==, 1);
  g_assert_nonnull (strstr (forced.err, "email"));

  run_clear (&forced);
  run_cli (&forced, "check", "--json", "--encoding", "utf-8", "--delimiter", ";", path, NULL);
  g_assert_cmpint (forced.status, ==, 0);
  forced_object = parse_json (forced.out);
  /* Read as UTF-8, the accented letters are not text: neither row is sent
   * with a garbled name. */
  assert_counts (forced_object, "utf-8", ";", 2, 0, 2, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (forced_object, "invalid_text_rows")), ==, 2);
}

static void
assert_rows (JsonObject  *object,
             const char  *member,
             const guint *rows,
             guint        n_rows)
{
  JsonArray *array = json_object_get_array_member (object, member);

  g_assert_nonnull (array);
  g_assert_cmpuint (json_array_get_length (array), ==, n_rows);
  for (guint i = 0; i < n_rows; i++)
    g_assert_cmpint (json_array_get_int_element (array, i), ==, rows[i]);
}

/* A UTF-8 file with one Latin-1 byte on row 400: it stays UTF-8, every other
 * name reads right, and row 400 is the one problem, named with its row. */
static void
test_one_stray_byte (void)
{
  g_autoptr(GString) data = g_string_new ("email,first_name,last_name\n");
  g_autofree char *path = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) summary = { 0 };
  g_autoptr(JsonObject) object = NULL;
  const guint bad[] = { 400 };

  for (guint row = 2; row <= 600; row++)
    {
      if (row == 400)
        g_string_append (data, "francois@example.com,Fran\347ois,M\374ller\n");
      else
        g_string_append_printf (data, "p%u@example.com,Zo\303\253,M\303\274ller\n", row);
    }
  path = write_file ("stray.csv", data->str, data->len);

  run_cli (&run, "check", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  object = parse_json (run.out);
  assert_counts (object, "utf-8", ",", 599, 598, 1, 0);
  assert_rows (object, "invalid_text_rows", bad, 1);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "problems"), "invalid_text"), ==, 1);

  run_cli (&summary, "check", path, NULL);
  g_assert_cmpint (summary.status, ==, 0);
  g_assert_nonnull (strstr (summary.out, "Row 400 has a character that is not valid text; the “first_name” reads “Fran?ois”."));
  g_assert_null (strstr (summary.out, "Ã"));
}

/* A UTF-8 byte-order mark before Latin-1 names: the names decide, and they
 * are Windows-1252; the mark is not part of the first column's name. */
static void
test_lying_bom (void)
{
  static const char data[] = "\357\273\277email,first_name\n"
                             "francois@example.com,Fran\347ois\n"
                             "zoe@example.com,Zo\353\n";
  g_autofree char *path = write_file ("bom.csv", data, sizeof data - 1);
  g_auto(Run) run = { 0 };
  g_auto(Run) summary = { 0 };
  g_autoptr(JsonObject) object = NULL;

  run_cli (&run, "check", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  object = parse_json (run.out);
  assert_counts (object, "windows-1252", ",", 2, 2, 0, 0);
  assert_rows (object, "invalid_text_rows", NULL, 0);
}

/* `check -` reads the list from standard input; an empty name is said. */
static void
test_stdin_and_empty_path (void)
{
  g_autofree char *cli = cli_path ();
  const char *argv[] = { cli, "check", "--json", "-", NULL };
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_auto(Run) empty = { 0 };

  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, "Email,Name\nann@example.com,Ann\nbo@example.com,Bo\n",
                                 NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  object = parse_json (out);
  assert_counts (object, "utf-8", ",", 2, 2, 0, 0);

  run_cli (&empty, "check", "", NULL);
  g_assert_cmpint (empty.status, ==, 1);
  g_assert_nonnull (strstr (empty.err, "The file name is empty"));
  g_assert_cmpstr (empty.out, ==, "");
}

static void
test_header_only (void)
{
  g_autofree char *path = write_file ("header.csv", "Email,First Name\n", -1);
  g_auto(Run) run = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonObject) object = NULL;

  run_cli (&run, "check", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  object = parse_json (run.out);
  assert_counts (object, "utf-8", ",", 0, 0, 0, 0);

  run_cli (&text, "check", path, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "column names but no attendees"));
}

static void
test_readable_summary (void)
{
  GString *data = g_string_new ("Email\n");
  g_autofree char *path = NULL;
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < 15; i++)
    g_string_append_printf (data, "broken%u\n", i);
  path = write_file ("many.csv", data->str, data->len);
  g_string_free (data, TRUE);

  run_cli (&run, "check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Not a valid email address (15 rows)"));
  g_assert_nonnull (strstr (run.out, "Rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 5 more"));
}

static void
test_exit_codes (void)
{
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.csv", NULL);
  g_autofree char *broken = write_file ("broken.csv", "email,name\na@example.com,\"Ann\n", -1);
  g_autofree char *binary = write_file ("binary.csv", "PK\003\004\000\000junk", 10);
  g_auto(Run) run_missing = { 0 };
  g_auto(Run) run_broken = { 0 };
  g_auto(Run) run_binary = { 0 };
  g_auto(Run) run_none = { 0 };
  g_auto(Run) run_bad_option = { 0 };
  g_auto(Run) run_help = { 0 };

  run_cli (&run_missing, "check", missing, "--json", NULL);
  g_assert_cmpint (run_missing.status, ==, 1);
  g_assert_cmpstr (run_missing.out, ==, "");
  /* One line, plain */
  g_assert_true (g_str_has_suffix (run_missing.err, "\n"));
  g_assert_true (strchr (run_missing.err, '\n') == run_missing.err + strlen (run_missing.err) - 1);

  run_cli (&run_broken, "check", broken, NULL);
  g_assert_cmpint (run_broken.status, ==, 1);
  g_assert_nonnull (strstr (run_broken.err, "Row 2"));

  run_cli (&run_binary, "check", binary, NULL);
  g_assert_cmpint (run_binary.status, ==, 1);

  run_cli (&run_none, "check", NULL);
  g_assert_cmpint (run_none.status, ==, 2);

  run_cli (&run_bad_option, "check", "--encoding", "ebcdic", broken, NULL);
  g_assert_cmpint (run_bad_option.status, ==, 2);

  run_cli (&run_help, "check", "--help", NULL);
  g_assert_cmpint (run_help.status, ==, 0);
  g_assert_nonnull (strstr (run_help.out, "Exit status"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("evd-cli-check-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli-check/json-utf8", test_json_utf8);
  g_test_add_func ("/cli-check/json-utf16-tabs", test_json_utf16_tabs);
  g_test_add_func ("/cli-check/json-windows-1252-and-overrides", test_json_windows_1252_and_overrides);
  g_test_add_func ("/cli-check/header-only", test_header_only);
  g_test_add_func ("/cli-check/one-stray-byte", test_one_stray_byte);
  g_test_add_func ("/cli-check/lying-bom", test_lying_bom);
  g_test_add_func ("/cli-check/stdin-and-empty-path", test_stdin_and_empty_path);
  g_test_add_func ("/cli-check/readable-summary", test_readable_summary);
  g_test_add_func ("/cli-check/exit-codes", test_exit_codes);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
        g_remove (path);
      }
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  return status;
}
