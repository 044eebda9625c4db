/* evd-sandbox-rules.c: Zoom's rules for an event's schedule and fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sandbox follows Zoom's OpenAPI spec where it speaks and
 * reference/zoom-events-api.md where it is silent. Where both are silent
 * the sandbox had to choose; every such choice is listed here, and in
 * README.md's sandbox section, so nobody mistakes one for Zoom's word:
 *
 *   Situation                              The sandbox's own choice
 *   -------------------------------------  ---------------------------------------
 *   publishing an event twice              400 260209 "The event is already published."
 *   publishing a cancelled event           400 260210
 *   cancelling a cancelled or past event   400 260210
 *   cancelling a draft                     allowed; the draft becomes CANCELLED
 *   deleting a published/cancelled event   400 260209 (the spec only says "Delete a
 *                                          draft event")
 *   changing event_type in a PATCH         400 1006 (not supported for the event type)
 *   changing meeting_type once published   400 260209 when people have registered
 *     and registered                         (the tutorial's rule); 403 260209 when
 *                                          done through the session's type
 *   a single-session or recurring event's  follows its session's type, which is
 *     meeting_type                           how Zoom says to change it
 *   over-long names and descriptions       accepted: Zoom documents no limit
 *   tickets for a cancelled event          400 26501 "Event is not published yet."
 *                                          (the spec lists no code for it)
 *   the same email registered twice        a second ticket (Zoom documents no
 *                                          de-duplication)
 *   an expired or foreign next_page_token  400 300 "The next page token is invalid
 *                                          or expired." (Zoom's code is not documented)
 *   page_size above 300                    read as 300
 *   ticket types on past/cancelled events  400 260210, as for event changes
 *   the body of a bad account_id (OAuth)   400 invalid_request "Invalid account_id"
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include "evd-sandbox-routes.h"
#include "evd-zoom-zones.h"

#define MAX_CALENDAR_ENTRIES 6
#define MAX_SPAN_US ((gint64) 6 * G_TIME_SPAN_DAY)

/* Zoom's own wording, typo included. */
#define CALENDAR_INCOMPLETE "Calender must contains start_time and end_time"

gboolean
evd_sandbox_rules_check_calendar (EvdSandboxReply *reply,
                                  JsonObject      *body,
                                  gboolean         required)
{
  JsonNode *node = json_object_get_member (body, "calendar");
  JsonArray *calendar;
  gint64 first = G_MAXINT64, last = G_MININT64;
  guint n;

  if (node == NULL && !required)
    return TRUE;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (json_node_get_array (node)) == 0)
    {
      evd_sandbox_reply_error (reply, 400, 26204, CALENDAR_INCOMPLETE);
      return FALSE;
    }

  calendar = json_node_get_array (node);
  n = json_array_get_length (calendar);
  /* maxItems in Zoom's schema: a validation error, not 26202 (span). */
  if (n > MAX_CALENDAR_ENTRIES)
    {
      evd_sandbox_reply_field_error (reply, "calendar", "calendar can have at most 6 entries.");
      return FALSE;
    }

  /* Every entry must be complete before order and span mean anything. */
  for (guint i = 0; i < n; i++)
    {
      JsonNode *entry_node = json_array_get_element (calendar, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (entry_node) ? json_node_get_object (entry_node) : NULL;
      gint64 start, end;

      if (entry == NULL ||
          !evd_sandbox_parse_utc (evd_sandbox_get_string (entry, "start_time"), &start) ||
          !evd_sandbox_parse_utc (evd_sandbox_get_string (entry, "end_time"), &end))
        {
          evd_sandbox_reply_error (reply, 400, 26204, CALENDAR_INCOMPLETE);
          return FALSE;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = json_array_get_object_element (calendar, i);
      gint64 start = 0, end = 0;

      evd_sandbox_parse_utc (evd_sandbox_get_string (entry, "start_time"), &start);
      evd_sandbox_parse_utc (evd_sandbox_get_string (entry, "end_time"), &end);
      if (end <= start)
        {
          evd_sandbox_reply_error (reply, 400, 26203, "The end time must be after the start time.");
          return FALSE;
        }
      first = MIN (first, start);
      last = MAX (last, end);
    }

  if (last - first > MAX_SPAN_US)
    {
      evd_sandbox_reply_error (reply, 400, 26202, "The event schedule cannot be longer than 6 days.");
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_int_in (JsonNode *node,
           gint64    min,
           gint64    max)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
         json_node_get_int (node) >= min && json_node_get_int (node) <= max;
}

static gboolean
is_int_array_in (JsonNode *node,
                 gint64    min,
                 gint64    max)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!is_int_in (json_array_get_element (array, i), min, max))
      return FALSE;
  return TRUE;
}

