/* evd-registrations-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-ticket-list.h"

G_BEGIN_DECLS

#define EVD_TYPE_REGISTRATIONS_PAGE (evd_registrations_page_get_type ())

G_DECLARE_FINAL_TYPE (EvdRegistrationsPage, evd_registrations_page, EVD, REGISTRATIONS_PAGE, GtkWidget)

GtkWidget     *evd_registrations_page_new              (EvdClient             *client,
                                                        EvdEvent              *event);
void           evd_registrations_page_reload           (EvdRegistrationsPage  *self);
void           evd_registrations_page_search           (EvdRegistrationsPage  *self,
                                                        const char            *email);
void           evd_registrations_page_export_async     (EvdRegistrationsPage  *self,
                                                        GFile                 *file,
                                                        GCancellable          *cancellable,
                                                        GAsyncReadyCallback    callback,
                                                        gpointer               user_data);
guint          evd_registrations_page_export_finish    (EvdRegistrationsPage  *self,
                                                        GAsyncResult          *result,
                                                        GError               **error);

/* For tests and for the work that adds import and add buttons */
EvdTicketList *evd_registrations_page_get_ticket_list  (EvdRegistrationsPage  *self);
GListModel    *evd_registrations_page_get_shown        (EvdRegistrationsPage  *self);
gboolean       evd_registrations_page_is_loading       (EvdRegistrationsPage  *self);
GtkWidget     *evd_registrations_page_get_action        (EvdRegistrationsPage  *self,
                                                        guint                  index);
GtkAdjustment *evd_registrations_page_get_vadjustment  (EvdRegistrationsPage  *self);
const char    *evd_registrations_page_get_count_text   (EvdRegistrationsPage  *self);
const char    *evd_registrations_page_get_state        (EvdRegistrationsPage  *self);

G_END_DECLS
