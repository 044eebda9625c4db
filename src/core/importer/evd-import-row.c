/* evd-import-row.c: one attendee of an import, and what became of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-import-private.h"
#include "evd-import-row.h"

struct _EvdImportRow
{
  GObject            parent_instance;

  guint              row_number;
  JsonNode          *ticket;
  char              *email;
  char              *external_ticket_id;
  EvdImportRowState  state;
  char              *ticket_id;
  char              *join_link;
  char              *error_code;
  char              *reason;
};

enum {
  PROP_0,
  PROP_ROW_NUMBER,
  PROP_EMAIL,
  PROP_EXTERNAL_TICKET_ID,
  PROP_STATE,
  PROP_TICKET_ID,
  PROP_JOIN_LINK,
  PROP_ERROR_CODE,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EvdImportRow, evd_import_row, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (EvdImportRowState, evd_import_row_state,
  G_DEFINE_ENUM_VALUE (EVD_IMPORT_ROW_PENDING, "pending"),
  G_DEFINE_ENUM_VALUE (EVD_IMPORT_ROW_SENDING, "sending"),
  G_DEFINE_ENUM_VALUE (EVD_IMPORT_ROW_CREATED, "created"),
  G_DEFINE_ENUM_VALUE (EVD_IMPORT_ROW_ALREADY_REGISTERED, "already-registered"),
  G_DEFINE_ENUM_VALUE (EVD_IMPORT_ROW_FAILED, "failed"))

static const char * const state_names[] = {
  [EVD_IMPORT_ROW_PENDING] = "pending",
  [EVD_IMPORT_ROW_SENDING] = "sending",
  [EVD_IMPORT_ROW_CREATED] = "created",
  [EVD_IMPORT_ROW_ALREADY_REGISTERED] = "already_registered",
  [EVD_IMPORT_ROW_FAILED] = "failed",
};

const char *
evd_import_row_state_to_string (EvdImportRowState state)
{
  g_return_val_if_fail (state <= EVD_IMPORT_ROW_FAILED, NULL);
  return state_names[state];
}

gboolean
evd_import_row_state_from_string (const char        *text,
                                  EvdImportRowState *state)
{
  g_return_val_if_fail (state != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (state_names); i++)
    if (g_str_equal (text, state_names[i]))
      {
        *state = (EvdImportRowState) i;
        return TRUE;
      }
  return FALSE;
}

const char *
evd_import_row_state_get_label (EvdImportRowState state)
{
  switch (state)
    {
    case EVD_IMPORT_ROW_PENDING:
      return _("Not sent yet");
    case EVD_IMPORT_ROW_SENDING:
      return _("Sending");
    case EVD_IMPORT_ROW_CREATED:
      return _("Registered");
    case EVD_IMPORT_ROW_ALREADY_REGISTERED:
      return _("Already registered");
    case EVD_IMPORT_ROW_FAILED:
      return _("Not registered");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
evd_import_row_state_is_done (EvdImportRowState state)
{
  return state == EVD_IMPORT_ROW_CREATED ||
         state == EVD_IMPORT_ROW_ALREADY_REGISTERED ||
         state == EVD_IMPORT_ROW_FAILED;
}

typedef struct
{
  const char *code;
  const char *reason;
  gboolean    retryable;
} TicketErrorInfo;

/* The per-email codes of Zoom's spec (the last two from its prose). An
 * undocumented code gets the general sentence. */
static const TicketErrorInfo ticket_errors[] = {
  { "email_not_found", N_("Zoom did not accept this email address."), FALSE },
  { "ticket_type_notfound", N_("The chosen ticket type does not exist for this event. Pick another ticket type."), FALSE },
  { "stock_not_exist", N_("The ticket type is sold out. Raise its quantity or pick another ticket type."), FALSE },
  { "invalid_sale_time", N_("The ticket type is not on sale now. Change its sale dates or pick another ticket type."), FALSE },
  { "invalid_api_registration_questions_answers", N_("The answers to the event’s registration questions were not accepted."), FALSE },
  { "ticket_generated_failed", N_("Zoom could not make the ticket this time."), TRUE },
  { "fast_join_with_registrationNeeded", N_("Joining without signing in cannot be combined with attendees finishing their registration."), FALSE },
  { "tickets_duplicate_custom_questions", N_("A registration question was answered twice."), FALSE },
  { "missing_required_questions", N_("A required registration question has no answer."), FALSE },
  { "non_configured_questions", N_("The file answers a registration question the event does not ask."), FALSE },
};

