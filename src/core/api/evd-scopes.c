/* evd-scopes.c: the Zoom scopes Event Desk needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-scopes"

#include "config.h"

#include "evd-scopes.h"

/* The granular ":admin" scopes of every Events API call Event Desk makes:
 * a Server-to-Server app acts for the whole account, so it needs the admin
 * twin of each. Shown in the connect guide, and named when Zoom answers that
 * one is missing. */
static const char * const required_scopes[] = {
  "zoom_events:read:list_hubs:admin",
  "zoom_events:read:list_events:admin",
  "zoom_events:read:event:admin",
  "zoom_events:write:event:admin",
  "zoom_events:update:event:admin",
  "zoom_events:delete:event:admin",
  "zoom_events:read:list_sessions:admin",
  "zoom_events:read:session:admin",
  "zoom_events:write:session:admin",
  "zoom_events:update:session:admin",
  "zoom_events:delete:session:admin",
  "zoom_events:read:list_ticket_types:admin",
  "zoom_events:write:ticket_type:admin",
  "zoom_events:read:list_tickets:admin",
  "zoom_events:read:ticket:admin",
  "zoom_events:write:ticket:admin",
  "zoom_events:delete:ticket:admin",
  "zoom_events:read:list_registrants:admin",
  NULL
};

const char * const *
evd_scopes_get_required (void)
{
  return required_scopes;
}

char *
evd_scopes_to_text (const char * const *scopes,
                    const char         *separator)
{
  g_return_val_if_fail (separator != NULL, NULL);

  return scopes != NULL ? g_strjoinv (separator, (char **) scopes) : g_strdup ("");
}
