/* evd-zoom-zones.h: the time zones Zoom takes, with Zoom's own labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Zoom links every `timezone` field of its API to one fixed list of 135
 * zone IDs; a zone outside it may be refused. The table keeps Zoom's order
 * (by offset, as Zoom shows it). */
guint        evd_zoom_zones_get_n_zones   (void);
const char  *evd_zoom_zones_get_id        (guint        position);
const char  *evd_zoom_zones_get_label     (guint        position);
int          evd_zoom_zones_find          (const char  *zone_id);
gboolean     evd_zoom_zones_contains      (const char  *zone_id);
const char  *evd_zoom_zones_label_for     (const char  *zone_id);
const char  *evd_zoom_zones_match         (const char  *zone_id);
const char  *evd_zoom_zones_match_local   (void);

G_END_DECLS
