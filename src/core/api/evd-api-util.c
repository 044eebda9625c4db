/* evd-api-util.c: URLs, sessions and cancellable waits for the API layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-api-error.h"
#include "evd-api-private.h"
#include "evd-client.h"
#include "evd-api-url.h"

/* The environment wins over settings, and settings over the default: the
 * environment is how a tester or an integrator points a whole run at a local
 * server without touching the person's settings. */
char *
evd_api_resolve_url (const char *explicit_url,
                     const char *env_name,
                     const char *default_url)
{
  const char *env = env_name != NULL ? g_getenv (env_name) : NULL;
  const char *url;
  gsize len;

  if (env != NULL && *env != '\0')
    url = env;
  else if (explicit_url != NULL && *explicit_url != '\0')
    url = explicit_url;
  else
    url = default_url;

  len = strlen (url);
  while (len > 0 && url[len - 1] == '/')
    len--;
  return g_strndup (url, len);
}

static gboolean
host_is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0 || g_ascii_strcasecmp (host, "localhost.") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

/**
 * evd_api_url_is_loopback:
 * @url: an absolute URL
 *
 * Returns: whether @url names this computer (127.0.0.0/8, ::1 or localhost)
 */
gboolean
evd_api_url_is_loopback (const char *url)
{
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (url != NULL, FALSE);

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  return uri != NULL && host_is_loopback (g_uri_get_host (uri));
}

/**
 * evd_api_url_check:
 * @url: the API or OAuth URL about to be used
 * @error: set to %EVD_API_ERROR_INSECURE_URL on refusal
 *
 * Credentials and attendees' details travel on these URLs, so only https is
 * accepted; plain http only to this computer, where the sandbox runs.
 */
gboolean
evd_api_url_check (const char  *url,
                   GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (url != NULL, FALSE);

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, EVD_API_ERROR, EVD_API_ERROR_INSECURE_URL,
                   _("“%s” is not a web address Event Desk can use."), url);
      return FALSE;
    }

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "https") == 0)
    return TRUE;
  if (g_ascii_strcasecmp (scheme, "http") == 0 && host_is_loopback (g_uri_get_host (uri)))
    return TRUE;

  if (error != NULL)
    *error = evd_api_error_new (EVD_API_ERROR_INSECURE_URL, 0, url);
  return FALSE;
}

SoupSession *
evd_api_session_new (void)
{
  g_autofree char *user_agent = g_strdup ("EventDesk/" PACKAGE_VERSION);
  SoupSession *session;

  /* "timeout" covers connecting and every wait for the server's next byte:
   * a server that accepts and then says nothing is given up on. Kept-alive
   * connections are dropped before a server's usual idle limit. Six
   * connections per host is libsoup's default. An import keeps the
   * account's rate busy only with rate × latency requests in flight (80/s
   * at 300 ms is 24), and over HTTP/1.1 each needs its own connection; a
   * request beyond these waits for a free one. */
  session = soup_session_new_with_options ("user-agent", user_agent,
                                           "max-conns", 64,
                                           "max-conns-per-host", EVD_CLIENT_MAX_IN_FLIGHT,
                                           "timeout", evd_api_get_timeout (),
                                           "idle-timeout", 20,
                                           NULL);
  if (evd_api_debug_enabled ())
    evd_api_attach_logger (session);
  return session;
}

typedef struct
{
  GSource *timeout;
  GSource *cancelled;
} SleepData;

static void
sleep_data_free (gpointer data)
{
  SleepData *sleep = data;

  if (sleep->timeout != NULL)
    {
      g_source_destroy (sleep->timeout);
      g_source_unref (sleep->timeout);
    }
  if (sleep->cancelled != NULL)
    {
      g_source_destroy (sleep->cancelled);
      g_source_unref (sleep->cancelled);
    }
  g_free (sleep);
}

/* Destroying the other source drops the reference it holds on the task. */
static gboolean
sleep_timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  SleepData *sleep = g_task_get_task_data (task);

  if (sleep->cancelled != NULL)
    g_source_destroy (sleep->cancelled);
  g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
sleep_cancelled_cb (GCancellable *cancellable,
                    gpointer      user_data)
{
  GTask *task = user_data;
  SleepData *sleep = g_task_get_task_data (task);

  g_source_destroy (sleep->timeout);
  g_task_return_error_if_cancelled (task);
  return G_SOURCE_REMOVE;
}

/* A wait on the caller's main context that a cancellable ends at once: every
 * back-off and rate-limit pause goes through here, never through a sleep. */
