/* evd-sandbox-handler.c: one request to the sandbox, from the token check
 * through faults and limits to the route and its answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include <string.h>

#include "evd-sandbox-routes.h"
#include "evd-sandbox-server-private.h"

#define JSON_TYPE "application/json;charset=UTF-8"
#define HTML_TYPE "text/html"
#define API_PREFIX "/v2/zoom_events/"
#define QPS_MESSAGE "You have reached the maximum per-second rate limit for this API. Try again later."
#define DAILY_MESSAGE "You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request."
/* Zoom's Light limit on a Pro account, shown when no limit is set. */
#define NOMINAL_RATE 30

typedef struct
{
  EvdSandboxReply  reply;
  GPtrArray       *headers;   /* name, value, name, value, ... */
  gboolean         drop;      /* close the connection without an answer */
  guint            latency_ms;
} Outcome;

static void
add_header (Outcome    *out,
            const char *name,
            const char *value)
{
  g_ptr_array_add (out->headers, g_strdup (name));
  g_ptr_array_add (out->headers, g_strdup (value));
}

static void
add_header_uint (Outcome    *out,
                 const char *name,
                 guint       value)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  add_header (out, name, text);
}

static void
reply_oauth_error (Outcome    *out,
                   const char *error,
                   const char *reason,
                   gint64      code)
{
  g_autoptr(JsonObject) object = json_object_new ();

  json_object_set_string_member (object, "reason", reason);
  json_object_set_string_member (object, "error", error);
  if (code != 0)
    json_object_set_int_member (object, "code", code);
  evd_sandbox_reply_object (&out->reply, 400, object);
}

static gboolean
parse_basic_auth (SoupServerMessage  *msg,
                  char              **client_id,
                  char              **client_secret)
{
  const char *header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
  g_autofree guchar *decoded = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  char *colon;

  if (header == NULL || g_ascii_strncasecmp (header, "Basic ", 6) != 0)
    return FALSE;

  decoded = g_base64_decode (header + 6, &length);
  text = g_strndup ((const char *) decoded, length);
  colon = strchr (text, ':');
  if (colon == NULL)
    return FALSE;

  *client_id = g_strndup (text, colon - text);
  *client_secret = g_strdup (colon + 1);
  return TRUE;
}

static char *
new_access_token (void)
{
  guint32 words[8];
  char *token;

  /* Not from the seeded generator: tokens must not be guessable. */
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    words[i] = g_random_int ();

  token = g_base64_encode ((const guchar *) words, sizeof words);
  g_strdelimit (token, "+", '-');
  g_strdelimit (token, "/", '_');
  g_strdelimit (token, "=", '\0');

  return token;
}

static char *
granted_scopes (EvdSandboxServer *self)
{
  const char * const *scopes = self->scopes != NULL ? (const char * const *) self->scopes
                                                    : evd_sandbox_routes_all_scopes ();

  return g_strjoinv (" ", (char **) scopes);
}

