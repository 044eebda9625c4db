/* evd-registration-details.c: one registration in plain words, with editing and removal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-registration-details"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "evd-attendee-problem.h"
#include "evd-country.h"
#include "evd-email.h"
#include "evd-registration-details.h"
#include "evd-ticket-labels.h"
#include "evd-ui-util.h"

/* The profile fields Zoom lets a PATCH change, by their wire names; the
 * email address and the ticket type are not among them. */
static const char * const editable_fields[] = {
  "first_name", "last_name", "organization", "job_title", "phone", "address", "city",
  "state", "zip", "country", "industry", "organization_size", "comments",
};
#define N_EDITABLE G_N_ELEMENTS (editable_fields)

struct _EvdRegistrationDetails
{
  AdwWindow             parent_instance;

  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  GtkWidget            *edit_button;
  GtkWidget            *save_button;
  GtkWidget            *cancel_edit_button;
  GtkSpinner           *spinner;
  AdwActionRow         *name_row;
  AdwActionRow         *email_row;
  AdwActionRow         *ticket_type_row;
  AdwActionRow         *status_row;
  AdwActionRow         *sign_in_row;
  AdwActionRow         *source_row;
  AdwActionRow         *external_id_row;
  AdwActionRow         *join_link_row;
  AdwActionRow         *qr_row;
  AdwPreferencesGroup  *profile_group;
  GtkLabel             *edit_message;
  AdwEntryRow          *first_name_entry;
  AdwEntryRow          *last_name_entry;
  AdwEntryRow          *organization_entry;
  AdwEntryRow          *job_title_entry;
  AdwEntryRow          *phone_entry;
  AdwEntryRow          *address_entry;
  AdwEntryRow          *city_entry;
  AdwEntryRow          *state_entry;
  AdwEntryRow          *zip_entry;
  AdwEntryRow          *country_entry;
  AdwEntryRow          *industry_entry;
  AdwEntryRow          *organization_size_entry;
  AdwEntryRow          *comments_entry;

  AdwEntryRow          *entries[N_EDITABLE];  /* in the order of editable_fields */
  GPtrArray            *profile_rows;
  EvdClient            *client;
  EvdEvent             *event;
  EvdTicket            *ticket;
  char                 *ticket_type_name;
  GCancellable         *cancellable;
};

G_DEFINE_FINAL_TYPE (EvdRegistrationDetails, evd_registration_details, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  PROP_TICKET,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  SIGNAL_REMOVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
evd_registration_details_new (GtkWindow *parent,
                              EvdClient *client,
                              EvdEvent  *event,
                              EvdTicket *ticket)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);
  g_return_val_if_fail (EVD_IS_TICKET (ticket), NULL);

  return g_object_new (EVD_TYPE_REGISTRATION_DETAILS,
                       "transient-for", parent,
                       "client", client,
                       "event", event,
                       "ticket", ticket,
                       NULL);
}

EvdTicket *
evd_registration_details_get_ticket (EvdRegistrationDetails *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATION_DETAILS (self), NULL);

  return self->ticket;
}

/* The view ---------------------------------------------------------------- */

static const char *
ticket_member (EvdTicket  *ticket,
               const char *name)
{
  return ticket != NULL ? evd_ticket_get_field (ticket, name) : NULL;
}

static void
set_row (AdwActionRow *row,
         const char   *value,
         const char   *fallback)
{
  adw_action_row_set_subtitle (row, value != NULL && *value != '\0' ? value : fallback);
}

/* The edit form's title for the field, without its mnemonic. */
static char *
field_label (EvdRegistrationDetails *self,
             guint                   index)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->entries[index]));
  GString *label = g_string_new (NULL);

  for (const char *p = title; *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (label, *p);
  return g_string_free (label, FALSE);
}

static void
add_profile_row (EvdRegistrationDetails *self,
                 const char             *title,
                 const char             *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (self->profile_group, row);
  g_ptr_array_add (self->profile_rows, row);
}

/* Answers to the event's own registration questions, titled by question. */
static void
add_custom_answers (EvdRegistrationDetails *self)
{
  g_autoptr(GPtrArray) titles = evd_ticket_dup_custom_titles (self->ticket);

  for (guint i = 0; i < titles->len; i++)
    {
      const char *title = g_ptr_array_index (titles, i);
      const char *text = evd_ticket_get_custom_answer (self->ticket, title);

      if (text != NULL && *text != '\0')
        add_profile_row (self, title, text);
    }
}

