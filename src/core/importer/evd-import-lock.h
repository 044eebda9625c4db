/* evd-import-lock.h: one import per event at a time on this computer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _EvdImportLock EvdImportLock;

/* Where an import runs, for the message the next one gets. */
typedef enum
{
  EVD_IMPORT_ORIGIN_APP,
  EVD_IMPORT_ORIGIN_COMMAND_LINE,
} EvdImportOrigin;

EvdImportLock *evd_import_lock_acquire  (const char      *event_id,
                                         EvdImportOrigin  origin,
                                         GError         **error);
void           evd_import_lock_release  (EvdImportLock  *lock);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdImportLock, evd_import_lock_release)

G_END_DECLS
