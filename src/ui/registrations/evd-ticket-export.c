/* evd-ticket-export.c: every registration of an event to a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-export"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-csv-writer.h"
#include "evd-ticket-export.h"

/* The pages are fetched one after another (Zoom's tokens are sequential)
 * into the shared CSV writer, which gives spreadsheets UTF-8 with a BOM,
 * CRLF and neutralised formulas; the file is written only once every page
 * has arrived, so a failure leaves no half file behind. */
typedef struct
{
  EvdClient               *client;
  char                    *event_id;
  GHashTable              *type_names;
  GFile                   *file;
  EvdCsvWriter            *writer;
  GOutputStream           *stream;
  EvdTicketExportProgress  progress;
  gpointer                 progress_data;
  guint                    fetched;
  gint64                   total;
  GHashTable              *ticket_ids;   /* written so far */
  char                    *token;        /* of the page on its way */
  guint                    restarts;
} Export;

/* A long export may outlive a page token (15 minutes at Zoom): it reads
 * again from the first page, skipping what it has, this many times. */
#define MAX_RESTARTS 3

static void
export_free (Export *export)
{
  g_clear_object (&export->client);
  g_clear_pointer (&export->event_id, g_free);
  g_clear_pointer (&export->type_names, g_hash_table_unref);
  g_clear_object (&export->file);
  g_clear_object (&export->writer);
  g_clear_object (&export->stream);
  g_clear_pointer (&export->ticket_ids, g_hash_table_unref);
  g_free (export->token);
  g_free (export);
}

static void fetch_page (GTask *task, const char *token);

static const char *
type_name (Export    *export,
           EvdTicket *ticket)
{
  const char *id = evd_ticket_get_ticket_type_id (ticket);
  const char *name = id != NULL && export->type_names != NULL ? g_hash_table_lookup (export->type_names, id) : NULL;

  return name != NULL ? name : id;
}

static void
add_ticket (Export    *export,
            EvdTicket *ticket)
{
  evd_csv_writer_add_values (export->writer,
                             evd_ticket_get_first_name (ticket) ? evd_ticket_get_first_name (ticket) : "",
                             evd_ticket_get_last_name (ticket) ? evd_ticket_get_last_name (ticket) : "",
                             evd_ticket_get_email (ticket) ? evd_ticket_get_email (ticket) : "",
                             type_name (export, ticket) ? type_name (export, ticket) : "",
                             evd_ticket_get_registration_source (ticket) ? evd_ticket_get_registration_source (ticket) : "",
                             evd_ticket_get_event_join_link (ticket) ? evd_ticket_get_event_join_link (ticket) : "",
                             evd_ticket_get_ticket_id (ticket) ? evd_ticket_get_ticket_id (ticket) : "",
                             NULL);
}

static void
close_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_output_stream_close_finish (G_OUTPUT_STREAM (object), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_int (task, export->fetched);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  GError *error = NULL;

  if (!evd_csv_writer_write_finish (EVD_CSV_WRITER (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_output_stream_close_async (export->stream, G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                               close_cb, g_object_ref (task));
}

static void
replace_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  GError *error = NULL;
  GFileOutputStream *stream = g_file_replace_finish (G_FILE (object), result, &error);

  if (stream == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  export->stream = G_OUTPUT_STREAM (stream);
  evd_csv_writer_write_async (export->writer, export->stream, g_task_get_cancellable (task),
                              write_cb, g_object_ref (task));
}

static void
page_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  g_autoptr(EvdTicketPage) page = NULL;
  GListModel *tickets;
  GError *error = NULL;
  guint n;

  page = evd_client_list_tickets_page_finish (EVD_CLIENT (object), result, &error);
  if (page == NULL && export->token != NULL && export->restarts < MAX_RESTARTS &&
      evd_client_error_is_page_token_refused (error))
    {
      export->restarts++;
      g_clear_error (&error);
      fetch_page (task, NULL);
      return;
    }
  if (page == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  tickets = evd_ticket_page_get_tickets (page);
  n = tickets != NULL ? g_list_model_get_n_items (tickets) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
      const char *id = evd_ticket_get_ticket_id (ticket);

      /* Already written, before a restart. */
      if (id != NULL && !g_hash_table_add (export->ticket_ids, g_strdup (id)))
        continue;
      add_ticket (export, ticket);
      export->fetched++;
    }
  export->total = MAX (evd_ticket_page_get_total_records (page), (gint64) export->fetched);
  if (export->progress != NULL)
    export->progress (export->fetched, export->total, export->progress_data);

  if (!evd_ticket_page_is_last (page) && n > 0)
    {
      fetch_page (task, evd_ticket_page_get_next_page_token (page));
      return;
    }

  g_file_replace_async (export->file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                        G_PRIORITY_DEFAULT, g_task_get_cancellable (task), replace_cb, g_object_ref (task));
}

static void
fetch_page (GTask      *task,
            const char *token)
{
  Export *export = g_task_get_task_data (task);

  g_free (export->token);
  export->token = g_strdup (token);
  evd_client_list_tickets_page_async (export->client, export->event_id, token, EVD_CLIENT_MAX_PAGE_SIZE,
                                      NULL, NULL, g_task_get_cancellable (task), page_cb, g_object_ref (task));
}

/**
 * evd_ticket_export_async:
 * @ticket_type_names: (nullable): ticket type ids to names
 * @progress: (nullable) (scope call): told after each page
 *
 * Writes every registration of the event to @file: First Name, Last Name,
 * Email, Ticket Type, Registration Source, Join Link, Ticket ID.
 */
void
evd_ticket_export_async (EvdClient               *client,
                         const char              *event_id,
                         GHashTable              *ticket_type_names,
                         GFile                   *file,
                         GCancellable            *cancellable,
                         EvdTicketExportProgress  progress,
                         gpointer                 progress_data,
                         GAsyncReadyCallback      callback,
                         gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  Export *export;

  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_ticket_export_async);

  export = g_new0 (Export, 1);
  export->ticket_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  export->client = g_object_ref (client);
  export->event_id = g_strdup (event_id);
  export->type_names = ticket_type_names != NULL ? g_hash_table_ref (ticket_type_names) : NULL;
  export->file = g_object_ref (file);
  export->writer = evd_csv_writer_new ();
  export->progress = progress;
  export->progress_data = progress_data;
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);

  evd_csv_writer_add_values (export->writer,
                             _("First Name"), _("Last Name"), _("Email"), _("Ticket Type"),
                             _("Registration Source"), _("Join Link"), _("Ticket ID"),
                             NULL);
  fetch_page (task, NULL);
}

/**
 * evd_ticket_export_finish:
 *
 * Returns: how many registrations were written, 0 on error
 */
guint
evd_ticket_export_finish (GAsyncResult  *result,
                          GError       **error)
{
  gssize written;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  written = g_task_propagate_int (G_TASK (result), error);
  return written > 0 ? (guint) written : 0;
}
