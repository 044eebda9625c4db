/* evd-auth.c: the access token of a Server-to-Server OAuth app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-auth"

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "evd-api-error.h"
#include "evd-api-private.h"
#include "evd-api-url.h"
#include "evd-auth.h"
#include "evd-json-guard.h"

/* A token is used until five minutes before it runs out, so no request goes
 * out with a token about to die on the way; short lifetimes (the sandbox's,
 * in tests) renew at 80 % of their life instead. */
#define RENEW_MARGIN_SECONDS     300
#define SHORT_LIFETIME_SECONDS   600
#define SHORT_LIFETIME_SHARE     0.8
#define DEFAULT_LIFETIME_SECONDS 3600

/* The credentials and the token stay in this object's memory only: never
 * logged (the debug log redacts them), never written anywhere. */
struct _EvdAuth
{
  GObject        parent_instance;

  char          *account_id;
  char          *authorization;
  char          *oauth_url;
  SoupSession   *session;

  char          *token;
  gint64         renew_at_us;
  char         **scopes;

  /* Everyone waiting for the token being fetched: one request serves all. */
  GPtrArray     *waiters;
  GCancellable  *fetch_cancellable;
  SoupMessage   *fetch_message;
  gboolean       fetching;
};

G_DEFINE_FINAL_TYPE (EvdAuth, evd_auth, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_OAUTH_URL,
  PROP_SCOPES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_secret (char **secret)
{
  if (*secret != NULL)
    {
      volatile char *p = (volatile char *) *secret;

      while (*p != '\0')
        *p++ = '\0';
      g_clear_pointer (secret, g_free);
    }
}

static void
evd_auth_dispose (GObject *object)
{
  EvdAuth *self = EVD_AUTH (object);

  g_cancellable_cancel (self->fetch_cancellable);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (evd_auth_parent_class)->dispose (object);
}

static void
evd_auth_finalize (GObject *object)
{
  EvdAuth *self = EVD_AUTH (object);

  clear_secret (&self->authorization);
  clear_secret (&self->token);
  g_clear_pointer (&self->account_id, g_free);
  g_clear_pointer (&self->oauth_url, g_free);
  g_clear_pointer (&self->scopes, g_strfreev);
  g_clear_pointer (&self->waiters, g_ptr_array_unref);
  g_clear_object (&self->fetch_cancellable);
  g_clear_object (&self->fetch_message);

  G_OBJECT_CLASS (evd_auth_parent_class)->finalize (object);
}

static void
evd_auth_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  EvdAuth *self = EVD_AUTH (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT_ID:
      g_value_set_string (value, self->account_id);
      break;
    case PROP_OAUTH_URL:
      g_value_set_string (value, self->oauth_url);
      break;
    case PROP_SCOPES:
      g_value_set_boxed (value, self->scopes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_auth_class_init (EvdAuthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = evd_auth_dispose;
  object_class->finalize = evd_auth_finalize;
  object_class->get_property = evd_auth_get_property;

  properties[PROP_ACCOUNT_ID] =
    g_param_spec_string ("account-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OAUTH_URL] =
    g_param_spec_string ("oauth-url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The scopes Zoom granted with the last token: empty until one arrives. */
  properties[PROP_SCOPES] =
    g_param_spec_boxed ("scopes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
evd_auth_init (EvdAuth *self)
{
  self->waiters = g_ptr_array_new_with_free_func (g_object_unref);
  self->fetch_cancellable = g_cancellable_new ();
  self->scopes = g_new0 (char *, 1);
}

/**
 * evd_auth_new:
 * @account_id: the app's Account ID
 * @client_id: the app's Client ID
 * @client_secret: the app's Client Secret
 * @oauth_url: (nullable): the token URL from settings
 *
 * The token URL is, in order: the `EVENTDESK_OAUTH_URL` environment variable,
 * @oauth_url, then Zoom's `https://zoom.us/oauth/token`. A URL that is not
 * https (other than to this computer) is refused when the token is asked for.
 */
EvdAuth *
evd_auth_new (const char *account_id,
              const char *client_id,
              const char *client_secret,
              const char *oauth_url)
{
  g_autofree char *pair = NULL;
  g_autofree char *encoded = NULL;
  EvdAuth *self;

  g_return_val_if_fail (account_id != NULL, NULL);
  g_return_val_if_fail (client_id != NULL, NULL);
  g_return_val_if_fail (client_secret != NULL, NULL);

  self = g_object_new (EVD_TYPE_AUTH, NULL);
  self->account_id = g_strdup (account_id);
  self->oauth_url = evd_api_resolve_url (oauth_url, EVD_API_ENV_OAUTH_URL, EVD_API_DEFAULT_OAUTH_URL);
  /* Token requests are rare and go to another host: a session of their own
   * keeps them out of the client's connection pool and rate limit. */
  self->session = evd_api_session_new ();

  pair = g_strconcat (client_id, ":", client_secret, NULL);
  encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
  self->authorization = g_strconcat ("Basic ", encoded, NULL);
  clear_secret (&pair);
  clear_secret (&encoded);

  return self;
}

const char *
evd_auth_get_account_id (EvdAuth *self)
{
  g_return_val_if_fail (EVD_IS_AUTH (self), NULL);

  return self->account_id;
}

const char *
evd_auth_get_oauth_url (EvdAuth *self)
{
  g_return_val_if_fail (EVD_IS_AUTH (self), NULL);

  return self->oauth_url;
}

/**
 * evd_auth_get_scopes:
 *
 * Returns: (transfer none): the scopes granted with the last token, empty
 *   before the first one
 */
const char * const *
evd_auth_get_scopes (EvdAuth *self)
{
  g_return_val_if_fail (EVD_IS_AUTH (self), NULL);

  return (const char * const *) self->scopes;
}

gboolean
evd_auth_has_scope (EvdAuth    *self,
                    const char *scope)
{
  g_return_val_if_fail (EVD_IS_AUTH (self), FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->scopes, scope);
}

/**
 * evd_auth_invalidate:
 * @token: the token Zoom refused
 *
 * Forgets the cached token if it is still @token, so the next request asks
 * for a new one. A token renewed meanwhile by another request is kept: many
 * requests refused with the same old token cause one renewal, not many.
 */
void
evd_auth_invalidate (EvdAuth    *self,
                     const char *token)
{
  g_return_if_fail (EVD_IS_AUTH (self));
  g_return_if_fail (token != NULL);

  if (self->token != NULL && g_str_equal (self->token, token))
    {
      clear_secret (&self->token);
      self->renew_at_us = 0;
    }
}

static gboolean
token_is_fresh (EvdAuth *self)
{
  return self->token != NULL && g_get_monotonic_time () < self->renew_at_us;
}

static gint64
renewal_delay_us (gint64 lifetime_seconds)
{
  double seconds;

  if (lifetime_seconds >= SHORT_LIFETIME_SECONDS)
    seconds = lifetime_seconds - RENEW_MARGIN_SECONDS;
  else
    seconds = lifetime_seconds * SHORT_LIFETIME_SHARE;
  return (gint64) (seconds * G_USEC_PER_SEC);
}

static void
set_scopes (EvdAuth    *self,
            const char *scope_text)
{
  g_auto(GStrv) parts = g_strsplit_set (scope_text != NULL ? scope_text : "", " ,", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) scopes = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);
  scopes = g_strv_builder_end (builder);

  if (g_strv_equal ((const char * const *) scopes, (const char * const *) self->scopes))
    return;
  g_strfreev (self->scopes);
  self->scopes = g_steal_pointer (&scopes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPES]);
}

static const char *
object_get_string (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gint64
object_get_lifetime (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "expires_in");
  gint64 seconds = DEFAULT_LIFETIME_SECONDS;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_INT64)
        seconds = json_node_get_int (node);
      else if (type == G_TYPE_DOUBLE)
        seconds = (gint64) json_node_get_double (node);
      else if (type == G_TYPE_STRING)
        seconds = g_ascii_strtoll (json_node_get_string (node), NULL, 10);
    }
  /* Guard against a zero or absurd lifetime renewing on every request. */
  return CLAMP (seconds, 2, 7 * 24 * 3600);
}

static gboolean
text_contains_ci (const char *haystack,
                  const char *needle)
{
  g_autofree char *lower = NULL;

  if (haystack == NULL)
    return FALSE;
  lower = g_ascii_strdown (haystack, -1);
  return strstr (lower, needle) != NULL;
}

/* Zoom's OAuth errors are `{"reason", "error"}` (observed) or `{"code",
 * "message"}` (its documented 47xx codes); neither is recorded for a wrong
 * Account ID, so any 400 that names the account or says invalid_request is
 * taken to be that. */
static GError *
error_from_oauth_answer (guint   status,
                         GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  const char *data;
  gsize size = 0;
  JsonNode *root;
  JsonObject *object;
  const char *error_name;
  const char *reason;
  gint64 code = 0;
  JsonNode *code_node;

  data = body != NULL ? g_bytes_get_data (body, &size) : NULL;
  if (data == NULL || size == 0 || !g_utf8_validate (data, size, NULL) ||
      !evd_json_guard_check (data, size, EVD_JSON_MAX_ANSWER_SIZE, NULL) ||
      !json_parser_load_from_data (parser, data, size, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      if (status >= 500 || status == 429)
        return evd_api_error_from_body (status, body);
      return evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, status, "the token answer is not JSON");
    }

  object = json_node_get_object (root);
  error_name = object_get_string (object, "error");
  reason = object_get_string (object, "reason");
  if (reason == NULL)
    reason = object_get_string (object, "message");
  if (reason == NULL)
    reason = object_get_string (object, "error_description");

  code_node = json_object_get_member (object, "code");
  if (code_node != NULL && JSON_NODE_HOLDS_VALUE (code_node) &&
      json_node_get_value_type (code_node) == G_TYPE_INT64)
    code = json_node_get_int (code_node);

  if (code == EVD_API_ERROR_OAUTH_APP_DISABLED ||
      text_contains_ci (reason, "disabled") || text_contains_ci (reason, "deactivated") ||
      text_contains_ci (error_name, "disabled"))
    return evd_api_error_new (EVD_API_ERROR_OAUTH_APP_DISABLED, status, reason);
  if (g_strcmp0 (error_name, "invalid_client") == 0 ||
      code == EVD_API_ERROR_OAUTH_INVALID_CLIENT || code == EVD_API_ERROR_OAUTH_INVALID_CLIENT_4704)
    return evd_api_error_new (EVD_API_ERROR_INVALID_CREDENTIALS, status, reason);
  if (g_strcmp0 (error_name, "unsupported_grant_type") == 0 || code == EVD_API_ERROR_OAUTH_UNSUPPORTED_GRANT)
    return evd_api_error_new (EVD_API_ERROR_OAUTH_UNSUPPORTED_GRANT, status, reason);
  if (text_contains_ci (reason, "account") || text_contains_ci (error_name, "account") ||
      g_strcmp0 (error_name, "invalid_request") == 0)
    return evd_api_error_new (EVD_API_ERROR_INVALID_ACCOUNT, status, reason);
  if (code > 0 && code < EVD_API_ERROR_NETWORK)
    return evd_api_error_new ((int) code, status, reason);
  if (status == 401)
    return evd_api_error_new (EVD_API_ERROR_INVALID_CREDENTIALS, status, reason);
  return evd_api_error_from_body (status, body);
}

static gboolean
store_token (EvdAuth  *self,
             GBytes   *body,
             GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = evd_api_parse_json_body (SOUP_STATUS_OK, body, &local_error);
  JsonObject *object;
  const char *token;
  const char *token_type;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      *error = evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, SOUP_STATUS_OK,
                                  "the token answer is not a JSON object");
      return FALSE;
    }

  object = json_node_get_object (root);
  token = object_get_string (object, "access_token");
  token_type = object_get_string (object, "token_type");
  if (token == NULL || *token == '\0' ||
      (token_type != NULL && g_ascii_strcasecmp (token_type, "bearer") != 0))
    {
      *error = evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, SOUP_STATUS_OK,
                                  "the token answer has no bearer access_token");
      return FALSE;
    }

  clear_secret (&self->token);
  self->token = g_strdup (token);
  self->renew_at_us = g_get_monotonic_time () + renewal_delay_us (object_get_lifetime (object));
  set_scopes (self, object_get_string (object, "scope"));
  return TRUE;
}

