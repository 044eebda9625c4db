/* test-registrations-manage.c: adding, pasting, editing and removing registrations against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "evd-add-attendee-dialog.h"
#include "evd-auth.h"
#include "evd-client.h"
#include "evd-import-row.h"
#include "evd-paste-attendees-dialog.h"
#include "evd-registration-details.h"
#include "evd-registrations-page.h"
#include "evd-sandbox-fixtures.h"
#include "evd-sandbox-server.h"
#include "evd-test-keys.h"
#include "evd-test-utils.h"
#include "evd-ticket-labels.h"

#define TIMEOUT_MS 15000
#define EVENT_NAME "Customer Onboarding Webinar"

static EvdSandboxServer *server;
static EvdClient *client;

/* The event's one ticket for @email, or NULL. */
static EvdTicket *
find_ticket (EvdEvent   *event,
             const char *email)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tickets = NULL;

  evd_client_list_tickets_async (client, evd_event_get_event_id (event), email, NULL, NULL, evd_test_store_result_cb, &result);
  tickets = evd_client_list_tickets_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), <=, 1);
  return g_list_model_get_n_items (tickets) == 1 ? g_list_model_get_item (tickets, 0) : NULL;
}

/* Someone the sample data registered for @event. */
static char *
dup_registered_email (EvdEvent *event)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdTicketPage) page = NULL;
  g_autoptr(EvdTicket) ticket = NULL;

  evd_client_list_tickets_page_async (client, evd_event_get_event_id (event), NULL, 1, NULL, NULL, NULL,
                                      evd_test_store_result_cb, &result);
  page = evd_client_list_tickets_page_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  ticket = g_list_model_get_item (evd_ticket_page_get_tickets (page), 0);
  g_assert_nonnull (ticket);
  return g_strdup (evd_ticket_get_email (ticket));
}

static guint
count_tickets (EvdEvent   *event,
               const char *email)
{
  return evd_sandbox_server_count_tickets (server, evd_event_get_event_id (event), email);
}

static gboolean
page_settled (gpointer data)
{
  EvdRegistrationsPage *page = data;

  return !evd_registrations_page_is_loading (page) &&
         g_strcmp0 (evd_registrations_page_get_state (page), "loading") != 0;
}

static GtkWidget *
show_page (EvdEvent   *event,
           GtkWidget **page_out)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = evd_registrations_page_new (client, event);

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  evd_test_iterate_until (page_settled, page, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (window);
  *page_out = page;
  return window;
}

static void
close_window (GtkWidget *window)
{
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  evd_test_iterate_for (50);
}

