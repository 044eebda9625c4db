/* evd-client.c: requests to the Zoom Events API, with a rate limit (what a
 * failed try does next: evd-client-retry.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-client"

#include "config.h"

#include <libsoup/soup.h>

#ifdef __linux__
#include <sys/resource.h>
#endif

#include "evd-api-error.h"
#include "evd-api-private.h"
#include "evd-api-url.h"
#include "evd-client-private.h"
#include "evd-client-state-private.h"
#include "evd-json-guard.h"

/* Back-off: capped exponential with full jitter, random (0, min (cap,
 * base · 2^n)); a request is tried at most this many times in all. */
#define DEFAULT_BACKOFF_BASE_MS   250
#define DEFAULT_BACKOFF_CAP_MS    8000
#define DEFAULT_MAX_ATTEMPTS      6
/* A per-second 429 whose Retry-After asks for a longer wait than this is
 * reported (with its time) instead of waited out behind a spinner. */
#define DEFAULT_MAX_RETRY_WAIT_S  60
/* Answers from this size on are parsed in a worker thread. */
#define EVD_CLIENT_PARSE_IN_THREAD_SIZE (64 * 1024)


G_DEFINE_FINAL_TYPE (EvdClient, evd_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AUTH,
  PROP_API_URL,
  PROP_RATE_LIMIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
evd_client_dispose (GObject *object)
{
  EvdClient *self = EVD_CLIENT (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  for (guint i = 0; i < EVD_N_RATE_CLASSES; i++)
    g_clear_object (&self->limiters[i]);
  self->limiter = NULL;
  g_clear_object (&self->auth);

  G_OBJECT_CLASS (evd_client_parent_class)->dispose (object);
}

static void
evd_client_finalize (GObject *object)
{
  EvdClient *self = EVD_CLIENT (object);

  g_clear_pointer (&self->api_url, g_free);
  g_clear_pointer (&self->rand, g_rand_free);

  G_OBJECT_CLASS (evd_client_parent_class)->finalize (object);
}

static void
evd_client_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EvdClient *self = EVD_CLIENT (object);

  switch (prop_id)
    {
    case PROP_AUTH:
      g_value_set_object (value, self->auth);
      break;
    case PROP_API_URL:
      g_value_set_string (value, self->api_url);
      break;
    case PROP_RATE_LIMIT:
      g_value_set_double (value, evd_client_get_rate_limit (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_client_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EvdClient *self = EVD_CLIENT (object);

  switch (prop_id)
    {
    case PROP_RATE_LIMIT:
      evd_client_set_rate_limit (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_client_class_init (EvdClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = evd_client_dispose;
  object_class->finalize = evd_client_finalize;
  object_class->get_property = evd_client_get_property;
  object_class->set_property = evd_client_set_property;

  properties[PROP_AUTH] =
    g_param_spec_object ("auth", NULL, NULL, EVD_TYPE_AUTH,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_API_URL] =
    g_param_spec_string ("api-url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Requests per second this client allows itself; 0 for no limit. */
  properties[PROP_RATE_LIMIT] =
    g_param_spec_double ("rate-limit", NULL, NULL,
                         0.0, 10000.0, EVD_RATE_LIMITER_DEFAULT_RATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_client_init (EvdClient *self)
{
  self->plan = EVD_PLAN_PRO;
  for (guint i = 0; i < EVD_N_RATE_CLASSES; i++)
    self->limiters[i] = evd_rate_limiter_new (evd_plan_get_rate (self->plan, i));
  self->limiter = self->limiters[EVD_RATE_CLASS_LIGHT];
  self->heavy_budget = evd_plan_get_daily_heavy (self->plan);
  self->rand = g_rand_new ();
  self->backoff_base_ms = DEFAULT_BACKOFF_BASE_MS;
  self->backoff_cap_ms = DEFAULT_BACKOFF_CAP_MS;
  self->max_attempts = DEFAULT_MAX_ATTEMPTS;
  self->max_retry_wait_s = DEFAULT_MAX_RETRY_WAIT_S;
}

/**
 * evd_client_new:
 * @auth: where the client gets its access tokens
 * @api_url: (nullable): the API URL from settings
 *
 * The API URL is, in order: the `EVENTDESK_API_URL` environment variable,
 * @api_url, then Zoom's `https://api.zoom.us/v2`. A URL that is not https
 * (other than to this computer) makes every request fail with
 * %EVD_API_ERROR_INSECURE_URL.
 *
 * All requests of one client share one HTTP session (kept-alive connections,
 * up to 8 per host) and one rate limiter.
 */
EvdClient *
evd_client_new (EvdAuth    *auth,
                const char *api_url)
{
  EvdClient *self;

  g_return_val_if_fail (EVD_IS_AUTH (auth), NULL);

  self = g_object_new (EVD_TYPE_CLIENT, NULL);
  self->auth = g_object_ref (auth);
  self->api_url = evd_api_resolve_url (api_url, EVD_API_ENV_API_URL, EVD_API_DEFAULT_API_URL);
  self->session = evd_api_session_new ();
  return self;
}

EvdAuth *
evd_client_get_auth (EvdClient *self)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), NULL);

  return self->auth;
}

const char *
evd_client_get_api_url (EvdClient *self)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), NULL);

  return self->api_url;
}

double
evd_client_get_rate_limit (EvdClient *self)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), 0.0);

  return evd_rate_limiter_get_rate (self->limiter);
}

/**
 * evd_client_set_rate_limit:
 * @per_second: LIGHT requests per second: 30 for Zoom Pro, 80 for Business
 *   and above; 0 turns the client's own limits off
 *
 * The account's limit is shared with every other app on it, so the client
 * stays under it on its own rather than waiting for Zoom's 429s. MEDIUM and
 * HEAVY requests keep their plan's rates, never above @per_second.
 * evd_client_set_plan() sets every class at once.
 */
void
evd_client_set_rate_limit (EvdClient *self,
                           double     per_second)
{
  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (per_second >= 0.0);

  for (guint i = EVD_RATE_CLASS_MEDIUM; i < EVD_N_RATE_CLASSES; i++)
    evd_rate_limiter_set_rate (self->limiters[i],
                               per_second == 0.0 ? 0.0 : MIN (per_second, evd_plan_get_rate (self->plan, i)));
  if (evd_rate_limiter_get_rate (self->limiter) == per_second)
    return;
  evd_rate_limiter_set_rate (self->limiter, per_second);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE_LIMIT]);
}


