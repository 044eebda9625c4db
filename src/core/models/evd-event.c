/* evd-event.c: a Zoom Events event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event"

#include "config.h"

#include <string.h>

#include "evd-event.h"
#include "evd-json.h"
#include "evd-models-private.h"

/* The strings an event keeps, indexed apart from the properties so the
 * event holds eleven pointers, not one per property. */
enum {
  STR_EVENT_ID,
  STR_HOST_ID,
  STR_CONTACT_EMAIL,
  STR_EVENT_URL,
  STR_NAME,
  STR_DESCRIPTION,
  STR_TAGLINE,
  STR_TIMEZONE,
  STR_PHYSICAL_LOCATION,
  STR_HUB_ID,
  STR_CONTACT_NAME,
  N_STRINGS
};

/* An account may have 10,000 events, all in memory for the sidebar, the
 * hub page and search: an event keeps no copy of Zoom's JSON (the whole
 * answer is read again only where it is printed, by the CLI), the strings
 * read from Zoom live in one block (@packed) the pointers point into, and
 * those whose values repeat across an account's events (its hosts, hubs,
 * zones, contacts, categories and tags) are interned. A string set later
 * is allocated on its own and marked in @owned. */
struct _EvdEvent
{
  GObject             parent_instance;

  guint64             changed;       /* bit per property set since loading */

  const char         *strings[N_STRINGS];
  char               *packed;
  guint16             owned;         /* bit per string allocated on its own */

  EvdEventStatus      status;
  EvdEventType        event_type;
  EvdMeetingType      meeting_type;
  EvdAccessLevel      access_level;
  EvdAttendanceType   attendance_type;

  /* Arrays of interned strings: only the array is the event's */
  const char        **categories;
  const char        **tags;
  const char        **blocked_countries;

  GDateTime          *start_time;
  GDateTime          *end_time;
  GPtrArray          *calendar;
  EvdRecurrence      *recurrence;
  gulong              recurrence_notify_id;
  GDateTime          *lobby_start_time;
  GDateTime          *lobby_end_time;
};

G_DEFINE_FINAL_TYPE (EvdEvent, evd_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EVENT_ID,
  PROP_HOST_ID,
  PROP_CONTACT_EMAIL,
  PROP_EVENT_URL,
  PROP_STATUS,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_TAGLINE,
  PROP_TIMEZONE,
  PROP_EVENT_TYPE,
  PROP_MEETING_TYPE,
  PROP_ACCESS_LEVEL,
  PROP_ATTENDANCE_TYPE,
  PROP_PHYSICAL_LOCATION,
  PROP_HUB_ID,
  PROP_CONTACT_NAME,
  PROP_CATEGORIES,
  PROP_TAGS,
  PROP_BLOCKED_COUNTRIES,
  PROP_CALENDAR,
  PROP_RECURRENCE,
  PROP_LOBBY_START_TIME,
  PROP_LOBBY_END_TIME,
  N_PROPS
};

G_STATIC_ASSERT (N_PROPS < 64);

static GParamSpec *properties[N_PROPS];

/* Zoom's name for each string, the property it backs, and whether its
 * values repeat across events (interned) or are the event's own (packed). */
static const struct
{
  const char *wire;
  guint       prop_id;
  gboolean    interned;
} string_fields[N_STRINGS] = {
  [STR_EVENT_ID] = { "event_id", PROP_EVENT_ID, FALSE },
  [STR_HOST_ID] = { "host_id", PROP_HOST_ID, TRUE },
  [STR_CONTACT_EMAIL] = { "contact_email", PROP_CONTACT_EMAIL, TRUE },
  [STR_EVENT_URL] = { "event_url", PROP_EVENT_URL, FALSE },
  [STR_NAME] = { "name", PROP_NAME, FALSE },
  [STR_DESCRIPTION] = { "description", PROP_DESCRIPTION, FALSE },
  [STR_TAGLINE] = { "tagline", PROP_TAGLINE, FALSE },
  [STR_TIMEZONE] = { "timezone", PROP_TIMEZONE, TRUE },
  [STR_PHYSICAL_LOCATION] = { "physical_location", PROP_PHYSICAL_LOCATION, FALSE },
  [STR_HUB_ID] = { "hub_id", PROP_HUB_ID, TRUE },
  [STR_CONTACT_NAME] = { "contact_name", PROP_CONTACT_NAME, TRUE },
};

