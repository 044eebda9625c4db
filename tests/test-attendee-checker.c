/* test-attendee-checker.c: email rule, Zoom's limits, duplicates, the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-attendee-checker.h"
#include "evd-csv-reader.h"
#include "evd-email-private.h"

static EvdCsvTable *
table_from (const char *data)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, strlen (data));
  g_autoptr(GError) error = NULL;
  EvdCsvTable *table = evd_csv_reader_read_bytes (bytes, NULL, NULL, &error);

  g_assert_no_error (error);
  return table;
}

static EvdCheckReport *
check (EvdAttendeeChecker *checker,
       EvdCsvTable        *table)
{
  g_autoptr(EvdColumnMapping) mapping = evd_column_mapping_suggest (evd_csv_table_get_headers (table));
  g_autoptr(GError) error = NULL;
  EvdCheckReport *report = evd_attendee_checker_check (checker, table, mapping, NULL, &error);

  g_assert_no_error (error);
  return report;
}

/* evd_email_is_valid_padded() (what the checker uses on a file's cells)
 * answers as evd_email_is_valid(), whatever follows the address. */
static gboolean
is_valid_both_ways (const char *email,
                    gsize       length)
{
  static const char followers[] = { 'a', '.', '-', '@', '\0', (char) 0xC3 };
  gboolean valid = evd_email_is_valid (email, length);

  for (gsize f = 0; f < G_N_ELEMENTS (followers); f++)
    {
      g_autofree char *padded = g_malloc (length + EVD_EMAIL_READ_AHEAD);

      memcpy (padded, email, length);
      memset (padded + length, followers[f], EVD_EMAIL_READ_AHEAD);
      if (evd_email_is_valid_padded (padded, length) != valid)
        g_error ("“%.*s” is %s, but not to the padded check", (int) length, email,
                 valid ? "valid" : "invalid");
    }
  return valid;
}

static void
test_padded_emails (void)
{
  /* Every string of up to 5 bytes over an alphabet that reaches each rule,
   * then longer ones at random (labels of 63 and 64, local parts over 16). */
  static const char alphabet[] = "a.-@_!Z9";
  const gsize n = sizeof alphabet - 1;
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  char email[128];
  guint n_valid = 0;

  for (gsize length = 0; length <= 5; length++)
    {
      gsize total = 1;

      for (gsize i = 0; i < length; i++)
        total *= n;
      for (gsize k = 0; k < total; k++)
        {
          gsize rest = k;

          for (gsize i = 0; i < length; i++, rest /= n)
            email[i] = alphabet[rest % n];
          n_valid += is_valid_both_ways (email, length);
        }
    }
  for (guint k = 0; k < 200000; k++)
    {
      gsize length = g_rand_int_range (rand, 1, sizeof email);
      gsize at = g_rand_int_range (rand, 0, length);

      for (gsize i = 0; i < length; i++)
        {
          /* Mostly letters and dots, so that long valid ones are made */
          guint r = g_rand_int_range (rand, 0, 100);

          email[i] = r < 80 ? (char) ('a' + r % 26) : r < 92 ? '.' : alphabet[r % n];
        }
      email[at] = '@';
      n_valid += is_valid_both_ways (email, length);
    }
  /* Both kinds were tried */
  g_assert_cmpuint (n_valid, >, 1000);
}

