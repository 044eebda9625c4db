/* test-rate-classes.c: each operation's rate label, the plans' budgets, and
 * imports whose requests in flight follow the latency
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-api-error.h"
#include "evd-api-url.h"
#include "evd-attendee.h"
#include "evd-client-private.h"
#include "evd-sandbox-server.h"
#include "evd-ticket-importer.h"

typedef struct
{
  EvdSandboxServer *server;
  EvdAuth          *auth;
  EvdClient        *client;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (f->server, 0);
  evd_sandbox_server_set_latency (f->server, GPOINTER_TO_UINT (data));
  g_assert_true (evd_sandbox_server_start (f->server, &error));
  g_assert_no_error (error);
  f->auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                          evd_sandbox_server_get_oauth_url (f->server));
  f->client = evd_client_new (f->auth, evd_sandbox_server_get_api_url (f->server));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->client);
  g_clear_object (&f->auth);
  evd_sandbox_server_stop (f->server);
  g_clear_object (&f->server);
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
await (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* The sandbox has no reports: its 404 is as good an answer as any here. */
static void
finish_any (EvdClient    *client,
            GAsyncResult *result)
{
  g_autoptr(JsonNode) answer = evd_client_request_finish (client, result, NULL);
}

/* Zoom's reference labels every Events operation LIGHT but the reports;
 * the session attendance report is LIGHT. Classified by path, so report
 * calls added anywhere get their class. */
static void
test_classes (void)
{
  static const struct {
    const char   *method;
    const char   *path;
    EvdRateClass  expected;
  } cases[] = {
    { "GET", "/zoom_events/events/e1/reports/ticket_registration", EVD_RATE_CLASS_HEAVY },
    { "GET", "/zoom_events/events/e1/reports/ticket_registration?from=2026-01-01T00:00:00Z", EVD_RATE_CLASS_HEAVY },
    { "GET", "/v2/zoom_events/events/e1/reports/event_attendance", EVD_RATE_CLASS_HEAVY },
    { "get", "/zoom_events/events/e1/reports/event_attendance/", EVD_RATE_CLASS_HEAVY },
    { "GET", "/zoom_events/events/e1/reports/sessions/s1/attendance", EVD_RATE_CLASS_LIGHT },
    { "GET", "/zoom_events/events/e1/reports/survey", EVD_RATE_CLASS_HEAVY },
    { "GET", "/zoom_events/events/e1/reports/custom_reports/r1", EVD_RATE_CLASS_HEAVY },
    { "GET", "/zoom_events/hubs/h1/vod_channels/c1/reports/registrations", EVD_RATE_CLASS_HEAVY },
    { "GET", "/zoom_events/hubs/h1/vod_channels/c1/registrations", EVD_RATE_CLASS_LIGHT },
    { "POST", "/zoom_events/events/e1/tickets", EVD_RATE_CLASS_LIGHT },
    { "GET", "/zoom_events/events", EVD_RATE_CLASS_LIGHT },
    { "GET", "/zoom_events/hubs", EVD_RATE_CLASS_LIGHT },
    { "PATCH", "/zoom_events/events/e1", EVD_RATE_CLASS_LIGHT },
    { "GET", "/zoom_events/events/e1/reports", EVD_RATE_CLASS_LIGHT },
    { "GET", "/zoom_events/events//reports/event_attendance", EVD_RATE_CLASS_LIGHT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      EvdRateClass found = evd_rate_class_for_request (cases[i].method, cases[i].path);

      if (found != cases[i].expected)
        g_error ("%s %s: %s, not %s", cases[i].method, cases[i].path, evd_rate_class_to_string (found),
                 evd_rate_class_to_string (cases[i].expected));
    }
}

static void
test_plans (Fixture       *f,
            gconstpointer  data)
{
  EvdPlan plan;

  g_assert_cmpint (evd_client_get_plan (f->client), ==, EVD_PLAN_PRO);
  g_assert_cmpfloat (evd_client_get_class_rate (f->client, EVD_RATE_CLASS_LIGHT), ==, 30);
  g_assert_cmpfloat (evd_client_get_class_rate (f->client, EVD_RATE_CLASS_MEDIUM), ==, 20);
  g_assert_cmpfloat (evd_client_get_class_rate (f->client, EVD_RATE_CLASS_HEAVY), ==, 10);
  g_assert_cmpuint (evd_client_get_heavy_remaining (f->client), ==, 30000);

  evd_client_set_plan (f->client, EVD_PLAN_BUSINESS);
  g_assert_cmpfloat (evd_client_get_rate_limit (f->client), ==, 80);
  g_assert_cmpfloat (evd_client_get_class_rate (f->client, EVD_RATE_CLASS_MEDIUM), ==, 60);
  g_assert_cmpfloat (evd_client_get_class_rate (f->client, EVD_RATE_CLASS_HEAVY), ==, 40);
  g_assert_cmpuint (evd_client_get_heavy_remaining (f->client), ==, 60000);

  /* A lower LIGHT limit caps the others; none turns every limit off */
  evd_client_set_rate_limit (f->client, 30);
  g_assert_cmpfloat (evd_client_get_class_rate (f->client, EVD_RATE_CLASS_HEAVY), ==, 30);
  evd_client_set_rate_limit (f->client, 0);
  g_assert_cmpfloat (evd_client_get_class_rate (f->client, EVD_RATE_CLASS_HEAVY), ==, 0);

  g_assert_true (evd_plan_from_string ("Business", &plan));
  g_assert_cmpint (plan, ==, EVD_PLAN_BUSINESS);
  g_assert_false (evd_plan_from_string ("enterprise", &plan));
  g_assert_cmpstr (evd_plan_to_string (EVD_PLAN_PRO), ==, "pro");
}

/* The daily HEAVY budget: the request past it never leaves, with a plain
 * sentence saying when requests are allowed again; LIGHT calls go on. */
static void
test_heavy_daily_budget (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Customer Onboarding Webinar");
  g_autofree char *report = g_strdup_printf ("/zoom_events/events/%s/reports/event_attendance", event_id);
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GAsyncResult) light = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) hubs = NULL;

  evd_client_set_rate_limit (f->client, 0);
  evd_client_set_heavy_used (f->client, evd_plan_get_daily_heavy (EVD_PLAN_PRO) - 1);
  g_assert_cmpuint (evd_client_get_heavy_remaining (f->client), ==, 1);

  /* The last one of the day goes out (whatever the sandbox answers) */
  evd_client_request_async (f->client, "GET", report, NULL, NULL, EVD_REQUEST_NONE, NULL, store_cb, &first);
  finish_any (f->client, await (&first));
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", report), ==, 1);
  g_assert_cmpuint (evd_client_get_heavy_remaining (f->client), ==, 0);

  evd_client_request_async (f->client, "GET", report, NULL, NULL, EVD_REQUEST_NONE, NULL, store_cb, &second);
  g_assert_null (evd_client_request_finish (f->client, await (&second), &error));
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_DAILY_LIMIT);
  g_assert_nonnull (strstr (error->message, "Requests are allowed again at"));
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", report), ==, 1);

  evd_client_request_async (f->client, "GET", "/zoom_events/hubs", NULL, NULL, EVD_REQUEST_NONE, NULL,
                            store_cb, &light);
  hubs = evd_client_request_finish (f->client, await (&light), NULL);
  g_assert_nonnull (hubs);
}