static void
request_free (gpointer data)
{
  EvdClientRequest *request = data;

  g_free (request->method);
  g_free (request->path);
  g_free (request->url);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_free (request->token);
  g_clear_object (&request->msg);
  g_free (request);
}

static char *
build_url (const char         *api_url,
           const char         *path,
           const char * const *query)
{
  GString *url = g_string_new (api_url);

  if (*path != '/')
    g_string_append_c (url, '/');
  g_string_append (url, path);

  if (query != NULL)
    {
      gboolean first = TRUE;

      for (guint i = 0; query[i] != NULL && query[i + 1] != NULL; i += 2)
        {
          g_string_append_c (url, first ? '?' : '&');
          g_string_append_uri_escaped (url, query[i], NULL, FALSE);
          g_string_append_c (url, '=');
          g_string_append_uri_escaped (url, query[i + 1], NULL, FALSE);
          first = FALSE;
        }
    }
  return g_string_free (url, FALSE);
}

static gboolean
method_is_safe_to_repeat (const char      *method,
                          EvdRequestFlags  flags)
{
  if (flags & EVD_REQUEST_NOT_SAFE_TO_REPEAT)
    return FALSE;
  if (flags & EVD_REQUEST_SAFE_TO_REPEAT)
    return TRUE;
  return g_ascii_strcasecmp (method, "GET") == 0 ||
         g_ascii_strcasecmp (method, "HEAD") == 0 ||
         g_ascii_strcasecmp (method, "PUT") == 0 ||
         g_ascii_strcasecmp (method, "PATCH") == 0 ||
         g_ascii_strcasecmp (method, "DELETE") == 0;
}

static void request_start   (GTask              *task,
                             const char         *method,
                             const char         *path,
                             const char * const *query,
                             JsonNode           *body,
                             EvdRequestFlags     flags,
                             const EvdClientRequest      *reader);

/* An exponentially weighted mean (1/8 new), as TCP smooths its round trip:
 * what the importer sizes its requests in flight on. */
