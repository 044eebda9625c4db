/* fuzz-driver.c: runs a fuzz target over files, for builds without
 * libFuzzer: the test suite runs each target over its seed corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <locale.h>

#include "fuzz.h"

static guint
run_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          n += run_path (child);
        }
      return n;
    }

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    n += run_path (argv[i]);

  /* A corpus that went missing would make this test pass doing nothing. */
  g_assert_cmpuint (n, >, 0);
  g_print ("1..1\nok 1 - %u inputs\n", n);
  return 0;
}
