/* evd-registration-list.c: the rows of an event's registration report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-models"

#include "config.h"

#include "evd-json.h"
#include "evd-registration-list.h"

/* An event may have 100,000 registrations: rows are plain structs in one
 * array and their strings share one chunk, where the few sources, methods
 * and ticket types are stored once. */
struct _EvdRegistrationList
{
  GObject       parent_instance;

  GArray       *rows;      /* EvdRegistration */
  GStringChunk *strings;
  GHashTable   *by_email;  /* lower-cased email (in strings) -> index + 1 */
};

G_DEFINE_FINAL_TYPE (EvdRegistrationList, evd_registration_list, G_TYPE_OBJECT)

static void
evd_registration_list_finalize (GObject *object)
{
  EvdRegistrationList *self = EVD_REGISTRATION_LIST (object);

  g_array_unref (self->rows);
  g_hash_table_unref (self->by_email);
  g_string_chunk_free (self->strings);

  G_OBJECT_CLASS (evd_registration_list_parent_class)->finalize (object);
}

static void
evd_registration_list_class_init (EvdRegistrationListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_registration_list_finalize;
}

static void
evd_registration_list_init (EvdRegistrationList *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (EvdRegistration));
  self->strings = g_string_chunk_new (64 * 1024);
  self->by_email = g_hash_table_new (g_str_hash, g_str_equal);
}

EvdRegistrationList *
evd_registration_list_new (void)
{
  return g_object_new (EVD_TYPE_REGISTRATION_LIST, NULL);
}

guint
evd_registration_list_get_n_rows (EvdRegistrationList *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATION_LIST (self), 0);

  return self->rows->len;
}

const EvdRegistration *
evd_registration_list_get_row (EvdRegistrationList *self,
                               guint                index)
{
  g_return_val_if_fail (EVD_IS_REGISTRATION_LIST (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, EvdRegistration, index);
}

const EvdRegistration *
evd_registration_list_lookup (EvdRegistrationList *self,
                              const char          *email)
{
  g_autofree char *key = NULL;
  guint index;

  g_return_val_if_fail (EVD_IS_REGISTRATION_LIST (self), NULL);

  key = g_ascii_strdown (email != NULL ? email : "", -1);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_email, key));
  return index > 0 ? &g_array_index (self->rows, EvdRegistration, index - 1) : NULL;
}

static const char *
keep (EvdRegistrationList *self,
      const char          *text,
      gboolean             common)
{
  if (text == NULL)
    text = "";
  /* Sources, methods and ticket types repeat on every row. */
  return common ? g_string_chunk_insert_const (self->strings, text) : g_string_chunk_insert (self->strings, text);
}

/**
 * evd_registration_list_add:
 *
 * Adds a copy of @row; a row with the same email (ignoring case) is
 * replaced, since the report has one row per person and a later read
 * brings the newer state.
 */
void
evd_registration_list_add (EvdRegistrationList   *self,
                           const EvdRegistration *row)
{
  EvdRegistration copy;
  g_autofree char *lower = NULL;
  guint index;

  g_return_if_fail (EVD_IS_REGISTRATION_LIST (self));
  g_return_if_fail (row != NULL);

  copy.email = keep (self, row->email, FALSE);
  copy.first_name = keep (self, row->first_name, FALSE);
  copy.last_name = keep (self, row->last_name, FALSE);
  copy.ticket_type_id = keep (self, row->ticket_type_id, TRUE);
  copy.source = keep (self, row->source, TRUE);
  copy.method = keep (self, row->method, TRUE);
  copy.registered = row->registered;

  lower = g_ascii_strdown (copy.email, -1);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_email, lower));
  if (index > 0)
    {
      g_array_index (self->rows, EvdRegistration, index - 1) = copy;
      return;
    }
  g_array_append_val (self->rows, copy);
  g_hash_table_insert (self->by_email, g_string_chunk_insert (self->strings, lower),
                       GUINT_TO_POINTER (self->rows->len));
}

static gint64
parse_time (const char *text)
{
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL || *text == '\0')
    return 0;
  time = g_date_time_new_from_iso8601 (text, NULL);
  return time != NULL ? g_date_time_to_unix (time) : 0;
}

/**
 * evd_registration_list_add_json:
 * @row: one item of the report's `registrations[]`
 *
 * Returns: %FALSE when the row has no email, which Event Desk cannot show
 */
gboolean
evd_registration_list_add_json (EvdRegistrationList *self,
                                JsonObject          *row)
{
  EvdRegistration reg = { 0, };
  JsonArray *tickets;

  g_return_val_if_fail (EVD_IS_REGISTRATION_LIST (self), FALSE);

  reg.email = evd_json_get_string (row, "email");
  if (reg.email == NULL || *reg.email == '\0')
    return FALSE;
  reg.first_name = evd_json_get_string (row, "first_name");
  reg.last_name = evd_json_get_string (row, "last_name");
  reg.source = evd_json_get_string (row, "registration_source");
  reg.method = evd_json_get_string (row, "registration_method");
  reg.registered = parse_time (evd_json_get_string (row, "register_date"));

  tickets = evd_json_get_array (row, "tickets");
  if (tickets != NULL && json_array_get_length (tickets) > 0)
    {
      JsonNode *first = json_array_get_element (tickets, 0);

      if (JSON_NODE_HOLDS_OBJECT (first))
        reg.ticket_type_id = evd_json_get_string (json_node_get_object (first), "ticket_type_id");
    }

  evd_registration_list_add (self, &reg);
  return TRUE;
}

/**
 * evd_registration_list_merge:
 *
 * Returns: (transfer full): a new list with @older's rows, each replaced by
 *   @newer's row for the same person, then @newer's new people
 */
EvdRegistrationList *
evd_registration_list_merge (EvdRegistrationList *older,
                             EvdRegistrationList *newer)
{
  EvdRegistrationList *merged = evd_registration_list_new ();

  g_return_val_if_fail (EVD_IS_REGISTRATION_LIST (older), merged);
  g_return_val_if_fail (EVD_IS_REGISTRATION_LIST (newer), merged);

  g_array_set_size (merged->rows, 0);
  for (guint i = 0; i < older->rows->len; i++)
    evd_registration_list_add (merged, &g_array_index (older->rows, EvdRegistration, i));
  for (guint i = 0; i < newer->rows->len; i++)
    evd_registration_list_add (merged, &g_array_index (newer->rows, EvdRegistration, i));

  return merged;
}
