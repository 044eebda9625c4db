/* evd-json.c: type-checked reads from Zoom's JSON, shared by models and the API client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "evd-json.h"
#include "evd-json-guard.h"
#include "evd-model-error.h"
#include "evd-models-private.h"
#include "evd-time.h"

/* json-glib's *_get_*_member () functions emit criticals on a wrong type;
 * everything here looks at the node first. */
static JsonNode *
get_value_node (JsonObject *object,
                const char *member)
{
  JsonNode *node;

  if (object == NULL || member == NULL)
    return NULL;

  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  return node;
}

/**
 * evd_json_get_string:
 *
 * Returns: (transfer none) (nullable): the string, or %NULL when @member is
 *   missing, null or not a string
 */
const char *
evd_json_get_string (JsonObject *object,
                     const char *member)
{
  JsonNode *node = get_value_node (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

char *
evd_json_dup_string (JsonObject *object,
                     const char *member)
{
  return g_strdup (evd_json_get_string (object, member));
}

/**
 * evd_json_get_int:
 *
 * Accepts an integer, or a floating-point number with no fraction that fits
 * in 64 bits (some JSON writers turn 30 into 30.0).
 *
 * Returns: %TRUE when @out_value was set
 */
gboolean
evd_json_get_int (JsonObject *object,
                  const char *member,
                  gint64     *out_value)
{
  JsonNode *node = get_value_node (object, member);
  GType type;

  if (node == NULL)
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    {
      if (out_value != NULL)
        *out_value = json_node_get_int (node);
      return TRUE;
    }

  if (type == G_TYPE_DOUBLE)
    {
      double value = json_node_get_double (node);

      /* 2^63 is exactly representable; anything at or past it is not a gint64 */
      if (!isfinite (value) || value != floor (value) ||
          value < -9223372036854775808.0 || value >= 9223372036854775808.0)
        return FALSE;
      if (out_value != NULL)
        *out_value = (gint64) value;
      return TRUE;
    }

  return FALSE;
}

gboolean
evd_json_get_bool (JsonObject *object,
                   const char *member,
                   gboolean   *out_value)
{
  JsonNode *node = get_value_node (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FALSE;

  if (out_value != NULL)
    *out_value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
evd_json_get_double (JsonObject *object,
                     const char *member,
                     double     *out_value)
{
  JsonNode *node = get_value_node (object, member);
  GType type;

  if (node == NULL)
    return FALSE;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_DOUBLE && type != G_TYPE_INT64)
    return FALSE;

  if (out_value != NULL)
    *out_value = json_node_get_double (node);
  return TRUE;
}

/**
 * evd_json_dup_strv:
 *
 * Elements that are not strings are skipped.
 *
 * Returns: (transfer full) (nullable): the strings of an array member, or
 *   %NULL when @member is missing or not an array
 */
char **
evd_json_dup_strv (JsonObject *object,
                   const char *member)
{
  JsonArray *array = evd_json_get_array (object, member);
  g_autoptr(GStrvBuilder) builder = NULL;
  guint length;

  if (array == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) &&
          json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
      else
        g_debug ("Skipping an element of %s that is not a string", member);
    }

  return g_strv_builder_end (builder);
}

JsonObject *
evd_json_get_object (JsonObject *object,
                     const char *member)
{
  JsonNode *node;

  if (object == NULL || member == NULL)
    return NULL;

  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

JsonArray *
evd_json_get_array (JsonObject *object,
                    const char *member)
{
  JsonNode *node;

  if (object == NULL || member == NULL)
    return NULL;

  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

/**
 * evd_json_dup_date_time:
 *
 * Returns: (transfer full) (nullable): the member parsed with
 *   evd_time_parse(), in UTC, or %NULL when missing or unreadable
 */
GDateTime *
evd_json_dup_date_time (JsonObject *object,
                        const char *member)
{
  const char *text = evd_json_get_string (object, member);
  GDateTime *time;

  if (text == NULL)
    return NULL;

  time = evd_time_parse (text);
  if (time == NULL)
    g_debug ("Ignoring %s: “%s” is not a date and time", member, text);
  return time;
}

/* Present and not null */
gboolean
evd_json_has_value (JsonObject *object,
                    const char *member)
{
  JsonNode *node;

  if (object == NULL || member == NULL)
    return FALSE;

  node = json_object_get_member (object, member);
  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

/**
 * evd_json_node_get_object:
 * @node: (nullable): what was parsed
 * @what: what it should have been, for the error's details ("event")
 *
 * Returns: (transfer none) (nullable): the object, or %NULL with an
 *   %EVD_MODEL_ERROR_INVALID error
 */
JsonObject *
evd_json_node_get_object (JsonNode    *node,
                          const char  *what,
                          GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *detail = g_strdup_printf ("expected a JSON object for %s, got %s",
                                                 what != NULL ? what : "the answer",
                                                 node != NULL ? json_node_type_name (node) : "nothing");

      g_propagate_error (error, evd_model_error_new (NULL, detail));
      return NULL;
    }

  return json_node_get_object (node);
}

/**
 * evd_json_parse:
 *
 * Parses an answer's body. An empty body, an HTML page or broken JSON give
 * an %EVD_MODEL_ERROR_INVALID error, never a crash.
 *
 * Returns: (transfer full) (nullable): the root node
 */
JsonNode *
evd_json_parse (const char  *data,
                gssize       length,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (data == NULL || length == 0 || (length < 0 && *data == '\0'))
    {
      g_propagate_error (error, evd_model_error_new (NULL, "empty body"));
      return NULL;
    }

  root = evd_json_guard_parse (data, length < 0 ? strlen (data) : (gsize) length,
                               EVD_JSON_MAX_ANSWER_SIZE, &local_error);
  if (root == NULL)
    {
      g_propagate_error (error, evd_model_error_new (NULL, local_error->message));
      return NULL;
    }

  return root;
}

JsonNode *
evd_json_parse_bytes (GBytes  *bytes,
                      GError **error)
{
  gsize size = 0;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

  return evd_json_parse (data, data != NULL ? (gssize) size : 0, error);
}

char *
evd_json_to_string (JsonNode *node,
                    gboolean  pretty)
{
  g_return_val_if_fail (node != NULL, NULL);

  return json_to_string (node, pretty);
}

void
evd_json_builder_add_string (JsonBuilder *builder,
                             const char  *member,
                             const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

void
evd_json_builder_add_date_time (JsonBuilder *builder,
                                const char  *member,
                                GDateTime   *value)
{
  g_autofree char *text = NULL;

  if (value == NULL)
    return;
  text = evd_time_format_utc (value);
  evd_json_builder_add_string (builder, member, text);
}

void
evd_json_builder_add_strv (JsonBuilder        *builder,
                           const char         *member,
                           const char * const *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (gsize i = 0; value[i] != NULL; i++)
    json_builder_add_string_value (builder, value[i]);
  json_builder_end_array (builder);
}

/* Helpers private to the models */

gboolean
evd_model_set_string (GObject    *object,
                      char      **field,
                      const char *value,
                      GParamSpec *pspec)
{
  /* g_set_str () is newer than the GLib floor */
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  if (pspec != NULL)
    g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
evd_model_strv_equal (const char * const *a,
                      const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

gboolean
evd_model_set_strv (GObject            *object,
                    char             ***field,
                    const char * const *value,
                    GParamSpec         *pspec)
{
  if (evd_model_strv_equal ((const char * const *) *field, value))
    return FALSE;
  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  if (pspec != NULL)
    g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
evd_model_set_date_time (GObject     *object,
                         GDateTime  **field,
                         GDateTime   *value,
                         GParamSpec  *pspec)
{
  if (*field == value ||
      (*field != NULL && value != NULL && g_date_time_equal (*field, value)))
    return FALSE;
  g_clear_pointer (field, g_date_time_unref);
  if (value != NULL)
    *field = g_date_time_ref (value);
  if (pspec != NULL)
    g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
evd_model_set_int (GObject    *object,
                   gint64     *field,
                   gint64      value,
                   GParamSpec *pspec)
{
  if (*field == value)
    return FALSE;
  *field = value;
  if (pspec != NULL)
    g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
evd_model_set_bool (GObject    *object,
                    gboolean   *field,
                    gboolean    value,
                    GParamSpec *pspec)
{
  value = !!value;
  if (*field == value)
    return FALSE;
  *field = value;
  if (pspec != NULL)
    g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

/* Which object and which field go into the error; the client turns it
 * into the plain sentence for an answer that is not what Zoom documents. */
GError *
evd_model_invalid_error (const char *what,
                         const char *field,
                         const char *detail)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, detail);

  return evd_model_error_new (field, text);
}

JsonObject *
evd_model_get_object (JsonNode    *node,
                      const char  *what,
                      GError     **error)
{
  return evd_json_node_get_object (node, what, error);
}

/* Ids are opaque strings; an empty one is as good as none. */
char *
evd_model_require_id (JsonObject  *object,
                      const char  *what,
                      const char  *member,
                      GError     **error)
{
  const char *id = evd_json_get_string (object, member);

  if (id == NULL || *id == '\0')
    {
      g_autofree char *detail = g_strdup_printf ("missing or invalid %s", member);

      g_propagate_error (error, evd_model_invalid_error (what, member, detail));
      return NULL;
    }

  return g_strdup (id);
}
