/* evd-sandbox-server.c: a local Zoom Events API on its own thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include <string.h>

#include "evd-json-guard.h"
#include "evd-sandbox-fixtures.h"
#include "evd-sandbox-server-private.h"

#define DEFAULT_TOKEN_LIFETIME 3600
#define DEFAULT_PAGE_TOKEN_LIFETIME (15 * 60)
#define DEFAULT_SEED 1
/* Longer than a client's idle kept-alive connection (Event Desk's is 20 s). */
#define DEFAULT_HEADER_TIMEOUT 30
#define SAVE_DELAY_MS 200
/* The saved state of many events with many thousands of tickets. */
#define EVD_SANDBOX_MAX_STATE_SIZE (512 * 1024 * 1024)

G_DEFINE_FINAL_TYPE (EvdSandboxServer, evd_sandbox_server, G_TYPE_OBJECT)

void
evd_sandbox_canned_free (gpointer data)
{
  EvdSandboxCanned *canned = data;

  g_free (canned->path_prefix);
  g_strfreev (canned->headers);
  g_free (canned->body);
  g_free (canned);
}

/* Prefixes may be given with or without the "/v2" the API lives under. */
gboolean
evd_sandbox_path_has_prefix (const char *path,
                             const char *prefix)
{
  if (prefix == NULL || *prefix == '\0' || g_str_has_prefix (path, prefix))
    return TRUE;

  return prefix[0] == '/' && g_str_has_prefix (path, "/v2/") && g_str_has_prefix (path + 3, prefix);
}

static void
evd_sandbox_server_finalize (GObject *object)
{
  EvdSandboxServer *self = (EvdSandboxServer *) object;

  evd_sandbox_server_stop (self);

  g_clear_pointer (&self->state, evd_sandbox_state_free);
  g_clear_pointer (&self->fault_rand, g_rand_free);
  g_clear_pointer (&self->tokens, g_hash_table_unref);
  g_clear_pointer (&self->token_scopes, g_hash_table_unref);
  g_clear_pointer (&self->requests, g_hash_table_unref);
  g_queue_clear_full (&self->canned, evd_sandbox_canned_free);
  g_clear_pointer (&self->scopes, g_strfreev);
  g_clear_pointer (&self->state_file, g_free);
  g_clear_pointer (&self->api_url, g_free);
  g_clear_pointer (&self->oauth_url, g_free);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->ready_cond);

  G_OBJECT_CLASS (evd_sandbox_server_parent_class)->finalize (object);
}

static void
evd_sandbox_server_class_init (EvdSandboxServerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_sandbox_server_finalize;
}

static void
evd_sandbox_server_init (EvdSandboxServer *self)
{
  g_mutex_init (&self->mutex);
  g_cond_init (&self->ready_cond);
  g_queue_init (&self->canned);
  self->token_lifetime = DEFAULT_TOKEN_LIFETIME;
  self->page_token_lifetime = DEFAULT_PAGE_TOKEN_LIFETIME;
  self->header_timeout_s = DEFAULT_HEADER_TIMEOUT;
  self->seed = DEFAULT_SEED;
  self->heavy_limit = EVD_SANDBOX_HEAVY_RATE;
  self->heavy_daily_limit = EVD_SANDBOX_HEAVY_DAILY_LIMIT;
  self->tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->token_scopes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  self->requests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

EvdSandboxServer *
evd_sandbox_server_new (void)
{
  return g_object_new (EVD_TYPE_SANDBOX_SERVER, NULL);
}

#define LOCKED_SETTER(name, type, field)                          \
  void                                                            \
  evd_sandbox_server_set_##name (EvdSandboxServer *self,          \
                                 type              value)         \
  {                                                               \
    g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));              \
    g_mutex_lock (&self->mutex);                                  \
    self->field = value;                                          \
    g_mutex_unlock (&self->mutex);                                \
  }

