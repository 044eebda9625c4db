/* evd-csv-reader.c: reads an attendee spreadsheet saved as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-csv-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#ifdef __SSE2__
# include <emmintrin.h>
#endif

#include "evd-csv-reader.h"
#include "evd-csv-table-private.h"
#include "evd-text-decoder-private.h"

#define SNIFF_RECORDS 50
#define CANCEL_CHECK_INTERVAL 4096

static const char candidate_delimiters[] = { ',', ';', '\t', '|' };

typedef struct
{
  GFile         *file;
  GBytes        *bytes;
  EvdCsvOptions  options;
} ReadData;

static void
read_data_free (ReadData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

const char *
evd_csv_delimiter_to_string (char delimiter)
{
  char name[2] = { delimiter, '\0' };

  if (delimiter <= 0)
    return "";
  return g_intern_string (name);
}

/**
 * evd_csv_delimiter_from_string:
 * @name: one character, or comma, semicolon, tab, pipe (also "\t" spelt out)
 *
 * Returns: %TRUE when @name is a delimiter the reader can use: a single
 *   printable ASCII character other than a quote, or a tab
 */
gboolean
evd_csv_delimiter_from_string (const char *name,
                               char       *delimiter)
{
  static const struct { const char *name; char delimiter; } names[] = {
    { "comma", ',' }, { "semicolon", ';' }, { "tab", '\t' }, { "\\t", '\t' },
    { "pipe", '|' }, { "bar", '|' },
  };

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (delimiter != NULL, FALSE);

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (names[i].name, name) == 0)
      {
        *delimiter = names[i].delimiter;
        return TRUE;
      }

  if (strlen (name) == 1 && name[0] != '"' &&
      (name[0] == '\t' || (name[0] > ' ' && name[0] < 0x7f)))
    {
      *delimiter = name[0];
      return TRUE;
    }
  return FALSE;
}

const char *
evd_csv_delimiter_get_label (char delimiter)
{
  switch (delimiter)
    {
    case ',': return _("Comma");
    case ';': return _("Semicolon");
    case '\t': return _("Tab");
    case '|': return _("Vertical bar");
    default: return evd_csv_delimiter_to_string (delimiter);
    }
}

/* Counts the cells of the first records, quote-aware, without changing the
 * text. Blank lines are not records. */
static guint
count_cells (const char *text,
             gsize       length,
             char        delimiter,
             guint      *counts,
             guint       max_records)
{
  gsize p = 0;
  guint n_records = 0;

  while (p < length && n_records < max_records)
    {
      guint n_cells = 1;
      gboolean in_quotes = FALSE;
      gboolean at_cell_start = TRUE;

      if (text[p] == '\r' || text[p] == '\n')
        {
          p++;
          continue;
        }

      for (; p < length; p++)
        {
          char c = text[p];

          if (in_quotes)
            {
              if (c == '"')
                {
                  if (p + 1 < length && text[p + 1] == '"')
                    p++;
                  else
                    in_quotes = FALSE;
                }
              continue;
            }
          if (c == '"' && at_cell_start)
            in_quotes = TRUE;
          else if (c == delimiter)
            {
              n_cells++;
              at_cell_start = TRUE;
              continue;
            }
          else if (c == '\r' || c == '\n')
            break;
          at_cell_start = FALSE;
        }
      counts[n_records++] = n_cells;
    }
  return n_records;
}

/**
 * evd_csv_sniff_delimiter:
 *
 * Trial-parses the first records with each of , ; tab and | and keeps the
 * one whose header has more than one cell and whose next records most often
 * have the header's count. Ties go to the delimiter giving more columns, then
 * to the order above (the comma first, as RFC 4180 has it). When none splits
 * the header, the file has one column and the comma is as good as any.
 *
 * Returns: the delimiter
 */
char
evd_csv_sniff_delimiter (const char *text,
                         gsize       length)
{
  char best = ',';
  double best_consistency = -1;
  guint best_columns = 0;

  g_return_val_if_fail (text != NULL || length == 0, ',');

  for (gsize d = 0; d < G_N_ELEMENTS (candidate_delimiters); d++)
    {
      guint counts[SNIFF_RECORDS];
      guint n = count_cells (text, length, candidate_delimiters[d], counts, SNIFF_RECORDS);
      guint matching = 0;
      double consistency;

      if (n == 0 || counts[0] < 2)
        continue;
      for (guint i = 1; i < n; i++)
        matching += counts[i] == counts[0];
      consistency = n > 1 ? (double) matching / (n - 1) : 1.0;

      if (consistency > best_consistency ||
          (consistency == best_consistency && counts[0] > best_columns))
        {
          best = candidate_delimiters[d];
          best_consistency = consistency;
          best_columns = counts[0];
        }
    }
  return best;
}

