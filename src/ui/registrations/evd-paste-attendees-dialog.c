/* evd-paste-attendees-dialog.c: registers the people in a pasted list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-paste-attendees-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-duplicate-tickets.h"
#include "evd-email.h"
#include "evd-import-progress-view.h"
#include "evd-import-report-view.h"
#include "evd-page-util.h"
#include "evd-paste-attendees-dialog.h"
#include "evd-paste-parser.h"
#include "evd-ticket-importer.h"
#include "evd-ticket-type-row.h"
#include "evd-ui-util.h"

/* How long typing or pasting must pause before the text is read again. */
#define PARSE_DELAY_MS 300
/* Address look-ups at Zoom in flight at once. */
#define MAX_LOOKUPS 4

typedef enum
{
  COLUMN_LINE,
  COLUMN_NAME,
  COLUMN_EMAIL,
  COLUMN_STATUS,
} Column;

/* The text is read by the paste parser and checked by the import's
 * checker; the people it finds are sent by the import's engine. */
struct _EvdPasteAttendeesDialog
{
  AdwWindow           parent_instance;

  GtkStack           *stack;
  GtkWidget          *send_button;
  GtkWidget          *cancel_button;
  GtkTextView        *text_view;
  GtkWidget          *placeholder;
  GtkLabel           *summary_label;
  GtkColumnView      *column_view;
  EvdTicketTypeRow   *ticket_type_row;
  GtkSwitch          *notify_switch;
  GtkBox             *progress_box;
  GtkBox             *report_box;

  /* the import's own progress and report views */
  EvdImportProgressView *progress_view;
  EvdImportReportView   *report_view;

  GListStore         *rows;          /* EvdAttendee, as checked */
  EvdCheckReport     *report;
  EvdAttendeeChecker *checker;
  GHashTable         *looked_up;     /* normalized emails asked about */
  GQueue              lookup_queue;  /* char *emails */
  guint               lookups_in_flight;
  guint               parse_source;
  EvdPasteFormat      format;

  EvdClient          *client;
  EvdEvent           *event;
  EvdTicketImporter  *importer;
  EvdImportResult    *result;
  GCancellable       *cancellable;
  GCancellable       *send_cancellable;
};

G_DEFINE_FINAL_TYPE (EvdPasteAttendeesDialog, evd_paste_attendees_dialog, ADW_TYPE_WINDOW)

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

static void reparse (EvdPasteAttendeesDialog *self);

GtkWidget *
evd_paste_attendees_dialog_new (GtkWindow *parent,
                                EvdClient *client,
                                EvdEvent  *event)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  return g_object_new (EVD_TYPE_PASTE_ATTENDEES_DIALOG,
                       "transient-for", parent,
                       "client", client,
                       "event", event,
                       NULL);
}

/* Words ------------------------------------------------------------------- */

static char *
attendee_name (EvdAttendee *attendee)
{
  const char *first = evd_attendee_get_field (attendee, EVD_IMPORT_FIELD_FIRST_NAME);
  const char *last = evd_attendee_get_field (attendee, EVD_IMPORT_FIELD_LAST_NAME);

  return g_strstrip (g_strdup_printf ("%s %s", first != NULL ? first : "", last != NULL ? last : ""));
}

