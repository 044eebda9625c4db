/* evd-ticket-type-dialog.c: adds a ticket type to a multi-session event
 *
 * Zoom takes the price as a string ("25.00") with a three-letter currency,
 * and the sale window as UTC times; both are entered here in the organizer's
 * terms and checked before anything is sent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-type-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-api-error.h"
#include "evd-date-time-entry.h"
#include "evd-ticket-type-dialog.h"
#include "evd-ticket-type.h"
#include "evd-time.h"
#include "evd-ui-util.h"

struct _EvdTicketTypeDialog
{
  AdwWindow         parent_instance;

  GtkWidget        *save_button;
  GtkWidget        *saving_spinner;
  GtkLabel         *general_error;
  AdwEntryRow      *name_row;
  GtkLabel         *name_error;
  GtkSwitch        *free_switch;
  AdwEntryRow      *price_row;
  AdwActionRow     *currency_row;
  GtkDropDown      *currency_choice;
  GtkLabel         *price_error;
  AdwEntryRow      *quantity_row;
  GtkLabel         *quantity_error;
  AdwPreferencesGroup *sale_group;
  AdwActionRow     *sale_end_row;
  EvdDateTimeEntry *sale_start;
  EvdDateTimeEntry *sale_end;
  GtkLabel         *sale_error;
  AdwEntryRow      *description_row;

  GTask            *run_task;    /* evd_ticket_type_dialog_run_async (), until it ends */
  EvdClient        *client;
  EvdEvent         *event;
  GCancellable     *cancellable;
  gboolean          saving;
};

G_DEFINE_FINAL_TYPE (EvdTicketTypeDialog, evd_ticket_type_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
zone_of (EvdTicketTypeDialog *self)
{
  const char *zone = self->event != NULL ? evd_event_get_timezone (self->event) : NULL;

  return zone != NULL && *zone != '\0' ? zone : "UTC";
}

/* Messages ---------------------------------------------------------------- */

static void
clear_messages (EvdTicketTypeDialog *self)
{
  evd_show_field_message (self->general_error, NULL, NULL);
  evd_show_field_message (self->name_error, GTK_WIDGET (self->name_row), NULL);
  evd_show_field_message (self->price_error, GTK_WIDGET (self->price_row), NULL);
  evd_show_field_message (self->quantity_error, GTK_WIDGET (self->quantity_row), NULL);
  evd_show_field_message (self->sale_error, GTK_WIDGET (self->sale_end_row), NULL);
}

const char *
evd_ticket_type_dialog_get_error (EvdTicketTypeDialog *self,
                                  const char          *field)
{
  GtkLabel *label = NULL;

  g_return_val_if_fail (EVD_IS_TICKET_TYPE_DIALOG (self), NULL);

  if (g_strcmp0 (field, "name") == 0)
    label = self->name_error;
  else if (g_strcmp0 (field, "price") == 0)
    label = self->price_error;
  else if (g_strcmp0 (field, "quantity") == 0)
    label = self->quantity_error;
  else if (g_strcmp0 (field, "sale") == 0)
    label = self->sale_error;
  else
    label = self->general_error;
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

/* Checks ------------------------------------------------------------------ */

/* "25", "25.5" or "25.00": what Zoom's string price takes. */
static gboolean
is_price (const char *text)
{
  const char *p = text;
  guint decimals = 0;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        {
          p++;
          decimals++;
        }
      if (decimals == 0 || decimals > 2)
        return FALSE;
    }
  return *p == '\0';
}

static gboolean
read_quantity (const char *text,
               gint64     *quantity)
{
  guint64 value;

  if (*text == '\0')
    {
      *quantity = EVD_TICKET_TYPE_QUANTITY_UNSET;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT32, &value, NULL))
    return FALSE;
  *quantity = (gint64) value;
  return TRUE;
}

/* Saving ------------------------------------------------------------------ */

static void
set_saving (EvdTicketTypeDialog *self,
            gboolean             saving)
{
  self->saving = saving;
  gtk_widget_set_sensitive (self->save_button, !saving);
  gtk_widget_set_visible (self->saving_spinner, saving);
  gtk_spinner_set_spinning (GTK_SPINNER (self->saving_spinner), saving);
}

