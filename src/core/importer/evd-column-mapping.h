/* evd-column-mapping.h: which column of the file holds which attendee detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a column can hold: Zoom's ticket fields, plus a full name that is
 * split into first and last names. Wire names are Zoom's field names. */
typedef enum
{
  EVD_IMPORT_FIELD_IGNORED,
  EVD_IMPORT_FIELD_EMAIL,
  EVD_IMPORT_FIELD_FIRST_NAME,
  EVD_IMPORT_FIELD_LAST_NAME,
  EVD_IMPORT_FIELD_FULL_NAME,
  EVD_IMPORT_FIELD_ORGANIZATION,
  EVD_IMPORT_FIELD_JOB_TITLE,
  EVD_IMPORT_FIELD_PHONE,
  EVD_IMPORT_FIELD_ADDRESS,
  EVD_IMPORT_FIELD_CITY,
  EVD_IMPORT_FIELD_STATE,
  EVD_IMPORT_FIELD_ZIP,
  EVD_IMPORT_FIELD_COUNTRY,
  EVD_IMPORT_FIELD_INDUSTRY,
  EVD_IMPORT_FIELD_ORGANIZATION_SIZE,
  EVD_IMPORT_FIELD_COMMENTS,
  EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID,
  EVD_N_IMPORT_FIELDS
} EvdImportField;

const char     *evd_import_field_to_string       (EvdImportField      field);
gboolean        evd_import_field_from_string     (const char         *name,
                                                  EvdImportField     *field);
const char     *evd_import_field_get_label       (EvdImportField      field);
EvdImportField  evd_import_field_for_header      (const char         *header);
char           *evd_import_fold_header           (const char         *header);
void            evd_import_split_full_name       (const char         *full_name,
                                                  char              **first_name,
                                                  char              **last_name);

#define EVD_TYPE_COLUMN_MAPPING (evd_column_mapping_get_type ())

G_DECLARE_FINAL_TYPE (EvdColumnMapping, evd_column_mapping, EVD, COLUMN_MAPPING, GObject)

EvdColumnMapping *evd_column_mapping_new             (const char * const *headers);
EvdColumnMapping *evd_column_mapping_suggest         (const char * const *headers);
EvdColumnMapping *evd_column_mapping_copy            (EvdColumnMapping   *self);
guint             evd_column_mapping_get_n_columns   (EvdColumnMapping   *self);
const char       *evd_column_mapping_get_header      (EvdColumnMapping   *self,
                                                      guint               column);
EvdImportField    evd_column_mapping_get_target      (EvdColumnMapping   *self,
                                                      guint               column);
void              evd_column_mapping_set_target      (EvdColumnMapping   *self,
                                                      guint               column,
                                                      EvdImportField      field);
int               evd_column_mapping_get_column      (EvdColumnMapping   *self,
                                                      EvdImportField      field);
guint            *evd_column_mapping_dup_ignored_columns (EvdColumnMapping *self,
                                                      guint              *n_columns);
gboolean          evd_column_mapping_check           (EvdColumnMapping   *self,
                                                      GError            **error);

G_END_DECLS
