/* evd-chart.c: a line or bar chart drawn with the app's colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "evd-chart.h"

/* Drawn with cairo inside the snapshot: GTK gives the cairo node the
 * window's scale, so lines and text stay sharp on HiDPI screens. The data
 * is already counted (days, ticket types), so drawing costs the same for
 * 10 registrations as for 100,000. Colours come from the style, so the
 * chart follows light and dark. */

#define MARGIN_TOP 20
#define MARGIN_RIGHT 12
#define AXIS_GAP 6
#define MAX_SERIES 8
#define BAR_THICKNESS 10
#define BAR_GAP 14

typedef struct
{
  char   *name;
  GArray *values;   /* double */
} Series;

typedef struct
{
  double  position;
  char   *label;
} Marker;

struct _EvdChart
{
  GtkWidget     parent_instance;

  EvdChartKind  kind;
  char         *x_title;
  char         *y_title;
  GPtrArray    *categories;   /* char* */
  GPtrArray    *series;       /* Series* */
  char         *limits_name;
  GArray       *limits;       /* double */
  GArray       *markers;      /* Marker */
};

G_DEFINE_FINAL_TYPE (EvdChart, evd_chart, GTK_TYPE_WIDGET)

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_array_unref (series->values);
  g_free (series);
}

static void
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

static void
marker_clear (gpointer data)
{
  g_free (((Marker *) data)->label);
}

/* Colours */

static void
style_color (GtkWidget  *widget,
             const char *name,
             GdkRGBA    *color,
             const char *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
foreground (GtkWidget *widget,
            GdkRGBA   *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* The first series takes the accent colour; the others GNOME's palette,
 * whose middle shades read on light and dark backgrounds alike. */
static void
series_color (GtkWidget *widget,
              guint      index,
              GdkRGBA   *color)
{
  static const char * const palette[] = {
    "#e66100", "#26a269", "#9141ac", "#c01c28", "#986a44", "#1c71d8", "#5e5c64",
  };

  if (index == 0)
    style_color (widget, "accent_color", color, "#3584e4");
  else
    gdk_rgba_parse (color, palette[(index - 1) % G_N_ELEMENTS (palette)]);
}

/* Scale */

/* The top of the value axis: four steps of a round size (1, 2, 2.5, 3, 4,
 * 5, 6 or 8 times a power of ten, the halves only where every label stays
 * whole), the smallest that holds @maximum. 2,000 gives 2,000, 2,100 gives
 * 2,400, not twice the data. */
static double
axis_top (double maximum)
{
  static const double steps[] = { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 };
  double raw = maximum / 4, magnitude;

  if (!(raw > 0) || !isfinite (raw))
    return 4;
  magnitude = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      double step = steps[i] * magnitude;

      if (step < 1 || step != floor (step))
        continue;
      if (step * 4 >= maximum)
        return step * 4;
    }
  return 40 * magnitude;
}

static double
data_maximum (EvdChart *self)
{
  double maximum = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);

      for (guint i = 0; i < series->values->len; i++)
        {
          double value = g_array_index (series->values, double, i);

          if (isfinite (value))
            maximum = MAX (maximum, value);
        }
    }
  for (guint i = 0; i < self->limits->len; i++)
    {
      double value = g_array_index (self->limits, double, i);

      if (isfinite (value))
        maximum = MAX (maximum, value);
    }
  return maximum;
}

static void
format_number (double value,
               char   out[32])
{
  if (fabs (value) >= 10000)
    g_snprintf (out, 32, "%.0fk", value / 1000);
  else
    g_snprintf (out, 32, "%.0f", value);
}

static void
show_text (EvdChart   *self,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      align_x,
           double      align_y,
           int        *out_width)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attributes = pango_attr_list_new ();
  int width, height;

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - align_x * width, y - align_y * height);
  pango_cairo_show_layout (cr, layout);
  if (out_width != NULL)
    *out_width = width;
}

