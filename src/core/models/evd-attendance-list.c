/* evd-attendance-list.c: who came to an event, from Zoom's attendance reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-models"

#include "config.h"

#include <math.h>

#include "evd-attendance-list.h"
#include "evd-json.h"

/* Lean like EvdRegistrationList: structs in arrays, strings in one chunk. */
struct _EvdAttendanceList
{
  GObject       parent_instance;

  GArray       *rows;      /* EvdAttendance */
  GArray       *spans;     /* EvdAttendanceSpan */
  GStringChunk *strings;
  GHashTable   *by_email;  /* lower-cased email -> index + 1 */
};

G_DEFINE_FINAL_TYPE (EvdAttendanceList, evd_attendance_list, G_TYPE_OBJECT)

static void
evd_attendance_list_finalize (GObject *object)
{
  EvdAttendanceList *self = EVD_ATTENDANCE_LIST (object);

  g_array_unref (self->rows);
  g_array_unref (self->spans);
  g_hash_table_unref (self->by_email);
  g_string_chunk_free (self->strings);

  G_OBJECT_CLASS (evd_attendance_list_parent_class)->finalize (object);
}

static void
evd_attendance_list_class_init (EvdAttendanceListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_attendance_list_finalize;
}

static void
evd_attendance_list_init (EvdAttendanceList *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (EvdAttendance));
  self->spans = g_array_new (FALSE, TRUE, sizeof (EvdAttendanceSpan));
  self->strings = g_string_chunk_new (64 * 1024);
  self->by_email = g_hash_table_new (g_str_hash, g_str_equal);
}

EvdAttendanceList *
evd_attendance_list_new (void)
{
  return g_object_new (EVD_TYPE_ATTENDANCE_LIST, NULL);
}

guint
evd_attendance_list_get_n_rows (EvdAttendanceList *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (self), 0);

  return self->rows->len;
}

const EvdAttendance *
evd_attendance_list_get_row (EvdAttendanceList *self,
                             guint              index)
{
  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, EvdAttendance, index);
}

static guint
find (EvdAttendanceList *self,
      const char        *email)
{
  g_autofree char *key = g_ascii_strdown (email != NULL ? email : "", -1);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->by_email, key));
}

const EvdAttendance *
evd_attendance_list_lookup (EvdAttendanceList *self,
                            const char        *email)
{
  guint index;

  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (self), NULL);

  index = find (self, email);
  return index > 0 ? &g_array_index (self->rows, EvdAttendance, index - 1) : NULL;
}

guint
evd_attendance_list_get_n_spans (EvdAttendanceList *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (self), 0);

  return self->spans->len;
}

const EvdAttendanceSpan *
evd_attendance_list_get_span (EvdAttendanceList *self,
                              guint              index)
{
  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (self), NULL);
  g_return_val_if_fail (index < self->spans->len, NULL);

  return &g_array_index (self->spans, EvdAttendanceSpan, index);
}

static const char *
keep (EvdAttendanceList *self,
      const char        *text,
      gboolean           common)
{
  if (text == NULL)
    text = "";
  return common ? g_string_chunk_insert_const (self->strings, text) : g_string_chunk_insert (self->strings, text);
}

/**
 * evd_attendance_list_add:
 *
 * Adds a copy of @row, or replaces the row with the same email (its spans
 * are dropped: the newer row brings its own).
 *
 * Returns: the row's index
 */
guint
evd_attendance_list_add (EvdAttendanceList   *self,
                         const EvdAttendance *row)
{
  EvdAttendance copy = *row;
  g_autofree char *lower = NULL;
  guint index;

  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (self), 0);

  copy.email = keep (self, row->email, FALSE);
  copy.first_name = keep (self, row->first_name, FALSE);
  copy.last_name = keep (self, row->last_name, FALSE);

  index = find (self, copy.email);
  if (index > 0)
    {
      g_array_index (self->rows, EvdAttendance, index - 1) = copy;
      for (guint i = self->spans->len; i > 0; i--)
        if (g_array_index (self->spans, EvdAttendanceSpan, i - 1).person == index - 1)
          g_array_remove_index (self->spans, i - 1);
      return index - 1;
    }

  lower = g_ascii_strdown (copy.email, -1);
  g_array_append_val (self->rows, copy);
  g_hash_table_insert (self->by_email, g_string_chunk_insert (self->strings, lower),
                       GUINT_TO_POINTER (self->rows->len));
  return self->rows->len - 1;
}

void
evd_attendance_list_add_span (EvdAttendanceList       *self,
                              const EvdAttendanceSpan *span)
{
  EvdAttendanceSpan copy = *span;

  g_return_if_fail (EVD_IS_ATTENDANCE_LIST (self));
  g_return_if_fail (span->person < self->rows->len);

  copy.session_id = keep (self, span->session_id, TRUE);
  copy.session_name = keep (self, span->session_name, TRUE);
  g_array_append_val (self->spans, copy);
}

static gint64
parse_time (JsonObject *object,
            const char *member)
{
  const char *text = evd_json_get_string (object, member);
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL || *text == '\0')
    return 0;
  time = g_date_time_new_from_iso8601 (text, NULL);
  return time != NULL ? g_date_time_to_unix (time) : 0;
}

/* Zoom's schema says "number" for minutes: whole or not, never negative. */
static guint
read_minutes (JsonObject *object,
              const char *member)
{
  double value = 0;

  if (!evd_json_get_double (object, member, &value) || !isfinite (value) || value <= 0)
    return 0;
  return (guint) MIN (round (value), (double) G_MAXUINT16 * 60);
}

