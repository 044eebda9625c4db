/* evd-ticket.c: one registration (a ticket) for an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "evd-json.h"
#include "evd-models-private.h"
#include "evd-ticket.h"

/* A ticket is mostly strings, so they live in one array indexed by
 * property; the property name with '_' for '-' is Zoom's field name. */
enum {
  PROP_0,
  /* Set by Zoom */
  PROP_TICKET_ID,
  PROP_EVENT_JOIN_LINK,
  PROP_EVENT_REGISTRATION_LINK,
  PROP_QR_CODE_URL,
  PROP_AUTHENTICATION_METHOD,
  PROP_TICKET_ROLE_TYPE,
  /* Sent when creating */
  PROP_TICKET_TYPE_ID,
  PROP_EMAIL,
  PROP_REGISTRATION_SOURCE,
  PROP_SESSION_ID,
  /* Sent when creating and updating */
  PROP_EXTERNAL_TICKET_ID,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_ADDRESS,
  PROP_CITY,
  PROP_STATE,
  PROP_ZIP,
  PROP_COUNTRY,
  PROP_PHONE,
  PROP_INDUSTRY,
  PROP_JOB_TITLE,
  PROP_ORGANIZATION,
  PROP_ORGANIZATION_SIZE,
  PROP_COMMENTS,
  N_STRING_PROPS,
  PROP_SEND_NOTIFICATION = N_STRING_PROPS,
  N_PROPS
};

#define FIRST_WRITABLE PROP_TICKET_TYPE_ID
#define FIRST_UPDATABLE PROP_EXTERNAL_TICKET_ID

static const char * const wire_names[N_STRING_PROPS] = {
  [PROP_TICKET_ID] = "ticket_id",
  [PROP_EVENT_JOIN_LINK] = "event_join_link",
  [PROP_EVENT_REGISTRATION_LINK] = "event_registration_link",
  [PROP_QR_CODE_URL] = "qr_code_url",
  [PROP_AUTHENTICATION_METHOD] = "authentication_method",
  [PROP_TICKET_ROLE_TYPE] = "ticket_role_type",
  [PROP_TICKET_TYPE_ID] = "ticket_type_id",
  [PROP_EMAIL] = "email",
  [PROP_REGISTRATION_SOURCE] = "registration_source",
  [PROP_SESSION_ID] = "session_id",
  [PROP_EXTERNAL_TICKET_ID] = "external_ticket_id",
  [PROP_FIRST_NAME] = "first_name",
  [PROP_LAST_NAME] = "last_name",
  [PROP_ADDRESS] = "address",
  [PROP_CITY] = "city",
  [PROP_STATE] = "state",
  [PROP_ZIP] = "zip",
  [PROP_COUNTRY] = "country",
  [PROP_PHONE] = "phone",
  [PROP_INDUSTRY] = "industry",
  [PROP_JOB_TITLE] = "job_title",
  [PROP_ORGANIZATION] = "organization",
  [PROP_ORGANIZATION_SIZE] = "organization_size",
  [PROP_COMMENTS] = "comments",
};

struct _EvdTicket
{
  GObject     parent_instance;

  JsonNode   *json;
  char       *strings[N_STRING_PROPS];
  gboolean    send_notification;
  gboolean    send_notification_set;
  GPtrArray  *custom_titles;
  GPtrArray  *custom_answers;
};

G_DEFINE_FINAL_TYPE (EvdTicket, evd_ticket, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
evd_ticket_finalize (GObject *object)
{
  EvdTicket *self = (EvdTicket *) object;

  g_clear_pointer (&self->json, json_node_unref);
  for (guint i = 0; i < N_STRING_PROPS; i++)
    g_clear_pointer (&self->strings[i], g_free);
  g_clear_pointer (&self->custom_titles, g_ptr_array_unref);
  g_clear_pointer (&self->custom_answers, g_ptr_array_unref);

  G_OBJECT_CLASS (evd_ticket_parent_class)->finalize (object);
}

static void
evd_ticket_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EvdTicket *self = EVD_TICKET (object);

  if (prop_id > PROP_0 && prop_id < N_STRING_PROPS)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_SEND_NOTIFICATION)
    g_value_set_boolean (value, self->send_notification);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
set_string (EvdTicket  *self,
            guint       prop_id,
            const char *value)
{
  evd_model_set_string (G_OBJECT (self), &self->strings[prop_id], value, properties[prop_id]);
}

