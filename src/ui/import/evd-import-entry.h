/* evd-import-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

/* "Import from CSV…" in the registrations page's actions box, Ctrl+I and a
 * drop target for .csv files on the page. The page reloads after an
 * import. */
void      evd_import_add_to_registrations_page (GtkWidget           *page,
                                                GtkBox              *actions_box,
                                                EvdClient           *client,
                                                EvdEvent            *event);

/* Opens the assistant for @event, reading @file if not %NULL. */
GtkWidget *evd_import_open_assistant           (GtkWidget           *page,
                                                EvdClient           *client,
                                                EvdEvent            *event,
                                                GFile               *file);

/* Once browsing: if an import stopped before the end for one of the
 * account's events, asks whether to finish it ("Resume Import").
 * @directory is where journals are, %NULL for the usual place. */
void      evd_import_offer_resume              (GtkWindow           *window,
                                                EvdClient           *client,
                                                const char          *directory);

G_END_DECLS
