/* evd-test-keys.h: real key presses for the UI tests, through the X server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean evd_test_keys_available (void);
void     evd_test_focus_window   (GtkWindow       *window);
void     evd_test_press_key      (guint            keyval,
                                  GdkModifierType  modifiers);
void     evd_test_type_text      (const char      *text);

G_END_DECLS
