/* evd-session.c: one session of a Zoom Events event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-session"

#include "config.h"

#include "evd-json.h"
#include "evd-models-private.h"
#include "evd-session.h"

struct _EvdSession
{
  GObject            parent_instance;

  JsonNode          *json;
  char              *session_id;
  gint64             meeting_id;
  gint64             webinar_id;
  char              *name;
  char              *description;
  GDateTime         *start_time;
  GDateTime         *end_time;
  char              *timezone;
  EvdSessionType     type;
  char             **track_labels;
  EvdAttendanceType  attendance_type;
  char              *physical_location;
};

G_DEFINE_FINAL_TYPE (EvdSession, evd_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION_ID,
  PROP_MEETING_ID,
  PROP_WEBINAR_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_TIMEZONE,
  PROP_SESSION_TYPE,
  PROP_TRACK_LABELS,
  PROP_ATTENDANCE_TYPE,
  PROP_PHYSICAL_LOCATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
evd_session_finalize (GObject *object)
{
  EvdSession *self = (EvdSession *) object;

  g_clear_pointer (&self->json, json_node_unref);
  g_clear_pointer (&self->session_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->start_time, g_date_time_unref);
  g_clear_pointer (&self->end_time, g_date_time_unref);
  g_clear_pointer (&self->timezone, g_free);
  g_clear_pointer (&self->track_labels, g_strfreev);
  g_clear_pointer (&self->physical_location, g_free);

  G_OBJECT_CLASS (evd_session_parent_class)->finalize (object);
}

static void
evd_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EvdSession *self = EVD_SESSION (object);

  switch (prop_id)
    {
    case PROP_SESSION_ID: g_value_set_string (value, self->session_id); break;
    case PROP_MEETING_ID: g_value_set_int64 (value, self->meeting_id); break;
    case PROP_WEBINAR_ID: g_value_set_int64 (value, self->webinar_id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_START_TIME: g_value_set_boxed (value, self->start_time); break;
    case PROP_END_TIME: g_value_set_boxed (value, self->end_time); break;
    case PROP_TIMEZONE: g_value_set_string (value, self->timezone); break;
    case PROP_SESSION_TYPE: g_value_set_enum (value, self->type); break;
    case PROP_TRACK_LABELS: g_value_set_boxed (value, self->track_labels); break;
    case PROP_ATTENDANCE_TYPE: g_value_set_enum (value, self->attendance_type); break;
    case PROP_PHYSICAL_LOCATION: g_value_set_string (value, self->physical_location); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EvdSession *self = EVD_SESSION (object);

  switch (prop_id)
    {
    case PROP_NAME: evd_session_set_name (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: evd_session_set_description (self, g_value_get_string (value)); break;
    case PROP_START_TIME: evd_session_set_start_time (self, g_value_get_boxed (value)); break;
    case PROP_END_TIME: evd_session_set_end_time (self, g_value_get_boxed (value)); break;
    case PROP_TIMEZONE: evd_session_set_timezone (self, g_value_get_string (value)); break;
    case PROP_SESSION_TYPE: evd_session_set_session_type (self, g_value_get_enum (value)); break;
    case PROP_TRACK_LABELS: evd_session_set_track_labels (self, g_value_get_boxed (value)); break;
    case PROP_ATTENDANCE_TYPE: evd_session_set_attendance_type (self, g_value_get_enum (value)); break;
    case PROP_PHYSICAL_LOCATION: evd_session_set_physical_location (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_session_class_init (EvdSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = evd_session_finalize;
  object_class->get_property = evd_session_get_property;
  object_class->set_property = evd_session_set_property;

  properties[PROP_SESSION_ID] = g_param_spec_string ("session-id", NULL, NULL, NULL, ro);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_WEBINAR_ID] = g_param_spec_int64 ("webinar-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_START_TIME] = g_param_spec_boxed ("start-time", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_END_TIME] = g_param_spec_boxed ("end-time", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_TIMEZONE] = g_param_spec_string ("timezone", NULL, NULL, NULL, rw);
  properties[PROP_SESSION_TYPE] =
    g_param_spec_enum ("session-type", NULL, NULL, EVD_TYPE_SESSION_TYPE, EVD_SESSION_TYPE_UNKNOWN, rw);
  properties[PROP_TRACK_LABELS] = g_param_spec_boxed ("track-labels", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_ATTENDANCE_TYPE] =
    g_param_spec_enum ("attendance-type", NULL, NULL, EVD_TYPE_ATTENDANCE_TYPE,
                       EVD_ATTENDANCE_TYPE_UNKNOWN, rw);
  properties[PROP_PHYSICAL_LOCATION] = g_param_spec_string ("physical-location", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_session_init (EvdSession *self)
{
  self->type = EVD_SESSION_TYPE_UNKNOWN;
}

EvdSession *
evd_session_new (void)
{
  return g_object_new (EVD_TYPE_SESSION, NULL);
}

/* Zoom sends null until the event is published; ids are positive. */
static gint64
read_zoom_id (JsonObject *object,
              const char *member)
{
  gint64 id = 0;

  if (!evd_json_get_int (object, member, &id) || id < 0)
    return 0;
  return id;
}

