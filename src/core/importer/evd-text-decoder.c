/* evd-text-decoder.c: turns the bytes of a spreadsheet export into UTF-8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-text-decoder"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#ifdef __SSE2__
# include <emmintrin.h>
#endif

#include "evd-csv-error.h"
#include "evd-text-decoder-private.h"

typedef struct
{
  EvdCsvEncoding  encoding;
  const char     *name;
} EncodingName;

/* The names `eventdesk-cli check --json` prints and --encoding accepts. */
static const EncodingName encoding_names[] = {
  { EVD_CSV_ENCODING_AUTO, "auto" },
  { EVD_CSV_ENCODING_UTF8, "utf-8" },
  { EVD_CSV_ENCODING_UTF8_BOM, "utf-8-bom" },
  { EVD_CSV_ENCODING_UTF16LE, "utf-16le" },
  { EVD_CSV_ENCODING_UTF16BE, "utf-16be" },
  { EVD_CSV_ENCODING_WINDOWS_1252, "windows-1252" },
  /* Accepted spellings, never printed */
  { EVD_CSV_ENCODING_UTF8, "utf8" },
  { EVD_CSV_ENCODING_UTF16LE, "utf-16" },
  { EVD_CSV_ENCODING_WINDOWS_1252, "cp1252" },
  { EVD_CSV_ENCODING_WINDOWS_1252, "ansi" },
};

/* Windows-1252 bytes 0x80–0x9F, as the WHATWG Encoding Standard decodes them.
 * The five bytes Microsoft leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * become the C1 controls of the same number, as in Latin-1: nothing is lost,
 * and a file that has them still opens. (glibc's converter refuses them, which
 * would make one odd byte fail the whole file, so this table is used instead
 * of g_convert.) 0xA0–0xFF are the Latin-1 code points. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const char *
evd_csv_encoding_to_string (EvdCsvEncoding encoding)
{
  for (gsize i = 0; i < G_N_ELEMENTS (encoding_names); i++)
    if (encoding_names[i].encoding == encoding)
      return encoding_names[i].name;
  return "auto";
}

gboolean
evd_csv_encoding_from_string (const char     *name,
                              EvdCsvEncoding *encoding)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (encoding != NULL, FALSE);

  for (gsize i = 0; i < G_N_ELEMENTS (encoding_names); i++)
    if (g_ascii_strcasecmp (encoding_names[i].name, name) == 0)
      {
        *encoding = encoding_names[i].encoding;
        return TRUE;
      }
  return FALSE;
}

/**
 * evd_csv_encoding_get_label:
 *
 * Returns: (transfer none): the encoding's name as the window shows it
 */
const char *
evd_csv_encoding_get_label (EvdCsvEncoding encoding)
{
  switch (encoding)
    {
    case EVD_CSV_ENCODING_UTF8: return _("Unicode (UTF-8)");
    case EVD_CSV_ENCODING_UTF8_BOM: return _("Unicode (UTF-8 with byte-order mark)");
    case EVD_CSV_ENCODING_UTF16LE: return _("Unicode (UTF-16, little-endian)");
    case EVD_CSV_ENCODING_UTF16BE: return _("Unicode (UTF-16, big-endian)");
    case EVD_CSV_ENCODING_WINDOWS_1252: return _("Western (Windows-1252)");
    case EVD_CSV_ENCODING_AUTO:
    default: return _("Detect automatically");
    }
}

