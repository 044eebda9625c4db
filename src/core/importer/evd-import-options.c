/* evd-import-options.c: the choices an organizer makes before sending
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-import-options.h"
#include "evd-import-private.h"

G_DEFINE_ENUM_TYPE (EvdRegistrationMode, evd_registration_mode,
  G_DEFINE_ENUM_VALUE (EVD_REGISTRATION_MODE_STANDARD, "standard"),
  G_DEFINE_ENUM_VALUE (EVD_REGISTRATION_MODE_FAST_JOIN, "fast-join"),
  G_DEFINE_ENUM_VALUE (EVD_REGISTRATION_MODE_REGISTRATION_NEEDED, "registration-needed"))

G_DEFINE_BOXED_TYPE (EvdImportOptions, evd_import_options,
                     evd_import_options_copy, evd_import_options_free)

static const char * const mode_names[] = {
  [EVD_REGISTRATION_MODE_STANDARD] = "standard",
  [EVD_REGISTRATION_MODE_FAST_JOIN] = "fast_join",
  [EVD_REGISTRATION_MODE_REGISTRATION_NEEDED] = "registration_needed",
};

const char *
evd_registration_mode_to_string (EvdRegistrationMode mode)
{
  g_return_val_if_fail (mode <= EVD_REGISTRATION_MODE_REGISTRATION_NEEDED, NULL);
  return mode_names[mode];
}

gboolean
evd_registration_mode_from_string (const char          *text,
                                   EvdRegistrationMode *mode)
{
  g_return_val_if_fail (mode != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (mode_names); i++)
    if (g_ascii_strcasecmp (text, mode_names[i]) == 0)
      {
        *mode = (EvdRegistrationMode) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * evd_registration_mode_get_label:
 *
 * Returns: a short label for a choice among the three
 */
const char *
evd_registration_mode_get_label (EvdRegistrationMode mode)
{
  switch (mode)
    {
    case EVD_REGISTRATION_MODE_STANDARD:
      return _("Registered, sign in to join");
    case EVD_REGISTRATION_MODE_FAST_JOIN:
      return _("Registered, join without signing in");
    case EVD_REGISTRATION_MODE_REGISTRATION_NEEDED:
      return _("Invited to finish registering");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * evd_registration_mode_get_description:
 *
 * Returns: one sentence saying what attendees get
 */
const char *
evd_registration_mode_get_description (EvdRegistrationMode mode)
{
  switch (mode)
    {
    case EVD_REGISTRATION_MODE_STANDARD:
      return _("Each attendee gets a ticket and a join link, and signs in to Zoom to join.");
    case EVD_REGISTRATION_MODE_FAST_JOIN:
      return _("Each attendee gets a ticket and a join link that works without signing in to Zoom.");
    case EVD_REGISTRATION_MODE_REGISTRATION_NEEDED:
      return _("Each attendee gets a registration link and fills in their own details; the details in the file are not used.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * evd_import_options_new:
 *
 * Returns: (transfer full): the defaults: the event's default ticket type,
 *   Zoom emails each attendee, standard registration, "Event Desk" as source
 */
EvdImportOptions *
evd_import_options_new (void)
{
  EvdImportOptions *options = g_new0 (EvdImportOptions, 1);

  options->send_notification = TRUE;
  options->registration_mode = EVD_REGISTRATION_MODE_STANDARD;
  options->registration_source = g_strdup (EVD_IMPORT_DEFAULT_REGISTRATION_SOURCE);
  return options;
}

EvdImportOptions *
evd_import_options_copy (const EvdImportOptions *options)
{
  EvdImportOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = g_memdup2 (options, sizeof *options);
  copy->ticket_type_id = g_strdup (options->ticket_type_id);
  copy->registration_source = g_strdup (options->registration_source);
  return copy;
}

void
evd_import_options_free (EvdImportOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->ticket_type_id);
  g_free (options->registration_source);
  g_free (options);
}

/* Zoom refuses a longer source; cut at a character, not a byte. */
static char *
clip_source (const char *source)
{
  const char *end;

  if (source == NULL || *source == '\0')
    source = EVD_IMPORT_DEFAULT_REGISTRATION_SOURCE;
  if (g_utf8_strlen (source, -1) <= EVD_IMPORT_MAX_REGISTRATION_SOURCE)
    return g_strdup (source);
  end = g_utf8_offset_to_pointer (source, EVD_IMPORT_MAX_REGISTRATION_SOURCE);
  return g_strndup (source, end - source);
}

/**
 * evd_import_options_to_json:
 *
 * Returns: (transfer full): the options as the journal keeps them
 */
JsonNode *
evd_import_options_to_json (const EvdImportOptions *options)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *source = NULL;

  g_return_val_if_fail (options != NULL, NULL);

  source = clip_source (options->registration_source);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ticket_type_id");
  if (options->ticket_type_id != NULL)
    json_builder_add_string_value (builder, options->ticket_type_id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "send_notification");
  json_builder_add_boolean_value (builder, options->send_notification);
  json_builder_set_member_name (builder, "registration_mode");
  json_builder_add_string_value (builder, evd_registration_mode_to_string (options->registration_mode));
  json_builder_set_member_name (builder, "registration_source");
  json_builder_add_string_value (builder, source);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * evd_import_options_new_from_json:
 *
 * Reads what evd_import_options_to_json() wrote; members that are missing
 * or of the wrong kind keep their defaults.
 *
 * Returns: (transfer full): the options
 */
EvdImportOptions *
evd_import_options_new_from_json (JsonNode *node)
{
  EvdImportOptions *options = evd_import_options_new ();
  JsonObject *object;
  JsonNode *member;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return options;
  object = json_node_get_object (node);

  member = json_object_get_member (object, "ticket_type_id");
  if (member != NULL && json_node_get_value_type (member) == G_TYPE_STRING)
    options->ticket_type_id = g_strdup (json_node_get_string (member));
  member = json_object_get_member (object, "send_notification");
  if (member != NULL && json_node_get_value_type (member) == G_TYPE_BOOLEAN)
    options->send_notification = json_node_get_boolean (member);
  member = json_object_get_member (object, "registration_mode");
  if (member != NULL && json_node_get_value_type (member) == G_TYPE_STRING)
    evd_registration_mode_from_string (json_node_get_string (member), &options->registration_mode);
  member = json_object_get_member (object, "registration_source");
  if (member != NULL && json_node_get_value_type (member) == G_TYPE_STRING)
    {
      g_free (options->registration_source);
      options->registration_source = clip_source (json_node_get_string (member));
    }
  return options;
}

/**
 * evd_import_options_apply:
 * @ticket: one item of a POST tickets body, from evd_attendee_to_ticket_json()
 *
 * Adds the ticket type and the notification and registration choices.
 */
void
evd_import_options_apply (const EvdImportOptions *options,
                          JsonObject             *ticket)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (ticket != NULL);

  if (options->ticket_type_id != NULL && *options->ticket_type_id != '\0')
    json_object_set_string_member (ticket, "ticket_type_id", options->ticket_type_id);
  json_object_set_boolean_member (ticket, "send_notification", options->send_notification);
  if (options->registration_mode == EVD_REGISTRATION_MODE_FAST_JOIN)
    json_object_set_boolean_member (ticket, "fast_join", TRUE);
  else if (options->registration_mode == EVD_REGISTRATION_MODE_REGISTRATION_NEEDED)
    json_object_set_boolean_member (ticket, "registration_needed", TRUE);
}

/* The registration source actually sent. */
char *
evd_import_options_dup_source (const EvdImportOptions *options)
{
  return clip_source (options != NULL ? options->registration_source : NULL);
}
