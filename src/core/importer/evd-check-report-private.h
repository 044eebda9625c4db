/* evd-check-report-private.h: how the checker fills a report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-check-report.h"

G_BEGIN_DECLS

EvdCheckReport *evd_check_report_new     (EvdCsvTable       *table,
                                          EvdColumnMapping  *mapping);
void            evd_check_report_set_row (EvdCheckReport    *self,
                                          guint              row,
                                          EvdProblemKind     problems,
                                          EvdAttendeeStatus  status,
                                          guint              duplicate_of);

G_END_DECLS
