/* test-column-mapping.c: column names to attendee fields, and editing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-column-mapping.h"
#include "evd-csv-error.h"

static void
test_aliases (void)
{
  static const struct { const char *header; EvdImportField field; } cases[] = {
    { "Email", EVD_IMPORT_FIELD_EMAIL },
    { "E-Mail", EVD_IMPORT_FIELD_EMAIL },
    { "email address", EVD_IMPORT_FIELD_EMAIL },
    { "EMAIL_ADDRESS", EVD_IMPORT_FIELD_EMAIL },
    { "e.mail", EVD_IMPORT_FIELD_EMAIL },
    { "Mail", EVD_IMPORT_FIELD_EMAIL },
    { "E-Mail-Adresse", EVD_IMPORT_FIELD_EMAIL },
    { "Adresse e-mail", EVD_IMPORT_FIELD_EMAIL },
    { "Correo electrónico", EVD_IMPORT_FIELD_EMAIL },
    { "Attendee Email", EVD_IMPORT_FIELD_EMAIL },
    { "  Email  ", EVD_IMPORT_FIELD_EMAIL },
    { "First Name", EVD_IMPORT_FIELD_FIRST_NAME },
    { "first_name", EVD_IMPORT_FIELD_FIRST_NAME },
    { "firstname", EVD_IMPORT_FIELD_FIRST_NAME },
    { "Given name", EVD_IMPORT_FIELD_FIRST_NAME },
    { "Forename", EVD_IMPORT_FIELD_FIRST_NAME },
    { "Vorname", EVD_IMPORT_FIELD_FIRST_NAME },
    { "Prénom", EVD_IMPORT_FIELD_FIRST_NAME },
    { "PRENOM", EVD_IMPORT_FIELD_FIRST_NAME },
    { "Nombre", EVD_IMPORT_FIELD_FIRST_NAME },
    { "Contact First Name", EVD_IMPORT_FIELD_FIRST_NAME },
    { "Last Name", EVD_IMPORT_FIELD_LAST_NAME },
    { "Surname", EVD_IMPORT_FIELD_LAST_NAME },
    { "Family-Name", EVD_IMPORT_FIELD_LAST_NAME },
    { "Nachname", EVD_IMPORT_FIELD_LAST_NAME },
    { "Nom", EVD_IMPORT_FIELD_LAST_NAME },
    { "Nom de famille", EVD_IMPORT_FIELD_LAST_NAME },
    { "Apellidos", EVD_IMPORT_FIELD_LAST_NAME },
    { "Name", EVD_IMPORT_FIELD_FULL_NAME },
    { "Full Name", EVD_IMPORT_FIELD_FULL_NAME },
    { "Name (full)", EVD_IMPORT_FIELD_FULL_NAME },
    { "Company", EVD_IMPORT_FIELD_ORGANIZATION },
    { "Organisation", EVD_IMPORT_FIELD_ORGANIZATION },
    { "Firma", EVD_IMPORT_FIELD_ORGANIZATION },
    { "Job Title", EVD_IMPORT_FIELD_JOB_TITLE },
    { "Title", EVD_IMPORT_FIELD_JOB_TITLE },
    { "Position", EVD_IMPORT_FIELD_JOB_TITLE },
    { "Telephone", EVD_IMPORT_FIELD_PHONE },
    { "Mobile", EVD_IMPORT_FIELD_PHONE },
    { "Work Phone", EVD_IMPORT_FIELD_PHONE },
    { "Street Address", EVD_IMPORT_FIELD_ADDRESS },
    { "Straße", EVD_IMPORT_FIELD_ADDRESS },
    { "City", EVD_IMPORT_FIELD_CITY },
    { "Region", EVD_IMPORT_FIELD_STATE },
    { "State/Province", EVD_IMPORT_FIELD_STATE },
    { "Province", EVD_IMPORT_FIELD_STATE },
    { "Postcode", EVD_IMPORT_FIELD_ZIP },
    { "Postal Code", EVD_IMPORT_FIELD_ZIP },
    { "ZIP", EVD_IMPORT_FIELD_ZIP },
    { "PLZ", EVD_IMPORT_FIELD_ZIP },
    { "Country", EVD_IMPORT_FIELD_COUNTRY },
    { "Land", EVD_IMPORT_FIELD_COUNTRY },
    { "Industry", EVD_IMPORT_FIELD_INDUSTRY },
    { "Organization Size", EVD_IMPORT_FIELD_ORGANIZATION_SIZE },
    { "Notes", EVD_IMPORT_FIELD_COMMENTS },
    { "Comments", EVD_IMPORT_FIELD_COMMENTS },
    { "external_ticket_id", EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID },
    { "Registration Date", EVD_IMPORT_FIELD_IGNORED },
    { "Favourite colour", EVD_IMPORT_FIELD_IGNORED },
    { "", EVD_IMPORT_FIELD_IGNORED },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      EvdImportField field = evd_import_field_for_header (cases[i].header);

      if (field != cases[i].field)
        g_error ("“%s”: expected %s, got %s", cases[i].header,
                 evd_import_field_to_string (cases[i].field), evd_import_field_to_string (field));
    }
}

static void
test_fold_header (void)
{
  g_autofree char *a = evd_import_fold_header ("Prénom");
  g_autofree char *b = evd_import_fold_header ("E-Mail_Adresse.  ");
  g_autofree char *c = evd_import_fold_header ("STRASSE");
  g_autofree char *d = evd_import_fold_header ("Straße");

  g_assert_cmpstr (a, ==, "prenom");
  g_assert_cmpstr (b, ==, "emailadresse");
  g_assert_cmpstr (c, ==, d);
}

static void
test_wire_names (void)
{
  EvdImportField field;

  for (guint i = 0; i < EVD_N_IMPORT_FIELDS; i++)
    {
      g_assert_true (evd_import_field_from_string (evd_import_field_to_string (i), &field));
      g_assert_cmpint (field, ==, i);
      g_assert_nonnull (evd_import_field_get_label (i));
    }
  g_assert_cmpstr (evd_import_field_to_string (EVD_IMPORT_FIELD_ORGANIZATION_SIZE), ==, "organization_size");
  g_assert_false (evd_import_field_from_string ("nickname", &field));
}

static void
check_split (const char *full,
             const char *first,
             const char *last)
{
  g_autofree char *got_first = NULL;
  g_autofree char *got_last = NULL;

  evd_import_split_full_name (full, &got_first, &got_last);
  g_assert_cmpstr (got_first, ==, first);
  g_assert_cmpstr (got_last, ==, last);
}

static void
test_split_full_name (void)
{
  check_split ("Sarah Chen", "Sarah", "Chen");
  check_split ("  Mary Ann Smith ", "Mary Ann", "Smith");
  check_split ("Chen, Sarah", "Sarah", "Chen");
  check_split ("García Márquez, Gabriel José", "Gabriel José", "García Márquez");
  check_split ("Madonna", "Madonna", "");
  check_split ("", "", "");
}

static void
test_suggest (void)
{
  const char *headers[] = { "Vorname", "Nachname", "E-Mail-Adresse", "Firma", "Notizen intern",
                            "Email", NULL };
  g_autoptr(EvdColumnMapping) mapping = evd_column_mapping_suggest (headers);
  g_autofree guint *ignored = NULL;
  guint n_ignored;

  g_assert_cmpuint (evd_column_mapping_get_n_columns (mapping), ==, 6);
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 0), ==, EVD_IMPORT_FIELD_FIRST_NAME);
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 1), ==, EVD_IMPORT_FIELD_LAST_NAME);
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 2), ==, EVD_IMPORT_FIELD_EMAIL);
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 3), ==, EVD_IMPORT_FIELD_ORGANIZATION);
  /* Unknown, and the second email column: the first one wins */
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 4), ==, EVD_IMPORT_FIELD_IGNORED);
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 5), ==, EVD_IMPORT_FIELD_IGNORED);
  g_assert_cmpint (evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_EMAIL), ==, 2);
  g_assert_cmpint (evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_PHONE), ==, -1);
  g_assert_cmpstr (evd_column_mapping_get_header (mapping, 4), ==, "Notizen intern");

  ignored = evd_column_mapping_dup_ignored_columns (mapping, &n_ignored);
  g_assert_cmpuint (n_ignored, ==, 2);
  g_assert_cmpuint (ignored[0], ==, 4);
  g_assert_cmpuint (ignored[1], ==, 5);
  g_assert_true (evd_column_mapping_check (mapping, NULL));
}

