/* evd-scopes.c: the Zoom scopes Event Desk needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-scopes"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "evd-scopes.h"

/* The granular ":admin" scopes of every Events API call Event Desk makes:
 * a Server-to-Server app acts for the whole account, so it needs the admin
 * twin of each. Grouped and ordered as Zoom's "Add Scopes" screen lists them
 * under Zoom Events (by the API's tags), so a person can tick them off one
 * group at a time. Shown in the connect guide, put in the request for an
 * admin, and named when Zoom answers that one is missing. */
static const EvdScopeInfo scopes_info[] = {
  { "zoom_events:read:list_hubs:admin", NC_("Zoom scope group", "Hubs"), N_("See your hubs") },
  { "zoom_events:read:list_events:admin", NC_("Zoom scope group", "Events"), N_("See the list of events") },
  { "zoom_events:read:event:admin", NC_("Zoom scope group", "Events"), N_("See an event’s details") },
  { "zoom_events:write:event:admin", NC_("Zoom scope group", "Events"), N_("Create events, and publish, copy or cancel them") },
  { "zoom_events:update:event:admin", NC_("Zoom scope group", "Events"), N_("Change events") },
  { "zoom_events:delete:event:admin", NC_("Zoom scope group", "Events"), N_("Delete draft events") },
  { "zoom_events:read:list_sessions:admin", NC_("Zoom scope group", "Sessions"), N_("See the sessions of an event") },
  { "zoom_events:read:session:admin", NC_("Zoom scope group", "Sessions"), N_("See a session’s details") },
  { "zoom_events:write:session:admin", NC_("Zoom scope group", "Sessions"), N_("Add sessions") },
  { "zoom_events:update:session:admin", NC_("Zoom scope group", "Sessions"), N_("Change sessions") },
  { "zoom_events:delete:session:admin", NC_("Zoom scope group", "Sessions"), N_("Delete sessions") },
  { "zoom_events:read:list_ticket_types:admin", NC_("Zoom scope group", "Ticket Types"), N_("See an event’s ticket types") },
  { "zoom_events:write:ticket_type:admin", NC_("Zoom scope group", "Ticket Types"), N_("Add ticket types") },
  { "zoom_events:read:list_tickets:admin", NC_("Zoom scope group", "Tickets"), N_("See the registrations of an event") },
  { "zoom_events:read:ticket:admin", NC_("Zoom scope group", "Tickets"), N_("See one registration") },
  { "zoom_events:write:ticket:admin", NC_("Zoom scope group", "Tickets"), N_("Register people and change their details") },
  { "zoom_events:delete:ticket:admin", NC_("Zoom scope group", "Tickets"), N_("Remove registrations") },
  { "zoom_events:read:list_registrants:admin", NC_("Zoom scope group", "Registrants"), N_("See how people registered") },
};

static gsize required_once;
static const char *required_scopes[G_N_ELEMENTS (scopes_info) + 1];

const char * const *
evd_scopes_get_required (void)
{
  if (g_once_init_enter (&required_once))
    {
      for (guint i = 0; i < G_N_ELEMENTS (scopes_info); i++)
        required_scopes[i] = scopes_info[i].id;
      g_once_init_leave (&required_once, 1);
    }
  return required_scopes;
}

/**
 * evd_scope_info_get_group:
 *
 * Returns: the group's name, translated (its own context: "Sessions" here
 *   is a heading of Zoom's list, not the sidebar's)
 */
const char *
evd_scope_info_get_group (const EvdScopeInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "Zoom scope group", info->group);
}

const EvdScopeInfo *
evd_scopes_get_info (guint *n_scopes)
{
  if (n_scopes != NULL)
    *n_scopes = G_N_ELEMENTS (scopes_info);
  return scopes_info;
}

/**
 * evd_scopes_lookup:
 * @id: a scope ID, with or without ":admin"
 *
 * Returns: (nullable): what the guide says of @id (its ":admin" twin when
 *   @id lacks the suffix: that is the one a Server-to-Server app adds)
 */
const EvdScopeInfo *
evd_scopes_lookup (const char *id)
{
  g_autofree char *admin = NULL;

  if (id == NULL)
    return NULL;

  admin = g_str_has_suffix (id, ":admin") ? g_strdup (id) : g_strconcat (id, ":admin", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (scopes_info); i++)
    if (g_str_equal (scopes_info[i].id, admin))
      return &scopes_info[i];
  return NULL;
}

