/* evd-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EVD_TYPE_APPLICATION (evd_application_get_type ())

G_DECLARE_FINAL_TYPE (EvdApplication, evd_application, EVD, APPLICATION, AdwApplication)

EvdApplication *evd_application_new             (void);
GSettings      *evd_application_get_settings    (EvdApplication *self);
gboolean        evd_application_get_sample_data (EvdApplication *self);

G_END_DECLS