static gboolean
is_blank (const char *cell,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (cell[i]))
      return FALSE;
  return TRUE;
}

#define SCAN_BLOCK 64

#if defined(__GNUC__) || defined(__clang__)
# define lowest_bit(bits) ((gsize) __builtin_ctzll (bits))
#else
static inline gsize
lowest_bit (guint64 bits)
{
  gsize n = 0;

  for (; (bits & 1) == 0; bits >>= 1)
    n++;
  return n;
}
#endif

/* Finds the bytes that end an unquoted cell (the delimiter, CR, LF) 64 at a
 * time into a bit mask, then hands them out one by one: a cell costs a few
 * instructions instead of a test per byte. The mask describes the bytes as
 * they were; the parser only ever writes behind its position, so the bits
 * ahead stay true. */
typedef struct
{
  const char *text;
  gsize       length;
  gsize       block;   /* where bit 0 of mask is */
  guint64     mask;
  char        delimiter;
#ifdef __SSE2__
  __m128i     delimiters;
  __m128i     crs;
  __m128i     lfs;
#endif
} Scanner;

static void
scanner_init (Scanner    *scanner,
              const char *text,
              gsize       length,
              char        delimiter)
{
  scanner->delimiter = delimiter;
  scanner->text = text;
  scanner->length = length;
  /* So that no position is inside the first block before it is computed */
  scanner->block = (gsize) -SCAN_BLOCK;
  scanner->mask = 0;
#ifdef __SSE2__
  scanner->delimiters = _mm_set1_epi8 (delimiter);
  scanner->crs = _mm_set1_epi8 ('\r');
  scanner->lfs = _mm_set1_epi8 ('\n');
#endif
}

/* No table of the three bytes in the scanner: an array would keep the
 * compiler from holding its fields in registers, in the loop that handles
 * every cell of the file. */
static inline gboolean
is_stop (char c,
         char delimiter)
{
  return c == delimiter || c == '\r' || c == '\n';
}

/* The bits of the SCAN_BLOCK bytes from @p; they must all be in the text. */
static inline guint64
scanner_block_mask (const Scanner *scanner,
                    gsize          p)
{
  guint64 mask = 0;

#ifdef __SSE2__
  for (guint i = 0; i < SCAN_BLOCK / 16; i++)
    {
      __m128i bytes = _mm_loadu_si128 ((const __m128i *) (scanner->text + p + 16 * i));
      __m128i hits = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (bytes, scanner->delimiters),
                                                 _mm_cmpeq_epi8 (bytes, scanner->crs)),
                                   _mm_cmpeq_epi8 (bytes, scanner->lfs));

      mask |= (guint64) (guint16) _mm_movemask_epi8 (hits) << (16 * i);
    }
#else
  for (guint i = 0; i < SCAN_BLOCK; i++)
    mask |= (guint64) is_stop (scanner->text[p + i], scanner->delimiter) << i;
#endif
  return mask;
}

/* The position of the first delimiter, CR or LF at or after @p, or the
 * text's length. Positions asked for never go backwards. */
static inline gsize
scanner_next_stop (Scanner *scanner,
                   gsize    p)
{
  for (;;)
    {
      if (p - scanner->block < SCAN_BLOCK)
        {
          guint64 ahead = scanner->mask >> (p - scanner->block);

          if (ahead != 0)
            return p + lowest_bit (ahead);
          p = scanner->block + SCAN_BLOCK;
        }
      if (p + SCAN_BLOCK > scanner->length)
        {
          while (p < scanner->length && !is_stop (scanner->text[p], scanner->delimiter))
            p++;
          return p;
        }
      scanner->block = p;
      scanner->mask = scanner_block_mask (scanner, p);
    }
}

/* The cells and records as they are found; handed to the table as they are. */
typedef struct
{
  guint32      *cells;
  gsize         n_cells;
  gsize         cells_capacity;
  EvdCsvRecord *records;
  gsize         n_records;
  gsize         records_capacity;
} Parsed;

static void
parsed_clear (Parsed *parsed)
{
  g_clear_pointer (&parsed->cells, g_free);
  g_clear_pointer (&parsed->records, g_free);
}

static inline void
parsed_add_record (Parsed             *parsed,
                   const EvdCsvRecord *record)
{
  if (G_UNLIKELY (parsed->n_records == parsed->records_capacity))
    {
      parsed->records_capacity = parsed->records_capacity * 2 + 4;
      parsed->records = g_renew (EvdCsvRecord, parsed->records, parsed->records_capacity);
    }
  parsed->records[parsed->n_records++] = *record;
}