static void
note_latency (EvdClient *self,
              EvdClientRequest   *request)
{
  gint64 spent = g_get_monotonic_time () - request->sent_at_us;

  if (request->sent_at_us == 0 || spent < 0)
    return;
  self->latency_us = self->latency_us == 0 ? spent : self->latency_us + (spent - self->latency_us) / 8;
}

/* An answer read in a worker thread: parsing a page of 300 events and
 * freeing its JSON again took the window tens of milliseconds a page. */
typedef struct
{
  GTask       *task;
  SoupMessage *msg;
  guint        status;
  GBytes      *body;
  gboolean     unreadable;
} Reading;

static void
read_thread (GTask        *job,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Reading *reading = task_data;
  EvdClientRequest *request = g_task_get_task_data (reading->task);
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;
  gpointer result;

  root = evd_api_parse_json_body (reading->status, reading->body, &error);
  if (error != NULL)
    {
      reading->unreadable = TRUE;
      g_task_return_error (job, error);
      return;
    }
  /* An answer read here only because it is large goes back as it is */
  if (request->read == NULL)
    {
      g_task_return_pointer (job, g_steal_pointer (&root), (GDestroyNotify) json_node_unref);
      return;
    }
  result = request->read (root, request->read_data, &error);
  if (result == NULL)
    g_task_return_error (job, error != NULL ? error
                                            : evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, reading->status,
                                                                 "the answer has nothing to read"));
  else
    g_task_return_pointer (job, result, request->result_free);
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Reading *reading = g_task_get_task_data (G_TASK (result));
  GTask *task = g_steal_pointer (&reading->task);
  EvdClientRequest *request = g_task_get_task_data (task);
  GError *error = NULL;
  gpointer value;

  value = g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL && reading->unreadable)
    evd_client_handle_unreadable_success (task, reading->msg, error);
  else if (error != NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
    }
  else
    {
      g_task_return_pointer (task, value,
                             request->read != NULL ? request->result_free : (GDestroyNotify) json_node_unref);
      g_object_unref (task);
    }
}

static void
reading_free (gpointer data)
{
  Reading *reading = data;

  g_clear_object (&reading->task);
  g_clear_object (&reading->msg);
  g_clear_pointer (&reading->body, g_bytes_unref);
  g_free (reading);
}

static void
read_pool_cb (gpointer data,
              gpointer user_data)
{
  g_autoptr(GTask) job = data;

#ifdef __linux__
  /* Reading waits well; drawing does not: on Linux a thread's nice value
   * is its own, and the window's thread wins the core when both want it */
  static gsize niced;

  if (g_once_init_enter (&niced))
    {
      if (setpriority (PRIO_PROCESS, 0, 10) != 0)
        g_debug ("Could not lower the reading thread's priority");
      g_once_init_leave (&niced, 1);
    }
#endif
  read_thread (job, NULL, g_task_get_task_data (job), NULL);
}

/* One answer is read at a time, by one thread of its own: lists are read
 * four pages at once, and four threads parsing would leave the window, on
 * a machine with two cores, without one to draw on. */
static GThreadPool *
read_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (read_pool_cb, NULL, 1, TRUE, NULL));
  return pool;
}

/* Takes the reference on @task */
static void
read_in_thread (GTask       *task,
                SoupMessage *msg,
                GBytes      *body)
{
  GTask *job = g_task_new (NULL, NULL, read_done_cb, NULL);
  Reading *reading = g_new0 (Reading, 1);

  reading->task = task;
  reading->msg = g_object_ref (msg);
  reading->status = soup_message_get_status (msg);
  reading->body = g_bytes_ref (body);
  g_task_set_task_data (job, reading, reading_free);
  g_thread_pool_push (read_pool (), job, NULL);
}

static void
response_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GTask *task = user_data;
  EvdClientRequest *request = g_task_get_task_data (task);
  g_autoptr(SoupMessage) msg = g_steal_pointer (&request->msg);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  JsonNode *root;
  guint status;

  body = evd_api_send_finish (result, &error);
  if (body == NULL)
    {
      evd_client_handle_transport_error (task, error);
      return;
    }
  note_latency (g_task_get_source_object (task), g_task_get_task_data (task));

  status = soup_message_get_status (msg);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      evd_client_handle_failure_status (task, msg, body);
      return;
    }
  /* A page of 300 registrations or events is hundreds of kilobytes of
   * JSON: read in the reading thread, the main loop goes on drawing. */
  if (request->read != NULL || g_bytes_get_size (body) >= EVD_CLIENT_PARSE_IN_THREAD_SIZE)
    {
      read_in_thread (task, msg, body);
      return;
    }

  root = evd_api_parse_json_body (status, body, &error);
  if (error != NULL)
    {
      evd_client_handle_unreadable_success (task, msg, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, root, (GDestroyNotify) json_node_unref);
  g_object_unref (task);
}

