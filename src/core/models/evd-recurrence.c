/* evd-recurrence.c: the schedule of a recurring event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-recurrence"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "evd-json.h"
#include "evd-models-private.h"
#include "evd-recurrence.h"
#include "evd-time.h"

/* Expansion gives up after this many steps even when nothing matched, so a
 * rule that can never match (day 31 every 12 months from April) ends. */
#define MAX_EXPANSION_STEPS 5000

struct _EvdRecurrence
{
  GObject            parent_instance;

  JsonNode          *json;
  EvdRecurrenceType  type;
  guint              repeat_interval;
  EvdWeekdays        weekly_days;
  guint              monthly_day;
  int                monthly_week;
  guint              monthly_week_day;
  guint              end_times;
  GDateTime         *end_date_time;
  guint              duration;
};

G_DEFINE_FINAL_TYPE (EvdRecurrence, evd_recurrence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECURRENCE_TYPE,
  PROP_REPEAT_INTERVAL,
  PROP_WEEKLY_DAYS,
  PROP_MONTHLY_DAY,
  PROP_MONTHLY_WEEK,
  PROP_MONTHLY_WEEK_DAY,
  PROP_END_TIMES,
  PROP_END_DATE_TIME,
  PROP_DURATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
evd_recurrence_finalize (GObject *object)
{
  EvdRecurrence *self = (EvdRecurrence *) object;

  g_clear_pointer (&self->json, json_node_unref);
  g_clear_pointer (&self->end_date_time, g_date_time_unref);

  G_OBJECT_CLASS (evd_recurrence_parent_class)->finalize (object);
}

static void
evd_recurrence_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EvdRecurrence *self = EVD_RECURRENCE (object);

  switch (prop_id)
    {
    case PROP_RECURRENCE_TYPE:
      g_value_set_enum (value, self->type);
      break;
    case PROP_REPEAT_INTERVAL:
      g_value_set_uint (value, self->repeat_interval);
      break;
    case PROP_WEEKLY_DAYS:
      g_value_set_flags (value, self->weekly_days);
      break;
    case PROP_MONTHLY_DAY:
      g_value_set_uint (value, self->monthly_day);
      break;
    case PROP_MONTHLY_WEEK:
      g_value_set_int (value, self->monthly_week);
      break;
    case PROP_MONTHLY_WEEK_DAY:
      g_value_set_uint (value, self->monthly_week_day);
      break;
    case PROP_END_TIMES:
      g_value_set_uint (value, self->end_times);
      break;
    case PROP_END_DATE_TIME:
      g_value_set_boxed (value, self->end_date_time);
      break;
    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_recurrence_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EvdRecurrence *self = EVD_RECURRENCE (object);

  switch (prop_id)
    {
    case PROP_RECURRENCE_TYPE:
      evd_recurrence_set_recurrence_type (self, g_value_get_enum (value));
      break;
    case PROP_REPEAT_INTERVAL:
      evd_recurrence_set_repeat_interval (self, g_value_get_uint (value));
      break;
    case PROP_WEEKLY_DAYS:
      evd_recurrence_set_weekly_days (self, g_value_get_flags (value));
      break;
    case PROP_MONTHLY_DAY:
      evd_recurrence_set_monthly_day (self, g_value_get_uint (value));
      break;
    case PROP_MONTHLY_WEEK:
      evd_recurrence_set_monthly_week (self, g_value_get_int (value));
      break;
    case PROP_MONTHLY_WEEK_DAY:
      evd_recurrence_set_monthly_week_day (self, g_value_get_uint (value));
      break;
    case PROP_END_TIMES:
      evd_recurrence_set_end_times (self, g_value_get_uint (value));
      break;
    case PROP_END_DATE_TIME:
      evd_recurrence_set_end_date_time (self, g_value_get_boxed (value));
      break;
    case PROP_DURATION:
      evd_recurrence_set_duration (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_recurrence_class_init (EvdRecurrenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = evd_recurrence_finalize;
  object_class->get_property = evd_recurrence_get_property;
  object_class->set_property = evd_recurrence_set_property;

  /* Ranges are wide on purpose: evd_recurrence_validate () explains a bad
   * value to the organizer, where a narrow range would only warn. */
  properties[PROP_RECURRENCE_TYPE] =
    g_param_spec_enum ("recurrence-type", NULL, NULL,
                       EVD_TYPE_RECURRENCE_TYPE, EVD_RECURRENCE_TYPE_UNKNOWN, flags);
  properties[PROP_REPEAT_INTERVAL] =
    g_param_spec_uint ("repeat-interval", NULL, NULL, 0, G_MAXUINT, 1, flags);
  properties[PROP_WEEKLY_DAYS] =
    g_param_spec_flags ("weekly-days", NULL, NULL,
                        EVD_TYPE_WEEKDAYS, EVD_WEEKDAYS_NONE, flags);
  properties[PROP_MONTHLY_DAY] =
    g_param_spec_uint ("monthly-day", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_MONTHLY_WEEK] =
    g_param_spec_int ("monthly-week", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_MONTHLY_WEEK_DAY] =
    g_param_spec_uint ("monthly-week-day", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END_TIMES] =
    g_param_spec_uint ("end-times", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END_DATE_TIME] =
    g_param_spec_boxed ("end-date-time", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_recurrence_init (EvdRecurrence *self)
{
  self->repeat_interval = 1;
}

/**
 * evd_recurrence_new:
 *
 * Returns: (transfer full): a schedule repeating every 1 day, week or month
 *   (set the rest with the setters)
 */
EvdRecurrence *
evd_recurrence_new (EvdRecurrenceType type)
{
  return g_object_new (EVD_TYPE_RECURRENCE, "recurrence-type", type, NULL);
}

static gboolean
read_uint (JsonObject *object,
           const char *member,
           guint      *out_value)
{
  gint64 value;

  if (!evd_json_get_int (object, member, &value))
    {
      if (evd_json_has_value (object, member))
        g_debug ("Ignoring recurrence %s: not a number", member);
      return FALSE;
    }
  if (value < 0 || value > G_MAXUINT)
    {
      g_debug ("Ignoring recurrence %s: %" G_GINT64_FORMAT " is out of range", member, value);
      return FALSE;
    }
  *out_value = (guint) value;
  return TRUE;
}

static EvdRecurrenceType
read_type (JsonObject *object)
{
  gint64 number;
  const char *text;

  if (evd_json_get_int (object, "type", &number))
    return evd_recurrence_type_from_int (number);
  text = evd_json_get_string (object, "type");
  return evd_recurrence_type_from_string (text);
}

/* An array of numbers in POST, a comma string in GET and PATCH; strings
 * inside the array are tolerated too. */
static EvdWeekdays
read_weekly_days (JsonObject *object)
{
  JsonArray *array = evd_json_get_array (object, "weekly_days");
  EvdWeekdays days = EVD_WEEKDAYS_NONE;
  gint64 number;

  if (evd_json_get_int (object, "weekly_days", &number))
    return evd_weekdays_from_zoom_day ((int) CLAMP (number, 0, 8));
  if (array == NULL)
    return evd_weekdays_from_string (evd_json_get_string (object, "weekly_days"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element))
        continue;
      if (json_node_get_value_type (element) == G_TYPE_INT64)
        days |= evd_weekdays_from_zoom_day ((int) CLAMP (json_node_get_int (element), 0, 8));
      else if (json_node_get_value_type (element) == G_TYPE_STRING)
        days |= evd_weekdays_from_string (json_node_get_string (element));
    }

  return days;
}

/* `monthly_days` is an array in POST and a number elsewhere; Zoom's
 * tutorial (and the Meetings API) call it `monthly_day`. */
static guint
read_monthly_day (JsonObject *object)
{
  static const char * const members[] = { "monthly_days", "monthly_day" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonArray *array = evd_json_get_array (object, members[i]);
      guint day = 0;

      if (read_uint (object, members[i], &day))
        return day;

      if (array != NULL && json_array_get_length (array) > 0)
        {
          JsonNode *first = json_array_get_element (array, 0);

          if (JSON_NODE_HOLDS_VALUE (first) && json_node_get_value_type (first) == G_TYPE_INT64 &&
              json_node_get_int (first) > 0 && json_node_get_int (first) <= 31)
            return (guint) json_node_get_int (first);
        }
    }

  return 0;
}

/**
 * evd_recurrence_new_from_json:
 * @node: Zoom's `recurrence` object
 *
 * Every member is optional: fields of the wrong type are skipped, and
 * validation is left to evd_recurrence_validate().
 *
 * Returns: (transfer full) (nullable): the recurrence, or %NULL with an
 *   %EVD_MODEL_ERROR_INVALID error when @node is not an object
 */
EvdRecurrence *
evd_recurrence_new_from_json (JsonNode  *node,
                              GError   **error)
{
  g_autoptr(EvdRecurrence) self = NULL;
  JsonObject *object;
  gint64 week;

  object = evd_model_get_object (node, "recurrence", error);
  if (object == NULL)
    return NULL;

  self = g_object_new (EVD_TYPE_RECURRENCE, NULL);
  self->json = json_node_copy (node);
  self->type = read_type (object);
  read_uint (object, "repeat_interval", &self->repeat_interval);
  self->weekly_days = read_weekly_days (object);
  self->monthly_day = read_monthly_day (object);
  if (evd_json_get_int (object, "monthly_week", &week) && week >= G_MININT && week <= G_MAXINT)
    self->monthly_week = (int) week;
  read_uint (object, "monthly_week_day", &self->monthly_week_day);
  read_uint (object, "end_times", &self->end_times);
  self->end_date_time = evd_json_dup_date_time (object, "end_date_time");
  read_uint (object, "duration", &self->duration);

  return g_steal_pointer (&self);
}

/**
 * evd_recurrence_copy:
 *
 * Returns: (transfer full): an independent copy, for editing in a form
 */
EvdRecurrence *
evd_recurrence_copy (EvdRecurrence *self)
{
  EvdRecurrence *copy;

  g_return_val_if_fail (EVD_IS_RECURRENCE (self), NULL);

  copy = g_object_new (EVD_TYPE_RECURRENCE, NULL);
  copy->json = self->json != NULL ? json_node_copy (self->json) : NULL;
  copy->type = self->type;
  copy->repeat_interval = self->repeat_interval;
  copy->weekly_days = self->weekly_days;
  copy->monthly_day = self->monthly_day;
  copy->monthly_week = self->monthly_week;
  copy->monthly_week_day = self->monthly_week_day;
  copy->end_times = self->end_times;
  copy->end_date_time = self->end_date_time != NULL ? g_date_time_ref (self->end_date_time) : NULL;
  copy->duration = self->duration;
  return copy;
}

/**
 * evd_recurrence_get_json:
 *
 * Returns: (transfer none) (nullable): the object as Zoom sent it
 */
JsonNode *
evd_recurrence_get_json (EvdRecurrence *self)
{
  g_return_val_if_fail (EVD_IS_RECURRENCE (self), NULL);
  return self->json;
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

/**
 * evd_recurrence_to_json:
 * @flavor: %EVD_RECURRENCE_JSON_CREATE for POST, %EVD_RECURRENCE_JSON_UPDATE
 *   for PATCH
 *
 * Only fields that are set are written. When both an end count and an end
 * date are set, the count wins, since Zoom takes one or the other.
 *
 * Returns: (transfer full): the `recurrence` object of a request body
 */
JsonNode *
evd_recurrence_to_json (EvdRecurrence           *self,
                        EvdRecurrenceJsonFlavor  flavor)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gboolean create = flavor == EVD_RECURRENCE_JSON_CREATE;

  g_return_val_if_fail (EVD_IS_RECURRENCE (self), NULL);

  json_builder_begin_object (builder);
  if (self->type != EVD_RECURRENCE_TYPE_UNKNOWN)
    add_int (builder, "type", self->type);
  if (self->repeat_interval > 0)
    add_int (builder, "repeat_interval", self->repeat_interval);

  if (self->weekly_days != EVD_WEEKDAYS_NONE)
    {
      json_builder_set_member_name (builder, "weekly_days");
      if (create)
        {
          json_builder_begin_array (builder);
          for (int day = 1; day <= 7; day++)
            if (self->weekly_days & evd_weekdays_from_zoom_day (day))
              json_builder_add_int_value (builder, day);
          json_builder_end_array (builder);
        }
      else
        {
          g_autofree char *days = evd_weekdays_to_string (self->weekly_days);

          json_builder_add_string_value (builder, days);
        }
    }

  if (self->monthly_day > 0)
    {
      json_builder_set_member_name (builder, "monthly_days");
      if (create)
        {
          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, self->monthly_day);
          json_builder_end_array (builder);
        }
      else
        {
          json_builder_add_int_value (builder, self->monthly_day);
        }
    }

  if (self->monthly_week != 0)
    add_int (builder, "monthly_week", self->monthly_week);
  if (self->monthly_week_day > 0)
    add_int (builder, "monthly_week_day", self->monthly_week_day);
  if (self->end_times > 0)
    add_int (builder, "end_times", self->end_times);
  else
    evd_json_builder_add_date_time (builder, "end_date_time", self->end_date_time);
  if (self->duration > 0)
    add_int (builder, "duration", self->duration);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

#define DEFINE_SETTER(name, ctype, field, prop, setter) \
  void \
  evd_recurrence_set_##name (EvdRecurrence *self, \
                             ctype          value) \
  { \
    g_return_if_fail (EVD_IS_RECURRENCE (self)); \
    if (self->field == value) \
      return; \
    self->field = value; \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
  }

#define DEFINE_GETTER(name, ctype, field) \
  ctype \
  evd_recurrence_get_##name (EvdRecurrence *self) \
  { \
    g_return_val_if_fail (EVD_IS_RECURRENCE (self), 0); \
    return self->field; \
  }

DEFINE_GETTER (recurrence_type, EvdRecurrenceType, type)
DEFINE_SETTER (recurrence_type, EvdRecurrenceType, type, PROP_RECURRENCE_TYPE, _)
DEFINE_GETTER (repeat_interval, guint, repeat_interval)
DEFINE_SETTER (repeat_interval, guint, repeat_interval, PROP_REPEAT_INTERVAL, _)
DEFINE_GETTER (weekly_days, EvdWeekdays, weekly_days)
DEFINE_SETTER (weekly_days, EvdWeekdays, weekly_days, PROP_WEEKLY_DAYS, _)
DEFINE_GETTER (monthly_day, guint, monthly_day)
DEFINE_SETTER (monthly_day, guint, monthly_day, PROP_MONTHLY_DAY, _)
DEFINE_GETTER (monthly_week, int, monthly_week)
DEFINE_SETTER (monthly_week, int, monthly_week, PROP_MONTHLY_WEEK, _)
DEFINE_GETTER (monthly_week_day, guint, monthly_week_day)
DEFINE_SETTER (monthly_week_day, guint, monthly_week_day, PROP_MONTHLY_WEEK_DAY, _)
DEFINE_GETTER (end_times, guint, end_times)
DEFINE_SETTER (end_times, guint, end_times, PROP_END_TIMES, _)
DEFINE_GETTER (duration, guint, duration)
DEFINE_SETTER (duration, guint, duration, PROP_DURATION, _)

/**
 * evd_recurrence_get_end_date_time:
 *
 * Returns: (transfer none) (nullable): when the last occurrence may start
 */
GDateTime *
evd_recurrence_get_end_date_time (EvdRecurrence *self)
{
  g_return_val_if_fail (EVD_IS_RECURRENCE (self), NULL);
  return self->end_date_time;
}

void
evd_recurrence_set_end_date_time (EvdRecurrence *self,
                                  GDateTime     *end)
{
  g_return_if_fail (EVD_IS_RECURRENCE (self));
  evd_model_set_date_time (G_OBJECT (self), &self->end_date_time, end,
                           properties[PROP_END_DATE_TIME]);
}

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, message);
  return FALSE;
}

static gboolean
validate_interval (EvdRecurrence  *self,
                   GError        **error)
{
  if (self->repeat_interval < 1)
    return fail (error, _("Repeat every: choose at least 1."));

  switch (self->type)
    {
    case EVD_RECURRENCE_TYPE_DAILY:
      if (self->repeat_interval > EVD_RECURRENCE_MAX_DAILY_INTERVAL)
        return fail (error, _("Repeat every: a daily event can repeat at most every 90 days."));
      break;
    case EVD_RECURRENCE_TYPE_WEEKLY:
      if (self->repeat_interval > EVD_RECURRENCE_MAX_WEEKLY_INTERVAL)
        return fail (error, _("Repeat every: a weekly event can repeat at most every 12 weeks."));
      break;
    case EVD_RECURRENCE_TYPE_MONTHLY:
      if (self->repeat_interval > EVD_RECURRENCE_MAX_MONTHLY_INTERVAL)
        return fail (error, _("Repeat every: a monthly event can repeat at most every 3 months."));
      break;
    case EVD_RECURRENCE_TYPE_UNKNOWN:
    default:
      return fail (error, _("Repeats: choose daily, weekly or monthly."));
    }

  return TRUE;
}

static gboolean
validate_days (EvdRecurrence  *self,
               GError        **error)
{
  gboolean by_day, by_week;

  if (self->type == EVD_RECURRENCE_TYPE_WEEKLY)
    {
      if ((self->weekly_days & 0x7f) == 0)
        return fail (error, _("Days of the week: choose at least one day."));
      return TRUE;
    }

  if (self->type != EVD_RECURRENCE_TYPE_MONTHLY)
    return TRUE;

  by_day = self->monthly_day != 0;
  by_week = self->monthly_week != 0 || self->monthly_week_day != 0;

  if (by_day && by_week)
    return fail (error, _("Day of the month: choose either a day number or a weekday of the month, not both."));
  if (!by_day && !by_week)
    return fail (error, _("Day of the month: choose a day number or a weekday of the month."));
  if (by_day && self->monthly_day > 31)
    return fail (error, _("Day of the month: choose a day from 1 to 31."));
  if (by_week && self->monthly_week != -1 && (self->monthly_week < 1 || self->monthly_week > 4))
    return fail (error, _("Week of the month: choose the first, second, third, fourth or last week."));
  if (by_week && (self->monthly_week_day < 1 || self->monthly_week_day > 7))
    return fail (error, _("Day of the week: choose a day from Sunday to Saturday."));

  return TRUE;
}

/**
 * evd_recurrence_validate:
 *
 * Checks the bounds Zoom documents (repeat every at most 90 days, 12 weeks
 * or 3 months) and that the schedule says when it ends: after 1 to
 * %EVD_RECURRENCE_MAX_END_TIMES occurrences, or on a date.
 *
 * Returns: %TRUE when Zoom should accept it; otherwise %FALSE with a
 *   %G_IO_ERROR_INVALID_ARGUMENT error whose message starts with the name
 *   of the field, as a form labels it, and says how to fix it
 */
gboolean
evd_recurrence_validate (EvdRecurrence  *self,
                         GError        **error)
{
  g_return_val_if_fail (EVD_IS_RECURRENCE (self), FALSE);

  if (!validate_interval (self, error) || !validate_days (self, error))
    return FALSE;

  if (self->end_times > 0 && self->end_date_time != NULL)
    return fail (error, _("Ends: choose either a number of occurrences or an end date, not both."));
  if (self->end_times == 0 && self->end_date_time == NULL)
    return fail (error, _("Ends: choose how many times the event happens, or the date it ends."));
  if (self->end_times > EVD_RECURRENCE_MAX_END_TIMES)
    return fail (error, _("Ends after: a recurring event can happen at most 60 times."));

  return TRUE;
}

typedef struct
{
  GPtrArray  *result;
  GDateTime  *first_start;
  GDateTime  *end;
  GTimeZone  *zone;
  guint       limit;
  int         hour, minute, second;
  gboolean    done;
} Expansion;

/* Adds the occurrence on @date at the first start's local time; sets
 * done when the schedule has ended. */
static void
add_occurrence (Expansion   *ex,
                const GDate *date)
{
  g_autoptr(GDateTime) start = NULL;

  if (!g_date_valid (date) || g_date_get_year (date) > 9999)
    {
      ex->done = TRUE;
      return;
    }

  start = evd_time_from_wall_clock (ex->zone, g_date_get_year (date), g_date_get_month (date),
                                    g_date_get_day (date), ex->hour, ex->minute, ex->second, NULL);
  if (start == NULL || g_date_time_compare (start, ex->first_start) < 0)
    return;
  if (ex->end != NULL && g_date_time_compare (start, ex->end) > 0)
    {
      ex->done = TRUE;
      return;
    }

  g_ptr_array_add (ex->result, g_steal_pointer (&start));
  if (ex->result->len >= ex->limit)
    ex->done = TRUE;
}

/* Zoom numbers weekdays 1 = Sunday … 7 = Saturday */
static int
zoom_weekday (const GDate *date)
{
  return (g_date_get_weekday (date) % 7) + 1;
}

static void
expand_daily (EvdRecurrence *self,
              Expansion     *ex,
              GDate         *date,
              guint          interval)
{
  for (guint step = 0; !ex->done && step < MAX_EXPANSION_STEPS; step++)
    {
      add_occurrence (ex, date);
      g_date_add_days (date, interval);
    }
}

static void
expand_weekly (EvdRecurrence *self,
               Expansion     *ex,
               GDate         *date,
               guint          interval)
{
  EvdWeekdays days = self->weekly_days & 0x7f;

  if (days == EVD_WEEKDAYS_NONE)
    days = evd_weekdays_from_zoom_day (zoom_weekday (date));

  /* Weeks start on Sunday, as Zoom counts days */
  g_date_subtract_days (date, zoom_weekday (date) - 1);

  for (guint step = 0; !ex->done && step < MAX_EXPANSION_STEPS; step++)
    {
      for (int day = 1; day <= 7 && !ex->done; day++)
        {
          GDate candidate = *date;

          if ((days & evd_weekdays_from_zoom_day (day)) == 0)
            continue;
          g_date_add_days (&candidate, day - 1);
          add_occurrence (ex, &candidate);
        }
      g_date_add_days (date, 7 * interval);
    }
}

/* The nth (1–4) or last (−1) given weekday of a month, or 0 */
static guint
nth_weekday_of_month (GDateYear  year,
                      GDateMonth month,
                      int        week,
                      int        weekday)
{
  guint8 days = g_date_get_days_in_month (month, year);
  GDate first;
  int first_weekday, day;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  first_weekday = zoom_weekday (&first);
  day = 1 + ((weekday - first_weekday + 7) % 7);

  if (week == -1)
    {
      while (day + 7 <= days)
        day += 7;
      return day;
    }

  day += 7 * (week - 1);
  return day <= days ? (guint) day : 0;
}

/* Months without the chosen day (the 31st in April) are skipped, as
 * RFC 5545 does, rather than moved to another day. */
static void
expand_monthly (EvdRecurrence *self,
                Expansion     *ex,
                GDate         *date,
                guint          interval)
{
  guint by_day = self->monthly_day;
  gboolean by_week = self->monthly_week != 0 && self->monthly_week_day >= 1 &&
                     self->monthly_week_day <= 7 &&
                     (self->monthly_week == -1 || (self->monthly_week >= 1 && self->monthly_week <= 4));
  int year = g_date_get_year (date);
  int month = g_date_get_month (date);

  if (by_day == 0 && !by_week)
    by_day = g_date_get_day (date);

  for (guint step = 0; !ex->done && step < MAX_EXPANSION_STEPS; step++)
    {
      guint day;

      if (year > 9999)
        break;

      if (by_week)
        day = nth_weekday_of_month (year, month, self->monthly_week, self->monthly_week_day);
      else
        day = by_day <= g_date_get_days_in_month (month, year) ? by_day : 0;

      if (day > 0)
        {
          GDate candidate;

          g_date_clear (&candidate, 1);
          g_date_set_dmy (&candidate, day, month, year);
          add_occurrence (ex, &candidate);
        }

      month += interval;
      year += (month - 1) / 12;
      month = ((month - 1) % 12) + 1;
    }
}

/**
 * evd_recurrence_expand:
 * @first_start: when the first occurrence starts (any zone)
 * @event_zone: the event's zone
 * @max_occurrences: at most this many (0 means %EVD_RECURRENCE_MAX_END_TIMES)
 *
 * Lists when the occurrences start. Each one starts at the first start's
 * wall-clock time in @event_zone, so "10:00 New York" stays 10:00 there
 * when daylight-saving time begins or ends (the UTC hour moves instead).
 * Occurrences before @first_start are left out; the list stops after
 * `end_times` occurrences, or at the last one starting no later than
 * `end_date_time`, or at @max_occurrences. A missing or zero interval
 * counts as 1; a weekly schedule with no days repeats on the first start's
 * weekday, a monthly one with no day on the first start's day of the month.
 *
 * Returns: (transfer container) (element-type GDateTime): start times in
 *   @event_zone
 */
GPtrArray *
evd_recurrence_expand (EvdRecurrence *self,
                       GDateTime     *first_start,
                       GTimeZone     *event_zone,
                       guint          max_occurrences)
{
  g_autoptr(GDateTime) local_start = NULL;
  Expansion ex = { 0 };
  guint interval;
  GDate date;

  g_return_val_if_fail (EVD_IS_RECURRENCE (self), NULL);
  g_return_val_if_fail (first_start != NULL, NULL);
  g_return_val_if_fail (event_zone != NULL, NULL);

  ex.result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  ex.first_start = first_start;
  ex.zone = event_zone;
  ex.limit = max_occurrences > 0 ? max_occurrences : EVD_RECURRENCE_MAX_END_TIMES;
  if (self->end_times > 0)
    ex.limit = MIN (ex.limit, self->end_times);
  else
    ex.end = self->end_date_time;

  local_start = g_date_time_to_timezone (first_start, event_zone);
  ex.hour = g_date_time_get_hour (local_start);
  ex.minute = g_date_time_get_minute (local_start);
  ex.second = g_date_time_get_second (local_start);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local_start),
                  g_date_time_get_month (local_start), g_date_time_get_year (local_start));

  interval = MAX (self->repeat_interval, 1);

  switch (self->type)
    {
    case EVD_RECURRENCE_TYPE_DAILY:
      expand_daily (self, &ex, &date, interval);
      break;
    case EVD_RECURRENCE_TYPE_WEEKLY:
      expand_weekly (self, &ex, &date, interval);
      break;
    case EVD_RECURRENCE_TYPE_MONTHLY:
      expand_monthly (self, &ex, &date, interval);
      break;
    case EVD_RECURRENCE_TYPE_UNKNOWN:
    default:
      add_occurrence (&ex, &date);
      break;
    }

  return ex.result;
}