/**
 * evd_session_new_from_json:
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with an
 *   %EVD_MODEL_ERROR_INVALID error when @node is not an object or
 *   has no `session_id`
 */
EvdSession *
evd_session_new_from_json (JsonNode  *node,
                           GError   **error)
{
  g_autoptr(EvdSession) self = NULL;
  JsonObject *object;
  gint64 type;

  object = evd_model_get_object (node, "session", error);
  if (object == NULL)
    return NULL;

  self = g_object_new (EVD_TYPE_SESSION, NULL);
  self->session_id = evd_model_require_id (object, "session", "session_id", error);
  if (self->session_id == NULL)
    return NULL;

  self->json = json_node_copy (node);
  self->meeting_id = read_zoom_id (object, "meeting_id");
  self->webinar_id = read_zoom_id (object, "webinar_id");
  self->name = evd_json_dup_string (object, "name");
  self->description = evd_json_dup_string (object, "description");
  self->start_time = evd_json_dup_date_time (object, "start_time");
  self->end_time = evd_json_dup_date_time (object, "end_time");
  self->timezone = evd_json_dup_string (object, "timezone");
  if (evd_json_get_int (object, "type", &type))
    self->type = evd_session_type_from_int (type);
  self->track_labels = evd_json_dup_strv (object, "track_labels");
  self->attendance_type = evd_attendance_type_from_string (evd_json_get_string (object, "attendance_type"));
  self->physical_location = evd_json_dup_string (object, "physical_location");

  return g_steal_pointer (&self);
}

/**
 * evd_session_get_json:
 *
 * Returns: (transfer none) (nullable): the session exactly as Zoom sent it
 */
JsonNode *
evd_session_get_json (EvdSession *self)
{
  g_return_val_if_fail (EVD_IS_SESSION (self), NULL);
  return self->json;
}

static JsonNode *
build_body (EvdSession *self,
            gboolean    with_timezone)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  evd_json_builder_add_string (builder, "name", self->name);
  evd_json_builder_add_string (builder, "description", self->description);
  evd_json_builder_add_date_time (builder, "start_time", self->start_time);
  evd_json_builder_add_date_time (builder, "end_time", self->end_time);
  if (with_timezone)
    evd_json_builder_add_string (builder, "timezone", self->timezone);
  if (self->type != EVD_SESSION_TYPE_UNKNOWN)
    {
      json_builder_set_member_name (builder, "type");
      json_builder_add_int_value (builder, self->type);
    }
  evd_json_builder_add_strv (builder, "track_labels", (const char * const *) self->track_labels);
  evd_json_builder_add_string (builder, "attendance_type",
                               evd_attendance_type_to_string (self->attendance_type));
  evd_json_builder_add_string (builder, "physical_location", self->physical_location);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * evd_session_to_json:
 *
 * The body of `POST …/sessions`: every field that is set (Zoom requires
 * name, start_time, end_time, timezone and type).
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
evd_session_to_json (EvdSession *self)
{
  g_return_val_if_fail (EVD_IS_SESSION (self), NULL);
  return build_body (self, TRUE);
}

