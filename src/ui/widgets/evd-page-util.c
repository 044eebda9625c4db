/* evd-page-util.c: what the content pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-page-util"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "evd-page-util.h"
#include "evd-ui-util.h"

static const char * const status_nicks[] = { "draft", "upcoming", "past", "cancelled" };

/**
 * evd_status_badge_set:
 * @badge: a #GtkLabel with the `status-badge` class
 *
 * Shows @status in words and in colour; the words are what counts, the
 * colour only helps.
 */
void
evd_status_badge_set (GtkWidget        *badge,
                      EvdDisplayStatus  status)
{
  g_return_if_fail (GTK_IS_LABEL (badge));

  for (guint i = 0; i < G_N_ELEMENTS (status_nicks); i++)
    gtk_widget_remove_css_class (badge, status_nicks[i]);

  gtk_widget_add_css_class (badge, "status-badge");
  gtk_widget_add_css_class (badge, evd_display_status_to_nick (status));
  gtk_label_set_text (GTK_LABEL (badge), evd_display_status_to_label (status));
}

/**
 * evd_format_count:
 *
 * Returns: (transfer full): @count with the locale's thousands separator
 */
char *
evd_format_count (guint64 count)
{
  const struct lconv *conventions = localeconv ();
  g_autofree char *digits = NULL;
  GString *grouped;
  gsize length;

  if (conventions->thousands_sep != NULL && *conventions->thousands_sep != '\0')
    return g_strdup_printf ("%'" G_GUINT64_FORMAT, count);

  /* The C locale groups nothing; organizers read "100,000" better than
   * "100000", so group as English does. */
  digits = g_strdup_printf ("%" G_GUINT64_FORMAT, count);
  length = strlen (digits);
  grouped = g_string_sized_new (length + length / 3);
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (grouped, ',');
      g_string_append_c (grouped, digits[i]);
    }
  return g_string_free (grouped, FALSE);
}

static gboolean
same_offset_for_viewer (GDateTime  *time,
                        const char *event_zone)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) in_event_zone = NULL;
  g_autoptr(GDateTime) in_viewer_zone = NULL;

  if (event_zone == NULL)
    return TRUE;

  zone = g_time_zone_new_identifier (event_zone);
  if (zone == NULL)
    return FALSE;

  in_event_zone = g_date_time_to_timezone (time, zone);
  in_viewer_zone = g_date_time_to_local (time);
  return g_date_time_get_utc_offset (in_event_zone) == g_date_time_get_utc_offset (in_viewer_zone);
}

/**
 * evd_format_range_for_viewer:
 * @end: (nullable): the end
 * @event_zone: (nullable): the event's zone
 *
 * Returns: (transfer full) (nullable): "Your time: Wed 16 Dec 2026,
 *   03:00–04:30 (CEST)", or %NULL when the viewer's clock shows the same
 *   time as the event's
 */
char *
evd_format_range_for_viewer (GDateTime  *start,
                             GDateTime  *end,
                             const char *event_zone)
{
  g_autofree char *range = NULL;

  if (start == NULL)
    return NULL;

  if (same_offset_for_viewer (start, event_zone) &&
      (end == NULL || same_offset_for_viewer (end, event_zone)))
    return NULL;

  range = evd_format_time_range (start, end, NULL);
  /* Translators: a time range shown in the viewer's own time zone */
  return g_strdup_printf (_("Your time: %s"), range);
}

static const char *
ordinal_week (int week)
{
  switch (week)
    {
    case 1: return _("first");
    case 2: return _("second");
    case 3: return _("third");
    case 4: return _("fourth");
    case -1: return _("last");
    default: return NULL;
    }
}

static char *
weekdays_in_words (EvdWeekdays days)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (int zoom_day = 1; zoom_day <= 7; zoom_day++)
    if (days & evd_weekdays_from_zoom_day (zoom_day))
      g_ptr_array_add (names, (gpointer) evd_weekday_to_label (zoom_day));

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        /* Translators: between weekdays; the last pair uses " and " */
        g_string_append (out, i + 1 == names->len ? _(" and ") : _(", "));
      g_string_append (out, g_ptr_array_index (names, i));
    }
  return g_string_free (out, FALSE);
}

