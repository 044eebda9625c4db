/* evd-import-entry.c: where imports start: the registrations page, a drop,
 * and the next start after an import stopped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-import-assistant.h"
#include "evd-import-entry.h"
#include "evd-page-util.h"
#include "evd-registrations-page.h"

/* The registrations page --------------------------------------------------- */

static void
reload_page_cb (GtkWidget *page)
{
  if (EVD_IS_REGISTRATIONS_PAGE (page))
    evd_registrations_page_reload (EVD_REGISTRATIONS_PAGE (page));
}

/**
 * evd_import_open_assistant:
 * @page: the page it opens from; reloaded after the import
 * @file: (nullable): the file to read; %NULL asks for one
 *
 * Returns: (transfer none): the assistant, shown
 */
GtkWidget *
evd_import_open_assistant (GtkWidget *page,
                           EvdClient *client,
                           EvdEvent  *event,
                           GFile     *file)
{
  GtkRoot *root = gtk_widget_get_root (page);
  EvdImportAssistant *assistant;

  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  assistant = evd_import_assistant_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, client, event);
  g_signal_connect_object (assistant, "finished", G_CALLBACK (reload_page_cb), page, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (assistant));
  if (file != NULL)
    evd_import_assistant_open_file (assistant, file);
  else
    evd_import_assistant_choose_file (assistant);
  return GTK_WIDGET (assistant);
}

static void
open_for_page (GtkWidget *page,
               GFile     *file)
{
  g_autoptr(EvdClient) client = NULL;
  g_autoptr(EvdEvent) event = NULL;

  g_object_get (page, "client", &client, "event", &event, NULL);
  if (client != NULL && event != NULL)
    evd_import_open_assistant (page, client, event, file);
}

static void
from_csv_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       page)
{
  open_for_page (page, NULL);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       page)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      file = files != NULL ? files->data : NULL;
      g_slist_free (files);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;
  open_for_page (page, file);
  return TRUE;
}

/**
 * evd_import_add_to_registrations_page:
 * @page: an #EvdRegistrationsPage (or any widget with "client" and "event")
 * @actions_box: where the button goes
 *
 * Nothing happens without a client and an event (a page built empty).
 */
void
evd_import_add_to_registrations_page (GtkWidget *page,
                                      GtkBox    *actions_box,
                                      EvdClient *client,
                                      EvdEvent  *event)
{
  g_autoptr(GSimpleActionGroup) group = NULL;
  g_autoptr(GSimpleAction) action = NULL;
  GtkEventController *shortcuts;
  GtkDropTarget *target;
  GtkWidget *button;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (GTK_IS_BOX (actions_box));

  if (client == NULL || event == NULL)
    return;

  group = g_simple_action_group_new ();
  action = g_simple_action_new ("from-csv", NULL);
  g_signal_connect_object (action, "activate", G_CALLBACK (from_csv_activated_cb), page, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (page, "import", G_ACTION_GROUP (group));

  button = gtk_button_new_with_mnemonic (_("_Import from CSV…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "import.from-csv");
  gtk_widget_set_tooltip_text (button, _("Register attendees from a spreadsheet (Ctrl+I), or drop a CSV file here"));
  gtk_box_append (actions_box, button);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_i, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("import.from-csv")));
  gtk_widget_add_controller (page, shortcuts);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), page);
  gtk_widget_add_controller (page, GTK_EVENT_CONTROLLER (target));
}

/* Resume Import ------------------------------------------------------------ */

typedef struct
{
  GtkWindow *window;      /* weak */
  EvdClient *client;
  GPtrArray *journals;    /* left to look at, newest last */
} ResumeData;

static void
resume_data_free (ResumeData *data)
{
  g_clear_weak_pointer (&data->window);
  g_clear_object (&data->client);
  g_clear_pointer (&data->journals, g_ptr_array_unref);
  g_free (data);
}

static void look_at_next_journal (ResumeData *data);

static void
resume_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ResumeData       *data)
{
  EvdImportJournal *journal = g_object_get_data (G_OBJECT (dialog), "journal");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "resume") == 0 && data->window != NULL)
    {
      EvdImportAssistant *assistant = evd_import_assistant_new_for_journal (data->window, data->client, journal);

      gtk_window_present (GTK_WINDOW (assistant));
    }
  else if (g_strcmp0 (response, "forget") == 0 && !evd_import_journal_delete (journal, &error))
    g_debug ("Unfinished import not forgotten: %s", error->message);
  resume_data_free (data);
}

static void
ask_to_resume (ResumeData       *data,
               EvdImportJournal *journal)
{
  GPtrArray *rows = evd_import_journal_get_rows (journal);
  g_autofree char *source = g_path_get_basename (evd_import_journal_get_source_name (journal) != NULL
                                                 ? evd_import_journal_get_source_name (journal) : "");
  g_autofree char *done = evd_format_count (evd_import_journal_count_done (journal));
  g_autofree char *total = evd_format_count (rows->len);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: "The import of “guests.csv” into “Launch” stopped with 120 of 500 attendees done. …" */
  body = g_strdup_printf (_("The import of “%s” into “%s” stopped with %s of %s attendees done. Resume it to send "
                            "the rest: nobody gets a second ticket."),
                          source, evd_import_journal_get_event_name (journal) != NULL
                                  ? evd_import_journal_get_event_name (journal) : _("an event"),
                          done, total);
  dialog = adw_message_dialog_new (data->window, _("Finish the Unfinished Import?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Not Now"),
                                    "forget", _("_Forget It"),
                                    "resume", _("_Resume Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "forget", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "resume", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "resume");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "journal", g_object_ref (journal), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (resume_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
event_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ResumeData *data = user_data;
  g_autoptr(EvdImportJournal) journal = g_ptr_array_steal_index (data->journals, data->journals->len - 1);
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  event = evd_client_get_event_finish (EVD_CLIENT (object), result, &error);
  if (data->window == NULL)
    {
      resume_data_free (data);
      return;
    }
  /* Another account's event, or one deleted since: not offered here. */
  if (event == NULL)
    {
      g_debug ("Unfinished import for %s not offered: %s", evd_import_journal_get_event_id (journal), error->message);
      look_at_next_journal (data);
      return;
    }
  ask_to_resume (data, journal);
}

static void
look_at_next_journal (ResumeData *data)
{
  EvdImportJournal *journal;

  if (data->journals->len == 0)
    {
      resume_data_free (data);
      return;
    }
  journal = g_ptr_array_index (data->journals, data->journals->len - 1);
  evd_client_get_event_async (data->client, evd_import_journal_get_event_id (journal), NULL,
                              event_found_cb, data);
}

void
evd_import_offer_resume (GtkWindow  *window,
                         EvdClient  *client,
                         const char *directory)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *journals;
  ResumeData *data;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (EVD_IS_CLIENT (client));

  journals = evd_import_journal_list_unfinished (directory, &error);
  if (journals == NULL)
    {
      g_debug ("Unfinished imports not listed: %s", error != NULL ? error->message : "");
      return;
    }
  data = g_new0 (ResumeData, 1);
  g_set_weak_pointer (&data->window, window);
  data->client = g_object_ref (client);
  data->journals = journals;
  look_at_next_journal (data);
}
