/* evd-duplicate-tickets.c: finding and removing a person's extra tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-duplicate-tickets"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "evd-api-error.h"
#include "evd-attendee.h"
#include "evd-duplicate-tickets.h"

/* Which of one person's tickets is kept: the one with Event Desk's own
 * external ticket id for this email, else one with an id from the
 * organizer's system, else any; between equals, the smallest ticket id.
 * Zoom's list gives no creation time, and the rule must give the same
 * answer on every computer that reads the same list. */
static int
keep_rank (EvdTicket  *ticket,
           const char *event_id)
{
  const char *external_id = evd_ticket_get_external_ticket_id (ticket);
  g_autofree char *ours = NULL;

  if (external_id == NULL || *external_id == '\0')
    return 2;
  ours = evd_make_external_ticket_id (event_id, evd_ticket_get_email (ticket));
  return g_str_equal (external_id, ours) ? 0 : 1;
}

typedef struct
{
  EvdTicket *ticket;
  char      *email;
  int        rank;
} Entry;

static int
compare_emails (gconstpointer a,
                gconstpointer b)
{
  const Entry *x = a;
  const Entry *y = b;

  return strcmp (x->email, y->email);
}

static int
compare_keep_first (gconstpointer a,
                    gconstpointer b)
{
  const Entry *x = a;
  const Entry *y = b;

  if (x->rank != y->rank)
    return x->rank - y->rank;
  return g_strcmp0 (evd_ticket_get_ticket_id (x->ticket), evd_ticket_get_ticket_id (y->ticket));
}

/**
 * evd_duplicate_tickets_find:
 * @tickets: (element-type EvdTicket): every ticket of the event
 * @event_id: the event
 *
 * Whoever made them (two imports at once, another app, a person in Zoom),
 * an email with more than one ticket has extras: all but the one the rule
 * above keeps. Emails compare without regard to case.
 *
 * Returns: (transfer full) (element-type EvdTicket): the extras, by email
 */
GPtrArray *
evd_duplicate_tickets_find (GListModel *tickets,
                            const char *event_id)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  GPtrArray *extras = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (tickets);

  g_return_val_if_fail (event_id != NULL, extras);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
      const char *email = evd_ticket_get_email (ticket);
      Entry entry;

      if (email == NULL || *email == '\0')
        continue;
      entry.ticket = ticket;
      entry.email = g_utf8_strdown (email, -1);
      entry.rank = 0;
      g_array_append_val (entries, entry);
    }

  /* The rule (a hash per ticket for Event Desk's own id) is applied only
   * to the few emails that have more than one: the read before an import
   * of an event with 100,000 registrations does this too. */
  g_array_sort (entries, compare_emails);
  for (guint i = 0, end; i < entries->len; i = end)
    {
      Entry *first = &g_array_index (entries, Entry, i);

      for (end = i + 1; end < entries->len && g_str_equal (g_array_index (entries, Entry, end).email, first->email);
           end++)
        ;
      if (end - i < 2)
        continue;
      for (guint j = i; j < end; j++)
        g_array_index (entries, Entry, j).rank = keep_rank (g_array_index (entries, Entry, j).ticket, event_id);
      qsort (first, end - i, sizeof (Entry), compare_keep_first);
      for (guint j = i + 1; j < end; j++)
        g_ptr_array_add (extras, g_object_ref (g_array_index (entries, Entry, j).ticket));
    }
  for (guint i = 0; i < entries->len; i++)
    g_free (g_array_index (entries, Entry, i).email);

  return extras;
}

typedef struct
{
  char      *event_id;
  gint64     expected_total;
  GPtrArray *known_extras;
} CheckData;

static void
check_data_free (gpointer data)
{
  CheckData *check = data;

  g_free (check->event_id);
  g_clear_pointer (&check->known_extras, g_ptr_array_unref);
  g_free (check);
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CheckData *check = g_task_get_task_data (task);
  g_autoptr(GListModel) tickets = NULL;
  GError *error = NULL;

  tickets = evd_client_list_tickets_finish (EVD_CLIENT (object), result, &error);
  if (tickets == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, evd_duplicate_tickets_find (tickets, check->event_id),
                         (GDestroyNotify) g_ptr_array_unref);
}

static GTask *
check_task_new (EvdClient           *client,
                const char          *event_id,
                gpointer             source_tag,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  GTask *task = g_task_new (client, cancellable, callback, user_data);
  CheckData *check = g_new0 (CheckData, 1);

  g_task_set_source_tag (task, source_tag);
  check->event_id = g_strdup (event_id);
  check->expected_total = -1;
  g_task_set_task_data (task, check, check_data_free);
  return task;
}

/* Takes the reference on @task. */
static void
list_every_ticket (GTask *task)
{
  CheckData *check = g_task_get_task_data (task);

  evd_client_list_tickets_async (g_task_get_source_object (task), check->event_id, NULL, NULL,
                                 g_task_get_cancellable (task), listed_cb, task);
}

/**
 * evd_duplicate_tickets_check_async:
 *
 * Lists every ticket of @event_id and finds the extras: the check after
 * every import. Finish with evd_duplicate_tickets_check_finish().
 */
void
evd_duplicate_tickets_check_async (EvdClient           *client,
                                   const char          *event_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (event_id != NULL);

  list_every_ticket (check_task_new (client, event_id, evd_duplicate_tickets_check_async,
                                     cancellable, callback, user_data));
}

