/* evd-country.c: country cells to the two-letter codes Zoom takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-country"

#include "config.h"

#include <string.h>

#include "evd-country.h"

typedef struct
{
  const char *name;  /* lower case, as folded below */
  const char *code;
} CountryName;

/* The names CRMs and sign-up forms most often write instead of a code, in
 * English and as the countries call themselves. Not every country: anything
 * else is flagged and the person types the code. */
static const CountryName names[] = {
  { "united states", "US" }, { "united states of america", "US" }, { "usa", "US" },
  { "u.s.", "US" }, { "u.s.a.", "US" }, { "america", "US" },
  { "united kingdom", "GB" }, { "uk", "GB" }, { "great britain", "GB" }, { "england", "GB" },
  { "scotland", "GB" }, { "wales", "GB" }, { "northern ireland", "GB" },
  { "canada", "CA" }, { "mexico", "MX" }, { "méxico", "MX" }, { "brazil", "BR" }, { "brasil", "BR" },
  { "argentina", "AR" }, { "chile", "CL" }, { "colombia", "CO" }, { "peru", "PE" }, { "perú", "PE" },
  { "germany", "DE" }, { "deutschland", "DE" }, { "france", "FR" }, { "spain", "ES" }, { "españa", "ES" },
  { "italy", "IT" }, { "italia", "IT" }, { "portugal", "PT" }, { "netherlands", "NL" },
  { "the netherlands", "NL" }, { "nederland", "NL" }, { "holland", "NL" },
  { "belgium", "BE" }, { "belgique", "BE" }, { "belgië", "BE" }, { "switzerland", "CH" },
  { "schweiz", "CH" }, { "suisse", "CH" }, { "austria", "AT" }, { "österreich", "AT" },
  { "ireland", "IE" }, { "sweden", "SE" }, { "sverige", "SE" }, { "norway", "NO" }, { "norge", "NO" },
  { "denmark", "DK" }, { "danmark", "DK" }, { "finland", "FI" }, { "suomi", "FI" },
  { "poland", "PL" }, { "polska", "PL" }, { "czech republic", "CZ" }, { "czechia", "CZ" },
  { "greece", "GR" }, { "turkey", "TR" }, { "türkiye", "TR" }, { "russia", "RU" }, { "ukraine", "UA" },
  { "israel", "IL" }, { "united arab emirates", "AE" }, { "uae", "AE" }, { "saudi arabia", "SA" },
  { "egypt", "EG" }, { "south africa", "ZA" }, { "nigeria", "NG" }, { "kenya", "KE" },
  { "india", "IN" }, { "china", "CN" }, { "japan", "JP" }, { "south korea", "KR" }, { "korea", "KR" },
  { "singapore", "SG" }, { "hong kong", "HK" }, { "taiwan", "TW" }, { "australia", "AU" },
  { "new zealand", "NZ" }, { "indonesia", "ID" }, { "malaysia", "MY" }, { "philippines", "PH" },
  { "thailand", "TH" }, { "vietnam", "VN" }, { "viet nam", "VN" }, { "pakistan", "PK" },
};

#define MAX_ASCII_NAME 32

G_STATIC_ASSERT (G_N_ELEMENTS (names) < 256);

/* names[] ordered by first byte, so a cell is compared with the few names
 * that start like it: the check runs for every row. */
static guint8 by_first_byte[G_N_ELEMENTS (names)];
static guint8 first_byte_start[257];

static void
init_first_byte_index (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      guint n = 0;

      for (guint c = 0; c < 256; c++)
        {
          first_byte_start[c] = n;
          for (guint i = 0; i < G_N_ELEMENTS (names); i++)
            if ((guchar) names[i].name[0] == c)
              by_first_byte[n++] = i;
        }
      first_byte_start[256] = n;
      g_once_init_leave (&initialized, 1);
    }
}

/* g_utf8_strdown() for the common case, without allocating: ASCII text
 * without a capital I (which a Turkish locale lower-cases to a dotless ı).
 * Returns NULL when @text is not such a case. */
static const char *
fold_ascii_name (const char *text,
                 gsize       length,
                 char        out[MAX_ASCII_NAME + 1])
{
  if (length > MAX_ASCII_NAME)
    return NULL;
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];

      if (c >= 0x80 || c == 'I' || c == '\0')
        return NULL;
      out[i] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : (char) c;
    }
  out[length] = '\0';
  return out;
}

/**
 * evd_country_to_code:
 * @text: a country cell, trimmed
 * @length: its length in bytes
 * @code: (out): the upper-case two-letter code
 *
 * Two letters in any case are taken as a code (not checked against ISO
 * 3166, except that "UK" becomes GB); common country names are translated.
 *
 * Returns: %TRUE when @text could be turned into a code
 */
gboolean
evd_country_to_code (const char *text,
                     gsize       length,
                     char        code[3])
{
  g_autofree char *allocated = NULL;
  char ascii_lower[MAX_ASCII_NAME + 1];
  const char *lower;
  guint first;

  g_return_val_if_fail (text != NULL, FALSE);

  if (length == 2 && g_ascii_isalpha (text[0]) && g_ascii_isalpha (text[1]))
    {
      code[0] = text[0] & ~0x20;   /* upper case, for ASCII letters */
      code[1] = text[1] & ~0x20;
      code[2] = '\0';
      if (code[0] == 'U' && code[1] == 'K')
        code[0] = 'G', code[1] = 'B';
      return TRUE;
    }

  lower = fold_ascii_name (text, length, ascii_lower);
  if (lower == NULL)
    lower = allocated = g_utf8_strdown (text, length);
  init_first_byte_index ();
  first = (guchar) lower[0];
  for (guint i = first_byte_start[first]; i < first_byte_start[first + 1]; i++)
    if (g_str_equal (names[by_first_byte[i]].name, lower))
      {
        memcpy (code, names[by_first_byte[i]].code, 3);
        return TRUE;
      }
  return FALSE;
}
