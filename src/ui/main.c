/* main.c: the eventdesk program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "evd-i18n.h"
#include "evd-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EvdApplication) app = NULL;

  evd_i18n_init ();

  g_set_application_name (_("Event Desk"));

  app = evd_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