static void
fill_profile (EvdRegistrationDetails *self)
{
  for (guint i = 0; i < self->profile_rows->len; i++)
    adw_preferences_group_remove (self->profile_group, g_ptr_array_index (self->profile_rows, i));
  g_ptr_array_set_size (self->profile_rows, 0);

  /* The names are in the Name row above. */
  for (guint i = 2; i < N_EDITABLE; i++)
    {
      const char *value = ticket_member (self->ticket, editable_fields[i]);
      g_autofree char *label = NULL;

      if (value == NULL || *value == '\0')
        continue;
      label = field_label (self, i);
      add_profile_row (self, label, value);
    }
  add_custom_answers (self);
  adw_preferences_group_set_description (self->profile_group,
                                         self->profile_rows->len == 0
                                         ? _("No details besides the name. Choose Edit to add some.")
                                         : NULL);
}

/* A registration's name for sentences: "Sarah Chen", else the email. */
static char *
dup_display_name (EvdTicket *ticket)
{
  char *name = evd_ticket_dup_full_name (ticket);

  if (name != NULL)
    return name;
  return g_strdup (evd_ticket_get_email (ticket) != NULL ? evd_ticket_get_email (ticket) : _("This attendee"));
}

static void
fill_view (EvdRegistrationDetails *self)
{
  g_autofree char *full_name = NULL;
  g_autofree char *name = NULL;
  const char *type_id;
  const char *link;

  if (self->ticket == NULL)
    return;

  name = dup_display_name (self->ticket);
  adw_window_title_set_subtitle (self->window_title, name);
  full_name = evd_ticket_dup_full_name (self->ticket);
  set_row (self->name_row, full_name, _("No name given"));
  set_row (self->email_row, evd_ticket_get_email (self->ticket), _("No email address"));
  type_id = evd_ticket_get_ticket_type_id (self->ticket);
  set_row (self->ticket_type_row, self->ticket_type_name != NULL ? self->ticket_type_name : type_id,
           _("The event’s default ticket type"));
  set_row (self->status_row, evd_ticket_role_to_label (evd_ticket_get_ticket_role_type (self->ticket)), NULL);
  set_row (self->sign_in_row, evd_authentication_method_to_label (evd_ticket_get_authentication_method (self->ticket)),
           NULL);
  set_row (self->source_row, evd_registration_source_to_label (evd_ticket_get_registration_source (self->ticket)),
           _("Not recorded"));
  set_row (self->external_id_row, evd_ticket_get_external_ticket_id (self->ticket), _("None"));

  link = evd_ticket_get_event_join_link (self->ticket);
  if (link == NULL)
    link = evd_ticket_get_event_registration_link (self->ticket);
  set_row (self->join_link_row, link, _("Zoom gave no link for this registration"));
  gtk_widget_set_visible (GTK_WIDGET (self->qr_row), evd_ticket_get_qr_code_url (self->ticket) != NULL);

  fill_profile (self);
}

static void
ticket_types_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(EvdRegistrationDetails) self = user_data;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;

  types = evd_client_list_ticket_types_finish (EVD_CLIENT (object), result, &error);
  if (types == NULL || self->ticket == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);

      if (g_strcmp0 (evd_ticket_type_get_ticket_type_id (type), evd_ticket_get_ticket_type_id (self->ticket)) == 0)
        {
          g_free (self->ticket_type_name);
          self->ticket_type_name = g_strdup (evd_ticket_type_get_name (type));
        }
    }
  fill_view (self);
}

static const char *
join_link (EvdRegistrationDetails *self)
{
  const char *link = self->ticket != NULL ? evd_ticket_get_event_join_link (self->ticket) : NULL;

  return link != NULL ? link : (self->ticket != NULL ? evd_ticket_get_event_registration_link (self->ticket) : NULL);
}

static void
copy_join_cb (EvdRegistrationDetails *self)
{
  evd_copy_to_clipboard (GTK_WIDGET (self->join_link_row), join_link (self), _("Join link copied"));
}

