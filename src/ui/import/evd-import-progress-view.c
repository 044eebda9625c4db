/* evd-import-progress-view.c: a running import, its counts and Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import-progress-view"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-import-progress-view.h"
#include "evd-page-util.h"
#include "evd-ui-util.h"

struct _EvdImportProgressView
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkLabel          *title_label;
  GtkProgressBar    *bar;
  GtkLabel          *counts_label;
  GtkLabel          *time_label;
  GtkWidget         *cancel_button;

  EvdTicketImporter *importer;
  GCancellable      *cancellable;
};

G_DEFINE_FINAL_TYPE (EvdImportProgressView, evd_import_progress_view, GTK_TYPE_WIDGET)

GtkWidget *
evd_import_progress_view_new (void)
{
  return g_object_new (EVD_TYPE_IMPORT_PROGRESS_VIEW, NULL);
}

static char *
format_duration (double seconds)
{
  guint total = (guint) (seconds + 0.5);

  if (total >= 3600)
    /* Translators: time left, hours and minutes */
    return g_strdup_printf (_("About %u h %02u min left"), total / 3600, (total / 60) % 60);
  if (total >= 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u minute left", "About %u minutes left",
                                         (total + 30) / 60), (total + 30) / 60);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u second left", "About %u seconds left",
                                       MAX (total, 1)), MAX (total, 1));
}

static void
show_progress (EvdImportProgressView   *self,
               const EvdImportProgress *progress)
{
  guint done = progress->total - MIN (progress->pending, progress->total);
  g_autofree char *done_text = evd_format_count (done);
  g_autofree char *total_text = evd_format_count (progress->total);
  g_autofree char *created = evd_format_count (progress->created);
  g_autofree char *skipped = evd_format_count (progress->already_registered);
  g_autofree char *failed = evd_format_count (progress->failed);
  g_autofree char *bar_text = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *left = NULL;
  g_autofree char *time_text = NULL;

  /* Translators: "600 of 1,234 attendees" */
  bar_text = g_strdup_printf (_("%s of %s attendees"), done_text, total_text);
  gtk_progress_bar_set_text (self->bar, bar_text);
  gtk_progress_bar_set_fraction (self->bar, progress->total > 0 ? (double) done / progress->total : 0.0);

  /* Translators: the counts of a running import */
  counts = g_strdup_printf (_("%s registered · %s already registered · %s failed"), created, skipped, failed);
  gtk_label_set_text (self->counts_label, counts);

  if (progress->pending == 0)
    time_text = g_strdup ("");
  else if (progress->seconds_left > 0 && progress->speed > 0)
    {
      left = format_duration (progress->seconds_left);
      /* Translators: "About 2 minutes left (12 attendees a second)" */
      time_text = g_strdup_printf (_("%s (%.0f attendees a second)"), left, progress->speed);
    }
  else
    time_text = g_strdup (_("Estimating the time left…"));
  gtk_label_set_text (self->time_label, time_text);
}

static void
progress_cb (EvdTicketImporter       *importer,
             const EvdImportProgress *progress,
             gpointer                 user_data)
{
  show_progress (EVD_IMPORT_PROGRESS_VIEW (user_data), progress);
}

/**
 * evd_import_progress_view_set_importer:
 * @importer: (nullable): the import to follow
 */
void
evd_import_progress_view_set_importer (EvdImportProgressView *self,
                                       EvdTicketImporter     *importer)
{
  EvdImportProgress progress = { 0 };

  g_return_if_fail (EVD_IS_IMPORT_PROGRESS_VIEW (self));
  g_return_if_fail (importer == NULL || EVD_IS_TICKET_IMPORTER (importer));

  if (self->importer != NULL)
    g_signal_handlers_disconnect_by_data (self->importer, self);
  g_set_object (&self->importer, importer);
  if (importer == NULL)
    return;

  g_signal_connect (importer, "progress", G_CALLBACK (progress_cb), self);
  evd_ticket_importer_get_progress (importer, &progress);
  progress.seconds_left = -1;
  show_progress (self, &progress);
}

/**
 * evd_import_progress_view_get_importer:
 *
 * Returns: (transfer none) (nullable): the import followed
 */
EvdTicketImporter *
evd_import_progress_view_get_importer (EvdImportProgressView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_PROGRESS_VIEW (self), NULL);

  return self->importer;
}

/**
 * evd_import_progress_view_set_cancellable:
 * @cancellable: (nullable): what Cancel cancels; %NULL hides Cancel
 */
void
evd_import_progress_view_set_cancellable (EvdImportProgressView *self,
                                          GCancellable          *cancellable)
{
  g_return_if_fail (EVD_IS_IMPORT_PROGRESS_VIEW (self));

  g_set_object (&self->cancellable, cancellable);
  gtk_widget_set_visible (self->cancel_button, cancellable != NULL);
  gtk_widget_set_sensitive (self->cancel_button, cancellable != NULL && !g_cancellable_is_cancelled (cancellable));
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Cancel Import"));
}

void
evd_import_progress_view_set_title (EvdImportProgressView *self,
                                    const char            *title)
{
  g_return_if_fail (EVD_IS_IMPORT_PROGRESS_VIEW (self));

  gtk_label_set_text (self->title_label, title != NULL ? title : "");
}

double
evd_import_progress_view_get_fraction (EvdImportProgressView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_PROGRESS_VIEW (self), 0.0);

  return gtk_progress_bar_get_fraction (self->bar);
}

const char *
evd_import_progress_view_get_counts_text (EvdImportProgressView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_PROGRESS_VIEW (self), NULL);

  return gtk_label_get_text (self->counts_label);
}

const char *
evd_import_progress_view_get_time_text (EvdImportProgressView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_PROGRESS_VIEW (self), NULL);

  return gtk_label_get_text (self->time_label);
}

/**
 * evd_import_progress_view_cancel:
 *
 * What the Cancel button does: the batches already sent finish, nothing new
 * is sent, and what was registered stays registered.
 */
void
evd_import_progress_view_cancel (EvdImportProgressView *self)
{
  g_return_if_fail (EVD_IS_IMPORT_PROGRESS_VIEW (self));

  if (self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;

  gtk_widget_set_sensitive (self->cancel_button, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("Stopping…"));
  gtk_label_set_text (self->time_label, _("Stopping after the batches already sent. Attendees registered so far keep their tickets."));
  g_cancellable_cancel (self->cancellable);
}

/* Construction ------------------------------------------------------------ */

static void
evd_import_progress_view_dispose (GObject *object)
{
  EvdImportProgressView *self = EVD_IMPORT_PROGRESS_VIEW (object);

  if (self->importer != NULL)
    g_signal_handlers_disconnect_by_data (self->importer, self);
  g_clear_object (&self->importer);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_IMPORT_PROGRESS_VIEW);

  G_OBJECT_CLASS (evd_import_progress_view_parent_class)->dispose (object);
}

static void
evd_import_progress_view_class_init (EvdImportProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_import_progress_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/import/evd-import-progress-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdImportProgressView, box);
  gtk_widget_class_bind_template_child (widget_class, EvdImportProgressView, title_label);
  gtk_widget_class_bind_template_child (widget_class, EvdImportProgressView, bar);
  gtk_widget_class_bind_template_child (widget_class, EvdImportProgressView, counts_label);
  gtk_widget_class_bind_template_child (widget_class, EvdImportProgressView, time_label);
  gtk_widget_class_bind_template_child (widget_class, EvdImportProgressView, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, evd_import_progress_view_cancel);
}

static void
evd_import_progress_view_init (EvdImportProgressView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
