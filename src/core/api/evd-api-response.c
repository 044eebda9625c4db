/* evd-api-response.c: turning Zoom's answers and network failures into results and errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "evd-api-error.h"
#include "evd-scopes.h"
#include "evd-api-private.h"
#include "evd-json-guard.h"

/* Retry-After is seconds in HTTP, but Zoom's daily limit sends an ISO 8601
 * date-time; an HTTP-date is accepted too. Times are Unix milliseconds, so
 * "1" means a full second from now, not "the next second". */
gboolean
evd_api_parse_retry_after (const char *value,
                           gint64      now_ms,
                           gint64     *out_ms)
{
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autofree char *trimmed = NULL;
  char *end = NULL;
  guint64 seconds;

  if (value == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (value));
  if (*trimmed == '\0')
    return FALSE;

  if (g_ascii_isdigit (*trimmed))
    {
      errno = 0;
      seconds = g_ascii_strtoull (trimmed, &end, 10);
      if (errno == 0 && end != NULL && *end == '\0')
        {
          /* A day is the longest any Zoom limit lasts. */
          *out_ms = now_ms + (gint64) MIN (seconds, (guint64) 86400) * 1000;
          return TRUE;
        }
    }

  utc = g_time_zone_new_utc ();
  date = g_date_time_new_from_iso8601 (trimmed, utc);
  if (date == NULL)
    date = soup_date_time_new_from_http_string (trimmed);
  if (date == NULL)
    return FALSE;

  *out_ms = g_date_time_to_unix (date) * 1000 + g_date_time_get_microsecond (date) / 1000;
  return TRUE;
}

/* Zoom's daily limits reset at 00:00 UTC. */
gint64
evd_api_next_utc_midnight (gint64 now_unix)
{
  return (now_unix / 86400 + 1) * 86400;
}

/* Zoom's 401 for a missing scope is not valid JSON (the scope names sit in
 * unescaped quotes inside the message), so the names are picked out of the
 * text: everything quoted after "scopes:[" up to the closing bracket. */
char **
evd_api_scan_scopes (const char *text)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  const char *start;
  const char *end;
  const char *p;

  if (text == NULL)
    return NULL;

  start = strstr (text, "scopes:");
  if (start == NULL)
    start = strstr (text, "scopes :");
  if (start == NULL)
    return NULL;
  start = strchr (start, '[');
  if (start == NULL)
    return NULL;
  end = strchr (start, ']');
  if (end == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  p = start + 1;
  while (p < end)
    {
      const char *name_start;
      const char *name_end;

      while (p < end && (*p == '"' || *p == '\\' || *p == ',' || *p == '\'' || g_ascii_isspace (*p)))
        p++;
      name_start = p;
      while (p < end && *p != '"' && *p != '\\' && *p != ',' && *p != '\'' && !g_ascii_isspace (*p))
        p++;
      name_end = p;
      if (name_end > name_start)
        {
          g_autofree char *name = g_strndup (name_start, name_end - name_start);

          if (g_utf8_validate (name, -1, NULL))
            g_strv_builder_add (builder, name);
        }
    }

  return g_strv_builder_end (builder);
}

static gboolean
read_code_member (JsonObject *object,
                  const char *member,
                  gint64     *out_code)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    {
      *out_code = json_node_get_int (node);
      return TRUE;
    }
  if (type == G_TYPE_DOUBLE)
    {
      *out_code = (gint64) json_node_get_double (node);
      return TRUE;
    }
  if (type == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      char *end = NULL;
      gint64 value;

      if (text == NULL || !g_ascii_isdigit (*text))
        return FALSE;
      value = g_ascii_strtoll (text, &end, 10);
      if (end == NULL || *end != '\0')
        return FALSE;
      *out_code = value;
      return TRUE;
    }
  return FALSE;
}

static const char *
read_string_member (JsonObject *object,
                    const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static const char *
read_first_error_field (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "errors");
  JsonArray *errors;
  JsonNode *first;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  errors = json_node_get_array (node);
  if (json_array_get_length (errors) == 0)
    return NULL;
  first = json_array_get_element (errors, 0);
  if (!JSON_NODE_HOLDS_OBJECT (first))
    return NULL;
  return read_string_member (json_node_get_object (first), "field");
}

