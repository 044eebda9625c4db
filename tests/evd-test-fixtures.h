/* evd-test-fixtures.h: what every test shares, core and UI alike (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-client.h"
#include "evd-sandbox-server.h"

G_BEGIN_DECLS

/* The GAsyncReadyCallback of every test: @user_data is a GAsyncResult **
 * that receives a reference to the result. */
void              evd_test_store_result_cb (GObject           *object,
                                            GAsyncResult      *result,
                                            gpointer           user_data);
/* Runs the main context until *@slot is set, failing after @timeout_ms
 * (a guard against hangs, not a measure of speed). */
GAsyncResult     *evd_test_wait_for_result (GAsyncResult     **slot,
                                            guint              timeout_ms);

/* The sandbox on a free loopback port; the test program stops when it
 * cannot start. */
EvdSandboxServer *evd_test_start_sandbox   (void);
/* A client signed in to @sandbox with its built-in credentials. */
EvdClient        *evd_test_client_new      (EvdSandboxServer  *sandbox);
/* The sample event called @name in @sandbox, as @client reads it. */
/* A ticket made behind Event Desk's back, as another app would: Zoom (and
 * the sandbox) give an email that has one a second. */
void              evd_test_post_ticket     (EvdClient         *client,
                                            const char        *event_id,
                                            const char        *email,
                                            guint              timeout_ms);
EvdEvent         *evd_test_get_event       (EvdClient         *client,
                                            EvdSandboxServer  *sandbox,
                                            const char        *name,
                                            guint              timeout_ms);

G_END_DECLS
