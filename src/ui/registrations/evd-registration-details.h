/* evd-registration-details.h: one registration in plain words, with editing and removal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_REGISTRATION_DETAILS (evd_registration_details_get_type ())

G_DECLARE_FINAL_TYPE (EvdRegistrationDetails, evd_registration_details, EVD, REGISTRATION_DETAILS, AdwWindow)

/* Signals: "changed" after the profile was saved; "removed" (const char
 * *name) after the registration was deleted, as the window closes. */
GtkWidget   *evd_registration_details_new            (GtkWindow              *parent,
                                                      EvdClient              *client,
                                                      EvdEvent               *event,
                                                      EvdTicket              *ticket);
EvdTicket   *evd_registration_details_get_ticket     (EvdRegistrationDetails *self);

/* For tests: the text of a row of the view ("Status", "Signs In With"…) */
const char  *evd_registration_details_get_value      (EvdRegistrationDetails *self,
                                                      const char             *title);
const char  *evd_registration_details_get_state      (EvdRegistrationDetails *self);
void         evd_registration_details_edit           (EvdRegistrationDetails *self);
void         evd_registration_details_set_edit_field (EvdRegistrationDetails *self,
                                                      const char             *field,
                                                      const char             *value);
const char  *evd_registration_details_get_edit_message (EvdRegistrationDetails *self);
void         evd_registration_details_save           (EvdRegistrationDetails *self);
void         evd_registration_details_remove         (EvdRegistrationDetails *self);

G_END_DECLS
