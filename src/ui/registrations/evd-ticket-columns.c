/* evd-ticket-columns.c: the columns of the registrations table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-ticket.h"
#include "evd-ticket-columns.h"
#include "evd-ui-util.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_EMAIL,
  COLUMN_TICKET_TYPE,
  COLUMN_SOURCE,
  COLUMN_JOIN_LINK,
} Column;

static const char *
ticket_type_name (GHashTable *type_names,
                  EvdTicket  *ticket)
{
  const char *id = evd_ticket_get_ticket_type_id (ticket);
  const char *name = id != NULL ? g_hash_table_lookup (type_names, id) : NULL;

  return name != NULL ? name : id;
}

/* What a column's cells show, and the names of ticket types */
typedef struct
{
  Column      column;
  GHashTable *type_names;
} ColumnData;

static void
column_data_free (gpointer  data,
                  GClosure *closure)
{
  ColumnData *column_data = data;

  g_hash_table_unref (column_data->type_names);
  g_free (column_data);
}

/* The cell's row holds the ticket whose link is copied. */
static void
copy_join_link_cb (GtkButton   *button,
                   GtkListItem *list_item)
{
  EvdTicket *ticket = gtk_list_item_get_item (list_item);

  if (ticket != NULL)
    evd_copy_to_clipboard (GTK_WIDGET (button), evd_ticket_get_event_join_link (ticket), _("Join link copied"));
}

/* Each cell is a GtkInscription, not a GtkLabel: its size comes from a
 * number of characters, never from its text. Scrolled to the end while
 * pages arrive, GTK 4.8's list view binds some 200 rows anew per page; as
 * labels, every one of their texts was shaped to measure the columns and
 * again to ellipsize it, most of a busy main loop's time. An inscription
 * shapes its text only when it is drawn, and the columns keep one width
 * as pages of rows arrive.
 *
 * Names, addresses and ticket types keep room for a usual one whole (a
 * narrow window scrolls the table sideways). Only the long join link gives
 * way, and its Copy button copies all of it. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               ColumnData               *data)
{
  Column column = data->column;
  GtkInscription *text = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  guint chars = column == COLUMN_EMAIL ? 32 : column == COLUMN_SOURCE ? 10 : column == COLUMN_JOIN_LINK ? 16 : 20;

  gtk_inscription_set_xalign (text, 0);
  gtk_inscription_set_min_chars (text, chars);
  gtk_inscription_set_nat_chars (text, chars);
  gtk_inscription_set_text_overflow (text, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  /* One line high, however tall the row: given the height of two (the Copy
   * button makes rows taller), an inscription wraps its text onto them. */
  gtk_widget_set_valign (GTK_WIDGET (text), GTK_ALIGN_CENTER);
  if (column == COLUMN_JOIN_LINK)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-copy-symbolic");

      gtk_inscription_set_text_overflow (text, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_MIDDLE);
      gtk_widget_add_css_class (GTK_WIDGET (text), "join-link");
      gtk_widget_set_hexpand (GTK_WIDGET (text), TRUE);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Copy Join Link"));
      g_signal_connect (button, "clicked", G_CALLBACK (copy_join_link_cb), list_item);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (text));
      gtk_box_append (GTK_BOX (box), button);
      gtk_list_item_set_child (list_item, box);
      return;
    }

  gtk_list_item_set_child (list_item, GTK_WIDGET (text));
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              ColumnData               *data)
{
  GHashTable *type_names = data->type_names;
  Column column = data->column;
  EvdTicket *ticket = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *name = NULL;

  switch (column)
    {
    case COLUMN_NAME:
      name = evd_ticket_dup_full_name (ticket);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), name);
      break;
    case COLUMN_EMAIL:
      gtk_inscription_set_text (GTK_INSCRIPTION (child), evd_ticket_get_email (ticket));
      break;
    case COLUMN_TICKET_TYPE:
      gtk_inscription_set_text (GTK_INSCRIPTION (child), ticket_type_name (type_names, ticket));
      break;
    case COLUMN_SOURCE:
      gtk_inscription_set_text (GTK_INSCRIPTION (child), evd_ticket_get_registration_source (ticket));
      break;
    case COLUMN_JOIN_LINK:
    default:
      {
        GtkWidget *text = gtk_widget_get_first_child (child);
        GtkWidget *button = gtk_widget_get_last_child (child);
        const char *link = evd_ticket_get_event_join_link (ticket);
        g_autofree char *who = evd_ticket_dup_full_name (ticket);
        g_autofree char *accessible = NULL;

        gtk_inscription_set_text (GTK_INSCRIPTION (text), link);
        gtk_widget_set_visible (button, link != NULL && *link != '\0');
        /* Translators: the Copy button of one person's join link, read aloud */
        accessible = g_strdup_printf (_("Copy join link of %s"),
                                      who != NULL && *who != '\0' ? who : evd_ticket_get_email (ticket));
        gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      }
      break;
    }
}

static void
add_column (GtkColumnView *view,
            GHashTable    *type_names,
            Column         column,
            const char    *title,
            gboolean       expand,
            int            fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  ColumnData *data = g_new0 (ColumnData, 1);

  data->column = column;
  data->type_names = g_hash_table_ref (type_names);
  /* The factory owns the data; both handlers read it. */
  g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cell_cb), data, column_data_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), data);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
}

/**
 * evd_ticket_columns_add:
 * @type_names: ticket type ids to names; read when cells are bound, so
 *   names added later show as rows come into view
 *
 * Adds Name, Email, Ticket Type, Source and Join Link (with a Copy button)
 * for a model of #EvdTicket.
 */
void
evd_ticket_columns_add (GtkColumnView *view,
                        GHashTable    *type_names)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (type_names != NULL);

  add_column (view, type_names, COLUMN_NAME, _("Name"), TRUE, -1);
  add_column (view, type_names, COLUMN_EMAIL, _("Email"), TRUE, -1);
  add_column (view, type_names, COLUMN_TICKET_TYPE, _("Ticket Type"), FALSE, -1);
  add_column (view, type_names, COLUMN_SOURCE, _("Source"), FALSE, -1);
  add_column (view, type_names, COLUMN_JOIN_LINK, _("Join Link"), TRUE, -1);
}
