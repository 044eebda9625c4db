/* evd-event-refusal.h: what Zoom's refusal to create or change an event means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *evd_event_refusal_describe  (const GError *error);
/* The form field a refusal is about (an EVD_FIELD_* name or "day-0-end"),
 * so the form can mark it; %NULL when it is about none. */
const char *evd_event_refusal_get_field (const GError *error);

G_END_DECLS
