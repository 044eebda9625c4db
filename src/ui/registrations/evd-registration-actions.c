/* evd-registration-actions.c: Add Attendee, Paste Attendees and a registration's details, from the registrations page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-registration-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-add-attendee-dialog.h"
#include "evd-paste-attendees-dialog.h"
#include "evd-publish-dialog.h"
#include "evd-registration-actions.h"
#include "evd-registration-details.h"
#include "evd-ui-util.h"

/* What the buttons need, kept on the box. */
typedef struct
{
  EvdRegistrationsPage *page;          /* weak */
  EvdClient            *client;
  EvdEvent             *event;
  gboolean              published_here; /* the page's event object is older */
} Actions;

static void
actions_free (gpointer data)
{
  Actions *actions = data;

  g_clear_weak_pointer (&actions->page);
  g_clear_object (&actions->client);
  g_clear_object (&actions->event);
  g_free (actions);
}

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

gboolean
evd_registration_actions_can_register (EvdEvent *event)
{
  g_return_val_if_fail (EVD_IS_EVENT (event), FALSE);

  return evd_event_get_status (event) == EVD_EVENT_STATUS_PUBLISHED;
}

char *
evd_ticket_dup_display_name (EvdTicket *ticket)
{
  const char *first = evd_ticket_get_first_name (ticket);
  const char *last = evd_ticket_get_last_name (ticket);
  g_autofree char *name = NULL;

  g_return_val_if_fail (EVD_IS_TICKET (ticket), NULL);

  name = g_strstrip (g_strdup_printf ("%s %s", first != NULL ? first : "", last != NULL ? last : ""));
  if (*name == '\0')
    return g_strdup (evd_ticket_get_email (ticket) != NULL ? evd_ticket_get_email (ticket) : _("This attendee"));
  return g_steal_pointer (&name);
}

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
  const char * const first[] = { _("The event’s default type"), NULL };
  g_autoptr(GtkStringList) names = gtk_string_list_new (first);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (EVD_IS_CLIENT (client));

  g_ptr_array_add (ids, NULL);
  g_object_set_data_full (G_OBJECT (row), "evd-ticket-type-ids", ids, (GDestroyNotify) g_ptr_array_unref);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Unless you choose another, Zoom gives the ticket type "
                                                       "the event has as its default"));
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

/* Publishing -------------------------------------------------------------- */

static void
published_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GtkWidget) box = user_data;
  Actions *actions = g_object_get_data (G_OBJECT (box), "evd-actions");
  g_autoptr(GError) error = NULL;

  if (!evd_publish_event_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && gtk_widget_get_root (box) != NULL)
        {
          GtkWidget *dialog = adw_message_dialog_new (window_of (box), _("Could Not Publish the Event"), error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      return;
    }

  if (actions != NULL)
    actions->published_here = TRUE;
  evd_show_toast (box, _("Event published: you can add attendees now"));
  /* The sidebar and the pages show the new status after a refresh. */
  gtk_widget_activate_action (box, "win.refresh", NULL);
}

/* Guard ------------------------------------------------------------------- */

static void
guard_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GtkWidget        *box)
{
  Actions *actions = g_object_get_data (G_OBJECT (box), "evd-actions");

  if (g_str_equal (response, "publish") && actions != NULL)
    evd_publish_event_async (box, actions->client, actions->event, NULL, published_cb, g_object_ref (box));
}

