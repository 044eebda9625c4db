/* evd-event-summary-view.h: the event page's numbers and charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "evd-client.h"
#include "evd-event-summary.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_SUMMARY_VIEW (evd_event_summary_view_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventSummaryView, evd_event_summary_view, EVD, EVENT_SUMMARY_VIEW, GtkWidget)

/* Properties "client" and "event" are bound by the page that holds it. */
EvdClient       *evd_event_summary_view_get_client   (EvdEventSummaryView *self);
void             evd_event_summary_view_set_client   (EvdEventSummaryView *self,
                                                      EvdClient           *client);
EvdEvent        *evd_event_summary_view_get_event    (EvdEventSummaryView *self);
void             evd_event_summary_view_set_event    (EvdEventSummaryView *self,
                                                      EvdEvent            *event);
/* What is shown, and whether it came from the cache; for tests. */
EvdEventSummary *evd_event_summary_view_get_summary  (EvdEventSummaryView *self);
gboolean         evd_event_summary_view_is_fresh     (EvdEventSummaryView *self);
gboolean         evd_event_summary_view_is_loading   (EvdEventSummaryView *self);

G_END_DECLS
