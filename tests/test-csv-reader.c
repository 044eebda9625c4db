/* test-csv-reader.c: encodings, delimiters, RFC 4180 and broken files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "evd-csv-reader.h"

static EvdCsvTable *
read_with (const char          *data,
           gssize               length,
           const EvdCsvOptions *options,
           GError             **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);

  return evd_csv_reader_read_bytes (bytes, options, NULL, error);
}

static EvdCsvTable *
read_ok (const char *data,
         gssize      length)
{
  g_autoptr(GError) error = NULL;
  EvdCsvTable *table = read_with (data, length, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* Text in UTF-16 with a byte-order mark, as Excel's "Unicode text" saves. */
static GBytes *
utf16_with_bom (const char *utf8,
                gboolean    big_endian)
{
  gsize length = 0;
  g_autofree char *converted = g_convert (utf8, -1, big_endian ? "UTF-16BE" : "UTF-16LE", "UTF-8",
                                          NULL, &length, NULL);
  GByteArray *out = g_byte_array_new ();

  g_assert_nonnull (converted);
  g_byte_array_append (out, (const guint8 *) (big_endian ? "\376\377" : "\377\376"), 2);
  g_byte_array_append (out, (const guint8 *) converted, length);
  return g_byte_array_free_to_bytes (out);
}

static void
test_utf8_without_bom (void)
{
  g_autoptr(EvdCsvTable) table = read_ok ("email,name\nzoe@example.com,Zoë Ångström\n", -1);

  g_assert_cmpint (evd_csv_table_get_encoding (table), ==, EVD_CSV_ENCODING_UTF8);
  g_assert_cmpint (evd_csv_table_get_delimiter (table), ==, ',');
  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 1);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Zoë Ångström");
  g_assert_cmpstr (evd_csv_encoding_to_string (EVD_CSV_ENCODING_UTF8), ==, "utf-8");
}

static void
test_utf8_with_bom (void)
{
  g_autoptr(EvdCsvTable) table = read_ok ("\357\273\277Email;Prénom\r\nzoe@example.com;Zoë\r\n", -1);

  g_assert_cmpint (evd_csv_table_get_encoding (table), ==, EVD_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (evd_csv_table_get_delimiter (table), ==, ';');
  /* The byte-order mark is not part of the first column's name */
  g_assert_cmpstr (evd_csv_table_get_header (table, 0), ==, "Email");
  g_assert_cmpstr (evd_csv_table_get_header (table, 1), ==, "Prénom");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Zoë");
  g_assert_cmpstr (evd_csv_encoding_to_string (EVD_CSV_ENCODING_UTF8_BOM), ==, "utf-8-bom");
}

static void
check_utf16 (gboolean big_endian)
{
  g_autoptr(GBytes) bytes = utf16_with_bom ("Email\tFirst Name\tNotes\r\n"
                                            "anna@example.de\tJürgen\t\"tab\tinside\"\r\n"
                                            "li@example.cn\t李\t😀 ok\r\n", big_endian);
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = evd_csv_reader_read_bytes (bytes, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (evd_csv_table_get_encoding (table), ==,
                   big_endian ? EVD_CSV_ENCODING_UTF16BE : EVD_CSV_ENCODING_UTF16LE);
  g_assert_cmpint (evd_csv_table_get_delimiter (table), ==, '\t');
  g_assert_cmpuint (evd_csv_table_get_n_columns (table), ==, 3);
  g_assert_cmpstr (evd_csv_table_get_header (table, 0), ==, "Email");
  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Jürgen");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 2), ==, "tab\tinside");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 1), ==, "李");
  /* A character outside the BMP comes as a surrogate pair */
  g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 2), ==, "😀 ok");
}

static void
test_utf16le_with_bom (void)
{
  check_utf16 (FALSE);
}

static void
test_utf16be_with_bom (void)
{
  check_utf16 (TRUE);
}

static void
test_utf16_without_bom (void)
{
  gsize length = 0;
  g_autofree char *data = g_convert ("email,name\na@example.com,Ann\n", -1, "UTF-16LE", "UTF-8",
                                     NULL, &length, NULL);
  g_autoptr(EvdCsvTable) table = read_ok (data, length);

  g_assert_cmpint (evd_csv_table_get_encoding (table), ==, EVD_CSV_ENCODING_UTF16LE);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Ann");
}

