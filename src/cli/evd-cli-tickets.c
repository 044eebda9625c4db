/* evd-cli-tickets.c: sessions, ticket-types and tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "evd-cli-commands.h"
#include "evd-cli-context.h"
#include "evd-cli-output.h"
#include "evd-csv-writer.h"
#include "evd-json.h"
#include "evd-json-guard.h"

static JsonNode *
session_json (gpointer item)
{
  return evd_session_get_json (item);
}

static JsonNode *
ticket_type_json (gpointer item)
{
  return evd_ticket_type_get_json (item);
}

/* sessions and ticket-types: one argument, the event, then its items as
 * Zoom's JSON or as a table. */
static int
list_event_items (const EvdCliCommandSpec  *spec,
                  int                       argc,
                  char                    **argv,
                  EvdCliListAsync           list_async,
                  EvdCliListFinish          list_finish,
                  EvdCliJsonGetter          item_json,
                  void                    (*print_items) (GListModel *items))
{
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client = NULL;
  gboolean json;
  int status;

  if (!evd_cli_start (spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;

  items = evd_cli_context_fetch_list (context, client, arguments[0], list_async, list_finish, &error);
  if (items == NULL)
    return evd_cli_fail (error);

  if (json)
    evd_cli_print_json_list (items, item_json);
  else
    print_items (items);
  return EVD_CLI_EXIT_OK;
}

/* --- sessions ----------------------------------------------------------- */

static void
print_sessions (GListModel *sessions)
{
  g_autoptr(EvdCliTable) table = evd_cli_table_new (5, _("Name"), _("Kind"), _("Starts"), _("Ends"), _("ID"));

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(EvdSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *starts = evd_cli_format_local_time (evd_session_get_start_time (session));
      g_autofree char *ends = evd_cli_format_local_time (evd_session_get_end_time (session));

      evd_cli_table_add_row (table,
                             evd_session_get_name (session),
                             evd_session_type_to_label (evd_session_get_session_type (session)),
                             starts, ends,
                             evd_session_get_session_id (session));
    }
  evd_cli_print_table (table, _("This event has no sessions."));
}

int
evd_cli_sessions_main (int    argc,
                       char **argv)
{
  static const EvdCliCommandSpec spec = {
    "sessions", N_("EVENT_ID"), N_("Lists an event’s sessions, with their times."), 1, NULL
  };

  return list_event_items (&spec, argc, argv, evd_client_list_sessions_async, evd_client_list_sessions_finish,
                           session_json, print_sessions);
}

/* --- ticket-types ------------------------------------------------------- */

static char *
format_price (EvdTicketType *type)
{
  const char *price = evd_ticket_type_get_price (type);
  const char *currency = evd_ticket_type_get_currency (type);

  if (evd_ticket_type_get_free (type) || price == NULL || g_ascii_strtod (price, NULL) == 0.0)
    return g_strdup (_("Free"));
  return g_strdup_printf ("%s %s", price, currency != NULL ? currency : "");
}

static char *
format_quantity (EvdTicketType *type)
{
  gint64 quantity = evd_ticket_type_get_quantity (type);

  if (quantity == EVD_TICKET_TYPE_QUANTITY_UNSET)
    return g_strdup (_("No limit"));
  return g_strdup_printf ("%" G_GINT64_FORMAT, quantity);
}

static void
print_ticket_types (GListModel *types)
{
  g_autoptr(EvdCliTable) table = evd_cli_table_new (5, _("Name"), _("Price"), _("Sold"), _("Available"), _("ID"));

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);
      g_autofree char *price = format_price (type);
      g_autofree char *sold = g_strdup_printf ("%" G_GINT64_FORMAT, evd_ticket_type_get_sold_quantity (type));
      g_autofree char *quantity = format_quantity (type);

      evd_cli_table_add_row (table, evd_ticket_type_get_name (type), price, sold, quantity,
                             evd_ticket_type_get_ticket_type_id (type));
    }
  evd_cli_print_table (table, _("This event has no ticket types."));
}

