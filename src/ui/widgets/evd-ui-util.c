/* evd-ui-util.c: small things every page needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-ui-util"

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "evd-ui-util.h"

/**
 * evd_show_toast:
 * @widget: any widget inside the window
 *
 * Shows a short confirmation at the bottom of the window.
 */
void
evd_show_toast (GtkWidget  *widget,
                const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  g_return_if_fail (title != NULL);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

void
evd_copy_to_clipboard (GtkWidget  *widget,
                       const char *text,
                       const char *toast_title)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  evd_show_toast (widget, toast_title != NULL ? toast_title : _("Copied"));
}

static void
show_uri_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    evd_show_toast (widget, _("The link could not be opened"));
}

/* gtk_show_uri_full() goes through the OpenURI portal inside the Flatpak. */
void
evd_open_uri (GtkWidget  *widget,
              const char *uri)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (uri == NULL || !GTK_IS_WINDOW (root))
    return;

  gtk_show_uri_full (GTK_WINDOW (root), uri, GDK_CURRENT_TIME, NULL, show_uri_cb,
                     g_object_ref (widget));
}

static GDateTime *
to_zone (GDateTime  *time,
         const char *zone_identifier)
{
  g_autoptr(GTimeZone) zone = NULL;

  if (zone_identifier == NULL)
    return g_date_time_to_local (time);

  zone = g_time_zone_new_identifier (zone_identifier);
  if (zone == NULL)
    return g_date_time_to_local (time);
  return g_date_time_to_timezone (time, zone);
}

/**
 * evd_format_date_time:
 * @zone_identifier: (nullable): an IANA zone, or %NULL for the viewer's own
 *
 * Returns: (transfer full): e.g. "Tue 15 Dec 2026, 10:00 (PST)"
 */
char *
evd_format_date_time (GDateTime  *time,
                      const char *zone_identifier)
{
  g_autoptr(GDateTime) in_zone = NULL;

  if (time == NULL)
    return g_strdup (_("Not set"));

  in_zone = to_zone (time, zone_identifier);
  /* Translators: a date and time with its zone abbreviation, see GDateTime's format */
  return g_date_time_format (in_zone, _("%a %-d %b %Y, %H:%M (%Z)"));
}

/**
 * evd_format_time_range:
 *
 * Returns: (transfer full): "Tue 15 Dec 2026, 10:00–11:30 (PST)", or both
 *   dates in full when the range spans days
 */
char *
evd_format_time_range (GDateTime  *start,
                       GDateTime  *end,
                       const char *zone_identifier)
{
  g_autoptr(GDateTime) start_in_zone = NULL;
  g_autoptr(GDateTime) end_in_zone = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start == NULL)
    return g_strdup (_("Not set"));
  if (end == NULL)
    return evd_format_date_time (start, zone_identifier);

  start_in_zone = to_zone (start, zone_identifier);
  end_in_zone = to_zone (end, zone_identifier);

  if (g_date_time_get_year (start_in_zone) == g_date_time_get_year (end_in_zone) &&
      g_date_time_get_day_of_year (start_in_zone) == g_date_time_get_day_of_year (end_in_zone))
    {
      /* Translators: the start of a time range on one day, see GDateTime's format */
      from = g_date_time_format (start_in_zone, _("%a %-d %b %Y, %H:%M"));
      /* Translators: the end of a time range on the same day */
      to = g_date_time_format (end_in_zone, _("%H:%M (%Z)"));
      return g_strdup_printf ("%s–%s", from, to);
    }

  from = evd_format_date_time (start, zone_identifier);
  to = evd_format_date_time (end, zone_identifier);
  /* Translators: a time range over several days: "from – to" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

/**
 * evd_widget_unparent_children:
 *
 * For dispose of a template widget whose root child has no id:
 * gtk_widget_dispose_template() only unparents the children it binds.
 */
void
evd_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/* GSettings reads compiled schemas only from a folder: the copy in the
 * resources goes into a private temporary one, read at once and removed
 * (the source keeps what it read). */
static GSettingsSchemaSource *
settings_source_from_resource (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  GSettingsSchemaSource *source = NULL;

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/gschemas.compiled", G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  dir = g_dir_make_tmp ("eventdesk-schema-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  file = g_build_filename (dir, "gschemas.compiled", NULL);
  if (g_file_set_contents_full (file, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                G_FILE_SET_CONTENTS_NONE, 0600, error))
    source = g_settings_schema_source_new_from_directory (dir, NULL, FALSE, error);
  g_unlink (file);
  g_rmdir (dir);
  return source;
}