static char *
recurrence_pattern (EvdRecurrence *recurrence,
                    GDateTime     *local_start)
{
  guint interval = MAX (evd_recurrence_get_repeat_interval (recurrence), 1);

  switch (evd_recurrence_get_recurrence_type (recurrence))
    {
    case EVD_RECURRENCE_TYPE_DAILY:
      if (interval == 1)
        return g_strdup (_("Daily"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u day", "Every %u days", interval), interval);

    case EVD_RECURRENCE_TYPE_WEEKLY:
      {
        EvdWeekdays days = evd_recurrence_get_weekly_days (recurrence);
        g_autofree char *day_names = NULL;

        if (days == EVD_WEEKDAYS_NONE && local_start != NULL)
          days = evd_weekdays_from_zoom_day (g_date_time_get_day_of_week (local_start) % 7 + 1);
        day_names = weekdays_in_words (days);
        if (interval == 1)
          /* Translators: "Weekly, on Monday and Thursday" */
          return g_strdup_printf (_("Weekly, on %s"), day_names);
        /* Translators: "Every 2 weeks, on Monday" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u week, on %s", "Every %u weeks, on %s", interval),
                                interval, day_names);
      }

    case EVD_RECURRENCE_TYPE_MONTHLY:
      {
        const char *week = ordinal_week (evd_recurrence_get_monthly_week (recurrence));
        guint week_day = evd_recurrence_get_monthly_week_day (recurrence);
        guint day = evd_recurrence_get_monthly_day (recurrence);
        g_autofree char *when = NULL;

        if (week != NULL && week_day >= 1 && week_day <= 7)
          /* Translators: "the first Tuesday" */
          when = g_strdup_printf (_("the %s %s"), week, evd_weekday_to_label (week_day));
        else
          {
            if (day == 0 && local_start != NULL)
              day = g_date_time_get_day_of_month (local_start);
            /* Translators: a day of the month, "day 15" */
            when = g_strdup_printf (_("day %u"), day);
          }

        if (interval == 1)
          /* Translators: "Monthly, on the first Tuesday" */
          return g_strdup_printf (_("Monthly, on %s"), when);
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u month, on %s", "Every %u months, on %s", interval),
                                interval, when);
      }

    case EVD_RECURRENCE_TYPE_UNKNOWN:
    default:
      return g_strdup (_("On a schedule Event Desk does not know"));
    }
}

/**
 * evd_describe_recurrence:
 * @first_start: (nullable): when the first occurrence starts
 * @event_zone: (nullable): the event's zone, where weekdays are counted
 *
 * Returns: (transfer full): "Monthly, on the first Tuesday, 12 times"
 */
char *
evd_describe_recurrence (EvdRecurrence *recurrence,
                         GDateTime     *first_start,
                         const char    *event_zone)
{
  g_autoptr(GTimeZone) zone = event_zone != NULL ? g_time_zone_new_identifier (event_zone) : NULL;
  g_autoptr(GDateTime) local_start = NULL;
  g_autofree char *pattern = NULL;
  guint end_times;
  GDateTime *end_date;

  g_return_val_if_fail (EVD_IS_RECURRENCE (recurrence), NULL);

  if (first_start != NULL)
    local_start = zone != NULL ? g_date_time_to_timezone (first_start, zone) : g_date_time_to_local (first_start);

  pattern = recurrence_pattern (recurrence, local_start);
  end_times = evd_recurrence_get_end_times (recurrence);
  end_date = evd_recurrence_get_end_date_time (recurrence);

  if (end_times > 0)
    /* Translators: "Monthly, on the first Tuesday, 12 times" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u time", "%s, %u times", end_times),
                            pattern, end_times);
  if (end_date != NULL)
    {
      g_autoptr(GDateTime) end_local = zone != NULL ? g_date_time_to_timezone (end_date, zone) : g_date_time_to_local (end_date);
      /* Translators: a date, see GDateTime's format */
      g_autofree char *until = g_date_time_format (end_local, _("%-d %b %Y"));

      /* Translators: "Weekly, on Monday, until 1 Dec 2026" */
      return g_strdup_printf (_("%s, until %s"), pattern, g_strstrip (until));
    }
  return g_steal_pointer (&pattern);
}

/**
 * evd_join_labels:
 *
 * Returns: (transfer full) (nullable): "Beginner, Security", or %NULL when
 *   there are none
 */
char *
evd_join_labels (const char * const *labels)
{
  if (labels == NULL || labels[0] == NULL)
    return NULL;

  /* Translators: the separator in a list of tags or tracks */
  return g_strjoinv (_(", "), (char **) labels);
}

/**
 * evd_select_path:
 * @first_id: the hub's id, then the event's, then "sessions" or
 *   "registrations", ending with %NULL
 *
 * Asks the browser to select that row of the sidebar.
 */
void
evd_select_path (GtkWidget  *widget,
                 const char *first_id,
                 ...)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  va_list args;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    g_ptr_array_add (path, (gpointer) id);
  va_end (args);

  gtk_widget_activate_action_variant (widget, "browser.select-path",
                                      g_variant_new_strv ((const char * const *) path->pdata, path->len));
}

/**
 * evd_page_set_row:
 * @hide_when_empty: hide the row rather than say "Not set", for fields that
 *   only apply to some events (a location, a contact email)
 *
 * Shows @value as the row's subtitle. A missing value says so rather than
 * vanishing, unless @hide_when_empty.
 */
void
evd_page_set_row (AdwActionRow *row,
                  const char   *value,
                  gboolean      hide_when_empty)
{
  gboolean empty = value == NULL || *value == '\0';

  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  gtk_widget_set_visible (GTK_WIDGET (row), !(empty && hide_when_empty));
  adw_action_row_set_subtitle (row, empty ? _("Not set") : value);
}

/**
 * evd_event_compare_for_display:
 *
 * The order every list of events shows: drafts first, then what is coming
 * soonest, then the most recent past, then cancelled events, the order an
 * organizer works through them.
 */
int
evd_event_compare_for_display (EvdEvent  *a,
                               EvdEvent  *b,
                               GDateTime *now)
{
  EvdDisplayStatus status_a = evd_event_get_display_status (a, now);
  EvdDisplayStatus status_b = evd_event_get_display_status (b, now);
  GDateTime *start_a = evd_event_get_start_time (a);
  GDateTime *start_b = evd_event_get_start_time (b);
  int by_time;

  if (status_a != status_b)
    return (int) status_a - (int) status_b;
  if (start_a == NULL || start_b == NULL)
    return (start_a == NULL) - (start_b == NULL);

  by_time = g_date_time_compare (start_a, start_b);
  return status_a == EVD_DISPLAY_STATUS_PAST ? -by_time : by_time;
}
