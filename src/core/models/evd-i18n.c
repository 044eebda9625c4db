/* evd-i18n.c: the translation catalogue and the locale, set up once per program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-i18n"

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "evd-i18n.h"

/**
 * evd_i18n_get_locale_dir:
 *
 * Returns: where the compiled catalogues are: the installed folder, or
 *   EVENTDESK_LOCALEDIR when set (the build's own catalogues, for tests and
 *   `meson devenv`)
 */
const char *
evd_i18n_get_locale_dir (void)
{
  const char *dir = g_getenv ("EVENTDESK_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

/**
 * evd_i18n_init:
 *
 * Takes the language, dates and numbers from the environment's locale and
 * opens Event Desk's catalogue in UTF-8.
 */
void
evd_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, evd_i18n_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
