/* evd-add-attendee-dialog.c: registers one person, typed in a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-add-attendee-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-add-attendee-dialog.h"
#include "evd-attendee-checker.h"
#include "evd-email.h"
#include "evd-paste-parser.h"
#include "evd-ticket-importer.h"
#include "evd-ticket-type-row.h"
#include "evd-ui-util.h"

/* How long typing must pause before the address is looked up at Zoom. */
#define LOOKUP_DELAY_MS 400

/* The form is checked by the same checker as an imported file, and the
 * person is sent by the same importer, as a one-row import: so the rules,
 * the exactly-once sending and the reasons Zoom gives are the import's. */
struct _EvdAddAttendeeDialog
{
  AdwWindow          parent_instance;

  GtkStack          *stack;
  GtkWidget         *add_button;
  GtkWidget         *cancel_button;
  AdwEntryRow       *email_row;
  AdwEntryRow       *first_name_row;
  AdwEntryRow       *last_name_row;
  AdwEntryRow       *organization_row;
  AdwEntryRow       *job_title_row;
  AdwEntryRow       *phone_row;
  AdwEntryRow       *address_row;
  AdwEntryRow       *city_row;
  AdwEntryRow       *state_row;
  AdwEntryRow       *zip_row;
  AdwEntryRow       *country_row;
  AdwEntryRow       *industry_row;
  GtkLabel          *attendee_message;
  GtkLabel          *details_message;
  EvdTicketTypeRow  *ticket_type_row;
  GtkSwitch         *notify_switch;
  GtkSpinner        *spinner;
  AdwStatusPage     *done_page;
  AdwStatusPage     *refused_page;
  AdwActionRow      *join_link_row;

  EvdClient          *client;
  EvdEvent           *event;
  GCancellable       *cancellable;
  GCancellable       *lookup_cancellable;
  EvdAttendeeChecker *checker;
  GHashTable         *looked_up;    /* normalized emails asked about */
  EvdAttendee        *attendee;     /* what the form holds, checked */
  EvdTicketImporter  *importer;
  char               *messages[EVD_N_IMPORT_FIELDS];
  char               *join_link;
  guint               lookup_source;
  gboolean            checking;
};

G_DEFINE_FINAL_TYPE (EvdAddAttendeeDialog, evd_add_attendee_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  N_PROPS
};

enum {
  SIGNAL_REGISTERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
evd_add_attendee_dialog_new (GtkWindow *parent,
                             EvdClient *client,
                             EvdEvent  *event)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  return g_object_new (EVD_TYPE_ADD_ATTENDEE_DIALOG,
                       "transient-for", parent,
                       "client", client,
                       "event", event,
                       NULL);
}

static AdwEntryRow *
row_for_field (EvdAddAttendeeDialog *self,
               EvdImportField        field)
{
  switch (field)
    {
    case EVD_IMPORT_FIELD_EMAIL: return self->email_row;
    case EVD_IMPORT_FIELD_FIRST_NAME: return self->first_name_row;
    case EVD_IMPORT_FIELD_LAST_NAME: return self->last_name_row;
    case EVD_IMPORT_FIELD_ORGANIZATION: return self->organization_row;
    case EVD_IMPORT_FIELD_JOB_TITLE: return self->job_title_row;
    case EVD_IMPORT_FIELD_PHONE: return self->phone_row;
    case EVD_IMPORT_FIELD_ADDRESS: return self->address_row;
    case EVD_IMPORT_FIELD_CITY: return self->city_row;
    case EVD_IMPORT_FIELD_STATE: return self->state_row;
    case EVD_IMPORT_FIELD_ZIP: return self->zip_row;
    case EVD_IMPORT_FIELD_COUNTRY: return self->country_row;
    case EVD_IMPORT_FIELD_INDUSTRY: return self->industry_row;
    case EVD_IMPORT_FIELD_IGNORED:
    case EVD_IMPORT_FIELD_FULL_NAME:
    case EVD_IMPORT_FIELD_ORGANIZATION_SIZE:
    case EVD_IMPORT_FIELD_COMMENTS:
    case EVD_IMPORT_FIELD_EXTERNAL_TICKET_ID:
    case EVD_N_IMPORT_FIELDS:
    default:
      return NULL;
    }
}