static GtkWidget *
find_widget (GtkWidget  *root,
             gboolean  (*match) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      if ((found = find_widget (child, match, data)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_combo_row (GtkWidget     *widget,
              gconstpointer  data)
{
  return ADW_IS_COMBO_ROW (widget);
}

static gboolean
button_labelled (GtkWidget     *widget,
                 gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_column_view (GtkWidget     *widget,
                gconstpointer  unused)
{
  return GTK_IS_COLUMN_VIEW (widget);
}

static void
click (GtkWidget  *page,
       const char *label)
{
  GtkWidget *button = find_widget (page, button_labelled, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
toplevel_shown (gpointer data)
{
  return evd_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static GtkWidget *
wait_for_toplevel (GType type)
{
  evd_test_iterate_until (toplevel_shown, GSIZE_TO_POINTER (type), TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (evd_test_find_toplevel (type));
  return evd_test_find_toplevel (type);
}

static void
close_dialog (GtkWidget *dialog)
{
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  evd_test_iterate_for (50);
}

/* Add Attendee ------------------------------------------------------------ */

static gboolean
add_dialog_ready (gpointer data)
{
  return !evd_add_attendee_dialog_is_checking (data) && evd_add_attendee_dialog_can_add (data);
}

static gboolean
add_dialog_checked (gpointer data)
{
  return !evd_add_attendee_dialog_is_checking (data);
}

static gboolean
add_dialog_finished (gpointer data)
{
  return g_strcmp0 (evd_add_attendee_dialog_get_state (data), "sending") != 0 &&
         g_strcmp0 (evd_add_attendee_dialog_get_state (data), "form") != 0;
}

static void
test_add_typed (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, EVENT_NAME, TIMEOUT_MS);
  g_autoptr(EvdTicket) ticket = NULL;
  g_autofree char *copied = NULL;
  GtkWidget *window, *page = NULL;
  EvdAddAttendeeDialog *dialog;
  guint before = count_tickets (event, NULL);

  window = show_page (event, &page);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  evd_test_iterate_for (100);
  g_free (evd_test_save_screenshot (window, "registrations-actions-narrow"));
  click (page, "_Add Attendee…");
  dialog = EVD_ADD_ATTENDEE_DIALOG (wait_for_toplevel (EVD_TYPE_ADD_ATTENDEE_DIALOG));
  g_assert_false (evd_add_attendee_dialog_can_add (dialog));
  {
    /* The first choice says what it means in plain words. */
    GtkWidget *type_row = find_widget (GTK_WIDGET (dialog), is_combo_row, NULL);
    GListModel *types;

    g_assert_nonnull (type_row);
    types = adw_combo_row_get_model (ADW_COMBO_ROW (type_row));
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (types), 0), ==, "Event’s default");
  }

  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_EMAIL, "sarah.chen@techcorp.com");
  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_FIRST_NAME, "Sarah");
  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_LAST_NAME, "Chen");
  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_ORGANIZATION, "TechCorp");
  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_COUNTRY, "United States");
  evd_test_iterate_until (add_dialog_ready, dialog, TIMEOUT_MS);
  g_assert_null (evd_add_attendee_dialog_get_field_message (dialog, EVD_IMPORT_FIELD_EMAIL));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "add-attendee-form"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  evd_test_iterate_for (100);
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "add-attendee-form-narrow"));

  evd_add_attendee_dialog_add (dialog);
  evd_test_iterate_until (add_dialog_finished, dialog, TIMEOUT_MS);
  g_assert_cmpstr (evd_add_attendee_dialog_get_state (dialog), ==, "done");

  /* Exactly one ticket, with what was typed, and her link shown */
  g_assert_cmpuint (count_tickets (event, "sarah.chen@techcorp.com"), ==, 1);
  g_assert_cmpuint (count_tickets (event, NULL), ==, before + 1);
  ticket = find_ticket (event, "sarah.chen@techcorp.com");
  g_assert_cmpstr (evd_ticket_get_first_name (ticket), ==, "Sarah");
  g_assert_cmpstr (evd_ticket_get_last_name (ticket), ==, "Chen");
  g_assert_cmpstr (evd_ticket_get_organization (ticket), ==, "TechCorp");
  g_assert_cmpstr (evd_ticket_get_country (ticket), ==, "US");
  g_assert_nonnull (evd_add_attendee_dialog_get_join_link (dialog));
  g_assert_cmpstr (evd_add_attendee_dialog_get_join_link (dialog), ==, evd_ticket_get_event_join_link (ticket));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "add-attendee-done"));

  evd_add_attendee_dialog_copy_join_link (dialog);
  copied = evd_test_read_clipboard (GTK_WIDGET (dialog));
  g_assert_cmpstr (copied, ==, evd_ticket_get_event_join_link (ticket));

  /* The page shows her */
  close_dialog (GTK_WIDGET (dialog));
  evd_test_iterate_until (page_settled, page, TIMEOUT_MS);
  evd_registrations_page_search (EVD_REGISTRATIONS_PAGE (page), "sarah.chen@techcorp.com");
  evd_test_iterate_until (page_settled, page, TIMEOUT_MS);
  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "list");
  close_window (window);
}

