/* fuzz-json.c: any bytes as an answer from Zoom, through the JSON guard,
 * the error reader and every model reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-api-private.h"
#include "evd-models.h"
#include "fuzz.h"

typedef gpointer (*ReadFunc) (JsonNode  *node,
                              GError   **error);

static void
read_as_each_model (JsonNode *node)
{
  const ReadFunc readers[] = {
    (ReadFunc) evd_hub_new_from_json,
    (ReadFunc) evd_event_new_from_json,
    (ReadFunc) evd_session_new_from_json,
    (ReadFunc) evd_ticket_type_new_from_json,
    (ReadFunc) evd_ticket_new_from_json,
    (ReadFunc) evd_recurrence_new_from_json,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_autoptr(GError) error = NULL;
      gpointer model = readers[i] (node, &error);

      if (model != NULL)
        g_object_unref (model);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) body = g_bytes_new (data, size);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  GError *answer_error;

  /* The same bytes as a failed answer, then as a successful one. */
  answer_error = evd_api_error_from_body (400, body);
  g_clear_error (&answer_error);

  root = evd_api_parse_json_body (200, body, &error);
  if (root == NULL)
    return 0;

  read_as_each_model (root);
  /* A list answer: each item of each array member, as pages are read. */
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      g_autoptr(GList) members = json_object_get_values (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *member = l->data;

          if (!JSON_NODE_HOLDS_ARRAY (member))
            continue;
          for (guint i = 0; i < json_array_get_length (json_node_get_array (member)); i++)
            read_as_each_model (json_array_get_element (json_node_get_array (member), i));
        }
    }
  return 0;
}
