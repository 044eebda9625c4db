/* evd-zoom-zones.c: the time zones Zoom takes, with Zoom's own labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Transcribed from Zoom's "abbreviation lists: timezones" page (the same
 * IDs and labels appear in public Zoom client libraries). Several IDs are
 * old spellings (Asia/Calcutta, Europe/Kiev, Canada/Atlantic, CET) and SST
 * is not an IANA name at all, so a computer's zone is matched to an entry
 * by its rules, not by its name.
 */
#define G_LOG_DOMAIN "evd-time"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "evd-time.h"
#include "evd-zoom-zones.h"

typedef struct
{
  const char *id;
  const char *label;
} ZoomZone;

/* Zoom's order, which is roughly by offset from UTC. */
static const ZoomZone zones[] = {
  { "Pacific/Midway", N_("Midway Island, Samoa") },
  { "Pacific/Pago_Pago", N_("Pago Pago") },
  { "Pacific/Honolulu", N_("Hawaii") },
  { "America/Anchorage", N_("Alaska") },
  { "America/Vancouver", N_("Vancouver") },
  { "America/Los_Angeles", N_("Pacific Time (US and Canada)") },
  { "America/Tijuana", N_("Tijuana") },
  { "America/Edmonton", N_("Edmonton") },
  { "America/Denver", N_("Mountain Time (US and Canada)") },
  { "America/Phoenix", N_("Arizona") },
  { "America/Mazatlan", N_("Mazatlan") },
  { "America/Winnipeg", N_("Winnipeg") },
  { "America/Regina", N_("Saskatchewan") },
  { "America/Chicago", N_("Central Time (US and Canada)") },
  { "America/Mexico_City", N_("Mexico City") },
  { "America/Guatemala", N_("Guatemala") },
  { "America/El_Salvador", N_("El Salvador") },
  { "America/Managua", N_("Managua") },
  { "America/Costa_Rica", N_("Costa Rica") },
  { "America/Montreal", N_("Montreal") },
  { "America/New_York", N_("Eastern Time (US and Canada)") },
  { "America/Indianapolis", N_("Indiana (East)") },
  { "America/Panama", N_("Panama") },
  { "America/Bogota", N_("Bogota") },
  { "America/Lima", N_("Lima") },
  { "America/Halifax", N_("Halifax") },
  { "America/Puerto_Rico", N_("Puerto Rico") },
  { "America/Caracas", N_("Caracas") },
  { "America/Santiago", N_("Santiago") },
  { "America/St_Johns", N_("Newfoundland and Labrador") },
  { "America/Montevideo", N_("Montevideo") },
  { "America/Araguaina", N_("Brasilia") },
  { "America/Argentina/Buenos_Aires", N_("Buenos Aires, Georgetown") },
  { "America/Godthab", N_("Greenland") },
  { "America/Sao_Paulo", N_("Sao Paulo") },
  { "Atlantic/Azores", N_("Azores") },
  { "Canada/Atlantic", N_("Atlantic Time (Canada)") },
  { "Atlantic/Cape_Verde", N_("Cape Verde Islands") },
  { "UTC", N_("Universal Time UTC") },
  { "Etc/Greenwich", N_("Greenwich Mean Time") },
  { "Europe/Belgrade", N_("Belgrade, Bratislava, Ljubljana") },
  { "CET", N_("Sarajevo, Skopje, Zagreb") },
  { "Atlantic/Reykjavik", N_("Reykjavik") },
  { "Europe/Dublin", N_("Dublin") },
  { "Europe/London", N_("London") },
  { "Europe/Lisbon", N_("Lisbon") },
  { "Africa/Casablanca", N_("Casablanca") },
  { "Africa/Nouakchott", N_("Nouakchott") },
  { "Europe/Oslo", N_("Oslo") },
  { "Europe/Copenhagen", N_("Copenhagen") },
  { "Europe/Brussels", N_("Brussels") },
  { "Europe/Berlin", N_("Amsterdam, Berlin, Rome, Stockholm, Vienna") },
  { "Europe/Helsinki", N_("Helsinki") },
  { "Europe/Amsterdam", N_("Amsterdam") },
  { "Europe/Rome", N_("Rome") },
  { "Europe/Stockholm", N_("Stockholm") },
  { "Europe/Vienna", N_("Vienna") },
  { "Europe/Luxembourg", N_("Luxembourg") },
  { "Europe/Paris", N_("Paris") },
  { "Europe/Zurich", N_("Zurich") },
  { "Europe/Madrid", N_("Madrid") },
  { "Africa/Bangui", N_("West Central Africa") },
  { "Africa/Algiers", N_("Algiers") },
  { "Africa/Tunis", N_("Tunis") },
  { "Africa/Harare", N_("Harare, Pretoria") },
  { "Africa/Nairobi", N_("Nairobi") },
  { "Europe/Warsaw", N_("Warsaw") },
  { "Europe/Prague", N_("Prague Bratislava") },
  { "Europe/Budapest", N_("Budapest") },
  { "Europe/Sofia", N_("Sofia") },
  { "Europe/Istanbul", N_("Istanbul") },
  { "Europe/Athens", N_("Athens") },
  { "Europe/Bucharest", N_("Bucharest") },
  { "Asia/Nicosia", N_("Nicosia") },
  { "Asia/Beirut", N_("Beirut") },
  { "Asia/Damascus", N_("Damascus") },
  { "Asia/Jerusalem", N_("Jerusalem") },
  { "Asia/Amman", N_("Amman") },
  { "Africa/Tripoli", N_("Tripoli") },
  { "Africa/Cairo", N_("Cairo") },
  { "Africa/Johannesburg", N_("Johannesburg") },
  { "Europe/Moscow", N_("Moscow") },
  { "Asia/Baghdad", N_("Baghdad") },
  { "Asia/Kuwait", N_("Kuwait") },
  { "Asia/Riyadh", N_("Riyadh") },
  { "Asia/Bahrain", N_("Bahrain") },
  { "Asia/Qatar", N_("Qatar") },
  { "Asia/Aden", N_("Aden") },
  { "Asia/Tehran", N_("Tehran") },
  { "Africa/Khartoum", N_("Khartoum") },
  { "Africa/Djibouti", N_("Djibouti") },
  { "Africa/Mogadishu", N_("Mogadishu") },
  { "Asia/Dubai", N_("Dubai") },
  { "Asia/Muscat", N_("Muscat") },
  { "Asia/Baku", N_("Baku, Tbilisi, Yerevan") },
  { "Asia/Kabul", N_("Kabul") },
  { "Asia/Yekaterinburg", N_("Yekaterinburg") },
  { "Asia/Tashkent", N_("Islamabad, Karachi, Tashkent") },
  { "Asia/Calcutta", N_("India") },
  { "Asia/Kathmandu", N_("Kathmandu") },
  { "Asia/Novosibirsk", N_("Novosibirsk") },
  { "Asia/Almaty", N_("Almaty") },
  { "Asia/Dacca", N_("Dacca") },
  { "Asia/Krasnoyarsk", N_("Krasnoyarsk") },
  { "Asia/Dhaka", N_("Astana, Dhaka") },
  { "Asia/Bangkok", N_("Bangkok") },
  { "Asia/Saigon", N_("Vietnam") },
  { "Asia/Jakarta", N_("Jakarta") },
  { "Asia/Irkutsk", N_("Irkutsk, Ulaanbaatar") },
  { "Asia/Shanghai", N_("Beijing, Shanghai") },
  { "Asia/Hong_Kong", N_("Hong Kong") },
  { "Asia/Taipei", N_("Taipei") },
  { "Asia/Kuala_Lumpur", N_("Kuala Lumpur") },
  { "Asia/Singapore", N_("Singapore") },
  { "Australia/Perth", N_("Perth") },
  { "Asia/Yakutsk", N_("Yakutsk") },
  { "Asia/Seoul", N_("Seoul") },
  { "Asia/Tokyo", N_("Osaka, Sapporo, Tokyo") },
  { "Australia/Darwin", N_("Darwin") },
  { "Australia/Adelaide", N_("Adelaide") },
  { "Asia/Vladivostok", N_("Vladivostok") },
  { "Pacific/Port_Moresby", N_("Guam, Port Moresby") },
  { "Australia/Brisbane", N_("Brisbane") },
  { "Australia/Sydney", N_("Canberra, Melbourne, Sydney") },
  { "Australia/Hobart", N_("Hobart") },
  { "Asia/Magadan", N_("Magadan") },
  { "SST", N_("Solomon Islands") },
  { "Pacific/Noumea", N_("New Caledonia") },
  { "Asia/Kamchatka", N_("Kamchatka") },
  { "Pacific/Fiji", N_("Fiji Islands, Marshall Islands") },
  { "Pacific/Auckland", N_("Auckland, Wellington") },
  { "Asia/Kolkata", N_("Mumbai, Kolkata, New Delhi") },
  { "Europe/Kiev", N_("Kiev") },
  { "America/Tegucigalpa", N_("Tegucigalpa") },
  { "Pacific/Apia", N_("Independent State of Samoa") },
};