static void
wrote_body_cb (SoupMessage *msg,
               gpointer     user_data)
{
  EvdClientRequest *request = user_data;

  request->sent = TRUE;
}

/* Takes the reference on @task. */
static void
request_send (GTask *task)
{
  EvdClient *self = g_task_get_source_object (task);
  EvdClientRequest *request = g_task_get_task_data (task);
  g_autoptr(SoupMessage) msg = NULL;
  g_autofree char *authorization = NULL;
  SoupMessageHeaders *headers;

  msg = soup_message_new (request->method, request->url);
  if (msg == NULL)
    {
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, 0, request->url));
      g_object_unref (task);
      return;
    }

  headers = soup_message_get_request_headers (msg);
  authorization = g_strconcat ("Bearer ", request->token, NULL);
  soup_message_headers_replace (headers, "Authorization", authorization);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (request->body != NULL)
    soup_message_set_request_body_from_bytes (msg, "application/json", request->body);
  if (request->safe)
    soup_message_add_flags (msg, SOUP_MESSAGE_IDEMPOTENT);

  request->sent = FALSE;
  request->sent_at_us = g_get_monotonic_time ();
  g_signal_connect (msg, "wrote-body", G_CALLBACK (wrote_body_cb), request);

  g_set_object (&request->msg, msg);
  evd_api_send_async (self->session, msg, EVD_JSON_MAX_ANSWER_SIZE,
                      g_task_get_cancellable (task), response_cb, task);
}