char *
evd_paste_attendee_describe (EvdAttendee *attendee)
{
  g_autoptr(GString) text = NULL;
  EvdProblemKind problems;

  g_return_val_if_fail (EVD_IS_ATTENDEE (attendee), NULL);

  switch (evd_attendee_get_status (attendee))
    {
    case EVD_ATTENDEE_VALID:
      if (evd_attendee_get_email_as_written (attendee) != NULL)
        /* Translators: %s is what was pasted, such as “<kim@example.com>” or “mailto:kim@example.com” */
        return g_strdup_printf (_("Ready to register: only the address is kept from “%s”"),
                                evd_attendee_get_email_as_written (attendee));
      return g_strdup (_("Ready to register"));
    case EVD_ATTENDEE_DUPLICATE:
      /* Translators: %u is a line number of the pasted text */
      return g_strdup_printf (_("Same address as line %u: registered once"),
                              evd_attendee_get_duplicate_of (attendee));
    case EVD_ATTENDEE_ALREADY_REGISTERED:
      return g_strdup (evd_problem_kind_get_message (EVD_PROBLEM_ALREADY_REGISTERED));
    case EVD_ATTENDEE_INVALID:
    default:
      break;
    }

  text = g_string_new (NULL);
  problems = evd_attendee_get_problems (attendee);
  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    {
      EvdProblemKind kind = evd_problem_kind_from_index (i);

      if ((problems & kind) != 0 && evd_problem_kind_get_severity (kind) == EVD_PROBLEM_SEVERITY_ERROR)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "; " : "", evd_problem_kind_get_message (kind));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
status_icon (EvdAttendeeStatus status)
{
  switch (status)
    {
    case EVD_ATTENDEE_VALID: return "emblem-ok-symbolic";
    case EVD_ATTENDEE_INVALID: return "dialog-error-symbolic";
    case EVD_ATTENDEE_DUPLICATE:
    case EVD_ATTENDEE_ALREADY_REGISTERED:
    default:
      return "dialog-information-symbolic";
    }
}

/* The table --------------------------------------------------------------- */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column == COLUMN_LINE)
    gtk_widget_add_css_class (label, "numeric");

  if (column == COLUMN_STATUS)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      gtk_box_append (GTK_BOX (box), gtk_image_new ());
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
      return;
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  EvdAttendee *attendee = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_LINE:
      text = g_strdup_printf ("%u", evd_attendee_get_row_number (attendee));
      break;
    case COLUMN_NAME:
      text = attendee_name (attendee);
      break;
    case COLUMN_EMAIL:
      text = g_strdup (evd_attendee_get_email (attendee) != NULL ? evd_attendee_get_email (attendee) : "");
      break;
    case COLUMN_STATUS:
    default:
      {
        GtkWidget *icon = gtk_widget_get_first_child (child);
        EvdAttendeeStatus status = evd_attendee_get_status (attendee);

        gtk_image_set_from_icon_name (GTK_IMAGE (icon), status_icon (status));
        if (status == EVD_ATTENDEE_INVALID)
          gtk_widget_add_css_class (icon, "error");
        else
          gtk_widget_remove_css_class (icon, "error");
        if (status == EVD_ATTENDEE_VALID)
          gtk_widget_add_css_class (icon, "success");
        else
          gtk_widget_remove_css_class (icon, "success");
        child = gtk_widget_get_last_child (child);
        text = evd_paste_attendee_describe (attendee);
        gtk_widget_set_tooltip_text (child, text);
      }
      break;
    }
  gtk_label_set_text (GTK_LABEL (child), text);
}

/* Columns keep a readable width; a narrow window scrolls sideways. */
static void
add_column (EvdPasteAttendeesDialog *self,
            const char              *title,
            Column                   column,
            int                      width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, column != COLUMN_LINE);
  gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

/* Reading the text -------------------------------------------------------- */

static char *
dup_text (EvdPasteAttendeesDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
is_checking (EvdPasteAttendeesDialog *self)
{
  return self->parse_source != 0 || self->lookups_in_flight > 0 || !g_queue_is_empty (&self->lookup_queue);
}

static void
append_count (GString    *text,
              const char *format,
              guint       count)
{
  g_autofree char *part = NULL;

  if (count == 0)
    return;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  part = g_strdup_printf (format, count);
#pragma GCC diagnostic pop
  g_string_append_printf (text, " · %s", part);
}

static void
update_summary (EvdPasteAttendeesDialog *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_valid = self->report != NULL ? evd_check_report_get_n_valid (self->report) : 0;
  g_autofree char *label = NULL;

  if (self->report == NULL || evd_check_report_get_n_rows (self->report) == 0)
    g_string_append (text, _("Nothing pasted yet."));
  else
    {
      guint counts[] = {
        evd_check_report_get_n_invalid (self->report),
        evd_check_report_get_n_duplicates (self->report),
        evd_check_report_get_n_already_registered (self->report),
      };

      g_autofree char *ready = NULL;

      /* Translators: the first part of a summary of a pasted list */
      ready = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person to register", "%u people to register",
                                            n_valid), n_valid);
      g_string_append (text, ready);
      append_count (text, g_dngettext (GETTEXT_PACKAGE, "%u not valid", "%u not valid", counts[0]), counts[0]);
      append_count (text, g_dngettext (GETTEXT_PACKAGE, "%u repeated", "%u repeated", counts[1]), counts[1]);
      append_count (text, g_dngettext (GETTEXT_PACKAGE, "%u already registered", "%u already registered", counts[2]),
                    counts[2]);
      /* How the text was understood, so a wrong guess shows at once. */
      g_string_append_printf (text, ". %s.", evd_paste_format_get_label (self->format));
    }

  if (is_checking (self) && self->report != NULL && evd_check_report_get_n_rows (self->report) > 0)
    g_string_append_printf (text, " — %s", _("checking who is registered already…"));
  gtk_label_set_text (self->summary_label, text->str);

  /* Translators: the button that sends a pasted list */
  label = n_valid > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Register %u Attendee", "_Register %u Attendees",
                                                      n_valid), n_valid)
                      : g_strdup (_("_Register"));
  gtk_button_set_label (GTK_BUTTON (self->send_button), label);
  gtk_widget_set_sensitive (self->send_button, evd_paste_attendees_dialog_can_send (self));
}

