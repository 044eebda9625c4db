/* evd-import-lock.c: one import per event at a time on this computer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _DEFAULT_SOURCE
#define G_LOG_DOMAIN "evd-import-lock"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "evd-import-lock.h"

/* Who holds the lock, as written in its file: the origin, then the start in
 * Unix seconds, then the process id, one per line. */
#define ORIGIN_CLI "command-line"
#define ORIGIN_APP "app"

struct _EvdImportLock
{
  int   fd;
  char *path;
};

/* $XDG_STATE_HOME/eventdesk/locks/EVENT.lock: the app and the command line
 * of one person share it. Event ids are Zoom's (letters, digits, - and _);
 * anything else is replaced so the name stays one file in that folder. */
static char *
lock_path (const char *event_id)
{
  g_autofree char *name = g_strdup (event_id);

  for (char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      *p = '_';
  return g_strconcat (g_get_user_state_dir (), G_DIR_SEPARATOR_S "eventdesk" G_DIR_SEPARATOR_S "locks"
                      G_DIR_SEPARATOR_S, name, ".lock", NULL);
}

/* The holder writes who it is right after taking the lock: a second import
 * started in that instant waits for the words, a few milliseconds at most
 * (the lock goes with the holder, so a holder that died never keeps it). */
static ssize_t
read_holder (int    fd,
             char  *text,
             gsize  size)
{
  ssize_t n = 0;

  for (guint attempt = 0; attempt < 50; attempt++)
    {
      n = pread (fd, text, size - 1, 0);
      if (n > 0 && memchr (text, '\n', n) != NULL && memchr (text, '\n', n) != text + n - 1)
        break;
      g_usleep (10 * 1000);
    }
  return n;
}

/* "Another import into this event is running (started 14:02 from the
 * command line)." from what the holder wrote; less when it wrote nothing. */
static GError *
busy_error (int fd)
{
  char text[256] = { 0 };
  ssize_t n = read_holder (fd, text, sizeof text);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  const char *where;

  if (n > 0)
    {
      text[n] = '\0';
      lines = g_strsplit (text, "\n", 4);
    }
  if (lines == NULL || g_strv_length (lines) < 2)
    return g_error_new_literal (G_IO_ERROR, G_IO_ERROR_BUSY,
                                _("Another import into this event is running on this computer. Wait for it "
                                  "to finish, then import again: the attendees it added are skipped."));

  started = g_date_time_new_from_unix_utc (g_ascii_strtoll (lines[1], NULL, 10));
  local = started != NULL ? g_date_time_to_local (started) : NULL;
  /* Translators: a time of day, see GDateTime's format */
  when = local != NULL ? g_date_time_format (local, _("%H:%M")) : g_strdup ("?");
  where = g_str_equal (lines[0], ORIGIN_CLI) ? _("from the command line") : _("in the Event Desk app");

  /* Translators: the first %s is a time such as 14:02, the second "from the command line" or "in the Event Desk app" */
  return g_error_new (G_IO_ERROR, G_IO_ERROR_BUSY,
                      _("Another import into this event is running (started %s %s). Wait for it to finish, "
                        "then import again: the attendees it added are skipped."), when, where);
}

/**
 * evd_import_lock_acquire:
 * @event_id: the event about to be imported into
 * @origin: where this import runs
 * @error: %G_IO_ERROR_BUSY, saying who holds it and since when, when another
 *   import into @event_id runs on this computer (in this process or another)
 *
 * Refuses rather than waits: a second import would only find the first one's
 * attendees already registered, and the person would wait without knowing
 * why. The lock is an flock(2) on a file, which the kernel lets go when the
 * holder exits, however it exits: a crash or kill -9 cannot leave it stuck.
 *
 * Returns: (transfer full): the lock, held until evd_import_lock_release()
 */
EvdImportLock *
evd_import_lock_acquire (const char       *event_id,
                         EvdImportOrigin   origin,
                         GError          **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *record = NULL;
  EvdImportLock *lock;
  int fd;

  g_return_val_if_fail (event_id != NULL, NULL);

  path = lock_path (event_id);
  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not prepare the import: %s"), g_strerror (saved));
      return NULL;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not prepare the import: %s"), g_strerror (saved));
      return NULL;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved = errno;

      if (saved == EWOULDBLOCK)
        g_propagate_error (error, busy_error (fd));
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                     _("Could not prepare the import: %s"), g_strerror (saved));
      close (fd);
      return NULL;
    }

  record = g_strdup_printf ("%s\n%" G_GINT64_FORMAT "\n%d\n", origin == EVD_IMPORT_ORIGIN_COMMAND_LINE ? ORIGIN_CLI : ORIGIN_APP,
                            g_get_real_time () / G_USEC_PER_SEC, (int) getpid ());
  if (ftruncate (fd, 0) != 0 || pwrite (fd, record, strlen (record), 0) < 0)
    g_debug ("Could not note who holds %s: %s", path, g_strerror (errno));

  lock = g_new0 (EvdImportLock, 1);
  lock->fd = fd;
  lock->path = g_steal_pointer (&path);
  return lock;
}

/* Closing the file lets the lock go. The file stays: removing it while
 * another process waits to open it would give two holders. */
void
evd_import_lock_release (EvdImportLock *lock)
{
  if (lock == NULL)
    return;
  if (ftruncate (lock->fd, 0) != 0)
    g_debug ("Could not clear %s: %s", lock->path, g_strerror (errno));
  close (lock->fd);
  g_free (lock->path);
  g_free (lock);
}