static int
text_width (EvdChart   *self,
            const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attributes = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* Left-aligned text cut with "…" to @max_width, for names that may be long. */
static void
show_text_within (EvdChart   *self,
                  cairo_t    *cr,
                  const char *text,
                  double      x,
                  double      y,
                  double      max_width)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* The words beside a bar, also the text alternative's and the table's:
 * "8 of 2,000", "12 — no limit", or the count alone. */
char *
evd_chart_describe (EvdChart *self,
                    guint     index)
{
  g_autofree char *value = NULL;
  double limit;

  g_return_val_if_fail (EVD_IS_CHART (self), NULL);

  value = evd_chart_format_count (self->series->len > 0 ? evd_chart_get_value (self, 0, index) : NAN);
  limit = evd_chart_get_limit (self, index);
  if (isfinite (limit))
    {
      g_autofree char *of = evd_chart_format_count (limit);

      /* Translators: sold and places of a ticket type, e.g. "8 of 2,000" */
      return g_strdup_printf (_("%s of %s"), value, of);
    }
  if (evd_chart_get_limits_name (self) != NULL)
    /* Translators: sold of a ticket type without a limit, e.g. "12 — no limit" */
    return g_strdup_printf (_("%s — no limit"), value);
  return g_steal_pointer (&value);
}

/* A count with the locale's thousands separator, "—" for none. */
char *
evd_chart_format_count (double value)
{
  if (!isfinite (value))
    return g_strdup ("—");
  return g_strdup_printf ("%'.0f", value);
}

static int
bar_row_height (int line_height)
{
  return line_height + 2 + BAR_THICKNESS + BAR_GAP;
}

/* One row per category: its name and "8 of 2,000" above a bar filled to
 * its share of the places. Against one axis for all, 8 of 2,000 would be
 * no bar at all; each type against its own places reads at any size. A
 * type without a limit has no share: its bar, drawn without a track, is
 * measured against the largest count or limit, so it does not look full. */
static void
draw_bars (EvdChart *self,
           cairo_t  *cr,
           int       width,
           int       height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA fg, accent;
  double largest = 0, left = 0, right = width - MARGIN_RIGHT, pitch;
  int line_height;
  g_autoptr(PangoLayout) probe = gtk_widget_create_pango_layout (widget, "0");

  foreground (widget, &fg);
  series_color (widget, 0, &accent);
  pango_layout_get_pixel_size (probe, NULL, &line_height);
  if (self->series->len == 0 || right - left < 20)
    return;
  for (guint i = 0; i < self->categories->len; i++)
    {
      double value = evd_chart_get_value (self, 0, i);

      double limit = evd_chart_get_limit (self, i);

      if (isfinite (value))
        largest = MAX (largest, value);
      if (isfinite (limit))
        largest = MAX (largest, limit);
    }
  /* Given more height than its rows need (a row of charts of one height,
   * say), a few rows spread a little into it, from the top. */
  pitch = bar_row_height (line_height);
  if (self->categories->len > 1)
    pitch = CLAMP ((double) height / self->categories->len, pitch, pitch * 1.5);

  for (guint i = 0; i < self->categories->len; i++)
    {
      double y = (pitch - bar_row_height (line_height)) / 2 + BAR_GAP / 2.0 + i * pitch;
      double value = evd_chart_get_value (self, 0, i);
      double limit = evd_chart_get_limit (self, i);
      double share, bar_y = y + line_height + 2;
      g_autofree char *words = evd_chart_describe (self, i);
      int words_width = 0;

      set_color (cr, &fg, 0.9);
      show_text (self, cr, words, right, y, 1, 0, &words_width);
      show_text_within (self, cr, g_ptr_array_index (self->categories, i), left, y,
                        MAX (10, right - left - words_width - 12));

      if (isfinite (limit))
        {
          /* The track is the places; what is sold fills it. */
          set_color (cr, &fg, 0.15);
          cairo_rectangle (cr, left, bar_y, right - left, BAR_THICKNESS);
          cairo_fill (cr);
          share = limit > 0 ? value / limit : (value > 0 ? 1 : 0);
        }
      else
        share = largest > 0 ? value / largest : 0;
      if (!isfinite (share) || share <= 0)
        continue;
      /* A few sold of thousands still shows as a sliver. */
      set_color (cr, &accent, 1);
      cairo_rectangle (cr, left, bar_y, MAX (3, (right - left) * MIN (share, 1)), BAR_THICKNESS);
      cairo_fill (cr);
    }
}

static void
draw (EvdChart *self,
      cairo_t  *cr,
      int       width,
      int       height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = self->categories->len;
  GdkRGBA fg, color;
  double top, maximum, plot_left, plot_right, plot_top, plot_bottom, slot;
  char number[32];
  int y_label_width = 0, line_height = 0, label_step;
  g_autoptr(PangoLayout) probe = gtk_widget_create_pango_layout (widget, "0");

  foreground (widget, &fg);
  pango_layout_get_pixel_size (probe, NULL, &line_height);

  if (self->kind == EVD_CHART_BARS)
    {
      draw_bars (self, cr, width, height);
      return;
    }

  maximum = data_maximum (self);
  top = axis_top (maximum);
  for (guint i = 0; i <= 4; i++)
    {
      format_number (top * i / 4, number);
      y_label_width = MAX (y_label_width, text_width (self, number));
    }

  /* Room for the y title (turned), the y labels, the x labels and the x title. */
  plot_left = line_height + AXIS_GAP + y_label_width + AXIS_GAP;
  plot_right = width - MARGIN_RIGHT;
  plot_top = MARGIN_TOP;

  /* Several lines need a legend: a swatch and a name each, wrapping. */
  if (self->kind == EVD_CHART_LINE && self->series->len > 1)
    {
      double x = plot_left, y = 0;

      for (guint s = 0; s < self->series->len; s++)
        {
          Series *series = g_ptr_array_index (self->series, s);
          int name_width = text_width (self, series->name);

          if (x > plot_left && x + 16 + name_width > plot_right)
            {
              x = plot_left;
              y += line_height + 2;
            }
          series_color (widget, s, &color);
          set_color (cr, &color, 1);
          cairo_rectangle (cr, x, y + line_height / 2.0 - 4, 10, 8);
          cairo_fill (cr);
          set_color (cr, &fg, 0.8);
          show_text (self, cr, series->name, x + 14, y, 0, 0, NULL);
          x += 14 + name_width + 18;
        }
      plot_top = y + line_height + 2 + MARGIN_TOP;
    }
  plot_bottom = height - (line_height + AXIS_GAP) * 2;
  if (plot_right - plot_left < 20 || plot_bottom - plot_top < 20)
    return;

  /* Grid and y axis labels */
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i <= 4; i++)
    {
      double y = round (plot_bottom - (plot_bottom - plot_top) * i / 4) + 0.5;

      set_color (cr, &fg, i == 0 ? 0.5 : 0.12);
      cairo_move_to (cr, plot_left, y);
      cairo_line_to (cr, plot_right, y);
      cairo_stroke (cr);
      format_number (top * i / 4, number);
      set_color (cr, &fg, 0.7);
      show_text (self, cr, number, plot_left - AXIS_GAP, y, 1, 0.5, NULL);
    }

  /* Axis titles */
  set_color (cr, &fg, 0.7);
  if (self->x_title != NULL)
    show_text (self, cr, self->x_title, (plot_left + plot_right) / 2, height, 0.5, 1, NULL);
  if (self->y_title != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, (plot_top + plot_bottom) / 2);
      cairo_rotate (cr, -G_PI / 2);
      show_text (self, cr, self->y_title, 0, 0, 0.5, 0, NULL);
      cairo_restore (cr);
    }

  if (n == 0)
    return;
  slot = (plot_right - plot_left) / n;

  /* X labels, as many as fit without touching. */
  {
    int widest = 1;

    for (guint i = 0; i < n; i++)
      widest = MAX (widest, text_width (self, g_ptr_array_index (self->categories, i)));
    label_step = MAX (1, (int) ceil ((widest + 8) / MAX (slot, 1)));
    set_color (cr, &fg, 0.7);
    for (guint i = 0; i < n; i += label_step)
      {
        const char *label = g_ptr_array_index (self->categories, i);
        int label_width = text_width (self, label);
        /* Centred under its point, but never cut at the edges. */
        double x = CLAMP (plot_left + slot * (i + 0.5) - label_width / 2.0, 0, MAX (0, width - label_width));

        show_text (self, cr, label, x, plot_bottom + AXIS_GAP, 0, 0, NULL);
      }
  }

  for (guint s = self->series->len; s > 0; s--)
    {
      Series *series = g_ptr_array_index (self->series, s - 1);
      gboolean drawing = FALSE;
      double first_x = 0, last_x = 0;

      series_color (widget, s - 1, &color);
      cairo_new_path (cr);
      for (guint i = 0; i < n && i < series->values->len; i++)
        {
          double value = g_array_index (series->values, double, i);
          double x = plot_left + slot * (i + 0.5);
          double y = plot_bottom - (plot_bottom - plot_top) * value / top;

          if (!isfinite (value))
            continue;
          if (!drawing)
            {
              cairo_move_to (cr, x, y);
              first_x = x;
              drawing = TRUE;
            }
          else
            cairo_line_to (cr, x, y);
          last_x = x;
        }
      if (!drawing)
        continue;
      /* A light area under a lone series helps read its shape. */
      if (self->series->len == 1)
        {
          cairo_path_t *path = cairo_copy_path (cr);

          cairo_line_to (cr, last_x, plot_bottom);
          cairo_line_to (cr, first_x, plot_bottom);
          cairo_close_path (cr);
          set_color (cr, &color, 0.18);
          cairo_fill (cr);
          cairo_append_path (cr, path);
          cairo_path_destroy (path);
        }
      set_color (cr, &color, 1);
      cairo_set_line_width (cr, 2);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }

  /* Markers: a dashed line and its label at the top. */
  for (guint i = 0; i < self->markers->len; i++)
    {
      Marker *marker = &g_array_index (self->markers, Marker, i);
      double x = round (plot_left + slot * (marker->position + 0.5)) + 0.5;
      const double dashes[] = { 4, 3 };

      if (marker->position < -0.5 || marker->position > n - 0.5)
        continue;
      set_color (cr, &fg, 0.6);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_move_to (cr, x, plot_top);
      cairo_line_to (cr, x, plot_bottom);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      show_text (self, cr, marker->label, CLAMP (x, plot_left, plot_right), plot_top - 2,
                 x > (plot_left + plot_right) / 2 ? 1 : 0, 1, NULL);
    }
}