static void
handle_oauth (EvdSandboxServer  *self,
              SoupServerMessage *msg,
              GHashTable        *query,
              Outcome           *out)
{
  g_autofree char *client_id = NULL;
  g_autofree char *client_secret = NULL;
  g_autoptr(GHashTable) form = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *token = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *api_url = NULL;
  const char *grant_type, *account_id;
  gint64 *expiry;

  if (g_strcmp0 (soup_server_message_get_method (msg), "POST") != 0)
    {
      reply_oauth_error (out, "invalid_request", "Use POST to ask for a token", 0);
      out->reply.status = 405;
      return;
    }

  if (!parse_basic_auth (msg, &client_id, &client_secret) ||
      g_strcmp0 (client_id, EVD_SANDBOX_CLIENT_ID) != 0 ||
      g_strcmp0 (client_secret, EVD_SANDBOX_CLIENT_SECRET) != 0)
    {
      reply_oauth_error (out, "invalid_client", "Invalid client_id or client_secret", 0);
      return;
    }
  if (self->app_disabled)
    {
      reply_oauth_error (out, "invalid_client", "The app has been disabled", 4717);
      return;
    }

  body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  if (g_bytes_get_size (body) > 0)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));

      form = soup_form_decode (text);
    }
  grant_type = form != NULL ? g_hash_table_lookup (form, "grant_type") : NULL;
  account_id = form != NULL ? g_hash_table_lookup (form, "account_id") : NULL;

  /* Zoom's S2S guide sends them in the query string as well as in a form
   * body, and both work; the body wins when both are given. */
  if (grant_type == NULL && query != NULL)
    grant_type = g_hash_table_lookup (query, "grant_type");
  if (account_id == NULL && query != NULL)
    account_id = g_hash_table_lookup (query, "account_id");
  if (grant_type == NULL)
    {
      reply_oauth_error (out, "invalid_request", "Missing grant_type", 0);
      return;
    }
  if (g_strcmp0 (grant_type, "account_credentials") != 0)
    {
      reply_oauth_error (out, "unsupported_grant_type", "unsupported grant type", 0);
      return;
    }
  if (g_strcmp0 (account_id, EVD_SANDBOX_ACCOUNT_ID) != 0)
    {
      reply_oauth_error (out, "invalid_request", "Invalid account_id", 0);
      return;
    }

  token = new_access_token ();
  expiry = g_new (gint64, 1);
  *expiry = g_get_monotonic_time () + (gint64) self->token_lifetime * G_USEC_PER_SEC;
  g_hash_table_insert (self->tokens, g_strdup (token), expiry);
  /* Like Zoom, a token keeps the scopes the app had when it was issued:
   * scopes added later reach only a new token. */
  g_hash_table_insert (self->token_scopes, g_strdup (token),
                       self->scopes != NULL ? g_strdupv (self->scopes) : NULL);
  self->tokens_issued++;

  scope = granted_scopes (self);
  api_url = g_strdup_printf ("http://127.0.0.1:%u", self->bound_port);
  answer = json_object_new ();
  json_object_set_string_member (answer, "access_token", token);
  json_object_set_string_member (answer, "token_type", "bearer");
  json_object_set_int_member (answer, "expires_in", self->token_lifetime);
  json_object_set_string_member (answer, "scope", scope);
  json_object_set_string_member (answer, "api_url", api_url);
  evd_sandbox_reply_object (&out->reply, 200, answer);
}

static gboolean
roll (EvdSandboxServer *self,
      double            share)
{
  return share > 0 && g_rand_double (self->fault_rand) < share;
}

static void
answer_5xx (EvdSandboxServer *self,
            Outcome          *out)
{
  static const guint statuses[] = { 500, 502, 503, 504 };
  guint status = statuses[g_rand_int_range (self->fault_rand, 0, G_N_ELEMENTS (statuses))];
  g_autofree char *html = NULL;

  if (status == 500)
    {
      evd_sandbox_reply_error (&out->reply, 500, 500, "Internal Server Error");
      return;
    }

  /* Gateways in front of Zoom answer with an HTML page. */
  html = g_strdup_printf ("<html><body><h1>%u %s</h1></body></html>",
                          status, soup_status_get_phrase (status));
  evd_sandbox_reply_raw (&out->reply, status, HTML_TYPE, html);
}

static char *
retry_after_value (EvdSandboxServer *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, 1);

  /* Zoom often sends no Retry-After on per-second 429s; when it does, both
   * forms occur. The seeded generator picks one of four. */
  switch (g_rand_int_range (self->fault_rand, 0, 4))
    {
    case 0:
      return NULL;
    case 1:
      return g_strdup ("1");
    case 2:
      return soup_date_time_to_string (later, SOUP_DATE_HTTP);
    default:
      return g_date_time_format (later, "%Y-%m-%dT%H:%M:%SZ");
    }
}

static gboolean
check_rate_limits (EvdSandboxServer *self,
                   Outcome          *out)
{
  gint64 second = g_get_monotonic_time () / G_USEC_PER_SEC;
  gint64 day = g_get_real_time () / G_TIME_SPAN_DAY;

  if (second != self->rate_second)
    {
      self->rate_second = second;
      self->rate_count = 0;
    }
  if (day != self->daily_day)
    {
      self->daily_day = day;
      self->daily_count = 0;
    }
  self->rate_count++;
  self->daily_count++;

  add_header (out, "X-RateLimit-Category", "Light");

  if (self->daily_limit > 0 && self->daily_count > self->daily_limit)
    {
      g_autofree char *reset = evd_sandbox_format_utc ((day + 1) * G_TIME_SPAN_DAY);

      add_header (out, "X-RateLimit-Type", "Daily-limit");
      add_header_uint (out, "X-RateLimit-Limit", self->daily_limit);
      add_header (out, "X-RateLimit-Remaining", "0");
      add_header (out, "Retry-After", reset);
      evd_sandbox_reply_error (&out->reply, 429, 429, DAILY_MESSAGE);
      return FALSE;
    }

  if (self->rate_limit > 0 && self->rate_count > self->rate_limit)
    {
      g_autofree char *retry_after = retry_after_value (self);

      add_header (out, "X-RateLimit-Type", "QPS");
      add_header_uint (out, "X-RateLimit-Limit", self->rate_limit);
      add_header (out, "X-RateLimit-Remaining", "0");
      if (retry_after != NULL)
        add_header (out, "Retry-After", retry_after);
      evd_sandbox_reply_error (&out->reply, 429, 429, QPS_MESSAGE);
      return FALSE;
    }

  if (self->daily_limit > 0)
    {
      add_header_uint (out, "X-RateLimit-Limit", self->daily_limit);
      add_header_uint (out, "X-RateLimit-Remaining", self->daily_limit - self->daily_count);
    }
  else
    {
      guint limit = self->rate_limit > 0 ? self->rate_limit : NOMINAL_RATE;

      add_header_uint (out, "X-RateLimit-Limit", limit);
      add_header_uint (out, "X-RateLimit-Remaining", limit - MIN (limit, self->rate_count));
    }

  return TRUE;
}

