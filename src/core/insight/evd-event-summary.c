/* evd-event-summary.c: how an event is doing, in numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-insight"

#include "config.h"

#include "evd-event-summary.h"
#include "evd-ticket-type.h"
#include "evd-time.h"

/* Days since 1970-01-01 to GLib's Julian days (1 = 0001-01-01). */
#define JULIAN_1970 719163
#define WEEK_DAYS 7
/* An event's attendance chart never spans more than this many bins: Zoom
 * events last at most six days. */
#define MAX_BINS (7 * 24 * 12)

struct _EvdEventSummary
{
  GObject            parent_instance;

  char              *event_id;
  char              *event_name;
  char              *timezone;
  gint64             as_of;
  gint64             start, end, opened;
  gboolean           started;
  gboolean           has_report;
  char             **missing_scopes;

  gint64             registered;
  gint64             capacity;          /* -1: no limit */
  gint64             new_today, new_week;
  gint64             attended;          /* -1: unknown */

  GStringChunk      *strings;
  GArray            *ticket_types;      /* EvdSummaryTicketType */
  GArray            *days;              /* EvdSummaryDay */
  GArray            *sources;           /* EvdSummarySource */
  GArray            *sessions;          /* EvdSummarySession */
  GArray            *presence;          /* guint */
  gint64             presence_start;
  EvdAttendanceList *roster;
};

G_DEFINE_FINAL_TYPE (EvdEventSummary, evd_event_summary, G_TYPE_OBJECT)

static void
evd_event_summary_finalize (GObject *object)
{
  EvdEventSummary *self = EVD_EVENT_SUMMARY (object);

  g_free (self->event_id);
  g_free (self->event_name);
  g_free (self->timezone);
  g_strfreev (self->missing_scopes);
  g_array_unref (self->ticket_types);
  g_array_unref (self->days);
  g_array_unref (self->sources);
  g_array_unref (self->sessions);
  g_array_unref (self->presence);
  g_string_chunk_free (self->strings);
  g_clear_object (&self->roster);

  G_OBJECT_CLASS (evd_event_summary_parent_class)->finalize (object);
}

static void
evd_event_summary_class_init (EvdEventSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_event_summary_finalize;
}

static void
evd_event_summary_init (EvdEventSummary *self)
{
  self->strings = g_string_chunk_new (4096);
  self->ticket_types = g_array_new (FALSE, TRUE, sizeof (EvdSummaryTicketType));
  self->days = g_array_new (FALSE, TRUE, sizeof (EvdSummaryDay));
  self->sources = g_array_new (FALSE, TRUE, sizeof (EvdSummarySource));
  self->sessions = g_array_new (FALSE, TRUE, sizeof (EvdSummarySession));
  self->presence = g_array_new (FALSE, TRUE, sizeof (guint));
  self->capacity = -1;
  self->attended = -1;
}

/* The calendar day of @unix_time in @zone, as days since 1970-01-01. */
static gint64
local_day (GTimeZone *zone,
           gint64     unix_time)
{
  int interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, unix_time);
  gint64 local = unix_time + g_time_zone_get_offset (zone, MAX (interval, 0));

  return local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
}

static void
format_day (gint64  day,
            char    out[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) (day + JULIAN_1970));
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

static void
count_ticket_types (EvdEventSummary *self,
                    GListModel      *ticket_types)
{
  guint n = ticket_types != NULL ? g_list_model_get_n_items (ticket_types) : 0;
  gboolean limited = n > 0;
  gint64 capacity = 0, sold = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (ticket_types, i);
      EvdSummaryTicketType entry;
      gint64 quantity = evd_ticket_type_get_quantity (type);

      entry.ticket_type_id = g_string_chunk_insert (self->strings, evd_ticket_type_get_ticket_type_id (type) ?: "");
      entry.name = g_string_chunk_insert (self->strings, evd_ticket_type_get_name (type) ?: "");
      entry.sold = evd_ticket_type_get_sold_quantity (type);
      entry.quantity = quantity >= 0 ? quantity : -1;
      g_array_append_val (self->ticket_types, entry);

      sold += entry.sold;
      /* One ticket type without a limit makes the event's places unlimited. */
      if (entry.quantity < 0)
        limited = FALSE;
      else
        capacity += entry.quantity;
    }

  self->capacity = limited ? capacity : -1;
  self->registered = sold;
}

static gint
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const EvdSummarySource *sa = a, *sb = b;

  if (sa->count != sb->count)
    return sa->count > sb->count ? -1 : 1;
  return g_strcmp0 (sa->source, sb->source);
}

