/* test-import-assistant.c: the import assistant, step by step, against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <time.h>
#include <utime.h>

#include "evd-auth.h"
#include "evd-client.h"
#include "evd-import-assistant-private.h"
#include "evd-import-resume.h"
#include "evd-registrations-page.h"
#include "evd-sandbox-server.h"
#include "evd-test-utils.h"

#define TIMEOUT_MS 20000

#define PUBLISHED_EVENT "Customer Onboarding Webinar"
#define DRAFT_EVENT     "Introducing Project Phoenix"
#define CANCEL_EVENT    PUBLISHED_EVENT

static EvdSandboxServer *server;
static EvdClient *client;
static char *tmp_dir;

static char *
first_registered_email (EvdEvent *event)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tickets = NULL;
  g_autoptr(EvdTicket) ticket = NULL;

  evd_client_list_tickets_async (client, evd_event_get_event_id (event), NULL, NULL, NULL, evd_test_store_result_cb, &result);
  evd_test_wait_for_result (&result, TIMEOUT_MS);
  tickets = evd_client_list_tickets_finish (client, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), >, 0);
  ticket = g_list_model_get_item (tickets, 0);
  return g_strdup (evd_ticket_get_email (ticket));
}

static GFile *
write_file (const char *name,
            const char *utf8,
            const char *charset)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *converted = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = strlen (utf8);

  if (charset != NULL)
    {
      converted = g_convert (utf8, -1, charset, "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
    }
  g_file_set_contents (path, converted != NULL ? converted : utf8, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static char *
generated_rows (const char *prefix,
                guint       n,
                char        delimiter)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%u@example.org%cPerson%c%s %u\r\n", prefix, i, delimiter, delimiter, prefix, i);
  return g_string_free (text, FALSE);
}

static EvdImportAssistant *
open_assistant (EvdEvent *event)
{
  EvdImportAssistant *assistant = evd_import_assistant_new (NULL, client, event);

  evd_import_assistant_set_journal_directory (assistant, tmp_dir);
  gtk_window_present (GTK_WINDOW (assistant));
  return assistant;
}

static void
wait_for_step (EvdImportAssistant *assistant,
               const char         *step)
{
  evd_test_wait_for_import_step (GTK_WIDGET (assistant), step, TIMEOUT_MS);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (assistant));
}

static void
screenshot (EvdImportAssistant *assistant,
            const char         *name)
{
  g_autofree char *path = evd_test_save_screenshot (GTK_WIDGET (assistant), name);

  g_test_message ("screenshot: %s", path);
}

static gboolean
not_idle (gpointer data)
{
  return !evd_import_assistant_is_busy (data);
}

static gboolean
dialog_shown (gpointer data)
{
  return evd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
answer_dialog (const char *response)
{
  evd_test_iterate_until (dialog_shown, NULL, TIMEOUT_MS);
  g_assert_nonnull (evd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (evd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), response);
  evd_test_iterate_for (50);
}

static void
close_assistant (EvdImportAssistant *assistant)
{
  gtk_window_destroy (GTK_WINDOW (assistant));
  evd_test_iterate_for (50);
}

static gboolean
import_can_start (gpointer data)
{
  return evd_import_assistant_can_import (data);
}

/* The messy file ---------------------------------------------------------- */

