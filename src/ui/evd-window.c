/* evd-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-window.h"

struct _EvdWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *welcome_page;
};

G_DEFINE_FINAL_TYPE (EvdWindow, evd_window, ADW_TYPE_APPLICATION_WINDOW)

EvdWindow *
evd_window_new (EvdApplication *application)
{
  g_return_val_if_fail (EVD_IS_APPLICATION (application), NULL);

  return g_object_new (EVD_TYPE_WINDOW, "application", application, NULL);
}

/* Window size and state live in GSettings; the window is only bound once it
 * belongs to the application, since a bare template instance has no settings. */
static void
bind_window_state (EvdWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings;

  if (!EVD_IS_APPLICATION (app))
    return;

  settings = evd_application_get_settings (EVD_APPLICATION (app));
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

static void
evd_window_constructed (GObject *object)
{
  EvdWindow *self = EVD_WINDOW (object);

  G_OBJECT_CLASS (evd_window_parent_class)->constructed (object);

  bind_window_state (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
evd_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_WINDOW);

  G_OBJECT_CLASS (evd_window_parent_class)->dispose (object);
}

static void
evd_window_class_init (EvdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_window_constructed;
  object_class->dispose = evd_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/evd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, welcome_page);
}

static void
evd_window_init (EvdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
