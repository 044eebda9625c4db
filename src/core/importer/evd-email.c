/* evd-email.c: email addresses as HTML forms accept them, and text trimming
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-email"

#include "config.h"

#include <string.h>
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
# include <emmintrin.h>
# define HAVE_SSE2_EMAIL 1
#endif

#include "evd-email-private.h"

/* The bytes are checked one by one against the WHATWG HTML rule for a
 * "valid email address" (the one <input type=email> uses), which
 * deliberately departs from RFC 5322: no quoted local parts, no comments,
 * no IP literals, ASCII only.
 *
 *   email   = 1*( atext / "." ) "@" label *( "." label )
 *   atext   = ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+"
 *           / "-" / "/" / "=" / "?" / "^" / "_" / "`" / "{" / "|" / "}" / "~"
 *   label   = let-dig [ [ ldh-str ] let-dig ]   ; at most 63 characters
 *   ldh-str = *( ALPHA / DIGIT / "-" ) let-dig
 *   let-dig = ALPHA / DIGIT
 *
 * So "a@b" and ".a..b.@c" are valid, as WHATWG has it; whether a mailbox
 * exists is not checked (nothing is sent anywhere). */

/* What each byte may be, from one table built by the compiler: the
 * address is checked for every row of a 100,000-row file. */
enum {
  LOCAL_PART = 1 << 0,   /* atext or "." */
  LET_DIG    = 1 << 1,   /* ALPHA / DIGIT */
  LDH        = 1 << 2,   /* ALPHA / DIGIT / "-" */
};

#define IS_ALNUM(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || ((c) >= '0' && (c) <= '9'))
#define IS_ATEXT_SYMBOL(c) ((c) == '!' || (c) == '#' || (c) == '$' || (c) == '%' || (c) == '&' || \
                            (c) == '\'' || (c) == '*' || (c) == '+' || (c) == '-' || (c) == '/' || \
                            (c) == '=' || (c) == '?' || (c) == '^' || (c) == '_' || (c) == '`' || \
                            (c) == '{' || (c) == '|' || (c) == '}' || (c) == '~' || (c) == '.')
#define CLASS(c) ((IS_ALNUM (c) ? LOCAL_PART | LET_DIG | LDH : 0) | \
                  (IS_ATEXT_SYMBOL (c) ? LOCAL_PART : 0) | ((c) == '-' ? LDH : 0))
#define CLASS4(c) CLASS (c), CLASS ((c) + 1), CLASS ((c) + 2), CLASS ((c) + 3)
#define CLASS16(c) CLASS4 (c), CLASS4 ((c) + 4), CLASS4 ((c) + 8), CLASS4 ((c) + 12)

/* Bytes from 0x80 are in no class: the rule is ASCII only. */
static const guint8 byte_classes[256] = {
  CLASS16 (0x00), CLASS16 (0x10), CLASS16 (0x20), CLASS16 (0x30),
  CLASS16 (0x40), CLASS16 (0x50), CLASS16 (0x60), CLASS16 (0x70),
};

/* Where the run of bytes of @class from @i ends: four bytes a step, since
 * most of an address is one run. */
static inline gsize
skip_class (const guchar *text,
            gsize         i,
            gsize         length,
            guint8        class)
{
  while (i + 4 <= length &&
         (byte_classes[text[i]] & byte_classes[text[i + 1]] &
          byte_classes[text[i + 2]] & byte_classes[text[i + 3]] & class))
    i += 4;
  while (i < length && (byte_classes[text[i]] & class))
    i++;
  return i;
}

static inline gboolean
is_valid_label (const guchar *label,
                gsize         length)
{
  return length > 0 && length <= 63 &&
         (byte_classes[label[0]] & LET_DIG) &&
         (byte_classes[label[length - 1]] & LET_DIG);
}

/* Every label of the domain from @label_start: letters, digits and
 * hyphens, not starting or ending with a hyphen */