static void
finish_waiters (EvdAuth      *self,
                const GError *error)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->waiters);

  self->waiters = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < waiters->len; i++)
    {
      GTask *task = g_ptr_array_index (waiters, i);
      GSource *cancel_source = g_task_get_task_data (task);

      /* Its callback holds a reference on the task: let it go first. */
      if (cancel_source != NULL)
        g_source_destroy (cancel_source);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_pointer (task, g_strdup (self->token), g_free);
    }
}

static void
token_answer_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(EvdAuth) self = user_data;
  g_autoptr(SoupMessage) msg = g_steal_pointer (&self->fetch_message);
  g_autoptr(GError) transport_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  guint status;

  self->fetching = FALSE;
  body = evd_api_send_finish (result, &transport_error);

  if (body == NULL)
    {
      /* A token request changes nothing on Zoom's side: always safe to repeat. */
      error = evd_api_error_from_transport (transport_error, FALSE, TRUE);
    }
  else
    {
      status = soup_message_get_status (msg);
      if (status == SOUP_STATUS_OK)
        store_token (self, body, &error);
      else
        error = error_from_oauth_answer (status, body);
    }

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("No access token: %s", error->message);

  finish_waiters (self, error);
}

static void
fetch_token (EvdAuth *self)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autofree char *form = NULL;
  g_autoptr(GError) error = NULL;

  if (!evd_api_url_check (self->oauth_url, &error))
    {
      finish_waiters (self, error);
      return;
    }

  /* Zoom wants the form in the body; as a query string it was refused. */
  form = soup_form_encode ("grant_type", "account_credentials",
                           "account_id", self->account_id,
                           NULL);
  msg = soup_message_new_from_encoded_form (SOUP_METHOD_POST, self->oauth_url, g_steal_pointer (&form));
  if (msg == NULL)
    {
      error = evd_api_error_new (EVD_API_ERROR_INSECURE_URL, 0, self->oauth_url);
      finish_waiters (self, error);
      return;
    }
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", self->authorization);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept", "application/json");

  self->fetching = TRUE;
  g_set_object (&self->fetch_message, msg);
  evd_api_send_async (self->session, msg, EVD_JSON_MAX_ANSWER_SIZE,
                      self->fetch_cancellable, token_answer_cb, g_object_ref (self));
}

