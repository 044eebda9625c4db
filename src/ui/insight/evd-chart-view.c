/* evd-chart-view.c: a chart with its title, a table instead on request, and
 * its numbers in words for screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-chart-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "evd-chart-view.h"

struct _EvdChartView
{
  GtkWidget        parent_instance;

  GtkLabel        *title_label;
  GtkToggleButton *table_toggle;
  GtkStack        *stack;
  EvdChart        *chart;
  GtkGrid         *table;

  char            *text_alternative;
};

G_DEFINE_FINAL_TYPE (EvdChartView, evd_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_value (double value)
{
  return evd_chart_format_count (value);
}

static void
table_toggled_cb (EvdChartView *self)
{
  gtk_stack_set_visible_child_name (self->stack, gtk_toggle_button_get_active (self->table_toggle) ? "table" : "chart");
}

static void
add_cell (EvdChartView *self,
          const char   *text,
          int           column,
          int           row,
          gboolean      heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->table, label, column, row, 1, 1);
}

static void
rebuild_table (EvdChartView *self)
{
  EvdChart *chart = self->chart;
  guint n_series = evd_chart_get_n_series (chart);
  const char *limits = evd_chart_get_limits_name (chart);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);

  add_cell (self, evd_chart_get_x_title (chart) ? evd_chart_get_x_title (chart) : "", 0, 0, TRUE);
  for (guint s = 0; s < n_series; s++)
    add_cell (self, evd_chart_get_series_name (chart, s), s + 1, 0, TRUE);
  if (limits != NULL)
    add_cell (self, limits, n_series + 1, 0, TRUE);

  for (guint i = 0; i < evd_chart_get_n_categories (chart); i++)
    {
      add_cell (self, evd_chart_get_category (chart, i), 0, i + 1, FALSE);
      for (guint s = 0; s < n_series; s++)
        {
          g_autofree char *value = format_value (evd_chart_get_value (chart, s, i));

          add_cell (self, value, s + 1, i + 1, FALSE);
        }
      if (limits != NULL)
        {
          double limit = evd_chart_get_limit (chart, i);
          g_autofree char *value = isfinite (limit) ? format_value (limit) : g_strdup (_("No limit"));

          add_cell (self, value, n_series + 1, i + 1, FALSE);
        }
    }
}

/* "Registrations by ticket type. Sold by ticket type: VIP Pass: 12 of 100; …" */
static char *
build_text_alternative (EvdChartView *self)
{
  EvdChart *chart = self->chart;
  GString *text = g_string_new (NULL);
  guint n = evd_chart_get_n_categories (chart);
  guint n_series = evd_chart_get_n_series (chart);

  g_string_append (text, gtk_label_get_text (self->title_label));
  g_string_append (text, ". ");
  if (n == 0 || n_series == 0)
    {
      g_string_append (text, _("No data yet."));
      return g_string_free (text, FALSE);
    }

  for (guint s = 0; s < n_series; s++)
    {
      /* Translators: a series of a chart, then what its points are, e.g. "Registrations by day: " */
      g_string_append_printf (text, _("%s by %s: "), evd_chart_get_series_name (chart, s),
                              evd_chart_get_x_title (chart) ? evd_chart_get_x_title (chart) : "");
      for (guint i = 0; i < n; i++)
        {
          double value = evd_chart_get_value (chart, s, i);
          /* The first series in the words drawn beside it ("12 of 100"). */
          g_autofree char *number = s == 0 ? evd_chart_describe (chart, i) : format_value (value);

          if (!isfinite (value))
            continue;
          if (i > 0)
            g_string_append (text, "; ");
          g_string_append_printf (text, "%s: %s", evd_chart_get_category (chart, i), number);
        }
      g_string_append (text, ". ");
    }

  return g_strstrip (g_string_free (text, FALSE));
}

void
evd_chart_view_update (EvdChartView *self)
{
  g_return_if_fail (EVD_IS_CHART_VIEW (self));

  rebuild_table (self);
  g_free (self->text_alternative);
  self->text_alternative = build_text_alternative (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->text_alternative,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chart), self->text_alternative);
}

const char *
evd_chart_view_get_text_alternative (EvdChartView *self)
{
  g_return_val_if_fail (EVD_IS_CHART_VIEW (self), NULL);
  return self->text_alternative;
}

EvdChart *
evd_chart_view_get_chart (EvdChartView *self)
{
  g_return_val_if_fail (EVD_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

const char *
evd_chart_view_get_title (EvdChartView *self)
{
  g_return_val_if_fail (EVD_IS_CHART_VIEW (self), NULL);
  return gtk_label_get_text (self->title_label);
}

void
evd_chart_view_set_title (EvdChartView *self,
                          const char   *title)
{
  g_return_if_fail (EVD_IS_CHART_VIEW (self));

  if (g_strcmp0 (gtk_label_get_text (self->title_label), title ? title : "") == 0)
    return;
  gtk_label_set_text (self->title_label, title ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
evd_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EvdChartView *self = EVD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, evd_chart_view_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_chart_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EvdChartView *self = EVD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      evd_chart_view_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_chart_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_CHART_VIEW);
  /* The template's top box has no id, and GTK 4.8 unparents only the
   * children it binds. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (evd_chart_view_parent_class)->dispose (object);
}

static void
evd_chart_view_finalize (GObject *object)
{
  g_free (EVD_CHART_VIEW (object)->text_alternative);

  G_OBJECT_CLASS (evd_chart_view_parent_class)->finalize (object);
}

static void
evd_chart_view_class_init (EvdChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_chart_view_get_property;
  object_class->set_property = evd_chart_view_set_property;
  object_class->dispose = evd_chart_view_dispose;
  object_class->finalize = evd_chart_view_finalize;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EVD_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/eventdesk/EventDesk/ui/insight/evd-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdChartView, title_label);
  gtk_widget_class_bind_template_child (widget_class, EvdChartView, table_toggle);
  gtk_widget_class_bind_template_child (widget_class, EvdChartView, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdChartView, chart);
  gtk_widget_class_bind_template_child (widget_class, EvdChartView, table);
  gtk_widget_class_bind_template_callback (widget_class, table_toggled_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
evd_chart_view_init (EvdChartView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->text_alternative = g_strdup ("");
}
