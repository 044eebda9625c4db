/* evd-ticket-list.c: an event's registrations, fetched page by page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-list"

#include "config.h"

#include "evd-ticket-list.h"

/* A GListModel of EvdTicket whose length is what has arrived so far. An
 * event may have 100,000 registrations: the view asks for the next page
 * when the person scrolls near the end, one request at a time, until Zoom
 * says there are no more. A person at the very end of the rows (holding
 * End, or the scroll bar dragged down) keeps one request ahead: the next
 * page is asked for as soon as the previous one's token arrives, before
 * its rows are added and drawn, so the pages follow each other at the
 * rate Zoom allows rather than waiting for the main loop in between.
 *
 * Zoom's page tokens expire after 15 minutes, so a list left open and
 * scrolled later gets its token refused. It then reads again from the
 * first page, skipping the registrations it already shows, and never sends
 * the refused token again. */

/* Restarts in a row that bring nothing new before the refusal is shown. */
#define MAX_RESTARTS 3
struct _EvdTicketList
{
  GObject        parent_instance;

  EvdClient     *client;
  char          *event_id;
  char          *email_filter;

  GPtrArray     *tickets;
  GHashTable    *ticket_ids;    /* of the tickets shown, their own strings */
  guint          restarts;
  guint          read_ahead_at; /* G_MAXUINT: none */
  char          *next_page_token;
  gint64         total;
  gboolean       has_first_page;
  gboolean       complete;
  gboolean       loading;
  GError        *error;
  GCancellable  *cancellable;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EvdTicketList, evd_ticket_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_LOADING,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return EVD_TYPE_TICKET;
}

static guint
get_n_items (GListModel *model)
{
  return EVD_TICKET_LIST (model)->tickets->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  EvdTicketList *self = EVD_TICKET_LIST (model);

  if (position >= self->tickets->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->tickets, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/**
 * evd_ticket_list_new:
 * @email_filter: (nullable): only the registrations of this address
 *
 * Nothing is fetched until evd_ticket_list_load_more() is called.
 */
EvdTicketList *
evd_ticket_list_new (EvdClient  *client,
                     const char *event_id,
                     const char *email_filter)
{
  EvdTicketList *self;

  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (event_id != NULL, NULL);

  self = g_object_new (EVD_TYPE_TICKET_LIST, NULL);
  self->client = g_object_ref (client);
  self->event_id = g_strdup (event_id);
  self->email_filter = email_filter != NULL && *email_filter != '\0' ? g_strdup (email_filter) : NULL;
  return self;
}

const char *
evd_ticket_list_get_email_filter (EvdTicketList *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_LIST (self), NULL);

  return self->email_filter;
}

static void
set_loading (EvdTicketList *self,
             gboolean       loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* The next page's token, and whether there is one. An empty page with a
 * token would have the view ask forever. */
static void
take_token (EvdTicketList *self,
            EvdTicketPage *page)
{
  GListModel *tickets = evd_ticket_page_get_tickets (page);
  guint n = tickets != NULL ? g_list_model_get_n_items (tickets) : 0;
  const char *token = evd_ticket_page_get_next_page_token (page);

  g_free (self->next_page_token);
  self->next_page_token = g_strdup (token);
  self->complete = evd_ticket_page_is_last (page) || token == NULL || *token == '\0' || n == 0;
}

static void
append_page (EvdTicketList *self,
             EvdTicketPage *page)
{
  GListModel *tickets = evd_ticket_page_get_tickets (page);
  guint before = self->tickets->len;
  guint n = tickets != NULL ? g_list_model_get_n_items (tickets) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);
      const char *id = evd_ticket_get_ticket_id (ticket);

      /* After a restart the first pages hold what is already shown. The
       * key is the ticket's own id: the list keeps its tickets. */
      if (id != NULL && g_hash_table_contains (self->ticket_ids, id))
        continue;
      if (id != NULL)
        g_hash_table_add (self->ticket_ids, (gpointer) id);
      g_ptr_array_add (self->tickets, g_steal_pointer (&ticket));
    }

  if (!self->has_first_page)
    {
      self->has_first_page = TRUE;
      self->total = evd_ticket_page_get_total_records (page);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
    }

  if (self->tickets->len > before)
    {
      self->restarts = 0;
      g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->tickets->len - before);
    }
}

static void page_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data);

/* From the next page's token, or from the first page when there is none. */
static void
fetch_page (EvdTicketList *self)
{
  evd_client_list_tickets_page_async (self->client, self->event_id, self->next_page_token,
                                      EVD_TICKET_LIST_PAGE_SIZE, self->email_filter, NULL,
                                      self->cancellable, page_cb, g_object_ref (self));
}