static void
evd_chart_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  EvdChart *self = EVD_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw (self, cr, width, height);
  cairo_destroy (cr);
}

static void
evd_chart_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  EvdChart *self = EVD_CHART (widget);

  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 220;
  /* Several lines have a legend above them: room for it, not taken from the plot. */
  if (self->kind == EVD_CHART_LINE && self->series->len > 1 && orientation == GTK_ORIENTATION_VERTICAL)
    {
      g_autoptr(PangoLayout) probe = gtk_widget_create_pango_layout (widget, "0");
      int line_height;

      pango_layout_get_pixel_size (probe, NULL, &line_height);
      *minimum += (line_height + 2) * self->series->len;
      *natural += (line_height + 2) * self->series->len;
    }
  /* Bars take a row each, however many there are. */
  if (self->kind == EVD_CHART_BARS && orientation == GTK_ORIENTATION_VERTICAL)
    {
      g_autoptr(PangoLayout) probe = gtk_widget_create_pango_layout (widget, "0");
      int line_height;

      pango_layout_get_pixel_size (probe, NULL, &line_height);
      *minimum = *natural = MAX (1, self->categories->len) * bar_row_height (line_height);
    }
}

static void
evd_chart_css_changed (GtkWidget         *widget,
                       GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (evd_chart_parent_class)->css_changed (widget, change);
  /* Light and dark: the colours come from the style. */
  gtk_widget_queue_draw (widget);
}

