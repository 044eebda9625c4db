/* evd-event-summary.h: how an event is doing, in numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "evd-attendance-list.h"
#include "evd-event.h"
#include "evd-registration-list.h"

G_BEGIN_DECLS

typedef struct
{
  const char *ticket_type_id;
  const char *name;
  gint64      sold;
  gint64      quantity;    /* -1: no limit */
} EvdSummaryTicketType;

typedef struct
{
  char        date[11];    /* YYYY-MM-DD in the event's time zone */
  gint64      count;
} EvdSummaryDay;

typedef struct
{
  const char *source;      /* Zoom's registration_source; "" when none */
  gint64      count;
} EvdSummarySource;

typedef struct
{
  const char *session_name;
  gint64      attended;
} EvdSummarySession;

#define EVD_SUMMARY_BIN_SECONDS (5 * 60)

#define EVD_TYPE_EVENT_SUMMARY (evd_event_summary_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventSummary, evd_event_summary, EVD, EVENT_SUMMARY, GObject)

/* The whole computation, for a worker thread: nothing here touches the
 * main loop. @ticket_types holds EvdTicketType; @registrations and
 * @attendance may be NULL when their report could not be read. */
EvdEventSummary *evd_event_summary_compute            (EvdEvent            *event,
                                                       GListModel          *ticket_types,
                                                       EvdRegistrationList *registrations,
                                                       EvdAttendanceList   *attendance,
                                                       const char * const  *missing_scopes,
                                                       GDateTime           *now,
                                                       gint64               as_of);

const char      *evd_event_summary_get_event_id       (EvdEventSummary     *self);
const char      *evd_event_summary_get_event_name     (EvdEventSummary     *self);
const char      *evd_event_summary_get_timezone       (EvdEventSummary     *self);
gint64           evd_event_summary_get_as_of          (EvdEventSummary     *self);
gboolean         evd_event_summary_has_started        (EvdEventSummary     *self);
gint64           evd_event_summary_get_start          (EvdEventSummary     *self);
gint64           evd_event_summary_get_end            (EvdEventSummary     *self);
gint64           evd_event_summary_get_opened         (EvdEventSummary     *self);
gint64           evd_event_summary_get_registered     (EvdEventSummary     *self);
gint64           evd_event_summary_get_capacity       (EvdEventSummary     *self);
gint64           evd_event_summary_get_places_left    (EvdEventSummary     *self);
gint64           evd_event_summary_get_new_today      (EvdEventSummary     *self);
gint64           evd_event_summary_get_new_this_week  (EvdEventSummary     *self);
gint64           evd_event_summary_get_attended       (EvdEventSummary     *self);
gboolean         evd_event_summary_has_registration_report (EvdEventSummary *self);
const char * const *evd_event_summary_get_missing_scopes (EvdEventSummary  *self);

const EvdSummaryTicketType *evd_event_summary_get_ticket_types (EvdEventSummary *self,
                                                       guint               *n);
const EvdSummaryDay    *evd_event_summary_get_days    (EvdEventSummary     *self,
                                                       guint               *n);
const EvdSummarySource *evd_event_summary_get_sources (EvdEventSummary     *self,
                                                       guint               *n);
const EvdSummarySession *evd_event_summary_get_sessions (EvdEventSummary   *self,
                                                       guint               *n);
/* People present per EVD_SUMMARY_BIN_SECONDS from the returned start. */
const guint     *evd_event_summary_get_presence       (EvdEventSummary     *self,
                                                       guint               *n,
                                                       gint64              *start);
/* Everyone registered, attended or not, sorted by name. */
EvdAttendanceList *evd_event_summary_get_roster       (EvdEventSummary     *self);

JsonNode        *evd_event_summary_to_json            (EvdEventSummary     *self);
JsonNode        *evd_event_summary_roster_to_json     (EvdEventSummary     *self,
                                                       gboolean             absent_only);

G_END_DECLS
