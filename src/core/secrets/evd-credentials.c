/* evd-credentials.c: the three values of a Server-to-Server OAuth app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-credentials"

#include "config.h"

#include "evd-credentials.h"

G_DEFINE_BOXED_TYPE (EvdCredentials, evd_credentials, evd_credentials_copy, evd_credentials_free)

/* People paste these from a web page, often with a space or a line break
 * around them; none of the three values can contain white space. */
static char *
strip_dup (const char *value)
{
  return value != NULL ? g_strstrip (g_strdup (value)) : NULL;
}

EvdCredentials *
evd_credentials_new (const char *account_id,
                     const char *client_id,
                     const char *client_secret)
{
  EvdCredentials *self = g_new0 (EvdCredentials, 1);

  self->account_id = strip_dup (account_id);
  self->client_id = strip_dup (client_id);
  self->client_secret = strip_dup (client_secret);
  return self;
}

/**
 * evd_credentials_new_from_env:
 *
 * Returns: (transfer full) (nullable): the credentials in
 *   EVENTDESK_ACCOUNT_ID, EVENTDESK_CLIENT_ID and EVENTDESK_CLIENT_SECRET,
 *   or %NULL unless all three are set
 */
EvdCredentials *
evd_credentials_new_from_env (void)
{
  g_autoptr(EvdCredentials) self = evd_credentials_new (g_getenv ("EVENTDESK_ACCOUNT_ID"),
                                                        g_getenv ("EVENTDESK_CLIENT_ID"),
                                                        g_getenv ("EVENTDESK_CLIENT_SECRET"));

  return evd_credentials_is_complete (self) ? g_steal_pointer (&self) : NULL;
}

/* A volatile write cannot be dropped as a dead store before the free. */
static void
wipe_string (char *value)
{
  volatile char *p = value;

  if (value == NULL)
    return;
  while (*p != '\0')
    *p++ = '\0';
}

EvdCredentials *
evd_credentials_copy (const EvdCredentials *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return evd_credentials_new (self->account_id, self->client_id, self->client_secret);
}

void
evd_credentials_free (EvdCredentials *self)
{
  if (self == NULL)
    return;

  g_free (self->account_id);
  g_free (self->client_id);
  /* The secret does not linger in freed memory. */
  wipe_string (self->client_secret);
  g_free (self->client_secret);
  g_free (self);
}

gboolean
evd_credentials_is_complete (const EvdCredentials *self)
{
  return self != NULL &&
         self->account_id != NULL && *self->account_id != '\0' &&
         self->client_id != NULL && *self->client_id != '\0' &&
         self->client_secret != NULL && *self->client_secret != '\0';
}
