/* test-cli-output.c: eventdesk-cli's tables and JSON, without a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "../src/cli/evd-cli-output.h"

static void
test_display_width (void)
{
  g_assert_cmpuint (evd_cli_display_width (""), ==, 0);
  g_assert_cmpuint (evd_cli_display_width ("Phoenix"), ==, 7);
  /* é as one code point, and as e + a combining accent */
  g_assert_cmpuint (evd_cli_display_width ("caf\u00e9"), ==, 4);
  g_assert_cmpuint (evd_cli_display_width ("cafe\u0301"), ==, 4);
  /* CJK takes two cells each */
  g_assert_cmpuint (evd_cli_display_width ("\u6771\u4eac"), ==, 4);
}

/* Where the second column starts on each line, in display cells. */
static gsize
second_column_cell (const char *line,
                    const char *second_cell)
{
  const char *found = strstr (line, second_cell);
  g_autofree char *before = NULL;

  g_assert_nonnull (found);
  before = g_strndup (line, found - line);
  return evd_cli_display_width (before);
}

static void
test_table_alignment_wide (void)
{
  g_autoptr(EvdCliTable) table = evd_cli_table_new (3, "Name", "Status", "ID");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  evd_cli_table_add_row (table, "\u6771\u4eac\u30ab\u30f3\u30d5\u30a1", "Draft", "id-1");
  evd_cli_table_add_row (table, "Caf\u00e9 Launch", "Upcoming", "id-2");
  evd_cli_table_add_row (table, "A", "Past", "id-3");
  g_assert_cmpuint (evd_cli_table_get_n_rows (table), ==, 3);

  text = evd_cli_table_format (table);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);  /* heading, 3 rows, "" after the last \n */
  g_assert_cmpstr (lines[4], ==, "");

  /* "東京カンファ" is 12 cells wide, the widest in its column: every second
   * column starts at 12 + the gap of 2, in display cells, not bytes. */
  g_assert_cmpuint (second_column_cell (lines[0], "Status"), ==, 14);
  g_assert_cmpuint (second_column_cell (lines[1], "Draft"), ==, 14);
  g_assert_cmpuint (second_column_cell (lines[2], "Upcoming"), ==, 14);
  g_assert_cmpuint (second_column_cell (lines[3], "Past"), ==, 14);

  /* The third column lines up too, after "Upcoming" (8) + 2 */
  g_assert_cmpuint (second_column_cell (lines[0], "ID"), ==, 24);
  g_assert_cmpuint (second_column_cell (lines[1], "id-1"), ==, 24);
  g_assert_cmpuint (second_column_cell (lines[3], "id-3"), ==, 24);

  for (guint i = 0; i < 4; i++)
    g_assert_false (g_str_has_suffix (lines[i], " "));
}

static void
test_table_cells_stay_on_one_line (void)
{
  g_autoptr(EvdCliTable) table = evd_cli_table_new (2, "Name", "ID");
  g_autofree char *text = NULL;

  evd_cli_table_add_row (table, "Two\nlines\twith tab\x1b[31m", NULL);
  evd_cli_table_add_row (table, "Bad \xff UTF-8", "x");
  text = evd_cli_table_format (table);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strchr (text, '\t'));
  g_assert_null (strchr (text, '\x1b'));
  g_assert_cmpstr (text, ==,
                   "Name                     ID\n"
                   "Two lines with tab [31m\n"
                   "Bad \xef\xbf\xbd UTF-8              x\n");
}

static void
test_fields (void)
{
  g_autoptr(EvdCliFields) fields = evd_cli_fields_new ();
  g_autofree char *text = NULL;

  evd_cli_fields_add (fields, "Name", "Introducing Project Phoenix");
  evd_cli_fields_add (fields, "Location", NULL);
  evd_cli_fields_add (fields, "Status", "Draft");
  text = evd_cli_fields_format (fields);
  g_assert_cmpstr (text, ==,
                   "Name:   Introducing Project Phoenix\n"
                   "Status: Draft\n");
}

static JsonNode *
node_getter (gpointer item)
{
  return g_object_get_data (item, "json");
}

static void
test_json_array_from_list (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(JsonNode) array = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);
      g_autofree char *data = g_strdup_printf ("{\"hub_id\": \"h%u\", \"name\": \"Hub \\u00e9 %u\"}", i, i);

      g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
      g_object_set_data_full (item, "json", json_node_copy (json_parser_get_root (parser)),
                              (GDestroyNotify) json_node_unref);
      g_list_store_append (store, item);
    }

  array = evd_cli_json_array_from_list (G_LIST_MODEL (store), node_getter);
  text = evd_cli_json_format (array);
  g_assert_true (g_str_has_suffix (text, "}\n]\n"));
  g_assert_nonnull (strstr (text, "\n  {\n    \"hub_id\" : \"h0\""));

  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 2);
  g_assert_true (json_node_equal (array, json_parser_get_root (parser)));
}

static void
test_json_empty_list (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(JsonNode) array = evd_cli_json_array_from_list (G_LIST_MODEL (store), node_getter);
  g_autofree char *text = evd_cli_json_format (array);

  g_assert_cmpstr (text, ==, "[]\n");
}

static void
test_local_time (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (2030, 12, 15, 18, 0, 0);
  g_autofree char *text = NULL;

  g_assert_null (evd_cli_format_local_time (NULL));

  /* The test runs under TZ=UTC (set in main), so local is UTC. */
  text = evd_cli_format_local_time (time);
  g_assert_cmpstr (text, ==, "2030-12-15 18:00 UTC");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/output/display-width", test_display_width);
  g_test_add_func ("/cli/output/table-alignment-wide", test_table_alignment_wide);
  g_test_add_func ("/cli/output/table-one-line", test_table_cells_stay_on_one_line);
  g_test_add_func ("/cli/output/fields", test_fields);
  g_test_add_func ("/cli/output/json-array", test_json_array_from_list);
  g_test_add_func ("/cli/output/json-empty", test_json_empty_list);
  g_test_add_func ("/cli/output/local-time", test_local_time);

  return g_test_run ();
}
