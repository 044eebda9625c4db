/* evd-ticket-type.c: a kind of ticket an event offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-type"

#include "config.h"

#include "evd-json.h"
#include "evd-models-private.h"
#include "evd-ticket-type.h"

struct _EvdTicketType
{
  GObject     parent_instance;

  JsonNode   *json;
  char       *ticket_type_id;
  gint64      sold_quantity;
  char       *name;
  char       *description;
  char       *currency;
  gboolean    free;
  char       *price;
  gint64      quantity;
  GDateTime  *sale_start;
  GDateTime  *sale_end;
  char      **sessions;
};

G_DEFINE_FINAL_TYPE (EvdTicketType, evd_ticket_type, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TICKET_TYPE_ID,
  PROP_SOLD_QUANTITY,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_CURRENCY,
  PROP_FREE,
  PROP_PRICE,
  PROP_QUANTITY,
  PROP_SALE_START,
  PROP_SALE_END,
  PROP_SESSIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
evd_ticket_type_finalize (GObject *object)
{
  EvdTicketType *self = (EvdTicketType *) object;

  g_clear_pointer (&self->json, json_node_unref);
  g_clear_pointer (&self->ticket_type_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->price, g_free);
  g_clear_pointer (&self->sale_start, g_date_time_unref);
  g_clear_pointer (&self->sale_end, g_date_time_unref);
  g_clear_pointer (&self->sessions, g_strfreev);

  G_OBJECT_CLASS (evd_ticket_type_parent_class)->finalize (object);
}

static void
evd_ticket_type_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EvdTicketType *self = EVD_TICKET_TYPE (object);

  switch (prop_id)
    {
    case PROP_TICKET_TYPE_ID: g_value_set_string (value, self->ticket_type_id); break;
    case PROP_SOLD_QUANTITY: g_value_set_int64 (value, self->sold_quantity); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_CURRENCY: g_value_set_string (value, self->currency); break;
    case PROP_FREE: g_value_set_boolean (value, self->free); break;
    case PROP_PRICE: g_value_set_string (value, self->price); break;
    case PROP_QUANTITY: g_value_set_int64 (value, self->quantity); break;
    case PROP_SALE_START: g_value_set_boxed (value, self->sale_start); break;
    case PROP_SALE_END: g_value_set_boxed (value, self->sale_end); break;
    case PROP_SESSIONS: g_value_set_boxed (value, self->sessions); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_ticket_type_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EvdTicketType *self = EVD_TICKET_TYPE (object);

  switch (prop_id)
    {
    case PROP_NAME: evd_ticket_type_set_name (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: evd_ticket_type_set_description (self, g_value_get_string (value)); break;
    case PROP_CURRENCY: evd_ticket_type_set_currency (self, g_value_get_string (value)); break;
    case PROP_FREE: evd_ticket_type_set_free (self, g_value_get_boolean (value)); break;
    case PROP_PRICE: evd_ticket_type_set_price (self, g_value_get_string (value)); break;
    case PROP_QUANTITY: evd_ticket_type_set_quantity (self, g_value_get_int64 (value)); break;
    case PROP_SALE_START: evd_ticket_type_set_sale_start (self, g_value_get_boxed (value)); break;
    case PROP_SALE_END: evd_ticket_type_set_sale_end (self, g_value_get_boxed (value)); break;
    case PROP_SESSIONS: evd_ticket_type_set_sessions (self, g_value_get_boxed (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_ticket_type_class_init (EvdTicketTypeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = evd_ticket_type_finalize;
  object_class->get_property = evd_ticket_type_get_property;
  object_class->set_property = evd_ticket_type_set_property;

  properties[PROP_TICKET_TYPE_ID] = g_param_spec_string ("ticket-type-id", NULL, NULL, NULL, ro);
  properties[PROP_SOLD_QUANTITY] = g_param_spec_int64 ("sold-quantity", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, NULL, rw);
  properties[PROP_FREE] = g_param_spec_boolean ("free", NULL, NULL, FALSE, rw);
  /* Kept as Zoom's string ("0", "25.00"): no rounding through a double */
  properties[PROP_PRICE] = g_param_spec_string ("price", NULL, NULL, NULL, rw);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, EVD_TICKET_TYPE_QUANTITY_UNSET, G_MAXINT64,
                        EVD_TICKET_TYPE_QUANTITY_UNSET, rw);
  properties[PROP_SALE_START] = g_param_spec_boxed ("sale-start", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_SALE_END] = g_param_spec_boxed ("sale-end", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_SESSIONS] = g_param_spec_boxed ("sessions", NULL, NULL, G_TYPE_STRV, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_ticket_type_init (EvdTicketType *self)
{
  self->quantity = EVD_TICKET_TYPE_QUANTITY_UNSET;
}

EvdTicketType *
evd_ticket_type_new (void)
{
  return g_object_new (EVD_TYPE_TICKET_TYPE, NULL);
}

/* Zoom documents a string; its tutorial shows `"cost": 0`. A number is
 * written back as Zoom would have sent it as a string. */
static char *
read_price (JsonObject *object)
{
  static const char * const members[] = { "price", "cost" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      const char *text = evd_json_get_string (object, members[i]);
      gint64 whole;
      double number;

      if (text != NULL)
        return g_strdup (text);
      if (evd_json_get_int (object, members[i], &whole))
        return g_strdup_printf ("%" G_GINT64_FORMAT, whole);
      if (evd_json_get_double (object, members[i], &number))
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", number));
        }
    }

  return NULL;
}

