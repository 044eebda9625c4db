/* evd-ticket-type-row.c: the ticket type choice of Add Attendee and Paste Attendees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-type-row"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-ticket-type-row.h"

/* Ticket types ------------------------------------------------------------ */

static void
ticket_types_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(AdwComboRow) row = user_data;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;
  GtkStringList *names;
  GPtrArray *ids;

  types = evd_client_list_ticket_types_finish (EVD_CLIENT (object), result, &error);
  if (types == NULL)
    {
      /* The default type still works: Zoom picks it. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Ticket types not loaded: %s", error->message);
      return;
    }

  names = GTK_STRING_LIST (adw_combo_row_get_model (row));
  ids = g_object_get_data (G_OBJECT (row), "evd-ticket-type-ids");
  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);

      if (evd_ticket_type_get_ticket_type_id (type) == NULL)
        continue;
      gtk_string_list_append (names, evd_ticket_type_get_name (type) != NULL ? evd_ticket_type_get_name (type)
                                                                               : evd_ticket_type_get_ticket_type_id (type));
      g_ptr_array_add (ids, g_strdup (evd_ticket_type_get_ticket_type_id (type)));
    }
}

/**
 * evd_ticket_type_row_load:
 *
 * Fills @row with "Default ticket type" (selected) and the event's types.
 */
void
evd_ticket_type_row_load (AdwComboRow  *row,
                          EvdClient    *client,
                          const char   *event_id,
                          GCancellable *cancellable)
{
  const char * const first[] = { _("Default ticket type"), NULL };
  g_autoptr(GtkStringList) names = gtk_string_list_new (first);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (EVD_IS_CLIENT (client));

  g_ptr_array_add (ids, NULL);
  g_object_set_data_full (G_OBJECT (row), "evd-ticket-type-ids", ids, (GDestroyNotify) g_ptr_array_unref);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The type the event gives when none is named"));
  evd_client_list_ticket_types_async (client, event_id, cancellable, ticket_types_cb, g_object_ref (row));
}

/* %NULL for the event's default type. */
const char *
evd_ticket_type_row_get_selected_id (AdwComboRow *row)
{
  GPtrArray *ids;
  guint selected;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);

  ids = g_object_get_data (G_OBJECT (row), "evd-ticket-type-ids");
  selected = adw_combo_row_get_selected (row);
  if (ids == NULL || selected >= ids->len)
    return NULL;
  return g_ptr_array_index (ids, selected);
}