static void
test_windows_1252 (void)
{
  /* é ü ß € and “smart quotes” as a US or German Excel saves them */
  const char data[] = "Email;Vorname;Notiz\r\n"
                      "j\374rgen@example.de;J\374rgen;Stra\337e \200 \223zitiert\224 caf\351\r\n";
  g_autoptr(EvdCsvTable) table = read_ok (data, sizeof data - 1);

  g_assert_cmpint (evd_csv_table_get_encoding (table), ==, EVD_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpint (evd_csv_table_get_delimiter (table), ==, ';');
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Jürgen");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 2), ==, "Straße € “zitiert” café");
}

/* Every byte Windows-1252 defines decodes as glibc's converter has it, and
 * the five it leaves undefined become the C1 control of the same number. */
static void
test_windows_1252_table (void)
{
  for (guint byte = 0x80; byte <= 0xFF; byte++)
    {
      char input[] = { 'a', ',', 'b', '\n', 'x', ',', (char) byte, 'y', '\n', '\0' };
      g_autoptr(EvdCsvTable) table = read_ok (input, 9);
      g_autofree char *expected = NULL;
      g_autofree char *glibc = g_convert (input + 6, 1, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      const char *cell = evd_csv_table_get_cell (table, 0, 1);

      if (byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D)
        {
          char utf8[8] = { 0 };

          g_unichar_to_utf8 (byte, utf8);
          expected = g_strconcat (utf8, "y", NULL);
        }
      else
        {
          g_assert_nonnull (glibc);
          expected = g_strconcat (glibc, "y", NULL);
        }
      g_assert_cmpstr (cell, ==, expected);
    }
}

static void
test_sniff_each_delimiter (void)
{
  static const struct { const char *data; char delimiter; guint columns; } cases[] = {
    { "Name,Email,Company\n\"Chen; Sarah\",s@example.com,ACME\nBob,b@example.com,X\n", ',', 3 },
    { "Name;Email;Company\nChen, Sarah;s@example.com;ACME, Inc.\nBob;b@example.com;X\n", ';', 3 },
    { "Name\tEmail\nChen, Sarah\ts@example.com\nBob; Jr\tb@example.com\n", '\t', 2 },
    { "Name|Email|Notes\nChen, Sarah|s@example.com|a;b\nBob|b@example.com|c,d\n", '|', 3 },
    /* One column: nothing splits the header, and the comma is kept */
    { "email\na@example.com\nb@example.com\n", ',', 1 },
    /* The header decides: a comma in every data row does not win */
    { "Email;Name\na@example.com;Chen, Sarah\nb@example.com;Smith, Bob\n", ';', 2 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EvdCsvTable) table = read_ok (cases[i].data, -1);

      g_assert_cmpint (evd_csv_table_get_delimiter (table), ==, cases[i].delimiter);
      g_assert_cmpuint (evd_csv_table_get_n_columns (table), ==, cases[i].columns);
      g_assert_cmpuint (evd_csv_table_get_n_ragged_rows (table), ==, 0);
    }
}

static void
test_quoted_cells (void)
{
  g_autoptr(EvdCsvTable) table = read_ok ("name,quote,notes\r\n"
                                          "\"Chen, Sarah\",\"She said \"\"hi\"\"\",\"line one\r\nline two\nline three\"\r\n"
                                          "\"\",\"\"\"\",plain\r\n"
                                          "Sarah \"Sally\" Chen,\"closed\"after,x\r\n", -1);

  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 3);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 0), ==, "Chen, Sarah");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "She said \"hi\"");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 2), ==, "line one\r\nline two\nline three");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 0), ==, "");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 1), ==, "\"");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 2), ==, "plain");
  /* Lenient where RFC 4180 is silent: stray quotes are kept as text */
  g_assert_cmpstr (evd_csv_table_get_cell (table, 2, 0), ==, "Sarah \"Sally\" Chen");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 2, 1), ==, "closedafter");
  /* A cell with line breaks is one spreadsheet row */
  g_assert_cmpuint (evd_csv_table_get_row_number (table, 0), ==, 2);
  g_assert_cmpuint (evd_csv_table_get_row_number (table, 1), ==, 3);
  g_assert_cmpuint (evd_csv_table_get_row_number (table, 2), ==, 4);
}