static void
test_whatwg_emails (void)
{
  g_autofree char *label63 = g_strnfill (63, 'a');
  g_autofree char *label64 = g_strnfill (64, 'a');
  g_autofree char *ok63 = g_strconcat ("x@", label63, ".com", NULL);
  g_autofree char *bad64 = g_strconcat ("x@", label64, ".com", NULL);
  static const char *valid[] = {
    "a@b", "a.b@c.d", "user+tag@example.com", "o'brien@example.ie",
    ".a..b.@c", "!#$%&'*+/=?^_`{|}~-@example.com", "x@a-b.com", "x@a--b.com",
    "x@1.2.3.4", "UPPER@EXAMPLE.COM", "x@xn--bcher-kva.example",
  };
  static const char *invalid[] = {
    "", "@example.com", "a@", "a", "\"quoted\"@x.com", "ü@example.com", "a@ü.com",
    "a@-b.com", "a@b-.com", "a@b..com", "a@.b.com", "a@b.com.", "a b@c.com", "a@b c.com",
    "a@@b.com", "a@b@c.com", "a@b_c.com", "Sarah <s@example.com>", "a(b)@x.com",
    "a@[127.0.0.1]", "a,b@example.com", "a@b.com ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    if (!is_valid_both_ways (valid[i], strlen (valid[i])))
      g_error ("“%s” should be valid", valid[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    if (is_valid_both_ways (invalid[i], strlen (invalid[i])))
      g_error ("“%s” should be invalid", invalid[i]);

  g_assert_true (is_valid_both_ways (ok63, strlen (ok63)));
  g_assert_false (is_valid_both_ways (bad64, strlen (bad64)));
  /* The length given is respected */
  g_assert_true (evd_email_is_valid ("a@b.comXXX", 7));
}

/* An address taken out of "<…>" or "mailto:" is registered, and said. */
static void
test_cleaned_email_is_said (void)
{
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCsvTable) table = table_from ("email,first_name\n"
                                             "<kim@example.com>,Kim\n"
                                             "mailto:lee@example.com,Lee\n"
                                             "  pat@example.com  ,Pat\n"
                                             "Sarah <sarah@example.com>,Sarah\n");
  g_autoptr(EvdCheckReport) report = check (checker, table);
  g_autoptr(EvdAttendee) kim = NULL;
  guint n_rows = 0;
  const guint *rows;

  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==, 3);
  g_assert_cmpint (evd_check_report_get_status (report, 0), ==, EVD_ATTENDEE_VALID);
  g_assert_cmpint (evd_check_report_get_status (report, 1), ==, EVD_ATTENDEE_VALID);
  g_assert_true (evd_check_report_get_problems (report, 0) & EVD_PROBLEM_EMAIL_CLEANED);
  g_assert_true (evd_check_report_get_problems (report, 1) & EVD_PROBLEM_EMAIL_CLEANED);
  /* Spaces are not worth a word; an address with a name has two readings. */
  g_assert_false (evd_check_report_get_problems (report, 2) & EVD_PROBLEM_EMAIL_CLEANED);
  g_assert_cmpint (evd_check_report_get_status (report, 3), ==, EVD_ATTENDEE_INVALID);
  g_assert_false (evd_check_report_get_problems (report, 3) & EVD_PROBLEM_EMAIL_CLEANED);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_EMAIL_CLEANED, &n_rows);
  g_assert_cmpuint (n_rows, ==, 2);
  g_assert_cmpuint (rows[0], ==, 2);
  g_assert_cmpuint (evd_problem_kind_get_severity (EVD_PROBLEM_EMAIL_CLEANED), ==, EVD_PROBLEM_SEVERITY_WARNING);

  kim = evd_check_report_create_attendee (report, 0);
  g_assert_cmpstr (evd_attendee_get_email (kim), ==, "kim@example.com");
  g_assert_cmpstr (evd_attendee_get_email_as_written (kim), ==, "<kim@example.com>");
}

