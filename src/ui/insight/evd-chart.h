/* evd-chart.h: a line or bar chart drawn with the app's colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  EVD_CHART_LINE,      /* one line per series over the categories */
  EVD_CHART_BARS,      /* one bar per category (first series), filled to its share of its limit */
} EvdChartKind;

#define EVD_TYPE_CHART (evd_chart_get_type ())

G_DECLARE_FINAL_TYPE (EvdChart, evd_chart, EVD, CHART, GtkWidget)

GtkWidget  *evd_chart_new                  (void);
void        evd_chart_clear                (EvdChart           *self);
void        evd_chart_set_kind             (EvdChart           *self,
                                            EvdChartKind        kind);
void        evd_chart_set_axis_titles      (EvdChart           *self,
                                            const char         *x_title,
                                            const char         *y_title);
void        evd_chart_set_categories       (EvdChart           *self,
                                            const char * const *labels,
                                            guint               n);
/* @values has one value per category; NAN where a series has none. */
void        evd_chart_add_series           (EvdChart           *self,
                                            const char         *name,
                                            const double       *values,
                                            guint               n);
void        evd_chart_set_limits           (EvdChart           *self,
                                            const char         *name,
                                            const double       *limits,
                                            guint               n);
void        evd_chart_add_marker           (EvdChart           *self,
                                            double              position,
                                            const char         *label);

guint       evd_chart_get_n_categories     (EvdChart           *self);
const char *evd_chart_get_category         (EvdChart           *self,
                                            guint               index);
guint       evd_chart_get_n_series         (EvdChart           *self);
const char *evd_chart_get_series_name      (EvdChart           *self,
                                            guint               series);
double      evd_chart_get_value            (EvdChart           *self,
                                            guint               series,
                                            guint               index);
const char *evd_chart_get_limits_name      (EvdChart           *self);
double      evd_chart_get_limit            (EvdChart           *self,
                                            guint               index);
const char *evd_chart_get_x_title          (EvdChart           *self);
const char *evd_chart_get_y_title          (EvdChart           *self);
EvdChartKind evd_chart_get_kind            (EvdChart           *self);
double      evd_chart_get_axis_maximum     (EvdChart           *self);
char       *evd_chart_describe             (EvdChart           *self,
                                            guint               index);
char       *evd_chart_format_count         (double              value);

G_END_DECLS