/**
 * evd_settings_new:
 *
 * The app's settings. The schema id is the base id even in development
 * builds, so both share one schema file and a .Devel build only changes
 * where it stores.
 *
 * Returns: (transfer full): a new #GSettings
 */
GSettings *
evd_settings_new (void)
{
  const char *path = DEVELOPMENT_BUILD ? "/io/github/eventdesk/EventDesk/Devel/" : "/io/github/eventdesk/EventDesk/";
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaSource) built_in = NULL;
  g_autoptr(GSettingsBackend) memory = NULL;
  g_autoptr(GError) error = NULL;
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();

  if (installed != NULL)
    schema = g_settings_schema_source_lookup (installed, BASE_APP_ID, TRUE);
  if (schema != NULL)
    return g_settings_new_full (schema, NULL, path);

  /* A build run straight from its folder (build/src/ui/eventdesk) has no
   * installed schema, and GSettings would abort. The schema compiled into
   * the program's resources serves instead, and the settings are kept in
   * memory only: a build must not write where the installed app keeps them. */
  built_in = settings_source_from_resource (&error);
  if (built_in != NULL)
    schema = g_settings_schema_source_lookup (built_in, BASE_APP_ID, FALSE);
  if (schema == NULL)
    g_error ("The settings schema %s is missing: %s", BASE_APP_ID,
             error != NULL ? error->message : "not in the program's resources");

  /* A message, not a warning: running a build this way is allowed. */
  g_message ("The settings schema %s is not installed: settings last until Event Desk quits. "
             "Install Event Desk, or run it with “meson devenv -C build eventdesk”.", BASE_APP_ID);
  memory = g_memory_settings_backend_new ();
  return g_settings_new_full (schema, memory, path);
}

/**
 * evd_show_field_message:
 * @label: the message under a group of fields
 * @row: (nullable): the field it is about, marked while the message shows
 * @message: (nullable): what is wrong, or %NULL to clear
 *
 * Shows a problem beside the field concerned, the way every form in Event
 * Desk does, and clears it again.
 */
void
evd_show_field_message (GtkLabel   *label,
                        GtkWidget  *row,
                        const char *message)
{
  gboolean shown = message != NULL && *message != '\0';

  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (label, shown ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), shown);
  if (row != NULL)
    evd_mark_field (row, shown ? "error" : NULL);
}

/**
 * evd_mark_field:
 * @field: an entry, a row, a button
 * @mark: (nullable): "error", "warning", or %NULL for neither
 *
 * Marks a field the way every form in Event Desk does: red for what stops
 * the form, yellow for what only deserves a look.
 */
void
evd_mark_field (GtkWidget  *field,
                const char *mark)
{
  g_return_if_fail (GTK_IS_WIDGET (field));

  if (g_strcmp0 (mark, "error") == 0)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  if (g_strcmp0 (mark, "warning") == 0)
    gtk_widget_add_css_class (field, "warning");
  else
    gtk_widget_remove_css_class (field, "warning");
}

/* Dialogs ----------------------------------------------------------------- */

/**
 * evd_window_of:
 *
 * Returns: (transfer none) (nullable): the window @widget is in, for
 *   dialogs to stay in front of
 */
GtkWindow *
evd_window_of (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * evd_show_error_dialog:
 * @parent: (nullable): a widget of the window the dialog belongs to
 *
 * Zoom's messages are already in organizer words (EvdApiError), so they are
 * shown as they are, under a heading that says what did not happen.
 */
void
evd_show_error_dialog (GtkWidget    *parent,
                       const char   *heading,
                       const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  dialog = adw_message_dialog_new (evd_window_of (parent), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
dialog_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GTask            *task)
{
  /* Only the first answer counts. */
  g_signal_handlers_disconnect_by_data (dialog, task);
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_strdup (response), g_free);
  g_object_unref (task);
}

/**
 * evd_message_dialog_run_async:
 * @dialog: a dialog with its responses, not shown yet
 * @cancellable: (nullable): when cancelled before the answer, the answer
 *   is %G_IO_ERROR_CANCELLED
 *
 * Shows @dialog and finishes with the organizer's answer, so a question is
 * asked and answered in one place (libadwaita 1.2 has no
 * adw_message_dialog_choose ()). The answer may arrive after the dialog
 * is gone: read what the dialog holds in a "response" handler, not here.
 */
void
evd_message_dialog_run_async (AdwMessageDialog    *dialog,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  /* The task does not hold the dialog: a dialog must not outlive the
   * window it belongs to. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_message_dialog_run_async);
  g_signal_connect (dialog, "response", G_CALLBACK (dialog_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * evd_message_dialog_run_finish:
 *
 * Returns: (transfer full): the response the organizer chose
 */
char *
evd_message_dialog_run_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, evd_message_dialog_run_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Files ------------------------------------------------------------------- */

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);

  if (file != NULL)
    g_task_return_pointer (task, file, g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "No file chosen");
}