static void
test_clean_and_normalize (void)
{
  static const struct { const char *cell; const char *key; } cases[] = {
    { "  Sarah@Example.COM\t", "sarah@example.com" },
    { "<sarah@example.com>", "sarah@example.com" },
    { "mailto:Sarah@example.com", "sarah@example.com" },
    { " <MAILTO:sarah@example.com> ", "sarah@example.com" },
    { "\302\240sarah@example.com\302\240", "sarah@example.com" },
    { "Sarah <sarah@example.com>", "sarah <sarah@example.com>" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = evd_email_normalize (cases[i].cell);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

static void
test_report_counts (void)
{
  g_autofree char *long_name = g_strnfill (65, 'n');
  g_autofree char *long_comment = g_strnfill (256, 'c');
  g_autofree char *data = g_strdup_printf (
    "Email,First Name,Last Name,Country,Comments\n"
    "a@example.com,Ann,Lee,US,\n"                    /* 2 valid */
    "not-an-email,Bob,Ray,,\n"                        /* 3 invalid */
    " A@Example.com ,Ann,Again,,\n"                   /* 4 duplicate of 2 */
    ",No,Email,,\n"                                   /* 5 missing */
    "long@example.com,%s,X,,\n"                       /* 6 name too long */
    "reg@example.com,Reg,Istered,,\n"                 /* 7 already registered */
    "REG@example.com,Reg,Again,,\n"                   /* 8 duplicate of 7 */
    "c@example.com,C,C,,%s\n"                         /* 9 comments too long */
    "de@example.com,Dieter,Bohlen,Germany,\n"         /* 10 valid, country mapped */
    "narnia@example.com,Lucy,P,Narnia,\n"             /* 11 invalid country */
    "short@example.com,Short\n"                       /* 12 ragged, still valid */
    "long@example.com,Fine,Name,,\n",                 /* 13 valid: 6 did not claim it */
    long_name, long_comment);
  g_autoptr(EvdCsvTable) table = table_from (data);
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(GPtrArray) valid = NULL;
  const guint *rows;
  guint n;

  evd_attendee_checker_add_registered_email (checker, " Reg@Example.com");
  g_assert_true (evd_attendee_checker_is_registered (checker, "reg@example.COM"));
  report = check (checker, table);

  g_assert_cmpuint (evd_check_report_get_n_rows (report), ==, 12);
  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==, 4);
  g_assert_cmpuint (evd_check_report_get_n_invalid (report), ==, 5);
  g_assert_cmpuint (evd_check_report_get_n_duplicates (report), ==, 2);
  g_assert_cmpuint (evd_check_report_get_n_already_registered (report), ==, 1);
  g_assert_cmpuint (evd_check_report_get_n_with_warnings (report), ==, 1);

  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_EMAIL_INVALID, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (rows[0], ==, 3);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_EMAIL_MISSING, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (rows[0], ==, 5);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_FIRST_NAME_TOO_LONG, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (rows[0], ==, 6);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_COMMENTS_TOO_LONG, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (rows[0], ==, 9);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_COUNTRY_INVALID, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (rows[0], ==, 11);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_RAGGED_ROW, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (rows[0], ==, 12);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_DUPLICATE, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (rows[0], ==, 4);
  g_assert_cmpuint (rows[1], ==, 8);
  rows = evd_check_report_get_rows_with_problem (report, EVD_PROBLEM_ALREADY_REGISTERED, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (rows[0], ==, 7);

  /* Duplicates point at the row they repeat */
  g_assert_cmpint (evd_check_report_get_status (report, 2), ==, EVD_ATTENDEE_DUPLICATE);
  g_assert_cmpuint (evd_check_report_get_duplicate_of (report, 2), ==, 2);
  g_assert_cmpuint (evd_check_report_get_duplicate_of (report, 6), ==, 7);
  g_assert_cmpint (evd_check_report_get_status (report, 11), ==, EVD_ATTENDEE_VALID);

  valid = evd_check_report_dup_attendees (report, EVD_ATTENDEE_VALID);
  g_assert_cmpuint (valid->len, ==, 4);
  g_assert_cmpuint (evd_attendee_get_row_number (valid->pdata[1]), ==, 10);
  g_assert_cmpstr (evd_attendee_get_field (valid->pdata[1], EVD_IMPORT_FIELD_COUNTRY), ==, "DE");
  g_assert_cmpstr (evd_attendee_get_field (valid->pdata[2], EVD_IMPORT_FIELD_LAST_NAME), ==, NULL);
}

static void
test_length_limits (void)
{
  g_autofree char *name64 = NULL;
  g_autofree char *name65 = NULL;
  g_autofree char *email128 = NULL;
  g_autofree char *email129 = NULL;
  g_autofree char *id129 = g_strnfill (129, 'i');
  g_autofree char *data = NULL;
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCheckReport) report = NULL;
  GString *s = g_string_new (NULL);

  /* Characters, not bytes: 64 “é” are 128 bytes and still fit */
  for (guint i = 0; i < 64; i++)
    g_string_append (s, "é");
  name64 = g_strdup (s->str);
  g_string_append (s, "é");
  name65 = g_string_free (s, FALSE);

  /* 128 = 60 + "@" + 63 + ".com" */
  {
    g_autofree char *local = g_strnfill (60, 'l');
    g_autofree char *label = g_strnfill (63, 'd');

    email128 = g_strconcat (local, "@", label, ".com", NULL);
    email129 = g_strconcat ("x", email128, NULL);
  }
  g_assert_cmpuint (strlen (email128), ==, 128);

  data = g_strdup_printf ("email,last name,external_ticket_id\n"
                          "%s,%s,\n%s,x,\nok@example.com,%s,\nid@example.com,x,%s\n",
                          email128, name64, email129, name65, id129);
  table = table_from (data);
  report = check (checker, table);

  g_assert_cmpuint (evd_check_report_get_problems (report, 0), ==, EVD_PROBLEM_NONE);
  g_assert_cmpuint (evd_check_report_get_problems (report, 1), ==, EVD_PROBLEM_EMAIL_TOO_LONG);
  g_assert_cmpuint (evd_check_report_get_problems (report, 2), ==, EVD_PROBLEM_LAST_NAME_TOO_LONG);
  g_assert_cmpuint (evd_check_report_get_problems (report, 3), ==, EVD_PROBLEM_EXTERNAL_TICKET_ID_TOO_LONG);
}

static void
test_full_name_split (void)
{
  g_autoptr(EvdCsvTable) table = table_from ("Full Name,Email\n"
                                             "Sarah Chen,sarah@example.com\n"
                                             "\"Chen, Wei\",wei@example.com\n");
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCheckReport) report = check (checker, table);
  g_autoptr(EvdAttendee) sarah = evd_check_report_create_attendee (report, 0);
  g_autoptr(EvdAttendee) wei = evd_check_report_create_attendee (report, 1);

  g_assert_cmpstr (evd_attendee_get_field (sarah, EVD_IMPORT_FIELD_FIRST_NAME), ==, "Sarah");
  g_assert_cmpstr (evd_attendee_get_field (sarah, EVD_IMPORT_FIELD_LAST_NAME), ==, "Chen");
  g_assert_cmpstr (evd_attendee_get_field (wei, EVD_IMPORT_FIELD_FIRST_NAME), ==, "Wei");
  g_assert_cmpstr (evd_attendee_get_field (wei, EVD_IMPORT_FIELD_LAST_NAME), ==, "Chen");
  g_assert_cmpint (evd_attendee_get_status (wei), ==, EVD_ATTENDEE_VALID);
  g_assert_cmpuint (evd_attendee_get_row_number (wei), ==, 3);
}

static void
test_external_ticket_id (void)
{
  g_autofree char *id = evd_make_external_ticket_id ("EVT123", "sarah@example.com");
  g_autofree char *same = evd_make_external_ticket_id ("EVT123", "  Sarah@Example.COM ");
  g_autofree char *other_event = evd_make_external_ticket_id ("EVT124", "sarah@example.com");
  g_autoptr(EvdAttendee) attendee = evd_attendee_new (2);
  g_autoptr(EvdAttendee) with_own_id = evd_attendee_new (3);
  g_autofree char *from_attendee = NULL;
  g_autofree char *own = NULL;

  /* SHA-256 of "EVT123\nsarah@example.com": pinned, since changing it would
   * make every re-import create new tickets */
  g_assert_cmpstr (id, ==, "evd-91753c9d148e1887d1b46ddecbc0384cc55c8937ecb659f4bfcb0093947259c8");
  g_assert_cmpstr (same, ==, id);
  g_assert_cmpstr (other_event, !=, id);
  g_assert_cmpuint (strlen (id), <=, 128);

  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_EMAIL, " <SARAH@example.com> ");
  g_assert_cmpstr (evd_attendee_get_email (attendee), ==, "SARAH@example.com");
  from_attendee = evd_attendee_dup_external_ticket_id (attendee, "EVT123");
  g_assert_cmpstr (from_attendee, ==, id);

  evd_attendee_set_field (with_own_id, EVD_IMPORT_FIELD_EMAIL, "x@example.com");
  evd_attendee_set_field (with_own_id, EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID, " CRM-0042 ");
  own = evd_attendee_dup_external_ticket_id (with_own_id, "EVT123");
  g_assert_cmpstr (own, ==, "CRM-0042");
}