static void
count_registrations (EvdEventSummary     *self,
                     EvdRegistrationList *registrations,
                     GTimeZone           *zone,
                     gint64               today)
{
  guint n = evd_registration_list_get_n_rows (registrations);
  g_autoptr(GHashTable) days = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) sources = g_hash_table_new (g_direct_hash, g_direct_equal);
  gint64 first = G_MAXINT64, last = G_MININT64;
  GHashTableIter iter;
  gpointer key, value;

  self->has_report = TRUE;
  self->registered = n;
  for (guint i = 0; i < n; i++)
    {
      const EvdRegistration *row = evd_registration_list_get_row (registrations, i);
      gint64 day;
      gint64 *slot;

      /* Sources are interned in the list's chunk: the pointer is the key. */
      g_hash_table_insert (sources, (gpointer) row->source,
                           GSIZE_TO_POINTER (GPOINTER_TO_SIZE (g_hash_table_lookup (sources, row->source)) + 1));
      if (row->registered <= 0)
        continue;
      day = local_day (zone, row->registered);
      first = MIN (first, day);
      last = MAX (last, day);
      if (day == today)
        self->new_today++;
      if (day > today - WEEK_DAYS && day <= today)
        self->new_week++;
      slot = g_hash_table_lookup (days, &day);
      if (slot == NULL)
        {
          slot = g_new0 (gint64, 2);
          slot[0] = day;
          g_hash_table_insert (days, slot, slot);
        }
      slot[1]++;
    }

  /* Every day from the first registration to the last, quiet days too. */
  if (first <= last && last - first < 366 * 20)
    for (gint64 day = first; day <= last; day++)
      {
        gint64 *slot = g_hash_table_lookup (days, &day);
        EvdSummaryDay entry;

        format_day (day, entry.date);
        entry.count = slot != NULL ? slot[1] : 0;
        g_array_append_val (self->days, entry);
      }
  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_free (value);

  g_hash_table_iter_init (&iter, sources);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      EvdSummarySource entry = { g_string_chunk_insert (self->strings, key), GPOINTER_TO_SIZE (value) };

      g_array_append_val (self->sources, entry);
    }
  g_array_sort (self->sources, compare_sources);
}

typedef struct
{
  const char *last;
  const char *first;
  const char *email;
  const EvdRegistration *registration;
  const EvdAttendance   *attendance;
} Person;

static gint
compare_people (gconstpointer a,
                gconstpointer b)
{
  const Person *pa = a, *pb = b;
  int result;

  if ((result = g_ascii_strcasecmp (pa->last, pb->last)) != 0)
    return result;
  if ((result = g_ascii_strcasecmp (pa->first, pb->first)) != 0)
    return result;
  return g_ascii_strcasecmp (pa->email, pb->email);
}

/* Everyone registered, with what the attendance report says of them; the
 * report's people without a registration row are registered too. */
static void
build_roster (EvdEventSummary     *self,
              EvdRegistrationList *registrations,
              EvdAttendanceList   *attendance)
{
  guint n_regs = registrations != NULL ? evd_registration_list_get_n_rows (registrations) : 0;
  guint n_att = attendance != NULL ? evd_attendance_list_get_n_rows (attendance) : 0;
  g_autoptr(GArray) people = g_array_sized_new (FALSE, TRUE, sizeof (Person), n_regs + n_att);
  g_autoptr(GHashTable) attendance_spans = NULL;

  for (guint i = 0; i < n_regs; i++)
    {
      const EvdRegistration *row = evd_registration_list_get_row (registrations, i);
      Person person = { row->last_name, row->first_name, row->email, row, NULL };

      person.attendance = attendance != NULL ? evd_attendance_list_lookup (attendance, row->email) : NULL;
      g_array_append_val (people, person);
    }
  for (guint i = 0; i < n_att; i++)
    {
      const EvdAttendance *row = evd_attendance_list_get_row (attendance, i);
      Person person = { row->last_name, row->first_name, row->email, NULL, row };

      if (registrations == NULL || evd_registration_list_lookup (registrations, row->email) == NULL)
        g_array_append_val (people, person);
    }
  g_array_sort (people, compare_people);

  self->roster = evd_attendance_list_new ();
  for (guint i = 0; i < people->len; i++)
    {
      Person *person = &g_array_index (people, Person, i);
      EvdAttendance row = { 0, };

      if (person->attendance != NULL)
        row = *person->attendance;
      row.email = person->email;
      row.first_name = person->first;
      row.last_name = person->last;
      evd_attendance_list_add (self->roster, &row);
    }

  if (attendance == NULL)
    return;
  self->attended = 0;
  for (guint i = 0; i < evd_attendance_list_get_n_rows (self->roster); i++)
    if (evd_attendance_list_get_row (self->roster, i)->attended)
      self->attended++;
}

