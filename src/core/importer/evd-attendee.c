/* evd-attendee.c: one person from an attendee list, as it would be sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-attendee"

#include "config.h"

#include <string.h>

#include "evd-attendee.h"
#include "evd-country.h"
#include "evd-email.h"

struct _EvdAttendee
{
  GObject            parent_instance;

  char              *values[EVD_N_IMPORT_FIELDS];
  char              *email_as_written;  /* when cleaning changed it */
  guint              row_number;
  guint              duplicate_of;
  EvdProblemKind     problems;
  EvdAttendeeStatus  status;
};

G_DEFINE_FINAL_TYPE (EvdAttendee, evd_attendee, G_TYPE_OBJECT)

static void
evd_attendee_finalize (GObject *object)
{
  EvdAttendee *self = (EvdAttendee *) object;

  for (guint i = 0; i < EVD_N_IMPORT_FIELDS; i++)
    g_free (self->values[i]);
  g_free (self->email_as_written);

  G_OBJECT_CLASS (evd_attendee_parent_class)->finalize (object);
}

static void
evd_attendee_class_init (EvdAttendeeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_attendee_finalize;
}

static void
evd_attendee_init (EvdAttendee *self)
{
}

/**
 * evd_attendee_new:
 * @row_number: the spreadsheet row it comes from, or 0
 *
 * Returns: (transfer full): an attendee with no details, valid until told
 *   otherwise
 */
EvdAttendee *
evd_attendee_new (guint row_number)
{
  EvdAttendee *self = g_object_new (EVD_TYPE_ATTENDEE, NULL);

  self->row_number = row_number;
  return self;
}

static void
take_value (EvdAttendee    *self,
            EvdImportField  field,
            char           *value)
{
  /* Whatever the source, only valid UTF-8 is kept: it goes into JSON for
   * Zoom. The CSV reader already replaced such bytes and flagged the row. */
  if (value != NULL && !g_utf8_validate (value, -1, NULL))
    {
      char *valid = g_utf8_make_valid (value, -1);

      g_free (value);
      value = valid;
    }
  g_free (self->values[field]);
  self->values[field] = value;
  if (value != NULL && *value == '\0')
    g_clear_pointer (&self->values[field], g_free);
}

/**
 * evd_attendee_set_field:
 * @value: (nullable): the cell's text
 *
 * Stores @value trimmed; an empty value unsets the field. The email loses
 * angle brackets and a "mailto:" prefix (see evd_email_clean_span()); a
 * country name becomes its code when known; a full name also sets the first
 * and last names (see evd_import_split_full_name()).
 */
void
evd_attendee_set_field (EvdAttendee    *self,
                        EvdImportField  field,
                        const char     *value)
{
  const char *start;
  gsize length;
  char code[3];

  g_return_if_fail (EVD_IS_ATTENDEE (self));
  g_return_if_fail (field > EVD_IMPORT_FIELD_IGNORED && field < EVD_N_IMPORT_FIELDS);

  if (value == NULL)
    {
      take_value (self, field, NULL);
      return;
    }

  if (field == EVD_IMPORT_FIELD_EMAIL)
    {
      const char *trimmed;
      gsize trimmed_length;

      start = evd_email_clean_span (value, &length);
      trimmed = evd_text_trim_span (value, &trimmed_length);
      g_clear_pointer (&self->email_as_written, g_free);
      if (trimmed_length != length)
        self->email_as_written = g_strndup (trimmed, trimmed_length);
    }
  else
    start = evd_text_trim_span (value, &length);

  if (field == EVD_IMPORT_FIELD_COUNTRY && evd_country_to_code (start, length, code))
    take_value (self, field, g_strdup (code));
  else
    take_value (self, field, g_strndup (start, length));

  if (field == EVD_IMPORT_FIELD_FULL_NAME)
    {
      char *first = NULL;
      char *last = NULL;

      evd_import_split_full_name (value, &first, &last);
      take_value (self, EVD_IMPORT_FIELD_FIRST_NAME, first);
      take_value (self, EVD_IMPORT_FIELD_LAST_NAME, last);
    }
}

/**
 * evd_attendee_new_from_row:
 * @row: a data row of @table, from 0
 *
 * Builds the attendee of @row through @mapping. Separate first and last name
 * columns win over a split full name when they have text.
 *
 * Returns: (transfer full): the attendee, without problems or status: those
 *   come from the checker (see evd_check_report_create_attendee())
 */
EvdAttendee *
evd_attendee_new_from_row (EvdCsvTable      *table,
                           EvdColumnMapping *mapping,
                           guint             row)
{
  EvdAttendee *self;
  guint n_columns;
  int full_name;

  g_return_val_if_fail (EVD_IS_CSV_TABLE (table), NULL);
  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (mapping), NULL);
  g_return_val_if_fail (row < evd_csv_table_get_n_rows (table), NULL);

  self = evd_attendee_new (evd_csv_table_get_row_number (table, row));
  n_columns = evd_column_mapping_get_n_columns (mapping);

  full_name = evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_FULL_NAME);
  if (full_name >= 0)
    evd_attendee_set_field (self, EVD_IMPORT_FIELD_FULL_NAME,
                            evd_csv_table_get_cell (table, row, full_name));

  for (guint column = 0; column < n_columns; column++)
    {
      EvdImportField field = evd_column_mapping_get_target (mapping, column);
      const char *cell = evd_csv_table_get_cell (table, row, column);
      gsize length;

      if (field == EVD_IMPORT_FIELD_IGNORED || field == EVD_IMPORT_FIELD_FULL_NAME)
        continue;
      if ((field == EVD_IMPORT_FIELD_FIRST_NAME || field == EVD_IMPORT_FIELD_LAST_NAME) &&
          full_name >= 0 && (evd_text_trim_span (cell, &length), length == 0))
        continue;
      evd_attendee_set_field (self, field, cell);
    }
  return self;
}

