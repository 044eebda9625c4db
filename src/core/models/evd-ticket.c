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

/* Fields whose values repeat across an event's registrations (a handful
 * of ticket types, sources, roles, countries): interned, so 100,000
 * registrations share one copy of each. Fields the attendee typed are
 * unbounded and would leak if interned. */
static const guint32 interned_fields =
  (1u << PROP_AUTHENTICATION_METHOD) | (1u << PROP_TICKET_ROLE_TYPE) |
  (1u << PROP_TICKET_TYPE_ID) | (1u << PROP_REGISTRATION_SOURCE) |
  (1u << PROP_SESSION_ID) | (1u << PROP_STATE) | (1u << PROP_COUNTRY) |
  (1u << PROP_INDUSTRY) | (1u << PROP_ORGANIZATION_SIZE);

/* An event may have 100,000 registrations, all in memory while the
 * registrations page scrolls: a ticket keeps no copy of Zoom's JSON, and
 * the strings read from Zoom live in one block (@packed) the field
 * pointers point into, or are interned. A string set later is allocated
 * on its own and marked in @owned. */
struct _EvdTicket
{
  GObject     parent_instance;

  const char *strings[N_STRING_PROPS];
  char       *packed;
  guint32     owned;
  guint       send_notification : 1;
  guint       send_notification_set : 1;
  /* Pairs of (interned title, answer); %NULL until the first answer */
  GPtrArray  *custom_answers;
  /* Only for evd_ticket_get_json(), which few callers need */
  JsonNode   *json;
};

