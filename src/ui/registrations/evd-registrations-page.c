/* evd-registrations-page.c: an event's registrations, page by page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-registrations-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "evd-email.h"
#include "evd-import-assistant.h"
#include "evd-page-util.h"
#include "evd-registration-actions.h"
#include "evd-registration-details.h"
#include "evd-registrations-page.h"
#include "evd-registrations-page-private.h"
#include "evd-ticket-columns.h"
#include "evd-ui-util.h"


G_DEFINE_FINAL_TYPE (EvdRegistrationsPage, evd_registrations_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_state (EvdRegistrationsPage *self);

GtkWidget *
evd_registrations_page_new (EvdClient *client,
                            EvdEvent  *event)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  return g_object_new (EVD_TYPE_REGISTRATIONS_PAGE,
                       "client", client,
                       "event", event,
                       NULL);
}

/**
 * evd_registrations_page_get_ticket_list:
 *
 * Returns: (transfer none) (nullable): the list shown
 */
EvdTicketList *
evd_registrations_page_get_ticket_list (EvdRegistrationsPage *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (self), NULL);

  return self->tickets;
}

/**
 * evd_registrations_page_get_shown:
 *
 * Returns: (transfer none) (nullable): the registrations the table shows:
 *   the ticket list, or those of it that match the search
 */
GListModel *
evd_registrations_page_get_shown (EvdRegistrationsPage *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (self), NULL);

  if (self->filtered != NULL)
    return G_LIST_MODEL (self->filtered);
  return G_LIST_MODEL (self->tickets);
}

gboolean
evd_registrations_page_is_loading (EvdRegistrationsPage *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (self), FALSE);

  return self->types_loading || (self->tickets != NULL && evd_ticket_list_is_loading (self->tickets));
}

/**
 * evd_registrations_page_get_action:
 * @index: 0 for the first button under the search (Import from CSV…)
 *
 * Returns: (transfer none) (nullable): one of the page's action buttons, in
 *   the order shown
 */
GtkWidget *
evd_registrations_page_get_action (EvdRegistrationsPage *self,
                                   guint                 index)
{
  GtkFlowBoxChild *child;

  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (self), NULL);

  child = gtk_flow_box_get_child_at_index (self->actions_flow, (int) index);
  return child != NULL ? gtk_flow_box_child_get_child (child) : NULL;
}

/**
 * evd_registrations_page_get_vadjustment:
 *
 * Returns: (transfer none): how far the list is scrolled
 */
GtkAdjustment *
evd_registrations_page_get_vadjustment (EvdRegistrationsPage *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scrolled_window);
}

const char *
evd_registrations_page_get_count_text (EvdRegistrationsPage *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (self), NULL);

  return gtk_label_get_text (self->count_label);
}

/**
 * evd_registrations_page_get_state:
 *
 * Returns: what the page shows: "loading", "error", "empty", "no-results"
 *   or "list"
 */
const char *
evd_registrations_page_get_state (EvdRegistrationsPage *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* Paging ------------------------------------------------------------------ */

/* Asks for the next page when less than two screens are left below. */
static void
maybe_load_more (EvdRegistrationsPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);

  if (self->tickets == NULL || !evd_ticket_list_has_first_page (self->tickets) ||
      evd_ticket_list_get_error (self->tickets) != NULL)
    return;

  /* While searching the loaded ones, a few matches that do not fill the
   * view must not page through everyone: only scrolling asks for more. */
  if (self->filtered != NULL && upper <= page_size)
    return;

  /* At the very end (End held, the scroll bar dragged down), pages are
   * asked for one ahead; a pixel of slack for rounding. */
  evd_ticket_list_set_read_ahead (self->tickets, value + page_size >= upper - 1);
  if (value + page_size > upper - 2 * page_size)
    evd_ticket_list_load_more (self->tickets);
}

