/* evd-json.h: type-checked reads from Zoom's JSON, shared by models and the API client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Every reader returns NULL/FALSE when the member is missing, null or of the
 * wrong type, and never emits a critical: the data comes from the network. */
const char  *evd_json_get_string        (JsonObject  *object,
                                         const char  *member);
char        *evd_json_dup_string        (JsonObject  *object,
                                         const char  *member);
gboolean     evd_json_get_int           (JsonObject  *object,
                                         const char  *member,
                                         gint64      *out_value);
gboolean     evd_json_get_bool          (JsonObject  *object,
                                         const char  *member,
                                         gboolean    *out_value);
gboolean     evd_json_get_double        (JsonObject  *object,
                                         const char  *member,
                                         double      *out_value);
char       **evd_json_dup_strv          (JsonObject  *object,
                                         const char  *member);
JsonObject  *evd_json_get_object        (JsonObject  *object,
                                         const char  *member);
JsonArray   *evd_json_get_array         (JsonObject  *object,
                                         const char  *member);
GDateTime   *evd_json_dup_date_time     (JsonObject  *object,
                                         const char  *member);
gboolean     evd_json_has_value         (JsonObject  *object,
                                         const char  *member);

JsonObject  *evd_json_node_get_object   (JsonNode    *node,
                                         const char  *what,
                                         GError     **error);
JsonNode    *evd_json_parse             (const char  *data,
                                         gssize       length,
                                         GError     **error);
JsonNode    *evd_json_parse_bytes       (GBytes      *bytes,
                                         GError     **error);
char        *evd_json_to_string         (JsonNode    *node,
                                         gboolean     pretty);

/* Writers for request bodies: NULL values are left out. */
void         evd_json_builder_add_string    (JsonBuilder *builder,
                                             const char  *member,
                                             const char  *value);
void         evd_json_builder_add_date_time (JsonBuilder *builder,
                                             const char  *member,
                                             GDateTime   *value);
void         evd_json_builder_add_strv      (JsonBuilder *builder,
                                             const char  *member,
                                             const char * const *value);

G_END_DECLS