/* "1,3,5": the form GET shows and PATCH takes. */
static gboolean
is_day_list (JsonNode *node)
{
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  text = json_node_get_string (node);
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!(*p >= '1' && *p <= '7') && !(*p == ',' && p != text && p[1] != '\0' && p[1] != ','))
      return FALSE;
  return TRUE;
}

/* Zoom's schema: POST takes weekly_days and monthly_days as arrays, PATCH
 * as a comma-separated string and a number. The field is monthly_days;
 * the tutorial's monthly_day (from the Meetings API) is not one. */
static gboolean
check_recurrence_days (EvdSandboxReply *reply,
                       JsonObject      *recurrence,
                       gboolean         creating)
{
  JsonNode *weekly = json_object_get_member (recurrence, "weekly_days");
  JsonNode *monthly = json_object_get_member (recurrence, "monthly_days");

  if (json_object_has_member (recurrence, "monthly_day"))
    {
      evd_sandbox_reply_field_error (reply, "recurrence.monthly_day",
                                     "Unknown field monthly_day: the field is monthly_days.");
      return FALSE;
    }
  if (weekly != NULL && !(creating ? is_int_array_in (weekly, 1, 7) : is_day_list (weekly)))
    {
      evd_sandbox_reply_field_error (reply, "recurrence.weekly_days",
                                     creating ? "weekly_days must be an array of days from 1 (Sunday) to 7 (Saturday)."
                                              : "weekly_days must be days from 1 (Sunday) to 7 (Saturday) separated by commas, such as \"2,4\".");
      return FALSE;
    }
  if (monthly != NULL && !(creating ? is_int_array_in (monthly, 1, 31) : is_int_in (monthly, 1, 31)))
    {
      evd_sandbox_reply_field_error (reply, "recurrence.monthly_days",
                                     creating ? "monthly_days must be an array of days of the month from 1 to 31."
                                              : "monthly_days must be a day of the month from 1 to 31.");
      return FALSE;
    }

  return TRUE;
}

gboolean
evd_sandbox_rules_check_recurrence (EvdSandboxReply *reply,
                                    JsonObject      *body,
                                    gboolean         creating)
{
  static const char * const kinds[] = { NULL, "daily", "weekly", "monthly" };
  static const gint64 max_interval[] = { 0, 90, 12, 3 };
  JsonNode *node = json_object_get_member (body, "recurrence");
  JsonObject *recurrence;
  JsonNode *type_node, *interval_node;
  gint64 type, interval = 1;

  if (node == NULL && !creating)
    return TRUE;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      evd_sandbox_reply_field_error (reply, "recurrence", "A recurring event needs a recurrence object.");
      return FALSE;
    }

  recurrence = json_node_get_object (node);
  type_node = json_object_get_member (recurrence, "type");
  if (type_node == NULL || !JSON_NODE_HOLDS_VALUE (type_node) ||
      json_node_get_value_type (type_node) != G_TYPE_INT64 ||
      (type = json_node_get_int (type_node)) < 1 || type > 3)
    {
      evd_sandbox_reply_field_error (reply, "recurrence.type",
                                     "type must be 1 (daily), 2 (weekly) or 3 (monthly).");
      return FALSE;
    }

  interval_node = json_object_get_member (recurrence, "repeat_interval");
  if (interval_node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (interval_node) || json_node_get_value_type (interval_node) != G_TYPE_INT64)
        interval = 0;
      else
        interval = json_node_get_int (interval_node);
    }

  if (interval < 1 || interval > max_interval[type])
    {
      g_autofree char *message = g_strdup_printf ("For a %s recurrence, repeat_interval must be from 1 to %" G_GINT64_FORMAT ".",
                                                  kinds[type], max_interval[type]);

      evd_sandbox_reply_field_error (reply, "recurrence.repeat_interval", message);
      return FALSE;
    }

  return check_recurrence_days (reply, recurrence, creating);
}

