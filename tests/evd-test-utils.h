/* evd-test-utils.h: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "evd-test-fixtures.h"

G_BEGIN_DECLS

void     evd_test_init_ui          (int         *argc,
                                    char      ***argv);
void     evd_test_init_ui_full     (int         *argc,
                                    char      ***argv,
                                    gboolean     warnings_fatal);
void     evd_test_iterate_until    (gboolean   (*condition) (gpointer data),
                                    gpointer     data,
                                    guint        timeout_ms);
void     evd_test_iterate_for      (guint        ms);
/* Waits until the event summaries and hub comparisons under @root have
 * read what they were reading, so a test's request counts are its own. */
void     evd_test_wait_for_insight (GtkWidget   *root);
char    *evd_test_save_screenshot  (GtkWidget   *widget,
                                    const char  *name);

/* Windows */
GtkWidget *evd_test_show_in_window     (GtkWidget   *child,
                                        int          width,
                                        int          height);
void       evd_test_close_window       (GtkWidget   *window,
                                        GtkWidget   *child,
                                        guint        timeout_ms);
GtkWidget *evd_test_find_toplevel      (GType        type);
GtkWidget *evd_test_find_visible_button (GtkWidget  *root,
                                        const char  *label);
void       evd_test_wait_until_loaded  (GtkWidget   *page,
                                        guint        timeout_ms);
char      *evd_test_read_clipboard     (GtkWidget   *widget);
/* Waits until the import assistant @assistant (an EvdImportAssistant) is
 * at @step ("file", "found", "checks"…) with nothing in progress */
void       evd_test_wait_for_import_step (GtkWidget  *assistant,
                                          const char *step,
                                          guint       timeout_ms);
gboolean   evd_test_pointer_cleared    (gpointer     data);
gboolean   evd_test_page_loaded        (gpointer     data);

G_END_DECLS