static void
test_line_ends (void)
{
  static const char *cases[] = {
    "a,b\nc,d\ne,f\n",
    "a,b\r\nc,d\r\ne,f\r\n",
    "a,b\rc,d\re,f\r",
    "a,b\r\nc,d\ne,f\r",
    "a,b\nc,d\ne,f",
    "a,b\r\nc,d\r\ne,f",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EvdCsvTable) table = read_ok (cases[i], -1);

      g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 2);
      g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 0), ==, "c");
      g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 1), ==, "f");
      g_assert_cmpuint (evd_csv_table_get_row_number (table, 1), ==, 3);
    }
}

static void
test_blank_lines_and_spaces (void)
{
  g_autoptr(EvdCsvTable) table = read_ok ("a,b\n\n x , y \n\r\n,\n  , \nlast,row\n\n", -1);

  /* Blank lines, and rows of empty cells as Excel leaves under a table, are
   * skipped, but still count in row numbers as on screen */
  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 0), ==, " x ");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, " y ");
  g_assert_cmpuint (evd_csv_table_get_row_number (table, 0), ==, 3);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 0), ==, "last");
  g_assert_cmpuint (evd_csv_table_get_row_number (table, 1), ==, 7);
  g_assert_cmpuint (evd_csv_table_get_header_row_number (table), ==, 1);
}

static void
test_trailing_empty_cell (void)
{
  g_autoptr(EvdCsvTable) table = read_ok ("a,b,c\n1,2,\n4,,", -1);

  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpuint (evd_csv_table_get_row_n_cells (table, 0), ==, 3);
  g_assert_cmpuint (evd_csv_table_get_row_n_cells (table, 1), ==, 3);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 0), ==, "4");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 1, 2), ==, "");
}

static void
test_unterminated_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = read_with ("email,name\na@example.com,Ann\nb@example.com,\"Bob\nc@example.com,Cy\n",
                                            -1, NULL, &error);

  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_nonnull (strstr (error->message, "Row 3"));
  g_assert_nonnull (strstr (error->message, "column 2"));
}

static void
test_ragged_rows (void)
{
  g_autoptr(EvdCsvTable) table = read_ok ("email,first,last\n"
                                          "a@example.com,Ann\n"
                                          "b@example.com,Bob,Smith\n"
                                          "c@example.com,Chen, Sarah,extra\n", -1);

  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 3);
  g_assert_cmpuint (evd_csv_table_get_n_ragged_rows (table), ==, 2);
  g_assert_true (evd_csv_table_row_is_ragged (table, 0));
  g_assert_false (evd_csv_table_row_is_ragged (table, 1));
  g_assert_true (evd_csv_table_row_is_ragged (table, 2));
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 2), ==, "");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 2, 3), ==, "extra");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 2, 7), ==, "");
}

/* One NUL byte in a long, otherwise clean UTF-8 list refuses it, wherever
 * it is (the search for it shares the UTF-8 validation's pass, which reads
 * 64 or 16 bytes at a time): in pure ASCII, next to an accented letter,
 * in the last bytes, after a byte-order mark; with --encoding utf-8 too. */
static void
test_one_nul_byte (void)
{
  g_autoptr(GString) text = g_string_new ("First Name,Last Name,Email\n");
  gsize positions[] = { 40, 200, 1001, 0, 0, 0 };
  const EvdCsvOptions utf8 = { EVD_CSV_ENCODING_UTF8, '\0' };

  /* Mostly ASCII, as lists are: whole 64-byte stretches of it */
  for (guint i = 0; text->len < 4000; i++)
    g_string_append (text, i % 10 == 9 ? "Zoë,Smith,zoe@example.com\n" : "Mateo,Smith,mateo@example.com\n");
  positions[3] = strstr (text->str + 500, "ë") - text->str + 2;   /* just after the ë */
  positions[4] = text->len - 1;
  positions[5] = text->len - 20;

  for (gsize i = 0; i < G_N_ELEMENTS (positions); i++)
    for (guint variant = 0; variant < 3; variant++)
      {
        g_autoptr(GString) copy = g_string_new_len (text->str, text->len);
        g_autoptr(GError) error = NULL;
        g_autoptr(EvdCsvTable) table = NULL;

        copy->str[positions[i]] = '\0';
        if (variant == 1)
          g_string_prepend (copy, "\357\273\277");
        table = read_with (copy->str, copy->len, variant == 2 ? &utf8 : NULL, &error);
        g_assert_null (table);
        g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT);
      }

  /* and without it, the same list is read */
  {
    g_autoptr(EvdCsvTable) table = read_ok (text->str, text->len);

    g_assert_cmpuint (evd_csv_table_get_n_rows (table), >, 100);
  }
}