static void
test_ticket_json (void)
{
  g_autoptr(EvdAttendee) attendee = evd_attendee_new (2);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_EMAIL, "ann@example.com");
  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_FULL_NAME, "Ann Lee");
  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_COUNTRY, "uk");
  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_CITY, "   ");
  node = evd_attendee_to_ticket_json (attendee, "EVT");
  object = json_node_get_object (node);

  g_assert_cmpstr (json_object_get_string_member (object, "email"), ==, "ann@example.com");
  g_assert_cmpstr (json_object_get_string_member (object, "first_name"), ==, "Ann");
  g_assert_cmpstr (json_object_get_string_member (object, "last_name"), ==, "Lee");
  g_assert_cmpstr (json_object_get_string_member (object, "country"), ==, "GB");
  g_assert_false (json_object_has_member (object, "full_name"));
  g_assert_false (json_object_has_member (object, "city"));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (object, "external_ticket_id"), "evd-"));
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  EvdCheckReport **report = user_data;
  g_autoptr(GError) error = NULL;

  *report = evd_attendee_checker_check_finish (EVD_ATTENDEE_CHECKER (source), result, &error);
  g_assert_no_error (error);
}

/* Many rows, so that duplicates meet in the set of emails both right after
 * the row they repeat and thousands of rows later, with every email shape
 * the checker takes a shortcut around (no trimming, angle brackets,
 * "mailto:", a no-break space) and country names in every case. */
