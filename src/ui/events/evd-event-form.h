/* evd-event-form.h: an event's details, for New Event and Edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-event-checks.h"

G_BEGIN_DECLS

#define EVD_TYPE_EVENT_FORM (evd_event_form_get_type ())

G_DECLARE_FINAL_TYPE (EvdEventForm, evd_event_form, EVD, EVENT_FORM, GtkWidget)

GtkWidget     *evd_event_form_new               (EvdEventType    type);
EvdEventType   evd_event_form_get_event_type    (EvdEventForm   *self);
void           evd_event_form_set_hubs          (EvdEventForm   *self,
                                                 GListModel     *hubs,
                                                 const char     *selected_hub_id);
void           evd_event_form_set_draft         (EvdEventForm   *self,
                                                 EvdEventDraft  *draft);
EvdEventDraft *evd_event_form_dup_draft         (EvdEventForm   *self);
GPtrArray     *evd_event_form_check             (EvdEventForm   *self,
                                                 GDateTime      *now);
void           evd_event_form_show_problems     (EvdEventForm   *self,
                                                 GPtrArray      *problems);
void           evd_event_form_show_refusal      (EvdEventForm   *self,
                                                 const char     *field,
                                                 const char     *message);
void           evd_event_form_lock_type         (EvdEventForm   *self,
                                                 const char     *reason);
void           evd_event_form_lock_meeting_type (EvdEventForm   *self,
                                                 const char     *reason);
GtkWidget     *evd_event_form_find_field        (GtkWidget      *root,
                                                 const char     *name);
gboolean       evd_event_form_take_refusal      (EvdEventForm   *self,
                                                 const GError   *error);

gboolean       evd_event_form_has_typed_text (EvdEventForm *self);

void           evd_event_form_set_existing_names (EvdEventForm       *self,
                                                  const char * const *names);

G_END_DECLS