static void
show_refusal (EvdTicketTypeDialog *self,
              const GError        *error)
{
  const char *field = evd_api_error_get_field (error);

  if (g_error_matches (error, EVD_API_ERROR, 26401) ||
      g_strcmp0 (field, "start_time") == 0 || g_strcmp0 (field, "end_time") == 0)
    evd_show_field_message (self->sale_error, GTK_WIDGET (self->sale_end_row),
                 _("Zoom refused the sale dates: sales must end after they start. Check both dates."));
  else if (g_error_matches (error, EVD_API_ERROR, 1006))
    evd_show_field_message (self->general_error, NULL,
                 _("Ticket types can be added to multi-session events only. Zoom gives single-session and "
                   "recurring events one kind of ticket for everyone."));
  else if (g_strcmp0 (field, "price") == 0 || g_strcmp0 (field, "currency") == 0)
    evd_show_field_message (self->price_error, GTK_WIDGET (self->price_row), error->message);
  else if (g_strcmp0 (field, "quantity") == 0)
    evd_show_field_message (self->quantity_error, GTK_WIDGET (self->quantity_row), error->message);
  else if (g_strcmp0 (field, "name") == 0)
    evd_show_field_message (self->name_error, GTK_WIDGET (self->name_row), error->message);
  else
    evd_show_field_message (self->general_error, NULL, error->message);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdTicketTypeDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = evd_client_create_ticket_type_finish (EVD_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_saving (self, FALSE);
  if (id == NULL)
    {
      show_refusal (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  if (self->run_task != NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->run_task);

      g_task_return_pointer (task, g_strdup (id), g_free);
    }
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
evd_ticket_type_dialog_save (EvdTicketTypeDialog *self)
{
  g_autoptr(EvdTicketType) type = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *name = NULL;
  g_autofree char *price = NULL;
  g_autofree char *quantity_text = NULL;
  g_autofree char *description = NULL;
  GtkStringObject *currency;
  gboolean is_free;
  gint64 quantity = EVD_TICKET_TYPE_QUANTITY_UNSET;
  gboolean valid = TRUE;

  g_return_if_fail (EVD_IS_TICKET_TYPE_DIALOG (self));

  if (self->saving || self->client == NULL || self->event == NULL)
    return;

  clear_messages (self);
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  price = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->price_row))));
  quantity_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quantity_row))));
  description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row))));
  is_free = gtk_switch_get_active (self->free_switch);
  currency = gtk_drop_down_get_selected_item (self->currency_choice);

  if (*name == '\0')
    {
      evd_show_field_message (self->name_error, GTK_WIDGET (self->name_row), _("Give the ticket type a name, such as “Early Bird”."));
      valid = FALSE;
    }
  if (!is_free && !is_price (price))
    {
      evd_show_field_message (self->price_error, GTK_WIDGET (self->price_row),
                   _("Enter the price as a number, such as 25 or 25.00."));
      valid = FALSE;
    }
  if (!read_quantity (quantity_text, &quantity))
    {
      evd_show_field_message (self->quantity_error, GTK_WIDGET (self->quantity_row),
                   _("Enter how many tickets are on sale as a whole number, or leave it empty for no limit."));
      valid = FALSE;
    }

  start = evd_date_time_entry_dup_time (self->sale_start, zone_of (self));
  end = evd_date_time_entry_dup_time (self->sale_end, zone_of (self));
  if (start == NULL || end == NULL || g_date_time_compare (end, start) <= 0)
    {
      evd_show_field_message (self->sale_error, GTK_WIDGET (self->sale_end_row), _("Sales must end after they start."));
      valid = FALSE;
    }

  if (!valid)
    return;

  type = evd_ticket_type_new ();
  evd_ticket_type_set_name (type, name);
  evd_ticket_type_set_free (type, is_free);
  evd_ticket_type_set_price (type, is_free ? "0" : price);
  evd_ticket_type_set_currency (type, currency != NULL ? gtk_string_object_get_string (currency) : "USD");
  evd_ticket_type_set_quantity (type, quantity);
  evd_ticket_type_set_sale_start (type, start);
  evd_ticket_type_set_sale_end (type, end);
  if (*description != '\0')
    evd_ticket_type_set_description (type, description);
  body = evd_ticket_type_to_json (type);

  set_saving (self, TRUE);
  evd_client_create_ticket_type_async (self->client, evd_event_get_event_id (self->event), body,
                                       self->cancellable, created_cb, g_object_ref (self));
}

gboolean
evd_ticket_type_dialog_is_saving (EvdTicketTypeDialog *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_TYPE_DIALOG (self), FALSE);

  return self->saving;
}

/* Getters for tests ------------------------------------------------------- */

GtkEditable *
evd_ticket_type_dialog_get_name (EvdTicketTypeDialog *self)
{
  return GTK_EDITABLE (self->name_row);
}

GtkSwitch *
evd_ticket_type_dialog_get_free (EvdTicketTypeDialog *self)
{
  return self->free_switch;
}

GtkEditable *
evd_ticket_type_dialog_get_price (EvdTicketTypeDialog *self)
{
  return GTK_EDITABLE (self->price_row);
}

GtkDropDown *
evd_ticket_type_dialog_get_currency (EvdTicketTypeDialog *self)
{
  return self->currency_choice;
}

GtkEditable *
evd_ticket_type_dialog_get_quantity (EvdTicketTypeDialog *self)
{
  return GTK_EDITABLE (self->quantity_row);
}

GtkWidget *
evd_ticket_type_dialog_get_sale_start (EvdTicketTypeDialog *self)
{
  return GTK_WIDGET (self->sale_start);
}