static void
test_add_field_checks (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, EVENT_NAME, TIMEOUT_MS);
  g_autofree char *registered = dup_registered_email (event);
  g_autofree char *long_name = g_strnfill (65, 'a');
  const char *message;
  GtkWidget *window, *page = NULL;
  EvdAddAttendeeDialog *dialog;
  guint before = count_tickets (event, NULL);

  window = show_page (event, &page);
  click (page, "_Add Attendee…");
  dialog = EVD_ADD_ATTENDEE_DIALOG (wait_for_toplevel (EVD_TYPE_ADD_ATTENDEE_DIALOG));

  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_EMAIL, "not-an-email");
  evd_test_iterate_until (add_dialog_checked, dialog, TIMEOUT_MS);
  g_assert_cmpstr (evd_add_attendee_dialog_get_field_message (dialog, EVD_IMPORT_FIELD_EMAIL), ==,
                   "Not a valid email address");
  g_assert_false (evd_add_attendee_dialog_can_add (dialog));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "add-attendee-invalid-email"));

  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_EMAIL, "new.person@example.com");
  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_FIRST_NAME, long_name);
  evd_test_iterate_until (add_dialog_checked, dialog, TIMEOUT_MS);
  g_assert_null (evd_add_attendee_dialog_get_field_message (dialog, EVD_IMPORT_FIELD_EMAIL));
  g_assert_cmpstr (evd_add_attendee_dialog_get_field_message (dialog, EVD_IMPORT_FIELD_FIRST_NAME), ==,
                   "First name longer than Zoom accepts");
  g_assert_false (evd_add_attendee_dialog_can_add (dialog));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "add-attendee-long-name"));

  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_FIRST_NAME, "Pat");
  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_EMAIL, registered);
  g_assert_true (evd_add_attendee_dialog_is_checking (dialog));
  g_assert_false (evd_add_attendee_dialog_can_add (dialog));
  evd_test_iterate_until (add_dialog_checked, dialog, TIMEOUT_MS);
  message = evd_add_attendee_dialog_get_field_message (dialog, EVD_IMPORT_FIELD_EMAIL);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "Already registered"));
  g_assert_false (evd_add_attendee_dialog_can_add (dialog));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "add-attendee-already-registered"));

  /* A country Zoom cannot take is shown at its field too */
  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_EMAIL, "new.person@example.com");
  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_COUNTRY, "Narnia");
  evd_test_iterate_until (add_dialog_checked, dialog, TIMEOUT_MS);
  g_assert_nonnull (evd_add_attendee_dialog_get_field_message (dialog, EVD_IMPORT_FIELD_COUNTRY));
  g_assert_false (evd_add_attendee_dialog_can_add (dialog));

  g_assert_cmpuint (count_tickets (event, NULL), ==, before);
  close_dialog (GTK_WIDGET (dialog));
  close_window (window);
}

static gboolean
status_page_titled (GtkWidget     *widget,
                    gconstpointer  title)
{
  return ADW_IS_STATUS_PAGE (widget) && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

static gboolean
combo_has_sold_out (gpointer data)
{
  GListModel *model = adw_combo_row_get_model (data);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), "Sold Out Pass"))
      return TRUE;
  return FALSE;
}

/* The sample conference, whose name has the year it takes place in. */
static char *
dup_summit_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, 45);

  return g_strdup_printf ("TechCorp Annual Summit %d", g_date_time_get_year (then));
}

/* Zoom refuses one person (a sold-out ticket type): the dialog says why,
 * in Zoom's reason made plain, and nobody is registered. */
static void
test_add_refused (void)
{
  g_autofree char *summit = dup_summit_name ();
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, summit, TIMEOUT_MS);
  g_autoptr(JsonNode) type = json_from_string ("{\"name\": \"Sold Out Pass\", \"currency\": \"USD\", \"quantity\": 0, "
                                              "\"start_time\": \"2020-01-01T00:00:00Z\", "
                                              "\"end_time\": \"2099-01-01T00:00:00Z\"}", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *type_id = NULL;
  GtkWidget *window, *page = NULL, *refused;
  AdwComboRow *combo;
  GtkStringList *names;
  EvdAddAttendeeDialog *dialog;

  evd_client_create_ticket_type_async (client, evd_event_get_event_id (event), type, NULL, evd_test_store_result_cb, &result);
  type_id = evd_client_create_ticket_type_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);

  window = show_page (event, &page);
  click (page, "_Add Attendee…");
  dialog = EVD_ADD_ATTENDEE_DIALOG (wait_for_toplevel (EVD_TYPE_ADD_ATTENDEE_DIALOG));
  combo = ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), is_combo_row, NULL));
  evd_test_iterate_until (combo_has_sold_out, combo, TIMEOUT_MS);
  names = GTK_STRING_LIST (adw_combo_row_get_model (combo));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (names)); i++)
    if (g_str_equal (gtk_string_list_get_string (names, i), "Sold Out Pass"))
      adw_combo_row_set_selected (combo, i);
  g_assert_cmpstr (gtk_string_list_get_string (names, adw_combo_row_get_selected (combo)), ==, "Sold Out Pass");

  evd_add_attendee_dialog_set_field (dialog, EVD_IMPORT_FIELD_EMAIL, "late.comer@example.com");
  evd_test_iterate_until (add_dialog_ready, dialog, TIMEOUT_MS);
  evd_add_attendee_dialog_add (dialog);
  evd_test_iterate_until (add_dialog_finished, dialog, TIMEOUT_MS);
  g_assert_cmpstr (evd_add_attendee_dialog_get_state (dialog), ==, "refused");
  refused = find_widget (GTK_WIDGET (dialog), status_page_titled, "Not Registered");
  g_assert_nonnull (refused);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (refused)), ==,
                   evd_import_describe_ticket_error ("stock_not_exist"));
  g_assert_cmpuint (count_tickets (event, "late.comer@example.com"), ==, 0);
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "add-attendee-refused"));

  close_dialog (GTK_WIDGET (dialog));
  close_window (window);
}