static gboolean
waiter_cancelled_cb (GCancellable *cancellable,
                     gpointer      user_data)
{
  GTask *task = user_data;
  EvdAuth *self = g_task_get_source_object (task);

  g_task_return_error_if_cancelled (task);
  g_ptr_array_remove (self->waiters, task);
  return G_SOURCE_REMOVE;
}

/**
 * evd_auth_get_token_async:
 *
 * Gets an access token: the cached one while it is fresh, else a new one.
 * While a token is being fetched, every caller waits for that same request.
 * Failures are %EVD_API_ERROR errors: %EVD_API_ERROR_INVALID_CREDENTIALS,
 * %EVD_API_ERROR_INVALID_ACCOUNT, %EVD_API_ERROR_OAUTH_APP_DISABLED,
 * %EVD_API_ERROR_OAUTH_UNSUPPORTED_GRANT, %EVD_API_ERROR_NETWORK,
 * %EVD_API_ERROR_INVALID_RESPONSE, %EVD_API_ERROR_INSECURE_URL; cancelling
 * gives %G_IO_ERROR_CANCELLED.
 */
void
evd_auth_get_token_async (EvdAuth             *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (EVD_IS_AUTH (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_auth_get_token_async);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (token_is_fresh (self))
    {
      g_task_return_pointer (task, g_strdup (self->token), g_free);
      return;
    }

  if (cancellable != NULL)
    {
      GSource *cancel_source = g_cancellable_source_new (cancellable);

      g_source_set_callback (cancel_source, G_SOURCE_FUNC (waiter_cancelled_cb),
                             g_object_ref (task), g_object_unref);
      g_source_attach (cancel_source, g_main_context_get_thread_default ());
      g_task_set_task_data (task, cancel_source, (GDestroyNotify) g_source_unref);
    }

  g_ptr_array_add (self->waiters, g_steal_pointer (&task));
  if (!self->fetching)
    fetch_token (self);
}

/**
 * evd_auth_get_token_finish:
 *
 * Returns: (transfer full): the access token; keep it no longer than the
 *   request that uses it
 */
char *
evd_auth_get_token_finish (EvdAuth       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