G_STATIC_ASSERT (N_STRINGS <= 16);

/* An empty list read from Zoom, shared by every event */
static const char *empty_strv[] = { NULL };

static void
clear_string (EvdEvent *self,
              guint     index)
{
  if (self->owned & (1u << index))
    g_free ((char *) self->strings[index]);
  self->owned &= ~(1u << index);
  self->strings[index] = NULL;
}

/* Returns whether the string changed */
static gboolean
set_string (EvdEvent   *self,
            guint       index,
            const char *value)
{
  if (g_strcmp0 (self->strings[index], value) == 0)
    return FALSE;
  clear_string (self, index);
  if (value != NULL && string_fields[index].interned)
    self->strings[index] = g_intern_string (value);
  else if (value != NULL)
    {
      self->strings[index] = g_strdup (value);
      self->owned |= 1u << index;
    }
  return TRUE;
}

static void
free_strv (const char ***field)
{
  if (*field != empty_strv)
    g_free (*field);
  *field = NULL;
}

/* A copy of @value whose strings are interned, or %NULL for %NULL */
static const char **
intern_strv (const char * const *value)
{
  const char **copy;
  guint n;

  if (value == NULL)
    return NULL;
  n = g_strv_length ((char **) value);
  if (n == 0)
    return empty_strv;
  copy = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    copy[i] = g_intern_string (value[i]);
  copy[n] = NULL;
  return copy;
}

