/* evd-registrations-page-private.h: what the registrations page holds,
 * shared by its two halves (evd-registrations-page.c: the list, search and
 * import; evd-registrations-page-export.c: saving everyone as CSV)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-registrations-page.h"

G_BEGIN_DECLS

struct _EvdRegistrationsPage
{
  GtkWidget          parent_instance;

  GtkWidget         *main_box;
  GtkWidget         *header_box;
  GtkWidget         *header_separator;
  GtkSearchEntry    *search_entry;
  GtkBox            *actions_box;
  GtkFlowBox        *actions_flow;
  GtkWidget         *import_button;
  GtkWidget         *export_button;
  GtkLabel          *count_label;
  GtkRevealer       *export_revealer;
  GtkProgressBar    *export_progress;
  GtkStack          *stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *error_page;
  AdwStatusPage     *empty_page;
  AdwStatusPage     *no_results_page;
  GtkScrolledWindow *scrolled_window;
  GtkColumnView     *column_view;
  GtkDropTarget     *drop_target;

  GtkNoSelection    *selection;
  EvdTicketList     *tickets;
  GtkFilterListModel *filtered;    /* over tickets, while a name or part of an address is searched */
  char              *local_search; /* that text, case-folded */
  char              *search_text;  /* what was searched, as typed (trimmed) */
  GHashTable        *type_names;   /* ticket type id → name */
  gboolean           types_loading;

  EvdClient         *client;
  EvdEvent          *event;
  GCancellable      *cancellable;
  GCancellable      *export_cancellable;
};

/* Template callbacks of the Export button and its progress bar */
void evd_registrations_page_export_clicked_cb (EvdRegistrationsPage *self);
void evd_registrations_page_cancel_export_cb  (EvdRegistrationsPage *self);

G_END_DECLS