static void
set_header (Outcome    *out,
            const char *name,
            const char *value)
{
  for (guint i = 0; i + 1 < out->headers->len; i += 2)
    if (g_ascii_strcasecmp (g_ptr_array_index (out->headers, i), name) == 0)
      {
        g_free (g_ptr_array_index (out->headers, i + 1));
        out->headers->pdata[i + 1] = g_strdup (value);
        return;
      }
  add_header (out, name, value);
}

/* The HEAVY label's own budget, on top of the account's overall one: a
 * per-second limit and the daily cap HEAVY requests share. */
static gboolean
check_heavy_limits (EvdSandboxServer *self,
                    Outcome          *out)
{
  gint64 second = g_get_monotonic_time () / G_USEC_PER_SEC;
  gint64 day = g_get_real_time () / G_TIME_SPAN_DAY;
  g_autofree char *limit = NULL;
  g_autofree char *remaining = NULL;

  if (second != self->heavy_second)
    {
      self->heavy_second = second;
      self->heavy_count = 0;
    }
  if (day != self->heavy_day)
    {
      self->heavy_day = day;
      self->heavy_daily_count = 0;
    }
  self->heavy_count++;
  self->heavy_daily_count++;
  set_header (out, "X-RateLimit-Category", "Heavy");

  if (self->heavy_daily_limit > 0 && self->heavy_daily_count > self->heavy_daily_limit)
    {
      g_autofree char *reset = evd_sandbox_format_utc ((day + 1) * G_TIME_SPAN_DAY);

      limit = g_strdup_printf ("%u", self->heavy_daily_limit);
      set_header (out, "X-RateLimit-Type", "Daily-limit");
      set_header (out, "X-RateLimit-Limit", limit);
      set_header (out, "X-RateLimit-Remaining", "0");
      set_header (out, "Retry-After", reset);
      evd_sandbox_reply_error (&out->reply, 429, 429, DAILY_MESSAGE);
      return FALSE;
    }
  if (self->heavy_limit > 0 && self->heavy_count > self->heavy_limit)
    {
      limit = g_strdup_printf ("%u", self->heavy_limit);
      set_header (out, "X-RateLimit-Type", "QPS");
      set_header (out, "X-RateLimit-Limit", limit);
      set_header (out, "X-RateLimit-Remaining", "0");
      evd_sandbox_reply_error (&out->reply, 429, 429, QPS_MESSAGE);
      return FALSE;
    }
  if (self->heavy_daily_limit > 0)
    {
      limit = g_strdup_printf ("%u", self->heavy_daily_limit);
      remaining = g_strdup_printf ("%u", self->heavy_daily_limit - self->heavy_daily_count);
      set_header (out, "X-RateLimit-Limit", limit);
      set_header (out, "X-RateLimit-Remaining", remaining);
    }

  return TRUE;
}