static gboolean
is_valid_domain (const guchar *text,
                 gsize         label_start,
                 gsize         length)
{
  for (;;)
    {
      gsize i = skip_class (text, label_start, length, LDH);

      if (!is_valid_label (text + label_start, i - label_start))
        return FALSE;
      if (i == length)
        return TRUE;
      if (text[i] != '.')
        return FALSE;
      label_start = i + 1;
    }
}

/**
 * evd_email_is_valid:
 * @email: the address, already trimmed
 * @length: its length in bytes, or -1 when NUL-terminated
 *
 * Returns: whether @email is a valid email address by the WHATWG rule above
 */
gboolean
evd_email_is_valid (const char *email,
                    gssize      length)
{
  const guchar *text = (const guchar *) email;
  gsize len;
  gsize at;

  g_return_val_if_fail (email != NULL, FALSE);

  len = length < 0 ? strlen (email) : (gsize) length;

  /* "@" is not in the local part's class, so one test per byte finds it */
  at = skip_class (text, 0, len, LOCAL_PART);
  if (at == 0 || at == len || text[at] != '@')
    return FALSE;

  return is_valid_domain (text, at + 1, len);
}

#ifdef HAVE_SSE2_EMAIL
/* The bytes of @bytes that are ASCII letters or digits, as 0xFF. Bytes from
 * 0x80 are negative to the signed comparisons, so never match. */
static inline __m128i
alnum_bytes (__m128i bytes)
{
  /* OR 0x20 folds A–Z onto a–z and moves no other byte into a–z */
  __m128i folded = _mm_or_si128 (bytes, _mm_set1_epi8 (0x20));
  __m128i alpha = _mm_and_si128 (_mm_cmpgt_epi8 (folded, _mm_set1_epi8 ('a' - 1)),
                                 _mm_cmplt_epi8 (folded, _mm_set1_epi8 ('z' + 1)));
  __m128i digit = _mm_and_si128 (_mm_cmpgt_epi8 (bytes, _mm_set1_epi8 ('0' - 1)),
                                 _mm_cmplt_epi8 (bytes, _mm_set1_epi8 ('9' + 1)));

  return _mm_or_si128 (alpha, digit);
}

/* Where the run from @i of the bytes of the local part that are not rare
 * (letters, digits, ". - _ +") ends, 16 bytes at a time, at most @length. */
static inline gsize
skip_common_local (const guchar *text,
                   gsize         i,
                   gsize         length)
{
  while (i < length)
    {
      __m128i bytes = _mm_loadu_si128 ((const __m128i *) (text + i));
      __m128i common = _mm_or_si128 (_mm_or_si128 (alnum_bytes (bytes),
                                                   _mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('.'))),
                                     _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('-')),
                                                                 _mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('_'))),
                                                   _mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('+'))));
      guint others = ~(guint) _mm_movemask_epi8 (common) & 0xFFFF;

      if (others != 0)
        return MIN (i + (gsize) __builtin_ctz (others), length);
      i += 16;
    }
  return length;
}

/* The labels of a domain of 1 to 16 bytes at once, as bit masks: only
 * letters, digits, "-" and "."; a letter or digit first, last, and on both
 * sides of every dot (so no label is empty or starts or ends with "-"). */
static inline gboolean
is_valid_short_domain (const guchar *text,
                       gsize         length)
{
  __m128i bytes = _mm_loadu_si128 ((const __m128i *) text);
  guint range = (1u << length) - 1;
  guint alnum = (guint) _mm_movemask_epi8 (alnum_bytes (bytes)) & range;
  guint dots = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('.'))) & range;
  guint hyphens = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('-'))) & range;

  return (alnum | dots | hyphens) == range &&
         (alnum & 1) != 0 && (alnum & (1u << (length - 1))) != 0 &&
         ((dots << 1) & range & ~alnum) == 0 &&
         ((dots >> 1) & ~alnum) == 0;
}
#endif

