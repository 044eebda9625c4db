/* evd-sandbox-rules.c: Zoom's rules for an event's schedule and fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include "evd-sandbox-routes.h"

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
  if (n > MAX_CALENDAR_ENTRIES)
    {
      evd_sandbox_reply_error (reply, 400, 26202, "The event schedule cannot be longer than 6 days.");
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

gboolean
evd_sandbox_rules_check_recurrence (EvdSandboxReply *reply,
                                    JsonObject      *body,
                                    gboolean         required)
{
  static const char * const kinds[] = { NULL, "daily", "weekly", "monthly" };
  static const gint64 max_interval[] = { 0, 90, 12, 3 };
  JsonNode *node = json_object_get_member (body, "recurrence");
  JsonObject *recurrence;
  JsonNode *type_node, *interval_node;
  gint64 type, interval = 1;

  if (node == NULL && !required)
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

  return TRUE;
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

static gboolean
have_time_zone_database (void)
{
  static gsize checked = 0;
  static gboolean have = FALSE;

  if (g_once_init_enter (&checked))
    {
      GTimeZone *tz = g_time_zone_new_identifier ("America/New_York");

      have = tz != NULL;
      g_clear_pointer (&tz, g_time_zone_unref);
      g_once_init_leave (&checked, 1);
    }

  return have;
}

gboolean
evd_sandbox_rules_check_timezone (EvdSandboxReply *reply,
                                  const char      *field,
                                  const char      *timezone,
                                  gint64           code)
{
  GTimeZone *tz;

  if (timezone == NULL || *timezone == '\0')
    goto invalid;
  /* Without a time zone database nothing can be checked; accept it then. */
  if (!have_time_zone_database ())
    return TRUE;
  tz = g_time_zone_new_identifier (timezone);
  if (tz != NULL)
    {
      g_time_zone_unref (tz);
      return TRUE;
    }

invalid:
  if (code == 300)
    evd_sandbox_reply_field_error (reply, field, "Invalid time zone.");
  else
    evd_sandbox_reply_error (reply, 400, code, "Invalid time zone.");
  return FALSE;
}