static void
test_messy_file (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, PUBLISHED_EVENT, TIMEOUT_MS);
  g_autofree char *registered = first_registered_email (event);
  g_autofree char *more = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  gsize length;
  EvdImportAssistant *assistant;
  EvdCheckReport *report;
  EvdImportResult *import_result;
  const char *event_id = evd_event_get_event_id (event);
  guint before;

  {
    GString *rows = g_string_new (NULL);

    for (guint i = 0; i < 10; i++)
      g_string_append_printf (rows, "messy%u@example.org;Person;Nummer %u;Firma %u\r\n", i, i, i);
    more = g_string_free (rows, FALSE);
  }
  text = g_strdup_printf ("E-Mail-Adresse;Vorname;Nachname;Firma\r\n"
                          "ana.garcia@example.com;Ana;García;\"Bäckerei Süß\r\nZweite Zeile\"\r\n"
                          "juergen.mueller@example.de;Jürgen;Müller;Straße & Co\r\n"
                          "not-an-email;Bad;Row;X\r\n"
                          "ANA.GARCIA@example.com;Ana;Again;Dup\r\n"
                          "%s;Reg;Istered;Y\r\n"
                          "%s", registered, more);
  file = write_file ("Teilnehmer.csv", text, "WINDOWS-1252");
  before = evd_sandbox_server_count_tickets (server, event_id, registered);
  g_assert_cmpuint (before, ==, 1);

  assistant = open_assistant (event);
  g_assert_cmpstr (evd_import_assistant_get_step (assistant), ==, "file");
  screenshot (assistant, "import-1-file");
  evd_import_assistant_open_file (assistant, file);
  wait_for_step (assistant, "found");

  /* What was found, as detected */
  g_assert_cmpint (evd_csv_table_get_encoding (evd_import_assistant_get_table (assistant)), ==,
                   EVD_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpint (evd_csv_table_get_delimiter (evd_import_assistant_get_table (assistant)), ==, ';');
  g_assert_cmpuint (evd_csv_table_get_n_rows (evd_import_assistant_get_table (assistant)), ==, 15);
  g_assert_cmpstr (adw_combo_row_get_selected_item (assistant->encoding_row) != NULL
                   ? gtk_string_object_get_string (adw_combo_row_get_selected_item (assistant->encoding_row)) : NULL,
                   ==, evd_csv_encoding_get_label (EVD_CSV_ENCODING_WINDOWS_1252));
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (assistant->delimiter_row)),
                   ==, evd_csv_delimiter_get_label (';'));
  g_assert_cmpint (evd_column_mapping_get_target (evd_import_assistant_get_mapping (assistant), 0), ==,
                   EVD_IMPORT_FIELD_EMAIL);
  g_assert_cmpint (evd_column_mapping_get_target (evd_import_assistant_get_mapping (assistant), 1), ==,
                   EVD_IMPORT_FIELD_FIRST_NAME);
  g_assert_cmpint (evd_column_mapping_get_target (evd_import_assistant_get_mapping (assistant), 2), ==,
                   EVD_IMPORT_FIELD_LAST_NAME);
  g_assert_cmpuint (assistant->mapping_rows->len, ==, 4);
  g_assert_true (evd_import_assistant_can_go_next (assistant));
  screenshot (assistant, "import-2-found");
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (assistant->preview_view), ADW_TYPE_CLAMP) != NULL
                           ? gtk_widget_get_ancestor (gtk_widget_get_ancestor (GTK_WIDGET (assistant->preview_view),
                                                                               ADW_TYPE_CLAMP), GTK_TYPE_SCROLLED_WINDOW)
                           : NULL));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    evd_test_iterate_for (100);
    screenshot (assistant, "import-2-found-preview");
    gtk_adjustment_set_value (adjustment, 0);
  }

  /* Unmapping the email column blocks Next, with the reason */
  evd_import_assistant_set_column_target (assistant, 0, EVD_IMPORT_FIELD_IGNORED);
  g_assert_false (evd_import_assistant_can_go_next (assistant));
  message = evd_import_assistant_dup_message (assistant);
  g_assert_cmpstr (message, !=, "");
  g_assert_nonnull (strstr (gtk_label_get_text (assistant->ignored_label), "E-Mail-Adresse"));
  evd_import_assistant_set_column_target (assistant, 0, EVD_IMPORT_FIELD_EMAIL);
  g_assert_true (evd_import_assistant_can_go_next (assistant));

  /* Another separator reads the file again */
  evd_import_assistant_set_delimiter (assistant, ',');
  wait_for_step (assistant, "found");
  g_assert_cmpint (evd_csv_table_get_delimiter (evd_import_assistant_get_table (assistant)), ==, ',');
  g_assert_cmpuint (evd_csv_table_get_n_columns (evd_import_assistant_get_table (assistant)), !=, 4);
  evd_import_assistant_set_delimiter (assistant, ';');
  wait_for_step (assistant, "found");
  g_assert_cmpint (evd_csv_table_get_delimiter (evd_import_assistant_get_table (assistant)), ==, ';');
  g_assert_cmpuint (evd_csv_table_get_n_columns (evd_import_assistant_get_table (assistant)), ==, 4);

  gtk_window_set_default_size (GTK_WINDOW (assistant), 360, 700);
  evd_test_iterate_for (200);
  screenshot (assistant, "import-2-found-360");
  gtk_window_set_default_size (GTK_WINDOW (assistant), 720, 640);
  evd_test_iterate_for (200);

  /* Checks */
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "checks");
  report = evd_import_assistant_get_check_report (assistant);
  g_assert_nonnull (report);
  g_assert_cmpuint (evd_check_report_get_n_valid (report), ==, 12);
  g_assert_cmpuint (evd_check_report_get_n_invalid (report), ==, 1);
  g_assert_cmpuint (evd_check_report_get_n_duplicates (report), ==, 1);
  g_assert_cmpuint (evd_check_report_get_n_already_registered (report), ==, 1);
  g_assert_cmpuint (assistant->problem_rows->len, >=, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (assistant->errors_group)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (assistant->skipped_group)));
  adw_expander_row_set_expanded (g_ptr_array_index (assistant->problem_rows, 0), TRUE);
  screenshot (assistant, "import-3-checks");
  gtk_window_set_default_size (GTK_WINDOW (assistant), 360, 700);
  evd_test_iterate_for (200);
  screenshot (assistant, "import-3-checks-360");
  gtk_window_set_default_size (GTK_WINDOW (assistant), 720, 640);

  /* Options */
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "options");
  evd_test_iterate_until (import_can_start, assistant, TIMEOUT_MS);
  g_assert_true (evd_import_assistant_can_import (assistant));
  g_assert_false (gtk_widget_get_visible (assistant->guard_box));
  g_assert_nonnull (strstr (evd_import_assistant_get_import_label (assistant), "12"));
  g_assert_cmpuint (assistant->ticket_type_ids->len, >, 0);
  screenshot (assistant, "import-4-options");
  evd_import_assistant_set_send_notification (assistant, FALSE);

  /* Import */
  evd_import_assistant_start_import (assistant);
  wait_for_step (assistant, "report");
  import_result = evd_import_assistant_get_result (assistant);
  g_assert_cmpuint (evd_import_result_get_n_created (import_result), ==, 12);
  g_assert_cmpuint (evd_import_result_get_n_failed (import_result), ==, 0);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "ana.garcia@example.com"), ==, 1);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "juergen.mueller@example.de"), ==, 1);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "messy9@example.org"), ==, 1);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, registered), ==, 1);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "not-an-email"), ==, 0);
  g_assert_nonnull (strstr (evd_import_report_view_get_summary_text (evd_import_assistant_get_report_view (assistant)),
                            "12"));
  /* The repeat of Ana's address needs nobody's attention: not counted. */
  g_assert_cmpuint (evd_import_report_view_get_n_problem_rows (evd_import_assistant_get_report_view (assistant)), ==, 2);
  {
    g_autofree char *name = evd_import_report_view_dup_problem_file_name (evd_import_assistant_get_report_view (assistant));

    g_assert_cmpstr (name, ==, "Teilnehmer – problem rows.csv");
  }
  screenshot (assistant, "import-6-report");

  /* Save Problem Rows: one file ready to fix */
  saved = g_file_new_build_filename (tmp_dir, "problems.csv", NULL);
  evd_import_report_view_save_async (evd_import_assistant_get_report_view (assistant), saved, NULL,
                                     evd_test_store_result_cb, &result);
  evd_test_wait_for_result (&result, TIMEOUT_MS);
  g_assert_true (evd_import_report_view_save_finish (evd_import_assistant_get_report_view (assistant), result, &error));
  g_assert_no_error (error);
  g_file_load_contents (saved, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (length > 3 && memcmp (contents, "\357\273\277", 3) == 0);
  g_assert_nonnull (strstr (contents, "\r\n"));
  {
    /* Attendees' details: readable by their owner only. */
    g_autofree char *saved_path = g_file_get_path (saved);
    GStatBuf st;

    g_assert_cmpint (g_stat (saved_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  g_assert_nonnull (strstr (contents, "not-an-email"));
  g_assert_nonnull (strstr (contents, "ANA.GARCIA@example.com"));
  g_assert_null (strstr (contents, "messy3@example.org"));

  /* Done closes */
  g_assert_true (evd_import_assistant_can_go_next (assistant));
  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  evd_import_assistant_go_next (assistant);
  evd_test_iterate_until (evd_test_pointer_cleared, &assistant, TIMEOUT_MS);
  g_assert_null (assistant);
}

/* Read errors ------------------------------------------------------------- */

static void
test_read_errors (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, PUBLISHED_EVENT, TIMEOUT_MS);
  g_autoptr(GFile) header_only = write_file ("header-only.csv", "Email,First Name\r\n", NULL);
  g_autoptr(GFile) unterminated = write_file ("broken.csv", "Email,Name\r\na@example.com,\"Ana\r\nb@example.com,Bo\r\n", NULL);
  EvdImportAssistant *assistant = open_assistant (event);
  g_autofree char *message = NULL;

  evd_import_assistant_open_file (assistant, header_only);
  evd_test_iterate_until (not_idle, assistant, TIMEOUT_MS);
  wait_for_step (assistant, "file");
  message = evd_import_assistant_dup_message (assistant);
  g_assert_nonnull (strstr (message, "column names but no attendees"));
  g_assert_false (evd_import_assistant_can_go_next (assistant));
  screenshot (assistant, "import-1-file-error");
  g_clear_pointer (&message, g_free);

  evd_import_assistant_open_file (assistant, unterminated);
  evd_test_iterate_until (not_idle, assistant, TIMEOUT_MS);
  wait_for_step (assistant, "file");
  message = evd_import_assistant_dup_message (assistant);
  g_assert_nonnull (strstr (message, "Could Not Be Read"));
  close_assistant (assistant);
}

/* The draft-event guard --------------------------------------------------- */

static void
test_draft_guard (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, DRAFT_EVENT, TIMEOUT_MS);
  g_autoptr(GFile) file = write_file ("guests.csv", "email,first name,last name\n"
                                      "guard1@example.org,Gia,One\nguard2@example.org,Gus,Two\n"
                                      "guard3@example.org,Gil,Three\n", NULL);
  EvdImportAssistant *assistant = open_assistant (event);
  g_autofree char *message = NULL;
  guint posts_before = evd_sandbox_server_count_requests (server, "POST", "/v2/zoom_events/events");

  evd_import_assistant_open_file (assistant, file);
  wait_for_step (assistant, "found");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "checks");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "options");

  message = evd_import_assistant_dup_message (assistant);
  g_assert_nonnull (strstr (message, "Not Published Yet"));
  g_assert_nonnull (strstr (message, "only for published events"));
  g_assert_null (strstr (message, "26501"));
  g_assert_false (evd_import_assistant_can_import (assistant));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (assistant->guard_button)));
  evd_import_assistant_start_import (assistant);
  g_assert_cmpstr (evd_import_assistant_get_step (assistant), ==, "options");
  /* Nothing was sent */
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "POST", "/v2/zoom_events/events"), ==, posts_before);
  screenshot (assistant, "import-5-guard");

  evd_import_assistant_publish_event (assistant);
  answer_dialog ("publish");
  evd_test_iterate_until (import_can_start, assistant, TIMEOUT_MS);
  g_assert_true (evd_import_assistant_can_import (assistant));
  g_assert_false (gtk_widget_get_visible (assistant->guard_box));

  evd_import_assistant_start_import (assistant);
  wait_for_step (assistant, "report");
  g_assert_cmpuint (evd_import_result_get_n_created (evd_import_assistant_get_result (assistant)), ==, 3);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, evd_event_get_event_id (event), "guard2@example.org"),
                    ==, 1);
  close_assistant (assistant);
}