static void lookup_next (EvdPasteAttendeesDialog *self);

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EvdPasteAttendeesDialog) self = user_data;
  g_autoptr(EvdTicketPage) page = NULL;
  g_autoptr(GError) error = NULL;

  page = evd_client_list_tickets_page_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->lookups_in_flight--;

  /* Without an answer the import still skips a registered person. */
  if (error != NULL)
    g_debug ("Could not look an address up: %s", error->message);
  else if (g_list_model_get_n_items (evd_ticket_page_get_tickets (page)) > 0)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (evd_ticket_page_get_tickets (page), 0);

      evd_attendee_checker_add_registered_email (self->checker, evd_ticket_get_email (ticket));
    }

  if (self->lookups_in_flight == 0 && g_queue_is_empty (&self->lookup_queue))
    reparse (self);
  else
    lookup_next (self);
}

static void
lookup_next (EvdPasteAttendeesDialog *self)
{
  while (self->lookups_in_flight < MAX_LOOKUPS && !g_queue_is_empty (&self->lookup_queue))
    {
      g_autofree char *email = g_queue_pop_head (&self->lookup_queue);

      self->lookups_in_flight++;
      evd_client_list_tickets_page_async (self->client, evd_event_get_event_id (self->event), NULL, 1, email, NULL,
                                          self->cancellable, lookup_cb, g_object_ref (self));
    }
}

/* Asks Zoom about every valid address not asked about yet. */
static void
queue_lookups (EvdPasteAttendeesDialog *self)
{
  if (self->client == NULL || self->event == NULL || self->report == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(EvdAttendee) attendee = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      g_autofree char *key = NULL;

      if (evd_attendee_get_status (attendee) != EVD_ATTENDEE_VALID)
        continue;
      key = evd_email_normalize (evd_attendee_get_email (attendee));
      if (g_hash_table_contains (self->looked_up, key))
        continue;
      g_hash_table_add (self->looked_up, g_strdup (key));
      g_queue_push_tail (&self->lookup_queue, g_steal_pointer (&key));
    }
  lookup_next (self);
}

