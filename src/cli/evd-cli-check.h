/* evd-cli-check.h: `eventdesk-cli check`, an attendee list checked offline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int evd_cli_check_main (int    argc,
                        char **argv);

G_END_DECLS