/**
 * evd_email_is_valid_padded:
 * @email: the address, already trimmed
 * @length: its length in bytes
 *
 * evd_email_is_valid(), for an address after which EVD_EMAIL_READ_AHEAD
 * bytes may be read (they do not change the answer): the common bytes of
 * an address are skipped 16 at a time, and the table's rules are checked
 * only where a label or the local part ends.
 *
 * Returns: whether @email is a valid email address by the WHATWG rule
 */
gboolean
evd_email_is_valid_padded (const char *email,
                           gsize       length)
{
#ifdef HAVE_SSE2_EMAIL
  const guchar *text = (const guchar *) email;
  gsize at;
  gsize label_start;

  g_return_val_if_fail (email != NULL, FALSE);

  /* Letters, digits and ". - _ +" are in the local part's class: the
   * rarer symbols go through the table */
  at = skip_class (text, skip_common_local (text, 0, length), length, LOCAL_PART);
  if (at == 0 || at == length || text[at] != '@')
    return FALSE;

  label_start = at + 1;
  if (length - label_start >= 1 && length - label_start <= 16)
    return is_valid_short_domain (text + label_start, length - label_start);
  return is_valid_domain (text, label_start, length);
#else
  return evd_email_is_valid (email, length);
#endif
}

static gboolean
is_space_at (const char *p,
             const char *end)
{
  /* ASCII white space, and the no-break space pages and Excel paste in */
  return g_ascii_isspace (*p) ||
         (end - p >= 2 && (guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0);
}

static gboolean
is_space_before (const char *start,
                 const char *end)
{
  return g_ascii_isspace (end[-1]) ||
         (end - start >= 2 && (guchar) end[-2] == 0xC2 && (guchar) end[-1] == 0xA0);
}

/**
 * evd_text_trim_span:
 * @text: a cell
 * @length: (out): the trimmed length
 *
 * Returns: (transfer none): where the text starts once surrounding white
 *   space (ASCII and no-break spaces) is left out; nothing is copied
 */
const char *
evd_text_trim_span (const char *text,
                    gsize      *length)
{
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  end = text + strlen (text);
  while (text < end && is_space_at (text, end))
    text += g_ascii_isspace (*text) ? 1 : 2;
  while (end > text && is_space_before (text, end))
    end -= g_ascii_isspace (end[-1]) ? 1 : 2;
  *length = end - text;
  return text;
}

/**
 * evd_email_clean_span:
 * @cell: a cell of the email column
 * @length: (out): the length of the address
 *
 * Leaves out what spreadsheets and mail programs wrap around an address and
 * that cannot be part of one: surrounding spaces, one pair of angle
 * brackets ("<sarah@example.com>") and a "mailto:" prefix (from a pasted
 * link). Anything else ("Sarah <sarah@example.com>") is left for the check
 * to refuse, since guessing which part is the address is not safe.
 *
 * Returns: (transfer none): where the address starts in @cell
 */
const char *
evd_email_clean_span (const char *cell,
                      gsize      *length)
{
  const char *start;
  gsize len;

  g_return_val_if_fail (cell != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  start = evd_text_trim_span (cell, &len);
  if (len >= 2 && start[0] == '<' && start[len - 1] == '>')
    {
      start++;
      len -= 2;
    }
  if (len >= 7 && g_ascii_strncasecmp (start, "mailto:", 7) == 0)
    {
      start += 7;
      len -= 7;
    }
  while (len > 0 && g_ascii_isspace (start[0]))
    start++, len--;
  while (len > 0 && g_ascii_isspace (start[len - 1]))
    len--;
  *length = len;
  return start;
}

/**
 * evd_email_normalize:
 *
 * Returns: (transfer full): the cleaned address, lower-cased: the key for
 *   finding duplicates and already-registered attendees (Zoom and mail
 *   servers treat the case of addresses as the same in practice)
 */
char *
evd_email_normalize (const char *cell)
{
  gsize len;
  const char *start;

  g_return_val_if_fail (cell != NULL, NULL);

  start = evd_email_clean_span (cell, &len);
  return g_ascii_strdown (start, len);
}
