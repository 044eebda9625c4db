/* evd-attendee.h: one person from an attendee list, as it would be sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "evd-attendee-problem.h"
#include "evd-column-mapping.h"
#include "evd-csv-table.h"

G_BEGIN_DECLS

typedef enum
{
  EVD_ATTENDEE_VALID,               /* would be sent */
  EVD_ATTENDEE_INVALID,             /* fails a check; not sent */
  EVD_ATTENDEE_DUPLICATE,           /* repeats an earlier row's email; not sent */
  EVD_ATTENDEE_ALREADY_REGISTERED,  /* has a ticket already; not sent */
} EvdAttendeeStatus;

#define EVD_TYPE_ATTENDEE (evd_attendee_get_type ())

G_DECLARE_FINAL_TYPE (EvdAttendee, evd_attendee, EVD, ATTENDEE, GObject)

EvdAttendee       *evd_attendee_new                 (guint              row_number);
EvdAttendee       *evd_attendee_new_from_row        (EvdCsvTable       *table,
                                                     EvdColumnMapping  *mapping,
                                                     guint              row);
guint              evd_attendee_get_row_number      (EvdAttendee       *self);
const char        *evd_attendee_get_field           (EvdAttendee       *self,
                                                     EvdImportField     field);
void               evd_attendee_set_field           (EvdAttendee       *self,
                                                     EvdImportField     field,
                                                     const char        *value);
const char        *evd_attendee_get_email           (EvdAttendee       *self);
const char        *evd_attendee_get_email_as_written (EvdAttendee      *self);
EvdProblemKind     evd_attendee_get_problems        (EvdAttendee       *self);
void               evd_attendee_set_problems        (EvdAttendee       *self,
                                                     EvdProblemKind     problems);
EvdAttendeeStatus  evd_attendee_get_status          (EvdAttendee       *self);
void               evd_attendee_set_status          (EvdAttendee       *self,
                                                     EvdAttendeeStatus  status);
guint              evd_attendee_get_duplicate_of    (EvdAttendee       *self);
void               evd_attendee_set_duplicate_of    (EvdAttendee       *self,
                                                     guint              row_number);
char              *evd_attendee_dup_external_ticket_id (EvdAttendee    *self,
                                                     const char        *event_id);
JsonNode          *evd_attendee_to_ticket_json      (EvdAttendee       *self,
                                                     const char        *event_id);

char              *evd_make_external_ticket_id      (const char        *event_id,
                                                     const char        *email);

G_END_DECLS