/* The field where a problem is shown. */
static EvdImportField
field_for_problem (EvdProblemKind kind)
{
  switch (kind)
    {
    case EVD_PROBLEM_FIRST_NAME_TOO_LONG: return EVD_IMPORT_FIELD_FIRST_NAME;
    case EVD_PROBLEM_LAST_NAME_TOO_LONG: return EVD_IMPORT_FIELD_LAST_NAME;
    case EVD_PROBLEM_COUNTRY_INVALID: return EVD_IMPORT_FIELD_COUNTRY;
    case EVD_PROBLEM_EMAIL_MISSING:
    case EVD_PROBLEM_EMAIL_INVALID:
    case EVD_PROBLEM_EMAIL_TOO_LONG:
    case EVD_PROBLEM_DUPLICATE:
    case EVD_PROBLEM_ALREADY_REGISTERED:
      return EVD_IMPORT_FIELD_EMAIL;
    case EVD_PROBLEM_NONE:
    case EVD_PROBLEM_COMMENTS_TOO_LONG:
    case EVD_PROBLEM_EXTERNAL_TICKET_ID_TOO_LONG:
    case EVD_PROBLEM_RAGGED_ROW:
    default:
      return EVD_IMPORT_FIELD_IGNORED;
    }
}

static const char *
field_text (EvdAddAttendeeDialog *self,
            EvdImportField        field)
{
  AdwEntryRow *row = row_for_field (self, field);

  return row != NULL ? gtk_editable_get_text (GTK_EDITABLE (row)) : NULL;
}

static const char *
email_text (EvdAddAttendeeDialog *self)
{
  return field_text (self, EVD_IMPORT_FIELD_EMAIL);
}

static gboolean
email_is_empty (EvdAddAttendeeDialog *self)
{
  gsize length;

  evd_text_trim_span (email_text (self), &length);
  return length == 0;
}

static void
show_messages (EvdAddAttendeeDialog *self,
               GtkLabel             *label,
               const EvdImportField *fields,
               guint                 n_fields)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_fields; i++)
    if (self->messages[fields[i]] != NULL)
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", self->messages[fields[i]]);
  gtk_label_set_text (label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (label), text->len > 0);
}

static void
set_message (EvdAddAttendeeDialog *self,
             EvdImportField        field,
             const char           *message)
{
  AdwEntryRow *row = row_for_field (self, field);

  g_free (self->messages[field]);
  self->messages[field] = g_strdup (message);
  if (row != NULL)
    evd_mark_field (GTK_WIDGET (row), message != NULL ? "error" : NULL);
}

static EvdAttendee *
attendee_from_form (EvdAddAttendeeDialog *self)
{
  EvdAttendee *attendee = evd_attendee_new (1);

  for (EvdImportField field = 0; field < EVD_N_IMPORT_FIELDS; field++)
    if (row_for_field (self, field) != NULL)
      evd_attendee_set_field (attendee, field, field_text (self, field));
  return attendee;
}

static void
update_add_button (EvdAddAttendeeDialog *self)
{
  gtk_widget_set_sensitive (self->add_button, evd_add_attendee_dialog_can_add (self));
}

/* Runs the import's checks over the form and shows what they say beside
 * the fields. An empty address is not called wrong until there is text. */
static void
check_form (EvdAddAttendeeDialog *self)
{
  static const EvdImportField attendee_fields[] = {
    EVD_IMPORT_FIELD_EMAIL, EVD_IMPORT_FIELD_FIRST_NAME, EVD_IMPORT_FIELD_LAST_NAME,
  };
  static const EvdImportField detail_fields[] = { EVD_IMPORT_FIELD_COUNTRY };
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(GError) error = NULL;
  EvdProblemKind problems = EVD_PROBLEM_NONE;

  g_ptr_array_add (attendees, attendee_from_form (self));
  report = evd_attendees_check (attendees, self->checker, &error);
  g_clear_object (&self->attendee);
  if (report != NULL)
    {
      self->attendee = evd_check_report_create_attendee (report, 0);
      problems = evd_attendee_get_problems (self->attendee);
    }
  else
    g_warning ("The form could not be checked: %s", error->message);

  for (EvdImportField field = 0; field < EVD_N_IMPORT_FIELDS; field++)
    set_message (self, field, NULL);
  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    {
      EvdProblemKind kind = evd_problem_kind_from_index (i);
      EvdImportField field = field_for_problem (kind);

      if ((problems & kind) == 0 || field == EVD_IMPORT_FIELD_IGNORED || self->messages[field] != NULL)
        continue;
      if (kind == EVD_PROBLEM_EMAIL_MISSING)
        continue;
      if (kind == EVD_PROBLEM_ALREADY_REGISTERED)
        set_message (self, field, _("Already registered for this event: this person has a join link already. "
                                    "Find them in the list to see it."));
      else
        set_message (self, field, evd_problem_kind_get_message (kind));
    }

  show_messages (self, self->attendee_message, attendee_fields, G_N_ELEMENTS (attendee_fields));
  show_messages (self, self->details_message, detail_fields, G_N_ELEMENTS (detail_fields));
  update_add_button (self);
}