static gboolean
strv_equal_nullable (const char * const *a,
                     const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

static void
mark_changed (EvdEvent *self,
              guint     prop_id)
{
  self->changed |= G_GUINT64_CONSTANT (1) << prop_id;
}

static gboolean
is_changed (EvdEvent *self,
            guint     prop_id)
{
  return (self->changed & (G_GUINT64_CONSTANT (1) << prop_id)) != 0;
}

static void
evd_event_dispose (GObject *object)
{
  EvdEvent *self = (EvdEvent *) object;

  if (self->recurrence != NULL)
    g_clear_signal_handler (&self->recurrence_notify_id, self->recurrence);
  g_clear_object (&self->recurrence);

  G_OBJECT_CLASS (evd_event_parent_class)->dispose (object);
}

static void
evd_event_finalize (GObject *object)
{
  EvdEvent *self = (EvdEvent *) object;

  for (guint i = 0; i < N_STRINGS; i++)
    clear_string (self, i);
  g_clear_pointer (&self->packed, g_free);
  free_strv (&self->categories);
  free_strv (&self->tags);
  free_strv (&self->blocked_countries);
  g_clear_pointer (&self->start_time, g_date_time_unref);
  g_clear_pointer (&self->end_time, g_date_time_unref);
  g_clear_pointer (&self->calendar, g_ptr_array_unref);
  g_clear_pointer (&self->lobby_start_time, g_date_time_unref);
  g_clear_pointer (&self->lobby_end_time, g_date_time_unref);

  G_OBJECT_CLASS (evd_event_parent_class)->finalize (object);
}

static void
evd_event_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  EvdEvent *self = EVD_EVENT (object);

  switch (prop_id)
    {
    case PROP_EVENT_ID: g_value_set_string (value, self->strings[STR_EVENT_ID]); break;
    case PROP_HOST_ID: g_value_set_string (value, self->strings[STR_HOST_ID]); break;
    case PROP_CONTACT_EMAIL: g_value_set_string (value, self->strings[STR_CONTACT_EMAIL]); break;
    case PROP_EVENT_URL: g_value_set_string (value, self->strings[STR_EVENT_URL]); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_START_TIME: g_value_set_boxed (value, self->start_time); break;
    case PROP_END_TIME: g_value_set_boxed (value, self->end_time); break;
    case PROP_NAME: g_value_set_string (value, self->strings[STR_NAME]); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->strings[STR_DESCRIPTION]); break;
    case PROP_TAGLINE: g_value_set_string (value, self->strings[STR_TAGLINE]); break;
    case PROP_TIMEZONE: g_value_set_string (value, self->strings[STR_TIMEZONE]); break;
    case PROP_EVENT_TYPE: g_value_set_enum (value, self->event_type); break;
    case PROP_MEETING_TYPE: g_value_set_enum (value, self->meeting_type); break;
    case PROP_ACCESS_LEVEL: g_value_set_enum (value, self->access_level); break;
    case PROP_ATTENDANCE_TYPE: g_value_set_enum (value, self->attendance_type); break;
    case PROP_PHYSICAL_LOCATION: g_value_set_string (value, self->strings[STR_PHYSICAL_LOCATION]); break;
    case PROP_HUB_ID: g_value_set_string (value, self->strings[STR_HUB_ID]); break;
    case PROP_CONTACT_NAME: g_value_set_string (value, self->strings[STR_CONTACT_NAME]); break;
    case PROP_CATEGORIES: g_value_set_boxed (value, self->categories); break;
    case PROP_TAGS: g_value_set_boxed (value, self->tags); break;
    case PROP_BLOCKED_COUNTRIES: g_value_set_boxed (value, self->blocked_countries); break;
    case PROP_CALENDAR: g_value_set_boxed (value, self->calendar); break;
    case PROP_RECURRENCE: g_value_set_object (value, self->recurrence); break;
    case PROP_LOBBY_START_TIME: g_value_set_boxed (value, self->lobby_start_time); break;
    case PROP_LOBBY_END_TIME: g_value_set_boxed (value, self->lobby_end_time); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  EvdEvent *self = EVD_EVENT (object);

  switch (prop_id)
    {
    case PROP_NAME: evd_event_set_name (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: evd_event_set_description (self, g_value_get_string (value)); break;
    case PROP_TAGLINE: evd_event_set_tagline (self, g_value_get_string (value)); break;
    case PROP_TIMEZONE: evd_event_set_timezone (self, g_value_get_string (value)); break;
    case PROP_EVENT_TYPE: evd_event_set_event_type (self, g_value_get_enum (value)); break;
    case PROP_MEETING_TYPE: evd_event_set_meeting_type (self, g_value_get_enum (value)); break;
    case PROP_ACCESS_LEVEL: evd_event_set_access_level (self, g_value_get_enum (value)); break;
    case PROP_ATTENDANCE_TYPE: evd_event_set_attendance_type (self, g_value_get_enum (value)); break;
    case PROP_PHYSICAL_LOCATION: evd_event_set_physical_location (self, g_value_get_string (value)); break;
    case PROP_HUB_ID: evd_event_set_hub_id (self, g_value_get_string (value)); break;
    case PROP_CONTACT_NAME: evd_event_set_contact_name (self, g_value_get_string (value)); break;
    case PROP_CATEGORIES: evd_event_set_categories (self, g_value_get_boxed (value)); break;
    case PROP_TAGS: evd_event_set_tags (self, g_value_get_boxed (value)); break;
    case PROP_BLOCKED_COUNTRIES: evd_event_set_blocked_countries (self, g_value_get_boxed (value)); break;
    case PROP_CALENDAR: evd_event_set_calendar (self, g_value_get_boxed (value)); break;
    case PROP_RECURRENCE: evd_event_set_recurrence (self, g_value_get_object (value)); break;
    case PROP_LOBBY_START_TIME: evd_event_set_lobby_start_time (self, g_value_get_boxed (value)); break;
    case PROP_LOBBY_END_TIME: evd_event_set_lobby_end_time (self, g_value_get_boxed (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_class_init (EvdEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = evd_event_dispose;
  object_class->finalize = evd_event_finalize;
  object_class->get_property = evd_event_get_property;
  object_class->set_property = evd_event_set_property;

  properties[PROP_EVENT_ID] = g_param_spec_string ("event-id", NULL, NULL, NULL, ro);
  properties[PROP_HOST_ID] = g_param_spec_string ("host-id", NULL, NULL, NULL, ro);
  properties[PROP_CONTACT_EMAIL] = g_param_spec_string ("contact-email", NULL, NULL, NULL, ro);
  properties[PROP_EVENT_URL] = g_param_spec_string ("event-url", NULL, NULL, NULL, ro);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, EVD_TYPE_EVENT_STATUS, EVD_EVENT_STATUS_UNKNOWN, ro);
  properties[PROP_START_TIME] = g_param_spec_boxed ("start-time", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_END_TIME] = g_param_spec_boxed ("end-time", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_TAGLINE] = g_param_spec_string ("tagline", NULL, NULL, NULL, rw);
  properties[PROP_TIMEZONE] = g_param_spec_string ("timezone", NULL, NULL, NULL, rw);
  properties[PROP_EVENT_TYPE] =
    g_param_spec_enum ("event-type", NULL, NULL, EVD_TYPE_EVENT_TYPE, EVD_EVENT_TYPE_UNKNOWN, rw);
  properties[PROP_MEETING_TYPE] =
    g_param_spec_enum ("meeting-type", NULL, NULL, EVD_TYPE_MEETING_TYPE, EVD_MEETING_TYPE_UNKNOWN, rw);
  properties[PROP_ACCESS_LEVEL] =
    g_param_spec_enum ("access-level", NULL, NULL, EVD_TYPE_ACCESS_LEVEL, EVD_ACCESS_LEVEL_UNKNOWN, rw);
  properties[PROP_ATTENDANCE_TYPE] =
    g_param_spec_enum ("attendance-type", NULL, NULL, EVD_TYPE_ATTENDANCE_TYPE,
                       EVD_ATTENDANCE_TYPE_UNKNOWN, rw);
  properties[PROP_PHYSICAL_LOCATION] = g_param_spec_string ("physical-location", NULL, NULL, NULL, rw);
  properties[PROP_HUB_ID] = g_param_spec_string ("hub-id", NULL, NULL, NULL, rw);
  properties[PROP_CONTACT_NAME] = g_param_spec_string ("contact-name", NULL, NULL, NULL, rw);
  properties[PROP_CATEGORIES] = g_param_spec_boxed ("categories", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_BLOCKED_COUNTRIES] = g_param_spec_boxed ("blocked-countries", NULL, NULL, G_TYPE_STRV, rw);
  /* A GPtrArray of EvdTimeRange */
  properties[PROP_CALENDAR] = g_param_spec_boxed ("calendar", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  properties[PROP_RECURRENCE] = g_param_spec_object ("recurrence", NULL, NULL, EVD_TYPE_RECURRENCE, rw);
  properties[PROP_LOBBY_START_TIME] = g_param_spec_boxed ("lobby-start-time", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_LOBBY_END_TIME] = g_param_spec_boxed ("lobby-end-time", NULL, NULL, G_TYPE_DATE_TIME, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_event_init (EvdEvent *self)
{
  self->calendar = g_ptr_array_new_with_free_func ((GDestroyNotify) evd_time_range_free);
}

/**
 * evd_event_new:
 *
 * Returns: (transfer full): an empty event to fill in and create
 */
EvdEvent *
evd_event_new (void)
{
  return g_object_new (EVD_TYPE_EVENT, NULL);
}

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

/* The earliest start and latest end in the calendar, for events whose
 * answer does not carry start_time/end_time (and for new ones). */
static void
calendar_bounds (GPtrArray  *calendar,
                 GDateTime **out_start,
                 GDateTime **out_end)
{
  GDateTime *start = NULL;
  GDateTime *end = NULL;

  for (guint i = 0; i < calendar->len; i++)
    {
      EvdTimeRange *range = g_ptr_array_index (calendar, i);
      GDateTime *s = evd_time_range_get_start (range);
      GDateTime *e = evd_time_range_get_end (range);

      if (s != NULL && (start == NULL || g_date_time_compare (s, start) < 0))
        start = s;
      if (e != NULL && (end == NULL || g_date_time_compare (e, end) > 0))
        end = e;
    }

  *out_start = start != NULL ? g_date_time_ref (start) : NULL;
  *out_end = end != NULL ? g_date_time_ref (end) : NULL;
}

static void
recurrence_notify_cb (EvdEvent   *self,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  mark_changed (self, PROP_RECURRENCE);
}

static void
take_recurrence (EvdEvent      *self,
                 EvdRecurrence *recurrence)
{
  if (self->recurrence != NULL)
    g_clear_signal_handler (&self->recurrence_notify_id, self->recurrence);
  g_clear_object (&self->recurrence);

  self->recurrence = recurrence;
  /* A form edits the recurrence in place; the PATCH body must include it */
  if (recurrence != NULL)
    self->recurrence_notify_id =
      g_signal_connect_object (recurrence, "notify", G_CALLBACK (recurrence_notify_cb),
                               self, G_CONNECT_SWAPPED);
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
      values[i] = i == STR_EVENT_ID ? event_id : evd_json_get_string (object, string_fields[i].wire);
      if (values[i] == NULL)
        continue;
      if (string_fields[i].interned)
        self->strings[i] = g_intern_string (values[i]);
      else
        size += strlen (values[i]) + 1;
    }

  self->packed = cursor = g_malloc (MAX (size, 1));
  for (guint i = 0; i < N_STRINGS; i++)
    {
      gsize length;

      if (values[i] == NULL || string_fields[i].interned)
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

  return intern_strv ((const char * const *) strv);
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
    take_recurrence (self, evd_recurrence_new_from_json (json_object_get_member (object, "recurrence"), NULL));

  calendar_bounds (self->calendar, &calendar_start, &calendar_end);
  self->start_time = evd_json_dup_date_time (object, "start_time");
  self->end_time = evd_json_dup_date_time (object, "end_time");
  if (self->start_time == NULL)
    self->start_time = g_steal_pointer (&calendar_start);
  if (self->end_time == NULL)
    self->end_time = g_steal_pointer (&calendar_end);

  return g_steal_pointer (&self);
}

/**
 * evd_event_copy:
 *
 * A form edits a copy, so the event shown elsewhere changes only once
 * Zoom took the changes. The copy has every field of @self and no
 * changes of its own (evd_event_has_changes() is %FALSE).
 *
 * Returns: (transfer full): a new event
 */
EvdEvent *
evd_event_copy (EvdEvent *self)
{
  EvdEvent *copy;

  g_return_val_if_fail (EVD_IS_EVENT (self), NULL);

  copy = g_object_new (EVD_TYPE_EVENT, NULL);
  for (guint i = 0; i < N_STRINGS; i++)
    set_string (copy, i, self->strings[i]);
  copy->status = self->status;
  copy->event_type = self->event_type;
  copy->meeting_type = self->meeting_type;
  copy->access_level = self->access_level;
  copy->attendance_type = self->attendance_type;
  copy->categories = intern_strv ((const char * const *) self->categories);
  copy->tags = intern_strv ((const char * const *) self->tags);
  copy->blocked_countries = intern_strv ((const char * const *) self->blocked_countries);
  g_ptr_array_unref (copy->calendar);
  copy->calendar = g_ptr_array_new_full (self->calendar->len, (GDestroyNotify) evd_time_range_free);
  for (guint i = 0; i < self->calendar->len; i++)
    g_ptr_array_add (copy->calendar, evd_time_range_copy (g_ptr_array_index (self->calendar, i)));
  if (self->recurrence != NULL)
    take_recurrence (copy, evd_recurrence_copy (self->recurrence));
  copy->start_time = self->start_time != NULL ? g_date_time_ref (self->start_time) : NULL;
  copy->end_time = self->end_time != NULL ? g_date_time_ref (self->end_time) : NULL;
  copy->lobby_start_time = self->lobby_start_time != NULL ? g_date_time_ref (self->lobby_start_time) : NULL;
  copy->lobby_end_time = self->lobby_end_time != NULL ? g_date_time_ref (self->lobby_end_time) : NULL;
  return copy;
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

#define WANT(prop) (all || is_changed (self, prop))

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
    evd_json_builder_add_string (builder, string_fields[i].wire, self->strings[i]);
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

gboolean
evd_event_has_changes (EvdEvent *self)
{
  g_return_val_if_fail (EVD_IS_EVENT (self), FALSE);
  return self->changed != 0;
}

/* After a successful PATCH */
void
evd_event_clear_changes (EvdEvent *self)
{
  g_return_if_fail (EVD_IS_EVENT (self));
  self->changed = 0;
}

/**
 * evd_event_get_display_status:
 * @now: the current time (a parameter so lists and tests agree on it)
 *
 * Cancelled and draft events say so; a published event is past once its
 * end time is at or before @now, and upcoming otherwise, including while
 * it runs and when its end is unknown. An unrecognised status counts as a
 * draft, the state that promises attendees nothing.
 */
EvdDisplayStatus
evd_event_get_display_status (EvdEvent  *self,
                              GDateTime *now)
{
  g_return_val_if_fail (EVD_IS_EVENT (self), EVD_DISPLAY_STATUS_DRAFT);
  g_return_val_if_fail (now != NULL, EVD_DISPLAY_STATUS_DRAFT);

  switch (self->status)
    {
    case EVD_EVENT_STATUS_CANCELLED:
      return EVD_DISPLAY_STATUS_CANCELLED;
    case EVD_EVENT_STATUS_PUBLISHED:
      if (self->end_time != NULL && g_date_time_compare (self->end_time, now) <= 0)
        return EVD_DISPLAY_STATUS_PAST;
      return EVD_DISPLAY_STATUS_UPCOMING;
    case EVD_EVENT_STATUS_DRAFT:
    case EVD_EVENT_STATUS_UNKNOWN:
    default:
      return EVD_DISPLAY_STATUS_DRAFT;
    }
}

#define READ_ONLY_GETTER(ctype, name, fallback) \
  ctype \
  evd_event_get_##name (EvdEvent *self) \
  { \
    g_return_val_if_fail (EVD_IS_EVENT (self), fallback); \
    return self->name; \
  }

READ_ONLY_GETTER (EvdEventStatus, status, EVD_EVENT_STATUS_UNKNOWN)
READ_ONLY_GETTER (GDateTime *, start_time, NULL)
READ_ONLY_GETTER (GDateTime *, end_time, NULL)
READ_ONLY_GETTER (EvdEventType, event_type, EVD_EVENT_TYPE_UNKNOWN)
READ_ONLY_GETTER (EvdMeetingType, meeting_type, EVD_MEETING_TYPE_UNKNOWN)
READ_ONLY_GETTER (EvdAccessLevel, access_level, EVD_ACCESS_LEVEL_UNKNOWN)
READ_ONLY_GETTER (EvdAttendanceType, attendance_type, EVD_ATTENDANCE_TYPE_UNKNOWN)
READ_ONLY_GETTER (GPtrArray *, calendar, NULL)
READ_ONLY_GETTER (EvdRecurrence *, recurrence, NULL)
READ_ONLY_GETTER (GDateTime *, lobby_start_time, NULL)
READ_ONLY_GETTER (GDateTime *, lobby_end_time, NULL)

#define STRING_GETTER(name, index) \
  const char * \
  evd_event_get_##name (EvdEvent *self) \
  { \
    g_return_val_if_fail (EVD_IS_EVENT (self), NULL); \
    return self->strings[index]; \
  }

STRING_GETTER (event_id, STR_EVENT_ID)
STRING_GETTER (host_id, STR_HOST_ID)
STRING_GETTER (contact_email, STR_CONTACT_EMAIL)
STRING_GETTER (event_url, STR_EVENT_URL)

#define STRING_ACCESSORS(name, index) \
  STRING_GETTER (name, index) \
  void \
  evd_event_set_##name (EvdEvent   *self, \
                        const char *value) \
  { \
    g_return_if_fail (EVD_IS_EVENT (self)); \
    if (set_string (self, index, value)) \
      { \
        mark_changed (self, string_fields[index].prop_id); \
        g_object_notify_by_pspec (G_OBJECT (self), properties[string_fields[index].prop_id]); \
      } \
  }

STRING_ACCESSORS (name, STR_NAME)
STRING_ACCESSORS (description, STR_DESCRIPTION)
STRING_ACCESSORS (tagline, STR_TAGLINE)
STRING_ACCESSORS (timezone, STR_TIMEZONE)
STRING_ACCESSORS (physical_location, STR_PHYSICAL_LOCATION)
STRING_ACCESSORS (hub_id, STR_HUB_ID)
STRING_ACCESSORS (contact_name, STR_CONTACT_NAME)

#define STRV_ACCESSORS(name, prop) \
  const char * const * \
  evd_event_get_##name (EvdEvent *self) \
  { \
    g_return_val_if_fail (EVD_IS_EVENT (self), NULL); \
    return (const char * const *) self->name; \
  } \
  void \
  evd_event_set_##name (EvdEvent           *self, \
                        const char * const *value) \
  { \
    g_return_if_fail (EVD_IS_EVENT (self)); \
    if (strv_equal_nullable ((const char * const *) self->name, value)) \
      return; \
    free_strv (&self->name); \
    self->name = intern_strv (value); \
    mark_changed (self, prop); \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
  }

STRV_ACCESSORS (categories, PROP_CATEGORIES)
STRV_ACCESSORS (tags, PROP_TAGS)
STRV_ACCESSORS (blocked_countries, PROP_BLOCKED_COUNTRIES)

#define ENUM_SETTER(name, ctype, prop) \
  void \
  evd_event_set_##name (EvdEvent *self, \
                        ctype     value) \
  { \
    g_return_if_fail (EVD_IS_EVENT (self)); \
    if (self->name == value) \
      return; \
    self->name = value; \
    mark_changed (self, prop); \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
  }

ENUM_SETTER (event_type, EvdEventType, PROP_EVENT_TYPE)
ENUM_SETTER (meeting_type, EvdMeetingType, PROP_MEETING_TYPE)
ENUM_SETTER (access_level, EvdAccessLevel, PROP_ACCESS_LEVEL)
ENUM_SETTER (attendance_type, EvdAttendanceType, PROP_ATTENDANCE_TYPE)

#define TIME_SETTER(name, prop) \
  void \
  evd_event_set_##name (EvdEvent  *self, \
                        GDateTime *value) \
  { \
    g_return_if_fail (EVD_IS_EVENT (self)); \
    if (evd_model_set_date_time (G_OBJECT (self), &self->name, value, NULL)) \
      { \
        mark_changed (self, prop); \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
      } \
  }

TIME_SETTER (lobby_start_time, PROP_LOBBY_START_TIME)
TIME_SETTER (lobby_end_time, PROP_LOBBY_END_TIME)

static gboolean
calendars_equal (GPtrArray *a,
                 GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!evd_time_range_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static void
update_start_and_end (EvdEvent *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  calendar_bounds (self->calendar, &start, &end);
  evd_model_set_date_time (G_OBJECT (self), &self->start_time, start, properties[PROP_START_TIME]);
  evd_model_set_date_time (G_OBJECT (self), &self->end_time, end, properties[PROP_END_TIME]);
}

/**
 * evd_event_set_calendar:
 * @calendar: (nullable) (element-type EvdTimeRange): the days of the event
 *
 * Copies @calendar. Changing the array returned by
 * evd_event_get_calendar() in place is not noticed: set a new one. The
 * event's start and end follow the calendar's first start and last end.
 */
void
evd_event_set_calendar (EvdEvent  *self,
                        GPtrArray *calendar)
{
  g_autoptr(GPtrArray) copy = NULL;

  g_return_if_fail (EVD_IS_EVENT (self));

  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) evd_time_range_free);
  for (guint i = 0; calendar != NULL && i < calendar->len; i++)
    g_ptr_array_add (copy, evd_time_range_copy (g_ptr_array_index (calendar, i)));

  if (calendars_equal (self->calendar, copy))
    return;

  g_ptr_array_unref (self->calendar);
  self->calendar = g_steal_pointer (&copy);
  mark_changed (self, PROP_CALENDAR);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALENDAR]);
  update_start_and_end (self);
}

void
evd_event_add_calendar_entry (EvdEvent  *self,
                              GDateTime *start,
                              GDateTime *end)
{
  g_autoptr(GPtrArray) calendar = NULL;
  g_autoptr(EvdTimeRange) range = NULL;

  g_return_if_fail (EVD_IS_EVENT (self));

  /* Borrowed pointers: evd_event_set_calendar () copies them */
  calendar = g_ptr_array_new ();
  for (guint i = 0; i < self->calendar->len; i++)
    g_ptr_array_add (calendar, g_ptr_array_index (self->calendar, i));
  range = evd_time_range_new (start, end);
  g_ptr_array_add (calendar, range);
  evd_event_set_calendar (self, calendar);
}

/**
 * evd_event_set_recurrence:
 * @recurrence: (nullable): the schedule, for a recurring event
 *
 * The event keeps @recurrence itself (no copy), so a form can edit it in
 * place; those edits count as changes for evd_event_to_patch_json().
 */
void
evd_event_set_recurrence (EvdEvent      *self,
                          EvdRecurrence *recurrence)
{
  g_return_if_fail (EVD_IS_EVENT (self));
  g_return_if_fail (recurrence == NULL || EVD_IS_RECURRENCE (recurrence));

  if (self->recurrence == recurrence)
    return;

  take_recurrence (self, recurrence != NULL ? g_object_ref (recurrence) : NULL);
  mark_changed (self, PROP_RECURRENCE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECURRENCE]);
}
