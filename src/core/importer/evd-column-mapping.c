/* evd-column-mapping.c: which column of the file holds which attendee detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-column-mapping"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "evd-column-mapping.h"
#include "evd-csv-error.h"

typedef struct
{
  const char *wire_name;
  const char *label;
} FieldInfo;

static const FieldInfo fields[EVD_N_IMPORT_FIELDS] = {
  [EVD_IMPORT_FIELD_IGNORED] = { "ignored", N_("Not imported") },
  [EVD_IMPORT_FIELD_EMAIL] = { "email", N_("Email") },
  [EVD_IMPORT_FIELD_FIRST_NAME] = { "first_name", N_("First name") },
  [EVD_IMPORT_FIELD_LAST_NAME] = { "last_name", N_("Last name") },
  [EVD_IMPORT_FIELD_FULL_NAME] = { "full_name", N_("Full name (split into first and last)") },
  [EVD_IMPORT_FIELD_ORGANIZATION] = { "organization", N_("Organization") },
  [EVD_IMPORT_FIELD_JOB_TITLE] = { "job_title", N_("Job title") },
  [EVD_IMPORT_FIELD_PHONE] = { "phone", N_("Phone") },
  [EVD_IMPORT_FIELD_ADDRESS] = { "address", N_("Address") },
  [EVD_IMPORT_FIELD_CITY] = { "city", N_("City") },
  [EVD_IMPORT_FIELD_STATE] = { "state", N_("State or region") },
  [EVD_IMPORT_FIELD_ZIP] = { "zip", N_("Postal code") },
  [EVD_IMPORT_FIELD_COUNTRY] = { "country", N_("Country") },
  [EVD_IMPORT_FIELD_INDUSTRY] = { "industry", N_("Industry") },
  [EVD_IMPORT_FIELD_ORGANIZATION_SIZE] = { "organization_size", N_("Organization size") },
  [EVD_IMPORT_FIELD_COMMENTS] = { "comments", N_("Comments") },
  [EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID] = { "external_ticket_id", N_("External ticket ID") },
};

typedef struct
{
  const char     *folded;
  EvdImportField  field;
} Alias;

/* Column names seen in Excel templates, CRM exports (Salesforce, HubSpot),
 * Zoom's own exports and other event tools, in English, German, French,
 * Spanish, Italian, Portuguese and Dutch, after evd_import_fold_header(). */
