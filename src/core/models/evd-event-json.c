/* evd-event-json.c: an event read from Zoom's JSON, and written as the
 * bodies Event Desk sends (create, update) or keeps (evd_event_dup_json())
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event"

#include "config.h"

#include <string.h>

#include "evd-event-private.h"
#include "evd-json.h"
#include "evd-models-private.h"

static GPtrArray *
read_calendar (JsonObject *object)
{
  JsonArray *array = evd_json_get_array (object, "calendar");
  guint n = array != NULL ? json_array_get_length (array) : 0;
  /* Sized to the entries: most events have one day, not the sixteen
   * places a growing array makes room for */
  GPtrArray *calendar = g_ptr_array_new_full (n, (GDestroyNotify) evd_time_range_free);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *entry;
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_debug ("Skipping calendar entry %u: not an object", i);
          continue;
        }

      entry = json_node_get_object (element);
      start = evd_json_dup_date_time (entry, "start_time");
      end = evd_json_dup_date_time (entry, "end_time");
      if (start == NULL && end == NULL)
        {
          g_debug ("Skipping calendar entry %u: no times", i);
          continue;
        }
      g_ptr_array_add (calendar, evd_time_range_new (start, end));
    }

  return calendar;
}

static void
read_enums (EvdEvent   *self,
            JsonObject *object)
{
  const char *text;

  self->event_type = evd_event_type_from_string (evd_json_get_string (object, "event_type"));
  self->meeting_type = evd_meeting_type_from_string (evd_json_get_string (object, "meeting_type"));
  self->access_level = evd_access_level_from_string (evd_json_get_string (object, "access_level"));
  self->attendance_type = evd_attendance_type_from_string (evd_json_get_string (object, "attendance_type"));
  self->status = evd_event_status_from_string (evd_json_get_string (object, "status"));

  if ((text = evd_json_get_string (object, "event_type")) != NULL &&
      self->event_type == EVD_EVENT_TYPE_UNKNOWN)
    g_debug ("Unknown event_type “%s”", text);
  if ((text = evd_json_get_string (object, "status")) != NULL &&
      self->status == EVD_EVENT_STATUS_UNKNOWN)
    g_debug ("Unknown status “%s”", text);
}

/* Copies the strings that are not interned into one block, so an event
 * costs one allocation for all of them. */
static void
pack_strings (EvdEvent   *self,
              JsonObject *object,
              const char *event_id)
{
  const char *values[N_STRINGS] = { NULL, };
  gsize size = 0;
  char *cursor;

  for (guint i = 0; i < N_STRINGS; i++)
    {
      values[i] = i == STR_EVENT_ID ? event_id : evd_json_get_string (object, evd_event_string_fields[i].wire);
      if (values[i] == NULL)
        continue;
      if (evd_event_string_fields[i].interned)
        self->strings[i] = g_intern_string (values[i]);
      else
        size += strlen (values[i]) + 1;
    }

  self->packed = cursor = g_malloc (MAX (size, 1));
  for (guint i = 0; i < N_STRINGS; i++)
    {
      gsize length;

      if (values[i] == NULL || evd_event_string_fields[i].interned)
        continue;
      length = strlen (values[i]) + 1;
      memcpy (cursor, values[i], length);
      self->strings[i] = cursor;
      cursor += length;
    }
}

static const char **
read_strv (JsonObject *object,
           const char *member)
{
  g_auto(GStrv) strv = evd_json_dup_strv (object, member);

  return evd_event_intern_strv ((const char * const *) strv);
}

/**
 * evd_event_new_from_json:
 * @node: an event object as Zoom sends it
 *
 * Fields of the wrong type are skipped (see the debug log) and unknown
 * fields ignored: the event keeps what Event Desk shows and sends, not
 * @node (evd_event_dup_json() writes that back as JSON).
 *
 * Returns: (transfer full) (nullable): the event, or %NULL with an
 *   %EVD_MODEL_ERROR_INVALID error when @node is not an object or
 *   has no `event_id`
 */
