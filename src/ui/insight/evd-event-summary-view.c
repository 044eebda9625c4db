/* evd-event-summary-view.c: the event page's numbers and charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-summary-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "evd-attendance-window.h"
#include "evd-chart-view.h"
#include "evd-event-insight.h"
#include "evd-event-summary-view.h"
#include "evd-time.h"

/* The page appears at once: the numbers kept from last time come first,
 * marked with their time, then the fresh ones replace them. Nothing here
 * waits on the network or the disk in the main loop. */
struct _EvdEventSummaryView
{
  GtkWidget        parent_instance;

  EvdClient       *client;
  EvdEvent        *event;
  EvdEventInsight *insight;
  EvdEventSummary *summary;
  gboolean         fresh;
  gboolean         loading;
  GCancellable    *cancellable;

  GtkSpinner      *spinner;
  GtkLabel        *as_of_label;
  GtkLabel        *notice_label;
  GtkWidget       *content_box;
  GtkLabel        *registered_value;
  GtkLabel        *places_value;
  GtkLabel        *today_value;
  GtkLabel        *week_value;
  GtkLabel        *attended_value;
  GtkLabel        *rate_value;
  GtkWidget       *today_card;
  GtkWidget       *week_card;
  GtkWidget       *attended_card;
  GtkWidget       *rate_card;
  GtkWidget       *attendance_button;
  EvdChartView    *cumulative_view;
  EvdChartView    *types_view;
  EvdChartView    *sources_view;
  EvdChartView    *presence_view;
  EvdChartView    *sessions_view;
};

G_DEFINE_FINAL_TYPE (EvdEventSummaryView, evd_event_summary_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GTimeZone *
event_zone (EvdEventSummary *summary)
{
  GTimeZone *zone = evd_time_zone_new (evd_event_summary_get_timezone (summary));

  return zone != NULL ? zone : g_time_zone_new_utc ();
}

/* An axis in the event's time zone says which: "Time (Asia/Tokyo)". */
static char *
zoned_title (const char      *title,
             EvdEventSummary *summary)
{
  const char *zone = evd_event_summary_get_timezone (summary);
  g_autoptr(GTimeZone) valid = evd_time_zone_new (zone);

  /* event_zone () falls back to UTC, and so does the title. */
  if (valid == NULL)
    zone = "UTC";
  /* Translators: an axis title and the time zone its times are in, e.g. "Time (Asia/Tokyo)" */
  return g_strdup_printf (_("%s (%s)"), title, zone);
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
julian_at (GTimeZone *zone,
           gint64     unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local), g_date_time_get_year (local));
  return g_date_get_julian (&date);
}

static char *
day_label (gint64 julian)
{
  GDate date;
  char text[64];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) julian);
  /* Translators: a short day for a chart's axis, see strftime; e.g. "3 Mar" */
  if (g_date_strftime (text, sizeof text, _("%e %b"), &date) == 0)
    return g_strdup ("");
  return g_strstrip (g_strdup (text));
}

