/* evd-import-resume.c: the offer to finish an import that stopped before
 * the end (the registrations page starts new imports itself)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import-resume"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-import-assistant.h"
#include "evd-import-resume.h"
#include "evd-page-util.h"
#include "evd-ui-util.h"

/* Resume Import ------------------------------------------------------------ */

typedef struct
{
  GtkWindow *window;      /* weak */
  EvdClient *client;
  GPtrArray *journals;    /* left to look at, newest last */
  EvdImportJournal *asked;
} ResumeData;

static void
resume_data_free (ResumeData *data)
{
  g_clear_weak_pointer (&data->window);
  g_clear_object (&data->client);
  g_clear_pointer (&data->journals, g_ptr_array_unref);
  g_clear_object (&data->asked);
  g_free (data);
}

static void look_at_next_journal (ResumeData *data);

static void
resume_answered_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ResumeData *data = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  g_autoptr(EvdImportJournal) journal = g_steal_pointer (&data->asked);
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
  g_set_object (&data->asked, journal);
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, resume_answered_cb, data);
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

/* Imports stopped long ago keep attendees' names and emails for no purpose:
 * the app says it removes them, then does. */
static void
remove_abandoned (GtkWindow  *window,
                  const char *directory)
{
  g_auto(GStrv) paths = evd_import_journal_find_abandoned (directory);
  guint n = g_strv_length (paths);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (n == 0)
    return;
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u import stopped more than %u days ago and was never finished. The attendee "
                                       "list it kept on this computer is removed. Attendees it registered keep their tickets.",
                                       "%u imports stopped more than %u days ago and were never finished. The attendee "
                                       "lists they kept on this computer are removed. Attendees they registered keep their tickets.",
                                       n), n, EVD_IMPORT_JOURNAL_ABANDONED_DAYS);
  dialog = adw_message_dialog_new (window, _("Old Unfinished Imports Removed"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "ok", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
  evd_import_journal_remove_files ((const char * const *) paths);
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

  remove_abandoned (window, directory);
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
