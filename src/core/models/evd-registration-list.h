/* evd-registration-list.h: the rows of an event's registration report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* One registration as the report gives it. The strings belong to the list. */
typedef struct
{
  const char *email;
  const char *first_name;
  const char *last_name;
  const char *ticket_type_id;
  const char *source;      /* registration_source, "" when none */
  const char *method;      /* registration_method */
  gint64      registered;  /* Unix seconds, UTC; 0 when Zoom gave no date */
} EvdRegistration;

#define EVD_TYPE_REGISTRATION_LIST (evd_registration_list_get_type ())

G_DECLARE_FINAL_TYPE (EvdRegistrationList, evd_registration_list, EVD, REGISTRATION_LIST, GObject)

EvdRegistrationList   *evd_registration_list_new         (void);
guint                  evd_registration_list_get_n_rows  (EvdRegistrationList   *self);
const EvdRegistration *evd_registration_list_get_row     (EvdRegistrationList   *self,
                                                          guint                  index);
const EvdRegistration *evd_registration_list_lookup      (EvdRegistrationList   *self,
                                                          const char            *email);
void                   evd_registration_list_add         (EvdRegistrationList   *self,
                                                          const EvdRegistration *row);
gboolean               evd_registration_list_add_json    (EvdRegistrationList   *self,
                                                          JsonObject            *row);
EvdRegistrationList   *evd_registration_list_merge       (EvdRegistrationList   *older,
                                                          EvdRegistrationList   *newer);

G_END_DECLS
