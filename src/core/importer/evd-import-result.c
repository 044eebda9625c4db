/* evd-import-result.c: what an import did, in counts and row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-csv-writer.h"
#include "evd-import-result.h"

struct _EvdImportResult
{
  GObject     parent_instance;

  GListModel *rows;
  GError     *error;
  gboolean    cancelled;
  GPtrArray  *extra_tickets;   /* EvdTicket; NULL until checked */
};

G_DEFINE_FINAL_TYPE (EvdImportResult, evd_import_result, G_TYPE_OBJECT)

static void
evd_import_result_finalize (GObject *object)
{
  EvdImportResult *self = (EvdImportResult *) object;

  g_clear_object (&self->rows);
  g_clear_error (&self->error);
  g_clear_pointer (&self->extra_tickets, g_ptr_array_unref);

  G_OBJECT_CLASS (evd_import_result_parent_class)->finalize (object);
}

static void
evd_import_result_class_init (EvdImportResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_import_result_finalize;
}

static void
evd_import_result_init (EvdImportResult *self)
{
}

/**
 * evd_import_result_new:
 * @rows: a list of #EvdImportRow
 *
 * Returns: (transfer full): a result reading @rows
 */
EvdImportResult *
evd_import_result_new (GListModel *rows)
{
  EvdImportResult *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (rows), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (rows) == EVD_TYPE_IMPORT_ROW, NULL);

  self = g_object_new (EVD_TYPE_IMPORT_RESULT, NULL);
  self->rows = g_object_ref (rows);
  return self;
}

/**
 * evd_import_result_get_rows:
 *
 * Returns: (transfer none): the rows (#EvdImportRow), in file order
 */
GListModel *
evd_import_result_get_rows (EvdImportResult *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_RESULT (self), NULL);
  return self->rows;
}

guint
evd_import_result_get_n_rows (EvdImportResult *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_RESULT (self), 0);
  return g_list_model_get_n_items (self->rows);
}

guint
evd_import_result_count (EvdImportResult   *self,
                         EvdImportRowState  state)
{
  guint n_rows, count = 0;

  g_return_val_if_fail (EVD_IS_IMPORT_RESULT (self), 0);

  n_rows = g_list_model_get_n_items (self->rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (self->rows, i);

      if (evd_import_row_get_state (row) == state)
        count++;
    }
  return count;
}

guint
evd_import_result_get_n_created (EvdImportResult *self)
{
  return evd_import_result_count (self, EVD_IMPORT_ROW_CREATED);
}

guint
evd_import_result_get_n_already_registered (EvdImportResult *self)
{
  return evd_import_result_count (self, EVD_IMPORT_ROW_ALREADY_REGISTERED);
}

guint
evd_import_result_get_n_failed (EvdImportResult *self)
{
  return evd_import_result_count (self, EVD_IMPORT_ROW_FAILED);
}

guint
evd_import_result_get_n_not_done (EvdImportResult *self)
{
  return evd_import_result_count (self, EVD_IMPORT_ROW_PENDING) +
         evd_import_result_count (self, EVD_IMPORT_ROW_SENDING);
}

/**
 * evd_import_result_is_complete:
 *
 * Returns: whether every row has an outcome (created, skipped or failed)
 */
gboolean
evd_import_result_is_complete (EvdImportResult *self)
{
  return evd_import_result_get_n_not_done (self) == 0;
}

gboolean
evd_import_result_get_cancelled (EvdImportResult *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_RESULT (self), FALSE);
  return self->cancelled;
}

void
evd_import_result_set_cancelled (EvdImportResult *self,
                                 gboolean         cancelled)
{
  g_return_if_fail (EVD_IS_IMPORT_RESULT (self));
  self->cancelled = !!cancelled;
}

/**
 * evd_import_result_get_error:
 *
 * Returns: (nullable) (transfer none): why the import stopped before the end
 */
const GError *
evd_import_result_get_error (EvdImportResult *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_RESULT (self), NULL);
  return self->error;
}

void
evd_import_result_set_error (EvdImportResult *self,
                             const GError    *error)
{
  g_return_if_fail (EVD_IS_IMPORT_RESULT (self));

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
}

/**
 * evd_import_result_build_failed_csv:
 *
 * Returns: (transfer full): a CSV file with a header and one line per failed
 *   row: the spreadsheet row, the email and the reason
 */
GBytes *
evd_import_result_build_failed_csv (EvdImportResult *self)
{
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  guint n_rows;

  g_return_val_if_fail (EVD_IS_IMPORT_RESULT (self), NULL);

  evd_csv_writer_add_values (writer, C_("spreadsheet column", "Row"), _("Email"), _("Reason"), NULL);
  n_rows = g_list_model_get_n_items (self->rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (self->rows, i);
      g_autofree char *number = NULL;

      if (evd_import_row_get_state (row) != EVD_IMPORT_ROW_FAILED)
        continue;
      number = g_strdup_printf ("%u", evd_import_row_get_row_number (row));
      evd_csv_writer_add_values (writer, number, evd_import_row_get_email (row),
                                 evd_import_row_get_reason (row), NULL);
    }
  return evd_csv_writer_get_bytes (writer);
}

/**
 * evd_import_result_set_extra_tickets:
 * @extras: (nullable) (element-type EvdTicket): from the check after the
 *   import (evd_duplicate_tickets_find()); %NULL when it could not be done
 */
void
evd_import_result_set_extra_tickets (EvdImportResult *self,
                                     GPtrArray       *extras)
{
  g_return_if_fail (EVD_IS_IMPORT_RESULT (self));

  g_clear_pointer (&self->extra_tickets, g_ptr_array_unref);
  if (extras != NULL)
    self->extra_tickets = g_ptr_array_ref (extras);
}

/**
 * evd_import_result_get_extra_tickets:
 *
 * Returns: (transfer none) (nullable) (element-type EvdTicket): the tickets
 *   beyond one per email that the event held after the import, whoever made
 *   them; %NULL when the event could not be checked
 */
GPtrArray *
evd_import_result_get_extra_tickets (EvdImportResult *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_RESULT (self), NULL);

  return self->extra_tickets;
}
