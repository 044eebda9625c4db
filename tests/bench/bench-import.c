/* bench-import.c: 5,000 attendees into the sandbox at 30 requests a second
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor is what the rate allows: 5,000 attendees are 167 batches of 30,
 * and 167 requests at 30 per second take 5.6 s. The import also reads the
 * event and its registrations first (two more requests). Prints the wall
 * time and its ratio to the floor; the aim is within 10 %.
 */
#include "config.h"

#include <stdio.h>

#include "evd-attendee.h"
#include "evd-sandbox-server.h"
#include "evd-ticket-importer.h"

#define N_ATTENDEES 5000
#define RATE        30
#define LATENCY_MS  50

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

int
main (int   argc,
      char *argv[])
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
  double floor_s = (double) n_batches / RATE;
  double elapsed_s;
  gint64 start;

  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_latency (server, LATENCY_MS);
  evd_sandbox_server_set_rate_limit (server, RATE);
  if (!evd_sandbox_server_start (server, &error))
    {
      fprintf (stderr, "The sandbox did not start: %s\n", error->message);
      return 1;
    }
  event_id = evd_sandbox_server_find_event_id (server, "Customer Onboarding Webinar");

  auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                       evd_sandbox_server_get_oauth_url (server));
  client = evd_client_new (auth, evd_sandbox_server_get_api_url (server));
  evd_client_set_rate_limit (client, RATE);

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

  start = g_get_monotonic_time ();
  evd_ticket_importer_run_async (importer, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  import_result = evd_ticket_importer_run_finish (importer, result, &error);
  elapsed_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  if (import_result == NULL || evd_import_result_get_n_created (import_result) != N_ATTENDEES)
    {
      fprintf (stderr, "The import did not create every ticket: %s\n", error != NULL ? error->message : "");
      return 1;
    }

  printf ("import of %u attendees (%u batches) at %u requests/s, %u ms latency: %.2f s; "
          "floor %.2f s; ratio %.3f; %u ticket POSTs, %u requests in all\n",
          N_ATTENDEES, n_batches, RATE, LATENCY_MS, elapsed_s, floor_s, elapsed_s / floor_s,
          evd_sandbox_server_count_requests (server, "POST", "/v2/zoom_events/events"),
          evd_sandbox_server_count_requests (server, NULL, "/v2"));
  evd_sandbox_server_stop (server);
  return 0;
}
