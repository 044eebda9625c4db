/* test-paste-parser.c: what organizers paste from mail programs and spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-paste-parser.h"

typedef struct
{
  guint       line;
  const char *email;
  const char *first_name;
  const char *last_name;
} Expected;

static EvdCheckReport *
parse (const char         *text,
       EvdAttendeeChecker *checker,
       EvdPasteFormat      expected_format)
{
  g_autoptr(GError) error = NULL;
  EvdPasteFormat format = EVD_PASTE_FORMAT_EMPTY;
  EvdCheckReport *report = evd_paste_parse (text, checker, &format, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpint (format, ==, expected_format);
  return report;
}

static void
assert_attendees (EvdCheckReport *report,
                  const Expected *expected,
                  guint           n_expected)
{
  g_assert_cmpuint (evd_check_report_get_n_rows (report), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(EvdAttendee) attendee = evd_check_report_create_attendee (report, i);

      g_assert_cmpuint (evd_attendee_get_row_number (attendee), ==, expected[i].line);
      g_assert_cmpstr (evd_attendee_get_email (attendee), ==, expected[i].email);
      g_assert_cmpstr (evd_attendee_get_field (attendee, EVD_IMPORT_FIELD_FIRST_NAME), ==, expected[i].first_name);
      g_assert_cmpstr (evd_attendee_get_field (attendee, EVD_IMPORT_FIELD_LAST_NAME), ==, expected[i].last_name);
    }
}

static const Expected vips[] = {
  { 1, "sarah.chen@techcorp.com", "Sarah", "Chen" },
  { 1, "james.wilson@partner.com", "James", "Wilson" },
  { 1, "lisa.martinez@client.com", "Lisa", "Martinez" },
};

static void
test_outlook (void)
{
  g_autoptr(EvdCheckReport) plain = NULL;
  g_autoptr(EvdCheckReport) last_first = NULL;
  g_autoptr(EvdCheckReport) quoted = NULL;

  plain = parse ("Sarah Chen <sarah.chen@techcorp.com>; James Wilson <james.wilson@partner.com>; "
                 "Lisa Martinez <lisa.martinez@client.com>", NULL, EVD_PASTE_FORMAT_ADDRESSES);
  assert_attendees (plain, vips, G_N_ELEMENTS (vips));
  g_assert_cmpuint (evd_check_report_get_n_valid (plain), ==, 3);

  /* Outlook's directory names: "Last, First" without quotes */
  last_first = parse ("Chen, Sarah <sarah.chen@techcorp.com>; Wilson, James <james.wilson@partner.com>; "
                      "Martinez, Lisa <lisa.martinez@client.com>", NULL, EVD_PASTE_FORMAT_ADDRESSES);
  assert_attendees (last_first, vips, G_N_ELEMENTS (vips));

  quoted = parse ("'Sarah Chen' <sarah.chen@techcorp.com>; 'James Wilson' <james.wilson@partner.com>;"
                  "'Lisa Martinez' <lisa.martinez@client.com>;", NULL, EVD_PASTE_FORMAT_ADDRESSES);
  assert_attendees (quoted, vips, G_N_ELEMENTS (vips));
}

static void
test_gmail (void)
{
  g_autoptr(EvdCheckReport) report = NULL;

  /* Gmail quotes names with commas and separates with commas */
  report = parse ("Sarah Chen <sarah.chen@techcorp.com>, \"Wilson, James\" <james.wilson@partner.com>, "
                  "\"Lisa Martinez\" <lisa.martinez@client.com>", NULL, EVD_PASTE_FORMAT_ADDRESSES);
  assert_attendees (report, vips, G_N_ELEMENTS (vips));
}

static void
test_apple_mail (void)
{
  static const Expected expected[] = {
    { 1, "sarah.chen@techcorp.com", "Sarah", "Chen" },
    { 2, "james.wilson@partner.com", "James", "Wilson" },
    { 4, "lisa.martinez@client.com", NULL, NULL },
  };
  g_autoptr(EvdCheckReport) report = NULL;

  /* One per line, a blank line, and a bare address in angle brackets */
  report = parse ("Sarah Chen <sarah.chen@techcorp.com>\r\n"
                  "James Wilson <james.wilson@partner.com>\r\n"
                  "\r\n"
                  "<mailto:lisa.martinez@client.com>\r\n", NULL, EVD_PASTE_FORMAT_ADDRESSES);
  assert_attendees (report, expected, G_N_ELEMENTS (expected));
}