/* Looking the address up ---------------------------------------------------- */

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EvdAddAttendeeDialog) self = user_data;
  g_autoptr(EvdTicketPage) page = NULL;
  g_autoptr(GError) error = NULL;

  page = evd_client_list_tickets_page_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Without an answer the import still skips a registered person. */
  if (error != NULL)
    g_debug ("Could not look the address up: %s", error->message);
  else if (g_list_model_get_n_items (evd_ticket_page_get_tickets (page)) > 0)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (evd_ticket_page_get_tickets (page), 0);

      evd_attendee_checker_add_registered_email (self->checker, evd_ticket_get_email (ticket));
    }

  self->checking = FALSE;
  check_form (self);
}

static gboolean
lookup_timeout_cb (gpointer user_data)
{
  EvdAddAttendeeDialog *self = user_data;
  const char *email = evd_attendee_get_email (self->attendee);

  self->lookup_source = 0;
  if (email == NULL || self->client == NULL || self->event == NULL)
    {
      self->checking = FALSE;
      check_form (self);
      return G_SOURCE_REMOVE;
    }

  g_hash_table_add (self->looked_up, evd_email_normalize (email));
  g_cancellable_cancel (self->lookup_cancellable);
  g_clear_object (&self->lookup_cancellable);
  self->lookup_cancellable = g_cancellable_new ();
  evd_client_list_tickets_page_async (self->client, evd_event_get_event_id (self->event), NULL, 1, email, NULL,
                                      self->lookup_cancellable, lookup_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* A valid address not asked about yet is looked up once typing pauses. */
static void
maybe_look_up (EvdAddAttendeeDialog *self)
{
  const char *email = self->attendee != NULL ? evd_attendee_get_email (self->attendee) : NULL;
  g_autofree char *key = NULL;

  g_clear_handle_id (&self->lookup_source, g_source_remove);
  g_cancellable_cancel (self->lookup_cancellable);
  self->checking = FALSE;

  if (email == NULL || (evd_attendee_get_problems (self->attendee) & EVD_PROBLEM_ERRORS) != 0)
    return;
  key = evd_email_normalize (email);
  if (g_hash_table_contains (self->looked_up, key))
    return;

  self->checking = TRUE;
  self->lookup_source = g_timeout_add (LOOKUP_DELAY_MS, lookup_timeout_cb, self);
}

static void
field_changed_cb (EvdAddAttendeeDialog *self)
{
  check_form (self);
  maybe_look_up (self);
  update_add_button (self);
}

/* Sending ----------------------------------------------------------------- */

static char *
display_name (EvdAttendee *attendee)
{
  const char *first = evd_attendee_get_field (attendee, EVD_IMPORT_FIELD_FIRST_NAME);
  const char *last = evd_attendee_get_field (attendee, EVD_IMPORT_FIELD_LAST_NAME);

  if (first != NULL || last != NULL)
    return g_strstrip (g_strdup_printf ("%s %s", first != NULL ? first : "", last != NULL ? last : ""));
  return g_strdup (evd_attendee_get_email (attendee));
}

static void
show_done (EvdAddAttendeeDialog *self,
           EvdImportRow         *row)
{
  g_autofree char *name = display_name (self->attendee);
  g_autofree char *title = NULL;

  g_free (self->join_link);
  self->join_link = g_strdup (evd_import_row_get_join_link (row));

  /* Translators: %s is the attendee's name, or their email address */
  title = g_strdup_printf (_("%s is registered"), name);
  adw_status_page_set_title (self->done_page, title);
  adw_status_page_set_description (self->done_page,
                                   gtk_switch_get_active (self->notify_switch)
                                   ? _("Zoom is emailing them this link. It is theirs alone: "
                                       "anyone who has it can join as them.")
                                   : _("Zoom does not email them: send them this link yourself. "
                                       "It is theirs alone: anyone who has it can join as them."));
  adw_action_row_set_subtitle (self->join_link_row, self->join_link != NULL ? self->join_link : "");
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_set_visible (self->add_button, FALSE);
  gtk_widget_set_visible (self->cancel_button, FALSE);
  g_signal_emit (self, signals[SIGNAL_REGISTERED], 0, evd_import_row_get_ticket_id (row));
}

static void
show_refused (EvdAddAttendeeDialog *self,
              const char           *reason)
{
  g_autofree char *escaped = g_markup_escape_text (reason != NULL ? reason : "", -1);

  /* The status page reads markup; Zoom's words are not. */
  adw_status_page_set_description (self->refused_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "refused");
  gtk_widget_set_sensitive (self->add_button, FALSE);
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(EvdAddAttendeeDialog) self = user_data;
  g_autoptr(EvdImportResult) import_result = NULL;
  g_autoptr(EvdImportRow) row = NULL;
  g_autoptr(GError) error = NULL;

  import_result = evd_ticket_importer_run_finish (EVD_TICKET_IMPORTER (object), result, &error);
  gtk_spinner_set_spinning (self->spinner, FALSE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      show_refused (self, error->message);
      return;
    }

  row = g_list_model_get_item (evd_import_result_get_rows (import_result), 0);
  switch (evd_import_row_get_state (row))
    {
    case EVD_IMPORT_ROW_CREATED:
      show_done (self, row);
      break;
    case EVD_IMPORT_ROW_ALREADY_REGISTERED:
      /* Registered since the field was checked: say so there. */
      evd_attendee_checker_add_registered_email (self->checker, evd_import_row_get_email (row));
      gtk_stack_set_visible_child_name (self->stack, "form");
      check_form (self);
      break;
    case EVD_IMPORT_ROW_FAILED:
      show_refused (self, evd_import_row_get_reason (row));
      break;
    case EVD_IMPORT_ROW_PENDING:
    case EVD_IMPORT_ROW_SENDING:
    default:
      show_refused (self, _("Zoom did not say whether this person is registered. Check the list of registrations "
                            "before adding them again."));
      break;
    }
}

static void
add_clicked_cb (EvdAddAttendeeDialog *self)
{
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdImportOptions) options = evd_import_options_new ();

  if (!evd_add_attendee_dialog_can_add (self))
    return;

  g_free (options->ticket_type_id);
  options->ticket_type_id = g_strdup (evd_ticket_type_row_get_selected_id (self->ticket_type_row));
  options->send_notification = gtk_switch_get_active (self->notify_switch);
  g_ptr_array_add (attendees, g_object_ref (self->attendee));

  g_clear_object (&self->importer);
  self->importer = evd_ticket_importer_new (self->client, evd_event_get_event_id (self->event), attendees, options);

  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (self->add_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "sending");
  gtk_spinner_set_spinning (self->spinner, TRUE);
  evd_ticket_importer_run_async (self->importer, self->cancellable, run_cb, g_object_ref (self));
}

static void
cancel_clicked_cb (EvdAddAttendeeDialog *self)
{
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_close (GTK_WINDOW (self));
}

static void
back_clicked_cb (EvdAddAttendeeDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "form");
  update_add_button (self);
}