static void
open_join_cb (EvdRegistrationDetails *self)
{
  evd_open_uri (GTK_WIDGET (self), join_link (self));
}

static void
open_qr_cb (EvdRegistrationDetails *self)
{
  if (self->ticket != NULL)
    evd_open_uri (GTK_WIDGET (self), evd_ticket_get_qr_code_url (self->ticket));
}

/* Editing ----------------------------------------------------------------- */

static void
show_page (EvdRegistrationDetails *self,
           const char             *name)
{
  gboolean editing = g_str_equal (name, "edit");

  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (name, "busy"));
  gtk_widget_set_visible (self->edit_button, g_str_equal (name, "view"));
  gtk_widget_set_visible (self->save_button, editing);
  gtk_widget_set_visible (self->cancel_edit_button, editing);
}

static char *
entry_value (AdwEntryRow *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static gboolean
longer_than (const char *text,
             guint       max_characters)
{
  return (guint) g_utf8_strlen (text, -1) > max_characters;
}

/* What would be sent: only the fields that changed. Returns NULL and sets
 * @message when a value is one Zoom does not take. */
static JsonObject *
collect_changes (EvdRegistrationDetails  *self,
                 char                   **message)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint i = 0; i < N_EDITABLE; i++)
    {
      g_autofree char *value = entry_value (self->entries[i]);
      const char *old = ticket_member (self->ticket, editable_fields[i]);
      const char *problem = NULL;
      char code[3];

      gtk_widget_remove_css_class (GTK_WIDGET (self->entries[i]), "error");
      if (g_strcmp0 (value, old != NULL ? old : "") == 0)
        continue;

      if (i == 0 && longer_than (value, EVD_ZOOM_MAX_NAME))
        problem = evd_problem_kind_get_message (EVD_PROBLEM_FIRST_NAME_TOO_LONG);
      else if (i == 1 && longer_than (value, EVD_ZOOM_MAX_NAME))
        problem = evd_problem_kind_get_message (EVD_PROBLEM_LAST_NAME_TOO_LONG);
      else if (g_str_equal (editable_fields[i], "comments") && longer_than (value, EVD_ZOOM_MAX_COMMENTS))
        problem = evd_problem_kind_get_message (EVD_PROBLEM_COMMENTS_TOO_LONG);
      else if (g_str_equal (editable_fields[i], "country") && *value != '\0')
        {
          if (!evd_country_to_code (value, strlen (value), code))
            problem = evd_problem_kind_get_fix (EVD_PROBLEM_COUNTRY_INVALID);
          else
            {
              g_free (value);
              value = g_strdup (code);
            }
        }

      if (problem != NULL)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->entries[i]), "error");
          g_string_append_printf (problems, "%s%s", problems->len > 0 ? "\n" : "", problem);
          continue;
        }
      json_object_set_string_member (changes, editable_fields[i], value);
    }

  if (problems->len > 0)
    {
      *message = g_string_free (g_steal_pointer (&problems), FALSE);
      return NULL;
    }
  *message = NULL;
  return g_steal_pointer (&changes);
}

static void
edit_changed_cb (EvdRegistrationDetails *self)
{
  g_autofree char *message = NULL;
  g_autoptr(JsonObject) changes = collect_changes (self, &message);

  gtk_label_set_text (self->edit_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->edit_message), message != NULL);
  gtk_widget_set_sensitive (self->save_button, changes != NULL && json_object_get_size (changes) > 0);
}

static void
edit_cb (EvdRegistrationDetails *self)
{
  if (self->ticket == NULL)
    return;
  for (guint i = 0; i < N_EDITABLE; i++)
    {
      const char *value = ticket_member (self->ticket, editable_fields[i]);

      gtk_editable_set_text (GTK_EDITABLE (self->entries[i]), value != NULL ? value : "");
    }
  edit_changed_cb (self);
  show_page (self, "edit");
  gtk_widget_grab_focus (GTK_WIDGET (self->first_name_entry));
}

static void
cancel_edit_cb (EvdRegistrationDetails *self)
{
  show_page (self, "view");
}

/* Escape does what a person expects of it: while editing, what Cancel does
 * (back to the details, nothing sent); otherwise it closes the window. */
