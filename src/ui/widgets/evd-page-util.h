/* evd-page-util.h: what the content pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-enums.h"
#include "evd-event.h"
#include "evd-recurrence.h"

G_BEGIN_DECLS

void   evd_status_badge_set            (GtkWidget          *badge,
                                        EvdDisplayStatus    status);
char  *evd_format_count                (guint64             count);
char  *evd_format_range_for_viewer     (GDateTime          *start,
                                        GDateTime          *end,
                                        const char         *event_zone);
char  *evd_describe_recurrence         (EvdRecurrence      *recurrence,
                                        GDateTime          *first_start,
                                        const char         *event_zone);
char  *evd_join_labels                 (const char * const *labels);
void   evd_select_path                 (GtkWidget          *widget,
                                        const char         *first_id,
                                        ...) G_GNUC_NULL_TERMINATED;
void   evd_page_set_row                (AdwActionRow       *row,
                                        const char         *value,
                                        gboolean            hide_when_empty);
int    evd_event_compare_for_display   (EvdEvent           *a,
                                        EvdEvent           *b,
                                        GDateTime          *now);

G_END_DECLS