static void
test_bare_addresses (void)
{
  static const Expected expected[] = {
    { 1, "sarah.chen@techcorp.com", NULL, NULL },
    { 1, "james.wilson@partner.com", NULL, NULL },
    { 2, "lisa.martinez@client.com", NULL, NULL },
    { 3, "a@example.com", NULL, NULL },
    { 3, "b@example.com", NULL, NULL },
    { 4, "c@example.com", "Carla", "Diaz" },
  };
  g_autoptr(EvdCheckReport) report = NULL;

  report = parse ("sarah.chen@techcorp.com, james.wilson@partner.com;\n"
                  "lisa.martinez@client.com\n"
                  "a@example.com b@example.com\n"
                  "Carla Diaz c@example.com\n", NULL, EVD_PASTE_FORMAT_ADDRESSES);
  assert_attendees (report, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==, 6);
}

/* The mixed list of the tutorial: an invalid entry, a repeat in other
 * letters, and someone registered already. */
static void
test_problems (void)
{
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(GPtrArray) valid = NULL;
  g_autofree char *long_name = g_strnfill (65, 'a');
  g_autofree char *text = NULL;

  evd_attendee_checker_add_registered_email (checker, "sarah.chen@techcorp.com");
  text = g_strdup_printf ("James Wilson <james.wilson@partner.com>; lisa.martinez@client.com, not-an-email, "
                          "JAMES.WILSON@partner.com\n"
                          "Sarah Chen <sarah.chen@techcorp.com>\n"
                          "%s Smith <long@example.com>\n", long_name);
  report = parse (text, checker, EVD_PASTE_FORMAT_ADDRESSES);

  g_assert_cmpuint (evd_check_report_get_n_rows (report), ==, 6);
  g_assert_cmpint (evd_check_report_get_status (report, 0), ==, EVD_ATTENDEE_VALID);
  g_assert_cmpint (evd_check_report_get_status (report, 1), ==, EVD_ATTENDEE_VALID);
  g_assert_cmpint (evd_check_report_get_status (report, 2), ==, EVD_ATTENDEE_INVALID);
  g_assert_true (evd_check_report_get_problems (report, 2) & EVD_PROBLEM_EMAIL_INVALID);
  g_assert_cmpint (evd_check_report_get_status (report, 3), ==, EVD_ATTENDEE_DUPLICATE);
  g_assert_cmpuint (evd_check_report_get_duplicate_of (report, 3), ==, 1);
  g_assert_cmpint (evd_check_report_get_status (report, 4), ==, EVD_ATTENDEE_ALREADY_REGISTERED);
  g_assert_cmpint (evd_check_report_get_status (report, 5), ==, EVD_ATTENDEE_INVALID);
  g_assert_true (evd_check_report_get_problems (report, 5) & EVD_PROBLEM_FIRST_NAME_TOO_LONG);

  valid = evd_check_report_dup_attendees (report, EVD_ATTENDEE_VALID);
  g_assert_cmpuint (valid->len, ==, 2);
  g_assert_cmpstr (evd_attendee_get_email (g_ptr_array_index (valid, 1)), ==, "lisa.martinez@client.com");
}

static void
test_junk_lines (void)
{
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(EvdAttendee) junk = NULL;

  report = parse ("Here are the VIPs for Thursday\n"
                  "\n"
                  "Sarah Chen <sarah.chen@techcorp.com>\n"
                  "Thanks!\n", NULL, EVD_PASTE_FORMAT_ADDRESSES);
  g_assert_cmpuint (evd_check_report_get_n_rows (report), ==, 3);
  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==, 1);
  g_assert_cmpuint (evd_check_report_get_n_invalid (report), ==, 2);

  /* The line is kept whole, so the list can show it as it was */
  junk = evd_check_report_create_attendee (report, 0);
  g_assert_cmpuint (evd_attendee_get_row_number (junk), ==, 1);
  g_assert_cmpstr (evd_attendee_get_email (junk), ==, "Here are the VIPs for Thursday");
  g_assert_cmpint (evd_attendee_get_status (junk), ==, EVD_ATTENDEE_INVALID);
}

