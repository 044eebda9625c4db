/* evd-cli-output.h: tables for people, JSON for scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _EvdCliTable EvdCliTable;

/* Text tables whose columns line up on a terminal, counting a wide
 * character (CJK, most emoji) as two cells and a combining mark as none. */
EvdCliTable *evd_cli_table_new           (guint              n_columns,
                                          ...);
void         evd_cli_table_free          (EvdCliTable       *self);
void         evd_cli_table_add_row       (EvdCliTable       *self,
                                          ...);
void         evd_cli_table_add_rowv      (EvdCliTable       *self,
                                          const char * const *cells);
guint        evd_cli_table_get_n_rows    (EvdCliTable       *self);
char        *evd_cli_table_format        (EvdCliTable       *self);
void         evd_cli_table_measure       (EvdCliTable       *self,
                                          gsize             *widths);
char        *evd_cli_table_format_rows   (EvdCliTable       *self,
                                          const gsize       *widths,
                                          gboolean           with_heading);

gsize        evd_cli_display_width       (const char        *text);
char        *evd_cli_sanitize_cell       (const char        *text);

/* Key and value lines for one object, values aligned. */
typedef struct _EvdCliFields EvdCliFields;

EvdCliFields *evd_cli_fields_new         (void);
void          evd_cli_fields_free        (EvdCliFields      *self);
void          evd_cli_fields_add         (EvdCliFields      *self,
                                          const char        *label,
                                          const char        *value);
char         *evd_cli_fields_format      (EvdCliFields      *self);

/* JSON as scripts read it: pretty, two-space indent, ending in a newline. */
char        *evd_cli_json_format         (JsonNode          *node);

typedef JsonNode *(*EvdCliJsonGetter) (gpointer item);

JsonNode    *evd_cli_json_array_from_list (GListModel       *list,
                                           EvdCliJsonGetter  getter);

void         evd_cli_print_json          (JsonNode          *node);
void         evd_cli_print_json_list     (GListModel        *list,
                                          EvdCliJsonGetter   getter);
/* Prints @empty_message instead of a table without rows. */
void         evd_cli_print_table         (EvdCliTable       *table,
                                          const char        *empty_message);

/* Dates as an organizer reads them: local time, with its zone. */
char        *evd_cli_format_local_time   (GDateTime         *time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdCliTable, evd_cli_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdCliFields, evd_cli_fields_free)

G_END_DECLS