/* Zones renamed in the IANA database whose old name is the one Zoom lists,
 * and SST, Zoom's name for the Solomon Islands' zone. Their rules are the
 * same, but a plain rules match could land on another listed zone that
 * happens to share them (Guadalcanal shares Magadan's). */
static const struct { const char *iana; const char *zoom; } renamed[] = {
  { "Europe/Kyiv", "Europe/Kiev" },
  { "Europe/Zaporozhye", "Europe/Kiev" },
  { "Europe/Uzhgorod", "Europe/Kiev" },
  { "Asia/Ho_Chi_Minh", "Asia/Saigon" },
  { "America/Nuuk", "America/Godthab" },
  { "Pacific/Guadalcanal", "SST" },
  { "America/Indiana/Indianapolis", "America/Indianapolis" },
  { "Etc/UTC", "UTC" },
  { "Etc/UCT", "UTC" },
  { "Etc/Universal", "UTC" },
  { "Etc/Zulu", "UTC" },
  { "Universal", "UTC" },
  { "Zulu", "UTC" },
  { "UCT", "UTC" },
};

guint
evd_zoom_zones_get_n_zones (void)
{
  return G_N_ELEMENTS (zones);
}

const char *
evd_zoom_zones_get_id (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (zones), NULL);
  return zones[position].id;
}

