/* evd-paste-parser.c: attendees from text pasted out of an email client or a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-paste-parser"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "evd-attendee.h"
#include "evd-check-report.h"
#include "evd-csv-reader.h"
#include "evd-csv-table-private.h"
#include "evd-email.h"
#include "evd-paste-parser.h"

/* Everything pasted becomes EvdAttendee objects first, whatever its shape;
 * then evd_attendees_check() writes them into a table with one column per
 * ticket field and runs the file importer's checker over it, so a pasted
 * list is judged by exactly the rules a CSV file is. */

const char *
evd_paste_format_get_label (EvdPasteFormat format)
{
  switch (format)
    {
    case EVD_PASTE_FORMAT_ADDRESSES:
      return _("Read as a list of email addresses, one person each");
    case EVD_PASTE_FORMAT_TABLE_WITH_HEADER:
      return _("Read as spreadsheet rows; the first row names the columns");
    case EVD_PASTE_FORMAT_TABLE:
      return _("Read as spreadsheet rows, columns found by their contents");
    case EVD_PASTE_FORMAT_EMPTY:
    default:
      return _("Nothing pasted yet");
    }
}

/* Addresses --------------------------------------------------------------- */

typedef struct
{
  char  *text;       /* trimmed */
  guint  line;
  char   separator;  /* what ended it: ',' ';' '\n' or '\0' */
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->text);
}

static void
add_entry (GArray     *entries,
           const char *start,
           const char *end,
           guint       line,
           char        separator)
{
  gsize length;
  const char *trimmed;
  g_autofree char *copy = g_strndup (start, end - start);
  Entry entry;

  trimmed = evd_text_trim_span (copy, &length);
  if (length == 0)
    return;
  entry.text = g_strndup (trimmed, length);
  entry.line = line;
  entry.separator = separator;
  g_array_append_val (entries, entry);
}

/* Splits at commas, semicolons and line breaks, but not inside quotes or
 * angle brackets: `"Chen, Sarah" <sarah@techcorp.com>` is one entry. */
static GArray *
split_entries (const char *text)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  const char *start = text;
  guint line = 1;
  guint start_line = 1;
  gboolean in_quote = FALSE;
  gboolean in_angle = FALSE;

  g_array_set_clear_func (entries, entry_clear);

  for (const char *p = text; ; p++)
    {
      char c = *p;

      if (c == '\0')
        {
          add_entry (entries, start, p, start_line, '\0');
          break;
        }
      if (c == '"' && !in_angle)
        in_quote = !in_quote;
      else if (c == '<' && !in_quote)
        in_angle = TRUE;
      else if (c == '>' && !in_quote)
        in_angle = FALSE;
      else if (c == '\n' || ((c == ',' || c == ';') && !in_quote && !in_angle))
        {
          add_entry (entries, start, p, start_line, c);
          /* A line break always ends an entry, so one stray quote mark
           * cannot swallow the rest of the list. */
          if (c == '\n')
            {
              in_quote = in_angle = FALSE;
              line++;
            }
          start = p + 1;
          start_line = line;
        }
    }

  return entries;
}

static char *
strip_name (const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (name));
  gsize length = strlen (copy);

  if (length >= 2 &&
      ((copy[0] == '"' && copy[length - 1] == '"') || (copy[0] == '\'' && copy[length - 1] == '\'')))
    {
      copy[length - 1] = '\0';
      return g_strstrip (g_strdup (copy + 1));
    }
  return g_steal_pointer (&copy);
}

static EvdAttendee *
attendee_for (guint       line,
              const char *email,
              const char *name)
{
  EvdAttendee *attendee = evd_attendee_new (line);

  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_EMAIL, email);
  /* Some mail programs show the address as the name: that is no name. */
  if (name != NULL && *name != '\0' && strchr (name, '@') == NULL)
    evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_FULL_NAME, name);
  return attendee;
}

