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

/* The CSV's columns are Zoom's field names, so a script can map them
 * back to the API; custom questions follow, one column per title. */
static const char * const ticket_columns[] = {
  "ticket_id", "email", "first_name", "last_name", "ticket_type_id", "external_ticket_id",
  "registration_source", "ticket_role_type", "authentication_method", "session_id",
  "event_join_link", "event_registration_link", "qr_code_url",
  "address", "city", "state", "zip", "country", "phone", "industry", "job_title",
  "organization", "organization_size", "comments",
};

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

static JsonNode *
ticket_json (gpointer item)
{
  return evd_ticket_get_json (item);
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

static JsonObject *
ticket_object (EvdTicket *ticket)
{
  JsonNode *node = evd_ticket_get_json (ticket);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Every custom question title any ticket answers, in the order first met. */
static GPtrArray *
collect_question_titles (GListModel *tickets)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
      JsonObject *object = ticket_object (ticket);
      JsonArray *answers = object != NULL ? evd_json_get_array (object, "custom_questions") : NULL;

      for (guint j = 0; answers != NULL && j < json_array_get_length (answers); j++)
        {
          JsonNode *element = json_array_get_element (answers, j);
          const char *title;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          title = evd_json_get_string (json_node_get_object (element), "title");
          if (title != NULL && !g_hash_table_contains (seen, title))
            {
              char *copy = g_strdup (title);

              g_ptr_array_add (titles, copy);
              g_hash_table_add (seen, copy);
            }
        }
    }
  return titles;
}

/* Numbers and booleans are written as JSON writes them. */
static char *
cell_from_member (JsonObject *object,
                  const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  if (JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return evd_json_to_string (node, FALSE);
}

static char *
custom_answer (JsonObject *object,
               const char *title)
{
  JsonArray *answers = object != NULL ? evd_json_get_array (object, "custom_questions") : NULL;

  for (guint j = 0; answers != NULL && j < json_array_get_length (answers); j++)
    {
      JsonNode *element = json_array_get_element (answers, j);

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          g_strcmp0 (evd_json_get_string (json_node_get_object (element), "title"), title) == 0)
        return g_strdup (evd_json_get_string (json_node_get_object (element), "answer"));
    }
  return NULL;
}

static GBytes *
tickets_to_csv (GListModel *tickets)
{
  g_autoptr(GPtrArray) titles = collect_question_titles (tickets);
  g_autoptr(GPtrArray) heading = g_ptr_array_new ();
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();

  for (guint c = 0; c < G_N_ELEMENTS (ticket_columns); c++)
    g_ptr_array_add (heading, (gpointer) ticket_columns[c]);
  for (guint t = 0; t < titles->len; t++)
    g_ptr_array_add (heading, g_ptr_array_index (titles, t));
  evd_csv_writer_add_row (writer, (const char * const *) heading->pdata, heading->len);

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
      JsonObject *object = ticket_object (ticket);

      for (guint c = 0; c < G_N_ELEMENTS (ticket_columns); c++)
        g_ptr_array_add (row, cell_from_member (object, ticket_columns[c]));
      for (guint t = 0; t < titles->len; t++)
        g_ptr_array_add (row, custom_answer (object, g_ptr_array_index (titles, t)));
      evd_csv_writer_add_row (writer, (const char * const *) row->pdata, row->len);
    }
  return evd_csv_writer_get_bytes (writer);
}

/* Replaced in one step: a script never sees half a file. */
static gboolean
write_csv (EvdCliContext  *context,
           const char     *path,
           GListModel     *tickets,
           GError        **error)
{
  g_autoptr(GBytes) csv = tickets_to_csv (tickets);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) local_error = NULL;

  g_file_replace_contents_bytes_async (file, csv, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                                       NULL, evd_cli_context_done_cb, context);
  if (g_file_replace_contents_finish (file, evd_cli_context_wait (context), NULL, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("Could not save “%s”: its folder does not exist."), path);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not save “%s”: %s"), path, local_error->message);
  return FALSE;
}

static char *
join_name (EvdTicket *ticket)
{
  const char *first = evd_ticket_get_first_name (ticket);
  const char *last = evd_ticket_get_last_name (ticket);

  if (first == NULL || *first == '\0')
    return g_strdup (last);
  if (last == NULL || *last == '\0')
    return g_strdup (first);
  /* Translators: a person's first name, then last name */
  return g_strdup_printf (_("%s %s"), first, last);
}

static void
print_tickets (GListModel *tickets)
{
  g_autoptr(EvdCliTable) table = evd_cli_table_new (5, _("Email"), _("Name"), _("Ticket type"),
                                                    _("Your ID"), _("ID"));

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
      g_autofree char *name = join_name (ticket);

      evd_cli_table_add_row (table,
                             evd_ticket_get_email (ticket),
                             name,
                             evd_ticket_get_ticket_type_id (ticket),
                             evd_ticket_get_external_ticket_id (ticket),
                             evd_ticket_get_ticket_id (ticket));
    }
  evd_cli_print_table (table, _("Nobody has registered for this event yet."));
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
  g_autoptr(GListModel) tickets = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) arguments = NULL;
  EvdClient *client = NULL;
  gboolean json;
  int status;

  if (!evd_cli_start (&spec, argc, argv, &json, &arguments, &context, &client, &status))
    return status;

  evd_client_list_tickets_async (client, arguments[0], NULL, NULL, NULL, evd_cli_context_done_cb, context);
  tickets = evd_client_list_tickets_finish (client, evd_cli_context_wait (context), &error);
  if (tickets == NULL)
    return evd_cli_fail (error);

  if (csv_path != NULL && !write_csv (context, csv_path, tickets, &error))
    return evd_cli_fail (error);

  if (json)
    evd_cli_print_json_list (tickets, ticket_json);
  else if (csv_path != NULL)
    printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u registration to %s.\n", "Saved %u registrations to %s.\n",
                         g_list_model_get_n_items (tickets)),
            g_list_model_get_n_items (tickets), csv_path);
  else
    print_tickets (tickets);
  return EVD_CLI_EXIT_OK;
}
