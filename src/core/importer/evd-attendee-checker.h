/* evd-attendee-checker.h: checks every row of an attendee list before sending
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-check-report.h"
#include "evd-column-mapping.h"
#include "evd-csv-table.h"

G_BEGIN_DECLS

#define EVD_TYPE_ATTENDEE_CHECKER (evd_attendee_checker_get_type ())

G_DECLARE_FINAL_TYPE (EvdAttendeeChecker, evd_attendee_checker, EVD, ATTENDEE_CHECKER, GObject)

EvdAttendeeChecker *evd_attendee_checker_new                  (void);
void                evd_attendee_checker_add_registered_email (EvdAttendeeChecker   *self,
                                                               const char           *email);
gboolean            evd_attendee_checker_is_registered        (EvdAttendeeChecker   *self,
                                                               const char           *email);
EvdCheckReport     *evd_attendee_checker_check                (EvdAttendeeChecker   *self,
                                                               EvdCsvTable          *table,
                                                               EvdColumnMapping     *mapping,
                                                               GCancellable         *cancellable,
                                                               GError              **error);
void                evd_attendee_checker_check_async          (EvdAttendeeChecker   *self,
                                                               EvdCsvTable          *table,
                                                               EvdColumnMapping     *mapping,
                                                               GCancellable         *cancellable,
                                                               GAsyncReadyCallback   callback,
                                                               gpointer              user_data);
EvdCheckReport     *evd_attendee_checker_check_finish         (EvdAttendeeChecker   *self,
                                                               GAsyncResult         *result,
                                                               GError              **error);

G_END_DECLS
