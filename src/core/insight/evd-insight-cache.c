/* evd-insight-cache.c: an event's reports, kept on this computer between reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-insight"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "evd-insight-cache.h"

/* Plain lines of tab-separated, escaped fields: written straight into one
 * buffer and read straight from the mapped file, with no object per row.
 * (As a GVariant the 100,000-row file took 120 MB more to write.) The
 * first line names the version: a file of another one is read again from
 * Zoom. Any line that does not read is the file's end: what came before
 * stands, the next refresh reads the rest. */
#define CACHE_MAGIC "EVDINSIGHT 2"

EvdInsightCache *
evd_insight_cache_new (void)
{
  return g_new0 (EvdInsightCache, 1);
}

void
evd_insight_cache_free (EvdInsightCache *cache)
{
  if (cache == NULL)
    return;
  g_free (cache->event_json);
  g_free (cache->ticket_types_json);
  g_clear_object (&cache->registrations);
  g_clear_object (&cache->attendance);
  g_free (cache);
}

/**
 * evd_insight_cache_path:
 *
 * One file per account's API address and event, in the user's cache
 * folder: the sandbox on another port, or another account, never shares it.
 */
char *
evd_insight_cache_path (const char *api_url,
                        const char *event_id)
{
  g_autofree char *key = g_strconcat (api_url != NULL ? api_url : "", "\n", event_id, NULL);
  g_autofree char *name = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  name[32] = '\0';
  return g_build_filename (g_get_user_cache_dir (), "eventdesk", "insight", name, NULL);
}

