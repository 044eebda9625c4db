/* bench-tickets.c: the memory 100,000 registrations take once loaded, page
 * by page as the registrations page loads them, against an in-process
 * sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-tickets [N]   (default 100000)
 * The heap is read with mallinfo2() before the first page and after the
 * last, with the pages' JSON freed: what stays is what the tickets cost.
 */
#define _GNU_SOURCE

#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include "evd-api-url.h"
#include "evd-client.h"
#include "evd-sandbox-fixtures.h"
#include "evd-sandbox-server.h"

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
  g_clear_object (&last_result);
  while (last_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return last_result;
}

static char *
find_generated_event (EvdClient *client)
{
  static const char * const statuses[] = { "upcoming", "draft", "past" };

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) events = NULL;

      evd_client_list_events_async (client, "host", statuses[s], NULL, store_result_cb, NULL);
      events = evd_client_list_events_finish (client, await (), &error);
      if (events == NULL)
        g_error ("listing events: %s", error->message);
      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);

          if (g_strcmp0 (evd_event_get_name (event), EVD_SANDBOX_GENERATED_TICKETS_EVENT) == 0)
            return g_strdup (evd_event_get_event_id (event));
        }
    }
  g_error ("no event named %s", EVD_SANDBOX_GENERATED_TICKETS_EVENT);
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  guint n_tickets = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(EvdAuth) auth = NULL;
  g_autoptr(EvdClient) client = NULL;
  g_autoptr(GListStore) store = g_list_store_new (EVD_TYPE_TICKET);
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = NULL;
  g_autofree char *token = NULL;
  struct mallinfo2 before, after;
  gint64 start;
  double seconds;
  guint n_pages = 0;

  g_unsetenv (EVD_API_ENV_API_URL);
  g_unsetenv (EVD_API_ENV_OAUTH_URL);

  evd_sandbox_server_set_port (server, 0);
  evd_sandbox_server_set_generated (server, 0, n_tickets);
  if (!evd_sandbox_server_start (server, &error))
    g_error ("sandbox: %s", error->message);

  auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                       evd_sandbox_server_get_oauth_url (server));
  client = evd_client_new (auth, evd_sandbox_server_get_api_url (server));
  evd_client_set_rate_limit (client, 0);
  event_id = find_generated_event (client);

  malloc_trim (0);
  before = mallinfo2 ();
  start = g_get_monotonic_time ();
  do
    {
      g_autoptr(EvdTicketPage) page = NULL;
      GListModel *tickets;
      const char *next;

      evd_client_list_tickets_page_async (client, event_id, token, EVD_CLIENT_MAX_PAGE_SIZE, NULL, NULL,
                                          NULL, store_result_cb, NULL);
      page = evd_client_list_tickets_page_finish (client, await (), &error);
      if (page == NULL)
        g_error ("page %u: %s", n_pages, error->message);
      n_pages++;
      tickets = evd_ticket_page_get_tickets (page);
      for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
        {
          g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);

          g_list_store_append (store, ticket);
        }
      next = evd_ticket_page_get_next_page_token (page);
      g_free (token);
      token = evd_ticket_page_is_last (page) || g_list_model_get_n_items (tickets) == 0 ? NULL : g_strdup (next);
    }
  while (token != NULL && *token != '\0');
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_clear_object (&last_result);
  malloc_trim (0);
  after = mallinfo2 ();

  printf ("%u registrations in %u pages of up to 300, read in %.2f s (no latency, no rate limit)\n",
          g_list_model_get_n_items (G_LIST_MODEL (store)), n_pages, seconds);
  printf ("| %-44s | %10s |\n", "measure", "value");
  printf ("|----------------------------------------------|------------|\n");
  printf ("| %-44s | %10.1f |\n", "heap held by the tickets (MiB)",
          ((double) after.uordblks - (double) before.uordblks) / (1024.0 * 1024.0));
  printf ("| %-44s | %10.0f |\n", "bytes per registration",
          ((double) after.uordblks - (double) before.uordblks) / MAX (g_list_model_get_n_items (G_LIST_MODEL (store)), 1));

  g_clear_object (&client);
  evd_sandbox_server_stop (server);
  return 0;
}