static gboolean
check_token (EvdSandboxServer  *self,
             SoupServerMessage *msg,
             Outcome           *out)
{
  const char *header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
  gint64 *expiry = NULL;

  if (header != NULL && g_ascii_strncasecmp (header, "Bearer ", 7) == 0)
    expiry = g_hash_table_lookup (self->tokens, header + 7);

  if (expiry == NULL || self->app_disabled)
    {
      evd_sandbox_reply_error (&out->reply, 401, 124, "Invalid access token.");
      return FALSE;
    }
  if (*expiry <= g_get_monotonic_time ())
    {
      evd_sandbox_reply_error (&out->reply, 401, 124, "Access token is expired.");
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_scope (EvdSandboxServer  *self,
           SoupServerMessage *msg,
           const char        *scope)
{
  const char *header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
  g_autofree char *admin = g_strdup_printf ("zoom_events:%s:admin", scope);
  g_autofree char *plain = g_strdup_printf ("zoom_events:%s", scope);
  const char * const *granted;

  /* check_token () has made sure the header names a known token. */
  granted = g_hash_table_lookup (self->token_scopes, header + 7);
  if (granted == NULL)
    return TRUE;

  return g_strv_contains (granted, admin) || g_strv_contains (granted, plain);
}

static void
answer_missing_scope (Outcome    *out,
                      const char *scope)
{
  /* Byte for byte Zoom's form: the inner quotes are not escaped, so this
   * is not valid JSON. */
  g_autofree char *body = g_strdup_printf ("{\"code\":104,\"message\":\"Invalid access token, does not contain scopes:[\"zoom_events:%s:admin\"]\"}",
                                           scope);

  evd_sandbox_reply_raw (&out->reply, 401, JSON_TYPE, body);
}

/* Matches "events/abc/tickets" against "events/[*]/tickets". */
static gboolean
match_pattern (const char         *pattern,
               char              **segments,
               EvdSandboxRequest  *request)
{
  g_auto(GStrv) parts = g_strsplit (pattern, "/", -1);
  guint n_params = 0;

  if (g_strv_length (parts) != g_strv_length (segments))
    return FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], "*"))
        {
          if (*segments[i] == '\0' || n_params >= G_N_ELEMENTS (request->params))
            return FALSE;
          request->params[n_params++] = segments[i];
        }
      else if (!g_str_equal (parts[i], segments[i]))
        return FALSE;
    }

  return TRUE;
}

static const EvdSandboxRoute *
find_route (const char         *method,
            char              **segments,
            EvdSandboxRequest  *request,
            gboolean           *path_known)
{
  guint n_routes;
  const EvdSandboxRoute *routes = evd_sandbox_routes_get (&n_routes);

  *path_known = FALSE;
  for (guint i = 0; i < n_routes; i++)
    {
      EvdSandboxRequest candidate = { 0, };

      if (!match_pattern (routes[i].pattern, segments, &candidate))
        continue;
      *path_known = TRUE;
      if (g_strcmp0 (routes[i].method, method) == 0)
        {
          memcpy (request->params, candidate.params, sizeof request->params);
          return &routes[i];
        }
    }

  return NULL;
}

static void
cut_short (EvdSandboxServer *self,
           Outcome          *out)
{
  gsize size = out->reply.body != NULL ? g_bytes_get_size (out->reply.body) : 0;

  if (size > 1 && g_rand_boolean (self->fault_rand))
    {
      /* The JSON stops in the middle, under the original status. */
      GBytes *half = g_bytes_new_from_bytes (out->reply.body, 0, size / 2);

      g_bytes_unref (out->reply.body);
      out->reply.body = half;
      return;
    }

  evd_sandbox_reply_raw (&out->reply, 502, HTML_TYPE, "<html><body>502 Bad Gateway</body></html>");
}

static gboolean
is_ticket_post (const char        *method,
                const EvdSandboxRoute *route)
{
  return g_strcmp0 (method, "POST") == 0 && g_strcmp0 (route->pattern, "events/*/tickets") == 0;
}

static void
handle_api (EvdSandboxServer  *self,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            Outcome           *out)
{
  const char *method = soup_server_message_get_method (msg);
  EvdSandboxRequest request = { method, { NULL, }, query, NULL };
  g_auto(GStrv) segments = NULL;
  const EvdSandboxRoute *route;
  g_autoptr(GBytes) body = NULL;
  gboolean path_known;

  if (!g_str_has_prefix (path, API_PREFIX))
    {
      evd_sandbox_reply_error (&out->reply, 404, 404, "Not found");
      return;
    }

  /* A 5xx stands for a failure before Zoom did anything. */
  if (roll (self, self->fault_5xx))
    {
      answer_5xx (self, out);
      return;
    }
  if (!check_rate_limits (self, out) || !check_token (self, msg, out))
    return;

  segments = g_strsplit (path + strlen (API_PREFIX), "/", -1);
  route = find_route (method, segments, &request, &path_known);
  if (route == NULL)
    {
      if (path_known)
        evd_sandbox_reply_error (&out->reply, 405, 405, "Method not allowed");
      else
        evd_sandbox_reply_error (&out->reply, 404, 404, "Not found");
      return;
    }
  if (!has_scope (self, msg, route->scope))
    {
      answer_missing_scope (out, route->scope);
      return;
    }
  if (evd_sandbox_route_is_heavy (route) && !check_heavy_limits (self, out))
    return;

  body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  request.body = body;
  route->func (self->state, &request, &out->reply);

  /* Both faults below come after the work is done: the client must cope
   * with not knowing whether it happened. */
  if (is_ticket_post (method, route) && out->reply.status == 201 && roll (self, self->fault_drop_tickets))
    out->drop = TRUE;
  else if (roll (self, self->fault_cut_short))
    cut_short (self, out);
}