static const Alias aliases[] = {
  { "email", EVD_IMPORT_FIELD_EMAIL }, { "emailaddress", EVD_IMPORT_FIELD_EMAIL },
  { "emailadress", EVD_IMPORT_FIELD_EMAIL }, { "mail", EVD_IMPORT_FIELD_EMAIL },
  { "emailadresse", EVD_IMPORT_FIELD_EMAIL }, { "mailadresse", EVD_IMPORT_FIELD_EMAIL },
  { "emailadres", EVD_IMPORT_FIELD_EMAIL }, { "emailaddr", EVD_IMPORT_FIELD_EMAIL },
  { "emails", EVD_IMPORT_FIELD_EMAIL }, { "courriel", EVD_IMPORT_FIELD_EMAIL },
  { "adresseemail", EVD_IMPORT_FIELD_EMAIL }, { "adressemail", EVD_IMPORT_FIELD_EMAIL },
  { "adresseelectronique", EVD_IMPORT_FIELD_EMAIL }, { "correo", EVD_IMPORT_FIELD_EMAIL },
  { "correoelectronico", EVD_IMPORT_FIELD_EMAIL }, { "indirizzoemail", EVD_IMPORT_FIELD_EMAIL },
  { "postaelettronica", EVD_IMPORT_FIELD_EMAIL }, { "epost", EVD_IMPORT_FIELD_EMAIL },

  { "firstname", EVD_IMPORT_FIELD_FIRST_NAME }, { "first", EVD_IMPORT_FIELD_FIRST_NAME },
  { "givenname", EVD_IMPORT_FIELD_FIRST_NAME }, { "forename", EVD_IMPORT_FIELD_FIRST_NAME },
  { "fname", EVD_IMPORT_FIELD_FIRST_NAME }, { "vorname", EVD_IMPORT_FIELD_FIRST_NAME },
  { "prenom", EVD_IMPORT_FIELD_FIRST_NAME }, { "nombre", EVD_IMPORT_FIELD_FIRST_NAME },
  { "nome", EVD_IMPORT_FIELD_FIRST_NAME }, { "voornaam", EVD_IMPORT_FIELD_FIRST_NAME },

  { "lastname", EVD_IMPORT_FIELD_LAST_NAME }, { "last", EVD_IMPORT_FIELD_LAST_NAME },
  { "surname", EVD_IMPORT_FIELD_LAST_NAME }, { "familyname", EVD_IMPORT_FIELD_LAST_NAME },
  { "lname", EVD_IMPORT_FIELD_LAST_NAME }, { "nachname", EVD_IMPORT_FIELD_LAST_NAME },
  { "familienname", EVD_IMPORT_FIELD_LAST_NAME }, { "nom", EVD_IMPORT_FIELD_LAST_NAME },
  { "nomdefamille", EVD_IMPORT_FIELD_LAST_NAME }, { "apellido", EVD_IMPORT_FIELD_LAST_NAME },
  { "apellidos", EVD_IMPORT_FIELD_LAST_NAME }, { "cognome", EVD_IMPORT_FIELD_LAST_NAME },
  { "sobrenome", EVD_IMPORT_FIELD_LAST_NAME }, { "achternaam", EVD_IMPORT_FIELD_LAST_NAME },

  { "name", EVD_IMPORT_FIELD_FULL_NAME }, { "fullname", EVD_IMPORT_FIELD_FULL_NAME },
  { "namefull", EVD_IMPORT_FIELD_FULL_NAME }, { "displayname", EVD_IMPORT_FIELD_FULL_NAME },
  { "nomcomplet", EVD_IMPORT_FIELD_FULL_NAME }, { "nombrecompleto", EVD_IMPORT_FIELD_FULL_NAME },
  { "nomecompleto", EVD_IMPORT_FIELD_FULL_NAME }, { "vollstandigername", EVD_IMPORT_FIELD_FULL_NAME },
  { "naam", EVD_IMPORT_FIELD_FULL_NAME },

  { "organization", EVD_IMPORT_FIELD_ORGANIZATION }, { "organisation", EVD_IMPORT_FIELD_ORGANIZATION },
  { "organizationname", EVD_IMPORT_FIELD_ORGANIZATION }, { "company", EVD_IMPORT_FIELD_ORGANIZATION },
  { "companyname", EVD_IMPORT_FIELD_ORGANIZATION }, { "firma", EVD_IMPORT_FIELD_ORGANIZATION },
  { "unternehmen", EVD_IMPORT_FIELD_ORGANIZATION }, { "employer", EVD_IMPORT_FIELD_ORGANIZATION },
  { "entreprise", EVD_IMPORT_FIELD_ORGANIZATION }, { "societe", EVD_IMPORT_FIELD_ORGANIZATION },
  { "empresa", EVD_IMPORT_FIELD_ORGANIZATION }, { "azienda", EVD_IMPORT_FIELD_ORGANIZATION },
  { "bedrijf", EVD_IMPORT_FIELD_ORGANIZATION }, { "accountname", EVD_IMPORT_FIELD_ORGANIZATION },

  { "jobtitle", EVD_IMPORT_FIELD_JOB_TITLE }, { "title", EVD_IMPORT_FIELD_JOB_TITLE },
  { "position", EVD_IMPORT_FIELD_JOB_TITLE }, { "jobrole", EVD_IMPORT_FIELD_JOB_TITLE },
  { "role", EVD_IMPORT_FIELD_JOB_TITLE }, { "designation", EVD_IMPORT_FIELD_JOB_TITLE },
  { "berufsbezeichnung", EVD_IMPORT_FIELD_JOB_TITLE }, { "funktion", EVD_IMPORT_FIELD_JOB_TITLE },
  { "poste", EVD_IMPORT_FIELD_JOB_TITLE }, { "fonction", EVD_IMPORT_FIELD_JOB_TITLE },
  { "cargo", EVD_IMPORT_FIELD_JOB_TITLE }, { "functie", EVD_IMPORT_FIELD_JOB_TITLE },

  { "phone", EVD_IMPORT_FIELD_PHONE }, { "phonenumber", EVD_IMPORT_FIELD_PHONE },
  { "telephone", EVD_IMPORT_FIELD_PHONE }, { "telephonenumber", EVD_IMPORT_FIELD_PHONE },
  { "tel", EVD_IMPORT_FIELD_PHONE }, { "mobile", EVD_IMPORT_FIELD_PHONE },
  { "mobilephone", EVD_IMPORT_FIELD_PHONE }, { "mobilenumber", EVD_IMPORT_FIELD_PHONE },
  { "cell", EVD_IMPORT_FIELD_PHONE }, { "cellphone", EVD_IMPORT_FIELD_PHONE },
  { "telefon", EVD_IMPORT_FIELD_PHONE }, { "telefonnummer", EVD_IMPORT_FIELD_PHONE },
  { "handy", EVD_IMPORT_FIELD_PHONE }, { "telefono", EVD_IMPORT_FIELD_PHONE },
  { "telefone", EVD_IMPORT_FIELD_PHONE }, { "portable", EVD_IMPORT_FIELD_PHONE },
  { "telefoonnummer", EVD_IMPORT_FIELD_PHONE },

  { "address", EVD_IMPORT_FIELD_ADDRESS }, { "streetaddress", EVD_IMPORT_FIELD_ADDRESS },
  { "street", EVD_IMPORT_FIELD_ADDRESS }, { "address1", EVD_IMPORT_FIELD_ADDRESS },
  { "addressline1", EVD_IMPORT_FIELD_ADDRESS }, { "mailingstreet", EVD_IMPORT_FIELD_ADDRESS },
  { "adresse", EVD_IMPORT_FIELD_ADDRESS }, { "strasse", EVD_IMPORT_FIELD_ADDRESS },
  { "direccion", EVD_IMPORT_FIELD_ADDRESS }, { "indirizzo", EVD_IMPORT_FIELD_ADDRESS },
  { "endereco", EVD_IMPORT_FIELD_ADDRESS }, { "adres", EVD_IMPORT_FIELD_ADDRESS },

  { "city", EVD_IMPORT_FIELD_CITY }, { "town", EVD_IMPORT_FIELD_CITY },
  { "mailingcity", EVD_IMPORT_FIELD_CITY }, { "ort", EVD_IMPORT_FIELD_CITY },
  { "stadt", EVD_IMPORT_FIELD_CITY }, { "ville", EVD_IMPORT_FIELD_CITY },
  { "ciudad", EVD_IMPORT_FIELD_CITY }, { "citta", EVD_IMPORT_FIELD_CITY },
  { "cidade", EVD_IMPORT_FIELD_CITY }, { "plaats", EVD_IMPORT_FIELD_CITY },

  { "state", EVD_IMPORT_FIELD_STATE }, { "region", EVD_IMPORT_FIELD_STATE },
  { "province", EVD_IMPORT_FIELD_STATE }, { "stateprovince", EVD_IMPORT_FIELD_STATE },
  { "stateorprovince", EVD_IMPORT_FIELD_STATE }, { "county", EVD_IMPORT_FIELD_STATE },
  { "mailingstate", EVD_IMPORT_FIELD_STATE }, { "bundesland", EVD_IMPORT_FIELD_STATE },
  { "provincia", EVD_IMPORT_FIELD_STATE }, { "estado", EVD_IMPORT_FIELD_STATE },
  { "regione", EVD_IMPORT_FIELD_STATE }, { "provincie", EVD_IMPORT_FIELD_STATE },

  { "zip", EVD_IMPORT_FIELD_ZIP }, { "zipcode", EVD_IMPORT_FIELD_ZIP },
  { "postcode", EVD_IMPORT_FIELD_ZIP }, { "postalcode", EVD_IMPORT_FIELD_ZIP },
  { "zippostalcode", EVD_IMPORT_FIELD_ZIP }, { "mailingpostalcode", EVD_IMPORT_FIELD_ZIP },
  { "plz", EVD_IMPORT_FIELD_ZIP }, { "postleitzahl", EVD_IMPORT_FIELD_ZIP },
  { "codepostal", EVD_IMPORT_FIELD_ZIP }, { "codigopostal", EVD_IMPORT_FIELD_ZIP },
  { "cap", EVD_IMPORT_FIELD_ZIP }, { "cep", EVD_IMPORT_FIELD_ZIP },

  { "country", EVD_IMPORT_FIELD_COUNTRY }, { "countrycode", EVD_IMPORT_FIELD_COUNTRY },
  { "countryregion", EVD_IMPORT_FIELD_COUNTRY }, { "mailingcountry", EVD_IMPORT_FIELD_COUNTRY },
  { "land", EVD_IMPORT_FIELD_COUNTRY }, { "pays", EVD_IMPORT_FIELD_COUNTRY },
  { "pais", EVD_IMPORT_FIELD_COUNTRY }, { "paese", EVD_IMPORT_FIELD_COUNTRY },

  { "industry", EVD_IMPORT_FIELD_INDUSTRY }, { "branche", EVD_IMPORT_FIELD_INDUSTRY },
  { "sector", EVD_IMPORT_FIELD_INDUSTRY }, { "secteur", EVD_IMPORT_FIELD_INDUSTRY },
  { "industria", EVD_IMPORT_FIELD_INDUSTRY },

  { "organizationsize", EVD_IMPORT_FIELD_ORGANIZATION_SIZE },
  { "organisationsize", EVD_IMPORT_FIELD_ORGANIZATION_SIZE },
  { "companysize", EVD_IMPORT_FIELD_ORGANIZATION_SIZE }, { "orgsize", EVD_IMPORT_FIELD_ORGANIZATION_SIZE },
  { "employees", EVD_IMPORT_FIELD_ORGANIZATION_SIZE },
  { "numberofemployees", EVD_IMPORT_FIELD_ORGANIZATION_SIZE },
  { "unternehmensgrosse", EVD_IMPORT_FIELD_ORGANIZATION_SIZE },

  { "comments", EVD_IMPORT_FIELD_COMMENTS }, { "comment", EVD_IMPORT_FIELD_COMMENTS },
  { "notes", EVD_IMPORT_FIELD_COMMENTS }, { "note", EVD_IMPORT_FIELD_COMMENTS },
  { "remarks", EVD_IMPORT_FIELD_COMMENTS }, { "bemerkungen", EVD_IMPORT_FIELD_COMMENTS },
  { "kommentar", EVD_IMPORT_FIELD_COMMENTS }, { "commentaires", EVD_IMPORT_FIELD_COMMENTS },
  { "notas", EVD_IMPORT_FIELD_COMMENTS },

  { "externalticketid", EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID },
  { "externalid", EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID },
  { "ticketid", EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID },
  { "externalbarcode", EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID },
};

