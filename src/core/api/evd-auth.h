/* evd-auth.h: the access token of a Server-to-Server OAuth app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EVD_TYPE_AUTH (evd_auth_get_type ())

G_DECLARE_FINAL_TYPE (EvdAuth, evd_auth, EVD, AUTH, GObject)

EvdAuth            *evd_auth_new              (const char          *account_id,
                                               const char          *client_id,
                                               const char          *client_secret,
                                               const char          *oauth_url);
const char         *evd_auth_get_account_id   (EvdAuth             *self);
const char         *evd_auth_get_oauth_url    (EvdAuth             *self);
const char * const *evd_auth_get_scopes       (EvdAuth             *self);
gboolean            evd_auth_has_scope        (EvdAuth             *self,
                                               const char          *scope);
void                evd_auth_get_token_async  (EvdAuth             *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
char               *evd_auth_get_token_finish (EvdAuth             *self,
                                               GAsyncResult        *result,
                                               GError             **error);
void                evd_auth_invalidate       (EvdAuth             *self,
                                               const char          *token);

G_END_DECLS