/* Returns TRUE when attendees can be added; else explains why not. */
static gboolean
guard (GtkWidget *box,
       Actions   *actions)
{
  EvdEventStatus status = evd_event_get_status (actions->event);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (actions->published_here || status == EVD_EVENT_STATUS_PUBLISHED || status == EVD_EVENT_STATUS_UNKNOWN)
    return TRUE;

  if (status == EVD_EVENT_STATUS_DRAFT)
    {
      body = g_strdup_printf (_("“%s” is a draft. Zoom registers people only for published events, so nobody "
                                "can be added yet. Publish the event first: its links go live and registration opens."),
                              evd_event_get_name (actions->event));
      dialog = adw_message_dialog_new (window_of (box), _("Publish the Event First"), body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Not Now"),
                                        "publish", _("_Publish Event…"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "publish", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "publish");
    }
  else
    {
      body = g_strdup_printf (_("“%s” is cancelled, so nobody can register for it."),
                              evd_event_get_name (actions->event));
      dialog = adw_message_dialog_new (window_of (box), _("Registration Is Closed"), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Close"));
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (guard_response_cb), box, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/* Buttons ----------------------------------------------------------------- */

static void
registered_cb (GtkWidget *box)
{
  Actions *actions = g_object_get_data (G_OBJECT (box), "evd-actions");

  if (actions != NULL && actions->page != NULL)
    evd_registrations_page_reload (actions->page);
}

static void
add_clicked_cb (GtkWidget *button,
                GtkWidget *box)
{
  Actions *actions = g_object_get_data (G_OBJECT (box), "evd-actions");
  GtkWidget *dialog;

  if (!guard (box, actions))
    return;

  dialog = evd_add_attendee_dialog_new (window_of (box), actions->client, actions->event);
  g_signal_connect_object (dialog, "registered", G_CALLBACK (registered_cb), box, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
paste_clicked_cb (GtkWidget *button,
                  GtkWidget *box)
{
  Actions *actions = g_object_get_data (G_OBJECT (box), "evd-actions");
  GtkWidget *dialog;

  if (!guard (box, actions))
    return;

  dialog = evd_paste_attendees_dialog_new (window_of (box), actions->client, actions->event);
  g_signal_connect_object (dialog, "registered", G_CALLBACK (registered_cb), box, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
action_button (const char *label,
               const char *tooltip,
               GCallback   callback,
               GtkWidget  *box)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect (button, "clicked", callback, box);
  return button;
}

GtkWidget *
evd_registration_actions_new (EvdRegistrationsPage *page,
                              EvdClient            *client,
                              EvdEvent             *event)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  Actions *actions;

  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (page), NULL);

  if (client == NULL || event == NULL)
    return box;

  actions = g_new0 (Actions, 1);
  g_set_weak_pointer (&actions->page, page);
  actions->client = g_object_ref (client);
  actions->event = g_object_ref (event);
  g_object_set_data_full (G_OBJECT (box), "evd-actions", actions, actions_free);

  gtk_box_append (GTK_BOX (box), action_button (_("_Add Attendee…"), _("Register one person and get their join link"),
                                                G_CALLBACK (add_clicked_cb), box));
  gtk_box_append (GTK_BOX (box), action_button (_("_Paste Attendees…"),
                                                _("Register people from addresses or spreadsheet rows you copied"),
                                                G_CALLBACK (paste_clicked_cb), box));
  return box;
}

/* Details ----------------------------------------------------------------- */

static void
details_changed_cb (EvdRegistrationsPage *page)
{
  evd_registrations_page_reload (page);
}

static void
details_removed_cb (EvdRegistrationsPage *page,
                    const char           *name)
{
  /* Translators: %s is the attendee's name */
  g_autofree char *message = g_strdup_printf (_("Removed %s’s registration"), name);

  evd_show_toast (GTK_WIDGET (page), message);
  evd_registrations_page_reload (page);
}

void
evd_registration_actions_open_details (EvdRegistrationsPage *page,
                                       guint                 position,
                                       gpointer              column_view)
{
  g_autoptr(EvdTicket) ticket = NULL;
  GListModel *list;
  EvdClient *client = NULL;
  EvdEvent *event = NULL;
  GtkWidget *details;

  g_return_if_fail (EVD_IS_REGISTRATIONS_PAGE (page));

  /* The position is in what the table shows, which a search filters. */
  list = evd_registrations_page_get_shown (page);
  if (list == NULL || position >= g_list_model_get_n_items (list))
    return;
  ticket = g_list_model_get_item (list, position);
  g_object_get (page, "client", &client, "event", &event, NULL);
  if (client == NULL || event == NULL)
    {
      g_clear_object (&client);
      g_clear_object (&event);
      return;
    }

  details = evd_registration_details_new (window_of (GTK_WIDGET (page)), client, event, ticket);
  g_signal_connect_object (details, "changed", G_CALLBACK (details_changed_cb), page, G_CONNECT_SWAPPED);
  g_signal_connect_object (details, "removed", G_CALLBACK (details_removed_cb), page, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (details));
  g_object_unref (client);
  g_object_unref (event);
}