static void
count_presence (EvdEventSummary   *self,
                EvdAttendanceList *attendance)
{
  guint n = evd_attendance_list_get_n_spans (attendance);
  g_autoptr(GHashTable) sessions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (const char *));
  g_autofree gint64 *delta = NULL;
  gint64 start = self->start, end = self->end;
  guint bins;
  gint64 present = 0;

  for (guint i = 0; i < n; i++)
    {
      const EvdAttendanceSpan *span = evd_attendance_list_get_span (attendance, i);
      const char *name = span->session_name != NULL && *span->session_name ? span->session_name : span->session_id;

      if (!g_hash_table_contains (sessions, name))
        g_array_append_val (order, name);
      g_hash_table_insert (sessions, (gpointer) name,
                           GSIZE_TO_POINTER (GPOINTER_TO_SIZE (g_hash_table_lookup (sessions, name)) + 1));
      if (span->join > 0 && span->exit > span->join)
        {
          start = start > 0 ? MIN (start, span->join) : span->join;
          end = MAX (end, span->exit);
        }
    }
  for (guint i = 0; i < order->len; i++)
    {
      const char *name = g_array_index (order, const char *, i);
      EvdSummarySession entry = { g_string_chunk_insert (self->strings, name),
                                  GPOINTER_TO_SIZE (g_hash_table_lookup (sessions, name)) };

      g_array_append_val (self->sessions, entry);
    }

  if (start <= 0 || end <= start)
    return;
  start -= start % EVD_SUMMARY_BIN_SECONDS;
  bins = (guint) MIN ((end - start + EVD_SUMMARY_BIN_SECONDS - 1) / EVD_SUMMARY_BIN_SECONDS, MAX_BINS);
  delta = g_new0 (gint64, bins + 1);
  /* A stay counts in every bin it overlaps: add at the first, take away
   * after the last. */
  for (guint i = 0; i < n; i++)
    {
      const EvdAttendanceSpan *span = evd_attendance_list_get_span (attendance, i);
      gint64 first, last;

      if (span->join <= 0 || span->exit <= span->join)
        continue;
      first = CLAMP ((span->join - start) / EVD_SUMMARY_BIN_SECONDS, 0, (gint64) bins - 1);
      last = CLAMP ((span->exit - 1 - start) / EVD_SUMMARY_BIN_SECONDS, 0, (gint64) bins - 1);
      delta[first]++;
      delta[last + 1]--;
    }
  self->presence_start = start;
  g_array_set_size (self->presence, bins);
  for (guint i = 0; i < bins; i++)
    {
      present += delta[i];
      g_array_index (self->presence, guint, i) = (guint) MAX (present, 0);
    }
}

static gint64
to_unix (GDateTime *time)
{
  return time != NULL ? g_date_time_to_unix (time) : 0;
}

EvdEventSummary *
evd_event_summary_compute (EvdEvent            *event,
                           GListModel          *ticket_types,
                           EvdRegistrationList *registrations,
                           EvdAttendanceList   *attendance,
                           const char * const  *missing_scopes,
                           GDateTime           *now,
                           gint64               as_of)
{
  EvdEventSummary *self;
  g_autoptr(GTimeZone) zone = NULL;
  guint n_types;

  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (EVD_TYPE_EVENT_SUMMARY, NULL);
  self->event_id = g_strdup (evd_event_get_event_id (event));
  self->event_name = g_strdup (evd_event_get_name (event));
  self->timezone = g_strdup (evd_event_get_timezone (event));
  self->as_of = as_of;
  self->start = to_unix (evd_event_get_start_time (event));
  self->end = to_unix (evd_event_get_end_time (event));
  self->started = self->start > 0 && self->start <= g_date_time_to_unix (now);
  self->missing_scopes = g_strdupv ((char **) missing_scopes);

  /* Registration opened when the first ticket type went on sale. */
  n_types = ticket_types != NULL ? g_list_model_get_n_items (ticket_types) : 0;
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (ticket_types, i);
      gint64 sale = to_unix (evd_ticket_type_get_sale_start (type));

      if (sale > 0 && (self->opened == 0 || sale < self->opened))
        self->opened = sale;
    }

  /* A zone the system does not know counts days in UTC rather than not at all. */
  zone = evd_time_zone_new (self->timezone);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();

  count_ticket_types (self, ticket_types);
  if (registrations != NULL)
    count_registrations (self, registrations, zone, local_day (zone, g_date_time_to_unix (now)));
  build_roster (self, registrations, self->started ? attendance : NULL);
  if (self->started && attendance != NULL)
    count_presence (self, attendance);

  return self;
}

const char *
evd_event_summary_get_event_id (EvdEventSummary *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), NULL);
  return self->event_id;
}

const char *
evd_event_summary_get_event_name (EvdEventSummary *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), NULL);
  return self->event_name;
}

const char *
evd_event_summary_get_timezone (EvdEventSummary *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), NULL);
  return self->timezone;
}

#define GETTER(name, type, field)                                  \
  type                                                             \
  evd_event_summary_get_##name (EvdEventSummary *self)             \
  {                                                                \
    g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), 0);         \
    return self->field;                                            \
  }