static void
test_binary_junk (void)
{
  static const char nul[] = "email,name\na@example.com,\0\0\0\001\002";
  static const char xlsx[] = "PK\003\004\024\000\006\000\010\000\000\000!\000";
  static const char controls[] = "\001\002\003\004\005\006\007\010\016\017\020\021\022\023\024\025"
                                 "\026\027\030\031\032\033\034\035\036\037abc";
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;

  table = read_with (nul, sizeof nul - 1, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT);
  g_assert_nonnull (strstr (error->message, "does not look like a spreadsheet saved as CSV"));
  g_clear_error (&error);

  table = read_with (xlsx, sizeof xlsx - 1, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT);
  g_assert_nonnull (strstr (error->message, "workbook"));
  g_clear_error (&error);

  table = read_with (controls, sizeof controls - 1, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT);
}

static void
test_empty_file (void)
{
  static const char *cases[] = { "", "\n\n\r\n", "\357\273\277", ",,,\n,,\n" };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EvdCsvTable) table = read_with (cases[i], -1, NULL, &error);

      g_assert_null (table);
      g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_EMPTY);
    }
}

static void
test_header_only (void)
{
  g_autoptr(EvdCsvTable) table = read_ok ("Email,First Name,Last Name\r\n", -1);

  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 0);
  g_assert_cmpuint (evd_csv_table_get_n_columns (table), ==, 3);
  g_assert_cmpstr (evd_csv_table_get_headers (table)[2], ==, "Last Name");
  g_assert_null (evd_csv_table_get_headers (table)[3]);
}

static void
test_overrides (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;
  EvdCsvOptions options = EVD_CSV_OPTIONS_INIT;
  static const char latin[] = "name;city\nRen\351;K\366ln\n";

  /* The person says the separator is a semicolon */
  options.delimiter = ';';
  table = read_with ("a,b;c\n1,2;3\n", -1, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_csv_table_get_n_columns (table), ==, 2);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 0), ==, "1,2");
  g_clear_object (&table);

  /* Windows-1252 chosen for a UTF-8 file: what they asked for */
  options.delimiter = '\0';
  options.encoding = EVD_CSV_ENCODING_WINDOWS_1252;
  table = read_with ("name,city\nRené,X\n", -1, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (evd_csv_table_get_encoding (table), ==, EVD_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 0), ==, "RenÃ©");
  g_clear_object (&table);

  /* UTF-8 chosen for a Windows-1252 file: bad bytes become U+FFFD */
  options.encoding = EVD_CSV_ENCODING_UTF8;
  table = read_with (latin, sizeof latin - 1, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 0), ==, "Ren\357\277\275");
  g_clear_object (&table);

  /* And detection reads it right */
  table = read_with (latin, sizeof latin - 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Köln");
  g_clear_object (&table);

  options.encoding = EVD_CSV_ENCODING_AUTO;
  options.delimiter = '"';
  table = read_with ("a,b\n", -1, &options, &error);
  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_INVALID_OPTION);
}

