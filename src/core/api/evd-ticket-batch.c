/* evd-ticket-batch.c: what Zoom made of one batch of new registrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include "evd-ticket-batch.h"

G_DEFINE_BOXED_TYPE (EvdTicketError, evd_ticket_error, evd_ticket_error_copy, evd_ticket_error_free)

EvdTicketError *
evd_ticket_error_new (const char *email,
                      const char *error_code,
                      const char *message)
{
  EvdTicketError *error = g_new0 (EvdTicketError, 1);

  error->email = g_strdup (email);
  error->error_code = g_strdup (error_code);
  error->message = g_strdup (message);
  return error;
}

EvdTicketError *
evd_ticket_error_copy (const EvdTicketError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  return evd_ticket_error_new (error->email, error->error_code, error->message);
}

void
evd_ticket_error_free (EvdTicketError *error)
{
  if (error == NULL)
    return;
  g_free (error->email);
  g_free (error->error_code);
  g_free (error->message);
  g_free (error);
}

/* A 201 to POST tickets is a partial success: some tickets made, some
 * attendees refused one by one. Immutable once made. */
struct _EvdTicketBatch
{
  GObject     parent_instance;

  GListModel *tickets;
  GPtrArray  *errors;
};

G_DEFINE_FINAL_TYPE (EvdTicketBatch, evd_ticket_batch, G_TYPE_OBJECT)

static void
evd_ticket_batch_finalize (GObject *object)
{
  EvdTicketBatch *self = EVD_TICKET_BATCH (object);

  g_clear_object (&self->tickets);
  g_clear_pointer (&self->errors, g_ptr_array_unref);

  G_OBJECT_CLASS (evd_ticket_batch_parent_class)->finalize (object);
}

static void
evd_ticket_batch_class_init (EvdTicketBatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_ticket_batch_finalize;
}

static void
evd_ticket_batch_init (EvdTicketBatch *self)
{
}

/**
 * evd_ticket_batch_new:
 * @tickets: the #EvdTicket objects Zoom created
 * @errors: (element-type EvdTicketError) (nullable): the refusals; the
 *   batch keeps a reference
 */
EvdTicketBatch *
evd_ticket_batch_new (GListModel *tickets,
                      GPtrArray  *errors)
{
  EvdTicketBatch *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (tickets), NULL);

  self = g_object_new (EVD_TYPE_TICKET_BATCH, NULL);
  self->tickets = g_object_ref (tickets);
  self->errors = errors != NULL
    ? g_ptr_array_ref (errors)
    : g_ptr_array_new_with_free_func ((GDestroyNotify) evd_ticket_error_free);
  return self;
}

/**
 * evd_ticket_batch_get_tickets:
 *
 * Returns: (transfer none): the tickets Zoom created, with their ids and
 *   join links
 */
GListModel *
evd_ticket_batch_get_tickets (EvdTicketBatch *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_BATCH (self), NULL);

  return self->tickets;
}

guint
evd_ticket_batch_get_n_errors (EvdTicketBatch *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_BATCH (self), 0);

  return self->errors->len;
}

const EvdTicketError *
evd_ticket_batch_get_error (EvdTicketBatch *self,
                            guint           position)
{
  g_return_val_if_fail (EVD_IS_TICKET_BATCH (self), NULL);
  g_return_val_if_fail (position < self->errors->len, NULL);

  return g_ptr_array_index (self->errors, position);
}

/**
 * evd_ticket_batch_find_error:
 * @email: an attendee's email, compared without regard to case
 *
 * Returns: (nullable): Zoom's refusal for @email, if any
 */
const EvdTicketError *
evd_ticket_batch_find_error (EvdTicketBatch *self,
                             const char     *email)
{
  g_return_val_if_fail (EVD_IS_TICKET_BATCH (self), NULL);
  g_return_val_if_fail (email != NULL, NULL);

  for (guint i = 0; i < self->errors->len; i++)
    {
      const EvdTicketError *error = g_ptr_array_index (self->errors, i);

      if (error->email != NULL && g_ascii_strcasecmp (error->email, email) == 0)
        return error;
    }
  return NULL;
}