static gboolean
take_canned (EvdSandboxServer *self,
             const char       *path,
             Outcome          *out)
{
  for (GList *l = self->canned.head; l != NULL; l = l->next)
    {
      EvdSandboxCanned *canned = l->data;
      const char *content_type = NULL;

      if (!evd_sandbox_path_has_prefix (path, canned->path_prefix))
        continue;

      for (guint i = 0; canned->headers != NULL && canned->headers[i] != NULL; i += 2)
        {
          const char *name = canned->headers[i];
          const char *value = canned->headers[i + 1];

          if (value == NULL)
            break;
          if (g_ascii_strcasecmp (name, "Content-Type") == 0)
            content_type = value;
          else
            add_header (out, name, value);
        }
      if (content_type == NULL && canned->body != NULL)
        content_type = g_str_has_prefix (canned->body, "<") ? HTML_TYPE : JSON_TYPE;

      evd_sandbox_reply_raw (&out->reply, canned->status, content_type, canned->body);
      g_queue_delete_link (&self->canned, l);
      evd_sandbox_canned_free (canned);
      return TRUE;
    }

  return FALSE;
}

static void
record_request (EvdSandboxServer *self,
                const char       *method,
                const char       *path)
{
  char *key = g_strdup_printf ("%s %s", method, path);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->requests, key));

  g_hash_table_replace (self->requests, key, GUINT_TO_POINTER (count + 1));
}

static gboolean
unpause_cb (gpointer data)
{
  soup_server_message_unpause (data);
  return G_SOURCE_REMOVE;
}

static void
send_outcome (SoupServerMessage *msg,
              Outcome           *out)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (out->drop)
    {
      /* The tickets exist now, but the client only sees the connection
       * close. */
      g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

      if (stream != NULL)
        g_io_stream_close (stream, NULL, NULL);
      return;
    }

  for (guint i = 0; i + 1 < out->headers->len; i += 2)
    soup_message_headers_append (headers, g_ptr_array_index (out->headers, i), g_ptr_array_index (out->headers, i + 1));

  soup_server_message_set_status (msg, out->reply.status, NULL);
  if (out->reply.body != NULL)
    {
      gsize size = 0;
      const char *data = g_bytes_get_data (out->reply.body, &size);

      soup_server_message_set_response (msg, out->reply.content_type != NULL ? out->reply.content_type : JSON_TYPE,
                                        SOUP_MEMORY_COPY, data, size);
    }

  /* Latency without blocking the server thread: the answer waits, paused,
   * while other requests go on. */
  if (out->latency_ms > 0)
    {
      GSource *source = g_timeout_source_new (out->latency_ms);

      soup_server_message_pause (msg);
      g_source_set_callback (source, unpause_cb, g_object_ref (msg), g_object_unref);
      g_source_attach (source, g_main_context_get_thread_default ());
      g_source_unref (source);
    }
}

void
evd_sandbox_server_handle (SoupServer        *server,
                           SoupServerMessage *msg,
                           const char        *path,
                           GHashTable        *query,
                           gpointer           user_data)
{
  EvdSandboxServer *self = user_data;
  Outcome out = { { 500, NULL, NULL, FALSE }, g_ptr_array_new_with_free_func (g_free), FALSE, 0 };

  g_mutex_lock (&self->mutex);
  record_request (self, soup_server_message_get_method (msg), path);
  out.latency_ms = self->latency_ms;

  if (take_canned (self, path, &out))
    ;
  else if (g_str_equal (path, "/oauth/token"))
    handle_oauth (self, msg, query, &out);
  else
    handle_api (self, msg, path, query, &out);

  if (out.reply.changed)
    evd_sandbox_server_schedule_save (self);
  g_mutex_unlock (&self->mutex);

  send_outcome (msg, &out);
  g_clear_pointer (&out.reply.body, g_bytes_unref);
  g_ptr_array_unref (out.headers);
}
