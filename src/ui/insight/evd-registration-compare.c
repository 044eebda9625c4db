/* evd-registration-compare.c: a hub's events' registration curves, laid over
 * each other by days before each event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-registration-compare"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "evd-chart-view.h"
#include "evd-event-insight.h"
#include "evd-registration-compare.h"
#include "evd-time.h"

struct _EvdRegistrationCompare
{
  GtkWidget     parent_instance;

  EvdClient    *client;
  GListModel   *events;
  GCancellable *cancellable;
  GPtrArray    *insights;    /* EvdEventInsight, latest event first */
  GPtrArray    *summaries;   /* EvdEventSummary or NULL, the same order */
  guint         pending;
  guint         reload_id;

  EvdChartView *chart_view;
};

G_DEFINE_FINAL_TYPE (EvdRegistrationCompare, evd_registration_compare, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CLIENT,
  PROP_EVENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_summary (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static gint64
julian_of (const char *date)
{
  int year, month, day;
  GDate parsed;

  if (sscanf (date, "%d-%d-%d", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
    return 0;
  g_date_clear (&parsed, 1);
  g_date_set_dmy (&parsed, day, month, year);
  return g_date_get_julian (&parsed);
}

static gint64
julian_in_zone (const char *zone_name,
                gint64      unix_time)
{
  g_autoptr(GTimeZone) zone = evd_time_zone_new (zone_name);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = NULL;
  GDate date;

  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (utc, zone);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local), g_date_time_get_year (local));
  return g_date_get_julian (&date);
}

/* One curve: registrations so far, DAYS before the event's first day
 * (in its time zone) up to that day; days still to come are left blank. */
static void
add_curve (EvdChart        *chart,
           EvdEventSummary *summary)
{
  double values[EVD_REGISTRATION_COMPARE_DAYS + 1];
  const EvdSummaryDay *days;
  const char *zone = evd_event_summary_get_timezone (summary);
  gint64 start_day, today;
  double total = 0;
  guint n, next = 0;

  days = evd_event_summary_get_days (summary, &n);
  start_day = julian_in_zone (zone, evd_event_summary_get_start (summary));
  today = julian_in_zone (zone, g_get_real_time () / G_USEC_PER_SEC);
  /* Registrations before the window count from its first day. */
  while (next < n && julian_of (days[next].date) < start_day - EVD_REGISTRATION_COMPARE_DAYS)
    total += days[next++].count;

  for (guint i = 0; i <= EVD_REGISTRATION_COMPARE_DAYS; i++)
    {
      gint64 day = start_day - EVD_REGISTRATION_COMPARE_DAYS + i;

      while (next < n && julian_of (days[next].date) <= day)
        total += days[next++].count;
      values[i] = day > today ? NAN : total;
    }
  evd_chart_add_series (chart, evd_event_summary_get_event_name (summary), values, G_N_ELEMENTS (values));
}

static void
redraw (EvdRegistrationCompare *self)
{
  EvdChart *chart = evd_chart_view_get_chart (self->chart_view);
  char *labels[EVD_REGISTRATION_COMPARE_DAYS + 1];
  guint shown = 0;

  evd_chart_clear (chart);
  evd_chart_set_kind (chart, EVD_CHART_LINE);
  evd_chart_set_axis_titles (chart, _("Days before the event"), _("Registered"));
  for (guint i = 0; i <= EVD_REGISTRATION_COMPARE_DAYS; i++)
    labels[i] = g_strdup_printf ("%d", (int) i - EVD_REGISTRATION_COMPARE_DAYS);
  evd_chart_set_categories (chart, (const char * const *) labels, G_N_ELEMENTS (labels));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_free (labels[i]);

  for (guint i = 0; i < self->summaries->len; i++)
    {
      EvdEventSummary *summary = g_ptr_array_index (self->summaries, i);

      if (summary == NULL || !evd_event_summary_has_registration_report (summary) ||
          evd_event_summary_get_start (summary) <= 0)
        continue;
      add_curve (chart, summary);
      shown++;
    }
  evd_chart_view_update (self->chart_view);
  /* One curve compares nothing. */
  gtk_widget_set_visible (GTK_WIDGET (self), shown >= 2);
}

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(EvdRegistrationCompare) self = user_data;
  g_autoptr(EvdEventSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  guint index;

  summary = evd_event_insight_refresh_finish (EVD_EVENT_INSIGHT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      !g_ptr_array_find (self->insights, object, &index))
    return;
  self->pending--;
  /* An event whose numbers cannot be read is left out of the comparison. */
  if (summary != NULL)
    {
      g_clear_object (&self->summaries->pdata[index]);
      self->summaries->pdata[index] = g_steal_pointer (&summary);
    }
  redraw (self);
}

static void
cached_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EvdRegistrationCompare) self = user_data;
  g_autoptr(EvdEventSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  guint index;

  summary = evd_event_insight_load_cached_finish (EVD_EVENT_INSIGHT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      !g_ptr_array_find (self->insights, object, &index))
    return;
  if (summary != NULL && self->summaries->pdata[index] == NULL)
    {
      self->summaries->pdata[index] = g_steal_pointer (&summary);
      redraw (self);
    }
  evd_event_insight_refresh_async (EVD_EVENT_INSIGHT (object), self->cancellable, refreshed_cb, g_object_ref (self));
}

static gint
compare_latest_first (gconstpointer a,
                      gconstpointer b)
{
  EvdEvent *ea = *(EvdEvent **) a, *eb = *(EvdEvent **) b;
  GDateTime *sa = evd_event_get_start_time (ea), *sb = evd_event_get_start_time (eb);

  if (sa == NULL || sb == NULL)
    return (sa == NULL) - (sb == NULL);
  return g_date_time_compare (sb, sa);
}

/* The hub page lists the events; only their reports are read here. */
static void
reload (EvdRegistrationCompare *self)
{
  g_autoptr(GPtrArray) published = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_ptr_array_set_size (self->insights, 0);
  g_ptr_array_set_size (self->summaries, 0);
  self->pending = 0;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  if (self->client == NULL || self->events == NULL)
    return;
  self->cancellable = g_cancellable_new ();

  n = g_list_model_get_n_items (self->events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->events, i);

      if (EVD_IS_EVENT (item) && evd_event_get_status (EVD_EVENT (item)) == EVD_EVENT_STATUS_PUBLISHED &&
          evd_event_get_start_time (EVD_EVENT (item)) != NULL)
        g_ptr_array_add (published, g_steal_pointer (&item));
    }
  g_ptr_array_sort (published, compare_latest_first);

  for (guint i = 0; i < published->len && i < EVD_REGISTRATION_COMPARE_MAX_EVENTS; i++)
    {
      EvdEvent *event = g_ptr_array_index (published, i);
      EvdEventInsight *insight = evd_event_insight_new (self->client, evd_event_get_event_id (event));

      g_ptr_array_add (self->insights, insight);
      g_ptr_array_add (self->summaries, NULL);
      self->pending++;
      evd_event_insight_load_cached_async (insight, self->cancellable, cached_cb, g_object_ref (self));
    }
}

