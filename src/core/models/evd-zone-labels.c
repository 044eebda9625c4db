/* evd-zone-labels.c: how Zoom names its time zones to people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-zone-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-zone-labels.h"

/* Zoom's list of zones and the place names its pages show for them
 * ("abbreviation lists: timezones" in Zoom's API reference), so that a
 * search for "Pacific Time" or "Mumbai" finds the zone a person means. */
static const struct
{
  const char *zone;
  const char *label;
} labels[] = {
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

/**
 * evd_zone_get_label:
 * @zone: an IANA zone ID
 *
 * Returns: (nullable): Zoom's name for @zone, translated, or %NULL for a
 *   zone Zoom does not list
 */
const char *
evd_zone_get_label (const char *zone)
{
  static GHashTable *index;
  static gsize once;
  gpointer found;

  if (zone == NULL)
    return NULL;

  if (g_once_init_enter (&once))
    {
      index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        g_hash_table_insert (index, (gpointer) labels[i].zone, (gpointer) labels[i].label);
      g_once_init_leave (&once, 1);
    }

  found = g_hash_table_lookup (index, zone);
  return found != NULL ? g_dgettext (GETTEXT_PACKAGE, found) : NULL;
}
