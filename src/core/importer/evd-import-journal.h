/* evd-import-journal.h: an import's progress on disk, row by row, to resume it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-import-options.h"
#include "evd-import-row.h"

G_BEGIN_DECLS

/* One file per import in $XDG_STATE_HOME/eventdesk/imports/, JSON Lines:
 * a header (journal version, import id, event id and name, source file name,
 * options, creation time, and every attendee's ticket as it is sent, so a
 * resume needs no file), then one line per row change as it happens, then a
 * "finished" line. A power cut loses at most the lines of the batch in
 * flight; its rows are "sending", and the resume looks them up before
 * anything is sent again. */
#define EVD_IMPORT_JOURNAL_VERSION 1

#define EVD_TYPE_IMPORT_JOURNAL (evd_import_journal_get_type ())

G_DECLARE_FINAL_TYPE (EvdImportJournal, evd_import_journal, EVD, IMPORT_JOURNAL, GObject)

/* The folder journals live in; @directory arguments below may be NULL for it. */
char             *evd_import_journal_get_default_directory (void);

EvdImportJournal *evd_import_journal_create        (const char              *directory,
                                                    const char              *event_id,
                                                    const char              *event_name,
                                                    const char              *source_name,
                                                    const EvdImportOptions  *options,
                                                    GPtrArray               *rows,
                                                    GError                 **error);
EvdImportJournal *evd_import_journal_load          (const char              *path,
                                                    GError                 **error);
GPtrArray        *evd_import_journal_list_unfinished (const char            *directory,
                                                    GError                 **error);
/* Journals nobody wrote to for this many days hold names and emails for no
 * purpose: they are removed at start-up, after saying so. */
#define EVD_IMPORT_JOURNAL_ABANDONED_DAYS 30
char            **evd_import_journal_find_abandoned (const char            *directory);
guint             evd_import_journal_remove_files  (const char * const     *paths);
EvdImportJournal *evd_import_journal_find_unfinished (const char            *directory,
                                                    const char              *event_id,
                                                    const char              *source_name,
                                                    GError                 **error);

const char       *evd_import_journal_get_path        (EvdImportJournal *self);
const char       *evd_import_journal_get_import_id   (EvdImportJournal *self);
const char       *evd_import_journal_get_event_id    (EvdImportJournal *self);
const char       *evd_import_journal_get_event_name  (EvdImportJournal *self);
const char       *evd_import_journal_get_source_name (EvdImportJournal *self);
GDateTime        *evd_import_journal_get_created     (EvdImportJournal *self);
const EvdImportOptions *
                  evd_import_journal_get_options     (EvdImportJournal *self);
/* The rows, in their last recorded state (element-type EvdImportRow). */
GPtrArray        *evd_import_journal_get_rows        (EvdImportJournal *self);
guint             evd_import_journal_count_done      (EvdImportJournal *self);
gboolean          evd_import_journal_is_finished     (EvdImportJournal *self);

/* Appends the row's current state as one line (a single write). */
gboolean          evd_import_journal_record          (EvdImportJournal  *self,
                                                      EvdImportRow      *row,
                                                      guint              batch,
                                                      GError           **error);
/* Makes the lines written so far survive a power cut (fdatasync). */
gboolean          evd_import_journal_sync            (EvdImportJournal  *self,
                                                      GError           **error);
gboolean          evd_import_journal_mark_finished   (EvdImportJournal  *self,
                                                      GError           **error);
gboolean          evd_import_journal_delete          (EvdImportJournal  *self,
                                                      GError           **error);

G_END_DECLS
