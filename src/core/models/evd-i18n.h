/* evd-i18n.h: the translation catalogue and the locale, set up once per program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *evd_i18n_get_locale_dir (void);
void        evd_i18n_init           (void);

G_END_DECLS