static void
set_too_large_error (GError **error)
{
  g_set_error_literal (error, EVD_CSV_ERROR, EVD_CSV_ERROR_TOO_LARGE,
                       _("This file is too large to import (over 1 GB). Split it into smaller files."));
}

/* The RFC 4180 state machine. It unquotes every cell in place: a cell starts
 * where its text starts in the buffer, an unquoted one is never copied, and a
 * quoted one moves left over its quote marks; the byte after each cell (its
 * delimiter, line end or closing quote) becomes its NUL. Being lenient where
 * RFC 4180 is silent: a quote inside an unquoted cell is kept as a character,
 * text after a closing quote joins the cell, and a row whose cells are all
 * blank (as Excel writes under a table, ",,,") is skipped like a blank line.
 * The text runs from @p to @length, and text[length] may be written. */
static gboolean
parse_in_place (char          *text,
                gsize          p,
                gsize          length,
                char           delimiter,
                Parsed        *parsed,
                GCancellable  *cancellable,
                GError       **error)
{
  Scanner scanner;
  guint number = 0;
  /* In locals, not through @parsed: every NUL written into the text could
   * alias them (a char store may alias anything), and they would be read
   * again from memory for each cell. Written back at the end. */
  guint32 *cells = parsed->cells;
  gsize n_cells = parsed->n_cells;
  gsize cells_capacity = parsed->cells_capacity;
  gboolean ok = FALSE;

  scanner_init (&scanner, text, length, delimiter);

  while (p < length)
    {
      EvdCsvRecord record;
      gboolean any_content = FALSE;
      gsize row_start = p;

      number++;
      if (text[p] == '\r' || text[p] == '\n')
        {
          p += (text[p] == '\r' && p + 1 < length && text[p + 1] == '\n') ? 2 : 1;
          continue;
        }

      record.first_cell = n_cells;
      record.number = number;

      for (;;)
        {
          gsize start = p;
          gsize w;
          char terminator;

          if (G_UNLIKELY (text[p] == '"'))
            {
              w = p;
              p++;
              for (;;)
                {
                  const char *quote = memchr (text + p, '"', length - p);
                  gsize run;

                  if (quote == NULL)
                    {
                      g_set_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_UNTERMINATED_QUOTE,
                                   _("Row %u, column %u opens a quoted cell with a quote mark (\") that is never closed, so the rest of the file cannot be read. Remove the stray quote mark or add the closing one."),
                                   number, (guint) (n_cells - record.first_cell + 1));
                      goto out;
                    }
                  run = quote - (text + p);
                  memmove (text + w, text + p, run);
                  w += run;
                  p += run;
                  if (p + 1 < length && text[p + 1] == '"')
                    {
                      text[w++] = '"';
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              if (p < length && !is_stop (text[p], delimiter))
                {
                  gsize end = scanner_next_stop (&scanner, p);

                  memmove (text + w, text + p, end - p);
                  w += end - p;
                  p = end;
                }
            }
          else
            {
              p = scanner_next_stop (&scanner, p);
              w = p;
            }

          terminator = p < length ? text[p] : '\0';
          /* A cell is never longer than its row so far, so one test is
           * enough for the cells of every row shorter than a cell's limit */
          G_STATIC_ASSERT (EVD_CSV_MAX_CELL_SIZE <= EVD_CSV_MAX_ROW_SIZE);
          if (G_UNLIKELY (p - row_start > EVD_CSV_MAX_CELL_SIZE) &&
              (w - start > EVD_CSV_MAX_CELL_SIZE || p - row_start > EVD_CSV_MAX_ROW_SIZE))
            {
              g_autofree char *bound = g_format_size (w - start > EVD_CSV_MAX_CELL_SIZE
                                                      ? EVD_CSV_MAX_CELL_SIZE : EVD_CSV_MAX_ROW_SIZE);

              if (w - start > EVD_CSV_MAX_CELL_SIZE)
                g_set_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_TOO_LARGE,
                             _("Row %u, column %u holds more than %s of text, far more than any attendee’s details. "
                               "Check that the file is an attendee list, or shorten that cell."),
                             number, (guint) (n_cells - record.first_cell + 1), bound);
              else
                g_set_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_TOO_LARGE,
                             _("Row %u is longer than %s, far more than any attendee’s details. "
                               "Check that the file is an attendee list, or shorten that row."),
                             number, bound);
              goto out;
            }
          if (!any_content && w > start && !is_blank (text + start, w - start))
            any_content = TRUE;
          text[w] = '\0';
          if (G_UNLIKELY (n_cells == cells_capacity))
            {
              cells_capacity = cells_capacity * 2 + 16;
              cells = g_renew (guint32, cells, cells_capacity);
            }
          cells[n_cells++] = (guint32) start;

          if (terminator == delimiter && terminator != '\0')
            {
              p++;
              continue;
            }
          if (terminator == '\r')
            p += (p + 1 < length && text[p + 1] == '\n') ? 2 : 1;
          else if (terminator == '\n')
            p++;
          break;
        }

      record.n_cells = n_cells - record.first_cell;
      if (!any_content)
        {
          n_cells = record.first_cell;
          continue;
        }
      parsed_add_record (parsed, &record);

      if (parsed->n_records % CANCEL_CHECK_INTERVAL == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
    }
  ok = TRUE;

out:
  parsed->cells = cells;
  parsed->n_cells = n_cells;
  parsed->cells_capacity = cells_capacity;
  return ok;
}

