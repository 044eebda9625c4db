/* evd-cli-import.h: `eventdesk-cli import`, an attendee list sent to an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int evd_cli_import_main (int    argc,
                         char **argv);

G_END_DECLS