/* Paste Attendees --------------------------------------------------------- */

static gboolean
paste_checked (gpointer data)
{
  return !evd_paste_attendees_dialog_is_checking (data) &&
         g_list_model_get_n_items (evd_paste_attendees_dialog_get_rows (data)) > 0;
}

static gboolean
paste_finished (gpointer data)
{
  return g_strcmp0 (evd_paste_attendees_dialog_get_state (data), "report") == 0;
}

static EvdAttendeeStatus
row_status (EvdPasteAttendeesDialog *dialog,
            guint                    position)
{
  g_autoptr(EvdAttendee) attendee = g_list_model_get_item (evd_paste_attendees_dialog_get_rows (dialog), position);

  return evd_attendee_get_status (attendee);
}

/* Pasted words that are an address inside "mailto:" register that address
 * and say so on their line; the summary says how the text was read. */
static void
test_paste_cleaned (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, EVENT_NAME, TIMEOUT_MS);
  g_autoptr(EvdAttendee) lee = NULL;
  g_autoptr(EvdAttendee) pat = NULL;
  g_autofree char *lee_text = NULL;
  g_autofree char *pat_text = NULL;
  GtkWidget *window, *page = NULL;
  EvdPasteAttendeesDialog *dialog;

  window = show_page (event, &page);
  click (page, "_Paste Attendees…");
  dialog = EVD_PASTE_ATTENDEES_DIALOG (wait_for_toplevel (EVD_TYPE_PASTE_ATTENDEES_DIALOG));
  evd_paste_attendees_dialog_set_text (dialog, "mailto:lee.cleaned@example.com\npat.plain@example.com\n");
  evd_test_iterate_until (paste_checked, dialog, TIMEOUT_MS);

  g_assert_cmpint (row_status (dialog, 0), ==, EVD_ATTENDEE_VALID);
  lee = g_list_model_get_item (evd_paste_attendees_dialog_get_rows (dialog), 0);
  pat = g_list_model_get_item (evd_paste_attendees_dialog_get_rows (dialog), 1);
  g_assert_cmpstr (evd_attendee_get_email (lee), ==, "lee.cleaned@example.com");
  lee_text = evd_paste_attendee_describe (lee);
  pat_text = evd_paste_attendee_describe (pat);
  g_assert_cmpstr (lee_text, ==, "Ready to register: only the address is kept from “mailto:lee.cleaned@example.com”");
  g_assert_cmpstr (pat_text, ==, "Ready to register");
  g_assert_nonnull (strstr (evd_paste_attendees_dialog_get_summary (dialog),
                            "Read as a list of email addresses, one person each"));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "paste-attendees-cleaned"));

  close_dialog (GTK_WIDGET (dialog));
  close_window (window);
}