static void
fill_cumulative (EvdEventSummaryView *self,
                 EvdEventSummary     *summary)
{
  EvdChart *chart = evd_chart_view_get_chart (self->cumulative_view);
  g_autoptr(GTimeZone) zone = event_zone (summary);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  const EvdSummaryDay *days;
  gint64 first, last, today, opened = 0, start_day = 0;
  double total = 0;
  guint n, next = 0;
  g_autofree char *day_title = NULL;

  evd_chart_clear (chart);
  evd_chart_set_kind (chart, EVD_CHART_LINE);
  day_title = zoned_title (_("Day"), summary);
  evd_chart_set_axis_titles (chart, day_title, _("Registered"));
  days = evd_event_summary_get_days (summary, &n);
  if (n > 0)
    {
      today = julian_at (zone, g_get_real_time () / G_USEC_PER_SEC);
      first = julian_of (days[0].date);
      last = julian_of (days[n - 1].date);
      if (evd_event_summary_get_opened (summary) > 0)
        opened = julian_at (zone, evd_event_summary_get_opened (summary));
      if (evd_event_summary_get_start (summary) > 0)
        start_day = julian_at (zone, evd_event_summary_get_start (summary));
      /* From registration opening up to today or the event, whichever is
       * first: the curve shows how the event got where it is. */
      if (opened > 0 && opened < first && first - opened < 366)
        first = opened;
      if (start_day == 0 || today <= start_day)
        last = today > last && today - last < 366 ? today : last;
      else if (start_day > last && start_day - last < 366)
        last = start_day;

      for (gint64 day = first; day <= last; day++)
        {
          while (next < n && julian_of (days[next].date) <= day)
            total += days[next++].count;
          g_ptr_array_add (labels, day_label (day));
          g_array_append_val (values, total);
        }
      evd_chart_set_categories (chart, (const char * const *) labels->pdata, labels->len);
      evd_chart_add_series (chart, _("Registered"), (double *) (gpointer) values->data, values->len);
      /* Two labels on one day would overlap; today says more. */
      if (opened >= first && opened <= last && opened != today)
        evd_chart_add_marker (chart, opened - first, _("Registration opened"));
      if (today >= first && today <= last)
        evd_chart_add_marker (chart, today - first, _("Today"));
    }
  evd_chart_view_update (self->cumulative_view);
}

static void
fill_types (EvdEventSummaryView *self,
            EvdEventSummary     *summary)
{
  EvdChart *chart = evd_chart_view_get_chart (self->types_view);
  const EvdSummaryTicketType *types;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) limits = g_array_new (FALSE, FALSE, sizeof (double));
  guint n;

  evd_chart_clear (chart);
  /* Each type against its own places: 8 sold of 2,000 still reads. */
  evd_chart_set_kind (chart, EVD_CHART_BARS);
  evd_chart_set_axis_titles (chart, _("Ticket type"), _("Registrations"));
  types = evd_event_summary_get_ticket_types (summary, &n);
  for (guint i = 0; i < n; i++)
    {
      double sold = types[i].sold;
      double limit = types[i].quantity >= 0 ? (double) types[i].quantity : NAN;

      g_ptr_array_add (labels, (gpointer) types[i].name);
      g_array_append_val (values, sold);
      g_array_append_val (limits, limit);
    }
  evd_chart_set_categories (chart, (const char * const *) labels->pdata, labels->len);
  evd_chart_add_series (chart, _("Sold"), (double *) (gpointer) values->data, values->len);
  /* Always, so a type without a limit says "no limit" even when none has one. */
  evd_chart_set_limits (chart, _("Places"), (double *) (gpointer) limits->data, limits->len);
  evd_chart_view_update (self->types_view);
}

static void
fill_sources (EvdEventSummaryView *self,
              EvdEventSummary     *summary)
{
  EvdChart *chart = evd_chart_view_get_chart (self->sources_view);
  const EvdSummarySource *sources;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  guint n;

  evd_chart_clear (chart);
  /* Bars, one row each: a long source's name stays readable on a narrow window. */
  evd_chart_set_kind (chart, EVD_CHART_BARS);
  evd_chart_set_axis_titles (chart, _("Source"), _("Registrations"));
  sources = evd_event_summary_get_sources (summary, &n);
  for (guint i = 0; i < n; i++)
    {
      double count = sources[i].count;

      g_ptr_array_add (labels, (gpointer) (*sources[i].source ? sources[i].source : _("None given")));
      g_array_append_val (values, count);
    }
  evd_chart_set_categories (chart, (const char * const *) labels->pdata, labels->len);
  evd_chart_add_series (chart, _("Registrations"), (double *) (gpointer) values->data, values->len);
  evd_chart_view_update (self->sources_view);
}

