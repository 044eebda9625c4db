/* evd-test-keys.c: real key presses for the UI tests, through the X server
 *
 * Keys are pressed with the XTEST extension, so they travel the way a
 * keyboard's do: X server → GDK → the focused widget, shortcuts and
 * accelerators included.
 *
 * Xvfb has no window manager. evd_test_focus_window () plays its one part
 * that matters here: it gives the keyboard focus to a window, and waits
 * until GTK says the window is active, before anything is pressed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <X11/Xlib.h>
#include <X11/keysym.h>
#include <X11/extensions/XTest.h>

#include "evd-test-keys.h"
#include "evd-test-utils.h"

#define TIMEOUT_MS 20000

static Display *
x_display (void)
{
  return gdk_x11_display_get_xdisplay (gdk_display_get_default ());
}

/**
 * evd_test_keys_available:
 *
 * Returns: whether keys can be pressed (an X display with XTEST)
 */
gboolean
evd_test_keys_available (void)
{
  int event_base, error_base, major, minor;

  return GDK_IS_X11_DISPLAY (gdk_display_get_default ()) &&
         XTestQueryExtension (x_display (), &event_base, &error_base, &major, &minor);
}

static gboolean
window_active (gpointer data)
{
  return gtk_window_is_active (data);
}

void
evd_test_focus_window (GtkWindow *window)
{
  GdkSurface *surface;

  /* Drawn once means the X window is mapped and can take the focus. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  XSetInputFocus (x_display (), gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XSync (x_display (), False);
  evd_test_iterate_until (window_active, window, TIMEOUT_MS);
}

static void
send_key (KeySym   keysym,
          gboolean press)
{
  KeyCode code = XKeysymToKeycode (x_display (), keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (x_display (), code, press, CurrentTime);
}

/**
 * evd_test_press_key:
 * @keyval: a GDK key value (GDK's are X's key symbols)
 * @modifiers: %GDK_CONTROL_MASK or 0
 *
 * Presses and releases the key, Control held around it when asked.
 */
void
evd_test_press_key (guint           keyval,
                    GdkModifierType modifiers)
{
  g_assert_true ((modifiers & ~GDK_CONTROL_MASK) == 0);

  if (modifiers & GDK_CONTROL_MASK)
    send_key (XK_Control_L, TRUE);
  send_key (keyval, TRUE);
  send_key (keyval, FALSE);
  if (modifiers & GDK_CONTROL_MASK)
    send_key (XK_Control_L, FALSE);
  XSync (x_display (), False);
}

/* Lower-case letters only: no Shift to get wrong. */
void
evd_test_type_text (const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    {
      g_assert_true (g_ascii_islower (*c));
      evd_test_press_key (GDK_KEY_a + (*c - 'a'), 0);
    }
}