/* `Name <address>`: the part in angle brackets is the address. */
static void
parse_bracketed (const Entry *entry,
                 const char  *open,
                 GPtrArray   *attendees)
{
  const char *close = strchr (open, '>');
  g_autofree char *email = g_strndup (open + 1, close != NULL ? (gsize) (close - open - 1) : strlen (open + 1));
  g_autofree char *raw_name = g_strndup (entry->text, open - entry->text);
  g_autofree char *name = strip_name (raw_name);

  g_ptr_array_add (attendees, attendee_for (entry->line, email, name));
}

/* Bare addresses separated by spaces, each maybe preceded by a name:
 * "sarah@techcorp.com james@partner.com" or "Sarah Chen sarah@techcorp.com". */
static void
parse_words (const Entry *entry,
             GPtrArray   *attendees)
{
  g_auto(GStrv) words = g_strsplit_set (entry->text, " \t\r", -1);
  g_autoptr(GString) name = g_string_new (NULL);
  EvdAttendee *last = NULL;
  gboolean any_address = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    any_address |= strchr (words[i], '@') != NULL;

  /* Without an address the entry is kept whole, so the list shows the
   * line as it was and says what is wrong with it. */
  if (!any_address)
    {
      EvdAttendee *junk = evd_attendee_new (entry->line);

      evd_attendee_set_field (junk, EVD_IMPORT_FIELD_EMAIL, entry->text);
      g_ptr_array_add (attendees, junk);
      return;
    }

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (strchr (words[i], '@') == NULL)
        {
          g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", words[i]);
          continue;
        }
      last = attendee_for (entry->line, words[i], name->str);
      g_ptr_array_add (attendees, last);
      g_string_truncate (name, 0);
    }

  /* "sarah@techcorp.com Sarah Chen": a name after the only address */
  if (name->len > 0 && last != NULL && evd_attendee_get_field (last, EVD_IMPORT_FIELD_FIRST_NAME) == NULL)
    evd_attendee_set_field (last, EVD_IMPORT_FIELD_FULL_NAME, name->str);
}

static gboolean
is_single_word (const char *text)
{
  return strpbrk (text, " \t@<>\"") == NULL;
}

/* Outlook writes "Chen, Sarah <sarah@techcorp.com>" without quotes; the
 * comma split it in two, and the first half is a lone word. */
static gboolean
is_split_last_first (const Entry *entry,
                     const Entry *next)
{
  const char *open = strchr (next->text, '<');

  return entry->separator == ',' && entry->line == next->line &&
         is_single_word (entry->text) && open != NULL && open != next->text;
}

static GPtrArray *
parse_addresses (const char *text)
{
  g_autoptr(GArray) entries = split_entries (text);
  GPtrArray *attendees = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      const char *open;

      if (i + 1 < entries->len && is_split_last_first (entry, &g_array_index (entries, Entry, i + 1)))
        {
          Entry *next = &g_array_index (entries, Entry, i + 1);
          const char *next_open = strchr (next->text, '<');
          g_autofree char *first_name = g_strndup (next->text, next_open - next->text);
          char *joined;

          /* "Chen" + "Sarah <…>" → "\"Chen, Sarah\" <…>" for the bracket parser */
          joined = g_strdup_printf ("\"%s, %s\" %s", entry->text, g_strstrip (first_name), next_open);
          g_free (next->text);
          next->text = joined;
          next->line = entry->line;
          continue;
        }

      open = strchr (entry->text, '<');
      if (open != NULL && strchr (open, '@') != NULL)
        parse_bracketed (entry, open, attendees);
      else
        parse_words (entry, attendees);
    }

  return attendees;
}

/* Spreadsheet rows -------------------------------------------------------- */

static gboolean
looks_like_email (const char *cell)
{
  gsize length;
  const char *start = evd_email_clean_span (cell, &length);

  return length > 0 && evd_email_is_valid (start, length);
}

