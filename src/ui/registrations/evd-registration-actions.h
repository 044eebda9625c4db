/* evd-registration-actions.h: Add Attendee and Paste Attendees, on the registrations page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_REGISTRATION_ACTIONS (evd_registration_actions_get_type ())

G_DECLARE_FINAL_TYPE (EvdRegistrationActions, evd_registration_actions, EVD, REGISTRATION_ACTIONS, GtkWidget)

/* The "Add Attendee…" and "Paste Attendees…" buttons for the registrations
 * page, which binds its "client" and "event" and reloads on "registered".
 * On a draft or cancelled event they explain why nobody can be added and
 * offer to publish. Without a client or an event nothing is shown. */
GtkWidget   *evd_registration_actions_new          (void);

/* For tests and the dialogs: whether attendees can be added to @event now. */
gboolean     evd_registration_actions_can_register (EvdEvent             *event);

G_END_DECLS