LOCKED_SETTER (port, guint, port)
LOCKED_SETTER (latency, guint, latency_ms)
LOCKED_SETTER (rate_limit, guint, rate_limit)
LOCKED_SETTER (daily_limit, guint, daily_limit)
LOCKED_SETTER (heavy_rate_limit, guint, heavy_limit)
LOCKED_SETTER (heavy_daily_limit, guint, heavy_daily_limit)
LOCKED_SETTER (token_lifetime, guint, token_lifetime)
LOCKED_SETTER (fault_5xx, double, fault_5xx)
LOCKED_SETTER (fault_cut_short, double, fault_cut_short)
LOCKED_SETTER (fault_drop_tickets, double, fault_drop_tickets)
LOCKED_SETTER (seed, guint64, seed)
LOCKED_SETTER (app_disabled, gboolean, app_disabled)
LOCKED_SETTER (header_timeout, guint, header_timeout_s)


void
evd_sandbox_server_set_page_token_lifetime (EvdSandboxServer *self,
                                            guint             seconds)
{
  g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));

  g_mutex_lock (&self->mutex);
  self->page_token_lifetime = seconds;
  if (self->state != NULL)
    self->state->page_token_lifetime = seconds;
  g_mutex_unlock (&self->mutex);
}

void
evd_sandbox_server_set_scopes (EvdSandboxServer   *self,
                               const char * const *scopes)
{
  g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));

  g_mutex_lock (&self->mutex);
  g_strfreev (self->scopes);
  self->scopes = g_strdupv ((char **) scopes);
  g_mutex_unlock (&self->mutex);
}

void
evd_sandbox_server_set_generated (EvdSandboxServer *self,
                                  guint             n_events,
                                  guint             n_tickets)
{
  g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));

  g_mutex_lock (&self->mutex);
  self->n_events = n_events;
  self->n_tickets = n_tickets;
  g_mutex_unlock (&self->mutex);
}

void
evd_sandbox_server_set_state_file (EvdSandboxServer *self,
                                   const char       *path)
{
  g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));

  g_mutex_lock (&self->mutex);
  g_free (self->state_file);
  self->state_file = g_strdup (path);
  g_mutex_unlock (&self->mutex);
}

/* Called with the lock held. */
static EvdSandboxState *
fresh_state (EvdSandboxServer *self)
{
  EvdSandboxState *state = evd_sandbox_state_new (self->seed);

  state->page_token_lifetime = self->page_token_lifetime;
  evd_sandbox_fixtures_seed (state);
  evd_sandbox_fixtures_generate (state, self->n_events, self->n_tickets);

  return state;
}

static char *
state_to_text (EvdSandboxState *state,
               gsize           *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = evd_sandbox_state_to_json (state);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, length);
}