static gboolean
looks_like_name (const char *cell)
{
  for (const char *p = cell; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '@')
      return FALSE;
  return TRUE;
}

static gboolean
is_blank (const char *cell)
{
  gsize length;

  evd_text_trim_span (cell, &length);
  return length == 0;
}

/* Rows of a table read without a header: the header row is data too. */
typedef struct
{
  EvdCsvTable *table;
  guint        n_rows;
} Rows;

static const char *
rows_cell (const Rows *rows,
           guint       row,
           guint       column)
{
  if (row == 0)
    return column < evd_csv_table_get_n_columns (rows->table) ? evd_csv_table_get_header (rows->table, column) : "";
  return evd_csv_table_get_cell (rows->table, row - 1, column);
}

static guint
rows_number (const Rows *rows,
             guint       row)
{
  if (row == 0)
    return evd_csv_table_get_header_row_number (rows->table);
  return evd_csv_table_get_row_number (rows->table, row - 1);
}

/* The share of filled cells of @column that @predicate accepts, or 0. */
static double
column_share (const Rows  *rows,
              guint        column,
              gboolean   (*predicate) (const char *cell))
{
  guint filled = 0;
  guint accepted = 0;

  for (guint row = 0; row < rows->n_rows; row++)
    {
      const char *cell = rows_cell (rows, row, column);
      gsize length;

      evd_text_trim_span (cell, &length);
      if (length == 0)
        continue;
      filled++;
      accepted += predicate (cell) ? 1 : 0;
    }
  return filled > 0 ? (double) accepted / filled : 0;
}

static int
guess_email_column (const Rows *rows,
                    guint       n_columns)
{
  int best = -1;
  double best_share = 0;

  for (guint column = 0; column < n_columns; column++)
    {
      double share = column_share (rows, column, looks_like_email);

      if (share > best_share)
        best = column, best_share = share;
    }
  return best;
}

static gboolean
is_name_column (const Rows *rows,
                int         column,
                guint       n_columns)
{
  return column >= 0 && (guint) column < n_columns && column_share (rows, column, looks_like_name) >= 0.5;
}

/* Names sit right before the address ("Sarah | Chen | sarah@…") or right
 * after it; two name columns are first and last, one is a full name. */
static void
guess_name_columns (const Rows *rows,
                    int         email,
                    guint       n_columns,
                    int        *first,
                    int        *last,
                    int        *full)
{
  *first = *last = *full = -1;

  if (is_name_column (rows, email - 1, n_columns))
    {
      if (is_name_column (rows, email - 2, n_columns))
        *first = email - 2, *last = email - 1;
      else
        *full = email - 1;
    }
  else if (is_name_column (rows, email + 1, n_columns))
    {
      if (is_name_column (rows, email + 2, n_columns))
        *first = email + 1, *last = email + 2;
      else
        *full = email + 1;
    }
}

static GPtrArray *
attendees_without_header (EvdCsvTable *table)
{
  GPtrArray *attendees = g_ptr_array_new_with_free_func (g_object_unref);
  Rows rows = { table, evd_csv_table_get_n_rows (table) + 1 };
  guint n_columns = 0;
  int email, first, last, full;

  for (guint row = 0; row < rows.n_rows; row++)
    n_columns = MAX (n_columns, row == 0 ? evd_csv_table_get_n_columns (table)
                                         : evd_csv_table_get_row_n_cells (table, row - 1));

  email = guess_email_column (&rows, n_columns);
  if (email < 0)
    email = 0;
  guess_name_columns (&rows, email, n_columns, &first, &last, &full);

  for (guint row = 0; row < rows.n_rows; row++)
    {
      EvdAttendee *attendee;
      gboolean blank = TRUE;

      for (guint column = 0; column < n_columns; column++)
        blank &= is_blank (rows_cell (&rows, row, column));
      if (blank)
        continue;

      attendee = evd_attendee_new (rows_number (&rows, row));

      evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_EMAIL, rows_cell (&rows, row, email));
      if (full >= 0)
        evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_FULL_NAME, rows_cell (&rows, row, full));
      if (first >= 0)
        evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_FIRST_NAME, rows_cell (&rows, row, first));
      if (last >= 0)
        evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_LAST_NAME, rows_cell (&rows, row, last));
      g_ptr_array_add (attendees, attendee);
    }
  return attendees;
}

