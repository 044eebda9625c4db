/* evd-hub.h: a Zoom Events hub
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define EVD_TYPE_HUB (evd_hub_get_type ())

G_DECLARE_FINAL_TYPE (EvdHub, evd_hub, EVD, HUB, GObject)

EvdHub      *evd_hub_new_from_json       (JsonNode  *node,
                                          GError   **error);
JsonNode    *evd_hub_get_json            (EvdHub    *self);

const char  *evd_hub_get_hub_id          (EvdHub    *self);
const char  *evd_hub_get_name            (EvdHub    *self);
const char  *evd_hub_get_description     (EvdHub    *self);
const char  *evd_hub_get_access_level    (EvdHub    *self);
const char  *evd_hub_get_public_url      (EvdHub    *self);
gboolean     evd_hub_get_hidden          (EvdHub    *self);
gboolean     evd_hub_get_active          (EvdHub    *self);
gboolean     evd_hub_get_auto_list_events (EvdHub   *self);
gboolean     evd_hub_get_landing_hub     (EvdHub    *self);

G_END_DECLS