/* The spreadsheet row (header = 1), as shown to people. */
guint
evd_attendee_get_row_number (EvdAttendee *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDEE (self), 0);

  return self->row_number;
}

/**
 * evd_attendee_get_field:
 *
 * Returns: (nullable) (transfer none): the trimmed value, or %NULL when
 *   empty
 */
const char *
evd_attendee_get_field (EvdAttendee    *self,
                        EvdImportField  field)
{
  g_return_val_if_fail (EVD_IS_ATTENDEE (self), NULL);
  g_return_val_if_fail (field < EVD_N_IMPORT_FIELDS, NULL);

  return self->values[field];
}

const char *
evd_attendee_get_email (EvdAttendee *self)
{
  return evd_attendee_get_field (self, EVD_IMPORT_FIELD_EMAIL);
}

/**
 * evd_attendee_get_email_as_written:
 *
 * Returns: (nullable): the email cell as it was typed (trimmed), when the
 *   address was taken out of it (angle brackets, "mailto:"); else %NULL
 */
const char *
evd_attendee_get_email_as_written (EvdAttendee *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDEE (self), NULL);

  return self->email_as_written;
}

EvdProblemKind
evd_attendee_get_problems (EvdAttendee *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDEE (self), EVD_PROBLEM_NONE);

  return self->problems;
}

void
evd_attendee_set_problems (EvdAttendee    *self,
                           EvdProblemKind  problems)
{
  g_return_if_fail (EVD_IS_ATTENDEE (self));

  self->problems = problems;
}

EvdAttendeeStatus
evd_attendee_get_status (EvdAttendee *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDEE (self), EVD_ATTENDEE_INVALID);

  return self->status;
}

void
evd_attendee_set_status (EvdAttendee       *self,
                         EvdAttendeeStatus  status)
{
  g_return_if_fail (EVD_IS_ATTENDEE (self));

  self->status = status;
}

/* For a duplicate: the spreadsheet row it repeats; otherwise 0. */
guint
evd_attendee_get_duplicate_of (EvdAttendee *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDEE (self), 0);

  return self->duplicate_of;
}

void
evd_attendee_set_duplicate_of (EvdAttendee *self,
                               guint        row_number)
{
  g_return_if_fail (EVD_IS_ATTENDEE (self));

  self->duplicate_of = row_number;
}

/**
 * evd_make_external_ticket_id:
 * @event_id: the Zoom event's id
 * @email: the attendee's email, as in the file
 *
 * The id is "evd-" and the hex SHA-256 of the event id, a newline, and the
 * trimmed, lower-cased email (68 characters, under Zoom's 128). It does not
 * depend on the import run, the file or the row: the same person imported
 * into the same event again gets the same id, so a re-run or a resumed
 * import finds the ticket it already created (GET tickets?external_ticket_id=)
 * instead of creating a second one.
 *
 * Returns: (transfer full): the id
 */
char *
evd_make_external_ticket_id (const char *event_id,
                             const char *email)
{
  g_autoptr(GChecksum) checksum = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (event_id != NULL, NULL);
  g_return_val_if_fail (email != NULL, NULL);

  key = evd_email_normalize (email);
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, (const guchar *) event_id, -1);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  g_checksum_update (checksum, (const guchar *) key, -1);
  return g_strconcat ("evd-", g_checksum_get_string (checksum), NULL);
}

/**
 * evd_attendee_dup_external_ticket_id:
 *
 * The file's own external ticket id when it has one (an organizer's
 * registration system already gives each person a stable id), otherwise
 * evd_make_external_ticket_id().
 *
 * Returns: (transfer full) (nullable): the id, or %NULL without an email
 */
char *
evd_attendee_dup_external_ticket_id (EvdAttendee *self,
                                     const char  *event_id)
{
  g_return_val_if_fail (EVD_IS_ATTENDEE (self), NULL);
  g_return_val_if_fail (event_id != NULL, NULL);

  if (self->values[EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID] != NULL)
    return g_strdup (self->values[EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID]);
  if (self->values[EVD_IMPORT_FIELD_EMAIL] == NULL)
    return NULL;
  return evd_make_external_ticket_id (event_id, self->values[EVD_IMPORT_FIELD_EMAIL]);
}

/**
 * evd_attendee_to_ticket_json:
 *
 * Returns: (transfer full): one item of the `tickets` array of
 *   POST /events/{eventId}/tickets: the email, the details that are set,
 *   and the external ticket id; the caller adds ticket_type_id and the
 *   notification choices
 */
JsonNode *
evd_attendee_to_ticket_json (EvdAttendee *self,
                             const char  *event_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *external_id = NULL;

  g_return_val_if_fail (EVD_IS_ATTENDEE (self), NULL);
  g_return_val_if_fail (event_id != NULL, NULL);

  external_id = evd_attendee_dup_external_ticket_id (self, event_id);

  json_builder_begin_object (builder);
  for (guint field = EVD_IMPORT_FIELD_EMAIL; field < EVD_N_IMPORT_FIELDS; field++)
    {
      if (field == EVD_IMPORT_FIELD_FULL_NAME || field == EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID ||
          self->values[field] == NULL)
        continue;
      json_builder_set_member_name (builder, evd_import_field_to_string (field));
      json_builder_add_string_value (builder, self->values[field]);
    }
  if (external_id != NULL)
    {
      json_builder_set_member_name (builder, "external_ticket_id");
      json_builder_add_string_value (builder, external_id);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