void
evd_api_sleep_async (guint                milliseconds,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GMainContext *context = g_main_context_get_thread_default ();
  SleepData *sleep;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_api_sleep_async);

  if (g_task_return_error_if_cancelled (task))
    return;

  sleep = g_new0 (SleepData, 1);
  g_task_set_task_data (task, sleep, sleep_data_free);

  /* Each source holds a reference on the task; whichever fires first returns
   * it, and freeing the task data destroys the other. */
  sleep->timeout = g_timeout_source_new (milliseconds);
  g_source_set_callback (sleep->timeout, sleep_timeout_cb, g_object_ref (task), g_object_unref);
  g_source_attach (sleep->timeout, context);

  if (cancellable != NULL)
    {
      sleep->cancelled = g_cancellable_source_new (cancellable);
      g_source_set_callback (sleep->cancelled, G_SOURCE_FUNC (sleep_cancelled_cb),
                             g_object_ref (task), g_object_unref);
      g_source_attach (sleep->cancelled, context);
    }
}

gboolean
evd_api_sleep_finish (GAsyncResult  *result,
                      GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Sending with bounds: a capped read, no redirect to another host. */

#define READ_CHUNK_SIZE  (64 * 1024)
#define MAX_REDIRECTS    5

typedef struct
{
  SoupSession  *session;
  SoupMessage  *msg;
  GInputStream *stream;
  GByteArray   *data;
  gsize         max_size;
  guint         redirects;
  GUri         *redirect_to;
  gulong        finished_id;
} SendData;

static void
send_data_free (gpointer user_data)
{
  SendData *send = user_data;

  g_clear_object (&send->session);
  g_clear_object (&send->msg);
  g_clear_object (&send->stream);
  g_clear_pointer (&send->data, g_byte_array_unref);
  g_clear_pointer (&send->redirect_to, g_uri_unref);
  g_free (send);
}

/* libsoup's own time-out message names no time; people get one that does. */
static void
return_send_error (GTask  *task,
                   GError *error)
{
  SendData *send = g_task_get_task_data (task);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      g_free (error->message);
      error->message = g_strdup_printf ("no answer for %u seconds", soup_session_get_timeout (send->session));
    }
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void send_start (GTask *task);

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  SendData *send = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);

  if (chunk == NULL)
    {
      return_send_error (task, error);
      return;
    }

  if (g_bytes_get_size (chunk) == 0)
    {
      g_task_return_pointer (task, g_byte_array_free_to_bytes (g_steal_pointer (&send->data)),
                             (GDestroyNotify) g_bytes_unref);
      g_object_unref (task);
      return;
    }

  if (send->data->len + g_bytes_get_size (chunk) > send->max_size)
    {
      /* Closing the stream drops the connection instead of reading the rest. */
      g_input_stream_close (send->stream, NULL, NULL);
      return_send_error (task, g_error_new (G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                                            "the answer is larger than %" G_GSIZE_FORMAT " bytes",
                                            send->max_size));
      return;
    }

  g_byte_array_append (send->data, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
  g_input_stream_read_bytes_async (send->stream, READ_CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), read_cb, task);
}

static gboolean
uri_is_loopback (GUri *uri)
{
  g_autofree char *text = g_uri_to_string (uri);

  return evd_api_url_is_loopback (text);
}

/* Zoom has no reason to send Event Desk elsewhere: a redirect is followed
 * only to the same host, and only over https (plain http only on this
 * computer), so a token or attendees never leave for a host nobody chose. */
static GUri *
allowed_redirect (SoupMessage  *msg,
                  GError      **error)
{
  const char *location = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Location");
  GUri *base = soup_message_get_uri (msg);
  g_autoptr(GUri) target = NULL;
  const char *scheme;

  if (location == NULL)
    return NULL;

  target = g_uri_parse_relative (base, location, SOUP_HTTP_URI_FLAGS, NULL);
  if (target == NULL)
    return NULL;

  scheme = g_uri_get_scheme (target);
  if (g_ascii_strcasecmp (g_uri_get_host (target) != NULL ? g_uri_get_host (target) : "",
                          g_uri_get_host (base)) != 0 ||
      !(g_ascii_strcasecmp (scheme, "https") == 0 ||
        (g_ascii_strcasecmp (scheme, "http") == 0 && uri_is_loopback (target))))
    {
      g_set_error (error, EVD_API_ERROR, EVD_API_ERROR_INSECURE_URL,
                   _("Zoom’s answer sent Event Desk to another address (%s). Event Desk did not follow it, "
                     "so nothing was sent there."), g_uri_get_host (target) != NULL ? g_uri_get_host (target) : location);
      return NULL;
    }

  return g_steal_pointer (&target);
}

