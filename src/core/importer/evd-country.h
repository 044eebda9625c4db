/* evd-country.h: country cells to the two-letter codes Zoom takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean evd_country_to_code (const char *text,
                              gsize       length,
                              char        code[3]);

G_END_DECLS
