/* evd-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EVD_TYPE_WINDOW (evd_window_get_type ())

G_DECLARE_FINAL_TYPE (EvdWindow, evd_window, EVD, WINDOW, AdwApplicationWindow)

EvdWindow  *evd_window_new               (GtkApplication *application,
                                          GSettings      *settings);
void        evd_window_open_saved_account (EvdWindow     *self);
void        evd_window_explore_sample_data (EvdWindow    *self);
gboolean    evd_window_is_sample_data    (EvdWindow      *self);
void        evd_window_reset_sample_data (EvdWindow      *self);
const char *evd_window_get_visible_page  (EvdWindow      *self);
GtkWidget  *evd_window_get_browser       (EvdWindow      *self);
GtkWidget  *evd_window_get_connect_page  (EvdWindow      *self);

AdwToast   *evd_window_get_last_toast (EvdWindow *self);

G_END_DECLS
