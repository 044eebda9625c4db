/* evd-attendee-checker.c: checks every row of an attendee list before sending
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-attendee-checker"

#include "config.h"

#include <string.h>

#include "evd-attendee-checker.h"
#include "evd-check-report-private.h"
#include "evd-country.h"
#include "evd-csv-error.h"
#include "evd-csv-table-private.h"
#include "evd-email-private.h"

#define CANCEL_CHECK_INTERVAL 4096
#define PREFETCH_DISTANCE 16

#if defined(__GNUC__) || defined(__clang__)
# define PREFETCH(address) __builtin_prefetch (address)
#else
# define PREFETCH(address) ((void) (address))
#endif

/* Checks work on spans of the table's cells and allocate nothing per row,
 * so checking 100,000 rows takes milliseconds. The order of decisions:
 *   1. a row failing any error check is invalid, and does not claim its email;
 *   2. among the others, the first row with an email (trimmed, case-folded)
 *      is kept and later ones are duplicates of it;
 *   3. a kept row whose email already has a ticket is "already registered".
 * Every row ends in exactly one of these, or valid. */
struct _EvdAttendeeChecker
{
  GObject     parent_instance;

  GHashTable *registered;  /* normalized email → itself */
};

G_DEFINE_FINAL_TYPE (EvdAttendeeChecker, evd_attendee_checker, G_TYPE_OBJECT)

typedef struct
{
  const char *start;
  gsize       length;
} Span;

/* An open-addressing set of rows keyed by their email span, since GHashTable
 * would need one allocated key per row. */
typedef struct
{
  guint32 hash;
  guint32 row;     /* row + 1, or 0 when empty */
} Slot;

typedef struct
{
  Slot                  *slots;
  gsize                  mask;
  const EvdCsvTableView *view;   /* where a row's email is found again */
  int                    column;
} EmailSet;

typedef struct
{
  EvdCsvTable      *table;
  EvdColumnMapping *mapping;
} CheckData;

static void
evd_attendee_checker_finalize (GObject *object)
{
  EvdAttendeeChecker *self = (EvdAttendeeChecker *) object;

  g_clear_pointer (&self->registered, g_hash_table_unref);

  G_OBJECT_CLASS (evd_attendee_checker_parent_class)->finalize (object);
}

static void
evd_attendee_checker_class_init (EvdAttendeeCheckerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_attendee_checker_finalize;
}

static void
evd_attendee_checker_init (EvdAttendeeChecker *self)
{
  self->registered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

EvdAttendeeChecker *
evd_attendee_checker_new (void)
{
  return g_object_new (EVD_TYPE_ATTENDEE_CHECKER, NULL);
}

/**
 * evd_attendee_checker_add_registered_email:
 *
 * Tells the checker that @email already has a ticket for the event (the
 * caller fetches the event's tickets). Rows with it are marked "already
 * registered", not invalid. Do not add while a check runs.
 */
void
evd_attendee_checker_add_registered_email (EvdAttendeeChecker *self,
                                           const char         *email)
{
  char *key;

  g_return_if_fail (EVD_IS_ATTENDEE_CHECKER (self));
  g_return_if_fail (email != NULL);

  key = evd_email_normalize (email);
  g_hash_table_add (self->registered, key);
}

gboolean
evd_attendee_checker_is_registered (EvdAttendeeChecker *self,
                                    const char         *email)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (EVD_IS_ATTENDEE_CHECKER (self), FALSE);
  g_return_val_if_fail (email != NULL, FALSE);

  key = evd_email_normalize (email);
  return g_hash_table_contains (self->registered, key);
}

static inline guchar
fold_ascii (char c)
{
  return (c >= 'A' && c <= 'Z') ? (guchar) (c + ('a' - 'A')) : (guchar) c;
}

/* The eight bytes of @word with A–Z lower-cased and every other byte kept. */
static inline guint64
fold_ascii_word (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  guint64 low_bits = word & (ones * 0x7f);
  guint64 above_z = low_bits + ones * (0x7f - 'Z');    /* high bit set from 'Z' + 1 */
  guint64 from_a = low_bits + ones * (0x80 - 'A');     /* high bit set from 'A' */
  guint64 upper = ~word & (from_a ^ above_z) & (ones * 0x80);

  return word | (upper >> 2);
}

