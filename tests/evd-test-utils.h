/* evd-test-utils.h: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

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

G_END_DECLS
