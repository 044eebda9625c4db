/* evd-connect-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-credentials.h"

G_BEGIN_DECLS

#define EVD_TYPE_CONNECT_PAGE (evd_connect_page_get_type ())

G_DECLARE_FINAL_TYPE (EvdConnectPage, evd_connect_page, EVD, CONNECT_PAGE, GtkWidget)

GtkWidget *evd_connect_page_new            (void);
void       evd_connect_page_set_urls       (EvdConnectPage *self,
                                            const char     *api_url,
                                            const char     *oauth_url);
void       evd_connect_page_set_rate_limit (EvdConnectPage *self,
                                            double          per_second);
void       evd_connect_page_reset          (EvdConnectPage *self);
void       evd_connect_page_fill           (EvdConnectPage *self,
                                            const char     *account_id,
                                            const char     *client_id,
                                            const char     *client_secret);
const char *evd_connect_page_get_problem       (EvdConnectPage *self);
gboolean    evd_connect_page_field_has_problem (EvdConnectPage *self,
                                                const char     *field);
gboolean    evd_connect_page_is_busy           (EvdConnectPage *self);

G_END_DECLS