static void
reparse (EvdPasteAttendeesDialog *self)
{
  g_autofree char *text = dup_text (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);

  g_clear_object (&self->report);
  self->report = evd_paste_parse (text, self->checker, &self->format, &error);
  if (self->report == NULL)
    g_warning ("Pasted text not checked: %s", error->message);

  for (guint i = 0; self->report != NULL && i < evd_check_report_get_n_rows (self->report); i++)
    g_ptr_array_add (attendees, evd_check_report_create_attendee (self->report, i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       attendees->pdata, attendees->len);

  queue_lookups (self);
  update_summary (self);
}

static gboolean
parse_timeout_cb (gpointer user_data)
{
  EvdPasteAttendeesDialog *self = user_data;

  self->parse_source = 0;
  reparse (self);
  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (EvdPasteAttendeesDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_widget_set_visible (self->placeholder, gtk_text_buffer_get_char_count (buffer) == 0);
  g_clear_handle_id (&self->parse_source, g_source_remove);
  self->parse_source = g_timeout_add (PARSE_DELAY_MS, parse_timeout_cb, self);
  update_summary (self);
}

/* Progress and report ----------------------------------------------------- */

static void
done_clicked_cb (EvdPasteAttendeesDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* The import's progress and report views, as the file import shows them. */
static void
extras_removed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(EvdPasteAttendeesDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  guint removed = evd_duplicate_tickets_remove_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  evd_import_report_view_show_extras_removed (self->report_view, error != NULL ? 0 : removed, error);
}

/* "Remove N Extra Tickets": the check after sending found someone with more
 * than one ticket for the event. */
static void
remove_extras_cb (EvdPasteAttendeesDialog *self)
{
  GPtrArray *extras = self->result != NULL ? evd_import_result_get_extra_tickets (self->result) : NULL;

  if (extras == NULL || extras->len == 0 || self->client == NULL || self->event == NULL)
    return;
  evd_duplicate_tickets_remove_async (self->client, evd_event_get_event_id (self->event), extras,
                                      self->cancellable, extras_removed_cb, g_object_ref (self));
}

static void
build_progress_and_report (EvdPasteAttendeesDialog *self)
{
  GtkWidget *done = gtk_button_new_with_mnemonic (_("_Done"));

  self->progress_view = EVD_IMPORT_PROGRESS_VIEW (evd_import_progress_view_new ());
  evd_import_progress_view_set_title (self->progress_view, _("Registering attendees…"));
  gtk_box_append (self->progress_box, GTK_WIDGET (self->progress_view));

  self->report_view = EVD_IMPORT_REPORT_VIEW (evd_import_report_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->report_view), TRUE);
  evd_import_report_view_set_suggested_name (self->report_view, _("Pasted attendees"));
  gtk_widget_set_halign (done, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (done, 12);
  gtk_widget_set_margin_bottom (done, 12);
  gtk_widget_add_css_class (done, "pill");
  gtk_widget_add_css_class (done, "suggested-action");
  g_signal_connect_swapped (done, "clicked", G_CALLBACK (done_clicked_cb), self);
  g_signal_connect_swapped (self->report_view, "remove-extra-tickets", G_CALLBACK (remove_extras_cb), self);
  gtk_box_append (self->report_box, GTK_WIDGET (self->report_view));
  gtk_box_append (self->report_box, done);
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(EvdPasteAttendeesDialog) self = user_data;
  g_autoptr(EvdImportResult) import_result = NULL;
  g_autoptr(GError) error = NULL;

  import_result = evd_ticket_importer_run_finish (EVD_TICKET_IMPORTER (object), result, &error);
  if (self->report_view == NULL)
    return;  /* the window is gone */

  /* Whatever stopped it early is in the result, and the view says it. */
  g_set_object (&self->result, evd_ticket_importer_get_result (EVD_TICKET_IMPORTER (object)));
  evd_import_report_view_set_result (self->report_view, self->result, self->report);
  gtk_stack_set_visible_child_name (self->stack, "report");
  gtk_widget_set_visible (self->send_button, FALSE);
  gtk_widget_set_visible (self->cancel_button, FALSE);

  if (evd_import_result_get_n_created (self->result) > 0)
    g_signal_emit (self, signals[SIGNAL_REGISTERED], 0, NULL);
}

static void
send_clicked_cb (EvdPasteAttendeesDialog *self)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(EvdImportOptions) options = evd_import_options_new ();

  if (!evd_paste_attendees_dialog_can_send (self))
    return;

  attendees = evd_check_report_dup_attendees (self->report, EVD_ATTENDEE_VALID);
  g_free (options->ticket_type_id);
  options->ticket_type_id = g_strdup (evd_ticket_type_row_get_selected_id (self->ticket_type_row));
  options->send_notification = gtk_switch_get_active (self->notify_switch);

  g_clear_object (&self->importer);
  self->importer = evd_ticket_importer_new (self->client, evd_event_get_event_id (self->event), attendees, options);
  g_clear_object (&self->send_cancellable);
  self->send_cancellable = g_cancellable_new ();
  evd_import_progress_view_set_importer (self->progress_view, self->importer);
  evd_import_progress_view_set_cancellable (self->progress_view, self->send_cancellable);

  /* The progress view has its own Cancel, which keeps what was sent. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_visible (self->send_button, FALSE);
  gtk_widget_set_visible (self->cancel_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  evd_ticket_importer_run_async (self->importer, self->send_cancellable, run_cb, g_object_ref (self));
}

static void
close_clicked_cb (EvdPasteAttendeesDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* For tests --------------------------------------------------------------- */

void
evd_paste_attendees_dialog_set_text (EvdPasteAttendeesDialog *self,
                                     const char              *text)
{
  g_return_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
}

/* Whether the text is waiting to be read or addresses to be looked up. */
gboolean
evd_paste_attendees_dialog_is_checking (EvdPasteAttendeesDialog *self)
{
  g_return_val_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self), FALSE);

  return is_checking (self);
}

/**
 * evd_paste_attendees_dialog_get_rows:
 *
 * Returns: (transfer none): the table's rows, #EvdAttendee with status
 */
GListModel *
evd_paste_attendees_dialog_get_rows (EvdPasteAttendeesDialog *self)
{
  g_return_val_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self), NULL);

  return G_LIST_MODEL (self->rows);
}