static void
evd_chart_finalize (GObject *object)
{
  EvdChart *self = EVD_CHART (object);

  g_free (self->x_title);
  g_free (self->y_title);
  g_free (self->limits_name);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_array_unref (self->limits);
  g_array_unref (self->markers);

  G_OBJECT_CLASS (evd_chart_parent_class)->finalize (object);
}

static void
evd_chart_class_init (EvdChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = evd_chart_finalize;
  widget_class->snapshot = evd_chart_snapshot;
  widget_class->measure = evd_chart_measure;
  widget_class->css_changed = evd_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
evd_chart_init (EvdChart *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->limits = g_array_new (FALSE, FALSE, sizeof (double));
  self->markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  g_array_set_clear_func (self->markers, marker_clear);
}

GtkWidget *
evd_chart_new (void)
{
  return g_object_new (EVD_TYPE_CHART, NULL);
}

void
evd_chart_clear (EvdChart *self)
{
  g_return_if_fail (EVD_IS_CHART (self));

  g_ptr_array_set_size (self->categories, 0);
  g_ptr_array_set_size (self->series, 0);
  g_array_set_size (self->limits, 0);
  g_array_set_size (self->markers, 0);
  g_clear_pointer (&self->limits_name, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
evd_chart_set_kind (EvdChart     *self,
                    EvdChartKind  kind)
{
  g_return_if_fail (EVD_IS_CHART (self));

  self->kind = kind;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
evd_chart_set_axis_titles (EvdChart   *self,
                           const char *x_title,
                           const char *y_title)
{
  g_return_if_fail (EVD_IS_CHART (self));

  set_string (&self->x_title, x_title);
  set_string (&self->y_title, y_title);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
evd_chart_set_categories (EvdChart           *self,
                          const char * const *labels,
                          guint               n)
{
  g_return_if_fail (EVD_IS_CHART (self));

  g_ptr_array_set_size (self->categories, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->categories, g_strdup (labels[i] != NULL ? labels[i] : ""));
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
evd_chart_add_series (EvdChart     *self,
                      const char   *name,
                      const double *values,
                      guint         n)
{
  Series *series;

  g_return_if_fail (EVD_IS_CHART (self));

  if (self->series->len >= MAX_SERIES)
    return;
  series = g_new0 (Series, 1);
  series->name = g_strdup (name);
  series->values = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  g_array_append_vals (series->values, values, n);
  g_ptr_array_add (self->series, series);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
evd_chart_set_limits (EvdChart     *self,
                      const char   *name,
                      const double *limits,
                      guint         n)
{
  g_return_if_fail (EVD_IS_CHART (self));

  set_string (&self->limits_name, name);
  g_array_set_size (self->limits, 0);
  g_array_append_vals (self->limits, limits, n);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
evd_chart_add_marker (EvdChart   *self,
                      double      position,
                      const char *label)
{
  Marker marker = { position, g_strdup (label) };

  g_return_if_fail (EVD_IS_CHART (self));

  g_array_append_val (self->markers, marker);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
evd_chart_get_n_categories (EvdChart *self)
{
  return self->categories->len;
}

const char *
evd_chart_get_category (EvdChart *self,
                        guint     index)
{
  g_return_val_if_fail (index < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, index);
}

guint
evd_chart_get_n_series (EvdChart *self)
{
  return self->series->len;
}

const char *
evd_chart_get_series_name (EvdChart *self,
                           guint     series)
{
  g_return_val_if_fail (series < self->series->len, NULL);
  return ((Series *) g_ptr_array_index (self->series, series))->name;
}

double
evd_chart_get_value (EvdChart *self,
                     guint     series,
                     guint     index)
{
  Series *s;

  g_return_val_if_fail (series < self->series->len, NAN);
  s = g_ptr_array_index (self->series, series);
  return index < s->values->len ? g_array_index (s->values, double, index) : NAN;
}

const char *
evd_chart_get_limits_name (EvdChart *self)
{
  return self->limits->len > 0 ? self->limits_name : NULL;
}

double
evd_chart_get_limit (EvdChart *self,
                     guint     index)
{
  return index < self->limits->len ? g_array_index (self->limits, double, index) : NAN;
}

const char *
evd_chart_get_x_title (EvdChart *self)
{
  return self->x_title;
}

const char *
evd_chart_get_y_title (EvdChart *self)
{
  return self->y_title;
}

/* The value axis's top as drawn, for line charts. */
double
evd_chart_get_axis_maximum (EvdChart *self)
{
  g_return_val_if_fail (EVD_IS_CHART (self), NAN);
  return axis_top (data_maximum (self));
}

EvdChartKind
evd_chart_get_kind (EvdChart *self)
{
  g_return_val_if_fail (EVD_IS_CHART (self), EVD_CHART_LINE);
  return self->kind;
}