/**
 * evd_ticket_type_new_from_json:
 *
 * Returns: (transfer full) (nullable): the ticket type, or %NULL with an
 *   %EVD_MODEL_ERROR_INVALID error when @node is not an object or
 *   has no `ticket_type_id`
 */
EvdTicketType *
evd_ticket_type_new_from_json (JsonNode  *node,
                               GError   **error)
{
  g_autoptr(EvdTicketType) self = NULL;
  JsonObject *object;
  gint64 number;

  object = evd_model_get_object (node, "ticket type", error);
  if (object == NULL)
    return NULL;

  self = g_object_new (EVD_TYPE_TICKET_TYPE, NULL);
  self->ticket_type_id = evd_model_require_id (object, "ticket type", "ticket_type_id", error);
  if (self->ticket_type_id == NULL)
    return NULL;

  self->json = json_node_copy (node);
  self->name = evd_json_dup_string (object, "name");
  self->description = evd_json_dup_string (object, "description");
  self->currency = evd_json_dup_string (object, "currency");
  evd_json_get_bool (object, "free", &self->free);
  self->price = read_price (object);
  if (evd_json_get_int (object, "quantity", &number) && number >= 0)
    self->quantity = number;
  if (evd_json_get_int (object, "sold_quantity", &number) && number >= 0)
    self->sold_quantity = number;
  self->sale_start = evd_json_dup_date_time (object, "start_time");
  self->sale_end = evd_json_dup_date_time (object, "end_time");
  self->sessions = evd_json_dup_strv (object, "sessions");

  return g_steal_pointer (&self);
}

/**
 * evd_ticket_type_get_json:
 *
 * Returns: (transfer none) (nullable): the ticket type exactly as Zoom sent it
 */
JsonNode *
evd_ticket_type_get_json (EvdTicketType *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_TYPE (self), NULL);
  return self->json;
}

