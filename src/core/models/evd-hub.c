/* evd-hub.c: a Zoom Events hub
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-hub"

#include "config.h"

#include "evd-hub.h"
#include "evd-json.h"
#include "evd-models-private.h"

/* Hubs are read-only here: Zoom has no API to create or change one. */
struct _EvdHub
{
  GObject    parent_instance;

  JsonNode  *json;
  char      *hub_id;
  char      *name;
  char      *description;
  char      *access_level;
  char      *public_url;
  gboolean   hidden;
  gboolean   active;
  gboolean   auto_list_events;
  gboolean   landing_hub;
};

G_DEFINE_FINAL_TYPE (EvdHub, evd_hub, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HUB_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_ACCESS_LEVEL,
  PROP_PUBLIC_URL,
  PROP_HIDDEN,
  PROP_ACTIVE,
  PROP_AUTO_LIST_EVENTS,
  PROP_LANDING_HUB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
evd_hub_finalize (GObject *object)
{
  EvdHub *self = (EvdHub *) object;

  g_clear_pointer (&self->json, json_node_unref);
  g_clear_pointer (&self->hub_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->access_level, g_free);
  g_clear_pointer (&self->public_url, g_free);

  G_OBJECT_CLASS (evd_hub_parent_class)->finalize (object);
}

static void
evd_hub_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  EvdHub *self = EVD_HUB (object);

  switch (prop_id)
    {
    case PROP_HUB_ID: g_value_set_string (value, self->hub_id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_ACCESS_LEVEL: g_value_set_string (value, self->access_level); break;
    case PROP_PUBLIC_URL: g_value_set_string (value, self->public_url); break;
    case PROP_HIDDEN: g_value_set_boolean (value, self->hidden); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    case PROP_AUTO_LIST_EVENTS: g_value_set_boolean (value, self->auto_list_events); break;
    case PROP_LANDING_HUB: g_value_set_boolean (value, self->landing_hub); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_hub_class_init (EvdHubClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = evd_hub_finalize;
  object_class->get_property = evd_hub_get_property;

  properties[PROP_HUB_ID] = g_param_spec_string ("hub-id", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, ro);
  /* "INTERNAL" or "PUBLIC" as Zoom sends it; hubs' levels differ from events' */
  properties[PROP_ACCESS_LEVEL] = g_param_spec_string ("access-level", NULL, NULL, NULL, ro);
  properties[PROP_PUBLIC_URL] = g_param_spec_string ("public-url", NULL, NULL, NULL, ro);
  properties[PROP_HIDDEN] = g_param_spec_boolean ("hidden", NULL, NULL, FALSE, ro);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, ro);
  properties[PROP_AUTO_LIST_EVENTS] = g_param_spec_boolean ("auto-list-events", NULL, NULL, FALSE, ro);
  properties[PROP_LANDING_HUB] = g_param_spec_boolean ("landing-hub", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_hub_init (EvdHub *self)
{
  /* A hub Zoom lists without saying otherwise is in use */
  self->active = TRUE;
}

/**
 * evd_hub_new_from_json:
 * @node: a hub object from `GET /zoom_events/hubs`
 *
 * Zoom calls the flags `hidden_hub` and `hub_active`.
 *
 * Returns: (transfer full) (nullable): the hub, or %NULL with an
 *   %EVD_MODEL_ERROR_INVALID error when @node is not an object or
 *   has no `hub_id`
 */
EvdHub *
evd_hub_new_from_json (JsonNode  *node,
                       GError   **error)
{
  g_autoptr(EvdHub) self = NULL;
  JsonObject *object;

  object = evd_model_get_object (node, "hub", error);
  if (object == NULL)
    return NULL;

  self = g_object_new (EVD_TYPE_HUB, NULL);
  self->hub_id = evd_model_require_id (object, "hub", "hub_id", error);
  if (self->hub_id == NULL)
    return NULL;

  self->json = json_node_copy (node);
  self->name = evd_json_dup_string (object, "name");
  self->description = evd_json_dup_string (object, "description");
  self->access_level = evd_json_dup_string (object, "access_level");
  self->public_url = evd_json_dup_string (object, "public_url");
  evd_json_get_bool (object, "hidden_hub", &self->hidden);
  evd_json_get_bool (object, "hub_active", &self->active);
  evd_json_get_bool (object, "auto_list_events", &self->auto_list_events);
  evd_json_get_bool (object, "landing_hub", &self->landing_hub);

  return g_steal_pointer (&self);
}

/**
 * evd_hub_get_json:
 *
 * Returns: (transfer none): the hub exactly as Zoom sent it
 */
JsonNode *
evd_hub_get_json (EvdHub *self)
{
  g_return_val_if_fail (EVD_IS_HUB (self), NULL);
  return self->json;
}

#define GETTER(ctype, name, field, fallback) \
  ctype \
  evd_hub_get_##name (EvdHub *self) \
  { \
    g_return_val_if_fail (EVD_IS_HUB (self), fallback); \
    return self->field; \
  }

GETTER (const char *, hub_id, hub_id, NULL)
GETTER (const char *, name, name, NULL)
GETTER (const char *, description, description, NULL)
GETTER (const char *, access_level, access_level, NULL)
GETTER (const char *, public_url, public_url, NULL)
GETTER (gboolean, hidden, hidden, FALSE)
GETTER (gboolean, active, active, FALSE)
GETTER (gboolean, auto_list_events, auto_list_events, FALSE)
GETTER (gboolean, landing_hub, landing_hub, FALSE)