/* A hash of the ASCII-lower-cased bytes, a word at a time: this runs for
 * every row. @padded: whether 8 bytes may be read from any position in
 * @span (a padded table's text, see EvdCsvTableView), which spares a
 * memcpy() call for the last bytes; the hash is the same either way. */
static guint32
hash_span_folded (Span     span,
                  gboolean padded)
{
  guint64 hash = span.length * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  gsize i = 0;

  for (; i + 8 <= span.length; i += 8)
    {
      guint64 word;

      memcpy (&word, span.start + i, 8);
      hash = (hash ^ fold_ascii_word (word)) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
      hash ^= hash >> 32;
    }
  if (i < span.length)
    {
      guint64 word = 0;

      if (padded && G_BYTE_ORDER == G_LITTLE_ENDIAN)
        {
          memcpy (&word, span.start + i, 8);
          word &= G_MAXUINT64 >> (8 * (8 - (span.length - i)));
        }
      else
        memcpy (&word, span.start + i, span.length - i);
      hash = (hash ^ fold_ascii_word (word)) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
    }
  hash ^= hash >> 29;
  hash *= G_GUINT64_CONSTANT (0xC4CEB9FE1A85EC53);
  return (guint32) (hash >> 32);
}

static gboolean
spans_equal_folded (Span a,
                    Span b)
{
  if (a.length != b.length)
    return FALSE;
  for (gsize i = 0; i < a.length; i++)
    if (fold_ascii (a.start[i]) != fold_ascii (b.start[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_longer_than (Span  span,
                guint max_characters)
{
  /* Characters are never more than bytes, so most cells skip the count. */
  return span.length > max_characters &&
         (guint) g_utf8_strlen (span.start, span.length) > max_characters;
}

/* The bytes a cell may start or end with when evd_text_trim_span() has
 * something to remove: ASCII white space, and the first and last bytes of a
 * no-break space (C2 A0). */
static const gboolean trim_edge[256] = {
  ['\t'] = TRUE, ['\n'] = TRUE, ['\v'] = TRUE, ['\f'] = TRUE, ['\r'] = TRUE, [' '] = TRUE,
  [0xC2] = TRUE, [0xA0] = TRUE,
};

static inline gboolean
is_space_byte (guchar c)
{
  return trim_edge[c];
}

/* evd_text_trim_span(), skipped for the cells that need no trimming.
 * @length is @cell's. */
static inline Span
trim_cell (const char *cell,
           gsize       length)
{
  Span span;

  span.start = cell;
  span.length = length;
  if (span.length > 0 &&
      (is_space_byte (cell[0]) || is_space_byte (cell[span.length - 1])))
    span.start = evd_text_trim_span (cell, &span.length);
  return span;
}

static inline Span
cell_span (const EvdCsvTableView *view,
           guint                  row,
           int                    column)
{
  Span span = { "", 0 };

  if (column >= 0)
    {
      gsize length;
      const char *cell = evd_csv_table_view_cell_length (view, row, column, &length);

      span = trim_cell (cell, length);
    }
  return span;
}

/* is_longer_than (cell_span ()), trimming only the cells long enough to
 * need it: trimming never makes a cell longer. */
static inline gboolean
cell_is_longer_than (const EvdCsvTableView *view,
                     guint                  row,
                     int                    column,
                     guint                  max_characters)
{
  const char *cell;

  if (column < 0)
    return FALSE;
  cell = evd_csv_table_view_cell (view, row, column);
  /* memchr() stops at the NUL (C11 7.24.5.1): no reading past the cell */
  if (memchr (cell, '\0', (gsize) max_characters + 1) != NULL)
    return FALSE;
  return is_longer_than (trim_cell (cell, strlen (cell)), max_characters);
}

/* evd_email_clean_span(), skipped for the addresses that need no cleaning
 * (it removes nothing else from a trimmed address). @trimmed: (out)
 * (optional): the cell only trimmed. */
static inline Span
email_span (const EvdCsvTableView *view,
            guint                  row,
            int                    column,
            Span                  *trimmed)
{
  gsize length;
  const char *cell = evd_csv_table_view_cell_length (view, row, column, &length);
  Span span = trim_cell (cell, length);

  if (trimmed != NULL)
    *trimmed = span;
  if (span.length > 0 &&
      (span.start[0] == '<' ||
       (span.length >= 7 && (span.start[0] | 0x20) == 'm' &&
        g_ascii_strncasecmp (span.start, "mailto:", 7) == 0)))
    span.start = evd_email_clean_span (cell, &span.length);
  return span;
}

static void
email_set_init (EmailSet              *set,
                const EvdCsvTableView *view,
                int                    column)
{
  gsize size = 16;

  while (size < (gsize) view->n_records * 2)
    size *= 2;
  set->slots = evd_csv_alloc_large (size * sizeof (Slot), TRUE);
  set->mask = size - 1;
  set->view = view;
  set->column = column;
}

static void
email_set_clear (EmailSet *set)
{
  g_clear_pointer (&set->slots, g_free);
}

/* Returns the row that had @email (@row's) first, or @row when it is new.
 * The set keeps rows, not text: an earlier row's email is found again in
 * the table when the hashes match. */
static guint
email_set_insert (EmailSet *set,
                  guint     row,
                  Span      email,
                  guint32   hash)
{
  gsize slot = hash & set->mask;

  for (;;)
    {
      Slot *entry = &set->slots[slot];

      if (entry->row == 0)
        {
          entry->hash = hash;
          entry->row = row + 1;
          return row;
        }
      /* The stored hash spares a visit to the other row's text */
      if (entry->hash == hash && spans_equal_folded (email_span (set->view, entry->row - 1, set->column, NULL), email))
        return entry->row - 1;
      slot = (slot + 1) & set->mask;
    }
}

static void
trim_span (Span *span)
{
  while (span->length > 0 && g_ascii_isspace (span->start[0]))
    span->start++, span->length--;
  while (span->length > 0 && g_ascii_isspace (span->start[span->length - 1]))
    span->length--;
}

/* The same split as evd_import_split_full_name(), without copying. */
static void
split_full_name (Span  full,
                 Span *first,
                 Span *last)
{
  const char *comma = memchr (full.start, ',', full.length);
  const char *space = NULL;

  if (comma != NULL)
    {
      last->start = full.start;
      last->length = comma - full.start;
      first->start = comma + 1;
      first->length = full.start + full.length - first->start;
      trim_span (first);
      trim_span (last);
      return;
    }
  for (gsize i = full.length; i > 0; i--)
    if (full.start[i - 1] == ' ')
      {
        space = full.start + i - 1;
        break;
      }
  if (space == NULL)
    {
      *first = full;
      last->length = 0;
      return;
    }
  first->start = full.start;
  first->length = space - full.start;
  last->start = space + 1;
  last->length = full.start + full.length - last->start;
  trim_span (first);
}

typedef struct
{
  int email;
  int first_name;
  int last_name;
  int full_name;
  int comments;
  int external_ticket_id;
  int country;
} Columns;

static EvdProblemKind
check_row (const EvdCsvTableView *view,
           const Columns         *columns,
           guint                  row,
           Span                  *email)
{
  EvdProblemKind problems = EVD_PROBLEM_NONE;
  Span first = cell_span (view, row, columns->first_name);
  Span last = cell_span (view, row, columns->last_name);
  Span country = cell_span (view, row, columns->country);
  Span trimmed;
  char code[3];

  *email = email_span (view, row, columns->email, &trimmed);
  if (email->length > 0 && email->length != trimmed.length)
    problems |= EVD_PROBLEM_EMAIL_CLEANED;
  if (email->length == 0)
    problems |= EVD_PROBLEM_EMAIL_MISSING;
  else
    {
      if (!(view->padded ? evd_email_is_valid_padded (email->start, email->length)
                         : evd_email_is_valid (email->start, email->length)))
        problems |= EVD_PROBLEM_EMAIL_INVALID;
      if (is_longer_than (*email, EVD_ZOOM_MAX_EMAIL))
        problems |= EVD_PROBLEM_EMAIL_TOO_LONG;
    }

  if (columns->full_name >= 0 && (first.length == 0 || last.length == 0))
    {
      Span split_first, split_last;

      split_full_name (cell_span (view, row, columns->full_name), &split_first, &split_last);
      if (first.length == 0)
        first = split_first;
      if (last.length == 0)
        last = split_last;
    }
  if (is_longer_than (first, EVD_ZOOM_MAX_NAME))
    problems |= EVD_PROBLEM_FIRST_NAME_TOO_LONG;
  if (is_longer_than (last, EVD_ZOOM_MAX_NAME))
    problems |= EVD_PROBLEM_LAST_NAME_TOO_LONG;
  if (cell_is_longer_than (view, row, columns->comments, EVD_ZOOM_MAX_COMMENTS))
    problems |= EVD_PROBLEM_COMMENTS_TOO_LONG;
  if (cell_is_longer_than (view, row, columns->external_ticket_id, EVD_ZOOM_MAX_EXTERNAL_TICKET_ID))
    problems |= EVD_PROBLEM_EXTERNAL_TICKET_ID_TOO_LONG;
  /* Two letters are a code (evd_country_to_code()'s first rule), without
   * the call for the common case */
  if (country.length > 0 &&
      !(country.length == 2 && g_ascii_isalpha (country.start[0]) && g_ascii_isalpha (country.start[1])) &&
      !evd_country_to_code (country.start, country.length, code))
    problems |= EVD_PROBLEM_COUNTRY_INVALID;
  if (view->records[row + 1].n_cells != view->n_columns)
    problems |= EVD_PROBLEM_RAGGED_ROW;
  if (evd_csv_table_view_find_invalid_text (view, row) >= 0)
    problems |= EVD_PROBLEM_INVALID_TEXT;

  return problems;
}

static gboolean
is_registered_span (EvdAttendeeChecker *self,
                    Span                email)
{
  char key[EVD_ZOOM_MAX_EMAIL + 1];

  if (email.length > EVD_ZOOM_MAX_EMAIL)
    return FALSE;
  for (gsize i = 0; i < email.length; i++)
    key[i] = fold_ascii (email.start[i]);
  key[email.length] = '\0';
  return g_hash_table_contains (self->registered, key);
}

/* A row checked on its own, waiting for its turn in the set of emails */
typedef struct
{
  Span    email;
  guint32 hash;
  guint32 problems;
} Pending;

/* The order of decisions at the top of this file, for one row. */
static void
decide_row (EvdAttendeeChecker    *self,
            EmailSet              *seen,
            EvdCheckReport        *report,
            const EvdCsvTableView *view,
            guint                  row,
            const Pending         *entry,
            gboolean               any_registered)
{
  EvdAttendeeStatus status = EVD_ATTENDEE_VALID;
  EvdProblemKind problems = entry->problems;
  guint duplicate_of = 0;

  if (problems & EVD_PROBLEM_ERRORS)
    status = EVD_ATTENDEE_INVALID;
  else
    {
      guint first = email_set_insert (seen, row, entry->email, entry->hash);

      if (first != row)
        {
          status = EVD_ATTENDEE_DUPLICATE;
          problems |= EVD_PROBLEM_DUPLICATE;
          duplicate_of = view->records[first + 1].number;
        }
      else if (any_registered && is_registered_span (self, entry->email))
        {
          status = EVD_ATTENDEE_ALREADY_REGISTERED;
          problems |= EVD_PROBLEM_ALREADY_REGISTERED;
        }
    }
  evd_check_report_set_row (report, row, problems, status, duplicate_of);
}

static EvdCheckReport *
run_check (EvdAttendeeChecker  *self,
           EvdCsvTable         *table,
           EvdColumnMapping    *mapping,
           GCancellable        *cancellable,
           GError             **error)
{
  g_autoptr(EvdCheckReport) report = NULL;
  Pending pending[PREFETCH_DISTANCE];
  EmailSet seen;
  Columns columns;
  EvdCsvTableView view;
  guint n_rows = evd_csv_table_get_n_rows (table);
  gboolean any_registered = g_hash_table_size (self->registered) > 0;

  if (!evd_column_mapping_check (mapping, error))
    return NULL;

  columns.email = evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_EMAIL);
  columns.first_name = evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_FIRST_NAME);
  columns.last_name = evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_LAST_NAME);
  columns.full_name = evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_FULL_NAME);
  columns.comments = evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_COMMENTS);
  columns.external_ticket_id = evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID);
  columns.country = evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_COUNTRY);

  evd_csv_table_get_view (table, &view);
  report = evd_check_report_new (table, mapping);
  email_set_init (&seen, &view, columns.email);

  /* Each row's own checks run PREFETCH_DISTANCE rows ahead of its lookup
   * in the set of emails, so that the slot it needs is fetched from memory
   * meanwhile: looking them up one by one is mostly waiting. */
  for (guint row = 0; row < n_rows + PREFETCH_DISTANCE; row++)
    {
      Pending *entry = &pending[row % PREFETCH_DISTANCE];

      if (row >= PREFETCH_DISTANCE)
        decide_row (self, &seen, report, &view, row - PREFETCH_DISTANCE, entry, any_registered);
      if (row >= n_rows)
        continue;

      entry->problems = check_row (&view, &columns, row, &entry->email);
      entry->hash = hash_span_folded (entry->email, view.padded);
      PREFETCH (&seen.slots[entry->hash & seen.mask]);

      if (row % CANCEL_CHECK_INTERVAL == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          email_set_clear (&seen);
          return NULL;
        }
    }

  email_set_clear (&seen);
  return g_steal_pointer (&report);
}