static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EvdRegistrationDetails *self = EVD_REGISTRATION_DETAILS (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "edit") == 0)
    gtk_widget_activate (GTK_WIDGET (self->cancel_edit_button));
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
show_error (EvdRegistrationDetails *self,
            const char             *heading,
            const GError           *error)
{
  evd_show_error_dialog (GTK_WIDGET (self), heading, error);
}

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(EvdRegistrationDetails) self = user_data;
  g_autoptr(EvdTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  ticket = evd_client_get_ticket_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (ticket != NULL)
    g_set_object (&self->ticket, ticket);
  /* Saved either way; only the fresh copy is missing. */
  fill_view (self);
  show_page (self, "view");
  evd_show_toast (GTK_WIDGET (self->stack), _("Registration updated"));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
updated_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdRegistrationDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!evd_client_update_ticket_finish (EVD_CLIENT (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_page (self, "edit");
      show_error (self, _("Could Not Save the Changes"), error);
      return;
    }
  evd_client_get_ticket_async (self->client, evd_event_get_event_id (self->event),
                               evd_ticket_get_ticket_id (self->ticket), self->cancellable,
                               reloaded_cb, g_object_ref (self));
}

static void
save_cb (EvdRegistrationDetails *self)
{
  g_autofree char *message = NULL;
  g_autoptr(JsonObject) changes = collect_changes (self, &message);
  g_autoptr(JsonNode) node = NULL;

  if (changes == NULL || self->ticket == NULL)
    return;
  if (json_object_get_size (changes) == 0)
    {
      show_page (self, "view");
      return;
    }

  node = json_node_init_object (json_node_alloc (), changes);
  show_page (self, "busy");
  evd_client_update_ticket_async (self->client, evd_event_get_event_id (self->event),
                                  evd_ticket_get_ticket_id (self->ticket), node, self->cancellable,
                                  updated_cb, g_object_ref (self));
}

/* Removing ---------------------------------------------------------------- */

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdRegistrationDetails) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (!evd_client_delete_ticket_finish (EVD_CLIENT (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_page (self, "view");
      show_error (self, _("Could Not Remove the Registration"), error);
      return;
    }

  name = dup_display_name (self->ticket);
  g_signal_emit (self, signals[SIGNAL_REMOVED], 0, name);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
remove_response_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(EvdRegistrationDetails) self = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  if (g_strcmp0 (response, "remove") != 0 || self->ticket == NULL)
    return;
  show_page (self, "busy");
  evd_client_delete_ticket_async (self->client, evd_event_get_event_id (self->event),
                                  evd_ticket_get_ticket_id (self->ticket), self->cancellable,
                                  deleted_cb, g_object_ref (self));
}

static void
remove_cb (EvdRegistrationDetails *self)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->ticket == NULL)
    return;

  name = dup_display_name (self->ticket);
  /* Translators: %s is the attendee's name */
  heading = g_strdup_printf (_("Remove %s’s Registration?"), name);
  body = g_strdup_printf (_("%s’s join link stops working, and they can no longer join unless they register again."),
                          name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, remove_response_cb, g_object_ref (self));
}

/* For tests --------------------------------------------------------------- */

const char *
evd_registration_details_get_value (EvdRegistrationDetails *self,
                                    const char             *title)
{
  AdwActionRow *rows[] = {
    self->name_row, self->email_row, self->ticket_type_row, self->status_row, self->sign_in_row,
    self->source_row, self->external_id_row, self->join_link_row,
  };

  g_return_val_if_fail (EVD_IS_REGISTRATION_DETAILS (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])), title) == 0)
      return adw_action_row_get_subtitle (rows[i]);
  for (guint i = 0; i < self->profile_rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->profile_rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return adw_action_row_get_subtitle (row);
    }
  return NULL;
}