/* "Attendee Email", "Contact First Name", "Work Phone": the word in front
 * says whose detail it is, not what it is. */
static const char *prefixes[] = {
  "attendee", "registrant", "participant", "guest", "contact", "primary",
  "work", "business", "your",
};

struct _EvdColumnMapping
{
  GObject          parent_instance;

  GStrv            headers;
  EvdImportField  *targets;
  guint            n_columns;
};

G_DEFINE_FINAL_TYPE (EvdColumnMapping, evd_column_mapping, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
evd_import_field_to_string (EvdImportField field)
{
  g_return_val_if_fail (field < EVD_N_IMPORT_FIELDS, NULL);

  return fields[field].wire_name;
}

gboolean
evd_import_field_from_string (const char     *name,
                              EvdImportField *field)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  for (guint i = 0; i < EVD_N_IMPORT_FIELDS; i++)
    if (g_str_equal (fields[i].wire_name, name))
      {
        *field = i;
        return TRUE;
      }
  return FALSE;
}

/* The field's name as the mapping editor shows it. */
const char *
evd_import_field_get_label (EvdImportField field)
{
  g_return_val_if_fail (field < EVD_N_IMPORT_FIELDS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, fields[field].label);
}

/**
 * evd_import_fold_header:
 *
 * Folds a column name for matching: accents removed (prénom → prenom),
 * case folded (Straße → strasse), and everything but letters and digits
 * dropped ("E-Mail Address", "e_mail.address" → emailaddress).
 *
 * Returns: (transfer full): the folded name
 */