static void
test_spreadsheet_with_header (void)
{
  static const Expected expected[] = {
    { 2, "sarah.chen@techcorp.com", "Sarah", "Chen" },
    { 3, "james.wilson@partner.com", "James", "Wilson" },
    { 4, "lisa.martinez@client.com", "Lisa", "Martinez" },
  };
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(EvdAttendee) sarah = NULL;

  report = parse ("First Name\tLast Name\tEmail Address\tCompany\tCountry\n"
                  "Sarah\tChen\tsarah.chen@techcorp.com\tTechCorp\tUnited States\n"
                  "James\tWilson\tjames.wilson@partner.com\tPartner Inc\tGB\n"
                  "Lisa\tMartinez\tlisa.martinez@client.com\tClient LLC\tMexico\n",
                  NULL, EVD_PASTE_FORMAT_TABLE_WITH_HEADER);
  assert_attendees (report, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==, 3);

  sarah = evd_check_report_create_attendee (report, 0);
  g_assert_cmpstr (evd_attendee_get_field (sarah, EVD_IMPORT_FIELD_ORGANIZATION), ==, "TechCorp");
  g_assert_cmpstr (evd_attendee_get_field (sarah, EVD_IMPORT_FIELD_COUNTRY), ==, "US");
}

static void
test_spreadsheet_without_header (void)
{
  static const Expected first_last[] = {
    { 1, "sarah.chen@techcorp.com", "Sarah", "Chen" },
    { 2, "james.wilson@partner.com", "James", "Wilson" },
    { 4, "lisa.martinez@client.com", "Lisa", "Martinez" },
  };
  static const Expected full_after[] = {
    { 1, "sarah.chen@techcorp.com", "Sarah", "Chen" },
    { 2, "james.wilson@partner.com", "James", "Wilson" },
    { 3, "not an address", NULL, NULL },
  };
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(EvdCheckReport) other = NULL;

  /* An id column first: numbers are not names */
  /* and a blank row, which is no one */
  report = parse ("1\tSarah\tChen\tsarah.chen@techcorp.com\n"
                  "2\tJames\tWilson\tjames.wilson@partner.com\n"
                  "\t\t\t\n"
                  "3\tLisa\tMartinez\tlisa.martinez@client.com\n",
                  NULL, EVD_PASTE_FORMAT_TABLE);
  assert_attendees (report, first_last, G_N_ELEMENTS (first_last));

  /* Email first, then a full name; a bad row is kept and marked */
  other = parse ("sarah.chen@techcorp.com\tSarah Chen\n"
                 "james.wilson@partner.com\tJames Wilson\n"
                 "not an address\t\n",
                 NULL, EVD_PASTE_FORMAT_TABLE);
  assert_attendees (other, full_after, G_N_ELEMENTS (full_after));
  g_assert_cmpint (evd_check_report_get_status (other, 2), ==, EVD_ATTENDEE_INVALID);
}

static void
test_empty (void)
{
  g_autoptr(EvdCheckReport) report = parse (" \n\t\n ", NULL, EVD_PASTE_FORMAT_EMPTY);

  g_assert_cmpuint (evd_check_report_get_n_rows (report), ==, 0);
}

/* The form of Add Attendee checks one person the same way. */
static void
test_check_one (void)
{
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdAttendee) attendee = evd_attendee_new (1);
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(GError) error = NULL;

  evd_attendee_checker_add_registered_email (checker, "Sarah.Chen@techcorp.com");
  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_EMAIL, " sarah.chen@TECHCORP.com ");
  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_COUNTRY, "Narnia");
  g_ptr_array_add (attendees, g_object_ref (attendee));

  report = evd_attendees_check (attendees, checker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_check_report_get_problems (report, 0), ==, EVD_PROBLEM_COUNTRY_INVALID);
  g_assert_cmpint (evd_check_report_get_status (report, 0), ==, EVD_ATTENDEE_INVALID);

  evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_COUNTRY, "Germany");
  g_clear_object (&report);
  report = evd_attendees_check (attendees, checker, &error);
  g_assert_no_error (error);
  g_assert_cmpint (evd_check_report_get_status (report, 0), ==, EVD_ATTENDEE_ALREADY_REGISTERED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/paste-parser/outlook", test_outlook);
  g_test_add_func ("/paste-parser/gmail", test_gmail);
  g_test_add_func ("/paste-parser/apple-mail", test_apple_mail);
  g_test_add_func ("/paste-parser/bare-addresses", test_bare_addresses);
  g_test_add_func ("/paste-parser/problems", test_problems);
  g_test_add_func ("/paste-parser/junk-lines", test_junk_lines);
  g_test_add_func ("/paste-parser/spreadsheet-with-header", test_spreadsheet_with_header);
  g_test_add_func ("/paste-parser/spreadsheet-without-header", test_spreadsheet_without_header);
  g_test_add_func ("/paste-parser/empty", test_empty);
  g_test_add_func ("/paste-parser/check-one", test_check_one);

  return g_test_run ();
}