/* Extra tickets: the check after the import and its button ------------- */

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

/* Someone registered a person twice outside this import (Zoom allows it):
 * the report says so after the import, and its button removes the extra. */
static void
test_extra_tickets (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, PUBLISHED_EVENT, TIMEOUT_MS);
  const char *event_id = evd_event_get_event_id (event);
  g_autoptr(GFile) file = write_file ("twice.csv", "email,first name,last name\n"
                                      "twice1@example.org,Tia,One\ntwice2@example.org,Tom,Two\n", NULL);
  EvdImportAssistant *assistant = NULL;
  TicketWait wait = { event_id, "twice2@example.org" };
  GtkWidget *button;

  evd_test_post_ticket (client, event_id, "twice2@example.org", TIMEOUT_MS);
  evd_test_post_ticket (client, event_id, "TWICE2@example.org", TIMEOUT_MS);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "twice2@example.org"), ==, 2);

  assistant = open_assistant (event);
  evd_import_assistant_open_file (assistant, file);
  wait_for_step (assistant, "found");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "checks");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "options");
  evd_test_iterate_until (import_can_start, assistant, TIMEOUT_MS);
  evd_import_assistant_start_import (assistant);
  wait_for_step (assistant, "report");

  button = evd_test_find_visible_button (GTK_WIDGET (evd_import_assistant_get_report_view (assistant)),
                                         "_Remove 1 Extra Ticket");
  g_assert_nonnull (button);
  screenshot (assistant, "import-7-extra-tickets");

  gtk_widget_activate (button);
  evd_test_iterate_until (one_ticket_left, &wait, TIMEOUT_MS);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "twice2@example.org"), ==, 1);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "twice1@example.org"), ==, 1);
  evd_test_iterate_for (100);
  g_assert_false (gtk_widget_get_visible (button));
  screenshot (assistant, "import-8-extra-tickets-removed");

  close_assistant (assistant);
}

