/* evd-ticket-columns.h: the columns of the registrations table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void evd_ticket_columns_add (GtkColumnView *view,
                             GHashTable    *type_names);

G_END_DECLS
