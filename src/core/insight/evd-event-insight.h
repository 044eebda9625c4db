/* evd-event-insight.h: an event's summary, from the local cache and from Zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-client.h"
#include "evd-event-summary.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_INSIGHT (evd_event_insight_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventInsight, evd_event_insight, EVD, EVENT_INSIGHT, GObject)

/* The scope each report needs, as Zoom names it to an S2S app. */
#define EVD_SCOPE_REGISTRATION_REPORT "zoom_events:read:event_registration:admin"
#define EVD_SCOPE_ATTENDANCE_REPORT   "zoom_events:read:event_attendance:admin"

EvdEventInsight *evd_event_insight_new                  (EvdClient            *client,
                                                         const char           *event_id);
EvdClient       *evd_event_insight_get_client           (EvdEventInsight      *self);
const char      *evd_event_insight_get_event_id         (EvdEventInsight      *self);

/* The summary of what was read last time, at once and without the network;
 * %NULL without an error when nothing was kept for this event. */
void             evd_event_insight_load_cached_async    (EvdEventInsight      *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
EvdEventSummary *evd_event_insight_load_cached_finish   (EvdEventInsight      *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

/* Reads what changed since last time (the reports with `from`), keeps it,
 * and computes the summary in a worker thread. Calls made while one runs
 * share its requests and its result. A missing report scope is no error:
 * the summary lists it and shows what needs no report. */
void             evd_event_insight_refresh_async        (EvdEventInsight      *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
EvdEventSummary *evd_event_insight_refresh_finish       (EvdEventInsight      *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
