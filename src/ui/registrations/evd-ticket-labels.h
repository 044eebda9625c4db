/* evd-ticket-labels.h: Zoom's values on a registration, in plain words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ticket_role_type: "pre_registration" → "Pre-registered"; unknown values as they are */
const char  *evd_ticket_role_to_label           (const char *role);
/* authentication_method: "zoom_account_otp" → "Zoom account or a one-time code" */
const char  *evd_authentication_method_to_label (const char *method);
const char  *evd_registration_source_to_label   (const char *source);

G_END_DECLS
