/* eventdesk-cli.c: Event Desk for scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "evd-cli-check.h"

static const char *usage_text =
  N_("Usage: eventdesk-cli COMMAND [OPTION…]\n"
     "\n"
     "Commands:\n"
     "  hubs                    List the hubs this account hosts\n"
     "  events HUB_ID           List a hub’s events, of every status\n"
     "  event EVENT_ID          Show one event\n"
     "  create-event FILE.json  Create an event as a draft; prints its id\n"
     "  publish EVENT_ID        Publish an event\n"
     "  sessions EVENT_ID       List an event’s sessions\n"
     "  ticket-types EVENT_ID   List an event’s ticket types\n"
     "  tickets EVENT_ID        List an event’s registrations\n"
     "  check FILE.csv          Check an attendee list offline, without sending it\n"
     "\n"
     "Run “eventdesk-cli COMMAND --help” for a command’s options.\n");

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc >= 2 && g_str_equal (argv[1], "check"))
    return evd_cli_check_main (argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      fputs (_(usage_text), stdout);
      return 0;
    }

  fputs (_(usage_text), stderr);
  return 2;
}