static gboolean
has_prefix (const char *data,
            gsize       length,
            const char *prefix,
            gsize       prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

/* Spots files that are plainly not CSV: a workbook, or bytes no text has.
 * @has_nul: (nullable): whether @data holds a NUL byte, when the UTF-8
 * validation found that out already; %NULL to search. */
static gboolean
check_looks_like_text (const char      *data,
                       gsize            length,
                       const gboolean  *has_nul,
                       GError         **error)
{
  gsize sample = MIN (length, 65536);
  gsize controls = 0;

  if (has_prefix (data, length, "PK\003\004", 4) ||
      has_prefix (data, length, "\320\317\021\340", 4))
    {
      g_set_error_literal (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT,
                           _("This is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet program, choose Save As, pick “CSV”, and import that file."));
      return FALSE;
    }

  if (has_nul != NULL ? *has_nul : memchr (data, '\0', length) != NULL)
    goto not_text;

  for (gsize i = 0; i < sample; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
        controls++;
    }
  /* A few stray control bytes happen in CRM dumps; many mean binary data. */
  if (controls * 100 > sample)
    goto not_text;

  return TRUE;

not_text:
  g_set_error_literal (error, EVD_CSV_ERROR, EVD_CSV_ERROR_NOT_TEXT,
                       _("This does not look like a spreadsheet saved as CSV: it contains bytes that text files do not have. Open it in your spreadsheet program, choose Save As, pick “CSV”, and import that file."));
  return FALSE;
}

#if defined(__GNUC__) || defined(__clang__)
# define first_set_bit(bits) ((gsize) __builtin_ctz (bits))
#else
static inline gsize
first_set_bit (guint bits)
{
  gsize n = 0;

  for (; (bits & 1) == 0; bits >>= 1)
    n++;
  return n;
}
#endif

/* What the detection found out about the text after the byte-order mark,
 * so that a file is read once, not once to detect, again to look for NUL
 * bytes and again to decode: that was most of the time spent on a UTF-8
 * file before it is parsed. */
typedef enum
{
  UTF8_UNKNOWN,
  UTF8_VALID,
  UTF8_INVALID,
} Utf8Validity;

typedef struct
{
  Utf8Validity validity;
  gboolean     has_nul;   /* known when validity is not UTF8_UNKNOWN */
} Utf8Scan;

static inline gboolean
is_continuation (guchar c)
{
  return (c & 0xC0) == 0x80;
}

/* The length of the well-formed UTF-8 sequence at @p (Unicode's table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or 0. */
static inline gsize
utf8_sequence_length (const guchar *p,
                      const guchar *end)
{
  guchar c = p[0];

  if (c >= 0xC2 && c <= 0xDF)
    return end - p >= 2 && is_continuation (p[1]) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF)
    {
      guchar low = c == 0xE0 ? 0xA0 : 0x80;
      guchar high = c == 0xED ? 0x9F : 0xBF;

      return end - p >= 3 && p[1] >= low && p[1] <= high && is_continuation (p[2]) ? 3 : 0;
    }
  if (c >= 0xF0 && c <= 0xF4)
    {
      guchar low = c == 0xF0 ? 0x90 : 0x80;
      guchar high = c == 0xF4 ? 0x8F : 0xBF;

      return end - p >= 4 && p[1] >= low && p[1] <= high &&
             is_continuation (p[2]) && is_continuation (p[3]) ? 4 : 0;
    }
  return 0;
}

/* Strict UTF-8 (no overlongs, no surrogates), and whether there is a NUL
 * byte (valid UTF-8, but no text file has one) in the same pass. Most of an
 * attendee list is ASCII: with SSE2 it is skipped 64 or 16 bytes at a
 * time, and the scalar code sees only the multi-byte sequences. A
 * validation that fails stops early and leaves *@has_nul unknown (FALSE). */
static gboolean
is_valid_utf8 (const char *data,
               gsize       length,
               gboolean   *has_nul)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + length;

  *has_nul = FALSE;
#ifdef __SSE2__
  while (end - p >= 16)
    {
      __m128i zero = _mm_setzero_si128 ();
      __m128i bytes;
      guint mask;
      gsize n;

      /* Whole lines of ASCII first: one test for 64 bytes */
      if (end - p >= 64)
        {
          __m128i a = _mm_loadu_si128 ((const __m128i *) p);
          __m128i b = _mm_loadu_si128 ((const __m128i *) (p + 16));
          __m128i c = _mm_loadu_si128 ((const __m128i *) (p + 32));
          __m128i d = _mm_loadu_si128 ((const __m128i *) (p + 48));
          __m128i any = _mm_or_si128 (_mm_or_si128 (a, b), _mm_or_si128 (c, d));

          if (_mm_movemask_epi8 (any) == 0)
            {
              __m128i least = _mm_min_epu8 (_mm_min_epu8 (a, b), _mm_min_epu8 (c, d));

              if (_mm_movemask_epi8 (_mm_cmpeq_epi8 (least, zero)) != 0)
                *has_nul = TRUE;
              p += 64;
              continue;
            }
        }
      bytes = _mm_loadu_si128 ((const __m128i *) p);
      if (_mm_movemask_epi8 (_mm_cmpeq_epi8 (bytes, zero)) != 0)
        *has_nul = TRUE;
      mask = (guint) _mm_movemask_epi8 (bytes);
      if (mask == 0)
        {
          p += 16;
          continue;
        }
      /* The bytes skipped are ASCII, and a sequence's continuation bytes
       * past the 16 are not NUL */
      p += first_set_bit (mask);
      n = utf8_sequence_length (p, end);
      if (n == 0)
        return FALSE;
      p += n;
    }