static void
test_paste (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, EVENT_NAME, TIMEOUT_MS);
  g_autofree char *registered = dup_registered_email (event);
  g_autofree char *text = NULL;
  g_autoptr(EvdTicket) james = NULL;
  g_autoptr(EvdAttendee) invalid = NULL;
  g_autofree char *invalid_text = NULL;
  GtkWidget *window, *page = NULL;
  EvdPasteAttendeesDialog *dialog;
  EvdImportResult *result;
  guint before = count_tickets (event, NULL);

  window = show_page (event, &page);
  click (page, "_Paste Attendees…");
  dialog = EVD_PASTE_ATTENDEES_DIALOG (wait_for_toplevel (EVD_TYPE_PASTE_ATTENDEES_DIALOG));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "paste-attendees-empty"));

  text = g_strdup_printf ("James Wilson <james.wilson@partner.com>; lisa.martinez@client.com, not-an-email, "
                          "JAMES.WILSON@partner.com\nPat Registered <%s>\n", registered);
  evd_paste_attendees_dialog_set_text (dialog, text);
  evd_test_iterate_until (paste_checked, dialog, TIMEOUT_MS);

  g_assert_cmpuint (g_list_model_get_n_items (evd_paste_attendees_dialog_get_rows (dialog)), ==, 5);
  g_assert_cmpint (row_status (dialog, 0), ==, EVD_ATTENDEE_VALID);
  g_assert_cmpint (row_status (dialog, 1), ==, EVD_ATTENDEE_VALID);
  g_assert_cmpint (row_status (dialog, 2), ==, EVD_ATTENDEE_INVALID);
  g_assert_cmpint (row_status (dialog, 3), ==, EVD_ATTENDEE_DUPLICATE);
  g_assert_cmpint (row_status (dialog, 4), ==, EVD_ATTENDEE_ALREADY_REGISTERED);
  invalid = g_list_model_get_item (evd_paste_attendees_dialog_get_rows (dialog), 2);
  invalid_text = evd_paste_attendee_describe (invalid);
  g_assert_cmpstr (invalid_text, ==, "Not a valid email address");
  g_assert_true (g_str_has_prefix (evd_paste_attendees_dialog_get_summary (dialog),
                                   "2 people to register · 1 not valid · 1 repeated · 1 already registered"));
  g_assert_true (evd_paste_attendees_dialog_can_send (dialog));
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "paste-attendees-checked"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  evd_test_iterate_for (100);
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "paste-attendees-checked-narrow"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 760, 720);
  evd_test_iterate_for (100);

  /* Slow answers, so the shared progress view can be seen */
  evd_sandbox_server_set_latency (server, 400);
  evd_paste_attendees_dialog_send (dialog);
  g_assert_cmpstr (evd_paste_attendees_dialog_get_state (dialog), ==, "progress");
  evd_test_iterate_for (200);
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "paste-attendees-progress"));
  evd_test_iterate_until (paste_finished, dialog, TIMEOUT_MS);
  evd_sandbox_server_set_latency (server, 0);
  result = evd_paste_attendees_dialog_get_result (dialog);
  g_assert_nonnull (result);
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 2);
  g_assert_cmpstr (evd_import_report_view_get_summary_text (evd_paste_attendees_dialog_get_report_view (dialog)), ==,
                   "2 attendees registered");
  g_free (evd_test_save_screenshot (GTK_WIDGET (dialog), "paste-attendees-report"));

  /* One ticket each, none for the repeat or the one registered before */
  g_assert_cmpuint (count_tickets (event, "james.wilson@partner.com"), ==, 1);
  g_assert_cmpuint (count_tickets (event, "lisa.martinez@client.com"), ==, 1);
  g_assert_cmpuint (count_tickets (event, registered), ==, 1);
  g_assert_cmpuint (count_tickets (event, NULL), ==, before + 2);
  james = find_ticket (event, "james.wilson@partner.com");
  g_assert_cmpstr (evd_ticket_get_first_name (james), ==, "James");
  g_assert_cmpstr (evd_ticket_get_last_name (james), ==, "Wilson");

  close_dialog (GTK_WIDGET (dialog));
  close_window (window);
}

typedef struct
{
  const char *event_id;
  const char *email;
} TicketWait;

static gboolean
one_ticket_left (gpointer data)
{
  TicketWait *wait = data;

  return evd_sandbox_server_count_tickets (server, wait->event_id, wait->email) == 1;
}

/* Someone already had two tickets: after the paste is sent, the report
 * offers to remove the extra one, and its button does. */
static void
test_paste_extra_tickets (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, EVENT_NAME, TIMEOUT_MS);
  const char *event_id = evd_event_get_event_id (event);
  TicketWait wait = { event_id, "pasted.twice@example.org" };
  GtkWidget *window, *page = NULL, *button;
  EvdPasteAttendeesDialog *dialog;

  evd_test_post_ticket (client, event_id, "pasted.twice@example.org", TIMEOUT_MS);
  evd_test_post_ticket (client, event_id, "pasted.twice@example.org", TIMEOUT_MS);

  window = show_page (event, &page);
  click (page, "_Paste Attendees…");
  dialog = EVD_PASTE_ATTENDEES_DIALOG (wait_for_toplevel (EVD_TYPE_PASTE_ATTENDEES_DIALOG));
  evd_paste_attendees_dialog_set_text (dialog, "pasted.once@example.org, pasted.twice@example.org\n");
  evd_test_iterate_until (paste_checked, dialog, TIMEOUT_MS);
  evd_paste_attendees_dialog_send (dialog);
  evd_test_iterate_until (paste_finished, dialog, TIMEOUT_MS);

  button = evd_test_find_visible_button (GTK_WIDGET (evd_paste_attendees_dialog_get_report_view (dialog)),
                                         "_Remove 1 Extra Ticket");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  evd_test_iterate_until (one_ticket_left, &wait, TIMEOUT_MS);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "pasted.once@example.org"), ==, 1);

  close_dialog (GTK_WIDGET (dialog));
  close_window (window);
}

