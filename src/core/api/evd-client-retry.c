/* evd-client-retry.c: what a request does after a try that failed: wait
 * and try again (with backoff, or when Zoom says), renew the token, or
 * give up with an error that says what happened to the request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include <libsoup/soup.h>

#include "evd-api-error.h"
#include "evd-api-private.h"
#include "evd-client-private.h"
#include "evd-client-state-private.h"

static guint
backoff_delay_ms (EvdClient *self,
                  guint      retry)
{
  double ceiling = self->backoff_base_ms;

  for (guint i = 0; i < retry && ceiling < self->backoff_cap_ms; i++)
    ceiling *= 2;
  ceiling = MIN (ceiling, (double) self->backoff_cap_ms);
  if (ceiling <= 0)
    return 0;
  return (guint) g_rand_double_range (self->rand, 0, ceiling);
}

gboolean
evd_client_can_retry (GTask *task)
{
  EvdClient *self = g_task_get_source_object (task);
  EvdClientRequest *request = g_task_get_task_data (task);

  return request->attempts < self->max_attempts;
}

static void
retry_slept_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!evd_api_sleep_finish (result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  evd_client_request_attempt (g_steal_pointer (&task));
}

/* Takes the reference on @task. */
static void
retry_later (GTask *task,
             guint  delay_ms,
             const char *why)
{
  EvdClientRequest *request = g_task_get_task_data (task);

  g_debug ("%s %s: %s; trying again in %u ms (try %u)",
           request->method, request->path, why, delay_ms, request->attempts + 1);
  evd_api_sleep_async (delay_ms, g_task_get_cancellable (task), retry_slept_cb, task);
}

void
evd_client_retry_with_backoff (GTask      *task,
                    const char *why)
{
  EvdClient *self = g_task_get_source_object (task);
  EvdClientRequest *request = g_task_get_task_data (task);

  retry_later (task, backoff_delay_ms (self, request->attempts - 1), why);
}

static gboolean
is_daily_limit (SoupMessage *msg,
                const GError *error)
{
  const char *type = soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                   "X-RateLimit-Type");
  const char *message = evd_api_error_get_zoom_message (error);
  g_autofree char *lower = message != NULL ? g_ascii_strdown (message, -1) : NULL;

  if (type != NULL)
    {
      g_autofree char *type_lower = g_ascii_strdown (type, -1);

      if (strstr (type_lower, "daily") != NULL)
        return TRUE;
      if (strstr (type_lower, "qps") != NULL)
        return FALSE;
    }
  return lower != NULL && strstr (lower, "daily") != NULL;
}

/* "Say when it resets": in the person's own time, since Zoom resets at
 * midnight UTC, which is mid-day for some. */
void
evd_client_say_when_daily_limit_resets (GError *error)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (evd_api_error_get_retry_at (error));
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *when = NULL;

  if (local == NULL)
    return;

  /* Translators: when requests are allowed again, see GDateTime's format */
  when = g_date_time_format (local, _("%H:%M on %A %-d %B"));
  g_free (error->message);
  /* Translators: %s is a time and date, e.g. "01:00 on Tuesday 24 November" */
  error->message = g_strdup_printf (_("This account has used all of today’s requests to Zoom. "
                                      "Requests are allowed again at %s."), when);
}

/* Takes the reference on @task. */
static void
handle_rate_limited (GTask       *task,
                     SoupMessage *msg,
                     GError      *error)
{
  EvdClient *self = g_task_get_source_object (task);
  EvdClientRequest *request = g_task_get_task_data (task);
  const char *retry_after = soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                          "Retry-After");
  gint64 now_ms = g_get_real_time () / 1000;
  gint64 retry_at_ms = 0;
  gboolean has_retry_at = evd_api_parse_retry_after (retry_after, now_ms, &retry_at_ms);
  guint delay_ms;

  if (is_daily_limit (msg, error))
    {
      GError *daily = evd_api_error_new (EVD_API_ERROR_DAILY_LIMIT, 429,
                                         evd_api_error_get_zoom_message (error));

      evd_api_error_set_retry_at (daily, has_retry_at ? (retry_at_ms + 999) / 1000
                                                      : evd_api_next_utc_midnight (now_ms / 1000));
      evd_client_say_when_daily_limit_resets (daily);
      g_error_free (error);
      g_task_return_error (task, daily);
      g_object_unref (task);
      return;
    }

  if (has_retry_at)
    delay_ms = (guint) CLAMP (retry_at_ms - now_ms, 0, (gint64) G_MAXINT32);
  else
    delay_ms = backoff_delay_ms (self, request->attempts - 1);

  if (!evd_client_can_retry (task) || delay_ms > self->max_retry_wait_s * 1000)
    {
      evd_api_error_set_retry_at (error, (now_ms + delay_ms + 999) / 1000);
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  /* Other requests of this class would hit the same wall: hold them too. */
  evd_rate_limiter_pause (self->limiters[request->rate_class], MAX (delay_ms, self->backoff_base_ms));
  g_error_free (error);
  retry_later (task, delay_ms, "per-second rate limit");
}