int
evd_cli_ticket_types_main (int    argc,
                           char **argv)
{
  static const EvdCliCommandSpec spec = {
    "ticket-types", N_("EVENT_ID"),
    N_("Lists the kinds of ticket an event offers; registrations without a type get the first one."),
    1, NULL
  };

  return list_event_items (&spec, argc, argv, evd_client_list_ticket_types_async, evd_client_list_ticket_types_finish,
                           ticket_type_json, print_ticket_types);
}

/* --- tickets ------------------------------------------------------------ */

/* An event may have 100,000 registrations. They are read page by page and
 * each page is written out (JSON) or to a spool file (table and CSV, which
 * need every row before the first: the columns' widths, the custom
 * questions' titles) before the next is read, so memory stays the same
 * whatever the event's size. */

typedef gboolean (*TicketPageFunc) (GListModel  *tickets,
                                    gpointer     user_data,
                                    GError     **error);

/* Zoom's page tokens expire after 15 minutes, which a slow pipe can
 * outlast: a refused token makes the list start again from its first page,
 * skipping the registrations already written, this many times at most. */
#define MAX_RESTARTS 3

static gboolean
each_ticket_page (EvdCliContext   *context,
                  EvdClient       *client,
                  const char      *event_id,
                  TicketPageFunc   func,
                  gpointer         user_data,
                  GError         **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *token = NULL;
  guint restarts = 0;

  for (;;)
    {
      g_autoptr(EvdTicketPage) page = NULL;
      g_autoptr(GListStore) fresh = NULL;
      g_autoptr(GError) local_error = NULL;
      GListModel *tickets;
      const char *next;
      guint n;

      evd_client_list_tickets_page_async (client, event_id, token, EVD_CLIENT_MAX_PAGE_SIZE, NULL, NULL,
                                          NULL, evd_cli_context_done_cb, context);
      page = evd_client_list_tickets_page_finish (client, evd_cli_context_wait (context), &local_error);
      if (page == NULL && token != NULL && restarts < MAX_RESTARTS &&
          evd_client_error_is_page_token_refused (local_error))
        {
          restarts++;
          g_clear_pointer (&token, g_free);
          continue;
        }
      if (page == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      tickets = evd_ticket_page_get_tickets (page);
      n = g_list_model_get_n_items (tickets);
      fresh = g_list_store_new (EVD_TYPE_TICKET);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
          const char *id = evd_ticket_get_ticket_id (ticket);

          if (id == NULL || g_hash_table_add (seen, g_strdup (id)))
            g_list_store_append (fresh, ticket);
        }
      if (!func (G_LIST_MODEL (fresh), user_data, error))
        return FALSE;

      next = evd_ticket_page_get_next_page_token (page);
      /* An empty page, or the same token again, would loop forever. */
      if (evd_ticket_page_is_last (page) || next == NULL || *next == '\0' ||
          n == 0 || g_strcmp0 (next, token) == 0)
        return TRUE;
      g_free (token);
      token = g_strdup (next);
    }
}

/* --- as JSON, written as it arrives --- */

typedef struct {
  JsonGenerator *generator;
  guint          n_written;
} JsonStream;

static void
print_json_ticket (JsonStream *stream,
                   EvdTicket  *ticket)
{
  g_autoptr(JsonNode) node = evd_ticket_dup_json (ticket);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  json_generator_set_root (stream->generator, node);
  text = json_generator_to_data (stream->generator, NULL);
  /* Indented one level, as the array's element it is */
  lines = g_strsplit (text, "\n", -1);
  fputs (stream->n_written++ == 0 ? "[\n" : ",\n", stdout);
  for (guint l = 0; lines[l] != NULL; l++)
    printf ("%s  %s", l > 0 ? "\n" : "", lines[l]);
}

static gboolean
print_json_page (GListModel  *tickets,
                 gpointer     user_data,
                 GError     **error)
{
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);

      print_json_ticket (user_data, ticket);
    }
  return TRUE;
}

static gboolean
print_json_chunk (GPtrArray  *tickets,
                  gpointer    user_data,
                  GError    **error)
{
  for (guint i = 0; i < tickets->len; i++)
    print_json_ticket (user_data, g_ptr_array_index (tickets, i));
  return TRUE;
}