/* "view", "edit" or "busy" */
const char *
evd_registration_details_get_state (EvdRegistrationDetails *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATION_DETAILS (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
evd_registration_details_edit (EvdRegistrationDetails *self)
{
  g_return_if_fail (EVD_IS_REGISTRATION_DETAILS (self));

  edit_cb (self);
}

/* @field: a wire name, such as "last_name" */
void
evd_registration_details_set_edit_field (EvdRegistrationDetails *self,
                                         const char             *field,
                                         const char             *value)
{
  g_return_if_fail (EVD_IS_REGISTRATION_DETAILS (self));

  for (guint i = 0; i < N_EDITABLE; i++)
    if (g_str_equal (editable_fields[i], field))
      gtk_editable_set_text (GTK_EDITABLE (self->entries[i]), value);
}

const char *
evd_registration_details_get_edit_message (EvdRegistrationDetails *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATION_DETAILS (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->edit_message)) ? gtk_label_get_text (self->edit_message) : NULL;
}

void
evd_registration_details_save (EvdRegistrationDetails *self)
{
  g_return_if_fail (EVD_IS_REGISTRATION_DETAILS (self));

  save_cb (self);
}

/* Asks first: answer the message dialog. */
void
evd_registration_details_remove (EvdRegistrationDetails *self)
{
  g_return_if_fail (EVD_IS_REGISTRATION_DETAILS (self));

  remove_cb (self);
}

/* GObject ----------------------------------------------------------------- */

static void
evd_registration_details_constructed (GObject *object)
{
  EvdRegistrationDetails *self = EVD_REGISTRATION_DETAILS (object);

  G_OBJECT_CLASS (evd_registration_details_parent_class)->constructed (object);

  fill_view (self);
  if (self->client != NULL && self->event != NULL && self->ticket != NULL &&
      evd_ticket_get_ticket_type_id (self->ticket) != NULL)
    evd_client_list_ticket_types_async (self->client, evd_event_get_event_id (self->event), self->cancellable,
                                        ticket_types_cb, g_object_ref (self));
}

static void
evd_registration_details_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  EvdRegistrationDetails *self = EVD_REGISTRATION_DETAILS (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_TICKET:
      g_value_set_object (value, self->ticket);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_registration_details_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  EvdRegistrationDetails *self = EVD_REGISTRATION_DETAILS (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_EVENT:
      self->event = g_value_dup_object (value);
      break;
    case PROP_TICKET:
      self->ticket = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_registration_details_dispose (GObject *object)
{
  EvdRegistrationDetails *self = EVD_REGISTRATION_DETAILS (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_REGISTRATION_DETAILS);

  G_OBJECT_CLASS (evd_registration_details_parent_class)->dispose (object);
}

static void
evd_registration_details_finalize (GObject *object)
{
  EvdRegistrationDetails *self = EVD_REGISTRATION_DETAILS (object);

  g_clear_pointer (&self->profile_rows, g_ptr_array_unref);
  g_clear_pointer (&self->ticket_type_name, g_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->ticket);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_registration_details_parent_class)->finalize (object);
}

static void
evd_registration_details_class_init (EvdRegistrationDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_registration_details_constructed;
  object_class->get_property = evd_registration_details_get_property;
  object_class->set_property = evd_registration_details_set_property;
  object_class->dispose = evd_registration_details_dispose;
  object_class->finalize = evd_registration_details_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL, EVD_TYPE_TICKET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_REMOVED] =
    g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "details.escape", NULL, escape_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "details.escape", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/registrations/evd-registration-details.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, window_title);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, edit_button);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, save_button);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, cancel_edit_button);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, name_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, email_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, ticket_type_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, status_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, sign_in_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, source_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, external_id_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, join_link_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, qr_row);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, profile_group);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, edit_message);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, first_name_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, last_name_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, organization_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, job_title_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, address_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, city_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, state_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, zip_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, country_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, industry_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, organization_size_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationDetails, comments_entry);
  gtk_widget_class_bind_template_callback (widget_class, edit_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_edit_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_join_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_join_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_qr_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_cb);
}

static void
evd_registration_details_init (EvdRegistrationDetails *self)
{
  self->cancellable = g_cancellable_new ();
  self->profile_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries[0] = self->first_name_entry;
  self->entries[1] = self->last_name_entry;
  self->entries[2] = self->organization_entry;
  self->entries[3] = self->job_title_entry;
  self->entries[4] = self->phone_entry;
  self->entries[5] = self->address_entry;
  self->entries[6] = self->city_entry;
  self->entries[7] = self->state_entry;
  self->entries[8] = self->zip_entry;
  self->entries[9] = self->country_entry;
  self->entries[10] = self->industry_entry;
  self->entries[11] = self->organization_size_entry;
  self->entries[12] = self->comments_entry;
}
