/* evd-session-editor.h: add or change one session of a multi-session or recurring event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-event.h"
#include "evd-session.h"

G_BEGIN_DECLS

#define EVD_TYPE_SESSION_EDITOR (evd_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (EvdSessionEditor, evd_session_editor, EVD, SESSION_EDITOR, AdwWindow)

/* A modal window for a new session (@session NULL) or for changing
 * @session. It emits "saved" (with the session as Zoom now has it, as far
 * as the editor knows) once Zoom accepted, then closes. */
EvdSessionEditor *evd_session_editor_new          (GtkWidget        *parent,
                                                   EvdClient        *client,
                                                   EvdEvent         *event,
                                                   EvdSession       *session);
/* What the Save button does; for tests. */
void              evd_session_editor_run_async    (EvdSessionEditor    *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
EvdSession       *evd_session_editor_run_finish   (GAsyncResult        *result,
                                                   GError             **error);
void              evd_session_editor_save         (EvdSessionEditor *self);
gboolean          evd_session_editor_is_saving    (EvdSessionEditor *self);

/* For tests: the fields, and the message shown at each. */
GtkEditable      *evd_session_editor_get_name     (EvdSessionEditor *self);
GtkWidget        *evd_session_editor_get_start    (EvdSessionEditor *self);
GtkWidget        *evd_session_editor_get_end      (EvdSessionEditor *self);
GtkDropDown      *evd_session_editor_get_type_choice (EvdSessionEditor *self);
GtkEditable      *evd_session_editor_get_tracks   (EvdSessionEditor *self);
GtkTextView      *evd_session_editor_get_description (EvdSessionEditor *self);
const char       *evd_session_editor_get_name_error (EvdSessionEditor *self);
const char       *evd_session_editor_get_time_error (EvdSessionEditor *self);
const char       *evd_session_editor_get_general_error (EvdSessionEditor *self);

G_END_DECLS