static void
start_json (JsonStream *stream)
{
  stream->generator = json_generator_new ();
  stream->n_written = 0;
  json_generator_set_pretty (stream->generator, TRUE);
  json_generator_set_indent (stream->generator, 2);
}

static void
end_json (JsonStream *stream)
{
  fputs (stream->n_written == 0 ? "[]\n" : "\n]\n", stdout);
  g_clear_object (&stream->generator);
}

static gboolean
print_tickets_json (EvdCliContext  *context,
                    EvdClient      *client,
                    const char     *event_id,
                    GError        **error)
{
  JsonStream stream;

  start_json (&stream);
  if (each_ticket_page (context, client, event_id, print_json_page, &stream, error))
    {
      end_json (&stream);
      return TRUE;
    }
  /* Half an array: scripts see the exit status, people a finished line */
  if (stream.n_written > 0)
    fputs ("\n", stdout);
  g_clear_object (&stream.generator);
  return FALSE;
}

/* --- the spool: one line of JSON per ticket, in a file no one else can
 * open (created 0600 and unlinked at once) --- */

typedef struct {
  GFileIOStream *file;
  JsonGenerator *generator;
  guint          n_tickets;
  /* Every custom question title any ticket answers, in the order first met */
  GPtrArray     *titles;
  GHashTable    *seen_titles;
  /* The table's column widths */
  gsize          widths[5];
} Spool;

static const char *
table_heading (guint column)
{
  switch (column)
    {
    case 0: return _("Email");
    case 1: return _("Name");
    case 2: return _("Ticket type");
    case 3: return _("Your ID");
    default: return _("ID");
    }
}

static EvdCliTable *
new_ticket_table (void)
{
  return evd_cli_table_new (5, table_heading (0), table_heading (1), table_heading (2),
                            table_heading (3), table_heading (4));
}

static void
add_table_row (EvdCliTable *table,
               EvdTicket   *ticket)
{
  g_autofree char *name = evd_ticket_dup_full_name (ticket);

  evd_cli_table_add_row (table,
                         evd_ticket_get_email (ticket),
                         name,
                         evd_ticket_get_ticket_type_id (ticket),
                         evd_ticket_get_external_ticket_id (ticket),
                         evd_ticket_get_ticket_id (ticket));
}

static void
spool_clear (Spool *spool)
{
  g_clear_object (&spool->file);
  g_clear_object (&spool->generator);
  g_clear_pointer (&spool->titles, g_ptr_array_unref);
  g_clear_pointer (&spool->seen_titles, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Spool, spool_clear)

static gboolean
spool_open (Spool   *spool,
            GError **error)
{
  g_autoptr(GFile) file = NULL;

  /* g_file_new_tmp() creates the file 0600 */
  file = g_file_new_tmp ("eventdesk-tickets-XXXXXX", &spool->file, error);
  if (file == NULL)
    return FALSE;
  g_file_delete (file, NULL, NULL);
  spool->generator = json_generator_new ();
  spool->titles = g_ptr_array_new ();
  spool->seen_titles = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint c = 0; c < G_N_ELEMENTS (spool->widths); c++)
    spool->widths[c] = evd_cli_display_width (table_heading (c));
  return TRUE;
}

static gboolean
spool_page (GListModel  *tickets,
            gpointer     user_data,
            GError     **error)
{
  Spool *spool = user_data;
  g_autoptr(EvdCliTable) table = new_ticket_table ();

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
      g_autoptr(JsonNode) node = evd_ticket_dup_json (ticket);
      g_autoptr(GPtrArray) titles = evd_ticket_dup_custom_titles (ticket);
      g_autofree char *line = NULL;

      gsize length;

      json_generator_set_root (spool->generator, node);
      line = json_generator_to_data (spool->generator, &length);
      /* One line each: the generator escapes line breaks inside strings */
      if (!g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (spool->file)),
                                      line, length, NULL, NULL, error) ||
          !g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (spool->file)),
                                      "\n", 1, NULL, NULL, error))
        return FALSE;
      spool->n_tickets++;

      /* Interned titles: compared by address */
      for (guint t = 0; t < titles->len; t++)
        if (g_hash_table_add (spool->seen_titles, g_ptr_array_index (titles, t)))
          g_ptr_array_add (spool->titles, g_ptr_array_index (titles, t));
      add_table_row (table, ticket);
    }
  evd_cli_table_measure (table, spool->widths);
  return TRUE;
}