static void
evd_ticket_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EvdTicket *self = EVD_TICKET (object);

  if (prop_id >= FIRST_WRITABLE && prop_id < N_STRING_PROPS)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_SEND_NOTIFICATION)
    evd_ticket_set_send_notification (self, g_value_get_boolean (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
evd_ticket_class_init (EvdTicketClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = evd_ticket_finalize;
  object_class->get_property = evd_ticket_get_property;
  object_class->set_property = evd_ticket_set_property;

  /* Names come from the wire names, so they are not static strings */
  for (guint i = PROP_0 + 1; i < N_STRING_PROPS; i++)
    {
      g_autofree char *name = g_strdup (wire_names[i]);

      g_strdelimit (name, "_", '-');
      properties[i] = g_param_spec_string (g_intern_string (name), NULL, NULL, NULL,
                                           (i >= FIRST_WRITABLE ? rw : ro) | G_PARAM_STATIC_NAME);
    }
  /* Whether Zoom emails the attendee; left to Zoom unless set */
  properties[PROP_SEND_NOTIFICATION] =
    g_param_spec_boolean ("send-notification", NULL, NULL, FALSE, rw | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_ticket_init (EvdTicket *self)
{
  self->custom_titles = g_ptr_array_new_with_free_func (g_free);
  self->custom_answers = g_ptr_array_new_with_free_func (g_free);
}

EvdTicket *
evd_ticket_new (void)
{
  return g_object_new (EVD_TYPE_TICKET, NULL);
}

static void
read_custom_questions (EvdTicket  *self,
                       JsonObject *object)
{
  JsonArray *array = evd_json_get_array (object, "custom_questions");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *title, *answer;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      title = evd_json_get_string (json_node_get_object (element), "title");
      answer = evd_json_get_string (json_node_get_object (element), "answer");
      if (title != NULL && answer != NULL)
        evd_ticket_set_custom_answer (self, title, answer);
    }
}

/**
 * evd_ticket_new_from_json:
 * @node: a ticket from `GET …/tickets` or from the `tickets[]` of a
 *   `POST …/tickets` answer
 *
 * Returns: (transfer full) (nullable): the ticket, or %NULL with an
 *   %EVD_MODEL_ERROR_INVALID error when @node is not an object or
 *   has no `ticket_id`
 */
EvdTicket *
evd_ticket_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_autoptr(EvdTicket) self = NULL;
  JsonObject *object;

  object = evd_model_get_object (node, "ticket", error);
  if (object == NULL)
    return NULL;

  self = g_object_new (EVD_TYPE_TICKET, NULL);
  self->strings[PROP_TICKET_ID] = evd_model_require_id (object, "ticket", "ticket_id", error);
  if (self->strings[PROP_TICKET_ID] == NULL)
    return NULL;

  self->json = json_node_copy (node);
  for (guint i = PROP_TICKET_ID + 1; i < N_STRING_PROPS; i++)
    self->strings[i] = evd_json_dup_string (object, wire_names[i]);
  self->send_notification_set = evd_json_get_bool (object, "send_notification",
                                                   &self->send_notification);
  read_custom_questions (self, object);

  return g_steal_pointer (&self);
}

/**
 * evd_ticket_get_json:
 *
 * Returns: (transfer none) (nullable): the ticket exactly as Zoom sent it
 */
JsonNode *
evd_ticket_get_json (EvdTicket *self)
{
  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);
  return self->json;
}

static void
add_strings (EvdTicket   *self,
             JsonBuilder *builder,
             guint        first,
             guint        last)
{
  for (guint i = first; i <= last; i++)
    evd_json_builder_add_string (builder, wire_names[i], self->strings[i]);
}

static void
add_custom_answers (EvdTicket   *self,
                    JsonBuilder *builder)
{
  if (self->custom_titles->len == 0)
    return;

  json_builder_set_member_name (builder, "custom_questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->custom_titles->len; i++)
    {
      json_builder_begin_object (builder);
      evd_json_builder_add_string (builder, "title", g_ptr_array_index (self->custom_titles, i));
      evd_json_builder_add_string (builder, "answer", g_ptr_array_index (self->custom_answers, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * evd_ticket_to_json:
 *
 * One element of the `tickets[]` array of `POST …/tickets`: every field
 * that is set. `registration_source` is not in it: Zoom takes it once, at
 * the top of the request body. The session becomes `session_ids: [id]`,
 * and `send_notification` is only sent when it was set, so Zoom's own
 * default applies otherwise.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
evd_ticket_to_json (EvdTicket *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);

  json_builder_begin_object (builder);
  add_strings (self, builder, PROP_EMAIL, PROP_EMAIL);
  add_strings (self, builder, PROP_TICKET_TYPE_ID, PROP_TICKET_TYPE_ID);
  add_strings (self, builder, PROP_EXTERNAL_TICKET_ID, PROP_COMMENTS);
  if (self->send_notification_set)
    {
      json_builder_set_member_name (builder, "send_notification");
      json_builder_add_boolean_value (builder, self->send_notification);
    }
  if (self->strings[PROP_SESSION_ID] != NULL)
    {
      const char * const ids[] = { self->strings[PROP_SESSION_ID], NULL };

      evd_json_builder_add_strv (builder, "session_ids", ids);
    }
  add_custom_answers (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * evd_ticket_to_patch_json:
 *
 * The body of `PATCH …/tickets/{ticketId}`: the profile and
 * `external_ticket_id`; Zoom does not let the email or ticket type change.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
evd_ticket_to_patch_json (EvdTicket *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);

  json_builder_begin_object (builder);
  add_strings (self, builder, FIRST_UPDATABLE, PROP_COMMENTS);
  add_custom_answers (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

gboolean
evd_ticket_get_send_notification (EvdTicket *self)
{
  g_return_val_if_fail (EVD_IS_TICKET (self), FALSE);
  return self->send_notification;
}

void
evd_ticket_set_send_notification (EvdTicket *self,
                                  gboolean   send_notification)
{
  g_return_if_fail (EVD_IS_TICKET (self));

  self->send_notification_set = TRUE;
  evd_model_set_bool (G_OBJECT (self), &self->send_notification, send_notification,
                      properties[PROP_SEND_NOTIFICATION]);
}

/**
 * evd_ticket_get_custom_answer:
 *
 * Returns: (transfer none) (nullable): the answer to the question titled @title
 */
const char *
evd_ticket_get_custom_answer (EvdTicket  *self,
                              const char *title)
{
  guint index;

  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  if (!g_ptr_array_find_with_equal_func (self->custom_titles, title, g_str_equal, &index))
    return NULL;
  return g_ptr_array_index (self->custom_answers, index);
}

/**
 * evd_ticket_set_custom_answer:
 * @answer: (nullable): the answer, or %NULL to remove it
 */
void
evd_ticket_set_custom_answer (EvdTicket  *self,
                              const char *title,
                              const char *answer)
{
  guint index;

  g_return_if_fail (EVD_IS_TICKET (self));
  g_return_if_fail (title != NULL);

  if (g_ptr_array_find_with_equal_func (self->custom_titles, title, g_str_equal, &index))
    {
      if (answer == NULL)
        {
          g_ptr_array_remove_index (self->custom_titles, index);
          g_ptr_array_remove_index (self->custom_answers, index);
        }
      else
        {
          g_free (g_ptr_array_index (self->custom_answers, index));
          g_ptr_array_index (self->custom_answers, index) = g_strdup (answer);
        }
      return;
    }

  if (answer == NULL)
    return;
  g_ptr_array_add (self->custom_titles, g_strdup (title));
  g_ptr_array_add (self->custom_answers, g_strdup (answer));
}

#define GETTER(name, prop) \
  const char * \
  evd_ticket_get_##name (EvdTicket *self) \
  { \
    g_return_val_if_fail (EVD_IS_TICKET (self), NULL); \
    return self->strings[prop]; \
  }

#define ACCESSORS(name, prop) \
  GETTER (name, prop) \
  void \
  evd_ticket_set_##name (EvdTicket  *self, \
                         const char *value) \
  { \
    g_return_if_fail (EVD_IS_TICKET (self)); \
    set_string (self, prop, value); \
  }

GETTER (ticket_id, PROP_TICKET_ID)
GETTER (event_join_link, PROP_EVENT_JOIN_LINK)
GETTER (event_registration_link, PROP_EVENT_REGISTRATION_LINK)
GETTER (qr_code_url, PROP_QR_CODE_URL)
GETTER (authentication_method, PROP_AUTHENTICATION_METHOD)
GETTER (ticket_role_type, PROP_TICKET_ROLE_TYPE)
ACCESSORS (ticket_type_id, PROP_TICKET_TYPE_ID)
ACCESSORS (email, PROP_EMAIL)
ACCESSORS (registration_source, PROP_REGISTRATION_SOURCE)
ACCESSORS (session_id, PROP_SESSION_ID)
ACCESSORS (external_ticket_id, PROP_EXTERNAL_TICKET_ID)
ACCESSORS (first_name, PROP_FIRST_NAME)
ACCESSORS (last_name, PROP_LAST_NAME)
ACCESSORS (address, PROP_ADDRESS)
ACCESSORS (city, PROP_CITY)
ACCESSORS (state, PROP_STATE)
ACCESSORS (zip, PROP_ZIP)
ACCESSORS (country, PROP_COUNTRY)
ACCESSORS (phone, PROP_PHONE)
ACCESSORS (industry, PROP_INDUSTRY)
ACCESSORS (job_title, PROP_JOB_TITLE)
ACCESSORS (organization, PROP_ORGANIZATION)
ACCESSORS (organization_size, PROP_ORGANIZATION_SIZE)
ACCESSORS (comments, PROP_COMMENTS)

/**
 * evd_ticket_dup_full_name:
 *
 * The person's name as every list, sentence and export shows it.
 *
 * Returns: (transfer full) (nullable): "First Last", or the one given;
 *   %NULL when neither is
 */
char *
evd_ticket_dup_full_name (EvdTicket *self)
{
  const char *given = NULL;
  const char *family = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);

  given = evd_ticket_get_first_name (self);
  family = evd_ticket_get_last_name (self);
  first = g_strstrip (g_strdup (given != NULL ? given : ""));
  last = g_strstrip (g_strdup (family != NULL ? family : ""));
  if (*first == '\0' && *last == '\0')
    return NULL;
  if (*last == '\0')
    return g_steal_pointer (&first);
  if (*first == '\0')
    return g_steal_pointer (&last);
  /* Translators: a person's first name, then last name */
  return g_strdup_printf (_("%s %s"), first, last);
}
