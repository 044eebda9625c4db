/* evd-json-guard.c: refusing JSON that would crash or swell the parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-json"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-json-guard.h"

typedef enum
{
  SCAN_VALUE,
  SCAN_DQ_STRING,
  SCAN_DQ_ESCAPE,
  SCAN_SQ_STRING,
  SCAN_LINE_COMMENT,
  SCAN_BLOCK_COMMENT,
} ScanState;

/* The deepest nesting of [ and { in @data, stopping as soon as it passes
 * @limit. json-glib's scanner also knows single-quoted strings and C, C++ and
 * shell comments; a bracket inside any of them does not nest. Where json-glib
 * does not accept one of these, it stops at its first character, before any
 * nesting that follows, so skipping it here never lets a deep document by. */
static guint
scan_depth (const char *data,
            gsize       length,
            guint       limit)
{
  ScanState state = SCAN_VALUE;
  guint depth = 0;
  guint deepest = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      switch (state)
        {
        case SCAN_VALUE:
          if (c == '[' || c == '{')
            {
              depth++;
              deepest = MAX (deepest, depth);
              if (deepest > limit)
                return deepest;
            }
          else if ((c == ']' || c == '}') && depth > 0)
            depth--;
          else if (c == '"')
            state = SCAN_DQ_STRING;
          else if (c == '\'')
            state = SCAN_SQ_STRING;
          else if (c == '#')
            state = SCAN_LINE_COMMENT;
          else if (c == '/' && i + 1 < length && data[i + 1] == '/')
            state = SCAN_LINE_COMMENT, i++;
          else if (c == '/' && i + 1 < length && data[i + 1] == '*')
            state = SCAN_BLOCK_COMMENT, i++;
          break;
        case SCAN_DQ_STRING:
          if (c == '\\')
            state = SCAN_DQ_ESCAPE;
          else if (c == '"')
            state = SCAN_VALUE;
          break;
        case SCAN_DQ_ESCAPE:
          state = SCAN_DQ_STRING;
          break;
        case SCAN_SQ_STRING:
          if (c == '\'')
            state = SCAN_VALUE;
          break;
        case SCAN_LINE_COMMENT:
          if (c == '\n')
            state = SCAN_VALUE;
          break;
        case SCAN_BLOCK_COMMENT:
          if (c == '*' && i + 1 < length && data[i + 1] == '/')
            state = SCAN_VALUE, i++;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return deepest;
}

/**
 * evd_json_guard_check:
 * @data: the bytes about to be parsed
 * @length: their length
 * @max_size: the largest length accepted
 * @error: %G_IO_ERROR_MESSAGE_TOO_LARGE for too many bytes,
 *   %G_IO_ERROR_INVALID_DATA for nesting deeper than %EVD_JSON_MAX_DEPTH
 *
 * Looks at the bytes only, in one pass and without allocating, so it is safe
 * on anything a server or a file may hold.
 */
gboolean
evd_json_guard_check (const char  *data,
                      gsize        length,
                      gsize        max_size,
                      GError     **error)
{
  if (length > max_size)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *bound = g_format_size (max_size);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("The data is larger than Event Desk accepts (%s; at most %s)."), size, bound);
      return FALSE;
    }

  if (data != NULL && scan_depth (data, length, EVD_JSON_MAX_DEPTH) > EVD_JSON_MAX_DEPTH)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The data is nested more than %d levels deep, which no answer from Zoom is."),
                   EVD_JSON_MAX_DEPTH);
      return FALSE;
    }

  return TRUE;
}

/**
 * evd_json_guard_parse:
 *
 * evd_json_guard_check() and then json-glib. A parse error is
 * %G_IO_ERROR_INVALID_DATA with json-glib's message.
 *
 * Returns: (transfer full) (nullable): the root node
 */
JsonNode *
evd_json_guard_parse (const char  *data,
                      gsize        length,
                      gsize        max_size,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!evd_json_guard_check (data, length, max_size, error))
    return NULL;

  parser = json_parser_new ();
  if (data == NULL || length == 0 ||
      !json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           local_error != NULL ? local_error->message : _("The data is empty."));
      return NULL;
    }

  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The data is empty."));
      return NULL;
    }
  return root;
}