static gboolean
reload_cb (gpointer user_data)
{
  EvdRegistrationCompare *self = user_data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* A hub's first download reaches the list in many steps, a few frames
 * apart (evd-hub-events.c): one reload once they stop coming, not one
 * pass over thousands of events per step. */
#define RELOAD_DELAY_MS 100

static void
items_changed_cb (EvdRegistrationCompare *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
}

gboolean
evd_registration_compare_is_loading (EvdRegistrationCompare *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATION_COMPARE (self), FALSE);
  return self->pending > 0 || self->reload_id != 0;
}

GtkWidget *
evd_registration_compare_get_chart_view (EvdRegistrationCompare *self)
{
  g_return_val_if_fail (EVD_IS_REGISTRATION_COMPARE (self), NULL);
  return GTK_WIDGET (self->chart_view);
}

static void
evd_registration_compare_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  EvdRegistrationCompare *self = EVD_REGISTRATION_COMPARE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_registration_compare_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  EvdRegistrationCompare *self = EVD_REGISTRATION_COMPARE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      if (g_set_object (&self->client, g_value_get_object (value)))
        {
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_EVENTS:
      if (self->events != g_value_get_object (value))
        {
          if (self->events != NULL)
            g_signal_handlers_disconnect_by_func (self->events, items_changed_cb, self);
          g_set_object (&self->events, g_value_get_object (value));
          if (self->events != NULL)
            g_signal_connect_object (self->events, "items-changed", G_CALLBACK (items_changed_cb),
                                     self, G_CONNECT_SWAPPED);
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_registration_compare_dispose (GObject *object)
{
  GtkWidget *child;
  EvdRegistrationCompare *self = EVD_REGISTRATION_COMPARE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_REGISTRATION_COMPARE);
  /* The template's top box has no id, and GTK 4.8 unparents only the
   * children it binds. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_func (self->events, items_changed_cb, self);
  g_clear_object (&self->events);

  G_OBJECT_CLASS (evd_registration_compare_parent_class)->dispose (object);
}

static void
evd_registration_compare_finalize (GObject *object)
{
  EvdRegistrationCompare *self = EVD_REGISTRATION_COMPARE (object);

  g_ptr_array_unref (self->insights);
  g_ptr_array_unref (self->summaries);

  G_OBJECT_CLASS (evd_registration_compare_parent_class)->finalize (object);
}

static void
evd_registration_compare_class_init (EvdRegistrationCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_registration_compare_get_property;
  object_class->set_property = evd_registration_compare_set_property;
  object_class->dispose = evd_registration_compare_dispose;
  object_class->finalize = evd_registration_compare_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EVD_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/eventdesk/EventDesk/ui/insight/evd-registration-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdRegistrationCompare, chart_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
evd_registration_compare_init (EvdRegistrationCompare *self)
{
  self->insights = g_ptr_array_new_with_free_func (g_object_unref);
  self->summaries = g_ptr_array_new_with_free_func (clear_summary);
  gtk_widget_init_template (GTK_WIDGET (self));
}
