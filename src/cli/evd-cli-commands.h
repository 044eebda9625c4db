/* evd-cli-commands.h: the commands of eventdesk-cli, one function each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each takes the command's name as argv[0] and returns the exit status. */
int evd_cli_hubs_main         (int argc, char **argv);
int evd_cli_events_main       (int argc, char **argv);
int evd_cli_event_main        (int argc, char **argv);
int evd_cli_create_event_main (int argc, char **argv);
int evd_cli_publish_main      (int argc, char **argv);
int evd_cli_sessions_main     (int argc, char **argv);
int evd_cli_ticket_types_main (int argc, char **argv);
int evd_cli_tickets_main      (int argc, char **argv);
int evd_cli_summary_main      (int argc, char **argv);
int evd_cli_attendance_main   (int argc, char **argv);

G_END_DECLS
