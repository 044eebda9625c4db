/* test-api-error.c: every code Zoom documents has a plain sentence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "evd-api-error.h"

/* The Events API codes listed in Zoom's reference, and the token ones. */
static const int documented_codes[] = {
  104, 124, 429, 4700, 4702, 4704, 4705, 4706, 4711, 4717,
  1001, 1002, 1003, 1005, 1006, 1020, 1063, 2001, 2002, 2003, 2005, 2006, 2007,
  3002, 3011, 5001, 26201, 26202, 26203, 26204, 26302, 26303, 26304, 26305,
  26306, 26307, 26308, 26309, 26310, 26311, 26401, 26402, 26501, 26502, 26503,
  260101, 260200, 260207, 260209, 260210, 260503, 260504, 260801,
  261101, 261102, 261103, 261104, 261201, 261202, 261203,
};

static void
test_every_documented_code_is_explained (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (documented_codes); i++)
    {
      const char *message = evd_api_error_describe (documented_codes[i]);

      if (message == NULL)
        g_error ("Zoom's code %d has no plain-language message", documented_codes[i]);
      /* A sentence for people, not a code: it ends like a sentence. */
      g_assert_true (g_str_has_suffix (message, ".") || g_str_has_suffix (message, "!"));
      g_assert_true (evd_api_error_is_zoom_code (documented_codes[i]));
    }
}

static void
test_error_carries_details (void)
{
  g_autoptr(GError) error = evd_api_error_new (EVD_API_ERROR_EVENT_NOT_PUBLISHED, 400,
                                               "Event is not published yet");
  g_autoptr(GError) copy = NULL;
  const char *scopes[] = { "zoom_events:read:list_hubs:admin", NULL };

  g_assert_error (error, EVD_API_ERROR, 26501);
  g_assert_cmpstr (error->message, ==, evd_api_error_describe (26501));
  g_assert_nonnull (strstr (error->message, "Publish"));
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 400);
  g_assert_cmpstr (evd_api_error_get_zoom_message (error), ==, "Event is not published yet");

  evd_api_error_set_scopes (error, scopes);
  evd_api_error_set_retry_at (error, 1767225600);
  evd_api_error_set_field (error, "calendar");

  /* The details travel with copies, as GTask propagation makes them. */
  copy = g_error_copy (error);
  g_assert_cmpstr (evd_api_error_get_scopes (copy)[0], ==, scopes[0]);
  g_assert_cmpint (evd_api_error_get_retry_at (copy), ==, 1767225600);
  g_assert_cmpstr (evd_api_error_get_field (copy), ==, "calendar");
  g_assert_cmpuint (evd_api_error_get_http_status (copy), ==, 400);
}

static void
test_unknown_code_keeps_zooms_words (void)
{
  g_autoptr(GError) error = evd_api_error_new (999999, 400, "Something new");
  g_autoptr(GError) bare = evd_api_error_new (999998, 400, NULL);
  g_autoptr(GError) other = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "x");

  g_assert_nonnull (strstr (error->message, "Something new"));
  g_assert_nonnull (strstr (bare->message, "999998"));
  /* Accessors are safe on errors of other domains. */
  g_assert_cmpuint (evd_api_error_get_http_status (other), ==, 0);
  g_assert_null (evd_api_error_get_scopes (other));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api-error/documented-codes", test_every_documented_code_is_explained);
  g_test_add_func ("/api-error/details", test_error_carries_details);
  g_test_add_func ("/api-error/unknown-code", test_unknown_code_keeps_zooms_words);

  return g_test_run ();
}