char *
evd_import_fold_header (const char *header)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  g_return_val_if_fail (header != NULL, NULL);

  decomposed = g_utf8_normalize (header, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (decomposed, -1);

  out = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) && !g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static EvdImportField
lookup_alias (const char *folded)
{
  for (gsize i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (aliases[i].folded, folded))
      return aliases[i].field;
  return EVD_IMPORT_FIELD_IGNORED;
}

/**
 * evd_import_field_for_header:
 *
 * Returns: the field a column named @header most likely holds, or
 *   %EVD_IMPORT_FIELD_IGNORED
 */
EvdImportField
evd_import_field_for_header (const char *header)
{
  g_autofree char *folded = NULL;
  EvdImportField field;

  g_return_val_if_fail (header != NULL, EVD_IMPORT_FIELD_IGNORED);

  folded = evd_import_fold_header (header);
  field = lookup_alias (folded);
  if (field != EVD_IMPORT_FIELD_IGNORED)
    return field;

  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (folded, prefixes[i]) && folded[strlen (prefixes[i])] != '\0')
      {
        field = lookup_alias (folded + strlen (prefixes[i]));
        if (field != EVD_IMPORT_FIELD_IGNORED)
          return field;
      }
  return EVD_IMPORT_FIELD_IGNORED;
}