static void
counted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CheckData *check = g_task_get_task_data (task);
  g_autoptr(EvdTicketPage) page = NULL;
  GError *error = NULL;
  gint64 total;

  page = evd_client_list_tickets_page_finish (EVD_CLIENT (object), result, &error);
  if (page == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  total = evd_ticket_page_get_total_records (page);
  if (total >= 0 && total == check->expected_total)
    {
      g_task_return_pointer (task, g_ptr_array_ref (check->known_extras),
                             (GDestroyNotify) g_ptr_array_unref);
      return;
    }

  /* Someone else added or removed tickets meanwhile (or Zoom sent no
   * count): only reading them all tells whether anyone has two now. */
  g_debug ("The event has %" G_GINT64_FORMAT " tickets, %" G_GINT64_FORMAT " were expected: "
           "reading them all", total, check->expected_total);
  list_every_ticket (g_steal_pointer (&task));
}

/**
 * evd_duplicate_tickets_verify_async:
 * @expected_total: how many tickets the event has if nobody else added or
 *   removed any since @known_extras was found
 * @known_extras: (element-type EvdTicket): the extras of the tickets
 *   the caller knows of (evd_duplicate_tickets_find() on them)
 *
 * The same check as evd_duplicate_tickets_check_async(), made cheap when
 * the caller knows every ticket of the event: one request (one ticket, and
 * Zoom's total_records) instead of every page one after another. When the
 * event holds exactly @expected_total tickets, the extras are
 * @known_extras; otherwise (or when Zoom sends no count) every ticket is
 * read as the full check does.
 *
 * What the count cannot see: another app or person removing and adding the
 * same number of tickets while the caller was not looking. The importer
 * decides when that is an acceptable risk (see evd-ticket-importer.c).
 */
void
evd_duplicate_tickets_verify_async (EvdClient           *client,
                                    const char          *event_id,
                                    gint64               expected_total,
                                    GPtrArray           *known_extras,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;
  CheckData *check;

  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (known_extras != NULL);

  task = check_task_new (client, event_id, evd_duplicate_tickets_check_async,
                         cancellable, callback, user_data);
  check = g_task_get_task_data (task);
  check->expected_total = expected_total;
  check->known_extras = g_ptr_array_ref (known_extras);
  evd_client_list_tickets_page_async (client, event_id, NULL, 1, NULL, NULL, cancellable,
                                      counted_cb, task);
}

/**
 * evd_duplicate_tickets_check_finish:
 *
 * Finishes evd_duplicate_tickets_check_async() and
 * evd_duplicate_tickets_verify_async().
 *
 * Returns: (transfer full) (element-type EvdTicket): the extras, maybe none
 */
GPtrArray *
evd_duplicate_tickets_check_finish (GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  char      *event_id;
  GPtrArray *extras;
  guint      next;
  guint      removed;
} RemoveData;

static void
remove_data_free (gpointer data)
{
  RemoveData *remove = data;

  g_free (remove->event_id);
  g_ptr_array_unref (remove->extras);
  g_free (remove);
}

static void remove_next (GTask *task);

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  RemoveData *remove = g_task_get_task_data (task);
  GError *error = NULL;

  if (!evd_client_delete_ticket_finish (EVD_CLIENT (object), result, &error))
    {
      /* Gone already (another computer removed it): what was wanted. */
      if (!g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_TICKET_NOT_FOUND))
        {
          g_task_return_error (task, error);
          g_object_unref (task);
          return;
        }
      g_clear_error (&error);
    }
  else
    remove->removed++;
  remove_next (task);
}

/* One at a time: there are few, and each is a person's ticket. */
static void
remove_next (GTask *task)
{
  RemoveData *remove = g_task_get_task_data (task);
  EvdTicket *ticket;

  if (remove->next >= remove->extras->len)
    {
      g_task_return_int (task, remove->removed);
      g_object_unref (task);
      return;
    }
  ticket = g_ptr_array_index (remove->extras, remove->next++);
  evd_client_delete_ticket_async (g_task_get_source_object (task), remove->event_id,
                                  evd_ticket_get_ticket_id (ticket), g_task_get_cancellable (task),
                                  deleted_cb, task);
}

/**
 * evd_duplicate_tickets_remove_async:
 * @extras: (element-type EvdTicket): from evd_duplicate_tickets_find()
 *
 * Deletes the extra tickets. Finish with
 * evd_duplicate_tickets_remove_finish().
 */
void
evd_duplicate_tickets_remove_async (EvdClient           *client,
                                    const char          *event_id,
                                    GPtrArray           *extras,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;
  RemoveData *remove;

  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (event_id != NULL);
  g_return_if_fail (extras != NULL);

  task = g_task_new (client, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_duplicate_tickets_remove_async);
  remove = g_new0 (RemoveData, 1);
  remove->event_id = g_strdup (event_id);
  remove->extras = g_ptr_array_ref (extras);
  g_task_set_task_data (task, remove, remove_data_free);
  remove_next (task);
}

/**
 * evd_duplicate_tickets_remove_finish:
 *
 * Returns: how many tickets were deleted, or -1 (as guint: G_MAXUINT) with
 *   @error set when one could not be
 */
guint
evd_duplicate_tickets_remove_finish (GAsyncResult  *result,
                                     GError       **error)
{
  gssize removed = g_task_propagate_int (G_TASK (result), error);

  return removed < 0 ? G_MAXUINT : (guint) removed;
}
