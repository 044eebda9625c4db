/* evd-browser.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"

G_BEGIN_DECLS

#define EVD_TYPE_BROWSER (evd_browser_get_type ())

G_DECLARE_FINAL_TYPE (EvdBrowser, evd_browser, EVD, BROWSER, GtkWidget)

GtkWidget  *evd_browser_new                (EvdClient          *client,
                                            gboolean            sample_data);
EvdClient  *evd_browser_get_client         (EvdBrowser         *self);
void        evd_browser_refresh            (EvdBrowser         *self);
void        evd_browser_select_path        (EvdBrowser         *self,
                                            const char * const *path);
char      **evd_browser_dup_selected_path  (EvdBrowser         *self);
void        evd_browser_focus_search       (EvdBrowser         *self);
GtkWidget  *evd_browser_get_sidebar        (EvdBrowser         *self);
GtkWidget  *evd_browser_get_page           (EvdBrowser         *self);
const char *evd_browser_get_account_text   (EvdBrowser         *self);

G_END_DECLS