static void
slot_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;

  if (!evd_rate_limiter_acquire_finish (EVD_RATE_LIMITER (object), result, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  request_send (task);
}

static void
token_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GTask *task = user_data;
  EvdClient *self = g_task_get_source_object (task);
  EvdClientRequest *request = g_task_get_task_data (task);
  GError *error = NULL;

  g_clear_pointer (&request->token, g_free);
  request->token = evd_auth_get_token_finish (EVD_AUTH (object), result, &error);
  if (request->token == NULL)
    {
      /* Nothing reached the API yet, so a passing failure may be retried. */
      if (evd_api_error_is_transient (error) && evd_client_can_retry (task))
        {
          evd_client_retry_with_backoff (task, error->message);
          g_error_free (error);
          return;
        }
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  /* The slot is taken once the token is there: the limiter counts when
   * requests leave, as Zoom counts when they arrive. A slot taken before a
   * first token (one round trip) would be counted as spent that long
   * before its request went. */
  evd_rate_limiter_acquire_async (self->limiters[request->rate_class], g_task_get_cancellable (task),
                                  slot_cb, task);
}

/* Takes the reference on @task. A HEAVY request past the day's budget is
 * not sent: Zoom would refuse it, and each refusal counts too. */
static gboolean
take_heavy_budget (GTask *task)
{
  EvdClient *self = g_task_get_source_object (task);
  gint64 today = evd_client_utc_day ();

  if (self->heavy_day != today)
    {
      self->heavy_day = today;
      self->heavy_used = 0;
    }
  if (self->heavy_used < self->heavy_budget)
    {
      self->heavy_used++;
      return TRUE;
    }

  {
    GError *daily = evd_api_error_new (EVD_API_ERROR_DAILY_LIMIT, 429, NULL);

    evd_api_error_set_retry_at (daily, evd_api_next_utc_midnight (g_get_real_time () / G_USEC_PER_SEC));
    evd_client_say_when_daily_limit_resets (daily);
    g_task_return_error (task, daily);
    g_object_unref (task);
  }
  return FALSE;
}

/* Takes the reference on @task. Token requests are not counted by the
 * limiter: Zoom's API limit is not applied to its OAuth endpoint. */
void
evd_client_request_attempt (GTask *task)
{
  EvdClient *self = g_task_get_source_object (task);
  EvdClientRequest *request = g_task_get_task_data (task);

  if (request->rate_class == EVD_RATE_CLASS_HEAVY && !take_heavy_budget (task))
    return;
  request->attempts++;
  evd_auth_get_token_async (self->auth, g_task_get_cancellable (task), token_cb, task);
}

/**
 * evd_client_request_async:
 * @method: "GET", "POST", "PATCH", "PUT" or "DELETE"
 * @path: the path under the API URL, e.g. "/zoom_events/hubs"
 * @query: (nullable): name, value, name, value, …, %NULL
 * @body: (nullable): the JSON to send
 * @flags: whether the request may be sent twice
 *
 * Sends a request and reads the JSON answer. On the way it waits for the
 * rate limiter, gets a token (renewing it once if Zoom says it expired),
 * waits out per-second 429s, and retries lost answers and 502–504s when the
 * request is safe to repeat, with capped exponential back-off and full
 * jitter. A request that is not safe to repeat and whose answer was lost
 * fails with %EVD_API_ERROR_OUTCOME_UNKNOWN.
 */
void
evd_client_request_async (EvdClient           *self,
                          const char          *method,
                          const char          *path,
                          const char * const  *query,
                          JsonNode            *body,
                          EvdRequestFlags      flags,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (method != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_request_async);
  request_start (g_steal_pointer (&task), method, path, query, body, flags, NULL);
}

/**
 * evd_client_request_read_async:
 * @read: turns the answer's JSON (%NULL for an empty answer) into the
 *   result, in a worker thread; it must not keep @root
 * @read_data: passed to @read; it must live until the callback
 * @result_free: frees the result
 *
 * A GET like evd_client_request_async() (the same tries, waits and
 * errors) whose answer is parsed, read and freed in a worker thread, so a
 * large answer costs the main loop nothing.
 */
void
evd_client_request_read_async (EvdClient           *self,
                               const char          *path,
                               const char * const  *query,
                               EvdAnswerReadFunc    read,
                               gpointer             read_data,
                               GDestroyNotify       result_free,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  EvdClientRequest reader = { .read = read, .read_data = read_data, .result_free = result_free };

  g_return_if_fail (EVD_IS_CLIENT (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (read != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_client_request_read_async);
  request_start (g_steal_pointer (&task), "GET", path, query, NULL, EVD_REQUEST_NONE, &reader);
}

gpointer
evd_client_request_read_finish (EvdClient     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Takes the reference on @task. @reader: (nullable): its read, read_data
 * and result_free are the new request's. */
static void
request_start (GTask              *task,
               const char         *method,
               const char         *path,
               const char * const *query,
               JsonNode           *body,
               EvdRequestFlags     flags,
               const EvdClientRequest      *reader)
{
  EvdClient *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  EvdClientRequest *request;

  if (!evd_api_url_check (self->api_url, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  request = g_new0 (EvdClientRequest, 1);
  request->method = g_ascii_strup (method, -1);
  request->path = g_strdup (path);
  request->url = build_url (self->api_url, path, query);
  request->safe = method_is_safe_to_repeat (method, flags);
  request->rate_class = evd_rate_class_for_request (method, path);
  if (reader != NULL)
    {
      request->read = reader->read;
      request->read_data = reader->read_data;
      request->result_free = reader->result_free;
    }
  if (body != NULL)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      gsize length = 0;
      char *data;

      json_generator_set_root (generator, body);
      data = json_generator_to_data (generator, &length);
      /* Zoom refuses a body that is not UTF-8 as a whole, good parts and
       * all: such a body never leaves. Callers check their rows first. */
      if (!g_utf8_validate (data, length, NULL))
        {
          g_free (data);
          request_free (request);
          g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_INVALID_TEXT, 0, NULL));
          g_object_unref (task);
          return;
        }
      request->body = g_bytes_new_take (data, length);
    }
  g_task_set_task_data (task, request, request_free);

  evd_client_request_attempt (task);
}

/**
 * evd_client_request_finish:
 *
 * Returns: (transfer full) (nullable): the answer's JSON, or %NULL without an
 *   error when the answer had no body (204)
 */
JsonNode *
evd_client_request_finish (EvdClient     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (EVD_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
