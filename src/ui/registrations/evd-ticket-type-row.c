/* evd-ticket-type-row.c: the ticket type choice of Add Attendee and Paste Attendees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-type-row"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-ticket-type-row.h"

struct _EvdTicketTypeRow
{
  AdwComboRow  parent_instance;

  GPtrArray   *ids;     /* parallel to the model; NULL first, for the default type */
};

G_DEFINE_FINAL_TYPE (EvdTicketTypeRow, evd_ticket_type_row, ADW_TYPE_COMBO_ROW)

static void
ticket_types_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(EvdTicketTypeRow) self = user_data;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;
  GtkStringList *names;

  types = evd_client_list_ticket_types_finish (EVD_CLIENT (object), result, &error);
  if (types == NULL)
    {
      /* The default type still works: Zoom picks it. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Ticket types not loaded: %s", error->message);
      return;
    }

  names = GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (self)));
  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);

      if (evd_ticket_type_get_ticket_type_id (type) == NULL)
        continue;
      gtk_string_list_append (names, evd_ticket_type_get_name (type) != NULL ? evd_ticket_type_get_name (type)
                                                                               : evd_ticket_type_get_ticket_type_id (type));
      g_ptr_array_add (self->ids, g_strdup (evd_ticket_type_get_ticket_type_id (type)));
    }
}

/**
 * evd_ticket_type_row_load:
 *
 * Fills the row with "Default ticket type" (selected) and the event's types.
 */
void
evd_ticket_type_row_load (EvdTicketTypeRow *self,
                          EvdClient        *client,
                          const char       *event_id,
                          GCancellable     *cancellable)
{
  /* Says what it means, yet short enough for the row at 360 px. */
  const char * const first[] = { _("Event’s default"), NULL };
  g_autoptr(GtkStringList) names = gtk_string_list_new (first);

  g_return_if_fail (EVD_IS_TICKET_TYPE_ROW (self));
  g_return_if_fail (EVD_IS_CLIENT (client));

  g_ptr_array_set_size (self->ids, 0);
  g_ptr_array_add (self->ids, NULL);
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), 0);
  evd_client_list_ticket_types_async (client, event_id, cancellable, ticket_types_cb, g_object_ref (self));
}

/* %NULL for the event's default type. */
const char *
evd_ticket_type_row_get_selected_id (EvdTicketTypeRow *self)
{
  guint selected;

  g_return_val_if_fail (EVD_IS_TICKET_TYPE_ROW (self), NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  if (selected >= self->ids->len)
    return NULL;
  return g_ptr_array_index (self->ids, selected);
}

static void
evd_ticket_type_row_finalize (GObject *object)
{
  EvdTicketTypeRow *self = EVD_TICKET_TYPE_ROW (object);

  g_ptr_array_unref (self->ids);

  G_OBJECT_CLASS (evd_ticket_type_row_parent_class)->finalize (object);
}

static void
evd_ticket_type_row_class_init (EvdTicketTypeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = evd_ticket_type_row_finalize;
}

static void
evd_ticket_type_row_init (EvdTicketTypeRow *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
}
