/* evd-zone-labels.h: how Zoom names its time zones to people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *evd_zone_get_label (const char *zone);

G_END_DECLS