static void
add_another_clicked_cb (EvdAddAttendeeDialog *self)
{
  for (EvdImportField field = 0; field < EVD_N_IMPORT_FIELDS; field++)
    if (row_for_field (self, field) != NULL)
      gtk_editable_set_text (GTK_EDITABLE (row_for_field (self, field)), "");
  g_clear_pointer (&self->join_link, g_free);
  gtk_widget_set_visible (self->add_button, TRUE);
  gtk_widget_set_visible (self->cancel_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->email_row));
  check_form (self);
}

static void
copy_clicked_cb (EvdAddAttendeeDialog *self)
{
  evd_add_attendee_dialog_copy_join_link (self);
}

/* For tests --------------------------------------------------------------- */

void
evd_add_attendee_dialog_set_field (EvdAddAttendeeDialog *self,
                                   EvdImportField        field,
                                   const char           *value)
{
  AdwEntryRow *row;

  g_return_if_fail (EVD_IS_ADD_ATTENDEE_DIALOG (self));

  row = row_for_field (self, field);
  g_return_if_fail (row != NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
}

/* The message shown beside @field, or %NULL when it is fine. */
const char *
evd_add_attendee_dialog_get_field_message (EvdAddAttendeeDialog *self,
                                           EvdImportField        field)
{
  g_return_val_if_fail (EVD_IS_ADD_ATTENDEE_DIALOG (self), NULL);
  g_return_val_if_fail (field < EVD_N_IMPORT_FIELDS, NULL);

  return self->messages[field];
}

/* Whether the address is being looked up at Zoom. */
gboolean
evd_add_attendee_dialog_is_checking (EvdAddAttendeeDialog *self)
{
  g_return_val_if_fail (EVD_IS_ADD_ATTENDEE_DIALOG (self), FALSE);

  return self->checking;
}

gboolean
evd_add_attendee_dialog_can_add (EvdAddAttendeeDialog *self)
{
  g_return_val_if_fail (EVD_IS_ADD_ATTENDEE_DIALOG (self), FALSE);

  return self->client != NULL && self->event != NULL && self->attendee != NULL &&
         !email_is_empty (self) && !self->checking &&
         evd_attendee_get_status (self->attendee) == EVD_ATTENDEE_VALID &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "form") == 0;
}