static void
changed_cb (EvdColumnMapping *mapping,
            guint            *count)
{
  (*count)++;
}

static void
test_editing (void)
{
  const char *headers[] = { "Name", "Mail", "Work Email", "Memo", NULL };
  g_autoptr(EvdColumnMapping) mapping = evd_column_mapping_suggest (headers);
  g_autoptr(EvdColumnMapping) copy = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (mapping, "changed", G_CALLBACK (changed_cb), &changes);
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 0), ==, EVD_IMPORT_FIELD_FULL_NAME);
  g_assert_cmpint (evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_EMAIL), ==, 1);
  copy = evd_column_mapping_copy (mapping);

  /* Moving the email to another column unmaps the first one */
  evd_column_mapping_set_target (mapping, 2, EVD_IMPORT_FIELD_EMAIL);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 1), ==, EVD_IMPORT_FIELD_IGNORED);
  g_assert_cmpint (evd_column_mapping_get_column (mapping, EVD_IMPORT_FIELD_EMAIL), ==, 2);

  /* Setting the same target again changes nothing */
  evd_column_mapping_set_target (mapping, 2, EVD_IMPORT_FIELD_EMAIL);
  g_assert_cmpuint (changes, ==, 1);

  evd_column_mapping_set_target (mapping, 3, EVD_IMPORT_FIELD_COMMENTS);
  g_assert_cmpint (evd_column_mapping_get_target (mapping, 3), ==, EVD_IMPORT_FIELD_COMMENTS);

  /* The copy did not follow */
  g_assert_cmpint (evd_column_mapping_get_column (copy, EVD_IMPORT_FIELD_EMAIL), ==, 1);
  g_assert_cmpint (evd_column_mapping_get_target (copy, 3), ==, EVD_IMPORT_FIELD_IGNORED);

  /* Without an email column the mapping cannot be used */
  evd_column_mapping_set_target (mapping, 2, EVD_IMPORT_FIELD_IGNORED);
  g_assert_false (evd_column_mapping_check (mapping, &error));
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NO_EMAIL_COLUMN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/column-mapping/aliases", test_aliases);
  g_test_add_func ("/column-mapping/fold-header", test_fold_header);
  g_test_add_func ("/column-mapping/wire-names", test_wire_names);
  g_test_add_func ("/column-mapping/split-full-name", test_split_full_name);
  g_test_add_func ("/column-mapping/suggest", test_suggest);
  g_test_add_func ("/column-mapping/editing", test_editing);

  return g_test_run ();
}
