/* evd-models.h: every model header at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-enums.h"
#include "evd-event.h"
#include "evd-hub.h"
#include "evd-json.h"
#include "evd-model-error.h"
#include "evd-recurrence.h"
#include "evd-session.h"
#include "evd-ticket.h"
#include "evd-ticket-type.h"
#include "evd-time.h"
#include "evd-time-range.h"
