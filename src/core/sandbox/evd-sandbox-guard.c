/* evd-sandbox-guard.c: what the sandbox refuses before a request reaches a
 * route: bodies too large to keep, headers sent too slowly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include <string.h>

#include "evd-json-guard.h"
#include "evd-sandbox-server-private.h"

#define HEADER_TIMER_KEY "evd-sandbox-header-timer"
#define BODY_SIZE_KEY    "evd-sandbox-body-size"

#define TOO_LARGE_BODY \
  "{\"code\":300,\"message\":\"Request Body is too large.\"}"

/* After the answer, what the client is still sending is read and dropped
 * for a moment (a "lingering close"): closing with unread bytes would reset
 * the connection, and the client would see the reset instead of the 413. */
#define LINGER_MAX_BYTES (64 * 1024 * 1024)
#define LINGER_SECONDS   5

typedef struct
{
  GIOStream    *stream;
  GCancellable *cancellable;
  GSource      *timer;
  gsize         drained;
  char          buffer[64 * 1024];
} Linger;

static void
linger_finish (Linger *linger)
{
  g_source_destroy (linger->timer);
  g_source_unref (linger->timer);
  g_io_stream_close (linger->stream, NULL, NULL);
  g_object_unref (linger->stream);
  g_object_unref (linger->cancellable);
  g_free (linger);
}

static gboolean
linger_timeout_cb (gpointer user_data)
{
  Linger *linger = user_data;

  g_cancellable_cancel (linger->cancellable);
  return G_SOURCE_CONTINUE;
}

static void
linger_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Linger *linger = user_data;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (object), result, NULL);

  if (n <= 0 || (linger->drained += n) > LINGER_MAX_BYTES)
    {
      linger_finish (linger);
      return;
    }
  g_input_stream_read_async (G_INPUT_STREAM (object), linger->buffer, sizeof linger->buffer,
                             G_PRIORITY_LOW, linger->cancellable, linger_read_cb, linger);
}

/* Zoom's answer to an oversized body, written straight to the connection:
 * libsoup would otherwise read (and keep) the rest. */
static void
refuse_too_large (SoupServerMessage *msg)
{
  g_autoptr(GSocket) socket = soup_server_message_get_socket (msg) != NULL
                              ? g_object_ref (soup_server_message_get_socket (msg)) : NULL;
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
  g_autofree char *answer = NULL;
  Linger *linger;

  if (stream == NULL)
    return;

  answer = g_strdup_printf ("HTTP/1.1 413 Payload Too Large\r\n"
                            "Content-Type: application/json;charset=UTF-8\r\n"
                            "Content-Length: %" G_GSIZE_FORMAT "\r\n"
                            "Connection: close\r\n\r\n%s",
                            strlen (TOO_LARGE_BODY), TOO_LARGE_BODY);
  g_output_stream_write_all (g_io_stream_get_output_stream (stream), answer, strlen (answer),
                             NULL, NULL, NULL);
  if (socket == NULL)
    {
      g_io_stream_close (stream, NULL, NULL);
      return;
    }
  g_socket_shutdown (socket, FALSE, TRUE, NULL);

  linger = g_new0 (Linger, 1);
  linger->stream = g_steal_pointer (&stream);
  linger->cancellable = g_cancellable_new ();
  linger->timer = g_timeout_source_new_seconds (LINGER_SECONDS);
  g_source_set_callback (linger->timer, linger_timeout_cb, linger, NULL);
  g_source_attach (linger->timer, g_main_context_get_thread_default ());
  g_input_stream_read_async (g_io_stream_get_input_stream (linger->stream), linger->buffer,
                             sizeof linger->buffer, G_PRIORITY_LOW, linger->cancellable,
                             linger_read_cb, linger);
}

static gboolean
header_timeout_cb (gpointer user_data)
{
  SoupServerMessage *msg = user_data;
  GSocket *socket = soup_server_message_get_socket (msg);

  /* The server's own read then fails and it lets the connection go. */
  g_debug ("Closing a connection that sent no complete request in time");
  if (socket != NULL)
    g_socket_shutdown (socket, TRUE, TRUE, NULL);
  g_object_set_data (G_OBJECT (msg), HEADER_TIMER_KEY, NULL);
  return G_SOURCE_REMOVE;
}

static void
destroy_source (gpointer data)
{
  g_source_destroy (data);
  g_source_unref (data);
}

static void
got_headers_cb (SoupServerMessage *msg,
                gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  g_object_set_data (G_OBJECT (msg), HEADER_TIMER_KEY, NULL);

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > EVD_JSON_MAX_REQUEST_SIZE)
    refuse_too_large (msg);
}

/* A body sent in chunks says its size only as it arrives. */
static void
got_chunk_cb (SoupServerMessage *msg,
              GBytes            *chunk,
              gpointer           user_data)
{
  gsize size = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (msg), BODY_SIZE_KEY));

  size += g_bytes_get_size (chunk);
  g_object_set_data (G_OBJECT (msg), BODY_SIZE_KEY, GSIZE_TO_POINTER (size));
  if (size > EVD_JSON_MAX_REQUEST_SIZE)
    refuse_too_large (msg);
}

static void
request_started_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    gpointer           user_data)
{
  EvdSandboxServer *self = user_data;
  GSource *timer;
  guint seconds;

  g_mutex_lock (&self->mutex);
  seconds = self->header_timeout_s;
  g_mutex_unlock (&self->mutex);

  timer = g_timeout_source_new_seconds (seconds);
  g_source_set_callback (timer, header_timeout_cb, msg, NULL);
  g_source_attach (timer, g_main_context_get_thread_default ());
  g_object_set_data_full (G_OBJECT (msg), HEADER_TIMER_KEY, timer, destroy_source);

  g_signal_connect (msg, "got-headers", G_CALLBACK (got_headers_cb), NULL);
  g_signal_connect (msg, "got-chunk", G_CALLBACK (got_chunk_cb), NULL);
}

/**
 * evd_sandbox_server_guard:
 *
 * Any process on this computer can reach the sandbox, which also serves the
 * app's sample data: a request body over %EVD_JSON_MAX_REQUEST_SIZE is
 * answered 413 without being read, and a connection whose request headers
 * are not complete within the header time-out (also the longest a kept-alive
 * connection may stay idle) is closed.
 */
void
evd_sandbox_server_guard (EvdSandboxServer *self,
                          SoupServer       *server)
{
  g_signal_connect (server, "request-started", G_CALLBACK (request_started_cb), self);
}
