/* evd-credentials.h: the three values of a Server-to-Server OAuth app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define EVD_TYPE_CREDENTIALS (evd_credentials_get_type ())

typedef struct _EvdCredentials EvdCredentials;

struct _EvdCredentials
{
  char *account_id;
  char *client_id;
  char *client_secret;
};

GType           evd_credentials_get_type     (void) G_GNUC_CONST;
EvdCredentials *evd_credentials_new          (const char           *account_id,
                                              const char           *client_id,
                                              const char           *client_secret);
EvdCredentials *evd_credentials_new_from_env (void);
EvdCredentials *evd_credentials_copy         (const EvdCredentials *self);
void            evd_credentials_free         (EvdCredentials       *self);
gboolean        evd_credentials_is_complete  (const EvdCredentials *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdCredentials, evd_credentials_free)

G_END_DECLS