static const TicketErrorInfo *
find_ticket_error (const char *error_code)
{
  for (guint i = 0; error_code != NULL && i < G_N_ELEMENTS (ticket_errors); i++)
    if (g_ascii_strcasecmp (error_code, ticket_errors[i].code) == 0)
      return &ticket_errors[i];
  return NULL;
}

/**
 * evd_import_describe_ticket_error:
 * @error_code: (nullable): the `error_code` of an entry of Zoom's `errors[]`
 *
 * Returns: a plain sentence for organizers
 */
const char *
evd_import_describe_ticket_error (const char *error_code)
{
  const TicketErrorInfo *info = find_ticket_error (error_code);

  if (info != NULL)
    return _(info->reason);
  return _("Zoom refused to register this person.");
}

/**
 * evd_import_ticket_error_is_retryable:
 *
 * Returns: whether sending the same person again may work
 */
gboolean
evd_import_ticket_error_is_retryable (const char *error_code)
{
  const TicketErrorInfo *info = find_ticket_error (error_code);

  return info != NULL && info->retryable;
}

static void
evd_import_row_finalize (GObject *object)
{
  EvdImportRow *self = (EvdImportRow *) object;

  g_clear_pointer (&self->ticket, json_node_unref);
  g_free (self->email);
  g_free (self->external_ticket_id);
  g_free (self->ticket_id);
  g_free (self->join_link);
  g_free (self->error_code);
  g_free (self->reason);

  G_OBJECT_CLASS (evd_import_row_parent_class)->finalize (object);
}

static void
evd_import_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EvdImportRow *self = EVD_IMPORT_ROW (object);

  switch (prop_id)
    {
    case PROP_ROW_NUMBER:
      g_value_set_uint (value, self->row_number);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_EXTERNAL_TICKET_ID:
      g_value_set_string (value, self->external_ticket_id);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_TICKET_ID:
      g_value_set_string (value, self->ticket_id);
      break;
    case PROP_JOIN_LINK:
      g_value_set_string (value, self->join_link);
      break;
    case PROP_ERROR_CODE:
      g_value_set_string (value, self->error_code);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_import_row_class_init (EvdImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = evd_import_row_finalize;
  object_class->get_property = evd_import_row_get_property;

  properties[PROP_ROW_NUMBER] = g_param_spec_uint ("row-number", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, NULL, flags);
  properties[PROP_EXTERNAL_TICKET_ID] = g_param_spec_string ("external-ticket-id", NULL, NULL, NULL, flags);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, EVD_TYPE_IMPORT_ROW_STATE,
                                              EVD_IMPORT_ROW_PENDING, flags);
  properties[PROP_TICKET_ID] = g_param_spec_string ("ticket-id", NULL, NULL, NULL, flags);
  properties[PROP_JOIN_LINK] = g_param_spec_string ("join-link", NULL, NULL, NULL, flags);
  properties[PROP_ERROR_CODE] = g_param_spec_string ("error-code", NULL, NULL, NULL, flags);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_import_row_init (EvdImportRow *self)
{
}

static char *
dup_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

/**
 * evd_import_row_new:
 * @row_number: the spreadsheet row the attendee comes from
 * @ticket: the ticket as evd_attendee_to_ticket_json() makes it (email and
 *   external_ticket_id included)
 *
 * Returns: (transfer full): a pending row
 */
EvdImportRow *
evd_import_row_new (guint     row_number,
                    JsonNode *ticket)
{
  EvdImportRow *self;

  g_return_val_if_fail (ticket != NULL && JSON_NODE_HOLDS_OBJECT (ticket), NULL);

  self = g_object_new (EVD_TYPE_IMPORT_ROW, NULL);
  self->row_number = row_number;
  self->ticket = json_node_copy (ticket);
  self->email = dup_member (json_node_get_object (ticket), "email");
  self->external_ticket_id = dup_member (json_node_get_object (ticket), "external_ticket_id");
  return self;
}

guint
evd_import_row_get_row_number (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), 0);
  return self->row_number;
}

