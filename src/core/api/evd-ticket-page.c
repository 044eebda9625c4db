/* evd-ticket-page.c: one page of an event's registrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include "evd-ticket-page.h"

/* The registrations page loads as the person scrolls: each page brings the
 * token for the next one. Immutable once made. */
struct _EvdTicketPage
{
  GObject     parent_instance;

  GListModel *tickets;
  char       *next_page_token;
  gint64      total_records;
};

G_DEFINE_FINAL_TYPE (EvdTicketPage, evd_ticket_page, G_TYPE_OBJECT)

static void
evd_ticket_page_finalize (GObject *object)
{
  EvdTicketPage *self = EVD_TICKET_PAGE (object);

  g_clear_object (&self->tickets);
  g_clear_pointer (&self->next_page_token, g_free);

  G_OBJECT_CLASS (evd_ticket_page_parent_class)->finalize (object);
}

static void
evd_ticket_page_class_init (EvdTicketPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_ticket_page_finalize;
}

static void
evd_ticket_page_init (EvdTicketPage *self)
{
}

/**
 * evd_ticket_page_new:
 * @tickets: the page's #EvdTicket objects
 * @next_page_token: (nullable): the next page's token, %NULL or "" on the last
 * @total_records: Zoom's count of all matching tickets, -1 if unknown
 */
EvdTicketPage *
evd_ticket_page_new (GListModel *tickets,
                     const char *next_page_token,
                     gint64      total_records)
{
  EvdTicketPage *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (tickets), NULL);

  self = g_object_new (EVD_TYPE_TICKET_PAGE, NULL);
  self->tickets = g_object_ref (tickets);
  if (next_page_token != NULL && *next_page_token != '\0')
    self->next_page_token = g_strdup (next_page_token);
  self->total_records = total_records;
  return self;
}

/**
 * evd_ticket_page_get_tickets:
 *
 * Returns: (transfer none): the page's tickets
 */
GListModel *
evd_ticket_page_get_tickets (EvdTicketPage *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_PAGE (self), NULL);

  return self->tickets;
}

/**
 * evd_ticket_page_get_next_page_token:
 *
 * Returns: (nullable): the token to pass for the next page, %NULL on the last
 */
const char *
evd_ticket_page_get_next_page_token (EvdTicketPage *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_PAGE (self), NULL);

  return self->next_page_token;
}

gboolean
evd_ticket_page_is_last (EvdTicketPage *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_PAGE (self), TRUE);

  return self->next_page_token == NULL;
}

gint64
evd_ticket_page_get_total_records (EvdTicketPage *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_PAGE (self), -1);

  return self->total_records;
}

/**
 * evd_ticket_page_count_registrations:
 * @exact: (out) (optional): whether the count is the whole event's
 *
 * How many registrations the event has, for decisions such as whether
 * Zoom requires a cancel message: Zoom's total_records when it sent one,
 * else the tickets counted on this page and, when another page follows,
 * one more (then the count is only "at least", but never 0 when someone
 * has registered).
 */
gint64
evd_ticket_page_count_registrations (EvdTicketPage *self,
                                     gboolean      *exact)
{
  guint n;

  g_return_val_if_fail (EVD_IS_TICKET_PAGE (self), 0);

  n = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;
  if (self->total_records >= 0)
    {
      if (exact != NULL)
        *exact = TRUE;
      /* A total below what the page holds is not believed. */
      return MAX (self->total_records, (gint64) n);
    }

  if (exact != NULL)
    *exact = self->next_page_token == NULL;
  return (gint64) n + (self->next_page_token != NULL ? 1 : 0);
}