static void
test_names_of_options (void)
{
  EvdCsvEncoding encoding;
  char delimiter;

  g_assert_true (evd_csv_encoding_from_string ("UTF-16LE", &encoding));
  g_assert_cmpint (encoding, ==, EVD_CSV_ENCODING_UTF16LE);
  g_assert_true (evd_csv_encoding_from_string ("windows-1252", &encoding));
  g_assert_cmpint (encoding, ==, EVD_CSV_ENCODING_WINDOWS_1252);
  g_assert_false (evd_csv_encoding_from_string ("ebcdic", &encoding));

  g_assert_true (evd_csv_delimiter_from_string ("tab", &delimiter));
  g_assert_cmpint (delimiter, ==, '\t');
  g_assert_true (evd_csv_delimiter_from_string (";", &delimiter));
  g_assert_cmpint (delimiter, ==, ';');
  g_assert_false (evd_csv_delimiter_from_string ("\"", &delimiter));
  g_assert_false (evd_csv_delimiter_from_string (";;", &delimiter));
  g_assert_cmpstr (evd_csv_delimiter_to_string ('|'), ==, "|");
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  EvdCsvTable **table = user_data;
  g_autoptr(GError) error = NULL;

  *table = evd_csv_reader_read_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_read_file_async (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) io = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;
  const char *data = "Email,Name\r\nann@example.com,Ann\r\n";

  file = g_file_new_tmp ("evd-reader-XXXXXX.csv", &io, &error);
  g_assert_no_error (error);
  g_file_replace_contents (file, data, strlen (data), NULL, FALSE, 0, NULL, NULL, &error);
  g_assert_no_error (error);

  evd_csv_reader_read_async (file, NULL, NULL, read_done_cb, &table);
  while (table == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 1);
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Ann");
  g_file_delete (file, NULL, NULL);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GString) data = g_string_new ("email,name\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (data, "p%u@example.com,P\n", i);
  bytes = g_bytes_new (data->str, data->len);
  g_cancellable_cancel (cancellable);
  table = evd_csv_reader_read_bytes (bytes, NULL, cancellable, &error);
  g_assert_null (table);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_large_file (void)
{
  g_autoptr(GString) data = g_string_sized_new (12 * 1024 * 1024);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;

  g_string_append (data, "\357\273\277First Name,Last Name,Email,Company,Notes\r\n");
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (data, "Person%u,Müller-%u,person%u@example.com,\"Company %u, Inc.\",\"note \"\"%u\"\"\"\r\n",
                            i, i, i, i % 97, i);
  bytes = g_string_free_to_bytes (g_steal_pointer (&data));

  table = evd_csv_reader_read_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 100000);
  g_assert_cmpuint (evd_csv_table_get_n_ragged_rows (table), ==, 0);
  g_assert_cmpstr (evd_csv_table_get_header (table, 0), ==, "First Name");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 2), ==, "person0@example.com");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 54321, 1), ==, "Müller-54321");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 54321, 3), ==, "Company 1, Inc.");
  g_assert_cmpstr (evd_csv_table_get_cell (table, 99999, 4), ==, "note \"99999\"");
  g_assert_cmpuint (evd_csv_table_get_row_number (table, 99999), ==, 100001);
}

/* The parser as documented, a byte at a time: what the block scanner of
 * the reader must agree with. Returns FALSE for an unclosed quote. */
typedef struct
{
  guint      number;
  GPtrArray *cells;
} ReferenceRecord;

static void
reference_record_free (gpointer data)
{
  ReferenceRecord *record = data;

  g_ptr_array_unref (record->cells);
  g_free (record);
}

static gboolean
is_stop (char c,
         char delimiter)
{
  return c == delimiter || c == '\r' || c == '\n';
}