/* Cancel, then Resume Import on the next start ---------------------------- */

static gboolean
some_created (gpointer data)
{
  EvdTicketImporter *importer = evd_import_assistant_get_importer (data);
  EvdImportProgress progress = { 0 };

  if (importer == NULL)
    return FALSE;
  evd_ticket_importer_get_progress (importer, &progress);
  return progress.created >= 60;
}

static guint
count_imported (const char *event_id,
                guint       n,
                guint      *duplicates)
{
  guint with_ticket = 0;

  *duplicates = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *email = g_strdup_printf ("resume%u@example.org", i);
      guint count = evd_sandbox_server_count_tickets (server, event_id, email);

      with_ticket += count > 0;
      *duplicates += count > 1;
    }
  return with_ticket;
}

static void
test_cancel_and_resume (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, CANCEL_EVENT, TIMEOUT_MS);
  const char *event_id = evd_event_get_event_id (event);
  g_autofree char *rows = generated_rows ("resume", 600, ',');
  g_autofree char *text = g_strconcat ("Email,First Name,Last Name\r\n", rows, NULL);
  g_autoptr(GFile) file = write_file ("big.csv", text, NULL);
  EvdImportAssistant *assistant = open_assistant (event);
  EvdImportResult *result;
  EvdImportAssistant *resumed;
  GtkWidget *window;
  guint created_first, not_done, duplicates;

  evd_import_assistant_open_file (assistant, file);
  wait_for_step (assistant, "found");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "checks");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "options");
  evd_test_iterate_until (import_can_start, assistant, TIMEOUT_MS);

  evd_sandbox_server_set_latency (server, 120);
  evd_import_assistant_start_import (assistant);
  g_assert_cmpstr (evd_import_assistant_get_step (assistant), ==, "sending");
  evd_test_iterate_until (some_created, assistant, TIMEOUT_MS);
  g_assert_cmpfloat (evd_import_progress_view_get_fraction (evd_import_assistant_get_progress_view (assistant)), >, 0.0);
  g_assert_nonnull (strstr (evd_import_progress_view_get_counts_text (evd_import_assistant_get_progress_view (assistant)),
                            "registered"));
  screenshot (assistant, "import-5-progress");

  /* Closing while sending asks first; keeping on changes nothing */
  gtk_window_close (GTK_WINDOW (assistant));
  answer_dialog ("continue");
  g_assert_cmpstr (evd_import_assistant_get_step (assistant), ==, "sending");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (assistant)));
  evd_import_progress_view_cancel (evd_import_assistant_get_progress_view (assistant));
  wait_for_step (assistant, "report");
  evd_sandbox_server_set_latency (server, 0);

  result = evd_import_assistant_get_result (assistant);
  created_first = evd_import_result_get_n_created (result);
  not_done = evd_import_result_get_n_not_done (result);
  g_assert_cmpuint (created_first, >, 0);
  g_assert_cmpuint (not_done, >, 0);
  g_assert_cmpuint (count_imported (event_id, 600, &duplicates), ==, created_first);
  g_assert_cmpuint (duplicates, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (assistant->stop_label)));
  screenshot (assistant, "import-6-report-cancelled");
  close_assistant (assistant);

  /* The next start offers to finish it */
  window = adw_window_new ();
  gtk_window_present (GTK_WINDOW (window));
  evd_import_offer_resume (GTK_WINDOW (window), client, tmp_dir);
  answer_dialog ("resume");
  resumed = EVD_IMPORT_ASSISTANT (evd_test_find_toplevel (EVD_TYPE_IMPORT_ASSISTANT));
  g_assert_nonnull (resumed);
  wait_for_step (resumed, "report");
  result = evd_import_assistant_get_result (resumed);
  g_assert_cmpuint (evd_import_result_get_n_not_done (result), ==, 0);
  g_assert_cmpuint (count_imported (event_id, 600, &duplicates), ==, 600);
  g_assert_cmpuint (duplicates, ==, 0);
  screenshot (resumed, "import-7-resumed");
  close_assistant (resumed);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An import into the same event already runs (here, one from the command
 * line): the Import button says so and sends nothing; once it ends, the
 * import goes ahead. */
