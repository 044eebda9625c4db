/* evd-models-private.h: helpers the model classes share, not for other code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Each setter stores the value and emits ::notify only when it changed
 * (and @pspec is not %NULL, for callers that notify themselves); they
 * return whether it did. */
gboolean     evd_model_set_string     (GObject            *object,
                                       char              **field,
                                       const char         *value,
                                       GParamSpec         *pspec);
gboolean     evd_model_set_strv       (GObject            *object,
                                       char             ***field,
                                       const char * const *value,
                                       GParamSpec         *pspec);
gboolean     evd_model_set_date_time  (GObject            *object,
                                       GDateTime         **field,
                                       GDateTime          *value,
                                       GParamSpec         *pspec);
gboolean     evd_model_set_int        (GObject            *object,
                                       gint64             *field,
                                       gint64              value,
                                       GParamSpec         *pspec);
gboolean     evd_model_set_bool       (GObject            *object,
                                       gboolean           *field,
                                       gboolean            value,
                                       GParamSpec         *pspec);

/* Two string lists, either of which may be %NULL, hold the same strings */
gboolean     evd_model_strv_equal     (const char * const *a,
                                       const char * const *b);

GError      *evd_model_invalid_error  (const char         *what,
                                       const char         *field,
                                       const char         *detail);
JsonObject  *evd_model_get_object     (JsonNode           *node,
                                       const char         *what,
                                       GError            **error);
char        *evd_model_require_id     (JsonObject         *object,
                                       const char         *what,
                                       const char         *member,
                                       GError            **error);

G_END_DECLS