/**
 * evd_zoom_zones_get_label:
 *
 * Returns: Zoom's name for the zone, such as "Pacific Time (US and
 *   Canada)", translated
 */
const char *
evd_zoom_zones_get_label (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (zones), NULL);
  return _(zones[position].label);
}

/**
 * evd_zoom_zones_find:
 *
 * Returns: the position of @zone_id in Zoom's list, or -1
 */
int
evd_zoom_zones_find (const char *zone_id)
{
  for (guint i = 0; zone_id != NULL && i < G_N_ELEMENTS (zones); i++)
    if (g_str_equal (zones[i].id, zone_id))
      return (int) i;
  return -1;
}

gboolean
evd_zoom_zones_contains (const char *zone_id)
{
  return evd_zoom_zones_find (zone_id) >= 0;
}

/**
 * evd_zoom_zones_label_for:
 *
 * Returns: (nullable): Zoom's label for @zone_id, or %NULL when Zoom does
 *   not list it
 */
const char *
evd_zoom_zones_label_for (const char *zone_id)
{
  int position = evd_zoom_zones_find (zone_id);

  return position >= 0 ? evd_zoom_zones_get_label ((guint) position) : NULL;
}

/* Offsets sampled weekly over five years around now: two zones that agree
 * on all of them have the same standard offset and the same daylight-saving
 * rules (a rule that moves by a week or more shows). */
#define SAMPLE_YEARS 5
#define N_SAMPLES (SAMPLE_YEARS * 53)

static gboolean
sample_offsets (const char *zone_id,
                gint32     *offsets)
{
  g_autoptr(GTimeZone) zone = evd_time_zone_new (zone_id);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 start;

  if (zone == NULL)
    return FALSE;

  start = g_date_time_to_unix (now) - (gint64) (SAMPLE_YEARS / 2) * 365 * 86400;
  for (guint i = 0; i < N_SAMPLES; i++)
    {
      gint64 when = start + (gint64) i * 7 * 86400;
      int interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, when);

      offsets[i] = g_time_zone_get_offset (zone, interval);
    }

  return TRUE;
}

/**
 * evd_zoom_zones_match:
 * @zone_id: an IANA zone, such as the computer's
 *
 * Finds the entry of Zoom's list with the same rules as @zone_id: @zone_id
 * itself when Zoom lists it, the old name Zoom lists for a renamed zone,
 * else the first entry (in Zoom's order) whose offsets agree with it
 * week by week, preferring one in the same region (Europe/Tallinn gives
 * Europe/Helsinki).
 *
 * Returns: (nullable): an ID from Zoom's list, or %NULL when no listed
 *   zone keeps the same time as @zone_id
 */
const char *
evd_zoom_zones_match (const char *zone_id)
{
  gint32 wanted[N_SAMPLES];
  gint32 offsets[N_SAMPLES];
  const char *slash;
  const char *fallback = NULL;
  int position;

  if (zone_id == NULL || *zone_id == '\0')
    return NULL;
  if ((position = evd_zoom_zones_find (zone_id)) >= 0)
    return zones[position].id;
  for (guint i = 0; i < G_N_ELEMENTS (renamed); i++)
    if (g_str_equal (renamed[i].iana, zone_id))
      return renamed[i].zoom;

  if (!sample_offsets (zone_id, wanted))
    return NULL;

  slash = strchr (zone_id, '/');
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      if (!sample_offsets (zones[i].id, offsets) ||
          memcmp (offsets, wanted, sizeof offsets) != 0)
        continue;
      if (slash != NULL && strncmp (zones[i].id, zone_id, (gsize) (slash - zone_id + 1)) == 0)
        return zones[i].id;
      if (fallback == NULL)
        fallback = zones[i].id;
    }

  return fallback;
}

/**
 * evd_zoom_zones_match_local:
 *
 * Returns: the entry of Zoom's list with the computer's rules; `UTC` when
 *   none has them
 */
const char *
evd_zoom_zones_match_local (void)
{
  static const char *local_match;

  /* Matching by rules reads every listed zone: once per run is enough. */
  if (g_once_init_enter (&local_match))
    {
      g_autofree char *local = evd_time_get_local_zone_name ();
      const char *match = evd_zoom_zones_match (local);

      g_once_init_leave (&local_match, match != NULL ? match : "UTC");
    }

  return local_match;
}
