/* evd-scopes.h: the Zoom scopes Event Desk needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One scope as the connect guide shows it: the group Zoom's "Add Scopes"
 * screen files it under, what it allows in plain words (both untranslated,
 * pass them through _()) and the ID to search for there. */
typedef struct
{
  const char *id;
  const char *group;
  const char *allows;
} EvdScopeInfo;

const char * const  *evd_scopes_get_required      (void);
const EvdScopeInfo  *evd_scopes_get_info          (guint              *n_scopes);
const char          *evd_scope_info_get_group     (const EvdScopeInfo *info);
const EvdScopeInfo  *evd_scopes_lookup            (const char         *id);
char                *evd_scopes_to_text           (const char * const *scopes,
                                                   const char         *separator);
char                *evd_scopes_describe          (const char * const *scopes);
char                *evd_scopes_describe_missing  (const char * const *scopes);
char                *evd_scopes_admin_request     (void);

G_END_DECLS
