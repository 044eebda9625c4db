/* evd-add-attendee-dialog.h: registers one person, typed in a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-column-mapping.h"

G_BEGIN_DECLS

#define EVD_TYPE_ADD_ATTENDEE_DIALOG (evd_add_attendee_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EvdAddAttendeeDialog, evd_add_attendee_dialog, EVD, ADD_ATTENDEE_DIALOG, AdwWindow)

/* Signal "registered" (const char *ticket_id) once Zoom created the ticket. */
GtkWidget  *evd_add_attendee_dialog_new               (GtkWindow            *parent,
                                                       EvdClient            *client,
                                                       EvdEvent             *event);

/* What the form holds and shows; for tests */
void        evd_add_attendee_dialog_set_field         (EvdAddAttendeeDialog *self,
                                                       EvdImportField        field,
                                                       const char           *value);
const char *evd_add_attendee_dialog_get_field_message (EvdAddAttendeeDialog *self,
                                                       EvdImportField        field);
gboolean    evd_add_attendee_dialog_is_checking       (EvdAddAttendeeDialog *self);
gboolean    evd_add_attendee_dialog_can_add           (EvdAddAttendeeDialog *self);
void        evd_add_attendee_dialog_add               (EvdAddAttendeeDialog *self);
const char *evd_add_attendee_dialog_get_state         (EvdAddAttendeeDialog *self);
const char *evd_add_attendee_dialog_get_join_link     (EvdAddAttendeeDialog *self);
void        evd_add_attendee_dialog_copy_join_link    (EvdAddAttendeeDialog *self);

G_END_DECLS