static gboolean
resend_cb (gpointer user_data)
{
  GTask *task = user_data;
  SendData *send = g_task_get_task_data (task);

  soup_message_set_uri (send->msg, send->redirect_to);
  g_clear_pointer (&send->redirect_to, g_uri_unref);
  send_start (task);
  return G_SOURCE_REMOVE;
}

/* The message can be sent again only once the session is done with it. */
static void
redirect_finished_cb (SoupMessage *msg,
                      gpointer     user_data)
{
  GTask *task = user_data;
  SendData *send = g_task_get_task_data (task);
  GSource *idle = g_idle_source_new ();

  g_signal_handler_disconnect (msg, send->finished_id);
  send->finished_id = 0;
  g_source_set_callback (idle, resend_cb, task, NULL);
  g_source_attach (idle, g_main_context_get_thread_default ());
  g_source_unref (idle);
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  SendData *send = g_task_get_task_data (task);
  GError *error = NULL;
  guint status;
  goffset length;

  send->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (send->stream == NULL)
    {
      return_send_error (task, error);
      return;
    }

  status = soup_message_get_status (send->msg);
  if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED)
    {
      g_autoptr(GUri) target = allowed_redirect (send->msg, &error);

      if (error != NULL)
        {
          g_input_stream_close (send->stream, NULL, NULL);
          return_send_error (task, error);
          return;
        }
      if (target != NULL && send->redirects < MAX_REDIRECTS)
        {
          send->redirects++;
          send->redirect_to = g_steal_pointer (&target);
          send->finished_id = g_signal_connect (send->msg, "finished", G_CALLBACK (redirect_finished_cb), task);
          g_input_stream_close (send->stream, NULL, NULL);
          g_clear_object (&send->stream);
          return;
        }
    }

  /* A length that says too much is refused before a byte is read. */
  length = soup_message_headers_get_content_length (soup_message_get_response_headers (send->msg));
  if (soup_message_headers_get_encoding (soup_message_get_response_headers (send->msg)) == SOUP_ENCODING_CONTENT_LENGTH &&
      length > 0 && (guint64) length > send->max_size)
    {
      g_input_stream_close (send->stream, NULL, NULL);
      return_send_error (task, g_error_new (G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                                            "the answer is larger than %" G_GSIZE_FORMAT " bytes",
                                            send->max_size));
      return;
    }

  g_input_stream_read_bytes_async (send->stream, READ_CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), read_cb, task);
}

static void
send_start (GTask *task)
{
  SendData *send = g_task_get_task_data (task);

  soup_session_send_async (send->session, send->msg, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), sent_cb, task);
}

/**
 * evd_api_send_async:
 * @max_size: the most bytes of answer, after decompression, that are read
 *
 * soup_session_send_and_read_async() with bounds: an answer larger than
 * @max_size fails with %G_IO_ERROR_MESSAGE_TOO_LARGE as soon as it is
 * known, a redirect to another host or to plain http fails with
 * %EVD_API_ERROR_INSECURE_URL, and a time-out (%G_IO_ERROR_TIMED_OUT)
 * names the session's time-out. The status is read from @msg afterwards.
 */
void
evd_api_send_async (SoupSession         *session,
                    SoupMessage         *msg,
                    gsize                max_size,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  GTask *task = g_task_new (session, cancellable, callback, user_data);
  SendData *send = g_new0 (SendData, 1);

  g_task_set_source_tag (task, evd_api_send_async);
  send->session = g_object_ref (session);
  send->msg = g_object_ref (msg);
  send->data = g_byte_array_new ();
  send->max_size = max_size;
  g_task_set_task_data (task, send, send_data_free);

  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  send_start (task);
}

GBytes *
evd_api_send_finish (GAsyncResult  *result,
                     GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * evd_api_get_timeout:
 *
 * Seconds of silence after which a request is given up: 30, or
 * `EVENTDESK_TIMEOUT_SECONDS` (1–300) so tests need not wait that long.
 */
guint
evd_api_get_timeout (void)
{
  const char *env = g_getenv ("EVENTDESK_TIMEOUT_SECONDS");
  guint64 seconds;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 300, &seconds, NULL))
    return (guint) seconds;
  return EVD_API_DEFAULT_TIMEOUT_S;
}