/* Takes @buffer (with one spare byte after @length, and
 * EVD_CSV_TEXT_PADDING more after it). */
static EvdCsvTable *
read_buffer (char                 *buffer,
             gsize                 length,
             const EvdCsvOptions  *options,
             GCancellable         *cancellable,
             GError              **error)
{
  g_autofree char *text = buffer;
  guintptr original = (guintptr) buffer;
  Parsed parsed = { NULL, };
  EvdCsvEncoding encoding = EVD_CSV_ENCODING_AUTO;
  char delimiter = options != NULL ? options->delimiter : '\0';
  gsize start = 0;
  gboolean replaced = FALSE;
  EvdCsvTable *table;

  if (length > EVD_CSV_MAX_FILE_SIZE)
    {
      set_too_large_error (error);
      return NULL;
    }
  if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter < 0)
    {
      g_set_error_literal (error, EVD_CSV_ERROR, EVD_CSV_ERROR_INVALID_OPTION,
                           _("A quote mark or a line break cannot separate columns. Choose another separator."));
      return NULL;
    }

  if (!evd_text_decode_at (&text, &length,  &start,
                           options != NULL ? options->encoding : EVD_CSV_ENCODING_AUTO,
                           &encoding, &replaced, error))
    return NULL;
  /* A file that was not UTF-8 is in a new buffer, without the padding */
  if ((guintptr) text != original)
    text = g_realloc (text, length + 1 + EVD_CSV_TEXT_PADDING);
  memset (text + length + 1, 0, EVD_CSV_TEXT_PADDING);

  if (delimiter == '\0')
    delimiter = evd_csv_sniff_delimiter (text + start, length - start);

  /* About nine cells per 100 bytes in a typical attendee list. */
  parsed.cells_capacity = MIN (length / 10 + 16, 1 << 24);
  parsed.cells = evd_csv_alloc_large (parsed.cells_capacity * sizeof (guint32), FALSE);
  parsed.records_capacity = MIN (length / 80 + 4, 1 << 22);
  parsed.records = evd_csv_alloc_large (parsed.records_capacity * sizeof (EvdCsvRecord), FALSE);

  if (!parse_in_place (text, start, length, delimiter, &parsed, cancellable, error))
    {
      parsed_clear (&parsed);
      return NULL;
    }

  if (parsed.n_records == 0)
    {
      parsed_clear (&parsed);
      g_set_error_literal (error, EVD_CSV_ERROR, EVD_CSV_ERROR_EMPTY,
                           _("This file is empty. Choose the file that holds the attendee list."));
      return NULL;
    }

  /* Give back what the estimates reserved beyond the file's needs. */
  parsed.cells = g_renew (guint32, parsed.cells, MAX (parsed.n_cells, 1));
  parsed.records = g_renew (EvdCsvRecord, parsed.records, parsed.n_records);
  table = evd_csv_table_new_take (g_steal_pointer (&text), parsed.cells, parsed.records,
                                  parsed.n_records, encoding, delimiter);
  evd_csv_table_set_has_invalid_text (table, replaced);
  evd_csv_table_set_padded (table, TRUE);
  return table;
}

/**
 * evd_csv_reader_read_bytes:
 * @bytes: the file's content
 * @options: (nullable): overrides; %NULL detects both encoding and delimiter
 *
 * Synchronous: for the command line and tests. The window uses
 * evd_csv_reader_read_bytes_async().
 *
 * Returns: (transfer full): the table, or %NULL with @error set in
 *   %EVD_CSV_ERROR. A file with a header and no rows is not an error: the
 *   table has zero rows.
 */