EvdEvent *
evd_event_new_from_json (JsonNode  *node,
                         GError   **error)
{
  g_autoptr(EvdEvent) self = NULL;
  g_autofree char *event_id = NULL;
  JsonObject *object;
  JsonObject *recurrence;
  g_autoptr(GDateTime) calendar_start = NULL;
  g_autoptr(GDateTime) calendar_end = NULL;

  object = evd_model_get_object (node, "event", error);
  if (object == NULL)
    return NULL;

  event_id = evd_model_require_id (object, "event", "event_id", error);
  if (event_id == NULL)
    return NULL;

  self = g_object_new (EVD_TYPE_EVENT, NULL);
  pack_strings (self, object, event_id);
  self->categories = read_strv (object, "categories");
  self->tags = read_strv (object, "tags");
  self->blocked_countries = read_strv (object, "blocked_countries");
  self->lobby_start_time = evd_json_dup_date_time (object, "lobby_start_time");
  self->lobby_end_time = evd_json_dup_date_time (object, "lobby_end_time");
  read_enums (self, object);

  g_ptr_array_unref (self->calendar);
  self->calendar = read_calendar (object);

  recurrence = evd_json_get_object (object, "recurrence");
  if (recurrence != NULL)
    evd_event_take_recurrence (self, evd_recurrence_new_from_json (json_object_get_member (object, "recurrence"), NULL));

  evd_event_calendar_bounds (self->calendar, &calendar_start, &calendar_end);
  self->start_time = evd_json_dup_date_time (object, "start_time");
  self->end_time = evd_json_dup_date_time (object, "end_time");
  if (self->start_time == NULL)
    self->start_time = g_steal_pointer (&calendar_start);
  if (self->end_time == NULL)
    self->end_time = g_steal_pointer (&calendar_end);

  return g_steal_pointer (&self);
}

static void
add_enum (JsonBuilder *builder,
          const char  *member,
          const char  *wire)
{
  evd_json_builder_add_string (builder, member, wire);
}

static void
add_calendar (EvdEvent    *self,
              JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "calendar");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->calendar->len; i++)
    {
      EvdTimeRange *range = g_ptr_array_index (self->calendar, i);

      json_builder_begin_object (builder);
      evd_json_builder_add_date_time (builder, "start_time", evd_time_range_get_start (range));
      evd_json_builder_add_date_time (builder, "end_time", evd_time_range_get_end (range));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_recurrence (EvdEvent                *self,
                JsonBuilder             *builder,
                EvdRecurrenceJsonFlavor  flavor)
{
  if (self->recurrence == NULL)
    return;
  json_builder_set_member_name (builder, "recurrence");
  json_builder_add_value (builder, evd_recurrence_to_json (self->recurrence, flavor));
}

/* A create leaves out optional fields that say nothing ("tagline":"",
 * "tags":[]); an update sends them, since clearing a field is a change. */
static gboolean
says_nothing (const char         *text,
              const char * const *list,
              gboolean            is_list)
{
  return is_list ? (list == NULL || list[0] == NULL) : (text == NULL || *text == '\0');
}

/* @all: write every field that is set (create), or only the changed ones
 * (update). */
static JsonNode *
build_body (EvdEvent *self,
            gboolean  all)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

#define WANT(prop) (all || evd_event_is_changed (self, prop))

  json_builder_begin_object (builder);
  if (WANT (PROP_HUB_ID))
    evd_json_builder_add_string (builder, "hub_id", self->strings[STR_HUB_ID]);
  if (WANT (PROP_NAME))
    evd_json_builder_add_string (builder, "name", self->strings[STR_NAME]);
  if (WANT (PROP_DESCRIPTION))
    evd_json_builder_add_string (builder, "description", self->strings[STR_DESCRIPTION]);
  if (WANT (PROP_TIMEZONE))
    evd_json_builder_add_string (builder, "timezone", self->strings[STR_TIMEZONE]);
  if (WANT (PROP_EVENT_TYPE))
    add_enum (builder, "event_type", evd_event_type_to_string (self->event_type));
  if (WANT (PROP_ACCESS_LEVEL))
    add_enum (builder, "access_level", evd_access_level_to_string (self->access_level));
  if (WANT (PROP_ATTENDANCE_TYPE))
    add_enum (builder, "attendance_type", evd_attendance_type_to_string (self->attendance_type));
  if (WANT (PROP_MEETING_TYPE))
    add_enum (builder, "meeting_type", evd_meeting_type_to_string (self->meeting_type));
  if (WANT (PROP_CALENDAR) && (self->calendar->len > 0 || !all))
    add_calendar (self, builder);
  if (WANT (PROP_RECURRENCE))
    add_recurrence (self, builder, all ? EVD_RECURRENCE_JSON_CREATE : EVD_RECURRENCE_JSON_UPDATE);
  if (WANT (PROP_CATEGORIES) && !(all && says_nothing (NULL, (const char * const *) self->categories, TRUE)))
    evd_json_builder_add_strv (builder, "categories", (const char * const *) self->categories);
  if (WANT (PROP_TAGS) && !(all && says_nothing (NULL, (const char * const *) self->tags, TRUE)))
    evd_json_builder_add_strv (builder, "tags", (const char * const *) self->tags);
  if (WANT (PROP_CONTACT_NAME) && !(all && says_nothing (self->strings[STR_CONTACT_NAME], NULL, FALSE)))
    evd_json_builder_add_string (builder, "contact_name", self->strings[STR_CONTACT_NAME]);
  if (WANT (PROP_LOBBY_START_TIME))
    evd_json_builder_add_date_time (builder, "lobby_start_time", self->lobby_start_time);
  if (WANT (PROP_LOBBY_END_TIME))
    evd_json_builder_add_date_time (builder, "lobby_end_time", self->lobby_end_time);
  if (WANT (PROP_BLOCKED_COUNTRIES) && !(all && says_nothing (NULL, (const char * const *) self->blocked_countries, TRUE)))
    evd_json_builder_add_strv (builder, "blocked_countries", (const char * const *) self->blocked_countries);
  if (WANT (PROP_PHYSICAL_LOCATION) && !(all && says_nothing (self->strings[STR_PHYSICAL_LOCATION], NULL, FALSE)))
    evd_json_builder_add_string (builder, "physical_location", self->strings[STR_PHYSICAL_LOCATION]);
  if (WANT (PROP_TAGLINE) && !(all && says_nothing (self->strings[STR_TAGLINE], NULL, FALSE)))
    evd_json_builder_add_string (builder, "tagline", self->strings[STR_TAGLINE]);
  json_builder_end_object (builder);

#undef WANT

  return json_builder_get_root (builder);
}

