/* evd-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EVD_TYPE_PREFERENCES_WINDOW (evd_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (EvdPreferencesWindow, evd_preferences_window, EVD, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *evd_preferences_window_new (GSettings *settings,
                                       gboolean   sample_data);

G_END_DECLS