static JsonNode *
try_parse (GBytes *body)
{
  gsize size = 0;
  const char *data;

  if (body == NULL)
    return NULL;
  data = g_bytes_get_data (body, &size);
  if (size == 0 || !g_utf8_validate (data, size, NULL))
    return NULL;

  return evd_json_guard_parse (data, size, EVD_JSON_MAX_ANSWER_SIZE, NULL);
}

/* For bodies that are not JSON: `"code":104` anywhere in the text. */
static gboolean
scan_code (const char *text,
           gint64     *out_code)
{
  const char *p = strstr (text, "\"code\"");
  char *end = NULL;

  if (p == NULL)
    return FALSE;
  p += strlen ("\"code\"");
  while (g_ascii_isspace (*p))
    p++;
  if (*p != ':')
    return FALSE;
  p++;
  while (g_ascii_isspace (*p))
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  *out_code = g_ascii_strtoll (p, &end, 10);
  return end != p;
}

/* The message of a broken body: from after `"message":"` to the last quote. */
static char *
scan_message (const char *text)
{
  const char *p = strstr (text, "\"message\"");
  const char *last;

  if (p == NULL)
    return NULL;
  p = strchr (p + strlen ("\"message\""), '"');
  if (p == NULL)
    return NULL;
  p++;
  last = strrchr (p, '"');
  if (last == NULL || last <= p)
    return NULL;
  return g_strndup (p, last - p);
}

static gboolean
status_is_server_error (guint status)
{
  return status >= 500 && status < 600;
}

/* An answer that carries no Zoom code: an HTML page from a proxy, or nothing. */
static GError *
error_without_code (guint       status,
                    const char *detail)
{
  if (status_is_server_error (status))
    return evd_api_error_new (EVD_API_ERROR_SERVER, status, detail);
  if (status == 429)
    return evd_api_error_new (EVD_API_ERROR_RATE_LIMITED, status, detail);
  return evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, status, detail);
}

static GError *
error_from_code (gint64       code,
                 guint        status,
                 const char  *message,
                 const char  *text)
{
  GError *error;

  /* Zoom's codes fit in an int; anything else is not one of them. A 5xx
   * whose "code" merely repeats the status says no more than the status. */
  if (code <= 0 || code >= EVD_API_ERROR_NETWORK ||
      (status_is_server_error (status) && code == status))
    code = status_is_server_error (status) ? EVD_API_ERROR_SERVER : EVD_API_ERROR_HTTP;

  error = evd_api_error_new ((int) code, status, message);
  if (code == EVD_API_ERROR_MISSING_SCOPES || code == EVD_API_ERROR_SCOPES_MISSING_4700)
    {
      g_auto(GStrv) scopes = evd_api_scan_scopes (message != NULL ? message : text);

      if (scopes != NULL && scopes[0] != NULL)
        {
          /* The generic sentence cannot say which permission to add. */
          evd_api_error_set_scopes (error, (const char * const *) scopes);
          g_free (error->message);
          error->message = evd_scopes_describe_missing ((const char * const *) scopes);
        }
    }
  return error;
}

/**
 * evd_api_error_from_body:
 * @status: the HTTP status of a failed request
 * @body: (nullable): its body
 *
 * Returns: (transfer full): an %EVD_API_ERROR error with Zoom's code when the
 *   body has one (`{"code", "message"}`, or a body too broken to be JSON that
 *   still names a code), else an Event Desk code chosen from @status
 */
GError *
evd_api_error_from_body (guint   status,
                         GBytes *body)
{
  g_autoptr(JsonNode) root = try_parse (body);
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  gint64 code = 0;

  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      const char *zoom_message = read_string_member (object, "message");
      const char *field = read_first_error_field (object);
      GError *error;

      if (zoom_message == NULL)
        zoom_message = read_string_member (object, "error_message");

      if (!read_code_member (object, "code", &code))
        return error_from_code (0, status, zoom_message, NULL);

      error = error_from_code (code, status, zoom_message, NULL);
      if (field != NULL)
        evd_api_error_set_field (error, field);
      return error;
    }

  if (body != NULL && g_bytes_get_size (body) > 0)
    {
      gsize size = 0;
      const char *data = g_bytes_get_data (body, &size);

      /* Only a bounded, valid prefix is ever looked at or kept. */
      text = g_utf8_make_valid (data, MIN (size, (gsize) 4096));
    }

  if (text != NULL && scan_code (text, &code))
    {
      message = scan_message (text);
      return error_from_code (code, status, message, text);
    }

  return error_without_code (status, NULL);
}

