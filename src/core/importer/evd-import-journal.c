/* evd-import-journal.c: an import's progress on disk, row by row, to resume it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import-journal"
/* O_CLOEXEC and fdatasync() are POSIX.1-2008; the build is plain C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evd-import-journal.h"
#include "evd-json-guard.h"
#include "evd-import-private.h"

#define JOURNAL_SUFFIX ".jsonl"

struct _EvdImportJournal
{
  GObject           parent_instance;

  char             *path;
  char             *import_id;
  char             *event_id;
  char             *event_name;
  char             *source_name;
  GDateTime        *created;
  EvdImportOptions *options;
  GPtrArray        *rows;       /* EvdImportRow */
  GHashTable       *row_index;  /* EvdImportRow → position + 1 */
  int               fd;         /* -1 until the first append */
  gboolean          finished;
};

G_DEFINE_FINAL_TYPE (EvdImportJournal, evd_import_journal, G_TYPE_OBJECT)

static void
evd_import_journal_finalize (GObject *object)
{
  EvdImportJournal *self = (EvdImportJournal *) object;

  if (self->fd >= 0)
    close (self->fd);
  g_free (self->path);
  g_free (self->import_id);
  g_free (self->event_id);
  g_free (self->event_name);
  g_free (self->source_name);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->options, evd_import_options_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_index, g_hash_table_unref);

  G_OBJECT_CLASS (evd_import_journal_parent_class)->finalize (object);
}

static void
evd_import_journal_class_init (EvdImportJournalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_import_journal_finalize;
}

static void
evd_import_journal_init (EvdImportJournal *self)
{
  self->fd = -1;
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->row_index = g_hash_table_new (NULL, NULL);
}

/**
 * evd_import_journal_get_default_directory:
 *
 * Returns: (transfer full): $XDG_STATE_HOME/eventdesk/imports
 */
char *
evd_import_journal_get_default_directory (void)
{
  return g_build_filename (g_get_user_state_dir (), "eventdesk", "imports", NULL);
}

static char *
directory_or_default (const char *directory)
{
  return directory != NULL ? g_strdup (directory) : evd_import_journal_get_default_directory ();
}

static void
set_io_error (GError     **error,
              int          saved_errno,
              const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Event Desk could not keep the import’s progress in “%s”: %s"),
               display, g_strerror (saved_errno));
}

static void
add_row (EvdImportJournal *self,
         EvdImportRow     *row)
{
  g_ptr_array_add (self->rows, g_object_ref (row));
  g_hash_table_insert (self->row_index, row, GUINT_TO_POINTER (self->rows->len));
}