static gboolean
reference_parse (const char *text,
                 gsize       length,
                 char        delimiter,
                 GPtrArray  *records)
{
  gsize p = 0;
  guint number = 0;

  while (p < length)
    {
      ReferenceRecord *record;
      gboolean any_content = FALSE;

      number++;
      if (text[p] == '\r' || text[p] == '\n')
        {
          p += (text[p] == '\r' && p + 1 < length && text[p + 1] == '\n') ? 2 : 1;
          continue;
        }

      record = g_new0 (ReferenceRecord, 1);
      record->number = number;
      record->cells = g_ptr_array_new_with_free_func (g_free);
      for (;;)
        {
          GString *cell = g_string_new (NULL);
          char terminator;

          if (text[p] == '"')
            {
              p++;
              for (;;)
                {
                  if (p >= length)
                    {
                      g_string_free (cell, TRUE);
                      reference_record_free (record);
                      return FALSE;
                    }
                  if (text[p] == '"')
                    {
                      if (p + 1 < length && text[p + 1] == '"')
                        {
                          g_string_append_c (cell, '"');
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }
                  g_string_append_c (cell, text[p++]);
                }
            }
          while (p < length && !is_stop (text[p], delimiter))
            g_string_append_c (cell, text[p++]);

          for (gsize i = 0; i < cell->len; i++)
            if (!g_ascii_isspace (cell->str[i]))
              any_content = TRUE;
          g_ptr_array_add (record->cells, g_string_free (cell, FALSE));

          terminator = p < length ? text[p] : '\0';
          if (terminator == delimiter)
            {
              p++;
              continue;
            }
          if (terminator == '\r')
            p += (p + 1 < length && text[p + 1] == '\n') ? 2 : 1;
          else if (terminator == '\n')
            p++;
          break;
        }

      if (any_content)
        g_ptr_array_add (records, record);
      else
        reference_record_free (record);
    }
  return TRUE;
}

/* Text made mostly of what the parser decides on, with runs longer than the
 * scanner's 64-byte blocks. */
static char *
random_csv (GRand *rand,
            char   delimiter,
            gsize *length)
{
  static const char * const pieces[] = {
    "a", "b", " ", "\"", "\"\"", "\r\n", "\n", "\r", "é", "\t", ",", ";", "|", "x@y.com", "  ",
  };
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, 160);

  for (guint i = 0; i < n; i++)
    {
      guint pick = g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces) + 3);

      if (pick == G_N_ELEMENTS (pieces))
        g_string_append_c (text, delimiter);
      else if (pick == G_N_ELEMENTS (pieces) + 1)
        {
          guint run = g_rand_int_range (rand, 1, 200);

          for (guint j = 0; j < run; j++)
            g_string_append_c (text, "xyz"[j % 3]);
        }
      else if (pick == G_N_ELEMENTS (pieces) + 2)
        g_string_append_printf (text, "\"%s%c%s\"", "quoted, with", delimiter, "\r\nbreak");
      else
        g_string_append (text, pieces[pick]);
    }
  *length = text->len;
  return g_string_free (text, FALSE);
}

static void
test_matches_reference_parser (void)
{
  static const char delimiters[] = { ',', ';', '\t', '|' };
  g_autoptr(GRand) rand = g_rand_new_with_seed (4180);

  for (guint round = 0; round < 4000; round++)
    {
      EvdCsvOptions options = { EVD_CSV_ENCODING_UTF8, delimiters[round % G_N_ELEMENTS (delimiters)] };
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (reference_record_free);
      g_autoptr(GError) error = NULL;
      g_autoptr(EvdCsvTable) table = NULL;
      g_autofree char *text = NULL;
      gboolean closed;
      gsize length;

      text = random_csv (rand, options.delimiter, &length);
      closed = reference_parse (text, length, options.delimiter, expected);
      table = read_with (text, length, &options, &error);

      if (!closed)
        {
          g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_UNTERMINATED_QUOTE);
          continue;
        }
      if (expected->len == 0)
        {
          g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_EMPTY);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, expected->len - 1);
      g_assert_cmpuint (evd_csv_table_get_header_row_number (table), ==,
                        ((ReferenceRecord *) expected->pdata[0])->number);
      g_assert_cmpuint (evd_csv_table_get_n_columns (table), ==,
                        ((ReferenceRecord *) expected->pdata[0])->cells->len);
      for (guint i = 0; i < evd_csv_table_get_n_columns (table); i++)
        g_assert_cmpstr (evd_csv_table_get_header (table, i), ==,
                         ((ReferenceRecord *) expected->pdata[0])->cells->pdata[i]);
      for (guint row = 0; row + 1 < expected->len; row++)
        {
          ReferenceRecord *record = expected->pdata[row + 1];

          g_assert_cmpuint (evd_csv_table_get_row_number (table, row), ==, record->number);
          g_assert_cmpuint (evd_csv_table_get_row_n_cells (table, row), ==, record->cells->len);
          for (guint i = 0; i < record->cells->len; i++)
            g_assert_cmpstr (evd_csv_table_get_cell (table, row, i), ==, record->cells->pdata[i]);
        }
    }
}

/* The reader skips a byte-order mark without moving the text; the public
 * decoder still hands back text that starts after it. */
