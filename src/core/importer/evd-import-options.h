/* evd-import-options.h: the choices an organizer makes before sending
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * EvdRegistrationMode:
 * @EVD_REGISTRATION_MODE_STANDARD: the ticket is ready; attendees sign in to
 *   join (neither flag is sent)
 * @EVD_REGISTRATION_MODE_FAST_JOIN: attendees join from their link without
 *   signing in (`fast_join`)
 * @EVD_REGISTRATION_MODE_REGISTRATION_NEEDED: attendees get a link to finish
 *   registering themselves; the details in the file are not used
 *   (`registration_needed`)
 */
typedef enum
{
  EVD_REGISTRATION_MODE_STANDARD,
  EVD_REGISTRATION_MODE_FAST_JOIN,
  EVD_REGISTRATION_MODE_REGISTRATION_NEEDED,
} EvdRegistrationMode;

#define EVD_TYPE_REGISTRATION_MODE (evd_registration_mode_get_type ())

GType       evd_registration_mode_get_type        (void) G_GNUC_CONST;
const char *evd_registration_mode_to_string       (EvdRegistrationMode  mode);
gboolean    evd_registration_mode_from_string     (const char          *text,
                                                   EvdRegistrationMode *mode);
const char *evd_registration_mode_get_label       (EvdRegistrationMode  mode);
const char *evd_registration_mode_get_description (EvdRegistrationMode  mode);

/* Zoom's limit on registration_source, in characters. */
#define EVD_IMPORT_MAX_REGISTRATION_SOURCE 16
#define EVD_IMPORT_DEFAULT_REGISTRATION_SOURCE "Event Desk"

typedef struct
{
  char                *ticket_type_id;       /* NULL: the event's default type */
  gboolean             send_notification;    /* Zoom emails each attendee */
  EvdRegistrationMode  registration_mode;
  char                *registration_source;  /* ≤ 16 characters; NULL: "Event Desk" */
} EvdImportOptions;

#define EVD_TYPE_IMPORT_OPTIONS (evd_import_options_get_type ())

GType             evd_import_options_get_type       (void) G_GNUC_CONST;
EvdImportOptions *evd_import_options_new            (void);
EvdImportOptions *evd_import_options_copy           (const EvdImportOptions *options);
void              evd_import_options_free           (EvdImportOptions       *options);
JsonNode         *evd_import_options_to_json        (const EvdImportOptions *options);
EvdImportOptions *evd_import_options_new_from_json  (JsonNode               *node);
void              evd_import_options_apply          (const EvdImportOptions *options,
                                                     JsonObject             *ticket);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdImportOptions, evd_import_options_free)

G_END_DECLS