static void
test_many_rows (void)
{
  static const char * const countries[] = {
    "de", "Germany", "GERMANY", "ITALY", "Italia", "Österreich", "ÖSTERREICH", "u.s.a.",
    "Atlantis", "I", "  us  ", "USA ", "türkiye", "TÜRKIYE",
  };
  static const gboolean country_ok[] = {
    TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, FALSE, FALSE, TRUE, TRUE, TRUE, TRUE,
  };
  g_autoptr(GString) data = g_string_new ("Email,First Name,Country\n");
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCheckReport) report = NULL;
  guint n_rows = 6000;
  guint expected_duplicates = 0;
  guint expected_bad_country = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      guint c = i % G_N_ELEMENTS (countries);

      if (i % 10 == 1)
        /* the row just before, in another case and shape */
        g_string_append_printf (data, "\"<MAILTO:P%u@Example.COM>\",x,%s\n", i - 1, countries[c]);
      else if (i % 10 == 2 && i > 5000)
        /* a row thousands of rows back, with a no-break space after it */
        g_string_append_printf (data, "p%u@example.com\302\240,x,%s\n", i - 5000, countries[c]);
      else
        g_string_append_printf (data, "%sp%u@example.com,x,%s\n", i % 3 == 0 ? " " : "", i, countries[c]);

      if (!country_ok[c])
        expected_bad_country++;
      else if (i % 10 == 1 ? country_ok[(i - 1) % G_N_ELEMENTS (countries)]
                           : (i % 10 == 2 && i > 5000 && (i - 5000) % 10 != 1 &&
                              country_ok[(i - 5000) % G_N_ELEMENTS (countries)]))
        expected_duplicates++;
    }
  table = table_from (data->str);
  report = check (checker, table);

  g_assert_cmpuint (evd_check_report_get_n_rows (report), ==, n_rows);
  g_assert_cmpuint (evd_check_report_get_n_invalid (report), ==, expected_bad_country);
  g_assert_cmpuint (evd_check_report_get_n_duplicates (report), ==, expected_duplicates);
  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==,
                    n_rows - expected_bad_country - expected_duplicates);

  /* Row 3 of the sheet (data row 1) repeats row 2 (data row 0) */
  g_assert_cmpint (evd_check_report_get_status (report, 0), ==, EVD_ATTENDEE_VALID);
  g_assert_cmpint (evd_check_report_get_status (report, 1), ==, EVD_ATTENDEE_DUPLICATE);
  g_assert_cmpuint (evd_check_report_get_duplicate_of (report, 1), ==, 2);
  /* Data row 5002 repeats data row 2 */
  g_assert_cmpint (evd_check_report_get_status (report, 5002), ==, EVD_ATTENDEE_DUPLICATE);
  g_assert_cmpuint (evd_check_report_get_duplicate_of (report, 5002), ==, 4);
  /* "ITALY" in capitals and "I" alone */
  g_assert_cmpint (evd_check_report_get_problems (report, 3) & EVD_PROBLEM_COUNTRY_INVALID, ==, 0);
  g_assert_cmpint (evd_check_report_get_problems (report, 9) & EVD_PROBLEM_COUNTRY_INVALID, !=, 0);
}

