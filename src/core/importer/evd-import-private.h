/* evd-import-private.h: what the importer's files share among themselves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-import-options.h"
#include "evd-import-result.h"
#include "evd-import-row.h"

G_BEGIN_DECLS

char     *evd_import_options_dup_source   (const EvdImportOptions *options);

/* Restores a row from the journal without notifying. */
void      evd_import_row_restore          (EvdImportRow       *self,
                                           EvdImportRowState   state,
                                           const char         *ticket_id,
                                           const char         *join_link,
                                           const char         *error_code,
                                           const char         *reason);

G_END_DECLS