/* Details, edit and remove ------------------------------------------------ */

static gboolean
details_idle (gpointer data)
{
  return g_strcmp0 (evd_registration_details_get_state (data), "busy") != 0;
}

static gboolean
details_view_shown (gpointer data)
{
  return g_strcmp0 (evd_registration_details_get_state (data), "view") == 0;
}

/* Opens the details of @email the way an organizer does: search, then
 * activate the row. */
static EvdRegistrationDetails *
open_details (GtkWidget  *page,
              const char *email)
{
  GtkWidget *column_view;
  GtkWidget *details;

  evd_registrations_page_search (EVD_REGISTRATIONS_PAGE (page), email);
  evd_test_iterate_until (page_settled, page, TIMEOUT_MS);
  g_assert_cmpstr (evd_registrations_page_get_state (EVD_REGISTRATIONS_PAGE (page)), ==, "list");
  column_view = find_widget (page, is_column_view, NULL);
  g_assert_nonnull (column_view);
  g_signal_emit_by_name (column_view, "activate", 0);
  details = wait_for_toplevel (EVD_TYPE_REGISTRATION_DETAILS);
  g_assert_nonnull (details);
  return EVD_REGISTRATION_DETAILS (details);
}

static void
register_vips (EvdEvent *event)
{
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(EvdTicketBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  const char *people[][3] = {
    { "james.wilson@partner.com", "James", "Wilson" },
    { "lisa.martinez@client.com", "Lisa", "Martines" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      EvdTicket *ticket;

      if (count_tickets (event, people[i][0]) > 0)
        continue;
      ticket = evd_ticket_new ();
      evd_ticket_set_email (ticket, people[i][0]);
      evd_ticket_set_first_name (ticket, people[i][1]);
      evd_ticket_set_last_name (ticket, people[i][2]);
      g_ptr_array_add (tickets, ticket);
    }
  if (tickets->len == 0)
    return;
  evd_client_create_tickets_async (client, evd_event_get_event_id (event), tickets, "Event Desk", NULL,
                                   evd_test_store_result_cb, &result);
  batch = evd_client_create_tickets_finish (client, evd_test_wait_for_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
}

static gboolean
details_gone (gpointer data)
{
  return evd_test_find_toplevel (EVD_TYPE_REGISTRATION_DETAILS) == NULL;
}

/* Escape with a real key press: while editing it cancels the edit, then it
 * closes the window. */
static void
test_details_escape (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, EVENT_NAME, TIMEOUT_MS);
  GtkWidget *window, *page = NULL;
  EvdRegistrationDetails *details;

  if (!evd_test_keys_available ())
    {
      g_test_skip ("Real key presses need an X server with XTEST (tests/headless.sh starts one)");
      return;
    }

  register_vips (event);
  window = show_page (event, &page);
  details = open_details (page, "james.wilson@partner.com");
  evd_test_iterate_until (details_idle, details, TIMEOUT_MS);
  evd_test_focus_window (GTK_WINDOW (details));

  evd_registration_details_edit (details);
  g_assert_cmpstr (evd_registration_details_get_state (details), ==, "edit");
  evd_test_press_key (GDK_KEY_Escape, 0);
  evd_test_iterate_until (details_view_shown, details, TIMEOUT_MS);
  g_assert_nonnull (evd_test_find_toplevel (EVD_TYPE_REGISTRATION_DETAILS));

  evd_test_press_key (GDK_KEY_Escape, 0);
  evd_test_iterate_until (details_gone, NULL, TIMEOUT_MS);

  close_window (window);
}

static void
test_details_edit (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, EVENT_NAME, TIMEOUT_MS);
  g_autoptr(EvdTicket) lisa = NULL;
  g_autofree char *long_name = g_strnfill (65, 'b');
  g_autofree char *first_email = NULL;
  GtkWidget *window, *page = NULL;
  EvdRegistrationDetails *details;

  register_vips (event);
  window = show_page (event, &page);
  details = open_details (page, "lisa.martinez@client.com");
  evd_test_iterate_until (details_idle, details, TIMEOUT_MS);

  g_assert_cmpstr (evd_registration_details_get_value (details, "Email Address"), ==, "lisa.martinez@client.com");
  g_assert_cmpstr (evd_registration_details_get_value (details, "Status"), ==, "Pre-registered");
  g_assert_cmpstr (evd_registration_details_get_value (details, "Signs In With"), ==,
                   "Zoom account or a one-time code");
  g_assert_cmpstr (evd_registration_details_get_value (details, "Registered Through"), ==, "Event Desk");
  g_assert_true (g_str_has_prefix (evd_registration_details_get_value (details, "Join Link"), "http"));
  g_free (evd_test_save_screenshot (GTK_WIDGET (details), "registration-details"));

  evd_registration_details_edit (details);
  g_assert_cmpstr (evd_registration_details_get_state (details), ==, "edit");
  evd_registration_details_set_edit_field (details, "first_name", long_name);
  g_assert_cmpstr (evd_registration_details_get_edit_message (details), ==, "First name longer than Zoom accepts");
  evd_registration_details_set_edit_field (details, "first_name", "Lisa");
  evd_registration_details_set_edit_field (details, "last_name", "Martinez");
  evd_registration_details_set_edit_field (details, "job_title", "VP Partnerships");
  g_assert_null (evd_registration_details_get_edit_message (details));
  g_free (evd_test_save_screenshot (GTK_WIDGET (details), "registration-edit"));

  evd_registration_details_save (details);
  evd_test_iterate_until (details_idle, details, TIMEOUT_MS);
  g_assert_cmpstr (evd_registration_details_get_state (details), ==, "view");
  g_assert_cmpstr (evd_registration_details_get_value (details, "Name"), ==, "Lisa Martinez");
  g_assert_cmpstr (evd_registration_details_get_value (details, "Job Title"), ==, "VP Partnerships");

  lisa = find_ticket (event, "lisa.martinez@client.com");
  g_assert_cmpstr (evd_ticket_get_last_name (lisa), ==, "Martinez");
  g_assert_cmpstr (evd_ticket_get_first_name (lisa), ==, "Lisa");
  g_assert_cmpstr (evd_ticket_get_job_title (lisa), ==, "VP Partnerships");
  g_assert_cmpuint (count_tickets (event, "lisa.martinez@client.com"), ==, 1);
  close_dialog (GTK_WIDGET (details));

  /* Someone who registered on the event's page: Zoom records "web". */
  first_email = dup_registered_email (event);
  details = open_details (page, first_email);
  evd_test_iterate_until (details_idle, details, TIMEOUT_MS);
  g_assert_cmpstr (evd_registration_details_get_value (details, "Registered Through"), ==,
                   "The event’s registration page");

  close_dialog (GTK_WIDGET (details));
  close_window (window);
}

static gboolean
ticket_gone (gpointer data)
{
  return evd_sandbox_server_count_tickets (server, NULL, data) == 0;
}

static void
test_plain_words (void)
{
  g_assert_cmpstr (evd_ticket_role_to_label ("normal"), ==, "Registered");
  g_assert_cmpstr (evd_ticket_role_to_label ("pre_registration"), ==, "Pre-registered");
  g_assert_cmpstr (evd_ticket_role_to_label ("panelist"), ==, "Panelist");
  g_assert_cmpstr (evd_ticket_role_to_label ("something_new"), ==, "something_new");
  g_assert_cmpstr (evd_authentication_method_to_label ("zoom_account"), ==, "Zoom account");
  g_assert_cmpstr (evd_authentication_method_to_label ("corporate_idp"), ==, "Company sign-in (SSO)");
  g_assert_cmpstr (evd_authentication_method_to_label ("no_auth"), ==, "No sign-in needed");
  g_assert_cmpstr (evd_authentication_method_to_label ("email_opt"), ==, "Email one-time code");
  g_assert_cmpstr (evd_authentication_method_to_label (NULL), ==, "Not given");
  /* Zoom's own pages record "web" */
  g_assert_cmpstr (evd_registration_source_to_label ("web"), ==, "The event’s registration page");
  g_assert_cmpstr (evd_registration_source_to_label ("Event Desk"), ==, "Event Desk");
}

static void
test_remove (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, EVENT_NAME, TIMEOUT_MS);
  GtkWidget *window, *page = NULL;
  EvdRegistrationDetails *details;
  GtkWidget *confirm;
  guint before;

  register_vips (event);
  before = count_tickets (event, NULL);
  window = show_page (event, &page);
  details = open_details (page, "james.wilson@partner.com");
  evd_test_iterate_until (details_idle, details, TIMEOUT_MS);

  evd_registration_details_remove (details);
  confirm = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (confirm)), ==,
                   "Remove James Wilson’s Registration?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (confirm)), "join link stops working"));
  g_free (evd_test_save_screenshot (confirm, "registration-remove-confirm"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "remove");
  close_dialog (confirm);
  evd_test_iterate_until (ticket_gone, (gpointer) "james.wilson@partner.com", TIMEOUT_MS);
  g_assert_cmpuint (count_tickets (event, NULL), ==, before - 1);
  g_assert_cmpuint (count_tickets (event, "lisa.martinez@client.com"), ==, 1);

  evd_test_iterate_until (page_settled, page, TIMEOUT_MS);
  close_window (window);
}