static JsonNode *
build_header (EvdImportJournal *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *created = g_date_time_format_iso8601 (self->created);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "journal");
  json_builder_add_int_value (builder, EVD_IMPORT_JOURNAL_VERSION);
  json_builder_set_member_name (builder, "import_id");
  json_builder_add_string_value (builder, self->import_id);
  json_builder_set_member_name (builder, "event_id");
  json_builder_add_string_value (builder, self->event_id);
  json_builder_set_member_name (builder, "event_name");
  json_builder_add_string_value (builder, self->event_name);
  json_builder_set_member_name (builder, "source_name");
  json_builder_add_string_value (builder, self->source_name);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "options");
  json_builder_add_value (builder, evd_import_options_to_json (self->options));
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->rows->len; i++)
    {
      EvdImportRow *row = g_ptr_array_index (self->rows, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "row");
      json_builder_add_int_value (builder, evd_import_row_get_row_number (row));
      json_builder_set_member_name (builder, "ticket");
      json_builder_add_value (builder, json_node_copy (evd_import_row_get_ticket (row)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static char *
node_to_line (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *text;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);
  text = g_realloc (text, length + 2);
  text[length] = '\n';
  text[length + 1] = '\0';
  return text;
}

static gboolean
open_for_append (EvdImportJournal  *self,
                 GError           **error)
{
  if (self->fd >= 0)
    return TRUE;
  self->fd = g_open (self->path, O_WRONLY | O_APPEND | O_CLOEXEC, 0);
  if (self->fd < 0)
    {
      set_io_error (error, errno, self->path);
      return FALSE;
    }
  return TRUE;
}

/* One write per line, so a crash leaves whole lines and at most one cut
 * short at the end, which loading ignores. */
static gboolean
append_line (EvdImportJournal  *self,
             const char        *line,
             GError           **error)
{
  gsize length = strlen (line);
  gsize done = 0;

  if (!open_for_append (self, error))
    return FALSE;
  while (done < length)
    {
      gssize written = write (self->fd, line + done, length - done);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          set_io_error (error, errno, self->path);
          return FALSE;
        }
      done += (gsize) written;
    }
  return TRUE;
}

/**
 * evd_import_journal_create:
 * @directory: (nullable): where to write; %NULL for the default folder
 * @event_name: (nullable): the event's name, to show when offering a resume
 * @source_name: the file the attendees came from (a path or a name)
 * @rows: (element-type EvdImportRow): every attendee to send, pending
 *
 * Writes the header durably (a temporary file, synced, then renamed), so the
 * journal exists before the first request goes out.
 *
 * Returns: (transfer full): the journal, open for appending
 */
EvdImportJournal *
evd_import_journal_create (const char              *directory,
                           const char              *event_id,
                           const char              *event_name,
                           const char              *source_name,
                           const EvdImportOptions  *options,
                           GPtrArray               *rows,
                           GError                 **error)
{
  g_autoptr(EvdImportJournal) self = NULL;
  g_autofree char *dir = directory_or_default (directory);
  g_autofree char *file_name = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *line = NULL;
  g_autoptr(JsonNode) header = NULL;
  int fd;

  g_return_val_if_fail (event_id != NULL, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (rows != NULL, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_io_error (error, errno, dir);
      return NULL;
    }

  self = g_object_new (EVD_TYPE_IMPORT_JOURNAL, NULL);
  self->import_id = g_uuid_string_random ();
  self->event_id = g_strdup (event_id);
  self->event_name = g_strdup (event_name != NULL ? event_name : "");
  self->source_name = g_strdup (source_name);
  self->created = g_date_time_new_now_utc ();
  self->options = evd_import_options_copy (options);
  for (guint i = 0; i < rows->len; i++)
    add_row (self, g_ptr_array_index (rows, i));

  file_name = g_strconcat (self->import_id, JOURNAL_SUFFIX, NULL);
  self->path = g_build_filename (dir, file_name, NULL);
  temp_path = g_strconcat (self->path, ".new", NULL);
  header = build_header (self);
  line = node_to_line (header);

  fd = g_open (temp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_io_error (error, errno, temp_path);
      return NULL;
    }
  self->fd = fd;
  if (!append_line (self, line, error) || !evd_import_journal_sync (self, error))
    {
      g_unlink (temp_path);
      return NULL;
    }
  if (g_rename (temp_path, self->path) != 0)
    {
      set_io_error (error, errno, self->path);
      g_unlink (temp_path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gint64
get_int (JsonObject *object,
         const char *name,
         gint64      fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return fallback;
  return json_node_get_int (node);
}

static gboolean
read_header (EvdImportJournal  *self,
             JsonObject        *header,
             GError           **error)
{
  JsonNode *rows_node = json_object_get_member (header, "rows");
  const char *created = get_string (header, "created");
  JsonArray *rows;

  if (get_int (header, "journal", 0) != EVD_IMPORT_JOURNAL_VERSION ||
      get_string (header, "import_id") == NULL || get_string (header, "event_id") == NULL ||
      rows_node == NULL || !JSON_NODE_HOLDS_ARRAY (rows_node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("This import’s progress file was written by another version of Event Desk, or is damaged."));
      return FALSE;
    }

  self->import_id = g_strdup (get_string (header, "import_id"));
  self->event_id = g_strdup (get_string (header, "event_id"));
  self->event_name = g_strdup (get_string (header, "event_name") ?: "");
  self->source_name = g_strdup (get_string (header, "source_name") ?: "");
  self->created = created != NULL ? g_date_time_new_from_iso8601 (created, NULL) : NULL;
  if (self->created == NULL)
    self->created = g_date_time_new_from_unix_utc (0);
  self->options = evd_import_options_new_from_json (json_object_get_member (header, "options"));

  rows = json_node_get_array (rows_node);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonNode *item = json_array_get_element (rows, i);
      g_autoptr(EvdImportRow) row = NULL;
      JsonNode *ticket;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        continue;
      ticket = json_object_get_member (json_node_get_object (item), "ticket");
      if (ticket == NULL || !JSON_NODE_HOLDS_OBJECT (ticket))
        continue;
      row = evd_import_row_new ((guint) get_int (json_node_get_object (item), "row", 0), ticket);
      if (evd_import_row_get_email (row) == NULL)
        continue;
      add_row (self, row);
    }
  return TRUE;
}

static void
replay_line (EvdImportJournal *self,
             JsonObject       *line)
{
  gint64 index = get_int (line, "i", -1);
  EvdImportRowState state;
  EvdImportRow *row;

  if (json_object_has_member (line, "finished"))
    {
      self->finished = TRUE;
      return;
    }
  if (index < 0 || index >= self->rows->len ||
      !evd_import_row_state_from_string (get_string (line, "state"), &state))
    return;

  row = g_ptr_array_index (self->rows, index);
  evd_import_row_restore (row, state, get_string (line, "ticket_id"), get_string (line, "join_link"),
                          get_string (line, "error_code"), get_string (line, "reason"));
}

/**
 * evd_import_journal_load:
 *
 * Reads a journal and replays its lines. A last line cut short (a crash in
 * the middle of a write) is ignored, and so is any line that does not parse.
 *
 * Returns: (transfer full): the journal, open for appending
 */
EvdImportJournal *
evd_import_journal_load (const char  *path,
                         GError     **error)
{
  g_autoptr(EvdImportJournal) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *contents = NULL;
  char *line, *next;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  self = g_object_new (EVD_TYPE_IMPORT_JOURNAL, NULL);
  self->path = g_strdup (path);

  next = strchr (contents, '\n');
  if (next == NULL || !evd_json_guard_check (contents, next - contents, EVD_JSON_MAX_ANSWER_SIZE, NULL) ||
      !json_parser_load_from_data (parser, contents, next - contents, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("This import’s progress file is damaged."));
      return NULL;
    }
  if (!read_header (self, json_node_get_object (json_parser_get_root (parser)), error))
    return NULL;

  /* Only lines that end with a newline were written whole. */
  for (line = next + 1; (next = strchr (line, '\n')) != NULL; line = next + 1)
    {
      if (next == line)
        continue;
      if (!evd_json_guard_check (line, next - line, EVD_JSON_MAX_ANSWER_SIZE, NULL) ||
          !json_parser_load_from_data (parser, line, next - line, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          g_debug ("%s: skipping a line that does not parse", path);
          continue;
        }
      replay_line (self, json_node_get_object (json_parser_get_root (parser)));
    }

  /* A line cut short must not glue itself to the next append. */
  if (*line != '\0')
    {
      if (!open_for_append (self, error) || !append_line (self, "\n", error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  EvdImportJournal *ja = *(EvdImportJournal **) a;
  EvdImportJournal *jb = *(EvdImportJournal **) b;

  return g_date_time_compare (jb->created, ja->created);
}

/**
 * evd_import_journal_list_unfinished:
 * @directory: (nullable): %NULL for the default folder
 *
 * For "Resume Import" on start: the imports that did not finish, newest
 * first. Files that cannot be read are skipped. A missing folder is an
 * empty list.
 *
 * Returns: (transfer full) (element-type EvdImportJournal): the journals
 */
GPtrArray *
evd_import_journal_list_unfinished (const char  *directory,
                                    GError     **error)
{
  g_autofree char *dir_path = directory_or_default (directory);
  g_autoptr(GPtrArray) journals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (dir_path, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&journals);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(EvdImportJournal) journal = NULL;
      g_autoptr(GError) load_error = NULL;

      if (!g_str_has_suffix (name, JOURNAL_SUFFIX))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      journal = evd_import_journal_load (path, &load_error);
      if (journal == NULL)
        {
          g_debug ("%s: %s", path, load_error->message);
          continue;
        }
      if (!journal->finished)
        g_ptr_array_add (journals, g_steal_pointer (&journal));
    }

  g_ptr_array_sort (journals, compare_newest_first);
  return g_steal_pointer (&journals);
}

/**
 * evd_import_journal_find_abandoned:
 * @directory: (nullable): %NULL for the default folder
 *
 * The journal files, finished or not, readable or not, that were last
 * written more than %EVD_IMPORT_JOURNAL_ABANDONED_DAYS days ago.
 *
 * Returns: (transfer full) (array zero-terminated=1): their paths, maybe none
 */
char **
evd_import_journal_find_abandoned (const char *directory)
{
  g_autofree char *dir_path = directory_or_default (directory);
  g_autoptr(GStrvBuilder) paths = g_strv_builder_new ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  gint64 limit = g_get_real_time () / G_USEC_PER_SEC - (gint64) EVD_IMPORT_JOURNAL_ABANDONED_DAYS * 24 * 3600;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_suffix (name, JOURNAL_SUFFIX))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && (gint64) st.st_mtime < limit)
        g_strv_builder_add (paths, path);
    }
  return g_strv_builder_end (paths);
}

/* Returns how many of @paths were removed. */
guint
evd_import_journal_remove_files (const char * const *paths)
{
  guint removed = 0;

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      if (g_unlink (paths[i]) == 0)
        removed++;
      else
        g_debug ("%s not removed: %s", paths[i], g_strerror (errno));
    }
  return removed;
}

/**
 * evd_import_journal_find_unfinished:
 *
 * Returns: (transfer full) (nullable): the newest unfinished import of
 *   @source_name into @event_id, or %NULL (and no error) if there is none
 */
EvdImportJournal *
evd_import_journal_find_unfinished (const char  *directory,
                                    const char  *event_id,
                                    const char  *source_name,
                                    GError     **error)
{
  g_autoptr(GPtrArray) journals = NULL;

  g_return_val_if_fail (event_id != NULL, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);

  journals = evd_import_journal_list_unfinished (directory, error);
  if (journals == NULL)
    return NULL;
  for (guint i = 0; i < journals->len; i++)
    {
      EvdImportJournal *journal = g_ptr_array_index (journals, i);

      if (g_str_equal (journal->event_id, event_id) && g_str_equal (journal->source_name, source_name))
        return g_object_ref (journal);
    }
  return NULL;
}

const char *
evd_import_journal_get_path (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), NULL);
  return self->path;
}

const char *
evd_import_journal_get_import_id (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), NULL);
  return self->import_id;
}