EvdCsvTable *
evd_csv_reader_read_bytes (GBytes               *bytes,
                           const EvdCsvOptions  *options,
                           GCancellable         *cancellable,
                           GError              **error)
{
  gsize length;
  const char *data;
  char *copy;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  copy = evd_csv_alloc_large (length + 1 + EVD_CSV_TEXT_PADDING, FALSE);
  if (length > 0)
    memcpy (copy, data, length);
  copy[length] = '\0';
  return read_buffer (copy, length, options, cancellable, error);
}

/* Reads into one allocation of the file's size plus one byte, so a 50 MB
 * file costs 50 MB and not twice that. */
static char *
load_file (GFile         *file,
           gsize         *length,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *buffer = NULL;
  gsize capacity;
  gsize filled = 0;

  /* Before a byte is read: /dev/zero or a pipe would never end, and a file
   * over the limit would only be refused after filling memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR &&
      g_file_info_get_file_type (info) != G_FILE_TYPE_UNKNOWN)
    {
      g_set_error_literal (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT,
                           _("This is not a file but a device, a folder or a pipe. Choose the file that holds the attendee list."));
      return NULL;
    }
  if (info != NULL && (guint64) g_file_info_get_size (info) > EVD_CSV_MAX_FILE_SIZE)
    {
      set_too_large_error (error);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  /* One byte more than the file, so that reading it whole already shows
   * its end and the buffer never grows for a file that does not */
  capacity = info != NULL ? (gsize) MIN ((guint64) g_file_info_get_size (info),
                                         EVD_CSV_MAX_FILE_SIZE + 1) + 1 : 0;
  capacity = MAX (capacity, 4096);
  buffer = evd_csv_alloc_large (capacity + 1 + EVD_CSV_TEXT_PADDING, FALSE);

  for (;;)
    {
      gsize n_read = 0;

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer + filled,
                                    capacity - filled, &n_read, cancellable, error))
        return NULL;
      filled += n_read;
      if (filled < capacity || filled > EVD_CSV_MAX_FILE_SIZE)
        break;
      capacity *= 2;
      buffer = g_realloc (buffer, capacity + 1 + EVD_CSV_TEXT_PADDING);
    }

  buffer[filled] = '\0';
  *length = filled;
  return g_steal_pointer (&buffer);
}

/**
 * evd_csv_reader_read_file:
 *
 * Like evd_csv_reader_read_bytes(), reading @file. I/O errors keep their
 * %G_IO_ERROR code and GIO's message.
 */
EvdCsvTable *
evd_csv_reader_read_file (GFile                *file,
                          const EvdCsvOptions  *options,
                          GCancellable         *cancellable,
                          GError              **error)
{
  gsize length = 0;
  char *buffer;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  buffer = load_file (file, &length, cancellable, error);
  if (buffer == NULL)
    return NULL;
  return read_buffer (buffer, length, options, cancellable, error);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadData *data = task_data;
  GError *error = NULL;
  EvdCsvTable *table;

  if (data->file != NULL)
    table = evd_csv_reader_read_file (data->file, &data->options, cancellable, &error);
  else
    table = evd_csv_reader_read_bytes (data->bytes, &data->options, cancellable, &error);

  if (table == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, table, g_object_unref);
}

static void
start_read (GFile               *file,
            GBytes              *bytes,
            const EvdCsvOptions *options,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadData *data = g_new0 (ReadData, 1);

  data->file = file != NULL ? g_object_ref (file) : NULL;
  data->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  if (options != NULL)
    data->options = *options;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_csv_reader_read_async);
  g_task_set_task_data (task, data, (GDestroyNotify) read_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, read_thread);
}

/**
 * evd_csv_reader_read_async:
 * @file: the CSV file
 * @options: (nullable): overrides, copied
 *
 * Reads, decodes and parses @file in a worker thread, so the window stays
 * responsive with large files. Finish with evd_csv_reader_read_finish().
 */
void
evd_csv_reader_read_async (GFile               *file,
                           const EvdCsvOptions *options,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (G_IS_FILE (file));

  start_read (file, NULL, options, cancellable, callback, user_data);
}

/* Like evd_csv_reader_read_async(), for content already in memory (a
 * portal's file, a pasted list). */
void
evd_csv_reader_read_bytes_async (GBytes              *bytes,
                                 const EvdCsvOptions *options,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (bytes != NULL);

  start_read (NULL, bytes, options, cancellable, callback, user_data);
}

/**
 * evd_csv_reader_read_finish:
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
EvdCsvTable *
evd_csv_reader_read_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == evd_csv_reader_read_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