/**
 * evd_choose_file_async:
 * @chooser: (transfer full): a file chooser set up by the caller
 * @widget: what the chooser is for; the task's source object, kept alive
 *   until the answer
 *
 * Shows @chooser, modal, and finishes when the organizer chose a file or
 * dismissed it (%G_IO_ERROR_CANCELLED).
 */
void
evd_choose_file_async (GtkFileChooserNative *chooser,
                       GtkWidget            *widget,
                       GAsyncReadyCallback   callback,
                       gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (GTK_IS_FILE_CHOOSER_NATIVE (chooser));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  task = g_task_new (widget, NULL, callback, user_data);
  g_task_set_source_tag (task, evd_choose_file_async);
  /* The task holds the chooser until it answers. */
  g_task_set_task_data (task, chooser, g_object_unref);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * evd_choose_file_finish:
 *
 * Returns: (transfer full) (nullable): the file chosen
 */
GFile *
evd_choose_file_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_async_result_is_tagged (result, evd_choose_file_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * evd_drop_value_get_file:
 * @value: what a #GtkDropTarget for %GDK_TYPE_FILE_LIST and %G_TYPE_FILE
 *   received
 *
 * Returns: (transfer none) (nullable): the first file dropped
 */
GFile *
evd_drop_value_get_file (const GValue *value)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      file = files != NULL ? files->data : NULL;
      g_slist_free (files);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);
  return file;
}

/* Menu buttons ------------------------------------------------------------ */

static void
menu_open_cb (GtkToggleButton *toggle,
              GParamSpec      *pspec,
              GtkWidget       *menu_button)
{
  gtk_widget_set_has_tooltip (menu_button, !gtk_toggle_button_get_active (toggle));
}

/**
 * evd_quiet_menu_tooltips:
 * @root: a widget holding menu buttons
 *
 * The pointer rests on a menu button after the click that opened its menu,
 * and its tooltip came back over the menu's first item. Every menu button
 * under @root (and @root itself) shows no tooltip while its menu is open.
 */
void
evd_quiet_menu_tooltips (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_MENU_BUTTON (root))
    {
      GtkWidget *toggle = gtk_widget_get_first_child (root);

      if (GTK_IS_TOGGLE_BUTTON (toggle))
        g_signal_connect_object (toggle, "notify::active", G_CALLBACK (menu_open_cb), root, 0);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    evd_quiet_menu_tooltips (child);
}

/* Accessible names of buttons with a mnemonic ----------------------------- */

/* "_Save Problem Rows" → "Save Problem Rows"; "__" stands for "_". */
static char *
strip_mnemonic (const char *label)
{
  GString *plain = g_string_sized_new (strlen (label));

  for (const char *c = label; *c != '\0'; c++)
    {
      if (*c == '_' && c[1] == '_')
        c++;
      else if (*c == '_')
        continue;
      g_string_append_c (plain, *c);
    }
  return g_string_free (plain, FALSE);
}

static gboolean
button_mapped_cb (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);
  const char *label;
  g_autofree char *plain = NULL;

  if (!GTK_IS_BUTTON (object) || !gtk_button_get_use_underline (GTK_BUTTON (object)))
    return TRUE;
  label = gtk_button_get_label (GTK_BUTTON (object));
  if (label == NULL)
    return TRUE;
  plain = strip_mnemonic (label);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
  return TRUE;
}

/**
 * evd_ui_name_mnemonic_buttons:
 *
 * GTK 4.8 reads a button with a mnemonic twice to a screen reader
 * ("_Connect Your Zoom Account Connect Your Zoom Account"): its label
 * property keeps the underscore, and its label names it again through
 * labelled-by. From this call on, every such button is named once, without
 * the underscore, when it is shown.
 */
void
evd_ui_name_mnemonic_buttons (void)
{
  static gsize installed = 0;

  if (!g_once_init_enter (&installed))
    return;
  /* The signal exists once the class does; the class stays for the hook. */
  g_type_class_ref (GTK_TYPE_BUTTON);
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, button_mapped_cb, NULL, NULL);
  g_once_init_leave (&installed, 1);
}
