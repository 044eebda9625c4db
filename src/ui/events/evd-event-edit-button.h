/* evd-event-edit-button.h: the event page's Edit… button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-event-page.h"

G_BEGIN_DECLS

GtkWidget *evd_event_edit_button_new (EvdEventPage *page);

G_END_DECLS