typedef gboolean (*SpoolChunkFunc) (GPtrArray  *tickets,
                                    gpointer    user_data,
                                    GError    **error);

/* Reads the spool back in chunks of a few hundred tickets. */
static gboolean
spool_replay (Spool           *spool,
              SpoolChunkFunc   func,
              gpointer         user_data,
              GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) chunk = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDataInputStream) lines = NULL;
  GError *local_error = NULL;

  if (!g_output_stream_flush (g_io_stream_get_output_stream (G_IO_STREAM (spool->file)), NULL, error) ||
      !g_seekable_seek (G_SEEKABLE (spool->file), 0, G_SEEK_SET, NULL, error))
    return FALSE;

  lines = g_data_input_stream_new (g_io_stream_get_input_stream (G_IO_STREAM (spool->file)));
  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (lines), FALSE);
  for (;;)
    {
      gsize length;
      g_autofree char *line = g_data_input_stream_read_line (lines, &length, NULL, &local_error);
      EvdTicket *ticket;

      if (line == NULL)
        break;
      if (!evd_json_guard_check (line, length, EVD_JSON_MAX_ANSWER_SIZE, error) ||
          !json_parser_load_from_data (parser, line, length, error))
        return FALSE;
      ticket = evd_ticket_new_from_json (json_parser_get_root (parser), error);
      if (ticket == NULL)
        return FALSE;
      g_ptr_array_add (chunk, ticket);
      if (chunk->len == EVD_CLIENT_MAX_PAGE_SIZE)
        {
          if (!func (chunk, user_data, error))
            return FALSE;
          g_ptr_array_set_size (chunk, 0);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return chunk->len == 0 || func (chunk, user_data, error);
}

/* --- as a table --- */

typedef struct {
  Spool    *spool;
  gboolean  heading_done;
} TableOutput;

static gboolean
print_table_chunk (GPtrArray  *tickets,
                   gpointer    user_data,
                   GError    **error)
{
  TableOutput *output = user_data;
  g_autoptr(EvdCliTable) table = new_ticket_table ();
  g_autofree char *text = NULL;

  for (guint i = 0; i < tickets->len; i++)
    add_table_row (table, g_ptr_array_index (tickets, i));
  text = evd_cli_table_format_rows (table, output->spool->widths, !output->heading_done);
  output->heading_done = TRUE;
  fputs (text, stdout);
  return TRUE;
}

/* --- as CSV --- */

/* The CSV's columns are Zoom's field names, so a script can map them
 * back to the API; custom questions follow, one column per title. */
static const char * const ticket_columns[] = {
  "ticket_id", "email", "first_name", "last_name", "ticket_type_id", "external_ticket_id",
  "registration_source", "ticket_role_type", "authentication_method", "session_id",
  "event_join_link", "event_registration_link", "qr_code_url",
  "address", "city", "state", "zip", "country", "phone", "industry", "job_title",
  "organization", "organization_size", "comments",
};

typedef struct {
  GPtrArray     *titles;
  GOutputStream *stream;
} CsvOutput;

/* Rows after the heading: the writer's own rules (neutralised formulas,
 * CRLF) without a second byte-order mark. */
static gboolean
write_csv_chunk (GPtrArray  *tickets,
                 gpointer    user_data,
                 GError    **error)
{
  CsvOutput *output = user_data;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < tickets->len; i++)
    {
      EvdTicket *ticket = g_ptr_array_index (tickets, i);

      for (guint c = 0; c < G_N_ELEMENTS (ticket_columns); c++)
        {
          if (c > 0)
            g_string_append_c (text, ',');
          evd_csv_append_cell (text, evd_ticket_get_field (ticket, ticket_columns[c]), ',');
        }
      for (guint t = 0; t < output->titles->len; t++)
        {
          g_string_append_c (text, ',');
          evd_csv_append_cell (text, evd_ticket_get_custom_answer (ticket, g_ptr_array_index (output->titles, t)), ',');
        }
      g_string_append (text, "\r\n");
    }
  return g_output_stream_write_all (output->stream, text->str, text->len, NULL, NULL, error);
}