/**
 * evd_ticket_type_to_json:
 *
 * The body of `POST` and `PATCH …/ticket_types`: every field that is set,
 * `price` as a string (Zoom refuses a number), the sale window as
 * `start_time`/`end_time` in UTC.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
evd_ticket_type_to_json (EvdTicketType *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (EVD_IS_TICKET_TYPE (self), NULL);

  json_builder_begin_object (builder);
  evd_json_builder_add_string (builder, "name", self->name);
  evd_json_builder_add_string (builder, "currency", self->currency);
  evd_json_builder_add_date_time (builder, "start_time", self->sale_start);
  evd_json_builder_add_date_time (builder, "end_time", self->sale_end);
  json_builder_set_member_name (builder, "free");
  json_builder_add_boolean_value (builder, self->free);
  evd_json_builder_add_string (builder, "price", self->price);
  if (self->quantity != EVD_TICKET_TYPE_QUANTITY_UNSET)
    {
      json_builder_set_member_name (builder, "quantity");
      json_builder_add_int_value (builder, self->quantity);
    }
  evd_json_builder_add_string (builder, "description", self->description);
  evd_json_builder_add_strv (builder, "sessions", (const char * const *) self->sessions);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

#define GETTER(ctype, name, fallback) \
  ctype \
  evd_ticket_type_get_##name (EvdTicketType *self) \
  { \
    g_return_val_if_fail (EVD_IS_TICKET_TYPE (self), fallback); \
    return self->name; \
  }

GETTER (const char *, ticket_type_id, NULL)
GETTER (gint64, sold_quantity, 0)
GETTER (const char *, name, NULL)
GETTER (const char *, description, NULL)
GETTER (const char *, currency, NULL)
GETTER (gboolean, free, FALSE)
GETTER (const char *, price, NULL)
GETTER (gint64, quantity, EVD_TICKET_TYPE_QUANTITY_UNSET)
GETTER (GDateTime *, sale_start, NULL)
GETTER (GDateTime *, sale_end, NULL)

const char * const *
evd_ticket_type_get_sessions (EvdTicketType *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_TYPE (self), NULL);
  return (const char * const *) self->sessions;
}

#define STRING_SETTER(name, prop) \
  void \
  evd_ticket_type_set_##name (EvdTicketType *self, \
                              const char    *value) \
  { \
    g_return_if_fail (EVD_IS_TICKET_TYPE (self)); \
    evd_model_set_string (G_OBJECT (self), &self->name, value, properties[prop]); \
  }

STRING_SETTER (name, PROP_NAME)
STRING_SETTER (description, PROP_DESCRIPTION)
STRING_SETTER (currency, PROP_CURRENCY)
STRING_SETTER (price, PROP_PRICE)

void
evd_ticket_type_set_free (EvdTicketType *self,
                          gboolean       free_)
{
  g_return_if_fail (EVD_IS_TICKET_TYPE (self));
  evd_model_set_bool (G_OBJECT (self), &self->free, free_, properties[PROP_FREE]);
}

void
evd_ticket_type_set_quantity (EvdTicketType *self,
                              gint64         quantity)
{
  g_return_if_fail (EVD_IS_TICKET_TYPE (self));
  evd_model_set_int (G_OBJECT (self), &self->quantity, MAX (quantity, EVD_TICKET_TYPE_QUANTITY_UNSET),
                     properties[PROP_QUANTITY]);
}

void
evd_ticket_type_set_sale_start (EvdTicketType *self,
                                GDateTime     *start)
{
  g_return_if_fail (EVD_IS_TICKET_TYPE (self));
  evd_model_set_date_time (G_OBJECT (self), &self->sale_start, start, properties[PROP_SALE_START]);
}

void
evd_ticket_type_set_sale_end (EvdTicketType *self,
                              GDateTime     *end)
{
  g_return_if_fail (EVD_IS_TICKET_TYPE (self));
  evd_model_set_date_time (G_OBJECT (self), &self->sale_end, end, properties[PROP_SALE_END]);
}

void
evd_ticket_type_set_sessions (EvdTicketType      *self,
                              const char * const *session_ids)
{
  g_return_if_fail (EVD_IS_TICKET_TYPE (self));
  evd_model_set_strv (G_OBJECT (self), &self->sessions, session_ids, properties[PROP_SESSIONS]);
}
