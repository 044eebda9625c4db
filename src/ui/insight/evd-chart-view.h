/* evd-chart-view.h: a chart with its title, a table instead on request, and
 * its numbers in words for screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "evd-chart.h"

G_BEGIN_DECLS

#define EVD_TYPE_CHART_VIEW (evd_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (EvdChartView, evd_chart_view, EVD, CHART_VIEW, GtkWidget)

EvdChart   *evd_chart_view_get_chart             (EvdChartView *self);
const char *evd_chart_view_get_title             (EvdChartView *self);
void        evd_chart_view_set_title             (EvdChartView *self,
                                                  const char   *title);
/* Call after changing the chart's data: the table and the text follow. */
void        evd_chart_view_update                (EvdChartView *self);
const char *evd_chart_view_get_text_alternative  (EvdChartView *self);

G_END_DECLS