char *
evd_scopes_to_text (const char * const *scopes,
                    const char         *separator)
{
  g_return_val_if_fail (separator != NULL, NULL);

  return scopes != NULL ? g_strjoinv (separator, (char **) scopes) : g_strdup ("");
}

/**
 * evd_scopes_describe:
 * @scopes: scope IDs as Zoom named them
 *
 * Returns: the scopes in words, each with the ID to search for in Zoom, in
 *   one line: “See the list of events” (zoom_events:read:list_events:admin).
 *   Zoom names a scope and its ":admin" twin together; they are one here.
 */
char *
evd_scopes_describe (const char * const *scopes)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; scopes != NULL && scopes[i] != NULL; i++)
    {
      const EvdScopeInfo *info = evd_scopes_lookup (scopes[i]);
      const char *id = info != NULL ? info->id : scopes[i];
      gboolean twin = FALSE;

      /* A macro scope Zoom names with and without ":admin" is one too. */
      for (guint j = 0; j < seen->len && !twin; j++)
        {
          const char *other = g_ptr_array_index (seen, j);
          gsize len = strlen (other);

          twin = g_str_equal (other, id) ||
                 (g_str_has_prefix (id, other) && g_str_equal (id + len, ":admin"));
        }
      if (twin)
        continue;
      g_ptr_array_add (seen, (gpointer) id);

      if (text->len > 0)
        g_string_append (text, ", ");
      if (info != NULL)
        /* Translators: a Zoom permission: what it allows, then its ID */
        g_string_append_printf (text, _("“%s” (%s)"), _(info->allows), info->id);
      else
        g_string_append (text, scopes[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * evd_scopes_describe_missing:
 *
 * Returns: the sentence shown when Zoom refuses a request for lack of
 *   @scopes, naming them and saying how to get them.
 */
char *
evd_scopes_describe_missing (const char * const *scopes)
{
  g_autofree char *list = evd_scopes_describe (scopes);

  if (*list == '\0')
    return g_strdup (_("The Zoom app is missing a permission (scope) this needs. Add the scopes "
                       "Event Desk lists to the app in Zoom’s App Marketplace, then try again."));

  /* Translators: %s names Zoom permissions, each as “what it allows” (its ID) */
  return g_strdup_printf (_("The Zoom app lacks a permission (scope) this needs: %s. Add it on the "
                            "app’s “Scopes” page in Zoom’s App Marketplace (search for the ID), "
                            "or ask whoever manages the app, then try again."),
                          list);
}

/**
 * evd_scopes_admin_request:
 *
 * Returns: a ready message for a Zoom admin, asking for the app (or for the
 *   permission to create it) and listing its scopes group by group.
 */
char *
evd_scopes_admin_request (void)
{
  g_autoptr(GString) list = g_string_new (NULL);
  const char *group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (scopes_info); i++)
    {
      if (g_strcmp0 (group, scopes_info[i].group) != 0)
        {
          group = scopes_info[i].group;
          g_string_append_printf (list, "\n%s\n", evd_scope_info_get_group (&scopes_info[i]));
        }
      /* Translators: one line of the scope list sent to an admin: what it allows, then its ID */
      g_string_append_printf (list, _("  – %s: %s\n"), _(scopes_info[i].allows), scopes_info[i].id);
    }

  /* Translators: a message the organizer sends to her Zoom admin; %s is the list of scopes */
  return g_strdup_printf (_("Hello,\n\n"
                            "I would like to manage our Zoom Events with Event Desk. It needs a "
                            "Server-to-Server OAuth app in Zoom’s App Marketplace. Could you "
                            "either create it (Develop → Build App → Server-to-Server OAuth), "
                            "or give my role the “Server-to-Server OAuth app” permission so that I "
                            "can create it myself?\n\n"
                            "On the app’s “Scopes” page, please choose “Add Scopes” and add these "
                            "(search for each ID):\n%s\n"
                            "Then activate the app and send me its Account ID, Client ID and Client "
                            "Secret in a safe way (not by plain email).\n\n"
                            "Thank you!"),
                          list->str);
}