/**
 * evd_event_to_json:
 *
 * The body of `POST /zoom_events/events`: every field that is set, with
 * Zoom's names and forms (UTC times with `Z`, lower-case attendance_type,
 * the recurrence's days as arrays). Nothing is checked here; Zoom's
 * required fields are hub_id, name, description, timezone, event_type,
 * access_level and attendance_type.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
evd_event_to_json (EvdEvent *self)
{
  g_return_val_if_fail (EVD_IS_EVENT (self), NULL);
  return build_body (self, TRUE);
}

/**
 * evd_event_to_patch_json:
 *
 * The body of `PATCH /zoom_events/events/{eventId}`: only the fields set
 * through a setter since the event was loaded (or since
 * evd_event_clear_changes()), the recurrence in its update form. A field
 * cleared to %NULL is left out, since Zoom documents no way to clear one.
 * The read-only fields (event_id, status, start/end time) are never sent.
 *
 * Returns: (transfer full): a JSON object, `{}` when nothing changed
 */
JsonNode *
evd_event_to_patch_json (EvdEvent *self)
{
  g_return_val_if_fail (EVD_IS_EVENT (self), NULL);
  return build_body (self, FALSE);
}

/**
 * evd_event_dup_json:
 *
 * Everything the event keeps, as Zoom writes an event (its read-only
 * fields too): evd_event_new_from_json() reads it back into the same
 * event. Members Event Desk does not read are not in it; what Zoom sent
 * whole is printed only by the CLI, from the answer itself.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
evd_event_dup_json (EvdEvent *self)
{
  g_autoptr(JsonBuilder) builder = NULL;

  g_return_val_if_fail (EVD_IS_EVENT (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  for (guint i = 0; i < N_STRINGS; i++)
    evd_json_builder_add_string (builder, evd_event_string_fields[i].wire, self->strings[i]);
  add_enum (builder, "status", evd_event_status_to_string (self->status));
  add_enum (builder, "event_type", evd_event_type_to_string (self->event_type));
  add_enum (builder, "meeting_type", evd_meeting_type_to_string (self->meeting_type));
  add_enum (builder, "access_level", evd_access_level_to_string (self->access_level));
  add_enum (builder, "attendance_type", evd_attendance_type_to_string (self->attendance_type));
  evd_json_builder_add_date_time (builder, "start_time", self->start_time);
  evd_json_builder_add_date_time (builder, "end_time", self->end_time);
  add_calendar (self, builder);
  add_recurrence (self, builder, EVD_RECURRENCE_JSON_UPDATE);
  evd_json_builder_add_strv (builder, "categories", (const char * const *) self->categories);
  evd_json_builder_add_strv (builder, "tags", (const char * const *) self->tags);
  evd_json_builder_add_strv (builder, "blocked_countries", (const char * const *) self->blocked_countries);
  evd_json_builder_add_date_time (builder, "lobby_start_time", self->lobby_start_time);
  evd_json_builder_add_date_time (builder, "lobby_end_time", self->lobby_end_time);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