/**
 * evd_api_parse_json_body:
 * @status: the HTTP status of a successful request
 * @body: (nullable): its body
 *
 * Returns: (transfer full) (nullable): the parsed body, or %NULL without an
 *   error when there is no body (204)
 */
JsonNode *
evd_api_parse_json_body (guint    status,
                         GBytes  *body,
                         GError **error)
{
  JsonNode *root;

  if (body == NULL || g_bytes_get_size (body) == 0)
    return NULL;

  root = try_parse (body);
  if (root == NULL)
    {
      /* Typically a captive portal or a proxy answering with an HTML page. */
      g_propagate_error (error, evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, status,
                                                   "the answer is not JSON"));
      return NULL;
    }
  return root;
}

static gboolean
is_network_error (const GError *error)
{
  return error->domain == G_IO_ERROR ||
         error->domain == G_RESOLVER_ERROR ||
         error->domain == G_TLS_ERROR ||
         error->domain == SOUP_SESSION_ERROR;
}

/**
 * evd_api_error_from_transport:
 * @error: what libsoup reported instead of an answer
 * @request_sent: whether the whole request had been written
 * @safe_to_repeat: whether the request may be sent twice
 *
 * Cancellation passes through unchanged. A request that was not safe to
 * repeat and whose answer was lost after it went out may have been carried
 * out: that is %EVD_API_ERROR_OUTCOME_UNKNOWN, so the caller can look before
 * sending again. Everything else is %EVD_API_ERROR_NETWORK.
 */
GError *
evd_api_error_from_transport (const GError *error,
                              gboolean      request_sent,
                              gboolean      safe_to_repeat)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);
  if (error->domain == EVD_API_ERROR)
    return g_error_copy (error);

  if (request_sent && !safe_to_repeat)
    return evd_api_error_new (EVD_API_ERROR_OUTCOME_UNKNOWN, 0, error->message);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return evd_api_error_timed_out (evd_api_get_timeout (), !request_sent);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_autofree char *bound = g_format_size (EVD_JSON_MAX_ANSWER_SIZE);
      g_autofree char *message = g_strdup_printf (_("Zoom’s answer was larger than %s, far more than any real "
                                                    "answer, so Event Desk stopped reading it."), bound);

      return evd_api_error_new_literal (EVD_API_ERROR_INVALID_RESPONSE, 0, message);
    }
  if (is_network_error (error))
    return evd_api_error_new (EVD_API_ERROR_NETWORK, 0, error->message);
  return evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 0, error->message);
}

/**
 * evd_api_error_timed_out:
 * @seconds: how long the server was silent
 * @changes_nothing: whether the request cannot have changed anything (it was
 *   not sent whole, or only reads)
 *
 * Returns: (transfer full): %EVD_API_ERROR_TIMED_OUT with a sentence that
 *   says how long Event Desk waited and what that means for the change
 */
GError *
evd_api_error_timed_out (guint    seconds,
                         gboolean changes_nothing)
{
  g_autofree char *message = NULL;

  if (changes_nothing)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Zoom did not answer for %u second; nothing was changed.",
                                            "Zoom did not answer for %u seconds; nothing was changed.",
                                            seconds), seconds);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Zoom did not answer for %u second, so it is not known whether this was done.",
                                            "Zoom did not answer for %u seconds, so it is not known whether this was done.",
                                            seconds), seconds);
  return evd_api_error_new_literal (EVD_API_ERROR_TIMED_OUT, 0, message);
}

/* Failures worth another try after a pause: the network, a server in
 * trouble, a per-second limit. A certificate problem does not fix itself. */
gboolean
evd_api_error_is_transient (const GError *error)
{
  if (error->domain != EVD_API_ERROR)
    return FALSE;
  switch (error->code)
    {
    case EVD_API_ERROR_NETWORK:
    case EVD_API_ERROR_SERVER:
    case EVD_API_ERROR_RATE_LIMITED:
      return TRUE;
    default:
      return FALSE;
    }
}