const char *
evd_paste_attendees_dialog_get_summary (EvdPasteAttendeesDialog *self)
{
  g_return_val_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

gboolean
evd_paste_attendees_dialog_can_send (EvdPasteAttendeesDialog *self)
{
  g_return_val_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self), FALSE);

  return self->client != NULL && self->event != NULL && self->report != NULL && !is_checking (self) &&
         evd_check_report_get_n_valid (self->report) > 0 &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "paste") == 0;
}

void
evd_paste_attendees_dialog_send (EvdPasteAttendeesDialog *self)
{
  g_return_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self));

  send_clicked_cb (self);
}

/**
 * evd_paste_attendees_dialog_get_report_view:
 *
 * Returns: (transfer none): the import's report view, filled at the end
 */
EvdImportReportView *
evd_paste_attendees_dialog_get_report_view (EvdPasteAttendeesDialog *self)
{
  g_return_val_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self), NULL);

  return self->report_view;
}

/* "paste", "progress" or "report" */
const char *
evd_paste_attendees_dialog_get_state (EvdPasteAttendeesDialog *self)
{
  g_return_val_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * evd_paste_attendees_dialog_get_result:
 *
 * Returns: (transfer none) (nullable): what the import did, once it ended
 */
EvdImportResult *
evd_paste_attendees_dialog_get_result (EvdPasteAttendeesDialog *self)
{
  g_return_val_if_fail (EVD_IS_PASTE_ATTENDEES_DIALOG (self), NULL);

  return self->result;
}

/* GObject ----------------------------------------------------------------- */

static void
evd_paste_attendees_dialog_constructed (GObject *object)
{
  EvdPasteAttendeesDialog *self = EVD_PASTE_ATTENDEES_DIALOG (object);

  G_OBJECT_CLASS (evd_paste_attendees_dialog_parent_class)->constructed (object);

  if (self->client != NULL && self->event != NULL)
    evd_ticket_type_row_load (self->ticket_type_row, self->client, evd_event_get_event_id (self->event),
                              self->cancellable);
  reparse (self);
}

static void
evd_paste_attendees_dialog_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  EvdPasteAttendeesDialog *self = EVD_PASTE_ATTENDEES_DIALOG (object);

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
evd_paste_attendees_dialog_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  EvdPasteAttendeesDialog *self = EVD_PASTE_ATTENDEES_DIALOG (object);

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
evd_paste_attendees_dialog_dispose (GObject *object)
{
  EvdPasteAttendeesDialog *self = EVD_PASTE_ATTENDEES_DIALOG (object);

  g_clear_handle_id (&self->parse_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->send_cancellable);
  g_queue_clear_full (&self->lookup_queue, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_PASTE_ATTENDEES_DIALOG);
  self->report_view = NULL;

  G_OBJECT_CLASS (evd_paste_attendees_dialog_parent_class)->dispose (object);
}

static void
evd_paste_attendees_dialog_finalize (GObject *object)
{
  EvdPasteAttendeesDialog *self = EVD_PASTE_ATTENDEES_DIALOG (object);

  g_clear_object (&self->rows);
  g_clear_object (&self->report);
  g_clear_object (&self->checker);
  g_clear_pointer (&self->looked_up, g_hash_table_unref);
  g_clear_object (&self->importer);
  g_clear_object (&self->result);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->send_cancellable);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_paste_attendees_dialog_parent_class)->finalize (object);
}

static void
evd_paste_attendees_dialog_class_init (EvdPasteAttendeesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_paste_attendees_dialog_constructed;
  object_class->get_property = evd_paste_attendees_dialog_get_property;
  object_class->set_property = evd_paste_attendees_dialog_set_property;
  object_class->dispose = evd_paste_attendees_dialog_dispose;
  object_class->finalize = evd_paste_attendees_dialog_finalize;

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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/registrations/evd-paste-attendees-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, send_button);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, placeholder);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, ticket_type_row);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, notify_switch);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, EvdPasteAttendeesDialog, report_box);
  gtk_widget_class_bind_template_callback (widget_class, send_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
}

static void
evd_paste_attendees_dialog_init (EvdPasteAttendeesDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  self->cancellable = g_cancellable_new ();
  self->checker = evd_attendee_checker_new ();
  self->looked_up = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_list_store_new (EVD_TYPE_ATTENDEE);
  g_queue_init (&self->lookup_queue);

  gtk_widget_init_template (GTK_WIDGET (self));

  add_column (self, C_("pasted line", "Line"), COLUMN_LINE, -1);
  add_column (self, _("Name"), COLUMN_NAME, 140);
  add_column (self, _("Email Address"), COLUMN_EMAIL, 220);
  add_column (self, _("Status"), COLUMN_STATUS, 280);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  build_progress_and_report (self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
}
