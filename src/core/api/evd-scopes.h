/* evd-scopes.h: the Zoom scopes Event Desk needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char * const *evd_scopes_get_required (void);
char               *evd_scopes_to_text      (const char * const *scopes,
                                             const char         *separator);

G_END_DECLS