#else
  /* A word of ASCII at a time wherever one starts; NUL bytes by memchr() */
  *has_nul = memchr (data, '\0', length) != NULL;
  while (end - p >= 8)
    {
      guint64 word;
      gsize n;

      memcpy (&word, p, 8);
      if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
        {
          p += 8;
          continue;
        }
      if (*p < 0x80)
        {
          p++;
          continue;
        }
      n = utf8_sequence_length (p, end);
      if (n == 0)
        return FALSE;
      p += n;
    }
#endif

  while (p < end)
    {
      if (*p < 0x80)
        {
          *has_nul |= *p == 0;
          p++;
        }
      else
        {
          gsize n = utf8_sequence_length (p, end);

          if (n == 0)
            return FALSE;
          p += n;
        }
    }
  return TRUE;
}

/* How much of @data reads as UTF-8: the multi-byte sequences that are well
 * formed, and the bytes that fit no sequence. */
static void
count_utf8 (const char *data,
            gsize       length,
            gsize      *n_sequences,
            gsize      *n_invalid)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + length;

  *n_sequences = 0;
  *n_invalid = 0;
  while (p < end)
    {
      gsize n;

      if (*p < 0x80)
        {
          p++;
          continue;
        }
      n = utf8_sequence_length (p, end);
      if (n == 0)
        {
          (*n_invalid)++;
          p++;
        }
      else
        {
          (*n_sequences)++;
          p += n;
        }
    }
}

/* A file is Windows-1252 only when it does not read as UTF-8 as a whole: a
 * UTF-8 file with a few stray bytes (a name pasted from an old system) stays
 * UTF-8, and its damaged rows are found by the checker. Windows-1252 text
 * almost never holds a well-formed UTF-8 sequence (an accented capital
 * followed by a C1 control or a symbol such as ©), so a few of them against
 * many stray bytes still mean Windows-1252. Erring towards UTF-8 flags rows;
 * erring the other way would garble every accented name in the file. */
static gboolean
reads_as_utf8 (const char *data,
               gsize       length,
               Utf8Scan   *scan)
{
  gsize n_sequences, n_invalid;

  if (is_valid_utf8 (data, length, &scan->has_nul))
    {
      scan->validity = UTF8_VALID;
      return TRUE;
    }
  scan->validity = UTF8_INVALID;
  count_utf8 (data, length, &n_sequences, &n_invalid);
  return n_sequences > 0 && n_sequences * 4 >= n_invalid;
}

static char *
decode_windows_1252 (const char *data,
                     gsize       length,
                     gsize      *out_length)
{
  gsize size = 0;
  char *out;
  char *q;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x80)
        size += 1;
      else if (c < 0xA0)
        size += g_unichar_to_utf8 (cp1252_high[c - 0x80], NULL);
      else
        size += 2;
    }

  out = g_malloc (size + 1);
  q = out;
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x80)
        *q++ = (char) c;
      else if (c < 0xA0)
        q += g_unichar_to_utf8 (cp1252_high[c - 0x80], q);
      else
        q += g_unichar_to_utf8 (c, q);
    }
  *q = '\0';
  *out_length = size;
  return out;
}

/* Written out rather than through iconv so that a lone surrogate or an odd
 * trailing byte becomes U+FFFD instead of failing the whole file. */
static char *
decode_utf16 (const char *data,
              gsize       length,
              gboolean    big_endian,
              gsize      *out_length)
{
  const guchar *p = (const guchar *) data;
  gsize units = length / 2;
  char *out = g_malloc (units * 3 + 4);
  char *q = out;

  for (gsize i = 0; i < units; i++)
    {
      gunichar u = big_endian ? (p[2 * i] << 8 | p[2 * i + 1])
                              : (p[2 * i + 1] << 8 | p[2 * i]);

      if (u >= 0xD800 && u < 0xDC00 && i + 1 < units)
        {
          gunichar low = big_endian ? (p[2 * i + 2] << 8 | p[2 * i + 3])
                                    : (p[2 * i + 3] << 8 | p[2 * i + 2]);

          if (low >= 0xDC00 && low < 0xE000)
            {
              u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
              i++;
            }
          else
            u = 0xFFFD;
        }
      else if (u >= 0xD800 && u < 0xE000)
        u = 0xFFFD;

      q += g_unichar_to_utf8 (u, q);
    }
  if (length % 2 != 0)
    q += g_unichar_to_utf8 (0xFFFD, q);
  *q = '\0';
  *out_length = q - out;
  return out;
}