/* Called with the lock held. */
static gboolean
save_now (EvdSandboxServer  *self,
          GError           **error)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  self->dirty = FALSE;
  if (self->state_file == NULL || self->state == NULL)
    return TRUE;

  text = state_to_text (self->state, &length);
  /* Written to a temporary file and renamed; private, as it holds
   * attendees' names and emails. */
  return g_file_set_contents_full (self->state_file, text, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static gboolean
save_cb (gpointer data)
{
  EvdSandboxServer *self = data;
  g_autoptr(GError) error = NULL;

  g_mutex_lock (&self->mutex);
  g_clear_pointer (&self->save_source, g_source_unref);
  if (!save_now (self, &error))
    g_warning ("Could not save the sandbox state: %s", error->message);
  g_mutex_unlock (&self->mutex);

  return G_SOURCE_REMOVE;
}

/* Called with the lock held. Saving is debounced: a burst of changes (an
 * import of thousands of tickets) writes the file once. */
void
evd_sandbox_server_schedule_save (EvdSandboxServer *self)
{
  self->dirty = TRUE;
  if (self->state_file == NULL || self->save_source != NULL || self->context == NULL)
    return;

  self->save_source = g_timeout_source_new (SAVE_DELAY_MS);
  g_source_set_callback (self->save_source, save_cb, self, NULL);
  g_source_attach (self->save_source, self->context);
}

static EvdSandboxState *
load_state (EvdSandboxServer  *self,
            GError           **error)
{
  g_autoptr(EvdSandboxState) state = evd_sandbox_state_new (self->seed);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  guint32 reseed[2] = { g_random_int (), g_random_int () };

  if (!g_file_get_contents (self->state_file, &text, &length, error) ||
      (root = evd_json_guard_parse (text, length, EVD_SANDBOX_MAX_STATE_SIZE, error)) == NULL ||
      !evd_sandbox_state_load_json (state, root, error))
    return NULL;

  /* The seed's sequence already made the saved ids; new ones must differ. */
  g_rand_set_seed_array (state->rand, reseed, 2);
  state->page_token_lifetime = self->page_token_lifetime;

  return g_steal_pointer (&state);
}

static gpointer
server_thread (gpointer data)
{
  EvdSandboxServer *self = data;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;
  guint port;

  g_main_context_push_thread_default (self->context);
  server = soup_server_new ("server-header", "eventdesk-sandbox ", NULL);
  soup_server_add_handler (server, NULL, evd_sandbox_server_handle, self, NULL);
  evd_sandbox_server_guard (self, server);

  g_mutex_lock (&self->mutex);
  port = self->port;
  g_mutex_unlock (&self->mutex);

  if (soup_server_listen_local (server, port, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    {
      uris = soup_server_get_uris (server);
      port = uris != NULL ? (guint) g_uri_get_port (uris->data) : 0;
      g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
    }

  g_mutex_lock (&self->mutex);
  self->start_error = g_steal_pointer (&error);
  self->bound_port = port;
  self->ready = TRUE;
  g_cond_signal (&self->ready_cond);
  if (self->start_error != NULL)
    {
      g_mutex_unlock (&self->mutex);
      g_main_context_pop_thread_default (self->context);
      return NULL;
    }
  g_mutex_unlock (&self->mutex);

  g_main_loop_run (self->loop);

  soup_server_disconnect (server);
  g_main_context_pop_thread_default (self->context);

  return NULL;
}

gboolean
evd_sandbox_server_start (EvdSandboxServer  *self,
                          GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  guint32 fault_seed[2];
  gboolean fresh = FALSE;

  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), FALSE);
  g_return_val_if_fail (self->thread == NULL, FALSE);

  g_mutex_lock (&self->mutex);
  g_clear_pointer (&self->state, evd_sandbox_state_free);
  if (self->state_file != NULL && g_file_test (self->state_file, G_FILE_TEST_EXISTS))
    self->state = load_state (self, &local_error);
  else
    {
      self->state = fresh_state (self);
      fresh = TRUE;
    }
  if (self->state == NULL)
    {
      g_mutex_unlock (&self->mutex);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", self->state_file);
      return FALSE;
    }
  if (fresh && !save_now (self, error))
    {
      g_mutex_unlock (&self->mutex);
      return FALSE;
    }

  /* Separate from the data's generator, so the faults one sees do not
   * depend on how much data was generated. */
  fault_seed[0] = (guint32) (self->seed & 0xffffffff) ^ 0x5eed;
  fault_seed[1] = (guint32) (self->seed >> 32);
  g_clear_pointer (&self->fault_rand, g_rand_free);
  self->fault_rand = g_rand_new_with_seed_array (fault_seed, 2);

  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->ready = FALSE;
  g_clear_error (&self->start_error);
  self->thread = g_thread_new ("evd-sandbox", server_thread, self);
  while (!self->ready)
    g_cond_wait (&self->ready_cond, &self->mutex);

  if (self->start_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->start_error));
      g_mutex_unlock (&self->mutex);
      evd_sandbox_server_stop (self);
      return FALSE;
    }

  g_free (self->api_url);
  g_free (self->oauth_url);
  self->api_url = g_strdup_printf ("http://127.0.0.1:%u/v2", self->bound_port);
  self->oauth_url = g_strdup_printf ("http://127.0.0.1:%u/oauth/token", self->bound_port);
  g_mutex_unlock (&self->mutex);

  return TRUE;
}

