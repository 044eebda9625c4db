/* evd-ui-util.h: small things every page needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void   evd_show_toast             (GtkWidget  *widget,
                                   const char *title);
void   evd_copy_to_clipboard      (GtkWidget  *widget,
                                   const char *text,
                                   const char *toast_title);
void   evd_open_uri               (GtkWidget  *widget,
                                   const char *uri);
char  *evd_format_date_time       (GDateTime  *time,
                                   const char *zone_identifier);
char  *evd_format_time_range      (GDateTime  *start,
                                   GDateTime  *end,
                                   const char *zone_identifier);
void   evd_widget_unparent_children (GtkWidget  *widget);
GSettings *evd_settings_new     (void);
void   evd_quiet_menu_tooltips    (GtkWidget  *root);
void   evd_ui_name_mnemonic_buttons (void);
void   evd_show_field_message     (GtkLabel   *label,
                                   GtkWidget  *row,
                                   const char *message);
void   evd_mark_field             (GtkWidget  *field,
                                   const char *mark);

GtkWindow *evd_window_of          (GtkWidget  *widget);
void   evd_show_error_dialog      (GtkWidget    *parent,
                                   const char   *heading,
                                   const GError *error);
void   evd_message_dialog_run_async  (AdwMessageDialog    *dialog,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
char  *evd_message_dialog_run_finish (GAsyncResult        *result,
                                      GError             **error);

void   evd_choose_file_async      (GtkFileChooserNative *chooser,
                                   GtkWidget            *widget,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
GFile *evd_choose_file_finish     (GAsyncResult         *result,
                                   GError              **error);
GFile *evd_drop_value_get_file    (const GValue         *value);

G_END_DECLS
