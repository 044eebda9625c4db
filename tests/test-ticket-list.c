/* test-ticket-list.c: an event's registrations, page by page, against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-sandbox-fixtures.h"
#include "evd-test-fixtures.h"
#include "evd-test-utils.h"
#include "evd-ticket-list.h"

#define TIMEOUT_MS 30000
#define PAGE EVD_TICKET_LIST_PAGE_SIZE

typedef struct
{
  EvdSandboxServer *sandbox;
  EvdClient        *client;
  EvdEvent         *event;
  char             *tickets_path;
  EvdTicketList    *list;
  guint             pages_added;
  /* Times the list stopped loading: never between pages read ahead */
  guint             idle;
} Fixture;

static void
items_changed_cb (EvdTicketList *list,
                  guint          position,
                  guint          removed,
                  guint          added,
                  Fixture       *f)
{
  f->pages_added++;
}

static void
loading_cb (EvdTicketList *list,
            GParamSpec    *pspec,
            Fixture       *f)
{
  if (!evd_ticket_list_is_loading (list))
    f->idle++;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->sandbox = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (f->sandbox, 0);
  evd_sandbox_server_set_generated (f->sandbox, 0, GPOINTER_TO_UINT (data));
  g_assert_true (evd_sandbox_server_start (f->sandbox, &error));
  g_assert_no_error (error);
  f->client = evd_test_client_new (f->sandbox);
  f->event = evd_test_get_event (f->client, f->sandbox, EVD_SANDBOX_GENERATED_TICKETS_EVENT, TIMEOUT_MS);
  f->tickets_path = g_strdup_printf ("/zoom_events/events/%s/tickets", evd_event_get_event_id (f->event));
  f->list = evd_ticket_list_new (f->client, evd_event_get_event_id (f->event), NULL);
  g_signal_connect (f->list, "items-changed", G_CALLBACK (items_changed_cb), f);
  g_signal_connect (f->list, "notify::loading", G_CALLBACK (loading_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->list);
  g_clear_pointer (&f->tickets_path, g_free);
  g_clear_object (&f->event);
  g_clear_object (&f->client);
  evd_sandbox_server_stop (f->sandbox);
  g_clear_object (&f->sandbox);
}

static gboolean
settled (gpointer data)
{
  Fixture *f = data;

  return evd_ticket_list_has_first_page (f->list) && !evd_ticket_list_is_loading (f->list);
}

/* Asks for more, as the view does when it nears the end, and waits until
 * no page is on its way. */
static void
load_more (Fixture *f)
{
  evd_ticket_list_load_more (f->list);
  g_assert_true (evd_ticket_list_is_loading (f->list));
  evd_test_iterate_until (settled, f, TIMEOUT_MS);
  g_assert_null (evd_ticket_list_get_error (f->list));
}

static guint
n_rows (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (f->list));
}

static guint
requests (Fixture *f)
{
  return evd_sandbox_server_count_requests (f->sandbox, "GET", f->tickets_path);
}

/* A view away from the end gets one page each time it asks. */
static void
test_one_page_at_a_time (Fixture       *f,
                         gconstpointer  data)
{
  load_more (f);
  g_assert_cmpuint (n_rows (f), ==, PAGE);
  g_assert_cmpint (evd_ticket_list_get_total (f->list), ==, 5 * PAGE);

  evd_ticket_list_set_read_ahead (f->list, FALSE);
  load_more (f);
  g_assert_cmpuint (n_rows (f), ==, 2 * PAGE);
  g_assert_cmpuint (requests (f), ==, 2);
  g_assert_cmpuint (f->pages_added, ==, 2);
  g_assert_cmpuint (f->idle, ==, 2);
  g_assert_false (evd_ticket_list_is_complete (f->list));
}

/* A view at the very end of its rows (End held) has the next page asked
 * for as soon as a page arrives: the two follow each other with the list
 * never idle in between. Only for the rows there were when it said so:
 * one page ahead, not the whole event. */
static void
test_read_ahead (Fixture       *f,
                 gconstpointer  data)
{
  load_more (f);

  evd_ticket_list_set_read_ahead (f->list, TRUE);
  load_more (f);
  g_assert_cmpuint (f->pages_added, ==, 3);
  g_assert_cmpuint (f->idle, ==, 2);
  g_assert_cmpuint (n_rows (f), ==, 3 * PAGE);
  g_assert_cmpuint (requests (f), ==, 3);

  /* The view has not said where it is since: the next page alone. */
  load_more (f);
  g_assert_cmpuint (n_rows (f), ==, 4 * PAGE);
  g_assert_cmpuint (requests (f), ==, 4);

  /* At the end again: the last page, and nothing after it. */
  evd_ticket_list_set_read_ahead (f->list, TRUE);
  load_more (f);
  g_assert_cmpuint (n_rows (f), ==, 5 * PAGE);
  g_assert_true (evd_ticket_list_is_complete (f->list));
  g_assert_cmpuint (requests (f), ==, 5);
  evd_ticket_list_load_more (f->list);
  g_assert_false (evd_ticket_list_is_loading (f->list));
  evd_test_iterate_for (100);
  g_assert_cmpuint (requests (f), ==, 5);

  /* Every registration once, in Zoom's order. */
  {
    g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < n_rows (f); i++)
      {
        g_autoptr(EvdTicket) ticket = g_list_model_get_item (G_LIST_MODEL (f->list), i);

        g_assert_true (g_hash_table_add (ids, (gpointer) g_intern_string (evd_ticket_get_ticket_id (ticket))));
      }
  }
}

/* The list is put away with a page on its way and another asked for ahead:
 * neither is added to it, nothing is left running. */
static void
test_stop_while_reading_ahead (Fixture       *f,
                               gconstpointer  data)
{
  load_more (f);
  evd_ticket_list_set_read_ahead (f->list, TRUE);
  evd_ticket_list_load_more (f->list);
  evd_ticket_list_stop (f->list);
  g_assert_false (evd_ticket_list_is_loading (f->list));
  evd_test_iterate_for (300);
  g_assert_cmpuint (n_rows (f), ==, PAGE);
  g_assert_cmpuint (f->pages_added, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  evd_test_init_ui (&argc, &argv);

#define ADD(path, n, func) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (n), fixture_setup, func, fixture_teardown)
  ADD ("/ticket-list/one-page-at-a-time", 5 * PAGE, test_one_page_at_a_time);
  ADD ("/ticket-list/read-ahead", 5 * PAGE, test_read_ahead);
  ADD ("/ticket-list/stop-while-reading-ahead", 5 * PAGE, test_stop_while_reading_ahead);
#undef ADD

  return g_test_run ();
}