static void
update_count (EvdRegistrationsPage *self)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  gint64 total;

  if (self->tickets == NULL || !evd_ticket_list_has_first_page (self->tickets))
    {
      gtk_label_set_text (self->count_label, "");
      return;
    }

  total = evd_ticket_list_get_total (self->tickets);
  number = evd_format_count (total);
  if (self->filtered != NULL)
    {
      guint matches = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
      guint loaded = g_list_model_get_n_items (G_LIST_MODEL (self->tickets));
      g_autofree char *matches_text = evd_format_count (matches);
      g_autofree char *loaded_text = evd_format_count (loaded);

      if (evd_ticket_list_is_complete (self->tickets))
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s registration matches", "%s registrations match",
                                             matches), matches_text);
      else
        /* Translators: "3 match among the 300 loaded so far" */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s match among the %s loaded so far",
                                             "%s match among the %s loaded so far", matches),
                                matches_text, loaded_text);
    }
  else if (evd_ticket_list_get_email_filter (self->tickets) != NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s registration matches", "%s registrations match",
                                         (gulong) total), number);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s registration", "%s registrations",
                                         (gulong) total), number);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_sensitive (self->export_button,
                            evd_ticket_list_get_email_filter (self->tickets) != NULL || total > 0);
}

static void
update_empty_description (EvdRegistrationsPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const char *description;

  switch (evd_event_get_display_status (self->event, now))
    {
    case EVD_DISPLAY_STATUS_DRAFT:
      description = _("Registrations open when the event is published. Until then nobody can register, "
                      "and attendees cannot be added.");
      break;
    case EVD_DISPLAY_STATUS_CANCELLED:
      description = _("This event is cancelled, so nobody can register.");
      break;
    case EVD_DISPLAY_STATUS_PAST:
      description = _("Nobody registered for this event.");
      break;
    case EVD_DISPLAY_STATUS_UPCOMING:
    default:
      description = _("People appear here when they register with the event's link or when you add them.");
      break;
    }
  adw_status_page_set_description (self->empty_page, description);
}

static void
update_state (EvdRegistrationsPage *self)
{
  EvdTicketList *list = self->tickets;
  guint n = list != NULL ? g_list_model_get_n_items (evd_registrations_page_get_shown (self)) : 0;
  const GError *error = list != NULL ? evd_ticket_list_get_error (list) : NULL;
  gboolean header_visible;
  const char *state;

  if (list == NULL || self->types_loading || (n == 0 && evd_ticket_list_is_loading (list)))
    state = "loading";
  else if (error != NULL && n == 0)
    state = "error";
  else if (n == 0)
    state = evd_ticket_list_get_email_filter (list) != NULL || self->filtered != NULL ? "no-results" : "empty";
  else
    state = "list";

  if (g_str_equal (state, "no-results"))
    adw_status_page_set_description (self->no_results_page,
                                     self->filtered == NULL
                                     ? _("Nobody registered with this email address.")
                                     : evd_ticket_list_is_complete (list)
                                     ? _("No name or email address contains this text.")
                                     : _("No name or email address loaded so far contains this text. Type a whole "
                                         "email address to ask Zoom about everyone registered."));

  if (g_str_equal (state, "error"))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, escaped);
    }
  else if (error != NULL)
    {
      /* A later page failed: what arrived stays, scrolling asks again. */
      g_autofree char *message = g_strdup_printf (_("More registrations could not be loaded: %s"), error->message);

      evd_show_toast (GTK_WIDGET (self), message);
    }

  /* With nobody registered there is nothing to search or export; the
   * actions (import, add) stay. */
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), !g_str_equal (state, "empty"));
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), !g_str_equal (state, "empty"));
  gtk_widget_set_visible (self->export_button, !g_str_equal (state, "empty"));
  header_visible = !g_str_equal (state, "empty") || gtk_flow_box_get_child_at_index (self->actions_flow, 1) != NULL;
  gtk_widget_set_visible (self->header_box, header_visible);
  gtk_widget_set_visible (self->header_separator, header_visible);

  gtk_spinner_set_spinning (self->spinner, g_str_equal (state, "loading"));
  gtk_stack_set_visible_child_name (self->stack, state);
  update_count (self);
}

static void
list_loading_cb (EvdRegistrationsPage *self)
{
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  /* Whether the view needs another page is decided when the adjustment
   * changes, once the new rows are measured: asking here, before the list
   * has grown, would fetch page after page on a busy computer. */
}

static gboolean
contains_folded (const char *text,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, folded_needle) != NULL;
}