static void
fill_attendance (EvdEventSummaryView *self,
                 EvdEventSummary     *summary)
{
  EvdChart *presence = evd_chart_view_get_chart (self->presence_view);
  EvdChart *sessions = evd_chart_view_get_chart (self->sessions_view);
  g_autoptr(GTimeZone) zone = event_zone (summary);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  const EvdSummarySession *session_rows;
  const guint *bins;
  gint64 start;
  guint n;
  g_autofree char *time_title = NULL;

  evd_chart_clear (presence);
  evd_chart_set_kind (presence, EVD_CHART_LINE);
  time_title = zoned_title (_("Time"), summary);
  evd_chart_set_axis_titles (presence, time_title, _("People present"));
  bins = evd_event_summary_get_presence (summary, &n, &start);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (start + (gint64) i * EVD_SUMMARY_BIN_SECONDS);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);
      double value = bins[i];

      g_ptr_array_add (labels, g_date_time_format (local, "%H:%M"));
      g_array_append_val (values, value);
    }
  evd_chart_set_categories (presence, (const char * const *) labels->pdata, labels->len);
  evd_chart_add_series (presence, _("People present"), (double *) (gpointer) values->data, values->len);
  evd_chart_view_update (self->presence_view);
  gtk_widget_set_visible (GTK_WIDGET (self->presence_view), n > 0);

  g_ptr_array_set_size (labels, 0);
  g_array_set_size (values, 0);
  evd_chart_clear (sessions);
  /* Session names are long: a row each, not cut under a column. */
  evd_chart_set_kind (sessions, EVD_CHART_BARS);
  evd_chart_set_axis_titles (sessions, _("Session"), _("Attended"));
  session_rows = evd_event_summary_get_sessions (summary, &n);
  for (guint i = 0; i < n; i++)
    {
      double value = session_rows[i].attended;

      g_ptr_array_add (labels, g_strdup (session_rows[i].session_name));
      g_array_append_val (values, value);
    }
  evd_chart_set_categories (sessions, (const char * const *) labels->pdata, labels->len);
  evd_chart_add_series (sessions, _("Attended"), (double *) (gpointer) values->data, values->len);
  evd_chart_view_update (self->sessions_view);
  /* Per session says something only when there are several. */
  gtk_widget_set_visible (GTK_WIDGET (self->sessions_view), n > 1);
}

static char *
count_text (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
show_notice (EvdEventSummaryView *self,
             EvdEventSummary     *summary)
{
  const char * const *missing = evd_event_summary_get_missing_scopes (summary);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; missing != NULL && missing[i] != NULL; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (g_str_has_suffix (missing[i], "event_attendance:admin"))
        g_string_append_printf (text, _("Attendance cannot be shown: Event Desk may not read Zoom’s attendance report. Add the scope “%s” to your app in Zoom’s App Marketplace."), missing[i]);
      else
        g_string_append_printf (text, _("Registration dates and sources cannot be shown: Event Desk may not read Zoom’s registration report. Add the scope “%s” to your app in Zoom’s App Marketplace."), missing[i]);
    }
  gtk_label_set_text (self->notice_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), text->len > 0);
}

static void show_card (GtkWidget *card,
                       gboolean   visible);