static void
append_field (GString    *out,
              const char *text)
{
  g_string_append_c (out, '\t');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    switch (*p)
      {
      case '\\': g_string_append (out, "\\\\"); break;
      case '\t': g_string_append (out, "\\t"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      default: g_string_append_c (out, *p);
      }
}

static void
append_number (GString *out,
               gint64   value)
{
  g_string_append_printf (out, "\t%" G_GINT64_FORMAT, value);
}

gboolean
evd_insight_cache_save (EvdInsightCache  *cache,
                        const char       *path,
                        GError          **error)
{
  g_autoptr(GString) out = g_string_sized_new (1024 * 1024);
  g_autofree char *dir = g_path_get_dirname (path);
  guint n;

  cache->saved_at = g_get_real_time ();
  g_string_append (out, CACHE_MAGIC "\n");
  g_string_append (out, "E");
  append_field (out, cache->event_json);
  append_field (out, cache->ticket_types_json);
  append_number (out, cache->registrations != NULL ? cache->registrations_read_at : -1);
  append_number (out, cache->count_gap);
  append_number (out, cache->attendance != NULL ? cache->attendance_read_at : -1);
  append_number (out, cache->saved_at);
  g_string_append_c (out, '\n');

  n = cache->registrations != NULL ? evd_registration_list_get_n_rows (cache->registrations) : 0;
  for (guint i = 0; i < n; i++)
    {
      const EvdRegistration *row = evd_registration_list_get_row (cache->registrations, i);

      g_string_append_c (out, 'R');
      append_field (out, row->email);
      append_field (out, row->first_name);
      append_field (out, row->last_name);
      append_field (out, row->ticket_type_id);
      append_field (out, row->source);
      append_field (out, row->method);
      append_number (out, row->registered);
      g_string_append_c (out, '\n');
    }

  n = cache->attendance != NULL ? evd_attendance_list_get_n_rows (cache->attendance) : 0;
  for (guint i = 0; i < n; i++)
    {
      const EvdAttendance *row = evd_attendance_list_get_row (cache->attendance, i);

      g_string_append_c (out, 'A');
      append_field (out, row->email);
      append_field (out, row->first_name);
      append_field (out, row->last_name);
      append_number (out, row->attended);
      append_number (out, row->lobby);
      append_number (out, row->minutes);
      append_number (out, row->sessions_joined);
      append_number (out, row->first_join);
      g_string_append_c (out, '\n');
    }
  n = cache->attendance != NULL ? evd_attendance_list_get_n_spans (cache->attendance) : 0;
  for (guint i = 0; i < n; i++)
    {
      const EvdAttendanceSpan *span = evd_attendance_list_get_span (cache->attendance, i);

      g_string_append_c (out, 'S');
      append_number (out, span->person);
      append_field (out, span->session_id);
      append_field (out, span->session_name);
      append_number (out, span->join);
      append_number (out, span->exit);
      append_number (out, span->minutes);
      g_string_append_c (out, '\n');
    }

  /* Names and emails of attendees: private to this user. */
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, out->str, out->len, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

#define MAX_FIELDS 10

/* Splits one line into its fields, unescaping them into @scratch.
 * Returns the number of fields, 0 when the line is not well formed. */
static guint
split_line (const char  *line,
            const char  *end,
            GString     *scratch,
            const char **fields)
{
  gsize offsets[MAX_FIELDS];
  guint n = 0;

  g_string_truncate (scratch, 0);
  if (line >= end)
    return 0;
  /* The kind letter is the first field. */
  offsets[n++] = scratch->len;
  g_string_append_c (scratch, *line++);
  g_string_append_c (scratch, '\0');
  while (line < end)
    {
      if (*line != '\t' || n >= MAX_FIELDS)
        return 0;
      line++;
      offsets[n++] = scratch->len;
      while (line < end && *line != '\t')
        {
          if (*line == '\\')
            {
              if (++line >= end)
                return 0;
              switch (*line)
                {
                case '\\': g_string_append_c (scratch, '\\'); break;
                case 't': g_string_append_c (scratch, '\t'); break;
                case 'n': g_string_append_c (scratch, '\n'); break;
                case 'r': g_string_append_c (scratch, '\r'); break;
                default: return 0;
                }
            }
          else if (*line == '\0')
            return 0;
          else
            g_string_append_c (scratch, *line);
          line++;
        }
      g_string_append_c (scratch, '\0');
    }
  for (guint i = 0; i < n; i++)
    fields[i] = scratch->str + offsets[i];
  return n;
}

static gboolean
read_number (const char *text,
             gint64     *value)
{
  char *end = NULL;

  if (*text == '\0')
    return FALSE;
  *value = g_ascii_strtoll (text, &end, 10);
  return end != NULL && *end == '\0';
}

static gboolean
read_numbers (const char **fields,
              guint        first,
              guint        count,
              gint64      *values)
{
  for (guint i = 0; i < count; i++)
    if (!read_number (fields[first + i], &values[i]))
      return FALSE;
  return TRUE;
}

static gboolean
valid_strings (const char **fields,
               guint        n)
{
  for (guint i = 1; i < n; i++)
    if (!g_utf8_validate (fields[i], -1, NULL))
      return FALSE;
  return TRUE;
}

/**
 * evd_insight_cache_load:
 *
 * Returns: (nullable): the cache, or %NULL with @error when there is none
 *   or it cannot be read (of another version, damaged, …)
 */
EvdInsightCache *
evd_insight_cache_load (const char  *path,
                        GError     **error)
{
  g_autoptr(EvdInsightCache) cache = NULL;
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GString) scratch = g_string_new (NULL);
  const char *fields[MAX_FIELDS];
  const char *data, *end, *line;
  gint64 numbers[5];
  gint64 regs_read_at, attendance_read_at;

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;
  data = g_mapped_file_get_contents (file);
  end = data + g_mapped_file_get_length (file);
  if (data == NULL || (gsize) (end - data) < strlen (CACHE_MAGIC) + 1 ||
      memcmp (data, CACHE_MAGIC "\n", strlen (CACHE_MAGIC) + 1) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "The saved reports are of another version.");
      return NULL;
    }
  line = data + strlen (CACHE_MAGIC) + 1;

  cache = evd_insight_cache_new ();
  while (line < end)
    {
      const char *stop = memchr (line, '\n', end - line);
      guint n;

      if (stop == NULL)
        break;
      n = split_line (line, stop, scratch, fields);
      line = stop + 1;
      if (n == 0 || !valid_strings (fields, n))
        break;

      if (fields[0][0] == 'E' && n == 7 && cache->event_json == NULL && read_numbers (fields, 3, 4, numbers))
        {
          cache->event_json = g_strdup (fields[1]);
          cache->ticket_types_json = g_strdup (fields[2]);
          regs_read_at = numbers[0];
          cache->count_gap = numbers[1];
          attendance_read_at = numbers[2];
          cache->saved_at = numbers[3];
          if (regs_read_at >= 0)
            {
              cache->registrations = evd_registration_list_new ();
              cache->registrations_read_at = regs_read_at;
            }
          if (attendance_read_at >= 0)
            {
              cache->attendance = evd_attendance_list_new ();
              cache->attendance_read_at = attendance_read_at;
            }
        }
      else if (fields[0][0] == 'R' && n == 8 && cache->registrations != NULL && read_numbers (fields, 7, 1, numbers))
        {
          EvdRegistration row = { fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], numbers[0] };

          evd_registration_list_add (cache->registrations, &row);
        }
      else if (fields[0][0] == 'A' && n == 9 && cache->attendance != NULL && read_numbers (fields, 4, 5, numbers))
        {
          EvdAttendance row = { fields[1], fields[2], fields[3], numbers[0] != 0, numbers[1] != 0,
                                (guint) CLAMP (numbers[2], 0, G_MAXUINT), (guint) CLAMP (numbers[3], 0, G_MAXUINT),
                                numbers[4] };

          evd_attendance_list_add (cache->attendance, &row);
        }
      else if (fields[0][0] == 'S' && n == 7 && cache->attendance != NULL &&
               read_numbers (fields, 1, 1, numbers) && read_numbers (fields, 4, 3, numbers + 1))
        {
          EvdAttendanceSpan span = { 0, fields[2], fields[3], numbers[1], numbers[2],
                                     (guint) CLAMP (numbers[3], 0, G_MAXUINT) };

          /* A span of a row that is not there (a damaged file) is left out. */
          if (numbers[0] < 0 || numbers[0] >= evd_attendance_list_get_n_rows (cache->attendance))
            continue;
          span.person = (guint) numbers[0];
          evd_attendance_list_add_span (cache->attendance, &span);
        }
      else
        break;
    }

  if (cache->event_json == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "The saved reports are damaged.");
      return NULL;
    }
  return g_steal_pointer (&cache);
}

static void
forget_all_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  g_autofree char *folder = g_build_filename (g_get_user_cache_dir (), "eventdesk", "insight", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  /* No folder is nothing to forget. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_unlink (path);
    }
  g_task_return_boolean (task, TRUE);
}

void
evd_insight_cache_forget_all_async (GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, evd_insight_cache_forget_all_async);
  g_task_run_in_thread (task, forget_all_thread);
}

gboolean
evd_insight_cache_forget_all_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
