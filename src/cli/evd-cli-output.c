/* evd-cli-output.c: tables for people, JSON for scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli-output"

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "evd-cli-output.h"

#define COLUMN_GAP 2

struct _EvdCliTable
{
  guint      n_columns;
  GPtrArray *rows;  /* of char** with n_columns cells; the first is the heading */
};

struct _EvdCliFields
{
  GPtrArray *labels;
  GPtrArray *values;
};

/* A cell is one line: a description with line breaks or tabs from Zoom
 * would otherwise break the columns, and control characters could move
 * the terminal's cursor. */
char *
evd_cli_sanitize_cell (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gsize
evd_cli_display_width (const char *text)
{
  gsize width = 0;

  g_return_val_if_fail (text != NULL, 0);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

static char **
collect_cells (guint    n_columns,
               va_list  args)
{
  char **cells = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    cells[i] = evd_cli_sanitize_cell (va_arg (args, const char *));
  return cells;
}

/**
 * evd_cli_table_new:
 * @n_columns: how many columns
 * @...: one heading per column
 */
EvdCliTable *
evd_cli_table_new (guint n_columns,
                   ...)
{
  EvdCliTable *self;
  va_list args;

  g_return_val_if_fail (n_columns > 0, NULL);

  self = g_new0 (EvdCliTable, 1);
  self->n_columns = n_columns;
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  va_start (args, n_columns);
  g_ptr_array_add (self->rows, collect_cells (n_columns, args));
  va_end (args);
  return self;
}

void
evd_cli_table_free (EvdCliTable *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->rows);
  g_free (self);
}

/**
 * evd_cli_table_add_row:
 * @...: one string per column; %NULL shows as an empty cell
 */
void
evd_cli_table_add_row (EvdCliTable *self,
                       ...)
{
  va_list args;

  g_return_if_fail (self != NULL);

  va_start (args, self);
  g_ptr_array_add (self->rows, collect_cells (self->n_columns, args));
  va_end (args);
}

void
evd_cli_table_add_rowv (EvdCliTable        *self,
                        const char * const *cells)
{
  char **row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    row[i] = evd_cli_sanitize_cell (cells[i]);
  g_ptr_array_add (self->rows, row);
}

guint
evd_cli_table_get_n_rows (EvdCliTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len - 1;
}

static void
append_padded (GString    *out,
               const char *cell,
               gsize       width)
{
  gsize cell_width = evd_cli_display_width (cell);

  g_string_append (out, cell);
  for (gsize i = cell_width; i < width; i++)
    g_string_append_c (out, ' ');
}

/**
 * evd_cli_table_measure:
 * @widths: (array): one width per column, raised to fit this table's cells
 *
 * With evd_cli_table_format_rows(), a long list is printed in parts that
 * line up, without holding every row at once.
 */
void
evd_cli_table_measure (EvdCliTable *self,
                       gsize       *widths)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (widths != NULL);

  for (guint r = 0; r < self->rows->len; r++)
    {
      char **row = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < self->n_columns; c++)
        widths[c] = MAX (widths[c], evd_cli_display_width (row[c]));
    }
}

/* The last column is not padded, so no line ends in spaces. */
char *
evd_cli_table_format_rows (EvdCliTable *self,
                           const gsize *widths,
                           gboolean     with_heading)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (widths != NULL, NULL);

  out = g_string_new (NULL);
  for (guint r = with_heading ? 0 : 1; r < self->rows->len; r++)
    {
      char **row = g_ptr_array_index (self->rows, r);
      guint last = self->n_columns - 1;

      /* Trailing empty cells would leave padding at the end of the line. */
      while (last > 0 && row[last][0] == '\0')
        last--;

      for (guint c = 0; c <= last; c++)
        {
          if (c == last)
            g_string_append (out, row[c]);
          else
            append_padded (out, row[c], widths[c] + COLUMN_GAP);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

char *
evd_cli_table_format (EvdCliTable *self)
{
  g_autofree gsize *widths = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  widths = g_new0 (gsize, self->n_columns);
  evd_cli_table_measure (self, widths);
  return evd_cli_table_format_rows (self, widths, TRUE);
}

EvdCliFields *
evd_cli_fields_new (void)
{
  EvdCliFields *self = g_new0 (EvdCliFields, 1);

  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->values = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
evd_cli_fields_free (EvdCliFields *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->values);
  g_free (self);
}

/* A field without a value is left out rather than shown empty. */
void
evd_cli_fields_add (EvdCliFields *self,
                    const char   *label,
                    const char   *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  if (value == NULL || *value == '\0')
    return;
  g_ptr_array_add (self->labels, g_strdup_printf ("%s:", label));
  g_ptr_array_add (self->values, evd_cli_sanitize_cell (value));
}

char *
evd_cli_fields_format (EvdCliFields *self)
{
  gsize width = 0;
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->labels->len; i++)
    width = MAX (width, evd_cli_display_width (g_ptr_array_index (self->labels, i)));

  out = g_string_new (NULL);
  for (guint i = 0; i < self->labels->len; i++)
    {
      append_padded (out, g_ptr_array_index (self->labels, i), width + 1);
      g_string_append (out, g_ptr_array_index (self->values, i));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

char *
evd_cli_json_format (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  g_return_val_if_fail (node != NULL, NULL);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}

/**
 * evd_cli_json_array_from_list:
 * @list: the model objects
 * @getter: returns each item's JSON, as Zoom sent it (transfer none)
 *
 * Returns: (transfer full): an array node with a copy of each object
 */
JsonNode *
evd_cli_json_array_from_list (GListModel       *list,
                              EvdCliJsonGetter  getter)
{
  JsonArray *array;
  JsonNode *node;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), NULL);
  g_return_val_if_fail (getter != NULL, NULL);

  n = g_list_model_get_n_items (list);
  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      JsonNode *json = getter (item);

      json_array_add_element (array, json != NULL ? json_node_copy (json) : json_node_new (JSON_NODE_NULL));
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);
  return node;
}

void
evd_cli_print_json (JsonNode *node)
{
  g_autofree char *text = evd_cli_json_format (node);

  fputs (text, stdout);
}

void
evd_cli_print_json_list (GListModel       *list,
                         EvdCliJsonGetter  getter)
{
  g_autoptr(JsonNode) array = evd_cli_json_array_from_list (list, getter);

  evd_cli_print_json (array);
}

void
evd_cli_print_table (EvdCliTable *table,
                     const char  *empty_message)
{
  g_autofree char *text = NULL;

  g_return_if_fail (table != NULL);

  if (evd_cli_table_get_n_rows (table) == 0)
    {
      fprintf (stdout, "%s\n", empty_message);
      return;
    }
  text = evd_cli_table_format (table);
  fputs (text, stdout);
}

char *
evd_cli_format_local_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return NULL;

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M %Z");
}