static void
show_summary (EvdEventSummaryView *self,
              EvdEventSummary     *summary,
              gboolean             fresh)
{
  g_autofree char *registered = count_text (evd_event_summary_get_registered (summary));
  g_autofree char *today = count_text (evd_event_summary_get_new_today (summary));
  g_autofree char *week = count_text (evd_event_summary_get_new_this_week (summary));
  g_autoptr(GDateTime) as_of = g_date_time_new_from_unix_local (evd_event_summary_get_as_of (summary));
  g_autofree char *time = as_of != NULL ? g_date_time_format (as_of, "%H:%M") : g_strdup ("");
  g_autofree char *as_of_text = NULL;
  gboolean has_report = evd_event_summary_has_registration_report (summary);
  gint64 attended = evd_event_summary_get_attended (summary);
  gint64 left = evd_event_summary_get_places_left (summary);

  g_set_object (&self->summary, summary);
  self->fresh = fresh;
  /* Nothing but the heading and the spinner until there are numbers. */
  gtk_widget_set_visible (self->content_box, TRUE);

  gtk_label_set_text (self->registered_value, registered);
  if (left < 0)
    gtk_label_set_text (self->places_value, _("No limit"));
  else
    {
      g_autofree char *text = count_text (left);

      gtk_label_set_text (self->places_value, text);
    }
  gtk_label_set_text (self->today_value, today);
  gtk_label_set_text (self->week_value, week);
  show_card (self->today_card, has_report);
  show_card (self->week_card, has_report);
  show_card (self->attended_card, attended >= 0);
  show_card (self->rate_card, attended >= 0);
  gtk_widget_set_visible (self->attendance_button, attended >= 0);
  if (attended >= 0)
    {
      g_autofree char *count = count_text (attended);
      gint64 n_registered = evd_event_summary_get_registered (summary);
      /* Translators: a share in percent, e.g. "56%" */
      g_autofree char *rate = n_registered > 0 ? g_strdup_printf (_("%d%%"), (int) floor (100.0 * attended / n_registered + 0.5))
                                              : g_strdup ("—");

      gtk_label_set_text (self->attended_value, count);
      gtk_label_set_text (self->rate_value, rate);
    }

  /* Translators: when the numbers shown were read, e.g. "As of 14:02" */
  as_of_text = g_strdup_printf (_("As of %s"), time);
  gtk_label_set_text (self->as_of_label, as_of_text);

  show_notice (self, summary);
  fill_cumulative (self, summary);
  fill_types (self, summary);
  fill_sources (self, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->cumulative_view), has_report);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_view), has_report);
  if (attended >= 0)
    fill_attendance (self, summary);
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->presence_view), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->sessions_view), FALSE);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.show-attendance", attended >= 0);
}

/* A card sits in a GtkFlowBoxChild: hiding the card alone leaves a gap. */
static void
show_card (GtkWidget *card,
           gboolean   visible)
{
  GtkWidget *parent = gtk_widget_get_parent (card);

  gtk_widget_set_visible (card, visible);
  if (GTK_IS_FLOW_BOX_CHILD (parent))
    gtk_widget_set_visible (parent, visible);
}

static void
set_loading (EvdEventSummaryView *self,
             gboolean             loading)
{
  self->loading = loading;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  gtk_spinner_set_spinning (self->spinner, loading);
}

static void
refresh_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(EvdEventSummaryView) self = user_data;
  g_autoptr(EvdEventSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = evd_event_insight_refresh_finish (EVD_EVENT_INSIGHT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || EVD_EVENT_INSIGHT (object) != self->insight)
    return;
  set_loading (self, FALSE);
  if (summary == NULL)
    {
      /* What was shown stays; the person learns it is not the latest. */
      g_autofree char *text = g_strdup_printf (_("Could not get the latest numbers: %s"), error->message);

      gtk_label_set_text (self->as_of_label, text);
      return;
    }
  show_summary (self, summary, TRUE);
}

static void
cached_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EvdEventSummaryView) self = user_data;
  g_autoptr(EvdEventSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = evd_event_insight_load_cached_finish (EVD_EVENT_INSIGHT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || EVD_EVENT_INSIGHT (object) != self->insight)
    return;
  /* The fresh numbers may already be there. */
  if (summary != NULL && !self->fresh)
    show_summary (self, summary, FALSE);
  evd_event_insight_refresh_async (self->insight, self->cancellable, refresh_cb, g_object_ref (self));
}

static void
reload (EvdEventSummaryView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->insight);
  g_clear_object (&self->summary);
  self->fresh = FALSE;
  gtk_widget_set_visible (self->content_box, FALSE);

  /* A draft has no registrations yet: nothing to ask Zoom for. */
  gtk_widget_set_visible (GTK_WIDGET (self), self->event == NULL ||
                          evd_event_get_status (self->event) != EVD_EVENT_STATUS_DRAFT);
  if (self->client == NULL || self->event == NULL || evd_event_get_event_id (self->event) == NULL ||
      evd_event_get_status (self->event) == EVD_EVENT_STATUS_DRAFT)
    return;

  self->cancellable = g_cancellable_new ();
  self->insight = evd_event_insight_new (self->client, evd_event_get_event_id (self->event));
  gtk_label_set_text (self->as_of_label, "");
  set_loading (self, TRUE);
  evd_event_insight_load_cached_async (self->insight, self->cancellable, cached_cb, g_object_ref (self));
}