/* UTF-16 saved without a byte-order mark still shows itself: ASCII letters
 * leave every other byte zero. */
static EvdCsvEncoding
guess_utf16_without_bom (const char *data,
                         gsize       length)
{
  gsize sample = MIN (length, 4096) & ~(gsize) 1;
  gsize even_zero = 0, odd_zero = 0;

  if (sample < 4)
    return EVD_CSV_ENCODING_AUTO;

  for (gsize i = 0; i < sample; i += 2)
    {
      even_zero += data[i] == '\0';
      odd_zero += data[i + 1] == '\0';
    }
  if (odd_zero * 10 > sample / 2 * 8 && even_zero * 10 < sample / 2)
    return EVD_CSV_ENCODING_UTF16LE;
  if (even_zero * 10 > sample / 2 * 8 && odd_zero * 10 < sample / 2)
    return EVD_CSV_ENCODING_UTF16BE;
  return EVD_CSV_ENCODING_AUTO;
}

/* @scan: (out): whether the text after the UTF-8 byte-order mark (or the
 * whole text without one) is strict UTF-8, when that was found out */
static EvdCsvEncoding
detect_encoding (const char *data,
                 gsize       length,
                 Utf8Scan   *scan)
{
  EvdCsvEncoding utf16;

  scan->validity = UTF8_UNKNOWN;

  /* A byte-order mark can lie (a tool adds it to Latin-1 text): the text
   * after it decides, as for a file without one. */
  if (has_prefix (data, length, "\357\273\277", 3))
    return reads_as_utf8 (data + 3, length - 3, scan) ? EVD_CSV_ENCODING_UTF8_BOM : EVD_CSV_ENCODING_WINDOWS_1252;
  if (has_prefix (data, length, "\377\376", 2))
    return EVD_CSV_ENCODING_UTF16LE;
  if (has_prefix (data, length, "\376\377", 2))
    return EVD_CSV_ENCODING_UTF16BE;

  utf16 = guess_utf16_without_bom (data, length);
  if (utf16 != EVD_CSV_ENCODING_AUTO)
    return utf16;

  if (reads_as_utf8 (data, length, scan))
    return EVD_CSV_ENCODING_UTF8;
  return EVD_CSV_ENCODING_WINDOWS_1252;
}

static gsize
bom_length (const char     *data,
            gsize           length,
            EvdCsvEncoding  encoding)
{
  switch (encoding)
    {
    case EVD_CSV_ENCODING_UTF8:
    case EVD_CSV_ENCODING_UTF8_BOM:
      return has_prefix (data, length, "\357\273\277", 3) ? 3 : 0;
    case EVD_CSV_ENCODING_UTF16LE:
      return has_prefix (data, length, "\377\376", 2) ? 2 : 0;
    case EVD_CSV_ENCODING_UTF16BE:
      return has_prefix (data, length, "\376\377", 2) ? 2 : 0;
    case EVD_CSV_ENCODING_WINDOWS_1252:
      /* The mark of a lying UTF-8 file is not part of its Latin-1 text. */
      return has_prefix (data, length, "\357\273\277", 3) ? 3 : 0;
    case EVD_CSV_ENCODING_AUTO:
    default:
      return 0;
    }
}

static void
replace_buffer (char  **buffer,
                gsize  *length,
                char   *text,
                gsize   text_length)
{
  g_free (*buffer);
  *buffer = text;
  *length = text_length;
}

/**
 * evd_text_decode_at:
 * @start: (out): where the text starts in @buffer once decoded
 * @replaced: (out) (optional): whether bytes that are not UTF-8 were
 *   replaced by U+FFFD
 *
 * Like evd_text_decode(), but a UTF-8 file's byte-order mark is skipped by
 * @start instead of moving the whole file three bytes to the left: the text
 * is @buffer[@start … @length), NUL-terminated.
 */