static void
test_check_async_and_no_email (void)
{
  g_autoptr(EvdCsvTable) table = table_from ("Name,Email\nAnn,ann@example.com\nBob,ann@example.com\n");
  g_autoptr(EvdColumnMapping) mapping = evd_column_mapping_suggest (evd_csv_table_get_headers (table));
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(EvdCheckReport) none = NULL;
  g_autoptr(GError) error = NULL;

  evd_attendee_checker_check_async (checker, table, mapping, NULL, check_done_cb, &report);
  /* Editing the mapping meanwhile does not affect the running check */
  evd_column_mapping_set_target (mapping, 1, EVD_IMPORT_FIELD_IGNORED);
  while (report == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==, 1);
  g_assert_cmpuint (evd_check_report_get_n_duplicates (report), ==, 1);

  none = evd_attendee_checker_check (checker, table, mapping, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NO_EMAIL_COLUMN);
}

static void
test_problem_texts (void)
{
  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    {
      EvdProblemKind kind = evd_problem_kind_from_index (i);

      g_assert_cmpuint (evd_problem_kind_to_index (kind), ==, i);
      g_assert_nonnull (evd_problem_kind_to_string (kind));
      g_assert_cmpstr (evd_problem_kind_get_message (kind), !=, "");
      g_assert_cmpstr (evd_problem_kind_get_fix (kind), !=, "");
      g_assert_cmpint (evd_problem_kind_get_severity (kind) == EVD_PROBLEM_SEVERITY_ERROR, ==,
                       (kind & EVD_PROBLEM_ERRORS) != 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/attendee-checker/whatwg-emails", test_whatwg_emails);
  g_test_add_func ("/attendee-checker/padded-emails", test_padded_emails);
  g_test_add_func ("/attendee-checker/clean-and-normalize", test_clean_and_normalize);
  g_test_add_func ("/attendee-checker/cleaned-email-is-said", test_cleaned_email_is_said);
  g_test_add_func ("/attendee-checker/report-counts", test_report_counts);
  g_test_add_func ("/attendee-checker/length-limits", test_length_limits);
  g_test_add_func ("/attendee-checker/full-name-split", test_full_name_split);
  g_test_add_func ("/attendee-checker/external-ticket-id", test_external_ticket_id);
  g_test_add_func ("/attendee-checker/ticket-json", test_ticket_json);
  g_test_add_func ("/attendee-checker/check-async-and-no-email", test_check_async_and_no_email);
  g_test_add_func ("/attendee-checker/problem-texts", test_problem_texts);
  g_test_add_func ("/attendee-checker/many-rows", test_many_rows);

  return g_test_run ();
}
