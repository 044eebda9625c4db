/* evd-client-reports.c: the registration and attendance reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include "evd-api-error.h"
#include "evd-client-private.h"

#define EVENTS_PATH "/zoom_events/events"
/* As in evd-client-paging.c: more pages than this is a server in a loop,
 * and a refused (expired) page token restarts the report this many times. */
#define MAX_PAGES 10000
#define MAX_RESTARTS 3

typedef enum
{
  REPORT_REGISTRATIONS,
  REPORT_ATTENDANCE,
  REPORT_SESSION,
} ReportKind;

/* Each page becomes rows as it arrives and its JSON is dropped: the whole
 * report of a large event as JSON would take hundreds of megabytes. */
typedef struct
{
  ReportKind  kind;
  char       *path;
  char      **query;
  char       *session_name;
  char       *page_token;
  guint       pages;
  guint       rows_read;  /* items read from Zoom, in its order */
  guint       to_skip;    /* after a restart: the rows already read */
  guint       restarts;
  GObject    *list;   /* EvdRegistrationList or EvdAttendanceList */
} Report;

static void
report_free (gpointer data)
{
  Report *report = data;

  g_free (report->path);
  g_strfreev (report->query);
  g_free (report->session_name);
  g_free (report->page_token);
  g_clear_object (&report->list);
  g_free (report);
}

static const char *
items_key (ReportKind kind)
{
  return kind == REPORT_REGISTRATIONS ? "registrations" : "attendees";
}

static void fetch_page (GTask *task);

static void
page_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  Report *report = g_task_get_task_data (task);
  g_autofree char *next_page_token = NULL;
  g_autoptr(JsonArray) items = NULL;
  GError *error = NULL;
  guint n;

  items = evd_client_fetch_page_finish (EVD_CLIENT (object), result, &next_page_token, NULL, &error);
  /* A page token expires after 15 minutes, which a HEAVY report can
   * outlast: read it again from the first page and skip the rows already
   * read. Rows have no id, so they are skipped by count, in Zoom's order;
   * the refused token is never sent again. */
  if (items == NULL && report->page_token != NULL && report->restarts < MAX_RESTARTS &&
      evd_client_error_is_page_token_refused (error))
    {
      g_clear_error (&error);
      report->restarts++;
      report->to_skip = report->rows_read;
      report->rows_read = 0;
      g_clear_pointer (&report->page_token, g_free);
      fetch_page (task);
      return;
    }
  if (items == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  n = json_array_get_length (items);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      report->rows_read++;
      if (report->to_skip > 0)
        {
          report->to_skip--;
          continue;
        }
      /* A row that is not an object, or has no email, is left out: the
       * rest of the report is still worth showing. */
      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      if (report->kind == REPORT_REGISTRATIONS)
        evd_registration_list_add_json (EVD_REGISTRATION_LIST (report->list), json_node_get_object (node));
      else if (report->kind == REPORT_ATTENDANCE)
        evd_attendance_list_add_event_json (EVD_ATTENDANCE_LIST (report->list), json_node_get_object (node));
      else
        evd_attendance_list_add_session_json (EVD_ATTENDANCE_LIST (report->list), report->session_name,
                                              json_node_get_object (node));
    }
  report->pages++;

  if (next_page_token == NULL || *next_page_token == '\0' ||
      g_strcmp0 (next_page_token, report->page_token) == 0 ||
      (n == 0 && report->pages > 1))
    {
      g_task_return_pointer (task, g_object_ref (report->list), g_object_unref);
      g_object_unref (task);
      return;
    }
  if (report->pages >= MAX_PAGES)
    {
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 200, "the report never ends"));
      g_object_unref (task);
      return;
    }

  g_free (report->page_token);
  report->page_token = g_steal_pointer (&next_page_token);
  fetch_page (task);
}

/* Takes the reference on @task. */
static void
fetch_page (GTask *task)
{
  Report *report = g_task_get_task_data (task);

  evd_client_fetch_page_async (g_task_get_source_object (task), report->path,
                               (const char * const *) report->query, items_key (report->kind),
                               report->page_token, EVD_CLIENT_MAX_PAGE_SIZE,
                               g_task_get_cancellable (task), page_cb, task);
}

static void
start_report (EvdClient           *self,
              Report              *report,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, report, report_free);
  fetch_page (task);
}

static char **
range_query (GDateTime  *from,
             const char *role_type)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (from != NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (from);
      g_autofree char *text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

      g_strv_builder_add (builder, "from");
      g_strv_builder_add (builder, text);
    }
  if (role_type != NULL)
    {
      g_strv_builder_add (builder, "role_type");
      g_strv_builder_add (builder, role_type);
    }
  return g_strv_builder_end (builder);
}

/**
 * evd_client_report_registrations_async:
 * @from: (nullable): only registrations changed at or after this time
 *
 * Reads every page of the event's registration report (Zoom labels it
 * HEAVY). With @from, only what changed since: a refresh costs one request
 * when nothing did.
 */
void
evd_client_report_registrations_async (EvdClient           *self,
                                       const char          *event_id,
                                       GDateTime           *from,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  Report *report;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  report = g_new0 (Report, 1);
  report->kind = REPORT_REGISTRATIONS;
  report->path = evd_client_build_path (EVENTS_PATH, event_id, "reports", "ticket_registration", NULL);
  report->query = range_query (from, NULL);
  report->list = G_OBJECT (evd_registration_list_new ());
  start_report (self, report, evd_client_report_registrations_async, cancellable, callback, user_data);
}

/**
 * evd_client_report_registrations_finish:
 *
 * Returns: (transfer full): the rows read
 */
EvdRegistrationList *
evd_client_report_registrations_finish (EvdClient     *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == evd_client_report_registrations_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * evd_client_report_attendance_async:
 * @from: (nullable): only rows changed at or after this time
 *
 * Reads every page of the event's attendance report (HEAVY), everyone
 * with a ticket: attended or absent, the lobby, each session.
 */
void
evd_client_report_attendance_async (EvdClient           *self,
                                    const char          *event_id,
                                    GDateTime           *from,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Report *report;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);

  report = g_new0 (Report, 1);
  report->kind = REPORT_ATTENDANCE;
  report->path = evd_client_build_path (EVENTS_PATH, event_id, "reports", "event_attendance", NULL);
  report->query = range_query (from, NULL);
  report->list = G_OBJECT (evd_attendance_list_new ());
  start_report (self, report, evd_client_report_attendance_async, cancellable, callback, user_data);
}

EvdAttendanceList *
evd_client_report_attendance_finish (EvdClient     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == evd_client_report_attendance_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * evd_client_report_session_attendance_async:
 * @session_name: (nullable): the name to give the rows' spans
 *
 * Reads every page of one session's attendance report (LIGHT).
 */
void
evd_client_report_session_attendance_async (EvdClient           *self,
                                            const char          *event_id,
                                            const char          *session_id,
                                            const char          *session_name,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  Report *report;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (session_id != NULL);

  report = g_new0 (Report, 1);
  report->kind = REPORT_SESSION;
  report->path = evd_client_build_path (EVENTS_PATH, event_id, "reports", "sessions", session_id, "attendance", NULL);
  report->query = range_query (NULL, NULL);
  report->session_name = g_strdup (session_name);
  report->list = G_OBJECT (evd_attendance_list_new ());
  start_report (self, report, evd_client_report_session_attendance_async, cancellable, callback, user_data);
}

EvdAttendanceList *
evd_client_report_session_attendance_finish (EvdClient     *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == evd_client_report_session_attendance_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
