/* evd-paste-attendees-dialog.h: registers the people in a pasted list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-attendee.h"
#include "evd-client.h"
#include "evd-import-report-view.h"
#include "evd-import-result.h"

G_BEGIN_DECLS

#define EVD_TYPE_PASTE_ATTENDEES_DIALOG (evd_paste_attendees_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EvdPasteAttendeesDialog, evd_paste_attendees_dialog, EVD, PASTE_ATTENDEES_DIALOG, AdwWindow)

/* Signal "registered" (const char *ticket_id, %NULL) once an import that
 * created someone has ended. */
GtkWidget       *evd_paste_attendees_dialog_new          (GtkWindow               *parent,
                                                          EvdClient               *client,
                                                          EvdEvent                *event);

/* What a row of the table says about @attendee, in words */
char            *evd_paste_attendee_describe             (EvdAttendee             *attendee);

/* For tests */
void             evd_paste_attendees_dialog_set_text     (EvdPasteAttendeesDialog *self,
                                                          const char              *text);
gboolean         evd_paste_attendees_dialog_is_checking  (EvdPasteAttendeesDialog *self);
GListModel      *evd_paste_attendees_dialog_get_rows     (EvdPasteAttendeesDialog *self);
const char      *evd_paste_attendees_dialog_get_summary  (EvdPasteAttendeesDialog *self);
gboolean         evd_paste_attendees_dialog_can_send     (EvdPasteAttendeesDialog *self);
void             evd_paste_attendees_dialog_send         (EvdPasteAttendeesDialog *self);
const char      *evd_paste_attendees_dialog_get_state    (EvdPasteAttendeesDialog *self);
EvdImportResult *evd_paste_attendees_dialog_get_result   (EvdPasteAttendeesDialog *self);
EvdImportReportView *
                 evd_paste_attendees_dialog_get_report_view (EvdPasteAttendeesDialog *self);

G_END_DECLS