/* A name (first, last, or both as written together) or any part of the
 * address, whatever the case. */
static gboolean
ticket_matches (gpointer item,
                gpointer user_data)
{
  EvdRegistrationsPage *self = user_data;
  EvdTicket *ticket = item;
  g_autofree char *name = NULL;

  if (self->local_search == NULL)
    return TRUE;
  if (contains_folded (evd_ticket_get_email (ticket), self->local_search))
    return TRUE;
  name = g_strdup_printf ("%s %s", evd_ticket_get_first_name (ticket) != NULL ? evd_ticket_get_first_name (ticket) : "",
                          evd_ticket_get_last_name (ticket) != NULL ? evd_ticket_get_last_name (ticket) : "");
  return contains_folded (name, self->local_search);
}

static void
filtered_changed_cb (EvdRegistrationsPage *self)
{
  update_state (self);
}

/* Shows @text's matches among the registrations loaded (and those loaded
 * later), or everyone for %NULL. No new request: the list stays. */
static void
set_local_search (EvdRegistrationsPage *self,
                  const char           *text)
{
  g_clear_pointer (&self->local_search, g_free);
  if (self->filtered != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->filtered, self);
      g_clear_object (&self->filtered);
    }

  if (text != NULL && *text != '\0' && self->tickets != NULL)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (ticket_matches, self, NULL);

      self->local_search = g_utf8_casefold (text, -1);
      self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->tickets)), GTK_FILTER (filter));
      g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (filtered_changed_cb), self);
    }
  if (self->tickets != NULL)
    gtk_no_selection_set_model (self->selection, evd_registrations_page_get_shown (self));
}

static void
set_ticket_list (EvdRegistrationsPage *self,
                 const char           *email_filter)
{
  set_local_search (self, NULL);
  if (self->tickets != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->tickets, self);
      evd_ticket_list_stop (self->tickets);
      g_clear_object (&self->tickets);
    }

  self->tickets = evd_ticket_list_new (self->client, evd_event_get_event_id (self->event), email_filter);
  g_signal_connect_swapped (self->tickets, "notify::loading", G_CALLBACK (list_loading_cb), self);
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->tickets));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  evd_ticket_list_load_more (self->tickets);
}

/* Whole addresses go to Zoom, which finds one among any number; other text
 * is looked for in the names and addresses already loaded. */
static void
apply_search (EvdRegistrationsPage *self,
              const char           *text,
              gboolean              fresh)
{
  if (text != NULL && evd_email_is_valid (text, -1))
    {
      set_ticket_list (self, text);
      return;
    }
  if (fresh || self->tickets == NULL || evd_ticket_list_get_email_filter (self->tickets) != NULL ||
      evd_ticket_list_get_error (self->tickets) != NULL)
    set_ticket_list (self, NULL);
  /* No scrolling back here: GTK 4.8 cannot scroll a list whose model was
   * just replaced, before it is laid out again (it warns). */
  set_local_search (self, text);
}

static void
ticket_types_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(EvdRegistrationsPage) self = user_data;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  types = evd_client_list_ticket_types_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Without the names the column shows the ids: still usable. */
  if (error != NULL)
    g_debug ("Ticket types not loaded: %s", error->message);

  n = types != NULL ? g_list_model_get_n_items (types) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);

      if (evd_ticket_type_get_ticket_type_id (type) != NULL && evd_ticket_type_get_name (type) != NULL)
        g_hash_table_insert (self->type_names, g_strdup (evd_ticket_type_get_ticket_type_id (type)),
                             g_strdup (evd_ticket_type_get_name (type)));
    }

  self->types_loading = FALSE;
  apply_search (self, self->search_text, TRUE);
  update_state (self);
}

/**
 * evd_registrations_page_reload:
 *
 * Loads the ticket types' names, then the first page of registrations.
 */
void
evd_registrations_page_reload (EvdRegistrationsPage *self)
{
  g_return_if_fail (EVD_IS_REGISTRATIONS_PAGE (self));

  if (self->client == NULL || self->event == NULL || self->types_loading)
    return;

  self->types_loading = TRUE;
  update_empty_description (self);
  update_state (self);
  evd_client_list_ticket_types_async (self->client, evd_event_get_event_id (self->event), self->cancellable,
                                      ticket_types_cb, g_object_ref (self));
}