GtkWidget *
evd_ticket_type_dialog_get_sale_end (EvdTicketTypeDialog *self)
{
  return GTK_WIDGET (self->sale_end);
}

/* Building ---------------------------------------------------------------- */

static void
free_changed_cb (EvdTicketTypeDialog *self)
{
  gboolean paid = !gtk_switch_get_active (self->free_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->price_row), paid);
  gtk_widget_set_visible (GTK_WIDGET (self->currency_row), paid);
  if (!paid)
    evd_show_field_message (self->price_error, GTK_WIDGET (self->price_row), NULL);
}

/* A message goes as soon as its field is changed. */
static void
field_changed_cb (GtkEditable         *editable,
                  EvdTicketTypeDialog *self)
{
  if (editable == GTK_EDITABLE (self->name_row))
    evd_show_field_message (self->name_error, GTK_WIDGET (self->name_row), NULL);
  else if (editable == GTK_EDITABLE (self->price_row))
    evd_show_field_message (self->price_error, GTK_WIDGET (self->price_row), NULL);
  else if (editable == GTK_EDITABLE (self->quantity_row))
    evd_show_field_message (self->quantity_error, GTK_WIDGET (self->quantity_row), NULL);
}

/* Sales open now (on the hour) and close when the event starts. */
static void
fill_in (EvdTicketTypeDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) hour = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                                   g_date_time_get_day_of_month (now),
                                                   g_date_time_get_hour (now), 0, 0);
  GDateTime *event_start = evd_event_get_start_time (self->event);
  g_autoptr(GDateTime) week_later = g_date_time_add_days (hour, 7);
  g_autofree char *hint = NULL;

  /* Translators: the event's time zone */
  hint = g_strdup_printf (_("When people can get this ticket, in the event’s time zone, %s."), zone_of (self));
  adw_preferences_group_set_description (self->sale_group, hint);
  evd_date_time_entry_set_time (self->sale_start, hour, zone_of (self));
  evd_date_time_entry_set_time (self->sale_end,
                                event_start != NULL && g_date_time_compare (event_start, hour) > 0
                                ? event_start : week_later,
                                zone_of (self));
}

EvdTicketTypeDialog *
evd_ticket_type_dialog_new (GtkWidget *parent,
                            EvdClient *client,
                            EvdEvent  *event)
{
  EvdTicketTypeDialog *self;
  GtkRoot *root;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  self = g_object_new (EVD_TYPE_TICKET_TYPE_DIALOG, NULL);
  self->client = g_object_ref (client);
  self->event = g_object_ref (event);
  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  fill_in (self);
  return self;
}

static void
cancel_clicked_cb (EvdTicketTypeDialog *self)
{
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * evd_ticket_type_dialog_run_async:
 *
 * Shows the dialog; it finishes with the new ticket type's id once Zoom
 * created it, or with %G_IO_ERROR_CANCELLED when the dialog closed first.
 * The task does not hold the dialog, which goes when it closes.
 */
void
evd_ticket_type_dialog_run_async (EvdTicketTypeDialog *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (EVD_IS_TICKET_TYPE_DIALOG (self));
  g_return_if_fail (self->run_task == NULL);

  self->run_task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (self->run_task, evd_ticket_type_dialog_run_async);
  gtk_window_present (GTK_WINDOW (self));
}

/* Returns: (transfer full): the new ticket type's id */
char *
evd_ticket_type_dialog_run_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, evd_ticket_type_dialog_run_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
evd_ticket_type_dialog_dispose (GObject *object)
{
  EvdTicketTypeDialog *self = EVD_TICKET_TYPE_DIALOG (object);

  if (self->run_task != NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->run_task);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("No ticket type added"));
    }
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_TICKET_TYPE_DIALOG);

  G_OBJECT_CLASS (evd_ticket_type_dialog_parent_class)->dispose (object);
}

static void
evd_ticket_type_dialog_finalize (GObject *object)
{
  EvdTicketTypeDialog *self = EVD_TICKET_TYPE_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_ticket_type_dialog_parent_class)->finalize (object);
}

static void
evd_ticket_type_dialog_class_init (EvdTicketTypeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_ticket_type_dialog_dispose;
  object_class->finalize = evd_ticket_type_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (EVD_TYPE_DATE_TIME_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-ticket-type-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, saving_spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, free_switch);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, price_row);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, currency_row);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, currency_choice);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, price_error);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, quantity_error);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, sale_group);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, sale_end_row);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, sale_start);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, sale_end);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, sale_error);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypeDialog, description_row);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, evd_ticket_type_dialog_save);
  gtk_widget_class_bind_template_callback (widget_class, free_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
}

static void
evd_ticket_type_dialog_init (EvdTicketTypeDialog *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The date entries build their own buttons, so their names are set here. */
  evd_date_time_entry_set_accessible_name (self->sale_start, _("Sales start"));
  evd_date_time_entry_set_accessible_name (self->sale_end, _("Sales end"));
  free_changed_cb (self);
}
