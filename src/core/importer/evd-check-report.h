/* evd-check-report.h: what checking an attendee list found, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-attendee.h"
#include "evd-column-mapping.h"
#include "evd-csv-table.h"

G_BEGIN_DECLS

#define EVD_TYPE_CHECK_REPORT (evd_check_report_get_type ())

G_DECLARE_FINAL_TYPE (EvdCheckReport, evd_check_report, EVD, CHECK_REPORT, GObject)

EvdCsvTable       *evd_check_report_get_table              (EvdCheckReport     *self);
EvdColumnMapping  *evd_check_report_get_mapping            (EvdCheckReport     *self);
guint              evd_check_report_get_n_rows             (EvdCheckReport     *self);
guint              evd_check_report_get_n_valid            (EvdCheckReport     *self);
guint              evd_check_report_get_n_invalid          (EvdCheckReport     *self);
guint              evd_check_report_get_n_duplicates       (EvdCheckReport     *self);
guint              evd_check_report_get_n_already_registered (EvdCheckReport   *self);
guint              evd_check_report_get_n_with_warnings    (EvdCheckReport     *self);
EvdProblemKind     evd_check_report_get_problems           (EvdCheckReport     *self,
                                                            guint               row);
EvdAttendeeStatus  evd_check_report_get_status             (EvdCheckReport     *self,
                                                            guint               row);
guint              evd_check_report_get_duplicate_of       (EvdCheckReport     *self,
                                                            guint               row);
const guint       *evd_check_report_get_rows_with_problem  (EvdCheckReport     *self,
                                                            EvdProblemKind      kind,
                                                            guint              *n_rows);
EvdAttendee       *evd_check_report_create_attendee        (EvdCheckReport     *self,
                                                            guint               row);
GPtrArray         *evd_check_report_dup_attendees          (EvdCheckReport     *self,
                                                            EvdAttendeeStatus   status);
GBytes            *evd_check_report_build_problem_csv      (EvdCheckReport     *self);

G_END_DECLS
