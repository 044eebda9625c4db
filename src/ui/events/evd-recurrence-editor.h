/* evd-recurrence-editor.h: how often a recurring event repeats, and until when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-recurrence.h"

G_BEGIN_DECLS

#define EVD_TYPE_RECURRENCE_EDITOR (evd_recurrence_editor_get_type ())

G_DECLARE_FINAL_TYPE (EvdRecurrenceEditor, evd_recurrence_editor, EVD, RECURRENCE_EDITOR, GtkWidget)

GtkWidget     *evd_recurrence_editor_new             (void);
void           evd_recurrence_editor_set_recurrence  (EvdRecurrenceEditor *self,
                                                      EvdRecurrence       *recurrence,
                                                      const char          *zone);
EvdRecurrence *evd_recurrence_editor_dup_recurrence  (EvdRecurrenceEditor *self,
                                                      const char          *zone);
void           evd_recurrence_editor_set_start_date  (EvdRecurrenceEditor *self,
                                                      int                  year,
                                                      int                  month,
                                                      int                  day);
void           evd_recurrence_editor_show_problems   (EvdRecurrenceEditor *self,
                                                      GPtrArray           *problems);

G_END_DECLS