static gboolean
quit_loop_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

void
evd_sandbox_server_stop (EvdSandboxServer *self)
{
  g_autoptr(GError) error = NULL;
  GSource *quit;

  g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));

  if (self->thread == NULL)
    return;

  /* Through the context, not g_main_loop_quit () from here: a quit before
   * the thread reaches g_main_loop_run () would be lost. */
  quit = g_idle_source_new ();
  g_source_set_callback (quit, quit_loop_cb, g_main_loop_ref (self->loop), (GDestroyNotify) g_main_loop_unref);
  g_source_attach (quit, self->context);
  g_source_unref (quit);
  g_thread_join (g_steal_pointer (&self->thread));

  g_mutex_lock (&self->mutex);
  if (self->save_source != NULL)
    {
      g_source_destroy (self->save_source);
      g_clear_pointer (&self->save_source, g_source_unref);
    }
  if (self->dirty && !save_now (self, &error))
    g_warning ("Could not save the sandbox state: %s", error->message);
  g_mutex_unlock (&self->mutex);

  /* Answers still waiting out their latency go with the context. */
  g_clear_pointer (&self->loop, g_main_loop_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
}

guint
evd_sandbox_server_get_port (EvdSandboxServer *self)
{
  guint port;

  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  port = self->bound_port;
  g_mutex_unlock (&self->mutex);

  return port;
}

const char *
evd_sandbox_server_get_api_url (EvdSandboxServer *self)
{
  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), NULL);

  return self->api_url;
}

const char *
evd_sandbox_server_get_oauth_url (EvdSandboxServer *self)
{
  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), NULL);

  return self->oauth_url;
}

void
evd_sandbox_server_reset (EvdSandboxServer *self)
{
  g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));

  g_mutex_lock (&self->mutex);
  g_clear_pointer (&self->state, evd_sandbox_state_free);
  self->state = fresh_state (self);
  evd_sandbox_server_schedule_save (self);
  g_mutex_unlock (&self->mutex);
}

JsonNode *
evd_sandbox_server_dump_state (EvdSandboxServer *self)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  gsize length = 0;

  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), NULL);

  /* Through text, so the caller gets a copy that shares nothing. */
  g_mutex_lock (&self->mutex);
  if (self->state != NULL)
    text = state_to_text (self->state, &length);
  g_mutex_unlock (&self->mutex);

  if (text == NULL || !json_parser_load_from_data (parser, text, (gssize) length, NULL))
    return json_node_init_object (json_node_alloc (), json_object_new ());

  return json_node_copy (json_parser_get_root (parser));
}

guint
evd_sandbox_server_count_tickets (EvdSandboxServer *self,
                                  const char       *event_id,
                                  const char       *email)
{
  g_autofree char *wanted = email != NULL ? evd_sandbox_casefold_email (email) : NULL;
  guint count = 0;

  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; self->state != NULL && i < self->state->events->len; i++)
    {
      EvdSandboxEvent *event = g_ptr_array_index (self->state->events, i);

      if (event_id != NULL && g_strcmp0 (evd_sandbox_event_get_id (event), event_id) != 0)
        continue;
      if (wanted == NULL)
        {
          count += event->tickets->len;
          continue;
        }
      /* An email may hold several tickets, as at Zoom: count them all. */
      for (guint j = 0; j < event->tickets->len; j++)
        {
          JsonObject *ticket = g_ptr_array_index (event->tickets, j);
          g_autofree char *key = evd_sandbox_casefold_email (json_object_get_string_member_with_default (ticket, "email", ""));

          if (g_str_equal (key, wanted))
            count++;
        }
    }
  g_mutex_unlock (&self->mutex);

  return count;
}

