/* evd-ticket-types-group.c: the ticket types of a multi-session event, on its page
 *
 * Zoom takes ticket types on multi-session events only; elsewhere the
 * section says so instead of offering what Zoom would refuse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-types-group"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-ticket-type-dialog.h"
#include "evd-ticket-type.h"
#include "evd-ticket-types-group.h"
#include "evd-ui-util.h"

struct _EvdTicketTypesGroup
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *add_button;
  GPtrArray           *rows;

  EvdClient           *client;
  EvdEvent            *event;
  GListStore          *ticket_types;
  GCancellable        *cancellable;
  char                *event_id;
  gboolean             loading;
  gboolean             offered;
};

G_DEFINE_FINAL_TYPE (EvdTicketTypesGroup, evd_ticket_types_group, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static EvdEvent *
current_event (EvdTicketTypesGroup *self)
{
  return self->event;
}

static void
clear_rows (EvdTicketTypesGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (EvdTicketTypesGroup *self,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
}

static char *
describe (EvdTicketType *type,
          const char    *zone)
{
  g_autofree char *price = NULL;
  g_autofree char *quantity = NULL;
  g_autofree char *sold = NULL;
  g_autofree char *window = NULL;
  gint64 n = evd_ticket_type_get_quantity (type);
  const char *amount = evd_ticket_type_get_price (type);

  if (evd_ticket_type_get_free (type) || amount == NULL || g_ascii_strtod (amount, NULL) == 0.0)
    price = g_strdup (_("Free"));
  else
    /* Translators: a price and its currency, "49.00 USD" */
    price = g_strdup_printf (_("%s %s"), amount, evd_ticket_type_get_currency (type) != NULL
                                                 ? evd_ticket_type_get_currency (type) : "");
  if (n > 0)
    quantity = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d ticket", "%d tickets", (gulong) n), (int) n);
  else
    quantity = g_strdup (_("No limit"));
  sold = g_strdup_printf (_("%d sold"), (int) evd_ticket_type_get_sold_quantity (type));
  window = evd_format_time_range (evd_ticket_type_get_sale_start (type), evd_ticket_type_get_sale_end (type), zone);

  /* Translators: price · how many · sold, then the sale dates on a new line */
  return g_strdup_printf (_("%s · %s · %s\nOn sale %s"), price, quantity, sold, window);
}

static void
show_types (EvdTicketTypesGroup *self)
{
  EvdEvent *event = current_event (self);
  const char *zone = event != NULL ? evd_event_get_timezone (event) : NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->ticket_types));

  clear_rows (self);
  if (n == 0)
    add_row (self, _("No ticket types yet"),
             _("Everyone registers with the event’s default ticket. Add ticket types to sell tiers, "
               "such as “Early Bird” or “VIP”."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (G_LIST_MODEL (self->ticket_types), i);
      g_autofree char *subtitle = describe (type, zone);

      add_row (self, evd_ticket_type_get_name (type), subtitle);
    }
}

static void
set_loading (EvdTicketTypesGroup *self,
             gboolean             loading)
{
  self->loading = loading;
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EvdTicketTypesGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) types = evd_client_list_ticket_types_finish (EVD_CLIENT (object), result, &error);
  g_autoptr(GPtrArray) items = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);
  if (types == NULL)
    {
      clear_rows (self);
      add_row (self, _("Could not load the ticket types"), error->message);
      return;
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    g_ptr_array_add (items, g_list_model_get_item (types, i));
  g_list_store_splice (self->ticket_types, 0, g_list_model_get_n_items (G_LIST_MODEL (self->ticket_types)),
                       items->pdata, items->len);
  show_types (self);
}

void
evd_ticket_types_group_reload (EvdTicketTypesGroup *self)
{
  g_return_if_fail (EVD_IS_TICKET_TYPES_GROUP (self));

  if (!self->offered || self->event_id == NULL || self->loading)
    return;

  set_loading (self, TRUE);
  evd_client_list_ticket_types_async (self->client, self->event_id, self->cancellable,
                                      listed_cb, g_object_ref (self));
}

