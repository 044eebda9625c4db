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

  /* Six connections per host is libsoup's default. An import keeps the
   * account's rate busy only with rate × latency requests in flight (80/s
   * at 300 ms is 24), and over HTTP/1.1 each needs its own connection; a
   * request beyond these waits for a free one. */
  session = soup_session_new_with_options ("user-agent", user_agent,
                                           "max-conns", 64,
                                           "max-conns-per-host", EVD_CLIENT_MAX_IN_FLIGHT,
                                           "timeout", 60,
                                           "idle-timeout", 50,
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