/**
 * evd_registrations_page_search:
 * @text: (nullable): a name, part of an address or a whole address; %NULL
 *   or "" for everyone
 *
 * A whole address is asked of Zoom (which matches only whole addresses,
 * among everyone registered); anything else matches names and any part of
 * the addresses among the registrations loaded.
 */
void
evd_registrations_page_search (EvdRegistrationsPage *self,
                               const char           *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_if_fail (EVD_IS_REGISTRATIONS_PAGE (self));

  g_clear_pointer (&self->search_text, g_free);
  if (*stripped != '\0')
    self->search_text = g_steal_pointer (&stripped);

  /* While the ticket types load, the search waits for them. */
  if (self->client == NULL || self->event == NULL || self->types_loading)
    return;

  apply_search (self, self->search_text, FALSE);
  update_state (self);
}

static void
search_changed_cb (EvdRegistrationsPage *self)
{
  evd_registrations_page_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
try_again_cb (EvdRegistrationsPage *self)
{
  if (self->tickets != NULL && !self->types_loading)
    {
      apply_search (self, self->search_text, TRUE);
      update_state (self);
    }
  else
    evd_registrations_page_reload (self);
}

/* Import ------------------------------------------------------------------ */

/* Opens the import assistant for the event, reading @file if not %NULL;
 * the list reloads after the import. */
static void
open_import (EvdRegistrationsPage *self,
             GFile                *file)
{
  EvdImportAssistant *assistant;

  if (self->client == NULL || self->event == NULL)
    return;

  assistant = evd_import_assistant_new (evd_window_of (GTK_WIDGET (self)), self->client, self->event);
  g_signal_connect_object (assistant, "finished", G_CALLBACK (evd_registrations_page_reload), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (assistant));
  if (file != NULL)
    evd_import_assistant_open_file (assistant, file);
  else
    evd_import_assistant_choose_file (assistant);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_import (EVD_REGISTRATIONS_PAGE (widget), NULL);
}

static gboolean
drop_cb (EvdRegistrationsPage *self,
         const GValue         *value,
         double                x,
         double                y)
{
  GFile *file = evd_drop_value_get_file (value);

  if (file == NULL || self->client == NULL || self->event == NULL)
    return FALSE;
  open_import (self, file);
  return TRUE;
}

/* Someone was added (Add Attendee…, Paste Attendees…). */
static void
registered_cb (EvdRegistrationsPage *self)
{
  evd_registrations_page_reload (self);
}

/* Details ----------------------------------------------------------------- */

static void
details_removed_cb (EvdRegistrationsPage *self,
                    const char           *name)
{
  /* Translators: %s is the attendee's name */
  g_autofree char *message = g_strdup_printf (_("Removed %s’s registration"), name);

  evd_show_toast (GTK_WIDGET (self), message);
  evd_registrations_page_reload (self);
}

/* A row activated: the registration's details. */
static void
row_activated_cb (EvdRegistrationsPage *self,
                  guint                 position)
{
  g_autoptr(EvdTicket) ticket = NULL;
  GtkWidget *details;

  /* The position is in what the table shows, which a search filters. */
  if (self->tickets == NULL || position >= g_list_model_get_n_items (evd_registrations_page_get_shown (self)) ||
      self->client == NULL || self->event == NULL)
    return;
  ticket = g_list_model_get_item (evd_registrations_page_get_shown (self), position);

  details = evd_registration_details_new (evd_window_of (GTK_WIDGET (self)),
                                          self->client, self->event, ticket);
  g_signal_connect_object (details, "changed", G_CALLBACK (evd_registrations_page_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (details, "removed", G_CALLBACK (details_removed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (details));
}

/* GObject ----------------------------------------------------------------- */

static void
move_to_flow (EvdRegistrationsPage *self,
              GtkWidget            *button)
{
  g_object_ref (button);
  gtk_widget_unparent (button);
  gtk_flow_box_append (self->actions_flow, button);
  g_object_unref (button);

  /* The buttons take the focus, not the cells around them; a hidden
   * button leaves no empty cell. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
  g_object_bind_property (button, "visible", gtk_widget_get_parent (button), "visible", G_BINDING_SYNC_CREATE);
}

/* The buttons gathered in actions_box move into a flow box, which wraps
 * them onto more lines in a narrow window; Export to CSV… goes last.
 *
 * Each button is a cell of its own and every cell is as wide as the widest:
 * GTK 4.8's flow box measures cells of different widths (a box holding two
 * buttons beside single ones) for fewer lines than it then lays out, and
 * the buttons spilled over the count and the table below. A widget holding
 * buttons (Add Attendee… and Paste Attendees…) stays behind, empty, in the
 * hidden actions_box: what its buttons need is kept on it, and its buttons
 * become cells of their own, so no cell is twice as wide as the others. */
static void
move_actions_to_flow (EvdRegistrationsPage *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (!GTK_IS_BUTTON (child))
        {
          GtkWidget *button;

          while ((button = gtk_widget_get_first_child (child)) != NULL)
            move_to_flow (self, button);
        }
      else if (child != self->export_button)
        move_to_flow (self, child);
      child = next;
    }
  move_to_flow (self, self->export_button);
}

static void
evd_registrations_page_constructed (GObject *object)
{
  EvdRegistrationsPage *self = EVD_REGISTRATIONS_PAGE (object);

  G_OBJECT_CLASS (evd_registrations_page_parent_class)->constructed (object);

  /* A page built empty (no client or event) offers no import. */
  if (self->client == NULL || self->event == NULL)
    {
      gtk_box_remove (self->actions_box, self->import_button);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.from-csv", FALSE);
    }
  move_actions_to_flow (self);
  evd_registrations_page_reload (self);
}

static void
evd_registrations_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  EvdRegistrationsPage *self = EVD_REGISTRATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, evd_registrations_page_is_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_registrations_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  EvdRegistrationsPage *self = EVD_REGISTRATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_EVENT:
      self->event = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_registrations_page_dispose (GObject *object)
{
  EvdRegistrationsPage *self = EVD_REGISTRATIONS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->export_cancellable);
  if (self->tickets != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->tickets, self);
      evd_ticket_list_stop (self->tickets);
    }
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_REGISTRATIONS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->tickets);

  G_OBJECT_CLASS (evd_registrations_page_parent_class)->dispose (object);
}

static void
evd_registrations_page_finalize (GObject *object)
{
  EvdRegistrationsPage *self = EVD_REGISTRATIONS_PAGE (object);

  g_clear_pointer (&self->type_names, g_hash_table_unref);
  g_clear_pointer (&self->local_search, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_registrations_page_parent_class)->finalize (object);
}

static void
evd_registrations_page_class_init (EvdRegistrationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_registrations_page_constructed;
  object_class->get_property = evd_registrations_page_get_property;
  object_class->set_property = evd_registrations_page_set_property;
  object_class->dispose = evd_registrations_page_dispose;
  object_class->finalize = evd_registrations_page_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "import.from-csv", NULL, import_action);

  g_type_ensure (EVD_TYPE_REGISTRATION_ACTIONS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/registrations/evd-registrations-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, main_box);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, header_box);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, header_separator);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, actions_flow);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, export_progress);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationsPage, drop_target);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, try_again_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "export_clicked_cb",
                                                G_CALLBACK (evd_registrations_page_export_clicked_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "cancel_export_cb",
                                                G_CALLBACK (evd_registrations_page_cancel_export_cb));
  gtk_widget_class_bind_template_callback (widget_class, registered_cb);
  gtk_widget_class_bind_template_callback (widget_class, drop_cb);
}

static void
evd_registrations_page_init (EvdRegistrationsPage *self)
{
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_target_set_gtypes (self->drop_target, drop_types, G_N_ELEMENTS (drop_types));

  self->cancellable = g_cancellable_new ();
  self->type_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  evd_ticket_columns_add (self->column_view, self->type_names);

  self->selection = gtk_no_selection_new (NULL);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (row_activated_cb), self);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (maybe_load_more), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (maybe_load_more), self, G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->stack, "loading");
}
