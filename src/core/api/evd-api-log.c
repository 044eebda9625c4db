/* evd-api-log.c: the HTTP debug log, with every secret taken out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <string.h>

#include "evd-api-private.h"

#define REDACTED "[redacted]"

/* Only an explicit G_MESSAGES_DEBUG=evd-client turns the HTTP log on, not
 * "all": the log shows attendees' details, which a general debug run of the
 * app should not spill. */
gboolean
evd_api_debug_enabled (void)
{
  const char *domains = g_getenv ("G_MESSAGES_DEBUG");
  g_auto(GStrv) names = NULL;

  if (domains == NULL)
    return FALSE;

  names = g_strsplit_set (domains, " ,:", -1);
  return g_strv_contains ((const char * const *) names, EVD_API_LOG_DOMAIN);
}

static gboolean
is_secret_header (const char *line,
                  gsize      *name_len)
{
  static const char * const names[] = { "Authorization:", "Proxy-Authorization:", "Cookie:", "Set-Cookie:" };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize len = strlen (names[i]);

      if (g_ascii_strncasecmp (line, names[i], len) == 0)
        {
          *name_len = len;
          return TRUE;
        }
    }
  return FALSE;
}

/* Replaces the value after each `"key"` (JSON) or `key=` (a form) with a
 * marker, for every key that holds a secret. */
static void
redact_values (GString    *text,
               const char *key)
{
  g_autofree char *json_key = g_strdup_printf ("\"%s\"", key);
  g_autofree char *form_key = g_strdup_printf ("%s=", key);
  gsize from = 0;

  for (;;)
    {
      const char *hit = strstr (text->str + from, json_key);
      gsize start;
      gsize end;

      if (hit == NULL)
        break;
      start = (hit - text->str) + strlen (json_key);
      while (start < text->len && (g_ascii_isspace (text->str[start]) || text->str[start] == ':'))
        start++;
      if (start < text->len && text->str[start] == '"')
        start++;
      end = start;
      while (end < text->len && text->str[end] != '"' && text->str[end] != ',' && text->str[end] != '}')
        end++;
      g_string_erase (text, start, end - start);
      g_string_insert (text, start, REDACTED);
      from = start + strlen (REDACTED);
    }

  from = 0;
  for (;;)
    {
      const char *hit = strstr (text->str + from, form_key);
      gsize start;
      gsize end;

      if (hit == NULL)
        break;
      start = (hit - text->str) + strlen (form_key);
      end = start;
      while (end < text->len && text->str[end] != '&' && !g_ascii_isspace (text->str[end]))
        end++;
      g_string_erase (text, start, end - start);
      g_string_insert (text, start, REDACTED);
      from = start + strlen (REDACTED);
    }
}

/**
 * evd_api_redact_line:
 * @line: one line of SoupLogger's output
 *
 * Returns: (transfer full): @line without credentials: the values of
 *   Authorization headers (Bearer and Basic) and cookies, and the tokens and
 *   secrets in JSON and form bodies
 */
char *
evd_api_redact_line (const char *line)
{
  static const char * const secret_keys[] = { "access_token", "refresh_token", "client_secret", "id_token" };
  GString *text;
  gsize name_len = 0;

  if (is_secret_header (line, &name_len))
    return g_strdup_printf ("%.*s " REDACTED, (int) name_len, line);

  text = g_string_new (line);
  for (gsize i = 0; i < G_N_ELEMENTS (secret_keys); i++)
    redact_values (text, secret_keys[i]);
  return g_string_free (text, FALSE);
}

static void
logger_printer (SoupLogger         *logger,
                SoupLoggerLogLevel  level,
                char                direction,
                const char         *data,
                gpointer            user_data)
{
  g_autofree char *safe = evd_api_redact_line (data);

  g_log_structured (EVD_API_LOG_DOMAIN, G_LOG_LEVEL_DEBUG,
                    "MESSAGE", "%c %s", direction, safe);
}

void
evd_api_attach_logger (SoupSession *session)
{
  g_autoptr(SoupLogger) logger = soup_logger_new (SOUP_LOGGER_LOG_BODY);

  soup_logger_set_max_body_size (logger, 16 * 1024);
  soup_logger_set_printer (logger, logger_printer, NULL, NULL);
  soup_session_add_feature (session, SOUP_SESSION_FEATURE (logger));
}