guint
evd_sandbox_server_count_requests (EvdSandboxServer *self,
                                   const char       *method,
                                   const char       *path_prefix)
{
  GHashTableIter iter;
  gpointer key, value;
  guint count = 0;

  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  g_hash_table_iter_init (&iter, self->requests);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *space = strchr (key, ' ');
      g_autofree char *key_method = g_strndup (key, space - (const char *) key);

      if ((method == NULL || g_ascii_strcasecmp (method, key_method) == 0) &&
          evd_sandbox_path_has_prefix (space + 1, path_prefix))
        count += GPOINTER_TO_UINT (value);
    }
  g_mutex_unlock (&self->mutex);

  return count;
}

guint
evd_sandbox_server_count_tokens_issued (EvdSandboxServer *self)
{
  guint count;

  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  count = self->tokens_issued;
  g_mutex_unlock (&self->mutex);

  return count;
}

void
evd_sandbox_server_expire_tokens (EvdSandboxServer *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));

  /* Kept, but out of date: the next use answers "Access token is expired." */
  g_mutex_lock (&self->mutex);
  g_hash_table_iter_init (&iter, self->tokens);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    *(gint64 *) value = 0;
  g_mutex_unlock (&self->mutex);
}

/* Headers may come as "Name: value" strings or as name, value pairs. */
static char **
normalize_headers (const char * const *headers)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; headers != NULL && headers[i] != NULL; i++)
    {
      const char *colon = strchr (headers[i], ':');

      if (colon != NULL && colon > headers[i] && strcspn (headers[i], " \t,") > (gsize) (colon - headers[i]))
        {
          g_autofree char *name = g_strndup (headers[i], colon - headers[i]);
          g_autofree char *value = g_strstrip (g_strdup (colon + 1));

          g_strv_builder_add (builder, name);
          g_strv_builder_add (builder, value);
        }
      else if (headers[i + 1] != NULL)
        {
          g_strv_builder_add (builder, headers[i]);
          g_strv_builder_add (builder, headers[i + 1]);
          i++;
        }
    }

  return g_strv_builder_end (builder);
}

void
evd_sandbox_server_queue_status (EvdSandboxServer   *self,
                                 const char         *path_prefix,
                                 guint               status,
                                 const char * const *headers,
                                 const char         *body)
{
  EvdSandboxCanned *canned;

  g_return_if_fail (EVD_IS_SANDBOX_SERVER (self));

  canned = g_new0 (EvdSandboxCanned, 1);
  canned->path_prefix = g_strdup (path_prefix);
  canned->status = status;
  canned->headers = normalize_headers (headers);
  canned->body = g_strdup (body);

  g_mutex_lock (&self->mutex);
  g_queue_push_tail (&self->canned, canned);
  g_mutex_unlock (&self->mutex);
}

char *
evd_sandbox_server_find_event_id (EvdSandboxServer *self,
                                  const char       *name)
{
  char *id = NULL;

  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; self->state != NULL && i < self->state->events->len && id == NULL; i++)
    {
      EvdSandboxEvent *event = g_ptr_array_index (self->state->events, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (event->object, "name", NULL), name) == 0)
        id = g_strdup (evd_sandbox_event_get_id (event));
    }
  g_mutex_unlock (&self->mutex);

  return id;
}

char *
evd_sandbox_server_find_hub_id (EvdSandboxServer *self,
                                const char       *name)
{
  char *id = NULL;

  g_return_val_if_fail (EVD_IS_SANDBOX_SERVER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; self->state != NULL && i < self->state->hubs->len && id == NULL; i++)
    {
      EvdSandboxHub *hub = g_ptr_array_index (self->state->hubs, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (hub->object, "name", NULL), name) == 0)
        id = g_strdup (json_object_get_string_member (hub->object, "hub_id"));
    }
  g_mutex_unlock (&self->mutex);

  return id;
}
