/* evd-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-application.h"

G_BEGIN_DECLS

#define EVD_TYPE_WINDOW (evd_window_get_type ())

G_DECLARE_FINAL_TYPE (EvdWindow, evd_window, EVD, WINDOW, AdwApplicationWindow)

EvdWindow *evd_window_new (EvdApplication *application);

G_END_DECLS
