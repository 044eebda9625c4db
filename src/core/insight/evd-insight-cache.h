/* evd-insight-cache.h: an event's reports, kept on this computer between reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "evd-attendance-list.h"
#include "evd-registration-list.h"

G_BEGIN_DECLS

/* What was read last time, so the next read asks only for what changed
 * (Zoom's `from`), and the page shows something at once. */
typedef struct
{
  char                *event_json;        /* GET /events/{id}, as read */
  char                *ticket_types_json; /* {"ticket_types": [...]} */
  EvdRegistrationList *registrations;     /* nullable: never read */
  gint64               registrations_read_at; /* Unix µs when that read began */
  gint64               count_gap;         /* rows minus the ticket types' sold total, at the last full read */
  EvdAttendanceList   *attendance;        /* nullable */
  gint64               attendance_read_at;
  gint64               saved_at;          /* Unix µs */
} EvdInsightCache;

EvdInsightCache *evd_insight_cache_new    (void);
void             evd_insight_cache_free   (EvdInsightCache  *cache);
char            *evd_insight_cache_path   (const char       *api_url,
                                           const char       *event_id);
EvdInsightCache *evd_insight_cache_load   (const char       *path,
                                           GError          **error);
gboolean         evd_insight_cache_save   (EvdInsightCache  *cache,
                                           const char       *path,
                                           GError          **error);

/* Deletes every kept report (signing out): they hold attendees' data. */
void             evd_insight_cache_forget_all_async  (GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean         evd_insight_cache_forget_all_finish (GAsyncResult        *result,
                                                      GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdInsightCache, evd_insight_cache_free)

G_END_DECLS