/**
 * evd_session_to_patch_json:
 *
 * The body of `PATCH …/sessions/{sessionId}`: like the create body but
 * without `timezone`, which Zoom does not take there. Sending unchanged
 * fields again is harmless.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
evd_session_to_patch_json (EvdSession *self)
{
  g_return_val_if_fail (EVD_IS_SESSION (self), NULL);
  return build_body (self, FALSE);
}

#define GETTER(ctype, name, field, fallback) \
  ctype \
  evd_session_get_##name (EvdSession *self) \
  { \
    g_return_val_if_fail (EVD_IS_SESSION (self), fallback); \
    return self->field; \
  }

GETTER (const char *, session_id, session_id, NULL)
GETTER (gint64, meeting_id, meeting_id, 0)
GETTER (gint64, webinar_id, webinar_id, 0)
GETTER (const char *, name, name, NULL)
GETTER (const char *, description, description, NULL)
GETTER (GDateTime *, start_time, start_time, NULL)
GETTER (GDateTime *, end_time, end_time, NULL)
GETTER (const char *, timezone, timezone, NULL)
GETTER (EvdSessionType, session_type, type, EVD_SESSION_TYPE_UNKNOWN)
GETTER (EvdAttendanceType, attendance_type, attendance_type, EVD_ATTENDANCE_TYPE_UNKNOWN)
GETTER (const char *, physical_location, physical_location, NULL)

const char * const *
evd_session_get_track_labels (EvdSession *self)
{
  g_return_val_if_fail (EVD_IS_SESSION (self), NULL);
  return (const char * const *) self->track_labels;
}

#define STRING_SETTER(name, prop) \
  void \
  evd_session_set_##name (EvdSession *self, \
                          const char *value) \
  { \
    g_return_if_fail (EVD_IS_SESSION (self)); \
    evd_model_set_string (G_OBJECT (self), &self->name, value, properties[prop]); \
  }

STRING_SETTER (name, PROP_NAME)
STRING_SETTER (description, PROP_DESCRIPTION)
STRING_SETTER (timezone, PROP_TIMEZONE)
STRING_SETTER (physical_location, PROP_PHYSICAL_LOCATION)

void
evd_session_set_start_time (EvdSession *self,
                            GDateTime  *start_time)
{
  g_return_if_fail (EVD_IS_SESSION (self));
  evd_model_set_date_time (G_OBJECT (self), &self->start_time, start_time, properties[PROP_START_TIME]);
}

void
evd_session_set_end_time (EvdSession *self,
                          GDateTime  *end_time)
{
  g_return_if_fail (EVD_IS_SESSION (self));
  evd_model_set_date_time (G_OBJECT (self), &self->end_time, end_time, properties[PROP_END_TIME]);
}

void
evd_session_set_session_type (EvdSession     *self,
                              EvdSessionType  type)
{
  g_return_if_fail (EVD_IS_SESSION (self));
  if (self->type == type)
    return;
  self->type = type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_TYPE]);
}

void
evd_session_set_track_labels (EvdSession         *self,
                              const char * const *labels)
{
  g_return_if_fail (EVD_IS_SESSION (self));
  evd_model_set_strv (G_OBJECT (self), &self->track_labels, labels, properties[PROP_TRACK_LABELS]);
}

void
evd_session_set_attendance_type (EvdSession        *self,
                                 EvdAttendanceType  attendance_type)
{
  g_return_if_fail (EVD_IS_SESSION (self));
  if (self->attendance_type == attendance_type)
    return;
  self->attendance_type = attendance_type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE_TYPE]);
}
