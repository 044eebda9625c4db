/* evd-json-guard.h: refusing JSON that would crash or swell the parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* json-glib parses arrays and objects by recursion: 100,000 levels exhaust
 * the stack. Zoom's answers nest fewer than ten levels deep. */
#define EVD_JSON_MAX_DEPTH          512
/* An answer from Zoom, after decompression: a page of 300 tickets is well
 * under 1 MB. Decimal megabytes, as the messages say them. */
#define EVD_JSON_MAX_ANSWER_SIZE    (64 * 1000 * 1000)
/* A request body the sandbox accepts, and a file given to the CLI. */
#define EVD_JSON_MAX_REQUEST_SIZE   (4 * 1000 * 1000)

gboolean     evd_json_guard_check       (const char  *data,
                                         gsize        length,
                                         gsize        max_size,
                                         GError     **error);
JsonNode    *evd_json_guard_parse       (const char  *data,
                                         gsize        length,
                                         gsize        max_size,
                                         GError     **error);

G_END_DECLS
