/* bench-import.c: 5,000 attendees into the sandbox at a plan's rate and a
 * distance from Zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-import [RATE LATENCY_MS]…   (default: 30 50 30 300 80 150)
 *
 * The floor is what the rate allows: 5,000 attendees are 167 batches of 30,
 * and 167 requests at 30 per second take 5.6 s (2.1 s at Business's 80).
 * Prints the wall time until the last attendee is registered and until the
 * import is done for the organizer (its duplicate check too), each as a
 * ratio to the floor; the aim is within 10 %. A rate of 80 sets the client
 * to the Business plan.
 *
 * Round trips the rate does not count come on top, one after another, and
 * no client that keeps Event Desk's promises can skip them: a token (the
 * client here is new; the app's already has one), the read of the event's
 * registrations (who is registered decides what is sent), the last batch's
 * answer, and the duplicate check's count (one request when nobody else
 * changed the event; a page after page read of every ticket when someone
 * did). The second line of each case gives the same times against the
 * floor plus those round trips at the sandbox's latency.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "evd-attendee.h"
#include "evd-sandbox-server.h"
#include "evd-ticket-importer.h"

#define N_ATTENDEES 5000

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* When the last attendee was registered: what the rate bounds. The import
 * then checks the event for anyone registered twice. */
static void
progress_cb (EvdTicketImporter       *importer,
             const EvdImportProgress *progress,
             gint64                  *sent_at)
{
  if (*sent_at == 0 && progress->total > 0 && progress->pending == 0)
    *sent_at = g_get_monotonic_time ();
}

static int
bench_one (guint rate,
           guint latency_ms)
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(EvdAuth) auth = NULL;
  g_autoptr(EvdClient) client = NULL;
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdImportResult) import_result = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = NULL;
  guint n_batches = (N_ATTENDEES + EVD_CLIENT_MAX_TICKETS - 1) / EVD_CLIENT_MAX_TICKETS;
  double floor_s = (double) n_batches / rate;
  double elapsed_s, sent_s;
  gint64 start;
  gint64 sent_at = 0;

  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_latency (server, latency_ms);
  evd_sandbox_server_set_rate_limit (server, rate);
  if (!evd_sandbox_server_start (server, &error))
    {
      fprintf (stderr, "The sandbox did not start: %s\n", error->message);
      return 1;
    }
  event_id = evd_sandbox_server_find_event_id (server, "Customer Onboarding Webinar");

  auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                       evd_sandbox_server_get_oauth_url (server));
  client = evd_client_new (auth, evd_sandbox_server_get_api_url (server));
  evd_client_set_plan (client, rate >= 80 ? EVD_PLAN_BUSINESS : EVD_PLAN_PRO);
  evd_client_set_rate_limit (client, rate);

  for (guint i = 0; i < N_ATTENDEES; i++)
    {
      EvdAttendee *attendee = evd_attendee_new (i + 2);
      g_autofree char *email = g_strdup_printf ("bench.%05u@example.org", i);

      evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_EMAIL, email);
      evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_FIRST_NAME, "Bench");
      evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_LAST_NAME, "Mark");
      g_ptr_array_add (attendees, attendee);
    }
  importer = evd_ticket_importer_new (client, event_id, attendees, NULL);

  g_signal_connect (importer, "progress", G_CALLBACK (progress_cb), &sent_at);
  start = g_get_monotonic_time ();
  evd_ticket_importer_run_async (importer, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  import_result = evd_ticket_importer_run_finish (importer, result, &error);
  elapsed_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  sent_s = (sent_at - start) / (double) G_USEC_PER_SEC;

  if (import_result == NULL || evd_import_result_get_n_created (import_result) != N_ATTENDEES)
    {
      fprintf (stderr, "The import did not create every ticket: %s\n", error != NULL ? error->message : "");
      return 1;
    }

  printf ("import of %u attendees (%u batches) at %u requests/s, %u ms latency: all registered after %.2f s, "
          "ratio %.3f to the %.2f s floor; done after the duplicate check at %.2f s (ratio %.3f); "
          "%u ticket POSTs, %u requests in all\n",
          N_ATTENDEES, n_batches, rate, latency_ms, sent_s, sent_s / floor_s, floor_s, elapsed_s, elapsed_s / floor_s,
          evd_sandbox_server_count_requests (server, "POST", "/v2/zoom_events/events"),
          evd_sandbox_server_count_requests (server, NULL, "/v2"));
  /* Token, registrations read and last answer; then the check's count. */
  printf ("  with the round trips no client skips at %u ms: all registered ratio %.3f to %.2f s "
          "(3 round trips); done ratio %.3f to %.2f s (4)\n",
          latency_ms, sent_s / (floor_s + 3 * latency_ms / 1000.0), floor_s + 3 * latency_ms / 1000.0,
          elapsed_s / (floor_s + 4 * latency_ms / 1000.0), floor_s + 4 * latency_ms / 1000.0);
  evd_sandbox_server_stop (server);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  static const char * const defaults[] = { "30", "50", "30", "300", "80", "150" };
  const char * const *args = argc > 2 ? (const char * const *) argv + 1 : defaults;
  int n_args = argc > 2 ? argc - 1 : (int) G_N_ELEMENTS (defaults);

  for (int i = 0; i + 1 < n_args; i += 2)
    if (bench_one ((guint) atoi (args[i]), (guint) atoi (args[i + 1])) != 0)
      return 1;
  return 0;
}