const char *
evd_import_journal_get_event_id (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), NULL);
  return self->event_id;
}

const char *
evd_import_journal_get_event_name (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), NULL);
  return self->event_name;
}

const char *
evd_import_journal_get_source_name (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), NULL);
  return self->source_name;
}

/**
 * evd_import_journal_get_created:
 *
 * Returns: (transfer none): when the import started, in UTC
 */
GDateTime *
evd_import_journal_get_created (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), NULL);
  return self->created;
}

const EvdImportOptions *
evd_import_journal_get_options (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), NULL);
  return self->options;
}

/**
 * evd_import_journal_get_rows:
 *
 * Returns: (transfer none) (element-type EvdImportRow): the rows
 */
GPtrArray *
evd_import_journal_get_rows (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), NULL);
  return self->rows;
}

guint
evd_import_journal_count_done (EvdImportJournal *self)
{
  guint done = 0;

  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    if (evd_import_row_state_is_done (evd_import_row_get_state (g_ptr_array_index (self->rows, i))))
      done++;
  return done;
}

gboolean
evd_import_journal_is_finished (EvdImportJournal *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), FALSE);
  return self->finished;
}

static void
add_optional (JsonBuilder *builder,
              const char  *name,
              const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/**
 * evd_import_journal_record:
 * @row: one of the journal's rows, in its new state
 * @batch: the batch it is sent in (for "sending"), or 0
 *
 * Returns: %TRUE if the line was written
 */
gboolean
evd_import_journal_record (EvdImportJournal  *self,
                           EvdImportRow      *row,
                           guint              batch,
                           GError           **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *line = NULL;
  guint position;

  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), FALSE);
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (row), FALSE);

  position = GPOINTER_TO_UINT (g_hash_table_lookup (self->row_index, row));
  g_return_val_if_fail (position > 0, FALSE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "i");
  json_builder_add_int_value (builder, position - 1);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, evd_import_row_state_to_string (evd_import_row_get_state (row)));
  if (batch > 0)
    {
      json_builder_set_member_name (builder, "batch");
      json_builder_add_int_value (builder, batch);
    }
  add_optional (builder, "ticket_id", evd_import_row_get_ticket_id (row));
  add_optional (builder, "join_link", evd_import_row_get_join_link (row));
  if (evd_import_row_get_state (row) == EVD_IMPORT_ROW_FAILED)
    {
      add_optional (builder, "error_code", evd_import_row_get_error_code (row));
      add_optional (builder, "reason", evd_import_row_get_reason (row));
    }
  json_builder_end_object (builder);

  node = json_builder_get_root (builder);
  line = node_to_line (node);
  return append_line (self, line, error);
}