static void
test_import_running_elsewhere (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, PUBLISHED_EVENT, TIMEOUT_MS);
  const char *event_id = evd_event_get_event_id (event);
  g_autoptr(GFile) file = write_file ("elsewhere.csv", "email,first name\nelse1@example.org,Eli\n", NULL);
  g_autoptr(GError) error = NULL;
  EvdImportLock *other = evd_import_lock_acquire (event_id, EVD_IMPORT_ORIGIN_COMMAND_LINE, &error);
  EvdImportAssistant *assistant = open_assistant (event);
  guint posts_before;

  g_assert_no_error (error);
  evd_import_assistant_open_file (assistant, file);
  wait_for_step (assistant, "found");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "checks");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "options");
  evd_test_iterate_until (import_can_start, assistant, TIMEOUT_MS);

  posts_before = evd_sandbox_server_count_requests (server, "POST", NULL);
  evd_import_assistant_start_import (assistant);
  g_assert_cmpstr (evd_import_assistant_get_step (assistant), ==, "options");
  g_assert_true (gtk_widget_get_visible (assistant->guard_box));
  g_assert_nonnull (strstr (gtk_label_get_text (assistant->guard_label), "Another import into this event is running"));
  g_assert_nonnull (strstr (gtk_label_get_text (assistant->guard_label), "from the command line"));
  g_assert_cmpuint (evd_sandbox_server_count_requests (server, "POST", NULL), ==, posts_before);
  screenshot (assistant, "import-9-running-elsewhere");

  evd_import_lock_release (other);
  evd_import_assistant_start_import (assistant);
  wait_for_step (assistant, "report");
  g_assert_cmpuint (evd_sandbox_server_count_tickets (server, event_id, "else1@example.org"), ==, 1);
  close_assistant (assistant);
}

