/* evd-import-resume.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

/* Once browsing: if an import stopped before the end for one of the
 * account's events, asks whether to finish it ("Resume Import").
 * @directory is where journals are, %NULL for the usual place. */
void      evd_import_offer_resume              (GtkWindow           *window,
                                                EvdClient           *client,
                                                const char          *directory);

G_END_DECLS