/* Called when the page sets the event (again): only a new event is reloaded. */
static void
event_changed_cb (EvdTicketTypesGroup *self)
{
  EvdEvent *event = current_event (self);
  EvdEventType type = event != NULL ? evd_event_get_event_type (event) : EVD_EVENT_TYPE_UNKNOWN;

  if (event == NULL || self->client == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);

  if (g_strcmp0 (self->event_id, evd_event_get_event_id (event)) == 0)
    return;
  g_free (self->event_id);
  self->event_id = g_strdup (evd_event_get_event_id (event));

  self->offered = type == EVD_EVENT_TYPE_CONFERENCE;
  gtk_widget_set_visible (self->add_button, self->offered);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ticket-types.add", self->offered);
  if (!self->offered)
    {
      clear_rows (self);
      add_row (self, _("One ticket for everyone"),
               type == EVD_EVENT_TYPE_RECURRING
               ? _("Zoom does not take ticket types on recurring events: everyone registers with the same ticket. "
                   "Use a multi-session event to sell several kinds of ticket.")
               : _("Zoom does not take ticket types on single-session events: everyone registers with the same "
                   "ticket. Use a multi-session event to sell several kinds of ticket."));
      return;
    }
  evd_ticket_types_group_reload (self);
}

gboolean
evd_ticket_types_group_is_loading (EvdTicketTypesGroup *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_TYPES_GROUP (self), FALSE);

  return self->loading;
}

GListModel *
evd_ticket_types_group_get_ticket_types (EvdTicketTypesGroup *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_TYPES_GROUP (self), NULL);

  return G_LIST_MODEL (self->ticket_types);
}

gboolean
evd_ticket_types_group_is_offered (EvdTicketTypesGroup *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_TYPES_GROUP (self), FALSE);

  return self->offered;
}

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(EvdTicketTypesGroup) self = user_data;
  g_autofree char *id = evd_ticket_type_dialog_run_finish (result, NULL);

  if (id == NULL || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  evd_show_toast (GTK_WIDGET (self), _("Ticket type added"));
  evd_ticket_types_group_reload (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EvdTicketTypesGroup *self = EVD_TICKET_TYPES_GROUP (widget);
  EvdEvent *event = current_event (self);
  EvdTicketTypeDialog *dialog;

  if (event == NULL || !self->offered)
    return;
  dialog = evd_ticket_type_dialog_new (widget, self->client, event);
  evd_ticket_type_dialog_run_async (dialog, NULL, added_cb, g_object_ref (self));
}

GtkWidget *
evd_ticket_types_group_new (void)
{
  return g_object_new (EVD_TYPE_TICKET_TYPES_GROUP, NULL);
}

static void
evd_ticket_types_group_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  EvdTicketTypesGroup *self = EVD_TICKET_TYPES_GROUP (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_ticket_types_group_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  EvdTicketTypesGroup *self = EVD_TICKET_TYPES_GROUP (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      if (g_set_object (&self->client, g_value_get_object (value)))
        {
          event_changed_cb (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_EVENT:
      g_set_object (&self->event, g_value_get_object (value));
      event_changed_cb (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_ticket_types_group_dispose (GObject *object)
{
  EvdTicketTypesGroup *self = EVD_TICKET_TYPES_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_TICKET_TYPES_GROUP);

  G_OBJECT_CLASS (evd_ticket_types_group_parent_class)->dispose (object);
}

static void
evd_ticket_types_group_finalize (GObject *object)
{
  EvdTicketTypesGroup *self = EVD_TICKET_TYPES_GROUP (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->event_id, g_free);
  g_clear_object (&self->ticket_types);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_ticket_types_group_parent_class)->finalize (object);
}

static void
evd_ticket_types_group_class_init (EvdTicketTypesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_ticket_types_group_get_property;
  object_class->set_property = evd_ticket_types_group_set_property;
  object_class->dispose = evd_ticket_types_group_dispose;
  object_class->finalize = evd_ticket_types_group_finalize;

  /* Bound to the event page's client and event in its .ui */
  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "ticket-types.add", NULL, add_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-ticket-types-group.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypesGroup, group);
  gtk_widget_class_bind_template_child (widget_class, EvdTicketTypesGroup, add_button);
}

static void
evd_ticket_types_group_init (EvdTicketTypesGroup *self)
{
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  self->ticket_types = g_list_store_new (EVD_TYPE_TICKET_TYPE);
  gtk_widget_init_template (GTK_WIDGET (self));
}