/* An import stopped more than 30 days ago: on the next start the app says
 * its attendee list is removed, and removes it. */
static void
test_abandoned_journal (void)
{
  g_autofree char *old = g_build_filename (tmp_dir, "abandoned.jsonl", NULL);
  struct utimbuf long_ago;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWindow *dialog;

  g_file_set_contents (old, "{\"version\":1}\n", -1, &error);
  g_assert_no_error (error);
  long_ago.actime = long_ago.modtime = time (NULL) - 31 * 24 * 3600;
  g_assert_cmpint (g_utime (old, &long_ago), ==, 0);

  window = adw_window_new ();
  gtk_window_present (GTK_WINDOW (window));
  evd_import_offer_resume (GTK_WINDOW (window), client, tmp_dir);
  evd_test_iterate_until (dialog_shown, NULL, TIMEOUT_MS);
  dialog = GTK_WINDOW (evd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Old Unfinished Imports Removed");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "more than 30 days ago"));
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  answer_dialog ("ok");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The registrations page -------------------------------------------------- */

static gboolean
has_import_shortcut (GtkWidget *page)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (page);
  g_autoptr(GtkShortcutTrigger) ctrl_i = gtk_keyval_trigger_new (GDK_KEY_i, GDK_CONTROL_MASK);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), ctrl_i) &&
              GTK_IS_NAMED_ACTION (action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "import.from-csv") == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