/* A header names an email column and holds no address itself. */
static EvdColumnMapping *
header_mapping (EvdCsvTable *table)
{
  const char * const *headers = evd_csv_table_get_headers (table);
  g_autoptr(EvdColumnMapping) mapping = evd_column_mapping_suggest (headers);

  for (guint i = 0; headers[i] != NULL; i++)
    if (strchr (headers[i], '@') != NULL)
      return NULL;
  if (evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_EMAIL) < 0)
    return NULL;
  return g_steal_pointer (&mapping);
}

static GPtrArray *
parse_table (const char     *text,
             EvdPasteFormat *format)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  EvdCsvOptions options = { EVD_CSV_ENCODING_AUTO, '\t' };
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(EvdColumnMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *attendees;

  table = evd_csv_reader_read_bytes (bytes, &options, NULL, &error);
  if (table == NULL)
    {
      /* Unreadable as rows: try it as a list of addresses instead. */
      g_debug ("Pasted rows not read: %s", error->message);
      *format = EVD_PASTE_FORMAT_ADDRESSES;
      return parse_addresses (text);
    }

  mapping = header_mapping (table);
  if (mapping == NULL)
    {
      *format = EVD_PASTE_FORMAT_TABLE;
      return attendees_without_header (table);
    }

  *format = EVD_PASTE_FORMAT_TABLE_WITH_HEADER;
  attendees = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint row = 0; row < evd_csv_table_get_n_rows (table); row++)
    {
      gboolean blank = TRUE;

      for (guint column = 0; column < evd_csv_table_get_row_n_cells (table, row); column++)
        blank &= is_blank (evd_csv_table_get_cell (table, row, column));
      if (!blank)
        g_ptr_array_add (attendees, evd_attendee_new_from_row (table, mapping, row));
    }
  return attendees;
}

static gboolean
has_tab_row (const char *text)
{
  return strchr (text, '\t') != NULL;
}

/**
 * evd_paste_parse_attendees:
 * @text: what was pasted (UTF-8)
 * @format: (out) (optional): how @text was read
 *
 * Text with a tab is read as spreadsheet rows; anything else as email
 * addresses. Every entry becomes an attendee, even one without an address,
 * so the check can say what is wrong with it.
 *
 * Returns: (transfer container) (element-type EvdAttendee): the attendees
 */
GPtrArray *
evd_paste_parse_attendees (const char     *text,
                           EvdPasteFormat *format)
{
  EvdPasteFormat found = EVD_PASTE_FORMAT_ADDRESSES;
  GPtrArray *attendees;
  gsize length;

  g_return_val_if_fail (text != NULL, NULL);

  evd_text_trim_span (text, &length);
  if (length == 0 || !g_utf8_validate (text, -1, NULL))
    {
      found = EVD_PASTE_FORMAT_EMPTY;
      attendees = g_ptr_array_new_with_free_func (g_object_unref);
    }
  else if (has_tab_row (text))
    attendees = parse_table (text, &found);
  else
    attendees = parse_addresses (text);

  if (format != NULL)
    *format = found;
  return attendees;
}

/* Checking ---------------------------------------------------------------- */

static void
append_cell (GString    *text,
             GArray     *cells,
             const char *value)
{
  guint32 offset = text->len;

  g_array_append_val (cells, offset);
  g_string_append (text, value != NULL ? value : "");
  g_string_append_c (text, '\0');
}

