/* evd-cli-options.h: which of a command's arguments are its options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char **evd_cli_split_arguments (const GOptionEntry  *entries,
                                int                  argc,
                                char               **argv,
                                char              ***positionals);

G_END_DECLS