gboolean
evd_sandbox_rules_check_event_enums (EvdSandboxReply *reply,
                                     JsonObject      *body)
{
  static const char * const event_types[] = { "SIMPLE_EVENT", "CONFERENCE", "RECURRING", NULL };
  /* Responses may show PUBLIC, but create and update take only these. */
  static const char * const access_levels[] = { "PRIVATE_UNRESTRICTED", "PRIVATE_RESTRICTED", NULL };
  static const char * const attendance_types[] = { "virtual", "in-person", "hybrid", NULL };
  static const char * const meeting_types[] = { "MEETING", "WEBINAR", NULL };

  return evd_sandbox_check_enum (reply, body, "event_type", event_types) &&
         evd_sandbox_check_enum (reply, body, "access_level", access_levels) &&
         evd_sandbox_check_enum (reply, body, "attendance_type", attendance_types) &&
         evd_sandbox_check_enum (reply, body, "meeting_type", meeting_types);
}

/* Zoom links every timezone field to one fixed list of IDs. */
gboolean
evd_sandbox_rules_check_timezone (EvdSandboxReply *reply,
                                  const char      *field,
                                  const char      *timezone,
                                  gint64           code)
{
  if (timezone != NULL && evd_zoom_zones_contains (timezone))
    return TRUE;

  if (code == 300)
    evd_sandbox_reply_field_error (reply, field, "Invalid time zone: use an ID from Zoom's time zone list.");
  else
    evd_sandbox_reply_error (reply, 400, code, "Invalid time zone.");
  return FALSE;
}

/* The categories Zoom's create schema enumerates. */
gboolean
evd_sandbox_rules_check_categories (EvdSandboxReply *reply,
                                    JsonObject      *body)
{
  static const char * const allowed[] = {
    "Education & Family", "Business & Networking", "Entertainment & Visual Arts",
    "Food & Drink", "Fitness & Health", "Home & Lifestyle", "Community & Spirituality",
    "Other", NULL
  };
  JsonNode *node = json_object_get_member (body, "categories");
  JsonArray *categories;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      evd_sandbox_reply_field_error (reply, "categories", "categories must be an array.");
      return FALSE;
    }

  categories = json_node_get_array (node);
  if (json_array_get_length (categories) > 20)
    {
      evd_sandbox_reply_field_error (reply, "categories", "categories can have at most 20 entries.");
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (categories); i++)
    {
      JsonNode *item = json_array_get_element (categories, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING ||
          !g_strv_contains (allowed, json_node_get_string (item)))
        {
          g_autofree char *list = g_strjoinv (", ", (char **) allowed);
          g_autofree char *message = g_strdup_printf ("Invalid value. Allowed values: %s.", list);

          evd_sandbox_reply_field_error (reply, "categories", message);
          return FALSE;
        }
    }

  return TRUE;
}

/* Zoom: 400 260210 when a past or cancelled event is changed; the session
 * routes document it as 403. */
gboolean
evd_sandbox_rules_check_editable (EvdSandboxEvent *event,
                                  EvdSandboxReply *reply,
                                  guint            http_status)
{
  EvdSandboxStatus status = evd_sandbox_event_get_status (event);

  if (status == EVD_SANDBOX_STATUS_PAST || status == EVD_SANDBOX_STATUS_CANCELLED)
    {
      evd_sandbox_reply_error (reply, http_status, 260210, "Past or cancelled events cannot be edited.");
      return FALSE;
    }

  return TRUE;
}