gboolean
evd_text_decode_at (char           **buffer,
                    gsize           *length,
                    gsize           *start,
                    EvdCsvEncoding   requested,
                    EvdCsvEncoding  *detected,
                    gboolean        *replaced,
                    GError         **error)
{
  EvdCsvEncoding encoding;
  Utf8Scan scan = { UTF8_UNKNOWN, FALSE };
  gsize skip;
  gsize out_length = 0;
  char *text;

  g_return_val_if_fail (buffer != NULL && *buffer != NULL, FALSE);
  g_return_val_if_fail (length != NULL, FALSE);
  g_return_val_if_fail (start != NULL, FALSE);

  *start = 0;
  if (replaced != NULL)
    *replaced = FALSE;
  encoding = requested != EVD_CSV_ENCODING_AUTO ? requested : detect_encoding (*buffer, *length, &scan);
  skip = bom_length (*buffer, *length, encoding);
  if (encoding == EVD_CSV_ENCODING_UTF8 && skip > 0)
    encoding = EVD_CSV_ENCODING_UTF8_BOM;

  switch (encoding)
    {
    case EVD_CSV_ENCODING_UTF16LE:
    case EVD_CSV_ENCODING_UTF16BE:
      text = decode_utf16 (*buffer + skip, *length - skip,
                           encoding == EVD_CSV_ENCODING_UTF16BE, &out_length);
      replace_buffer (buffer, length, text, out_length);
      if (!check_looks_like_text (*buffer, *length, NULL, error))
        return FALSE;
      break;

    case EVD_CSV_ENCODING_WINDOWS_1252:
      if (!check_looks_like_text (*buffer, *length, NULL, error))
        return FALSE;
      text = decode_windows_1252 (*buffer + skip, *length - skip, &out_length);
      replace_buffer (buffer, length, text, out_length);
      break;

    case EVD_CSV_ENCODING_UTF8:
    case EVD_CSV_ENCODING_UTF8_BOM:
    case EVD_CSV_ENCODING_AUTO:
    default:
      /* The detection validated the same bytes: the text after the mark
       * it found, or the whole file without one. */
      if (scan.validity == UTF8_UNKNOWN)
        scan.validity = is_valid_utf8 (*buffer + skip, *length - skip, &scan.has_nul)
                        ? UTF8_VALID : UTF8_INVALID;
      /* A validation that failed stopped early: then NUL bytes are
       * searched for (the mark, when skipped, has none) */
      if (!check_looks_like_text (*buffer, *length, scan.validity == UTF8_VALID ? &scan.has_nul : NULL, error))
        return FALSE;
      (*buffer)[*length] = '\0';
      /* Bytes that are not UTF-8 become U+FFFD, which the checker finds
       * row by row: nothing invalid reaches Zoom, and no good row is
       * decoded differently because of a bad one. */
      if (scan.validity == UTF8_INVALID)
        {
          text = g_utf8_make_valid (*buffer + skip, *length - skip);
          replace_buffer (buffer, length, text, strlen (text));
          if (replaced != NULL)
            *replaced = TRUE;
        }
      else
        *start = skip;
      break;
    }

  if (detected != NULL)
    *detected = encoding;
  return TRUE;
}

/**
 * evd_text_decode:
 * @buffer: (inout) (transfer full): the file's bytes, with room for one more
 *   byte after @length; replaced by NUL-terminated UTF-8 text without a
 *   byte-order mark
 * @length: (inout): the number of bytes in @buffer
 * @requested: an encoding, or %EVD_CSV_ENCODING_AUTO to detect it
 * @detected: (out) (optional): the encoding used; %EVD_CSV_ENCODING_UTF8_BOM
 *   when a UTF-8 file starts with a byte-order mark
 *
 * Decodes in place when the file is already UTF-8. When the person chose
 * UTF-8 for a file that is not valid UTF-8, the bad bytes become U+FFFD
 * rather than an error: they asked for it, and the preview shows the result.
 *
 * Returns: %TRUE, or %FALSE with @error set (%EVD_CSV_ERROR_NOT_TEXT)
 */
gboolean
evd_text_decode (char           **buffer,
                 gsize           *length,
                 EvdCsvEncoding   requested,
                 EvdCsvEncoding  *detected,
                 GError         **error)
{
  gsize start = 0;

  g_return_val_if_fail (buffer != NULL && *buffer != NULL, FALSE);
  g_return_val_if_fail (length != NULL, FALSE);

  if (!evd_text_decode_at (buffer, length, &start, requested, detected, NULL, error))
    return FALSE;
  if (start > 0)
    {
      memmove (*buffer, *buffer + start, *length - start + 1);
      *length -= start;
    }
  return TRUE;
}