/* The guard --------------------------------------------------------------- */

static void
test_guard_draft (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Introducing Project Phoenix", TIMEOUT_MS);
  const char *buttons[] = { "_Add Attendee…", "_Paste Attendees…" };
  GtkWidget *window, *page = NULL;

  window = show_page (event, &page);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *explanation;

      click (page, buttons[i]);
      explanation = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
      g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (explanation)), ==, "Publish the Event First");
      g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (explanation), "publish"));
      g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (explanation), "publish"), ==,
                       "_Publish Event…");
      g_assert_null (evd_test_find_toplevel (EVD_TYPE_ADD_ATTENDEE_DIALOG));
      g_assert_null (evd_test_find_toplevel (EVD_TYPE_PASTE_ATTENDEES_DIALOG));
      if (i == 0)
        g_free (evd_test_save_screenshot (explanation, "registrations-guard-draft"));
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (explanation), "cancel");
      close_dialog (explanation);
    }
  g_assert_cmpuint (count_tickets (event, NULL), ==, 0);
  close_window (window);
}

static gboolean
event_published (gpointer data)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, data, TIMEOUT_MS);

  return evd_event_get_status (event) == EVD_EVENT_STATUS_PUBLISHED;
}

/* Publish Event… publishes, after its own confirmation, and then the
 * buttons open their forms. */
