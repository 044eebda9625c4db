/* evd-layout-audit.h: checks a window's layout the way a person would see it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GPtrArray *evd_layout_audit        (GtkWidget  *window);
void       evd_layout_audit_assert (GtkWidget  *window,
                                    const char *screen);

G_END_DECLS
