/* evd-rate-class.c: Zoom's rate-limit label of each operation, and the
 * budgets each plan gives them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <string.h>

#include "evd-rate-class.h"

/* One table, from Zoom's reference ("Rate limits" and the label of every
 * operation in the scopes list). Paths are matched segment by segment
 * after the API's base ("/zoom_events/…"); "*" matches one id. Zoom labels
 * every Events operation LIGHT except the reports below, so anything not
 * listed is LIGHT; the LIGHT rows that matter to Event Desk are listed
 * anyway, so the table reads as the reference does. The first match wins:
 * the session attendance report (LIGHT) comes before the HEAVY reports. */
typedef struct
{
  const char   *method;   /* NULL: any */
  const char   *path;
  EvdRateClass  rate_class;
} Operation;

static const Operation operations[] = {
  /* Reports */
  { "GET", "/zoom_events/events/*/reports/sessions/*/attendance", EVD_RATE_CLASS_LIGHT },
  { "GET", "/zoom_events/events/*/reports/ticket_registration", EVD_RATE_CLASS_HEAVY },
  { "GET", "/zoom_events/events/*/reports/event_attendance", EVD_RATE_CLASS_HEAVY },
  { "GET", "/zoom_events/events/*/reports/survey", EVD_RATE_CLASS_HEAVY },
  { "GET", "/zoom_events/events/*/reports/chat_transcripts", EVD_RATE_CLASS_HEAVY },
  { "GET", "/zoom_events/events/*/reports/custom_reports/*", EVD_RATE_CLASS_HEAVY },
  { "GET", "/zoom_events/hubs/*/vod_channels/*/reports/registrations", EVD_RATE_CLASS_HEAVY },
  /* Hubs, events, sessions, ticket types, tickets, registrants */
  { "GET", "/zoom_events/hubs", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events/*", EVD_RATE_CLASS_LIGHT },
  { "POST", "/zoom_events/events/*/event_actions", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events/*/sessions", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events/*/sessions/*", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events/*/ticket_types", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events/*/ticket_types/*", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events/*/questions", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events/*/tickets", EVD_RATE_CLASS_LIGHT },
  { NULL, "/zoom_events/events/*/tickets/*", EVD_RATE_CLASS_LIGHT },
  { "GET", "/zoom_events/events/*/registrants", EVD_RATE_CLASS_LIGHT },
  { "GET", "/zoom_events/events/*/sessions/*/attendees", EVD_RATE_CLASS_LIGHT },
};

/* Requests per second, by plan and class */
static const double plan_rates[][EVD_N_RATE_CLASSES] = {
  [EVD_PLAN_PRO] = { 30.0, 20.0, 10.0 },
  [EVD_PLAN_BUSINESS] = { 80.0, 60.0, 40.0 },
};

/* HEAVY (and resource-intensive) requests a day, shared by the account */
static const guint plan_daily_heavy[] = {
  [EVD_PLAN_PRO] = 30000,
  [EVD_PLAN_BUSINESS] = 60000,
};

static gboolean
path_matches (const char *pattern,
              const char *path)
{
  while (*pattern != '\0' && *path != '\0')
    {
      const char *pattern_end = strchr (pattern, '/');
      const char *path_end = strchr (path, '/');
      gsize pattern_len, path_len;

      if (pattern_end == NULL)
        pattern_end = pattern + strlen (pattern);
      if (path_end == NULL)
        path_end = path + strlen (path);
      pattern_len = pattern_end - pattern;
      path_len = path_end - path;

      if (!(pattern_len == 1 && *pattern == '*' && path_len > 0) &&
          (pattern_len != path_len || strncmp (pattern, path, path_len) != 0))
        return FALSE;

      pattern = *pattern_end == '/' ? pattern_end + 1 : pattern_end;
      path = *path_end == '/' ? path_end + 1 : path_end;
    }
  return *pattern == '\0' && *path == '\0';
}

/**
 * evd_rate_class_for_request:
 * @method: "GET", "POST", …
 * @path: the path under the API URL, e.g. "/zoom_events/events/abc/tickets",
 *   with or without a query or the "/v2" of the URL
 *
 * Returns: the label Zoom counts the operation under; LIGHT for anything
 *   Zoom's reference does not label otherwise
 */
EvdRateClass
evd_rate_class_for_request (const char *method,
                            const char *path)
{
  g_autofree char *clean = NULL;
  const char *start;
  char *query;

  g_return_val_if_fail (path != NULL, EVD_RATE_CLASS_LIGHT);

  start = strstr (path, "/zoom_events/");
  clean = g_strdup (start != NULL ? start : path);
  if ((query = strpbrk (clean, "?#")) != NULL)
    *query = '\0';
  if (g_str_has_suffix (clean, "/") && strlen (clean) > 1)
    clean[strlen (clean) - 1] = '\0';

  for (gsize i = 0; i < G_N_ELEMENTS (operations); i++)
    if ((operations[i].method == NULL || method == NULL ||
         g_ascii_strcasecmp (operations[i].method, method) == 0) &&
        path_matches (operations[i].path + 1, clean + (*clean == '/' ? 1 : 0)))
      return operations[i].rate_class;
  return EVD_RATE_CLASS_LIGHT;
}

const char *
evd_rate_class_to_string (EvdRateClass rate_class)
{
  switch (rate_class)
    {
    case EVD_RATE_CLASS_MEDIUM:
      return "MEDIUM";
    case EVD_RATE_CLASS_HEAVY:
      return "HEAVY";
    case EVD_RATE_CLASS_LIGHT:
    default:
      return "LIGHT";
    }
}

double
evd_plan_get_rate (EvdPlan      plan,
                   EvdRateClass rate_class)
{
  g_return_val_if_fail (plan <= EVD_PLAN_BUSINESS, 0.0);
  g_return_val_if_fail (rate_class < EVD_N_RATE_CLASSES, 0.0);

  return plan_rates[plan][rate_class];
}

guint
evd_plan_get_daily_heavy (EvdPlan plan)
{
  g_return_val_if_fail (plan <= EVD_PLAN_BUSINESS, 0);

  return plan_daily_heavy[plan];
}

/**
 * evd_plan_from_string:
 * @text: "pro" or "business", in any case
 *
 * Returns: whether @text names a plan
 */
gboolean
evd_plan_from_string (const char *text,
                      EvdPlan    *out_plan)
{
  if (text == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (text, "pro") == 0)
    *out_plan = EVD_PLAN_PRO;
  else if (g_ascii_strcasecmp (text, "business") == 0)
    *out_plan = EVD_PLAN_BUSINESS;
  else
    return FALSE;
  return TRUE;
}

const char *
evd_plan_to_string (EvdPlan plan)
{
  return plan == EVD_PLAN_BUSINESS ? "business" : "pro";
}
