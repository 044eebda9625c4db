/* evd-model-error.h: the EVD_MODEL_ERROR domain, for JSON that is not what a model expects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EVD_MODEL_ERROR (evd_model_error_quark ())

typedef enum
{
  EVD_MODEL_ERROR_INVALID,      /* not JSON, or not the shape a model needs */
} EvdModelErrorCode;

GQuark       evd_model_error_quark     (void);

GError      *evd_model_error_new       (const char   *field,
                                        const char   *detail);
const char  *evd_model_error_get_field (const GError *error);

G_END_DECLS