/**
 * evd_import_split_full_name:
 * @first_name: (out) (transfer full): the first name, maybe ""
 * @last_name: (out) (transfer full): the last name, maybe ""
 *
 * "Sarah Chen" → Sarah / Chen, at the last space, so "Mary Ann Smith" keeps
 * "Mary Ann" as first names. "Chen, Sarah" (with a comma, as directories
 * write) → Sarah / Chen. A single word is a first name. Surrounding spaces
 * are trimmed. Particles ("van der Berg") cannot be told apart from middle
 * names, so such names are better imported from separate columns.
 */
void
evd_import_split_full_name (const char  *full_name,
                            char       **first_name,
                            char       **last_name)
{
  g_autofree char *name = NULL;
  char *split;

  g_return_if_fail (full_name != NULL);
  g_return_if_fail (first_name != NULL && last_name != NULL);

  name = g_strstrip (g_strdup (full_name));

  if ((split = strchr (name, ',')) != NULL)
    {
      *split = '\0';
      *last_name = g_strstrip (g_strdup (name));
      *first_name = g_strstrip (g_strdup (split + 1));
      return;
    }
  if ((split = strrchr (name, ' ')) != NULL)
    {
      *split = '\0';
      *first_name = g_strstrip (g_strdup (name));
      *last_name = g_strdup (split + 1);
      return;
    }
  *first_name = g_steal_pointer (&name);
  *last_name = g_strdup ("");
}

static void
evd_column_mapping_finalize (GObject *object)
{
  EvdColumnMapping *self = (EvdColumnMapping *) object;

  g_clear_pointer (&self->headers, g_strfreev);
  g_clear_pointer (&self->targets, g_free);

  G_OBJECT_CLASS (evd_column_mapping_parent_class)->finalize (object);
}

static void
evd_column_mapping_class_init (EvdColumnMappingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_column_mapping_finalize;

  /**
   * EvdColumnMapping::changed:
   *
   * A column's target changed (one call to set_target may change two
   * columns: the one set, and the one that held that field before).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
evd_column_mapping_init (EvdColumnMapping *self)
{
}

/**
 * evd_column_mapping_new:
 * @headers: (array zero-terminated=1): the file's column names
 *
 * Returns: (transfer full): a mapping with every column ignored
 */
EvdColumnMapping *
evd_column_mapping_new (const char * const *headers)
{
  EvdColumnMapping *self;

  g_return_val_if_fail (headers != NULL, NULL);

  self = g_object_new (EVD_TYPE_COLUMN_MAPPING, NULL);
  self->headers = g_strdupv ((char **) headers);
  self->n_columns = g_strv_length (self->headers);
  self->targets = g_new0 (EvdImportField, self->n_columns + 1);
  return self;
}

/**
 * evd_column_mapping_suggest:
 * @headers: (array zero-terminated=1): the file's column names
 *
 * Guesses each column's field from its name. When two columns look like the
 * same field, the first one gets it and the other stays ignored; the person
 * can change any of it.
 *
 * Returns: (transfer full): the suggested mapping
 */
EvdColumnMapping *
evd_column_mapping_suggest (const char * const *headers)
{
  EvdColumnMapping *self = evd_column_mapping_new (headers);

  for (guint i = 0; i < self->n_columns; i++)
    {
      EvdImportField field = evd_import_field_for_header (self->headers[i]);

      if (field != EVD_IMPORT_FIELD_IGNORED && evd_column_mapping_get_column (self, field) < 0)
        self->targets[i] = field;
    }
  return self;
}

/**
 * evd_column_mapping_copy:
 *
 * Returns: (transfer full): an independent copy, so that a check can run on
 *   a worker thread while the person goes on editing
 */
EvdColumnMapping *
evd_column_mapping_copy (EvdColumnMapping *self)
{
  EvdColumnMapping *copy;

  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (self), NULL);

  copy = evd_column_mapping_new ((const char * const *) self->headers);
  memcpy (copy->targets, self->targets, sizeof (EvdImportField) * self->n_columns);
  return copy;
}