static void
test_guard_publish (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, "Introducing Project Phoenix", TIMEOUT_MS);
  GtkWidget *window, *page = NULL;
  GtkWidget *explanation, *confirm, *dialog;

  window = show_page (event, &page);
  click (page, "_Add Attendee…");
  explanation = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (explanation), "publish");
  close_dialog (explanation);
  confirm = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (confirm)), ==,
                   "Publish “Introducing Project Phoenix”?");
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (confirm), "publish"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "publish");
  close_dialog (confirm);
  evd_test_iterate_until (event_published, (gpointer) "Introducing Project Phoenix", TIMEOUT_MS);
  evd_test_iterate_for (50);

  click (page, "_Add Attendee…");
  dialog = wait_for_toplevel (EVD_TYPE_ADD_ATTENDEE_DIALOG);
  g_assert_nonnull (dialog);
  close_dialog (dialog);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  evd_test_init_ui (&argc, &argv);

  server = evd_test_start_sandbox ();
  client = evd_test_client_new (server);

  g_test_add_func ("/registrations-manage/add-typed", test_add_typed);
  g_test_add_func ("/registrations-manage/add-field-checks", test_add_field_checks);
  g_test_add_func ("/registrations-manage/add-refused", test_add_refused);
  g_test_add_func ("/registrations-manage/paste", test_paste);
  g_test_add_func ("/registrations-manage/paste-extra-tickets", test_paste_extra_tickets);
  g_test_add_func ("/registrations-manage/paste-cleaned", test_paste_cleaned);
  g_test_add_func ("/registrations-manage/details-edit", test_details_edit);
  g_test_add_func ("/registrations-manage/details-escape", test_details_escape);
  g_test_add_func ("/registrations-manage/plain-words", test_plain_words);
  g_test_add_func ("/registrations-manage/remove", test_remove);
  g_test_add_func ("/registrations-manage/guard-draft", test_guard_draft);
  g_test_add_func ("/registrations-manage/guard-publish", test_guard_publish);

  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  return status;
}