/* Every field but the full name, which attendees keep split. */
static gboolean
is_table_field (EvdImportField field)
{
  return field != EVD_IMPORT_FIELD_IGNORED && field != EVD_IMPORT_FIELD_FULL_NAME;
}

static EvdCsvTable *
table_from_attendees (GPtrArray *attendees)
{
  GString *text = g_string_new (NULL);
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *records = g_array_new (FALSE, FALSE, sizeof (EvdCsvRecord));
  EvdCsvRecord record = { 0, 0, 0 };
  guint n_records;

  for (EvdImportField field = 0; field < EVD_N_IMPORT_FIELDS; field++)
    if (is_table_field (field))
      append_cell (text, cells, evd_import_field_to_string (field));
  record.n_cells = cells->len;
  g_array_append_val (records, record);

  for (guint i = 0; i < attendees->len; i++)
    {
      EvdAttendee *attendee = g_ptr_array_index (attendees, i);

      record.first_cell = cells->len;
      record.number = evd_attendee_get_row_number (attendee);
      for (EvdImportField field = 0; field < EVD_N_IMPORT_FIELDS; field++)
        if (field == EVD_IMPORT_FIELD_EMAIL && evd_attendee_get_email_as_written (attendee) != NULL)
          /* The cell as written, so that the check says it was cleaned, as it does for a file. */
          append_cell (text, cells, evd_attendee_get_email_as_written (attendee));
        else if (is_table_field (field))
          append_cell (text, cells, evd_attendee_get_field (attendee, field));
      g_array_append_val (records, record);
    }

  n_records = records->len;
  return evd_csv_table_new_take (g_string_free (text, FALSE),
                                 (guint32 *) (void *) g_array_free (cells, FALSE),
                                 (EvdCsvRecord *) (void *) g_array_free (records, FALSE),
                                 n_records, EVD_CSV_ENCODING_UTF8, '\t');
}

static EvdColumnMapping *
mapping_for (EvdCsvTable *table)
{
  EvdColumnMapping *mapping = evd_column_mapping_new (evd_csv_table_get_headers (table));
  guint column = 0;

  for (EvdImportField field = 0; field < EVD_N_IMPORT_FIELDS; field++)
    if (is_table_field (field))
      evd_column_mapping_set_target (mapping, column++, field);
  return mapping;
}

/**
 * evd_attendees_check:
 * @attendees: (element-type EvdAttendee): from evd_paste_parse_attendees(),
 *   or typed in a form
 * @checker: (nullable): knows who is registered already; %NULL for nobody
 *
 * Returns: (transfer full): the report; row i is @attendees[i]
 */
EvdCheckReport *
evd_attendees_check (GPtrArray           *attendees,
                     EvdAttendeeChecker  *checker,
                     GError             **error)
{
  g_autoptr(EvdAttendeeChecker) nobody = NULL;
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(EvdColumnMapping) mapping = NULL;

  g_return_val_if_fail (attendees != NULL, NULL);
  g_return_val_if_fail (checker == NULL || EVD_IS_ATTENDEE_CHECKER (checker), NULL);

  if (checker == NULL)
    checker = nobody = evd_attendee_checker_new ();

  table = table_from_attendees (attendees);
  mapping = mapping_for (table);
  return evd_attendee_checker_check (checker, table, mapping, NULL, error);
}

/**
 * evd_paste_parse:
 * @checker: (nullable): knows who is registered already
 * @format: (out) (optional): how the text was read
 *
 * Returns: (transfer full): the check of what @text holds
 */
EvdCheckReport *
evd_paste_parse (const char          *text,
                 EvdAttendeeChecker  *checker,
                 EvdPasteFormat      *format,
                 GError             **error)
{
  g_autoptr(GPtrArray) attendees = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  attendees = evd_paste_parse_attendees (text, format);
  return evd_attendees_check (attendees, checker, error);
}