guint
evd_column_mapping_get_n_columns (EvdColumnMapping *self)
{
  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (self), 0);

  return self->n_columns;
}

const char *
evd_column_mapping_get_header (EvdColumnMapping *self,
                               guint             column)
{
  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return self->headers[column];
}

EvdImportField
evd_column_mapping_get_target (EvdColumnMapping *self,
                               guint             column)
{
  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (self), EVD_IMPORT_FIELD_IGNORED);
  g_return_val_if_fail (column < self->n_columns, EVD_IMPORT_FIELD_IGNORED);

  return self->targets[column];
}

/**
 * evd_column_mapping_set_target:
 *
 * Maps @column to @field. Each field comes from one column at most, so the
 * column that held @field before becomes ignored.
 */
void
evd_column_mapping_set_target (EvdColumnMapping *self,
                               guint             column,
                               EvdImportField    field)
{
  int previous;

  g_return_if_fail (EVD_IS_COLUMN_MAPPING (self));
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (field < EVD_N_IMPORT_FIELDS);

  if (self->targets[column] == field)
    return;

  previous = field != EVD_IMPORT_FIELD_IGNORED ? evd_column_mapping_get_column (self, field) : -1;
  if (previous >= 0)
    self->targets[previous] = EVD_IMPORT_FIELD_IGNORED;
  self->targets[column] = field;

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * evd_column_mapping_get_column:
 *
 * Returns: the column mapped to @field, or -1
 */
int
evd_column_mapping_get_column (EvdColumnMapping *self,
                               EvdImportField    field)
{
  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (self), -1);

  if (field == EVD_IMPORT_FIELD_IGNORED)
    return -1;
  for (guint i = 0; i < self->n_columns; i++)
    if (self->targets[i] == field)
      return (int) i;
  return -1;
}

/**
 * evd_column_mapping_dup_ignored_columns:
 * @n_columns: (out): how many
 *
 * Returns: (transfer full) (array length=n_columns): the columns that will
 *   not be imported, in order; the window lists their names
 */
guint *
evd_column_mapping_dup_ignored_columns (EvdColumnMapping *self,
                                        guint            *n_columns)
{
  guint *columns;
  guint n = 0;

  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (self), NULL);
  g_return_val_if_fail (n_columns != NULL, NULL);

  columns = g_new (guint, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    if (self->targets[i] == EVD_IMPORT_FIELD_IGNORED)
      columns[n++] = i;
  *n_columns = n;
  return columns;
}

/**
 * evd_column_mapping_check:
 *
 * Returns: %TRUE when exactly one column holds email addresses (the one
 *   detail Zoom requires), or %FALSE with %EVD_CSV_ERROR_NO_EMAIL_COLUMN
 */
gboolean
evd_column_mapping_check (EvdColumnMapping  *self,
                          GError           **error)
{
  guint n_email = 0;

  g_return_val_if_fail (EVD_IS_COLUMN_MAPPING (self), FALSE);

  for (guint i = 0; i < self->n_columns; i++)
    n_email += self->targets[i] == EVD_IMPORT_FIELD_EMAIL;

  if (n_email != 1)
    {
      g_set_error_literal (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NO_EMAIL_COLUMN,
                           _("No column is marked as holding email addresses. Every attendee needs one: choose the column that has them."));
      return FALSE;
    }
  return TRUE;
}