void
evd_add_attendee_dialog_add (EvdAddAttendeeDialog *self)
{
  g_return_if_fail (EVD_IS_ADD_ATTENDEE_DIALOG (self));

  add_clicked_cb (self);
}

/**
 * evd_add_attendee_dialog_get_state:
 *
 * Returns: "form", "sending", "done" or "refused"
 */
const char *
evd_add_attendee_dialog_get_state (EvdAddAttendeeDialog *self)
{
  g_return_val_if_fail (EVD_IS_ADD_ATTENDEE_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
evd_add_attendee_dialog_get_join_link (EvdAddAttendeeDialog *self)
{
  g_return_val_if_fail (EVD_IS_ADD_ATTENDEE_DIALOG (self), NULL);

  return self->join_link;
}

void
evd_add_attendee_dialog_copy_join_link (EvdAddAttendeeDialog *self)
{
  g_return_if_fail (EVD_IS_ADD_ATTENDEE_DIALOG (self));

  evd_copy_to_clipboard (GTK_WIDGET (self->join_link_row), self->join_link, _("Join link copied"));
}

/* GObject ----------------------------------------------------------------- */

static void
evd_add_attendee_dialog_constructed (GObject *object)
{
  EvdAddAttendeeDialog *self = EVD_ADD_ATTENDEE_DIALOG (object);

  G_OBJECT_CLASS (evd_add_attendee_dialog_parent_class)->constructed (object);

  if (self->client != NULL && self->event != NULL)
    evd_ticket_type_row_load (self->ticket_type_row, self->client, evd_event_get_event_id (self->event),
                              self->cancellable);
  check_form (self);
}

static void
evd_add_attendee_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  EvdAddAttendeeDialog *self = EVD_ADD_ATTENDEE_DIALOG (object);

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
evd_add_attendee_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  EvdAddAttendeeDialog *self = EVD_ADD_ATTENDEE_DIALOG (object);

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
evd_add_attendee_dialog_dispose (GObject *object)
{
  EvdAddAttendeeDialog *self = EVD_ADD_ATTENDEE_DIALOG (object);

  g_clear_handle_id (&self->lookup_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->lookup_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_ADD_ATTENDEE_DIALOG);

  G_OBJECT_CLASS (evd_add_attendee_dialog_parent_class)->dispose (object);
}

static void
evd_add_attendee_dialog_finalize (GObject *object)
{
  EvdAddAttendeeDialog *self = EVD_ADD_ATTENDEE_DIALOG (object);

  for (guint i = 0; i < EVD_N_IMPORT_FIELDS; i++)
    g_free (self->messages[i]);
  g_free (self->join_link);
  g_clear_object (&self->importer);
  g_clear_object (&self->attendee);
  g_clear_pointer (&self->looked_up, g_hash_table_unref);
  g_clear_object (&self->checker);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->lookup_cancellable);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_add_attendee_dialog_parent_class)->finalize (object);
}

static void
evd_add_attendee_dialog_class_init (EvdAddAttendeeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_add_attendee_dialog_constructed;
  object_class->get_property = evd_add_attendee_dialog_get_property;
  object_class->set_property = evd_add_attendee_dialog_set_property;
  object_class->dispose = evd_add_attendee_dialog_dispose;
  object_class->finalize = evd_add_attendee_dialog_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_REGISTERED] =
    g_signal_new ("registered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (EVD_TYPE_TICKET_TYPE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/registrations/evd-add-attendee-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, organization_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, job_title_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, city_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, state_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, zip_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, industry_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, attendee_message);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, details_message);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, ticket_type_row);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, notify_switch);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, refused_page);
  gtk_widget_class_bind_template_child (widget_class, EvdAddAttendeeDialog, join_link_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_another_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
}

static void
evd_add_attendee_dialog_init (EvdAddAttendeeDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->checker = evd_attendee_checker_new ();
  self->looked_up = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}