/**
 * evd_attendee_checker_check:
 * @table: the file as read
 * @mapping: which column holds what; copied, so it may change afterwards
 *
 * Synchronous: for the command line and tests, or a worker thread.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when no
 *   column holds emails (%EVD_CSV_ERROR_NO_EMAIL_COLUMN) or on cancellation
 */
EvdCheckReport *
evd_attendee_checker_check (EvdAttendeeChecker  *self,
                            EvdCsvTable         *table,
                            EvdColumnMapping    *mapping,
                            GCancellable        *cancellable,
                            GError             **error)
{
  g_autoptr(EvdColumnMapping) copy = NULL;

  g_return_val_if_fail (EVD_IS_ATTENDEE_CHECKER (self), NULL);
  g_return_val_if_fail (EVD_IS_CSV_TABLE (table), NULL);
  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (mapping), NULL);

  copy = evd_column_mapping_copy (mapping);
  return run_check (self, table, copy, cancellable, error);
}

static void
check_data_free (CheckData *data)
{
  g_clear_object (&data->table);
  g_clear_object (&data->mapping);
  g_free (data);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckData *data = task_data;
  GError *error = NULL;
  EvdCheckReport *report;

  report = run_check (source_object, data->table, data->mapping, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

/**
 * evd_attendee_checker_check_async:
 *
 * Like evd_attendee_checker_check(), in a worker thread. @mapping is copied
 * before this returns.
 */
void
evd_attendee_checker_check_async (EvdAttendeeChecker  *self,
                                  EvdCsvTable         *table,
                                  EvdColumnMapping    *mapping,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  g_return_if_fail (EVD_IS_ATTENDEE_CHECKER (self));
  g_return_if_fail (EVD_IS_CSV_TABLE (table));
  g_return_if_fail (EVD_IS_COLUMN_MAPPING (mapping));

  data = g_new0 (CheckData, 1);
  data->table = g_object_ref (table);
  data->mapping = evd_column_mapping_copy (mapping);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_attendee_checker_check_async);
  g_task_set_task_data (task, data, (GDestroyNotify) check_data_free);
  g_task_run_in_thread (task, check_thread);
}

EvdCheckReport *
evd_attendee_checker_check_finish (EvdAttendeeChecker  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