gboolean
evd_import_journal_sync (EvdImportJournal  *self,
                         GError           **error)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), FALSE);

  if (self->fd < 0)
    return TRUE;
  if (fdatasync (self->fd) != 0 && errno != EINVAL)
    {
      set_io_error (error, errno, self->path);
      return FALSE;
    }
  return TRUE;
}

/**
 * evd_import_journal_mark_finished:
 *
 * Writes the last line: the import will not be offered for resuming.
 */
gboolean
evd_import_journal_mark_finished (EvdImportJournal  *self,
                                  GError           **error)
{
  g_autofree char *now = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), FALSE);

  if (self->finished)
    return TRUE;
  time = g_date_time_new_now_utc ();
  now = g_date_time_format_iso8601 (time);
  line = g_strdup_printf ("{\"finished\":\"%s\"}\n", now);
  if (!append_line (self, line, error) || !evd_import_journal_sync (self, error))
    return FALSE;
  self->finished = TRUE;
  return TRUE;
}

gboolean
evd_import_journal_delete (EvdImportJournal  *self,
                           GError           **error)
{
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (self), FALSE);

  if (self->fd >= 0)
    {
      close (self->fd);
      self->fd = -1;
    }
  if (g_unlink (self->path) != 0 && errno != ENOENT)
    {
      set_io_error (error, errno, self->path);
      return FALSE;
    }
  return TRUE;
}