const char *
evd_import_row_get_email (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), NULL);
  return self->email;
}

const char *
evd_import_row_get_external_ticket_id (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), NULL);
  return self->external_ticket_id;
}

/**
 * evd_import_row_get_ticket:
 *
 * Returns: (transfer none): the ticket as it is sent, before the options
 */
JsonNode *
evd_import_row_get_ticket (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), NULL);
  return self->ticket;
}

EvdImportRowState
evd_import_row_get_state (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), EVD_IMPORT_ROW_PENDING);
  return self->state;
}

const char *
evd_import_row_get_ticket_id (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), NULL);
  return self->ticket_id;
}

const char *
evd_import_row_get_join_link (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), NULL);
  return self->join_link;
}

const char *
evd_import_row_get_error_code (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), NULL);
  return self->error_code;
}

/**
 * evd_import_row_get_reason:
 *
 * Returns: (nullable): for a failed row, why, in plain words
 */
const char *
evd_import_row_get_reason (EvdImportRow *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ROW (self), NULL);
  return self->reason;
}

static void
set_string (EvdImportRow *self,
            char        **field,
            const char   *value,
            guint         prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
change (EvdImportRow      *self,
        EvdImportRowState  state,
        const char        *ticket_id,
        const char        *join_link,
        const char        *error_code,
        const char        *reason)
{
  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, &self->ticket_id, ticket_id, PROP_TICKET_ID);
  set_string (self, &self->join_link, join_link, PROP_JOIN_LINK);
  set_string (self, &self->error_code, error_code, PROP_ERROR_CODE);
  set_string (self, &self->reason, reason, PROP_REASON);
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
evd_import_row_set_sending (EvdImportRow *self)
{
  g_return_if_fail (EVD_IS_IMPORT_ROW (self));
  change (self, EVD_IMPORT_ROW_SENDING, NULL, NULL, NULL, NULL);
}

void
evd_import_row_set_pending (EvdImportRow *self)
{
  g_return_if_fail (EVD_IS_IMPORT_ROW (self));
  change (self, EVD_IMPORT_ROW_PENDING, NULL, NULL, self->error_code, NULL);
}

void
evd_import_row_set_created (EvdImportRow *self,
                            const char   *ticket_id,
                            const char   *join_link)
{
  g_return_if_fail (EVD_IS_IMPORT_ROW (self));
  change (self, EVD_IMPORT_ROW_CREATED, ticket_id, join_link, NULL, NULL);
}

void
evd_import_row_set_already_registered (EvdImportRow *self,
                                       const char   *ticket_id)
{
  g_return_if_fail (EVD_IS_IMPORT_ROW (self));
  change (self, EVD_IMPORT_ROW_ALREADY_REGISTERED, ticket_id, NULL, NULL, NULL);
}

/**
 * evd_import_row_set_failed:
 * @error_code: (nullable): Zoom's per-email code, if there is one
 * @reason: (nullable): a plain sentence; %NULL to describe @error_code
 */
void
evd_import_row_set_failed (EvdImportRow *self,
                           const char   *error_code,
                           const char   *reason)
{
  g_return_if_fail (EVD_IS_IMPORT_ROW (self));

  if (reason == NULL)
    reason = evd_import_describe_ticket_error (error_code);
  change (self, EVD_IMPORT_ROW_FAILED, NULL, NULL, error_code, reason);
}

void
evd_import_row_restore (EvdImportRow      *self,
                        EvdImportRowState  state,
                        const char        *ticket_id,
                        const char        *join_link,
                        const char        *error_code,
                        const char        *reason)
{
  g_return_if_fail (EVD_IS_IMPORT_ROW (self));
  change (self, state, ticket_id, join_link, error_code, reason);
}