/* Each class has its own per-second budget: while LIGHT calls are held (a
 * 429 on them), a HEAVY one still goes out. */
static void
test_classes_separate (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Customer Onboarding Webinar");
  g_autofree char *report = g_strdup_printf ("/zoom_events/events/%s/reports/ticket_registration", event_id);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) held = NULL;
  g_autoptr(GAsyncResult) heavy = NULL;
  g_autoptr(GError) error = NULL;

  evd_rate_limiter_pause (evd_client_get_class_limiter (f->client, EVD_RATE_CLASS_LIGHT), 60 * 1000);
  evd_client_request_async (f->client, "GET", "/zoom_events/hubs", NULL, NULL, EVD_REQUEST_NONE, cancellable,
                            store_cb, &held);
  evd_client_request_async (f->client, "GET", report, NULL, NULL, EVD_REQUEST_NONE, NULL, store_cb, &heavy);
  finish_any (f->client, await (&heavy));
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", report), ==, 1);
  g_assert_null (held);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/hubs"), ==, 0);

  g_cancellable_cancel (cancellable);
  g_assert_null (evd_client_request_finish (f->client, await (&held), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
note_window_cb (EvdTicketImporter       *importer,
                const EvdImportProgress *progress,
                guint                   *widest)
{
  *widest = MAX (*widest, progress->concurrency);
}

/* At Pro's 30 requests a second and 300 ms from Zoom, nine requests must be
 * in flight to use the rate (30 × 0.3): the window follows the measured
 * latency (Little's law) instead of a fixed 8, and stays under the rate's
 * two seconds. */
static void
test_import_window_follows_latency (Fixture       *f,
                                    gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Customer Onboarding Webinar");
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GAsyncResult) done = NULL;
  g_autoptr(GError) error = NULL;
  guint widest = 0;

  evd_client_set_plan (f->client, EVD_PLAN_PRO);
  for (guint i = 0; i < 600; i++)
    {
      EvdAttendee *attendee = evd_attendee_new (i + 2);
      g_autofree char *email = g_strdup_printf ("window.%03u@example.org", i);

      evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_EMAIL, email);
      g_ptr_array_add (attendees, attendee);
    }
  importer = evd_ticket_importer_new (f->client, event_id, attendees, NULL);
  g_signal_connect (importer, "progress", G_CALLBACK (note_window_cb), &widest);
  evd_ticket_importer_run_async (importer, NULL, store_cb, &done);
  result = evd_ticket_importer_run_finish (importer, await (&done), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 600);

  g_assert_cmpfloat (evd_client_get_latency (f->client), >=, 0.3);
  g_assert_cmpuint (widest, >=, 12);
  g_assert_cmpuint (widest, <=, 60);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv (EVD_API_ENV_API_URL);
  g_unsetenv (EVD_API_ENV_OAUTH_URL);

  g_test_add_func ("/rate/classes", test_classes);
  g_test_add ("/rate/plans", Fixture, GUINT_TO_POINTER (0), fixture_setup, test_plans, fixture_teardown);
  g_test_add ("/rate/heavy-daily-budget", Fixture, GUINT_TO_POINTER (0), fixture_setup,
              test_heavy_daily_budget, fixture_teardown);
  g_test_add ("/rate/classes-separate", Fixture, GUINT_TO_POINTER (0), fixture_setup,
              test_classes_separate, fixture_teardown);
  g_test_add ("/rate/import-window-follows-latency", Fixture, GUINT_TO_POINTER (300), fixture_setup,
              test_import_window_follows_latency, fixture_teardown);
  return g_test_run ();
}
