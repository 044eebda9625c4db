/* evd-registration-compare.h: a hub's events' registration curves, laid over
 * each other by days before each event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_REGISTRATION_COMPARE (evd_registration_compare_get_type ())

G_DECLARE_FINAL_TYPE (EvdRegistrationCompare, evd_registration_compare, EVD, REGISTRATION_COMPARE, GtkWidget)

/* At most this many events are compared: the latest ones. */
#define EVD_REGISTRATION_COMPARE_MAX_EVENTS 5
/* How far back before each event the curves go. */
#define EVD_REGISTRATION_COMPARE_DAYS 90

/* Properties "client" and "events" (the hub's EvdEvents) are bound by the hub page. */
gboolean    evd_registration_compare_is_loading     (EvdRegistrationCompare *self);
GtkWidget  *evd_registration_compare_get_chart_view (EvdRegistrationCompare *self);

G_END_DECLS
