/* evd-ticket-labels.c: Zoom's values on a registration, in plain words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ticket-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-ticket-labels.h"

const char *
evd_ticket_role_to_label (const char *role)
{
  static const struct { const char *role; const char *label; } labels[] = {
    { "normal", N_("Registered") },
    { "pre_registration", N_("Pre-registered") },
    { "attendee_without_order", N_("Registered without an order") },
    { "alternative_host", N_("Alternative host") },
    { "panelist", N_("Panelist") },
    { "speaker", N_("Speaker") },
    { "sponsor", N_("Sponsor") },
    { "interpreter", N_("Interpreter") },
    { "host", N_("Host") },
    { "moderator", N_("Moderator") },
    { "moderator_allhost", N_("Moderator of every session") },
    { "expo_booth_owner", N_("Expo booth owner") },
    { "bind_meeting", N_("Joined through a linked meeting") },
    { "subscription", N_("Subscriber") },
    { "company_zoom_room", N_("Company Zoom Room") },
    { "hub_host", N_("Hub host") },
    { "hub_owner", N_("Hub owner") },
  };

  if (role == NULL || *role == '\0')
    return _("Not given");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (role, labels[i].role))
      return _(labels[i].label);
  return role;
}

const char *
evd_authentication_method_to_label (const char *method)
{
  static const struct { const char *method; const char *label; } labels[] = {
    { "zoom_account", N_("Zoom account") },
    { "zoom_account_otp", N_("Zoom account or a one-time code") },
    { "zoom_account_otp_at_join", N_("Zoom account, or a one-time code when joining") },
    { "corporate_idp", N_("Company sign-in (SSO)") },
    { "no_auth", N_("No sign-in needed") },
    { "email_opt", N_("Email one-time code") },
  };

  if (method == NULL || *method == '\0')
    return _("Not given");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (method, labels[i].method))
      return _(labels[i].label);
  return method;
}

/* Zoom stores what the registering program sent (up to 16 characters);
 * its own pages send "web". Known values are said in words, anything else
 * (such as "Event Desk") is already a name. */
const char *
evd_registration_source_to_label (const char *source)
{
  static const struct { const char *source; const char *label; } labels[] = {
    { "web", N_("The event’s registration page") },
    { "website", N_("The event’s registration page") },
    { "api", N_("Another app, through Zoom’s API") },
    { "csv", N_("A file imported in Zoom") },
  };

  if (source == NULL || *source == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_ascii_strcasecmp (source, labels[i].source) == 0)
      return _(labels[i].label);
  return source;
}
