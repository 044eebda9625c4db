/* evd-event.c: a Zoom Events event: the object, its properties and setters
 * (reading and writing Zoom's JSON: evd-event-json.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event"

#include "config.h"

#include "evd-event-private.h"
#include "evd-models-private.h"

G_DEFINE_FINAL_TYPE (EvdEvent, evd_event, G_TYPE_OBJECT)

G_STATIC_ASSERT (N_PROPS < 64);

static GParamSpec *properties[N_PROPS];

const EvdEventStringField evd_event_string_fields[N_STRINGS] = {
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
  if (value != NULL && evd_event_string_fields[index].interned)
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
const char **
evd_event_intern_strv (const char * const *value)
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

static void
mark_changed (EvdEvent *self,
              guint     prop_id)
{
  self->changed |= G_GUINT64_CONSTANT (1) << prop_id;
}

gboolean
evd_event_is_changed (EvdEvent *self,
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

/* The earliest start and latest end in the calendar, for events whose
 * answer does not carry start_time/end_time (and for new ones). */
void
evd_event_calendar_bounds (GPtrArray  *calendar,
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

void
evd_event_take_recurrence (EvdEvent      *self,
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
  copy->categories = evd_event_intern_strv ((const char * const *) self->categories);
  copy->tags = evd_event_intern_strv ((const char * const *) self->tags);
  copy->blocked_countries = evd_event_intern_strv ((const char * const *) self->blocked_countries);
  g_ptr_array_unref (copy->calendar);
  copy->calendar = g_ptr_array_new_full (self->calendar->len, (GDestroyNotify) evd_time_range_free);
  for (guint i = 0; i < self->calendar->len; i++)
    g_ptr_array_add (copy->calendar, evd_time_range_copy (g_ptr_array_index (self->calendar, i)));
  if (self->recurrence != NULL)
    evd_event_take_recurrence (copy, evd_recurrence_copy (self->recurrence));
  copy->start_time = self->start_time != NULL ? g_date_time_ref (self->start_time) : NULL;
  copy->end_time = self->end_time != NULL ? g_date_time_ref (self->end_time) : NULL;
  copy->lobby_start_time = self->lobby_start_time != NULL ? g_date_time_ref (self->lobby_start_time) : NULL;
  copy->lobby_end_time = self->lobby_end_time != NULL ? g_date_time_ref (self->lobby_end_time) : NULL;
  return copy;
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
        mark_changed (self, evd_event_string_fields[index].prop_id); \
        g_object_notify_by_pspec (G_OBJECT (self), properties[evd_event_string_fields[index].prop_id]); \
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
    if (evd_model_strv_equal ((const char * const *) self->name, value)) \
      return; \
    free_strv (&self->name); \
    self->name = evd_event_intern_strv (value); \
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

  evd_event_calendar_bounds (self->calendar, &start, &end);
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

  evd_event_take_recurrence (self, recurrence != NULL ? g_object_ref (recurrence) : NULL);
  mark_changed (self, PROP_RECURRENCE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECURRENCE]);
}
