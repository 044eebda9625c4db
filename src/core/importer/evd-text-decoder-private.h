/* evd-text-decoder-private.h: decoding without moving an already-UTF-8 file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-text-decoder.h"

G_BEGIN_DECLS

gboolean evd_text_decode_at (char           **buffer,
                             gsize           *length,
                             gsize           *start,
                             EvdCsvEncoding   requested,
                             EvdCsvEncoding  *detected,
                             gboolean        *replaced,
                             GError         **error);

G_END_DECLS