static void
explain_save_error (const char  *path,
                    GError      *local_error,
                    GError     **error)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("Could not save “%s”: its folder does not exist."), path);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not save “%s”: %s"), path, local_error->message);
}

/* Written to a temporary file renamed over @path when complete: a script
 * never sees half a file. Private: it holds attendees' details. */
static gboolean
write_csv (Spool       *spool,
           const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GPtrArray) heading = g_ptr_array_new ();
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  CsvOutput output;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           NULL, &local_error);
  if (stream == NULL)
    {
      explain_save_error (path, local_error, error);
      return FALSE;
    }

  for (guint c = 0; c < G_N_ELEMENTS (ticket_columns); c++)
    g_ptr_array_add (heading, (gpointer) ticket_columns[c]);
  for (guint t = 0; t < spool->titles->len; t++)
    g_ptr_array_add (heading, g_ptr_array_index (spool->titles, t));
  evd_csv_writer_add_row (writer, (const char * const *) heading->pdata, heading->len);
  bytes = evd_csv_writer_get_bytes (writer);

  output.titles = spool->titles;
  output.stream = G_OUTPUT_STREAM (stream);
  if (!g_output_stream_write_all (output.stream, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, NULL, &local_error) ||
      !spool_replay (spool, write_csv_chunk, &output, &local_error))
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      /* Closing with a cancelled cancellable leaves the old file as it was */
      g_cancellable_cancel (cancelled);
      g_output_stream_close (output.stream, cancelled, NULL);
      explain_save_error (path, local_error, error);
      return FALSE;
    }
  if (!g_output_stream_close (output.stream, NULL, &local_error))
    {
      explain_save_error (path, local_error, error);
      return FALSE;
    }
  return TRUE;
}

int
evd_cli_tickets_main (int    argc,
                      char **argv)
{
  g_autofree char *csv_path = NULL;
  const GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv_path,
      N_("Save the registrations as a spreadsheet (CSV, UTF-8) instead of showing them"), N_("FILE") },
    { NULL }
  };
  const EvdCliCommandSpec spec = {
    "tickets", N_("EVENT_ID"), N_("Lists an event’s registrations (its tickets), every page of them."), 1, entries
  };
  g_autoptr(EvdCliContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  g_auto(Spool) spool = { NULL, };
  EvdClient *client = NULL;
  gboolean json;
  int status;

  if (!evd_cli_start (&spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;

  if (json && csv_path == NULL)
    return print_tickets_json (context, client, arguments[0], &error) ? EVD_CLI_EXIT_OK : evd_cli_fail (error);

  if (!spool_open (&spool, &error) ||
      !each_ticket_page (context, client, arguments[0], spool_page, &spool, &error))
    return evd_cli_fail (error);

  if (csv_path != NULL && !write_csv (&spool, csv_path, &error))
    return evd_cli_fail (error);

  if (json)
    {
      /* --csv with --json: the JSON too, read back from the spool */
      JsonStream stream;

      start_json (&stream);
      if (!spool_replay (&spool, print_json_chunk, &stream, &error))
        {
          g_clear_object (&stream.generator);
          return evd_cli_fail (error);
        }
      end_json (&stream);
    }
  else if (csv_path != NULL)
    printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u registration to %s.\n", "Saved %u registrations to %s.\n",
                         spool.n_tickets),
            spool.n_tickets, csv_path);
  else if (spool.n_tickets == 0)
    printf ("%s\n", _("Nobody has registered for this event yet."));
  else
    {
      TableOutput output = { &spool, FALSE };

      if (!spool_replay (&spool, print_table_chunk, &output, &error))
        return evd_cli_fail (error);
    }
  return EVD_CLI_EXIT_OK;
}