drop_file_on (GtkWidget *page,
              GFile     *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (page);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean accepted = FALSE;

      if (!GTK_IS_DROP_TARGET (controller))
        continue;
      g_value_init (&value, G_TYPE_FILE);
      g_value_set_object (&value, file);
      g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
      return accepted;
    }
  return FALSE;
}

static gboolean
page_counts (gpointer page)
{
  return g_str_has_suffix (evd_registrations_page_get_count_text (page), "registrations");
}

static gboolean
page_has_42 (gpointer page)
{
  return g_strcmp0 (evd_registrations_page_get_count_text (page), "42 registrations") == 0;
}

static void
test_registrations_page_button (void)
{
  g_autoptr(EvdEvent) event = evd_test_get_event (client, server, PUBLISHED_EVENT, TIMEOUT_MS);
  g_autoptr(GFile) file = write_file ("two.csv", "Email,Name\npage1@example.org,Pia\npage2@example.org,Paul\n", NULL);
  EvdImportAssistant *assistant;
  GtkWidget *page = evd_registrations_page_new (client, event);
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *button;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  button = evd_registrations_page_get_action (EVD_REGISTRATIONS_PAGE (page), 0);
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "import.from-csv");
  evd_test_iterate_until (page_counts, page, TIMEOUT_MS);
  g_assert_cmpstr (evd_registrations_page_get_count_text (EVD_REGISTRATIONS_PAGE (page)), ==, "40 registrations");
  g_free (evd_test_save_screenshot (window, "import-0-registrations-page"));

  /* Ctrl+I is bound to the page's import action */
  g_assert_true (has_import_shortcut (page));

  /* A file dropped on the page opens the assistant; the page reloads after. */
  g_assert_true (drop_file_on (page, file));
  assistant = EVD_IMPORT_ASSISTANT (evd_test_find_toplevel (EVD_TYPE_IMPORT_ASSISTANT));
  g_assert_nonnull (assistant);
  evd_import_assistant_set_journal_directory (assistant, tmp_dir);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (assistant)) == GTK_WINDOW (window));
  wait_for_step (assistant, "found");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "checks");
  evd_import_assistant_go_next (assistant);
  wait_for_step (assistant, "options");
  evd_test_iterate_until (import_can_start, assistant, TIMEOUT_MS);
  evd_import_assistant_start_import (assistant);
  wait_for_step (assistant, "report");
  evd_test_iterate_until (page_has_42, page, TIMEOUT_MS);
  g_assert_cmpstr (evd_registrations_page_get_count_text (EVD_REGISTRATIONS_PAGE (page)), ==, "42 registrations");
  close_assistant (assistant);

  gtk_window_destroy (GTK_WINDOW (window));
  evd_test_iterate_for (100);
}

/* The report view alone, as pasted lists use it ---------------------------- */

