/* evd-event-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_PAGE (evd_event_page_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventPage, evd_event_page, EVD, EVENT_PAGE, GtkWidget)

GtkWidget  *evd_event_page_new               (EvdClient    *client,
                                              EvdEvent     *event);
EvdEvent   *evd_event_page_get_event         (EvdEventPage *self);
gboolean    evd_event_page_is_loading        (EvdEventPage *self);
GtkBox     *evd_event_page_get_actions_box   (EvdEventPage *self);
void        evd_event_page_reload            (EvdEventPage *self);

G_END_DECLS
