/* evd-insight-cache.c: an event's reports, kept on this computer between reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-insight"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "evd-insight-cache.h"

/* A GVariant: 100,000 rows load in a few tens of milliseconds, where the
 * same as JSON would take a second. The version comes first, so a file of
 * another version is simply read again from Zoom. */
#define CACHE_VERSION 1
#define CACHE_TYPE "(ussxxa(ssssssx)xxa(sssbbuux)a(ussxxu)x)"

EvdInsightCache *
evd_insight_cache_new (void)
{
  return g_new0 (EvdInsightCache, 1);
}

void
evd_insight_cache_free (EvdInsightCache *cache)
{
  if (cache == NULL)
    return;
  g_free (cache->event_json);
  g_free (cache->ticket_types_json);
  g_clear_object (&cache->registrations);
  g_clear_object (&cache->attendance);
  g_free (cache);
}

/**
 * evd_insight_cache_path:
 *
 * One file per account's API address and event, in the user's cache
 * folder: the sandbox on another port, or another account, never shares it.
 */
char *
evd_insight_cache_path (const char *api_url,
                        const char *event_id)
{
  g_autofree char *key = g_strconcat (api_url != NULL ? api_url : "", "\n", event_id, NULL);
  g_autofree char *name = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  name[32] = '\0';
  return g_build_filename (g_get_user_cache_dir (), "eventdesk", "insight", name, NULL);
}

static const char *
valid (const char *text)
{
  /* GVariant strings must be UTF-8; Zoom's JSON always is, but a cut
   * string must not make the file unreadable. */
  return text != NULL && g_utf8_validate (text, -1, NULL) ? text : "";
}

gboolean
evd_insight_cache_save (EvdInsightCache  *cache,
                        const char       *path,
                        GError          **error)
{
  g_autoptr(GVariant) variant = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  GVariantBuilder regs, people, spans;
  guint n;

  g_variant_builder_init (&regs, G_VARIANT_TYPE ("a(ssssssx)"));
  n = cache->registrations != NULL ? evd_registration_list_get_n_rows (cache->registrations) : 0;
  for (guint i = 0; i < n; i++)
    {
      const EvdRegistration *row = evd_registration_list_get_row (cache->registrations, i);

      g_variant_builder_add (&regs, "(ssssssx)", valid (row->email), valid (row->first_name), valid (row->last_name),
                             valid (row->ticket_type_id), valid (row->source), valid (row->method), row->registered);
    }

  g_variant_builder_init (&people, G_VARIANT_TYPE ("a(sssbbuux)"));
  g_variant_builder_init (&spans, G_VARIANT_TYPE ("a(ussxxu)"));
  n = cache->attendance != NULL ? evd_attendance_list_get_n_rows (cache->attendance) : 0;
  for (guint i = 0; i < n; i++)
    {
      const EvdAttendance *row = evd_attendance_list_get_row (cache->attendance, i);

      g_variant_builder_add (&people, "(sssbbuux)", valid (row->email), valid (row->first_name), valid (row->last_name),
                             row->attended, row->lobby, row->minutes, row->sessions_joined, row->first_join);
    }
  n = cache->attendance != NULL ? evd_attendance_list_get_n_spans (cache->attendance) : 0;
  for (guint i = 0; i < n; i++)
    {
      const EvdAttendanceSpan *span = evd_attendance_list_get_span (cache->attendance, i);

      g_variant_builder_add (&spans, "(ussxxu)", span->person, valid (span->session_id), valid (span->session_name),
                             span->join, span->exit, span->minutes);
    }

  cache->saved_at = g_get_real_time ();
  variant = g_variant_ref_sink (g_variant_new (CACHE_TYPE, CACHE_VERSION,
                                               valid (cache->event_json), valid (cache->ticket_types_json),
                                               cache->registrations != NULL ? cache->registrations_read_at : -1,
                                               cache->count_gap, &regs,
                                               cache->attendance != NULL ? cache->attendance_read_at : -1,
                                               cache->saved_at, &people, &spans,
                                               (gint64) 0));

  /* Names and emails of attendees: private to this user. */
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, g_variant_get_data (variant), g_variant_get_size (variant),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/**
 * evd_insight_cache_load:
 *
 * Returns: (nullable): the cache, or %NULL with @error when there is none
 *   or it cannot be read (of another version, cut short, …)
 */
EvdInsightCache *
evd_insight_cache_load (const char  *path,
                        GError     **error)
{
  g_autoptr(EvdInsightCache) cache = evd_insight_cache_new ();
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) regs = NULL;
  g_autoptr(GVariant) people = NULL;
  g_autoptr(GVariant) spans = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMappedFile) file = NULL;
  const char *event_json, *types_json;
  gint64 regs_read_at, attendance_read_at, unused;
  guint32 version;
  gsize n;

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (file);
  /* Whatever the bytes are, GVariant reads them safely as this type; a
   * file of another form shows up as the wrong version. */
  variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (CACHE_TYPE), bytes, FALSE));
  g_variant_get_child (variant, 0, "u", &version);
  if (version != CACHE_VERSION)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "The saved reports are of another version.");
      return NULL;
    }

  g_variant_get (variant, "(u&s&sxx@a(ssssssx)xx@a(sssbbuux)@a(ussxxu)x)",
                 &version, &event_json, &types_json, &regs_read_at, &cache->count_gap, &regs,
                 &attendance_read_at, &cache->saved_at, &people, &spans, &unused);
  cache->event_json = g_strdup (event_json);
  cache->ticket_types_json = g_strdup (types_json);

  if (regs_read_at >= 0)
    {
      cache->registrations = evd_registration_list_new ();
      cache->registrations_read_at = regs_read_at;
      n = g_variant_n_children (regs);
      for (gsize i = 0; i < n; i++)
        {
          EvdRegistration row;

          g_variant_get_child (regs, i, "(&s&s&s&s&s&sx)", &row.email, &row.first_name, &row.last_name,
                               &row.ticket_type_id, &row.source, &row.method, &row.registered);
          evd_registration_list_add (cache->registrations, &row);
        }
    }

  if (attendance_read_at >= 0)
    {
      guint n_people;

      cache->attendance = evd_attendance_list_new ();
      cache->attendance_read_at = attendance_read_at;
      n_people = g_variant_n_children (people);
      for (guint i = 0; i < n_people; i++)
        {
          EvdAttendance row;

          g_variant_get_child (people, i, "(&s&s&sbbuux)", &row.email, &row.first_name, &row.last_name,
                               &row.attended, &row.lobby, &row.minutes, &row.sessions_joined, &row.first_join);
          evd_attendance_list_add (cache->attendance, &row);
        }
      n = g_variant_n_children (spans);
      for (gsize i = 0; i < n; i++)
        {
          EvdAttendanceSpan span;

          g_variant_get_child (spans, i, "(u&s&sxxu)", &span.person, &span.session_id, &span.session_name,
                               &span.join, &span.exit, &span.minutes);
          /* A span of a row that is not there (a damaged file) is left out. */
          if (span.person < evd_attendance_list_get_n_rows (cache->attendance))
            evd_attendance_list_add_span (cache->attendance, &span);
        }
    }

  return g_steal_pointer (&cache);
}
