/* bench-client.c: what EvdClient costs per request, and the memory it takes
 * to list 10,000 events into models, against an in-process sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evd-api-url.h"
#include "evd-client-private.h"
#include "evd-sandbox-server.h"

#define N_REQUESTS    2000
#define N_CONCURRENT  8
#define N_EVENTS      10000

static GAsyncResult *last_result;

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  last_result = g_object_ref (result);
}

static GAsyncResult *
await (void)
{
  while (last_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return last_result;
}

/* VmHWM (peak) or VmRSS (now) from /proc/self/status, in KiB. */
static long
proc_status_kib (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, key);
  if (line == NULL)
    return -1;
  return strtol (line + strlen (key) + 1, NULL, 10);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
one_get (EvdClient *client)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_clear_object (&last_result);
  evd_client_request_async (client, "GET", "/zoom_events/hubs", NULL, NULL, EVD_REQUEST_NONE,
                            NULL, store_result_cb, NULL);
  root = evd_client_request_finish (client, await (), &error);
  if (root == NULL)
    g_error ("GET failed: %s", error != NULL ? error->message : "no body");
}

static void
bench_sequential (EvdClient *client)
{
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (gint64), N_REQUESTS);
  gint64 total = 0;

  one_get (client);   /* token and connection */
  for (guint i = 0; i < N_REQUESTS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 spent;

      one_get (client);
      spent = g_get_monotonic_time () - start;
      g_array_append_val (times, spent);
      total += spent;
    }
  g_array_sort (times, compare_gint64);

  printf ("| %-44s | %10.1f | %10" G_GINT64_FORMAT " | %10" G_GINT64_FORMAT " |\n",
          "GET /zoom_events/hubs, one at a time (us)",
          (double) total / N_REQUESTS,
          g_array_index (times, gint64, N_REQUESTS / 2),
          g_array_index (times, gint64, N_REQUESTS * 99 / 100));
}

static void
concurrent_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  guint *remaining = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = evd_client_request_finish (EVD_CLIENT (object), result, &error);

  if (root == NULL)
    g_error ("GET failed: %s", error != NULL ? error->message : "no body");
  (*remaining)--;
}

static void
bench_concurrent (EvdClient *client)
{
  guint remaining = N_REQUESTS;
  guint started = 0;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  /* N_CONCURRENT in flight at any time. */
  while (remaining > 0)
    {
      while (started < N_REQUESTS && started - (N_REQUESTS - remaining) < N_CONCURRENT)
        {
          evd_client_request_async (client, "GET", "/zoom_events/hubs", NULL, NULL, EVD_REQUEST_NONE,
                                    NULL, concurrent_done_cb, &remaining);
          started++;
        }
      g_main_context_iteration (NULL, TRUE);
    }
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  printf ("| %-44s | %10.1f | %10s | %10s |\n",
          "same, 8 in flight (us per request)", seconds * G_USEC_PER_SEC / N_REQUESTS, "-", "-");
  printf ("| %-44s | %10.0f | %10s | %10s |\n", "same, 8 in flight (requests per second)",
          N_REQUESTS / seconds, "-", "-");
}

static void
bench_list_events (EvdClient *client)
{
  static const char * const statuses[] = { "draft", "upcoming", "past", "cancelled" };
  GListModel *lists[G_N_ELEMENTS (statuses)];
  long rss_before = proc_status_kib ("VmRSS:");
  long hwm_before = proc_status_kib ("VmHWM:");
  gint64 start = g_get_monotonic_time ();
  guint n_events = 0;
  guint n_requests = 0;
  double seconds;

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GError) error = NULL;

      g_clear_object (&last_result);
      evd_client_list_events_async (client, "host", statuses[i], NULL, store_result_cb, NULL);
      lists[i] = evd_client_list_events_finish (client, await (), &error);
      if (lists[i] == NULL)
        g_error ("listing failed: %s", error->message);
      n_events += g_list_model_get_n_items (lists[i]);
      n_requests += MAX (1, (g_list_model_get_n_items (lists[i]) + 299) / 300);
    }
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  printf ("\n%u events listed into EvdEvent models in %.2f s (%u requests of up to 300)\n",
          n_events, seconds, n_requests);
  printf ("| %-44s | %10s |\n", "memory (KiB)", "");
  printf ("|----------------------------------------------|------------|\n");
  printf ("| %-44s | %10ld |\n", "VmRSS before (sandbox with 10,000 events)", rss_before);
  printf ("| %-44s | %10ld |\n", "VmHWM before", hwm_before);
  printf ("| %-44s | %10ld |\n", "VmRSS with the models held", proc_status_kib ("VmRSS:"));
  printf ("| %-44s | %10ld |\n", "VmHWM after (peak of the process)", proc_status_kib ("VmHWM:"));
  printf ("| %-44s | %10.0f |\n", "RSS growth per event held (bytes)",
          (proc_status_kib ("VmRSS:") - rss_before) * 1024.0 / MAX (n_events, 1));

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    g_object_unref (lists[i]);
  printf ("| %-44s | %10ld |\n", "VmRSS after the models are freed", proc_status_kib ("VmRSS:"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(EvdAuth) auth = NULL;
  g_autoptr(EvdClient) client = NULL;
  g_autoptr(GError) error = NULL;

  g_unsetenv (EVD_API_ENV_API_URL);
  g_unsetenv (EVD_API_ENV_OAUTH_URL);

  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_generated (server, N_EVENTS, 0);
  if (!evd_sandbox_server_start (server, &error))
    g_error ("sandbox: %s", error->message);

  auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                       evd_sandbox_server_get_oauth_url (server));
  client = evd_client_new (auth, evd_sandbox_server_get_api_url (server));
  evd_client_set_rate_limit (client, 0);

  printf ("EvdClient against an in-process sandbox (no latency, no rate limit), %d requests\n\n", N_REQUESTS);
  printf ("| %-44s | %10s | %10s | %10s |\n", "measure", "mean", "median", "p99");
  printf ("|----------------------------------------------|------------|------------|------------|\n");
  bench_sequential (client);
  bench_concurrent (client);
  bench_list_events (client);

  g_clear_object (&last_result);
  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  return 0;
}