GETTER (as_of, gint64, as_of)
GETTER (start, gint64, start)
GETTER (end, gint64, end)
GETTER (opened, gint64, opened)
GETTER (registered, gint64, registered)
GETTER (capacity, gint64, capacity)
GETTER (new_today, gint64, new_today)
GETTER (new_this_week, gint64, new_week)
GETTER (attended, gint64, attended)

gboolean
evd_event_summary_has_started (EvdEventSummary *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), FALSE);
  return self->started;
}

gboolean
evd_event_summary_has_registration_report (EvdEventSummary *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), FALSE);
  return self->has_report;
}

/* -1 without a limit; never below 0, even when more were registered than
 * the ticket types allow (organizers can add attendees by hand). */
gint64
evd_event_summary_get_places_left (EvdEventSummary *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), -1);

  if (self->capacity < 0)
    return -1;
  return MAX (self->capacity - self->registered, 0);
}

const char * const *
evd_event_summary_get_missing_scopes (EvdEventSummary *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), NULL);
  return (const char * const *) self->missing_scopes;
}

const EvdSummaryTicketType *
evd_event_summary_get_ticket_types (EvdEventSummary *self,
                                    guint           *n)
{
  *n = self->ticket_types->len;
  return (const EvdSummaryTicketType *) (gpointer) self->ticket_types->data;
}

const EvdSummaryDay *
evd_event_summary_get_days (EvdEventSummary *self,
                            guint           *n)
{
  *n = self->days->len;
  return (const EvdSummaryDay *) (gpointer) self->days->data;
}

const EvdSummarySource *
evd_event_summary_get_sources (EvdEventSummary *self,
                               guint           *n)
{
  *n = self->sources->len;
  return (const EvdSummarySource *) (gpointer) self->sources->data;
}

const EvdSummarySession *
evd_event_summary_get_sessions (EvdEventSummary *self,
                                guint           *n)
{
  *n = self->sessions->len;
  return (const EvdSummarySession *) (gpointer) self->sessions->data;
}

const guint *
evd_event_summary_get_presence (EvdEventSummary *self,
                                guint           *n,
                                gint64          *start)
{
  *n = self->presence->len;
  if (start != NULL)
    *start = self->presence_start;
  return (const guint *) (gpointer) self->presence->data;
}

EvdAttendanceList *
evd_event_summary_get_roster (EvdEventSummary *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), NULL);
  return self->roster;
}

/**
 * evd_event_summary_to_json:
 *
 * What `eventdesk-cli summary --json` prints; scripts rely on its form.
 */
JsonNode *
evd_event_summary_to_json (EvdEventSummary *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "registered");
  json_builder_add_int_value (builder, self->registered);
  json_builder_set_member_name (builder, "capacity");
  if (self->capacity >= 0)
    json_builder_add_int_value (builder, self->capacity);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "by_ticket_type");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->ticket_types->len; i++)
    {
      const EvdSummaryTicketType *type = &g_array_index (self->ticket_types, EvdSummaryTicketType, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "ticket_type_id");
      json_builder_add_string_value (builder, type->ticket_type_id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, type->name);
      json_builder_set_member_name (builder, "sold");
      json_builder_add_int_value (builder, type->sold);
      json_builder_set_member_name (builder, "quantity");
      if (type->quantity >= 0)
        json_builder_add_int_value (builder, type->quantity);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "by_day");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->days->len; i++)
    {
      const EvdSummaryDay *day = &g_array_index (self->days, EvdSummaryDay, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, day->date);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, day->count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "by_source");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->sources->len; i++)
    {
      const EvdSummarySource *source = &g_array_index (self->sources, EvdSummarySource, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, source->source);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, source->count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "attended");
  if (self->attended >= 0)
    json_builder_add_int_value (builder, self->attended);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * evd_event_summary_roster_to_json:
 *
 * What `eventdesk-cli attendance --json` prints.
 */
JsonNode *
evd_event_summary_roster_to_json (EvdEventSummary *self,
                                  gboolean         absent_only)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (self), NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < evd_attendance_list_get_n_rows (self->roster); i++)
    {
      const EvdAttendance *row = evd_attendance_list_get_row (self->roster, i);

      if (absent_only && row->attended)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "email");
      json_builder_add_string_value (builder, row->email);
      json_builder_set_member_name (builder, "first_name");
      json_builder_add_string_value (builder, row->first_name);
      json_builder_set_member_name (builder, "last_name");
      json_builder_add_string_value (builder, row->last_name);
      json_builder_set_member_name (builder, "attended");
      json_builder_add_boolean_value (builder, row->attended);
      json_builder_set_member_name (builder, "minutes");
      json_builder_add_int_value (builder, row->attended ? row->minutes : 0);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}
