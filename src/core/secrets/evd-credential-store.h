/* evd-credential-store.h: the app's credentials in the desktop keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-credentials.h"

G_BEGIN_DECLS

#define EVD_CREDENTIAL_ERROR (evd_credential_error_quark ())

typedef enum
{
  EVD_CREDENTIAL_ERROR_NO_SERVICE,  /* no keyring service on this desktop */
  EVD_CREDENTIAL_ERROR_LOCKED,      /* the keyring is locked */
  EVD_CREDENTIAL_ERROR_DISMISSED,   /* the person closed the unlock prompt */
  EVD_CREDENTIAL_ERROR_FAILED,      /* anything else the keyring said */
} EvdCredentialError;

#define EVD_TYPE_CREDENTIAL_STORE (evd_credential_store_get_type ())

G_DECLARE_FINAL_TYPE (EvdCredentialStore, evd_credential_store, EVD, CREDENTIAL_STORE, GObject)

GQuark              evd_credential_error_quark        (void);

EvdCredentialStore *evd_credential_store_new          (void);

void                evd_credential_store_save_async   (EvdCredentialStore   *self,
                                                       const EvdCredentials *credentials,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean            evd_credential_store_save_finish  (EvdCredentialStore   *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

void                evd_credential_store_load_async   (EvdCredentialStore   *self,
                                                       gboolean              allow_unlock_prompt,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
EvdCredentials     *evd_credential_store_load_finish  (EvdCredentialStore   *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

void                evd_credential_store_clear_async  (EvdCredentialStore   *self,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean            evd_credential_store_clear_finish (EvdCredentialStore   *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

G_END_DECLS
