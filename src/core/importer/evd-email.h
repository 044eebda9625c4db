/* evd-email.h: email addresses as HTML forms accept them, and text trimming
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *evd_text_trim_span      (const char *text,
                                     gsize      *length);
const char *evd_email_clean_span    (const char *cell,
                                     gsize      *length);
char       *evd_email_normalize     (const char *cell);
gboolean    evd_email_is_valid      (const char *email,
                                     gssize      length);

G_END_DECLS
