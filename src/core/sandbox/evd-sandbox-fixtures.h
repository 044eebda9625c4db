/* evd-sandbox-fixtures.h: the sample data the sandbox starts with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-sandbox-state.h"

G_BEGIN_DECLS

/* The event that holds the generated registrations (--tickets N). */
#define EVD_SANDBOX_GENERATED_TICKETS_EVENT "TechCorp All-Hands (sample registrations)"

void evd_sandbox_fixtures_seed     (EvdSandboxState *state);
void evd_sandbox_fixtures_generate (EvdSandboxState *state,
                                    guint            n_events,
                                    guint            n_tickets);

G_END_DECLS
