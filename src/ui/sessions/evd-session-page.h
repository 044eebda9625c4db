/* evd-session-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_SESSION_PAGE (evd_session_page_get_type ())

G_DECLARE_FINAL_TYPE (EvdSessionPage, evd_session_page, EVD, SESSION_PAGE, GtkWidget)

GtkWidget  *evd_session_page_new          (EvdClient      *client,
                                           EvdEvent       *event,
                                           EvdSession     *session);
EvdSession *evd_session_page_get_session  (EvdSessionPage *self);
gboolean    evd_session_page_is_loading   (EvdSessionPage *self);

G_END_DECLS
