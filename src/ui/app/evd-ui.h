/* evd-ui.h: what the app and its tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

void evd_ui_ensure_types (void);

G_END_DECLS
