/* evd-test-fixtures.c: what every test shares, core and UI alike (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-auth.h"
#include "evd-test-fixtures.h"

void
evd_test_store_result_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static gboolean
deadline_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

GAsyncResult *
evd_test_wait_for_result (GAsyncResult **slot,
                          guint          timeout_ms)
{
  gboolean timed_out = FALSE;
  guint deadline = g_timeout_add (timeout_ms, deadline_cb, &timed_out);

  while (*slot == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (*slot == NULL)
    g_error ("No result after %u ms", timeout_ms);
  g_source_remove (deadline);
  return *slot;
}

EvdSandboxServer *
evd_test_start_sandbox (void)
{
  g_autoptr(EvdSandboxServer) sandbox = evd_sandbox_server_new ();
  g_autoptr(GError) error = NULL;

  evd_sandbox_server_set_port (sandbox, 0);
  if (!evd_sandbox_server_start (sandbox, &error))
    g_error ("The sandbox did not start: %s", error->message);
  return g_steal_pointer (&sandbox);
}

EvdClient *
evd_test_client_new (EvdSandboxServer *sandbox)
{
  g_autoptr(EvdAuth) auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                                          evd_sandbox_server_get_oauth_url (sandbox));

  return evd_client_new (auth, evd_sandbox_server_get_api_url (sandbox));
}

void
evd_test_post_ticket (EvdClient  *client,
                      const char *event_id,
                      const char *email,
                      guint       timeout_ms)
{
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
  g_autofree char *text = g_strdup_printf ("{\"tickets\":[{\"email\":\"%s\"}]}", email);
  g_autoptr(JsonNode) body = json_from_string (text, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GError) error = NULL;

  evd_client_request_async (client, "POST", path, NULL, body, EVD_REQUEST_NONE, NULL,
                            evd_test_store_result_cb, &result);
  answer = evd_client_request_finish (client, evd_test_wait_for_result (&result, timeout_ms), &error);
  g_assert_no_error (error);
}

EvdEvent *
evd_test_get_event (EvdClient        *client,
                    EvdSandboxServer *sandbox,
                    const char       *name,
                    guint             timeout_ms)
{
  g_autofree char *id = evd_sandbox_server_find_event_id (sandbox, name);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EvdEvent *event;

  g_assert_nonnull (id);
  evd_client_get_event_async (client, id, NULL, evd_test_store_result_cb, &result);
  event = evd_client_get_event_finish (client, evd_test_wait_for_result (&result, timeout_ms), &error);
  g_assert_no_error (error);
  return event;
}
