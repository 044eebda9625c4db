/* evd-api-url.h: which URLs Event Desk will talk to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EVD_API_DEFAULT_API_URL   "https://api.zoom.us/v2"
#define EVD_API_DEFAULT_OAUTH_URL "https://zoom.us/oauth/token"

/* Environment variables that override the URL given by settings. */
#define EVD_API_ENV_API_URL       "EVENTDESK_API_URL"
#define EVD_API_ENV_OAUTH_URL     "EVENTDESK_OAUTH_URL"

gboolean     evd_api_url_check              (const char          *url,
                                             GError             **error);
gboolean     evd_api_url_is_loopback        (const char          *url);

G_END_DECLS