static void
test_decode_skips_bom (void)
{
  static const char file[] = "\357\273\277Email\r\nzoe@example.com\r\n";
  g_autofree char *buffer = g_malloc (sizeof file);
  g_autoptr(GError) error = NULL;
  EvdCsvEncoding detected = EVD_CSV_ENCODING_AUTO;
  gsize length = sizeof file - 1;

  memcpy (buffer, file, sizeof file);
  g_assert_true (evd_text_decode (&buffer, &length, EVD_CSV_ENCODING_AUTO, &detected, &error));
  g_assert_no_error (error);
  g_assert_cmpint (detected, ==, EVD_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpuint (length, ==, sizeof file - 4);
  g_assert_cmpstr (buffer, ==, "Email\r\nzoe@example.com\r\n");

  /* A UTF-8 file with a mark, long enough for whole blocks of the scanner */
  {
    g_autoptr(GString) text = g_string_new ("\357\273\277Email;Name\n");
    g_autoptr(EvdCsvTable) table = NULL;

    for (guint i = 0; i < 200; i++)
      g_string_append_printf (text, "person%u@example.com;\"Name %u; %s\"\n", i, i,
                              i % 7 == 0 ? "with \"\"quotes\"\"" : "plain");
    table = read_ok (text->str, text->len);
    g_assert_cmpint (evd_csv_table_get_encoding (table), ==, EVD_CSV_ENCODING_UTF8_BOM);
    g_assert_cmpstr (evd_csv_table_get_header (table, 0), ==, "Email");
    g_assert_cmpuint (evd_csv_table_get_n_rows (table), ==, 200);
    g_assert_cmpstr (evd_csv_table_get_cell (table, 199, 0), ==, "person199@example.com");
    g_assert_cmpstr (evd_csv_table_get_cell (table, 196, 1), ==, "Name 196; with \"quotes\"");
    g_assert_cmpuint (evd_csv_table_get_row_number (table, 199), ==, 201);
  }
}

/* The file decides its encoding as a whole: a UTF-8 file with one stray
 * byte stays UTF-8 (the byte becomes U+FFFD and its row is found), and a
 * UTF-8 mark before Latin-1 text does not make the text UTF-8. */
static void
test_decoding_per_file (void)
{
  static const char stray[] = "email,name\nzoe@example.com,Zo\303\253\nfran@example.com,Fran\347ois\n"
                              "ana@example.com,M\303\274ller\n";
  static const char lying[] = "\357\273\277email,name\nfran@example.com,Fran\347ois\n";
  g_autoptr(EvdCsvTable) mixed = read_ok (stray, sizeof stray - 1);
  g_autoptr(EvdCsvTable) latin = read_ok (lying, sizeof lying - 1);

  g_assert_cmpint (evd_csv_table_get_encoding (mixed), ==, EVD_CSV_ENCODING_UTF8);
  g_assert_cmpstr (evd_csv_table_get_cell (mixed, 0, 1), ==, "Zo\303\253");
  g_assert_cmpstr (evd_csv_table_get_cell (mixed, 1, 1), ==, "Fran\357\277\275ois");
  g_assert_cmpstr (evd_csv_table_get_cell (mixed, 2, 1), ==, "M\303\274ller");
  g_assert_cmpint (evd_csv_table_find_invalid_text (mixed, 0), ==, -1);
  g_assert_cmpint (evd_csv_table_find_invalid_text (mixed, 1), ==, 1);
  g_assert_cmpint (evd_csv_table_find_invalid_text (mixed, 2), ==, -1);

  /* One UTF-8 name against two stray bytes: still UTF-8, still "Zoë". */
  {
    static const char few[] = "email,name\na@example.com,Zo\303\253\nb@example.com,Fran\347ois\n"
                              "c@example.com,Ren\351\n";
    g_autoptr(EvdCsvTable) table = read_ok (few, sizeof few - 1);

    g_assert_cmpint (evd_csv_table_get_encoding (table), ==, EVD_CSV_ENCODING_UTF8);
    g_assert_cmpstr (evd_csv_table_get_cell (table, 0, 1), ==, "Zo\303\253");
    g_assert_cmpint (evd_csv_table_find_invalid_text (table, 1), ==, 1);
    g_assert_cmpint (evd_csv_table_find_invalid_text (table, 2), ==, 1);
  }

  g_assert_cmpint (evd_csv_table_get_encoding (latin), ==, EVD_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (evd_csv_table_get_header (latin, 0), ==, "email");
  g_assert_cmpstr (evd_csv_table_get_cell (latin, 0, 1), ==, "Fran\303\247ois");
  g_assert_cmpint (evd_csv_table_find_invalid_text (latin, 0), ==, -1);
}

/* /dev/zero would be read for ever, a pipe until its writer stops: neither
 * is read at all. */
static void
test_not_a_file (void)
{
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autofree char *dir = g_dir_make_tmp ("evd-csv-XXXXXX", NULL);
  g_autofree char *fifo_path = g_build_filename (dir, "attendees.csv", NULL);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;

  table = evd_csv_reader_read_file (zero, NULL, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT);
  g_clear_error (&error);

  /* Nobody writes to it: reading it would block for ever. */
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  table = evd_csv_reader_read_file (fifo, NULL, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT);

  g_unlink (fifo_path);
  g_rmdir (dir);
}

static void
test_cell_too_large (void)
{
  gsize cell = EVD_CSV_MAX_CELL_SIZE + 10;
  g_autoptr(GString) text = g_string_new ("email,name\nana@example.com,Ana\nbo@example.com,");
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;

  for (gsize i = 0; i < cell; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\n");

  table = read_with (text->str, text->len, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Row 3, column 2"));
}

static void
test_row_too_large (void)
{
  g_autoptr(GString) text = g_string_new ("email,name\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCsvTable) table = NULL;

  /* Many small cells: each is fine, the row is not. */
  for (gsize i = 0; i < EVD_CSV_MAX_ROW_SIZE / 4 + 10; i++)
    g_string_append (text, "abc,");
  g_string_append (text, "\n");

  table = read_with (text->str, text->len, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, EVD_CSV_ERROR, EVD_CSV_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Row 2 "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/utf8-without-bom", test_utf8_without_bom);
  g_test_add_func ("/csv-reader/utf8-with-bom", test_utf8_with_bom);
  g_test_add_func ("/csv-reader/utf16le-with-bom", test_utf16le_with_bom);
  g_test_add_func ("/csv-reader/utf16be-with-bom", test_utf16be_with_bom);
  g_test_add_func ("/csv-reader/utf16-without-bom", test_utf16_without_bom);
  g_test_add_func ("/csv-reader/windows-1252", test_windows_1252);
  g_test_add_func ("/csv-reader/windows-1252-table", test_windows_1252_table);
  g_test_add_func ("/csv-reader/sniff-each-delimiter", test_sniff_each_delimiter);
  g_test_add_func ("/csv-reader/quoted-cells", test_quoted_cells);
  g_test_add_func ("/csv-reader/line-ends", test_line_ends);
  g_test_add_func ("/csv-reader/blank-lines-and-spaces", test_blank_lines_and_spaces);
  g_test_add_func ("/csv-reader/trailing-empty-cell", test_trailing_empty_cell);
  g_test_add_func ("/csv-reader/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv-reader/ragged-rows", test_ragged_rows);
  g_test_add_func ("/csv-reader/binary-junk", test_binary_junk);
  g_test_add_func ("/csv-reader/one-nul-byte", test_one_nul_byte);
  g_test_add_func ("/csv-reader/empty-file", test_empty_file);
  g_test_add_func ("/csv-reader/header-only", test_header_only);
  g_test_add_func ("/csv-reader/overrides", test_overrides);
  g_test_add_func ("/csv-reader/names-of-options", test_names_of_options);
  g_test_add_func ("/csv-reader/read-file-async", test_read_file_async);
  g_test_add_func ("/csv-reader/cancelled", test_cancelled);
  g_test_add_func ("/csv-reader/large-file", test_large_file);
  g_test_add_func ("/csv-reader/matches-reference-parser", test_matches_reference_parser);
  g_test_add_func ("/csv-reader/decode-skips-bom", test_decode_skips_bom);
  g_test_add_func ("/csv-reader/not-a-file", test_not_a_file);
  g_test_add_func ("/csv-reader/decoding-per-file", test_decoding_per_file);
  g_test_add_func ("/csv-reader/cell-too-large", test_cell_too_large);
  g_test_add_func ("/csv-reader/row-too-large", test_row_too_large);

  return g_test_run ();
}
