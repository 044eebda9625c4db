/* evd-sessions-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_SESSIONS_PAGE (evd_sessions_page_get_type ())

G_DECLARE_FINAL_TYPE (EvdSessionsPage, evd_sessions_page, EVD, SESSIONS_PAGE, GtkWidget)

GtkWidget  *evd_sessions_page_new           (EvdClient       *client,
                                             EvdEvent        *event);
gboolean    evd_sessions_page_is_loading    (EvdSessionsPage *self);
GListModel *evd_sessions_page_get_sessions  (EvdSessionsPage *self);
void        evd_sessions_page_show_session  (EvdSessionsPage *self,
                                             EvdSession      *session);
GtkWidget  *evd_sessions_page_get_detail    (EvdSessionsPage *self);
void        evd_sessions_page_reload        (EvdSessionsPage *self);

G_END_DECLS
