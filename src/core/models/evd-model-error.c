/* evd-model-error.c: the EVD_MODEL_ERROR domain
 *
 * Models know JSON, not HTTP: their errors say what did not fit (for logs
 * and details) and which field, and whoever asked for the JSON (the client)
 * turns them into a sentence for organizers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-model-error"

#include "config.h"

#include "evd-model-error.h"

typedef struct
{
  char *field;
} EvdModelErrorPrivate;

static void
evd_model_error_private_init (EvdModelErrorPrivate *priv)
{
}

static void
evd_model_error_private_copy (const EvdModelErrorPrivate *src,
                              EvdModelErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
evd_model_error_private_clear (EvdModelErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (EvdModelError, evd_model_error)

/**
 * evd_model_error_new:
 * @field: (nullable): the JSON member that did not fit
 * @detail: what did not fit, in technical words
 *
 * Returns: (transfer full): an %EVD_MODEL_ERROR_INVALID error
 */
GError *
evd_model_error_new (const char *field,
                     const char *detail)
{
  GError *error;

  g_return_val_if_fail (detail != NULL, NULL);

  error = g_error_new_literal (EVD_MODEL_ERROR, EVD_MODEL_ERROR_INVALID, detail);
  evd_model_error_get_private (error)->field = g_strdup (field);
  return error;
}

const char *
evd_model_error_get_field (const GError *error)
{
  if (error == NULL || error->domain != EVD_MODEL_ERROR)
    return NULL;
  return evd_model_error_get_private (error)->field;
}