G_DEFINE_FINAL_TYPE (EvdTicket, evd_ticket, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
clear_string (EvdTicket *self,
              guint      prop_id)
{
  if (self->owned & (1u << prop_id))
    g_free ((char *) self->strings[prop_id]);
  self->owned &= ~(1u << prop_id);
  self->strings[prop_id] = NULL;
}

static void
evd_ticket_finalize (GObject *object)
{
  EvdTicket *self = (EvdTicket *) object;

  g_clear_pointer (&self->json, json_node_unref);
  for (guint i = 0; i < N_STRING_PROPS; i++)
    clear_string (self, i);
  g_clear_pointer (&self->packed, g_free);
  for (guint i = 1; self->custom_answers != NULL && i < self->custom_answers->len; i += 2)
    g_free (g_ptr_array_index (self->custom_answers, i));
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
  if (g_strcmp0 (self->strings[prop_id], value) == 0)
    return;

  clear_string (self, prop_id);
  if (value != NULL && (interned_fields & (1u << prop_id)))
    self->strings[prop_id] = g_intern_string (value);
  else if (value != NULL)
    {
      self->strings[prop_id] = g_strdup (value);
      self->owned |= 1u << prop_id;
    }
  g_clear_pointer (&self->json, json_node_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
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

  G_STATIC_ASSERT (N_STRING_PROPS <= 32);

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

/* Copies the strings that are not interned into one block, so a ticket
 * costs one allocation for all of them. */
static void
pack_strings (EvdTicket  *self,
              JsonObject *object,
              const char *ticket_id)
{
  const char *values[N_STRING_PROPS] = { NULL, };
  gsize size = 0;
  char *cursor;

  for (guint i = PROP_TICKET_ID; i < N_STRING_PROPS; i++)
    {
      values[i] = i == PROP_TICKET_ID ? ticket_id : evd_json_get_string (object, wire_names[i]);
      if (values[i] == NULL)
        continue;
      if (interned_fields & (1u << i))
        self->strings[i] = g_intern_string (values[i]);
      else
        size += strlen (values[i]) + 1;
    }

  self->packed = cursor = g_malloc (MAX (size, 1));
  for (guint i = PROP_TICKET_ID; i < N_STRING_PROPS; i++)
    {
      gsize length;

      if (values[i] == NULL || (interned_fields & (1u << i)))
        continue;
      length = strlen (values[i]) + 1;
      memcpy (cursor, values[i], length);
      self->strings[i] = cursor;
      cursor += length;
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
  g_autofree char *ticket_id = NULL;
  JsonObject *object;
  gboolean send_notification = FALSE;

  object = evd_model_get_object (node, "ticket", error);
  if (object == NULL)
    return NULL;

  ticket_id = evd_model_require_id (object, "ticket", "ticket_id", error);
  if (ticket_id == NULL)
    return NULL;

  self = g_object_new (EVD_TYPE_TICKET, NULL);
  pack_strings (self, object, ticket_id);
  self->send_notification_set = evd_json_get_bool (object, "send_notification", &send_notification);
  self->send_notification = send_notification;
  read_custom_questions (self, object);

  return g_steal_pointer (&self);
}

static void add_custom_answers (EvdTicket   *self,
                                JsonBuilder *builder);

/**
 * evd_ticket_dup_json:
 *
 * The ticket in Zoom's field names, as `GET …/tickets` gives it: every
 * field that is set, `send_notification` when Zoom said it, and the
 * answers to custom questions. Built on each call: a ticket keeps no
 * JSON, so 100,000 of them fit in little memory.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
evd_ticket_dup_json (EvdTicket *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);

  json_builder_begin_object (builder);
  for (guint i = PROP_TICKET_ID; i < N_STRING_PROPS; i++)
    if (self->strings[i] != NULL)
      evd_json_builder_add_string (builder, wire_names[i], self->strings[i]);
  if (self->send_notification_set)
    {
      json_builder_set_member_name (builder, "send_notification");
      json_builder_add_boolean_value (builder, self->send_notification);
    }
  add_custom_answers (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * evd_ticket_get_json:
 *
 * Like evd_ticket_dup_json(), kept by the ticket until a field changes.
 * Prefer evd_ticket_dup_json() for many tickets: this one keeps a copy.
 *
 * Returns: (transfer none): the ticket in Zoom's field names
 */
JsonNode *
evd_ticket_get_json (EvdTicket *self)
{
  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);

  if (self->json == NULL)
    self->json = evd_ticket_dup_json (self);
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
  if (self->custom_answers == NULL || self->custom_answers->len == 0)
    return;

  json_builder_set_member_name (builder, "custom_questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i + 1 < self->custom_answers->len; i += 2)
    {
      json_builder_begin_object (builder);
      evd_json_builder_add_string (builder, "title", g_ptr_array_index (self->custom_answers, i));
      evd_json_builder_add_string (builder, "answer", g_ptr_array_index (self->custom_answers, i + 1));
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
  if (self->send_notification == !!send_notification)
    return;
  self->send_notification = !!send_notification;
  g_clear_pointer (&self->json, json_node_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEND_NOTIFICATION]);
}

/**
 * evd_ticket_get_field:
 * @wire_name: one of Zoom's names for a ticket's text fields, such as
 *   `email` or `job_title`
 *
 * For code that walks the fields by name (exports, the details view).
 *
 * Returns: (transfer none) (nullable): the field's value, %NULL when it
 *   is not set or @wire_name is not a text field of a ticket
 */
const char *
evd_ticket_get_field (EvdTicket  *self,
                      const char *wire_name)
{
  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);
  g_return_val_if_fail (wire_name != NULL, NULL);

  for (guint i = PROP_TICKET_ID; i < N_STRING_PROPS; i++)
    if (g_str_equal (wire_names[i], wire_name))
      return self->strings[i];
  return NULL;
}

/* The index of @title's answer in @custom_answers, or -1 */
static int
find_answer (EvdTicket  *self,
             const char *title)
{
  for (guint i = 0; self->custom_answers != NULL && i + 1 < self->custom_answers->len; i += 2)
    if (g_str_equal (g_ptr_array_index (self->custom_answers, i), title))
      return (int) i + 1;
  return -1;
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
  int index;

  g_return_val_if_fail (EVD_IS_TICKET (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  index = find_answer (self, title);
  return index < 0 ? NULL : g_ptr_array_index (self->custom_answers, index);
}

/**
 * evd_ticket_dup_custom_titles:
 *
 * Returns: (transfer container): the titles of the questions this ticket
 *   answers, in the order Zoom gave them; the strings are interned
 */
GPtrArray *
evd_ticket_dup_custom_titles (EvdTicket *self)
{
  GPtrArray *titles = g_ptr_array_new ();

  g_return_val_if_fail (EVD_IS_TICKET (self), titles);

  for (guint i = 0; self->custom_answers != NULL && i + 1 < self->custom_answers->len; i += 2)
    g_ptr_array_add (titles, g_ptr_array_index (self->custom_answers, i));
  return titles;
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
  int index;

  g_return_if_fail (EVD_IS_TICKET (self));
  g_return_if_fail (title != NULL);

  g_clear_pointer (&self->json, json_node_unref);
  index = find_answer (self, title);
  if (index >= 0)
    {
      if (answer == NULL)
        {
          g_free (g_ptr_array_index (self->custom_answers, index));
          g_ptr_array_remove_range (self->custom_answers, index - 1, 2);
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
  /* Titles are the event's questions, the same on every ticket: interned.
   * Odd slots hold the answers, freed with the array. */
  if (self->custom_answers == NULL)
    self->custom_answers = g_ptr_array_new_full (2, NULL);
  g_ptr_array_add (self->custom_answers, (gpointer) g_intern_string (title));
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