static gboolean
status_is_gateway_failure (guint status)
{
  return status == SOUP_STATUS_BAD_GATEWAY ||
         status == SOUP_STATUS_SERVICE_UNAVAILABLE ||
         status == SOUP_STATUS_GATEWAY_TIMEOUT;
}

/* Takes the reference on @task. */
void
evd_client_handle_failure_status (GTask       *task,
                       SoupMessage *msg,
                       GBytes      *body)
{
  EvdClient *self = g_task_get_source_object (task);
  EvdClientRequest *request = g_task_get_task_data (task);
  guint status = soup_message_get_status (msg);
  GError *error = evd_api_error_from_body (status, body);

  if (status == SOUP_STATUS_UNAUTHORIZED && !request->token_renewed &&
      (error->code == EVD_API_ERROR_TOKEN_INVALID || !evd_api_error_is_zoom_code (error->code)))
    {
      /* Expired or revoked: one new token and one more try. */
      evd_auth_invalidate (self->auth, request->token);
      request->token_renewed = TRUE;
      request->attempts--;
      g_error_free (error);
      evd_client_request_attempt (task);
      return;
    }

  /* Zoom fixes a token's scopes when it issues it: once someone adds the
   * missing scope to the app, only a new token has it. Forgetting this one
   * lets Try Again (or any next request) ask for a new token, with no need
   * to sign out. No retry now: the scope is most likely still missing. */
  if (status == SOUP_STATUS_UNAUTHORIZED &&
      (error->code == EVD_API_ERROR_MISSING_SCOPES || error->code == EVD_API_ERROR_SCOPES_MISSING_4700))
    evd_auth_invalidate (self->auth, request->token);

  if (status == 429)
    {
      handle_rate_limited (task, msg, error);
      return;
    }

  if (status_is_gateway_failure (status))
    {
      if (request->safe && evd_client_can_retry (task))
        {
          g_error_free (error);
          evd_client_retry_with_backoff (task, "server unavailable");
          return;
        }
      /* A gateway that failed or timed out may have passed the request on. */
      if (!request->safe && status != SOUP_STATUS_SERVICE_UNAVAILABLE)
        {
          g_error_free (error);
          error = evd_api_error_new (EVD_API_ERROR_OUTCOME_UNKNOWN, status, NULL);
        }
    }

  /* A DELETE resent after a lost answer finds the thing already gone. */
  if (status == SOUP_STATUS_NOT_FOUND && request->attempts > 1 &&
      g_ascii_strcasecmp (request->method, "DELETE") == 0)
    {
      g_error_free (error);
      g_task_return_pointer (task, NULL, NULL);
      g_object_unref (task);
      return;
    }

  g_task_return_error (task, error);
  g_object_unref (task);
}

/* Takes the reference on @task. */
void
evd_client_handle_transport_error (GTask        *task,
                        const GError *transport_error)
{
  EvdClientRequest *request = g_task_get_task_data (task);
  GError *error = evd_api_error_from_transport (transport_error, request->sent, request->safe);

  /* A read that timed out changed nothing, even though it was sent. */
  if (g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_TIMED_OUT) &&
      (g_str_equal (request->method, "GET") || g_str_equal (request->method, "HEAD")))
    {
      g_error_free (error);
      error = evd_api_error_timed_out (evd_api_get_timeout (), TRUE);
    }

  if (evd_api_error_is_transient (error) && evd_client_can_retry (task))
    {
      g_autofree char *why = g_strdup (transport_error->message);

      g_error_free (error);
      evd_client_retry_with_backoff (task, why);
      return;
    }

  g_task_return_error (task, error);
  g_object_unref (task);
}

/* Takes the reference on @task. A success whose JSON does not parse is
 * either a page from something in the way (a captive portal's HTML, which
 * retrying will not fix) or an answer cut short on the way: then the request
 * was carried out but its result is lost, as with a dropped connection. */
void
evd_client_handle_unreadable_success (GTask       *task,
                           SoupMessage *msg,
                           GError      *error)
{
  EvdClientRequest *request = g_task_get_task_data (task);
  const char *content_type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);

  if (content_type == NULL || g_ascii_strcasecmp (content_type, "text/html") != 0)
    {
      if (request->safe && evd_client_can_retry (task))
        {
          g_error_free (error);
          evd_client_retry_with_backoff (task, "answer cut short");
          return;
        }
      if (!request->safe)
        {
          g_error_free (error);
          error = evd_api_error_new (EVD_API_ERROR_OUTCOME_UNKNOWN, soup_message_get_status (msg),
                                     "the answer was cut short");
        }
    }

  g_task_return_error (task, error);
  g_object_unref (task);
}