static gboolean
is_yes (const char *value)
{
  return g_strcmp0 (value, "attended") == 0 || g_strcmp0 (value, "yes") == 0;
}

/**
 * evd_attendance_list_add_event_json:
 * @row: one item of the event attendance report's `attendees[]`
 *
 * Returns: %FALSE when the row has no email
 */
gboolean
evd_attendance_list_add_event_json (EvdAttendanceList *self,
                                    JsonObject        *row)
{
  EvdAttendance person = { 0, };
  g_autoptr(GArray) spans = g_array_new (FALSE, TRUE, sizeof (EvdAttendanceSpan));
  JsonArray *sessions;
  gint64 joined = 0;
  guint index;

  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (self), FALSE);

  person.email = evd_json_get_string (row, "email");
  if (person.email == NULL || *person.email == '\0')
    return FALSE;
  person.first_name = evd_json_get_string (row, "first_name");
  person.last_name = evd_json_get_string (row, "last_name");
  person.attended = is_yes (evd_json_get_string (row, "event_attendance"));
  person.lobby = is_yes (evd_json_get_string (row, "lobby_attendance"));

  sessions = evd_json_get_array (row, "session_attendance");
  for (guint i = 0; sessions != NULL && i < json_array_get_length (sessions); i++)
    {
      JsonNode *node = json_array_get_element (sessions, i);
      JsonObject *session;
      EvdAttendanceSpan span = { 0, };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      session = json_node_get_object (node);
      span.minutes = read_minutes (session, "duration_spent_in_session");
      /* Minutes count as Zoom reports them, attended or not. */
      person.minutes += span.minutes;
      if (!is_yes (evd_json_get_string (session, "session_attendance")))
        continue;
      person.sessions_joined++;
      span.session_id = evd_json_get_string (session, "session_id");
      span.session_name = evd_json_get_string (session, "session_name");
      span.join = parse_time (session, "session_join_time");
      span.exit = parse_time (session, "session_exit_time");
      if (span.join > 0 && (person.first_join == 0 || span.join < person.first_join))
        person.first_join = span.join;
      g_array_append_val (spans, span);
    }
  if (person.sessions_joined == 0 && evd_json_get_int (row, "total_sessions_joined", &joined) && joined > 0)
    person.sessions_joined = (guint) MIN (joined, G_MAXUINT16);
  /* Someone absent was present for no minutes, whatever else is said. */
  if (!person.attended)
    person.minutes = 0;

  index = evd_attendance_list_add (self, &person);
  for (guint i = 0; person.attended && i < spans->len; i++)
    {
      g_array_index (spans, EvdAttendanceSpan, i).person = index;
      evd_attendance_list_add_span (self, &g_array_index (spans, EvdAttendanceSpan, i));
    }

  return TRUE;
}

/**
 * evd_attendance_list_add_session_json:
 * @row: one item of a session attendance report's `attendees[]`
 */
gboolean
evd_attendance_list_add_session_json (EvdAttendanceList *self,
                                      const char        *session_name,
                                      JsonObject        *row)
{
  EvdAttendance person = { 0, };
  EvdAttendanceSpan span = { 0, };
  guint index;

  g_return_val_if_fail (EVD_IS_ATTENDANCE_LIST (self), FALSE);

  person.email = evd_json_get_string (row, "email");
  if (person.email == NULL || *person.email == '\0')
    return FALSE;
  person.first_name = evd_json_get_string (row, "first_name");
  person.last_name = evd_json_get_string (row, "last_name");
  person.attended = is_yes (evd_json_get_string (row, "session_attendance"));
  person.minutes = person.attended ? read_minutes (row, "duration_spent_in_session") : 0;
  person.sessions_joined = person.attended ? 1 : 0;
  span.join = parse_time (row, "start_time");
  span.exit = parse_time (row, "end_time");
  person.first_join = person.attended ? span.join : 0;

  index = evd_attendance_list_add (self, &person);
  if (person.attended)
    {
      span.person = index;
      span.session_id = evd_json_get_string (row, "session_id");
      span.session_name = session_name;
      span.minutes = person.minutes;
      evd_attendance_list_add_span (self, &span);
    }

  return TRUE;
}

/**
 * evd_attendance_list_merge:
 *
 * Returns: (transfer full): @older with @newer's rows (and their spans)
 *   taking the place of the same people's
 */
EvdAttendanceList *
evd_attendance_list_merge (EvdAttendanceList *older,
                           EvdAttendanceList *newer)
{
  EvdAttendanceList *merged = evd_attendance_list_new ();
  EvdAttendanceList *lists[] = { older, newer };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      g_autofree guint *indexes = g_new0 (guint, MAX (lists[l]->rows->len, 1));

      /* Rows first, then their spans, so a replaced row loses its old
       * spans before the new ones come. */
      for (guint i = 0; i < lists[l]->rows->len; i++)
        indexes[i] = evd_attendance_list_add (merged, &g_array_index (lists[l]->rows, EvdAttendance, i));
      for (guint i = 0; i < lists[l]->spans->len; i++)
        {
          EvdAttendanceSpan span = g_array_index (lists[l]->spans, EvdAttendanceSpan, i);

          span.person = indexes[span.person];
          evd_attendance_list_add_span (merged, &span);
        }
    }

  return merged;
}
