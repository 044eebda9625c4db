/* evd-event-edit-button.c: the event page's Edit… button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-edit-button"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-event-edit-button.h"
#include "evd-event-edit-window.h"
#include "evd-ui-util.h"

/* Drafts and upcoming events can change; Zoom refuses changes to past and
 * cancelled ones (260210), so for those the button gives way to the reason. */
static void
update_cb (EvdEventPage *page,
           GParamSpec   *pspec,
           GtkWidget    *box)
{
  EvdEvent *event = evd_event_page_get_event (page);
  GtkWidget *button = gtk_widget_get_first_child (box);
  GtkWidget *reason = gtk_widget_get_next_sibling (button);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  EvdDisplayStatus status = event != NULL ? evd_event_get_display_status (event, now) : EVD_DISPLAY_STATUS_DRAFT;
  gboolean locked = status == EVD_DISPLAY_STATUS_PAST || status == EVD_DISPLAY_STATUS_CANCELLED;

  gtk_widget_set_visible (button, event != NULL && !locked);
  gtk_widget_set_visible (reason, event != NULL && locked);
  gtk_label_set_text (GTK_LABEL (reason), status == EVD_DISPLAY_STATUS_CANCELLED
                      ? _("Cancelled events cannot be changed.")
                      : _("Past events cannot be changed."));
}

static void
saved_cb (EvdEventEditWindow *window,
          EvdEventPage       *page)
{
  evd_event_page_reload (page);
  evd_show_toast (GTK_WIDGET (page), _("Changes saved"));
}

static void
clicked_cb (GtkButton    *button,
            EvdEventPage *page)
{
  g_autoptr(EvdClient) client = NULL;
  EvdEvent *event = evd_event_page_get_event (page);
  GtkWidget *window;

  g_object_get (page, "client", &client, NULL);
  if (client == NULL || event == NULL)
    return;

  window = evd_event_edit_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))), client, event);
  g_signal_connect_object (window, "saved", G_CALLBACK (saved_cb), page, 0);
  gtk_window_present (GTK_WINDOW (window));
}

/**
 * evd_event_edit_button_new:
 *
 * Returns: (transfer floating): an Edit… button for @page's event, or the
 *   reason it cannot be changed
 */
GtkWidget *
evd_event_edit_button_new (EvdEventPage *page)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Edit…"));
  GtkWidget *reason = gtk_label_new (NULL);

  g_return_val_if_fail (EVD_IS_EVENT_PAGE (page), NULL);

  gtk_widget_set_name (button, "edit-event");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (reason, "dim-label");
  gtk_widget_add_css_class (reason, "caption");
  gtk_label_set_max_width_chars (GTK_LABEL (reason), 24);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), reason);
  g_signal_connect_object (button, "clicked", G_CALLBACK (clicked_cb), page, 0);
  g_signal_connect_object (page, "notify::event", G_CALLBACK (update_cb), box, 0);
  update_cb (page, NULL, box);
  return box;
}
