/* evd-import-row.h: one attendee of an import, and what became of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * EvdImportRowState:
 * @EVD_IMPORT_ROW_PENDING: not sent yet (or sent, refused for a reason that
 *   passes, and waiting to be sent again)
 * @EVD_IMPORT_ROW_SENDING: in a request whose answer has not come back; after
 *   a crash such a row is looked up before anything is resent
 * @EVD_IMPORT_ROW_CREATED: Zoom created the ticket (ticket id, join link)
 * @EVD_IMPORT_ROW_ALREADY_REGISTERED: the person had a ticket already; skipped
 * @EVD_IMPORT_ROW_FAILED: Zoom refused the person; the reason says why
 */
typedef enum
{
  EVD_IMPORT_ROW_PENDING,
  EVD_IMPORT_ROW_SENDING,
  EVD_IMPORT_ROW_CREATED,
  EVD_IMPORT_ROW_ALREADY_REGISTERED,
  EVD_IMPORT_ROW_FAILED,
} EvdImportRowState;

#define EVD_TYPE_IMPORT_ROW_STATE (evd_import_row_state_get_type ())

GType       evd_import_row_state_get_type      (void) G_GNUC_CONST;
const char *evd_import_row_state_to_string     (EvdImportRowState  state);
gboolean    evd_import_row_state_from_string   (const char        *text,
                                                EvdImportRowState *state);
const char *evd_import_row_state_get_label     (EvdImportRowState  state);
gboolean    evd_import_row_state_is_done       (EvdImportRowState  state);

/* Zoom's per-email error_code (and the sandbox's own) to a plain sentence
 * for organizers; unknown codes get a general sentence. */
const char *evd_import_describe_ticket_error   (const char        *error_code);
gboolean    evd_import_ticket_error_is_retryable (const char      *error_code);

#define EVD_TYPE_IMPORT_ROW (evd_import_row_get_type ())

G_DECLARE_FINAL_TYPE (EvdImportRow, evd_import_row, EVD, IMPORT_ROW, GObject)

/* Properties (all read-only, notified on change): row-number, email,
 * external-ticket-id, state, ticket-id, join-link, error-code, reason. */
EvdImportRow      *evd_import_row_new                (guint              row_number,
                                                      JsonNode          *ticket);
guint              evd_import_row_get_row_number     (EvdImportRow      *self);
const char        *evd_import_row_get_email          (EvdImportRow      *self);
const char        *evd_import_row_get_external_ticket_id (EvdImportRow  *self);
JsonNode          *evd_import_row_get_ticket         (EvdImportRow      *self);
EvdImportRowState  evd_import_row_get_state          (EvdImportRow      *self);
const char        *evd_import_row_get_ticket_id      (EvdImportRow      *self);
const char        *evd_import_row_get_join_link      (EvdImportRow      *self);
const char        *evd_import_row_get_error_code     (EvdImportRow      *self);
const char        *evd_import_row_get_reason         (EvdImportRow      *self);

/* What the importer and the journal use to move a row along. */
void               evd_import_row_set_sending        (EvdImportRow      *self);
void               evd_import_row_set_pending        (EvdImportRow      *self);
void               evd_import_row_set_created        (EvdImportRow      *self,
                                                      const char        *ticket_id,
                                                      const char        *join_link);
void               evd_import_row_set_already_registered (EvdImportRow  *self,
                                                      const char        *ticket_id);
void               evd_import_row_set_failed         (EvdImportRow      *self,
                                                      const char        *error_code,
                                                      const char        *reason);

G_END_DECLS
