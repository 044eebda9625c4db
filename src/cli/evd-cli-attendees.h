/* evd-cli-attendees.h: what `check` and `import` share: their options and the attendee list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "evd-attendee-checker.h"
#include "evd-csv-reader.h"

G_BEGIN_DECLS

/* How `check` and `import` are called; their usage errors predate
 * evd_cli_parse_arguments() and scripts read them as they are. */
typedef struct
{
  const char         *name;               /* "check" */
  const char         *description;        /* translated: one line, the help's first */
  const char         *summary;            /* translated */
  const char         *usage;              /* translated, printed when the arguments are wrong */
  guint               n_arguments;        /* exactly this many */
  const GOptionEntry *entries;            /* G_OPTION_REMAINING included */
} EvdCliAttendeesCommand;

gboolean        evd_cli_attendees_parse_options (const EvdCliAttendeesCommand   *command,
                                                 int                            *argc,
                                                 char                         ***argv,
                                                 char                        ***arguments);
EvdCheckReport *evd_cli_attendees_read_and_check (const char                    *path,
                                                  const EvdCsvOptions           *options,
                                                  EvdCsvTable                  **table,
                                                  GError                       **error);
char           *evd_cli_attendees_describe_invalid_text (EvdCsvTable           *table,
                                                         guint                  row);
void            evd_cli_attendees_add_count     (JsonBuilder                   *builder,
                                                 const char                    *name,
                                                 gint64                         count);
void            evd_cli_attendees_print_json    (JsonBuilder                   *builder);

G_END_DECLS