static JsonNode *
json_from_string_or_die (const char *email)
{
  g_autofree char *text = g_strdup_printf ("{\"email\": \"%s\"}", email);
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

static EvdImportRow *
make_row (guint       number,
          const char *email)
{
  g_autoptr(JsonNode) ticket = json_from_string_or_die (email);

  return evd_import_row_new (number, ticket);
}

static gboolean
widget_sensitive (gpointer data)
{
  return gtk_widget_is_sensitive (data);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_report_view (void)
{
  g_autoptr(GListStore) rows = g_list_store_new (EVD_TYPE_IMPORT_ROW);
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(EvdImportRow) created = make_row (2, "made@example.org");
  g_autoptr(EvdImportRow) skipped = make_row (3, "had@example.org");
  g_autoptr(EvdImportRow) failed = make_row (4, "=cmd@example.org");
  g_autoptr(GBytes) bytes = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *view = evd_import_report_view_new ();
  GtkWidget *save;
  const char *text;
  gsize size;

  evd_import_row_set_created (created, "t1", "https://example.org/j/1");
  evd_import_row_set_already_registered (skipped, "t0");
  evd_import_row_set_failed (failed, "ticket_type_notfound", "The ticket type no longer exists.");
  g_list_store_append (rows, created);
  g_list_store_append (rows, skipped);
  g_list_store_append (rows, failed);
  result = evd_import_result_new (G_LIST_MODEL (rows));

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), view);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 560);
  gtk_window_present (GTK_WINDOW (window));
  evd_import_report_view_set_result (EVD_IMPORT_REPORT_VIEW (view), result, NULL);
  g_assert_cmpstr (evd_import_report_view_get_summary_text (EVD_IMPORT_REPORT_VIEW (view)), ==,
                   "1 attendee registered");

  /* Save Problem Rows appears where Cancel Import was: a click a moment
   * late does nothing, and it takes clicks after a pause. */
  save = find_button (view, "_Save Problem Rows as CSV…");
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_is_sensitive (save));
  gtk_widget_activate (save);
  g_assert_null (evd_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  evd_test_iterate_until (widget_sensitive, save, TIMEOUT_MS);

  g_assert_cmpuint (evd_import_report_view_get_n_problem_rows (EVD_IMPORT_REPORT_VIEW (view)), ==, 1);

  bytes = evd_import_report_view_build_problem_csv (EVD_IMPORT_REPORT_VIEW (view));
  text = g_bytes_get_data (bytes, &size);
  g_assert_true (size > 3 && memcmp (text, "\357\273\277", 3) == 0);
  g_assert_nonnull (g_strstr_len (text, size, "The ticket type no longer exists."));
  /* A cell that a spreadsheet would run as a formula is neutralised */
  g_assert_nonnull (g_strstr_len (text, size, "'=cmd@example.org"));
  g_assert_null (g_strstr_len (text, size, "made@example.org"));
  gtk_test_widget_wait_for_draw (window);
  g_free (evd_test_save_screenshot (window, "import-6-report-view-360"));
  gtk_window_destroy (GTK_WINDOW (window));
  evd_test_iterate_for (50);
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (tmp_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  evd_test_init_ui (&argc, &argv);

  tmp_dir = g_dir_make_tmp ("evd-import-assistant-XXXXXX", &error);
  g_assert_no_error (error);

  server = evd_test_start_sandbox ();
  client = evd_test_client_new (server);

  g_test_add_func ("/import-assistant/registrations-page", test_registrations_page_button);
  g_test_add_func ("/import-assistant/report-view", test_report_view);
  g_test_add_func ("/import-assistant/messy-file", test_messy_file);
  g_test_add_func ("/import-assistant/read-errors", test_read_errors);
  g_test_add_func ("/import-assistant/draft-guard", test_draft_guard);
  g_test_add_func ("/import-assistant/cancel-and-resume", test_cancel_and_resume);
  g_test_add_func ("/import-assistant/extra-tickets", test_extra_tickets);
  g_test_add_func ("/import-assistant/abandoned-journal", test_abandoned_journal);
  g_test_add_func ("/import-assistant/import-running-elsewhere", test_import_running_elsewhere);

  status = g_test_run ();

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  g_clear_object (&server);
  remove_tmp_dir ();
  g_free (tmp_dir);
  return status;
}