static void
show_attendance_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EvdEventSummaryView *self = EVD_EVENT_SUMMARY_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window;

  if (self->summary == NULL || evd_event_summary_get_attended (self->summary) < 0)
    return;
  window = evd_attendance_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->summary);
  gtk_window_present (window);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EvdEventSummaryView *self = EVD_EVENT_SUMMARY_VIEW (widget);

  if (self->insight == NULL || self->loading)
    return;
  set_loading (self, TRUE);
  evd_event_insight_refresh_async (self->insight, self->cancellable, refresh_cb, g_object_ref (self));
}

EvdClient *
evd_event_summary_view_get_client (EvdEventSummaryView *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY_VIEW (self), NULL);
  return self->client;
}

void
evd_event_summary_view_set_client (EvdEventSummaryView *self,
                                   EvdClient           *client)
{
  g_return_if_fail (EVD_IS_EVENT_SUMMARY_VIEW (self));

  if (!g_set_object (&self->client, client))
    return;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

EvdEvent *
evd_event_summary_view_get_event (EvdEventSummaryView *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY_VIEW (self), NULL);
  return self->event;
}

void
evd_event_summary_view_set_event (EvdEventSummaryView *self,
                                  EvdEvent            *event)
{
  gboolean same_event;

  g_return_if_fail (EVD_IS_EVENT_SUMMARY_VIEW (self));

  same_event = self->event != NULL && event != NULL &&
               g_strcmp0 (evd_event_get_event_id (self->event), evd_event_get_event_id (event)) == 0 &&
               evd_event_get_status (self->event) == evd_event_get_status (event);
  if (!g_set_object (&self->event, event))
    return;
  /* The page replaces the event with a fresher copy when it loads or is
   * refreshed: the same event's numbers are then refreshed too (a refresh
   * already under way answers for both). */
  if (!same_event)
    reload (self);
  else if (self->insight != NULL && !self->loading)
    gtk_widget_activate_action (GTK_WIDGET (self), "summary.refresh", NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

EvdEventSummary *
evd_event_summary_view_get_summary (EvdEventSummaryView *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY_VIEW (self), NULL);
  return self->summary;
}

gboolean
evd_event_summary_view_is_fresh (EvdEventSummaryView *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY_VIEW (self), FALSE);
  return self->fresh;
}

gboolean
evd_event_summary_view_is_loading (EvdEventSummaryView *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY_VIEW (self), FALSE);
  return self->loading;
}

static void
evd_event_summary_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  EvdEventSummaryView *self = EVD_EVENT_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_summary_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  EvdEventSummaryView *self = EVD_EVENT_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      evd_event_summary_view_set_client (self, g_value_get_object (value));
      break;
    case PROP_EVENT:
      evd_event_summary_view_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_summary_view_dispose (GObject *object)
{
  GtkWidget *child;
  EvdEventSummaryView *self = EVD_EVENT_SUMMARY_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_EVENT_SUMMARY_VIEW);
  /* The template's top box has no id, and GTK 4.8 unparents only the
   * children it binds. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->insight);
  g_clear_object (&self->summary);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_event_summary_view_parent_class)->dispose (object);
}

static void
evd_event_summary_view_class_init (EvdEventSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_event_summary_view_get_property;
  object_class->set_property = evd_event_summary_view_set_property;
  object_class->dispose = evd_event_summary_view_dispose;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "summary.show-attendance", NULL, show_attendance_action);
  gtk_widget_class_install_action (widget_class, "summary.refresh", NULL, refresh_action);

  g_type_ensure (EVD_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/eventdesk/EventDesk/ui/insight/evd-event-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, notice_label);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, content_box);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, registered_value);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, places_value);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, today_value);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, week_value);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, attended_value);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, rate_value);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, today_card);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, week_card);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, attended_card);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, rate_card);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, attendance_button);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, cumulative_view);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, types_view);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, sources_view);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, presence_view);
  gtk_widget_class_bind_template_child (widget_class, EvdEventSummaryView, sessions_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
evd_event_summary_view_init (EvdEventSummaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.show-attendance", FALSE);
}
