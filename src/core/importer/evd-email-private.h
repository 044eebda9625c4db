/* evd-email-private.h: the email check for text that may be read past its end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-email.h"

G_BEGIN_DECLS

/* The bytes that may be read after an address handed to
 * evd_email_is_valid_padded() (a table's padded text has them). */
#define EVD_EMAIL_READ_AHEAD 16

gboolean evd_email_is_valid_padded (const char *email,
                                    gsize       length);

G_END_DECLS