static void
page_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(EvdTicketList) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdTicketPage) page = NULL;

  page = evd_client_list_tickets_page_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (page == NULL && self->next_page_token != NULL && self->restarts < MAX_RESTARTS &&
      evd_client_error_is_page_token_refused (error))
    {
      g_debug ("The next page's token was refused; reading from the first page again");
      self->restarts++;
      g_clear_pointer (&self->next_page_token, g_free);
      fetch_page (self);
      return;
    }

  if (page == NULL)
    self->error = g_steal_pointer (&error);
  else
    {
      guint before = self->tickets->len;
      gboolean ahead;

      take_token (self, page);
      /* The person sat at the end of the rows shown so far: this page will
       * not be enough for long, and tokens come one after the other. */
      ahead = self->read_ahead_at == before && !self->complete;
      if (ahead)
        fetch_page (self);

      append_page (self, page);
      if (ahead)
        return;
      /* A restarted page that brought only what is shown: the view will
       * not ask again, so go on to the next one. */
      if (self->restarts > 0 && self->tickets->len == before && !self->complete)
        {
          fetch_page (self);
          return;
        }
    }

  set_loading (self, FALSE);
}

/**
 * evd_ticket_list_set_read_ahead:
 * @at_end: whether the view shows the last of the rows it has
 *
 * While the view sits at the end of the rows, the page that arrives next
 * asks at once for the one after it. Only for the rows there are now: once
 * more are added, the view says again where it is.
 */
void
evd_ticket_list_set_read_ahead (EvdTicketList *self,
                                gboolean       at_end)
{
  g_return_if_fail (EVD_IS_TICKET_LIST (self));

  self->read_ahead_at = at_end ? self->tickets->len : G_MAXUINT;
}

/**
 * evd_ticket_list_load_more:
 *
 * Fetches the first page, or the next one; does nothing while a page is on
 * its way or when every page has arrived. A failure is kept for
 * evd_ticket_list_get_error() and cleared by the next call.
 */
void
evd_ticket_list_load_more (EvdTicketList *self)
{
  g_return_if_fail (EVD_IS_TICKET_LIST (self));

  if (self->loading || self->complete || g_cancellable_is_cancelled (self->cancellable))
    return;

  g_clear_error (&self->error);
  set_loading (self, TRUE);
  fetch_page (self);
}

/* The list is being replaced: whatever is on its way no longer matters. */
void
evd_ticket_list_stop (EvdTicketList *self)
{
  g_return_if_fail (EVD_IS_TICKET_LIST (self));

  g_cancellable_cancel (self->cancellable);
  set_loading (self, FALSE);
}

gboolean
evd_ticket_list_is_loading (EvdTicketList *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_LIST (self), FALSE);

  return self->loading;
}

gboolean
evd_ticket_list_has_first_page (EvdTicketList *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_LIST (self), FALSE);

  return self->has_first_page;
}

gboolean
evd_ticket_list_is_complete (EvdTicketList *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_LIST (self), FALSE);

  return self->complete;
}

/**
 * evd_ticket_list_get_total:
 *
 * Returns: how many registrations Zoom counts in all, from the first page
 */
gint64
evd_ticket_list_get_total (EvdTicketList *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_LIST (self), 0);

  return self->total;
}

const GError *
evd_ticket_list_get_error (EvdTicketList *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_LIST (self), NULL);

  return self->error;
}

static void
evd_ticket_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EvdTicketList *self = EVD_TICKET_LIST (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_TOTAL:
      g_value_set_int64 (value, self->total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_ticket_list_dispose (GObject *object)
{
  EvdTicketList *self = EVD_TICKET_LIST (object);

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (evd_ticket_list_parent_class)->dispose (object);
}

static void
evd_ticket_list_finalize (GObject *object)
{
  EvdTicketList *self = EVD_TICKET_LIST (object);

  g_clear_pointer (&self->tickets, g_ptr_array_unref);
  g_clear_pointer (&self->ticket_ids, g_hash_table_unref);
  g_clear_pointer (&self->next_page_token, g_free);
  g_clear_pointer (&self->event_id, g_free);
  g_clear_pointer (&self->email_filter, g_free);
  g_clear_error (&self->error);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_ticket_list_parent_class)->finalize (object);
}

static void
evd_ticket_list_class_init (EvdTicketListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = evd_ticket_list_get_property;
  object_class->dispose = evd_ticket_list_dispose;
  object_class->finalize = evd_ticket_list_finalize;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_ticket_list_init (EvdTicketList *self)
{
  self->tickets = g_ptr_array_new_with_free_func (g_object_unref);
  self->ticket_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->cancellable = g_cancellable_new ();
  self->read_ahead_at = G_MAXUINT;
}
