/* evd-event-refusal.c: what Zoom's refusal to create or change an event means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-refusal"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-api-error.h"
#include "evd-event-checks.h"
#include "evd-event-refusal.h"

/**
 * evd_event_refusal_describe:
 *
 * What Zoom's refusal to create or change an event means, and what to do.
 *
 * Returns: (transfer full): a message for organizers
 */
char *
evd_event_refusal_describe (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != EVD_API_ERROR)
    return g_strdup (error->message);

  switch (error->code)
    {
    case EVD_API_ERROR_HUB_PERMISSION:
      return g_strdup (_("Zoom does not let this account create events in this hub. Choose another hub, or ask "
                         "the hub’s owner to add you as a host of the hub (Zoom Events › Hubs › Hosts). If "
                         "you connected your own Server-to-Server app, also check that it has the scope "
                         "zoom_events:write:event:admin in the Zoom App Marketplace, then connect again."));
    case EVD_API_ERROR_SCHEDULE_TOO_LONG:
      return g_strdup (_("Zoom refused the schedule: an event lasts at most 6 days, from its first start to its last end. Remove a day."));
    case EVD_API_ERROR_END_BEFORE_START:
      return g_strdup (_("Zoom refused the schedule: a day ends before it starts. Choose a later end time."));
    case EVD_API_ERROR_CALENDAR_INCOMPLETE:
      return g_strdup (_("Zoom refused the schedule: each day needs a start and an end. Check the dates and times."));
    case EVD_API_ERROR_EVENT_PAST_OR_CANCELLED:
      return g_strdup (_("This event is over or cancelled, and Zoom no longer lets anyone change it. "
                         "To run it again, duplicate it."));
    case EVD_API_ERROR_EVENT_NOT_EDITABLE:
      return g_strdup (_("Zoom does not let this account change this event. Ask its host to make the change."));
    case EVD_API_ERROR_NOT_FOR_EVENT_TYPE:
      return g_strdup (_("This change is not possible for this type of event. The type itself never changes: "
                         "to use another type, create a new event."));
    case EVD_API_ERROR_HUB_NOT_FOR_CONFERENCE:
      return g_strdup (_("This hub does not allow multi-session events. Choose another hub."));
    default:
      return g_strdup (error->message);
    }
}

/**
 * evd_event_refusal_get_field:
 *
 * Returns: (nullable): the field a refusal from Zoom is about, so a form
 *   can mark it
 */
const char *
evd_event_refusal_get_field (const GError *error)
{
  const char *field;

  if (error == NULL || error->domain != EVD_API_ERROR)
    return NULL;

  switch (error->code)
    {
    case EVD_API_ERROR_SCHEDULE_TOO_LONG:
    case EVD_API_ERROR_CALENDAR_INCOMPLETE:
      return EVD_FIELD_DAYS;
    case EVD_API_ERROR_END_BEFORE_START:
      return "day-0-end";
    case EVD_API_ERROR_HUB_PERMISSION:
    case EVD_API_ERROR_HUB_NOT_FOUND:
    case EVD_API_ERROR_HUB_NOT_FOR_CONFERENCE:
      return EVD_FIELD_HUB;
    default:
      break;
    }

  field = evd_api_error_get_field (error);
  if (field == NULL)
    return NULL;
  if (g_str_has_prefix (field, "recurrence"))
    return EVD_FIELD_REPEAT;
  if (g_str_has_prefix (field, "calendar"))
    return EVD_FIELD_DAYS;
  if (g_str_equal (field, "hub_id"))
    return EVD_FIELD_HUB;
  if (g_str_equal (field, "access_level"))
    return EVD_FIELD_ACCESS;
  if (g_str_equal (field, "attendance_type"))
    return EVD_FIELD_ATTENDANCE;
  if (g_str_equal (field, "physical_location"))
    return EVD_FIELD_LOCATION;
  if (g_str_equal (field, "meeting_type"))
    return EVD_FIELD_MEETING_TYPE;
  if (g_str_equal (field, "name") || g_str_equal (field, "description") || g_str_equal (field, "timezone"))
    return field;

  return NULL;
}
