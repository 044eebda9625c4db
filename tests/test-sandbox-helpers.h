/* test-sandbox-helpers.h: plain HTTP against a started sandbox, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>

#include "evd-sandbox-server.h"

G_BEGIN_DECLS

typedef struct
{
  guint               status;
  char               *body;      /* NUL-terminated, never NULL on success */
  SoupMessageHeaders *headers;
  GError             *error;     /* transport errors */
} SbResponse;

typedef struct
{
  EvdSandboxServer *server;
  SoupSession      *session;
  char             *token;
} SbFixture;

void         sb_response_free   (SbResponse       *response);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbResponse, sb_response_free)

SbResponse  *sb_request         (SoupSession      *session,
                                 const char       *method,
                                 const char       *url,
                                 const char       *authorization,
                                 const char       *content_type,
                                 const char       *body);
SbResponse  *sb_api             (SbFixture        *f,
                                 const char       *method,
                                 const char       *path,
                                 const char       *json_body);
JsonObject  *sb_object          (SbResponse       *response);
void         sb_assert_error    (SbResponse       *response,
                                 guint             status,
                                 gint64            code);
char        *sb_fetch_token     (SoupSession      *session,
                                 const char       *oauth_url);
void         sb_fixture_start   (SbFixture        *f,
                                 EvdSandboxServer *server);
void         sb_fixture_setup   (SbFixture        *f,
                                 gconstpointer     data);
void         sb_fixture_teardown (SbFixture       *f,
                                 gconstpointer     data);
char        *sb_create_event    (SbFixture        *f,
                                 const char       *event_type,
                                 gboolean          publish);
char        *sb_hub_id          (SbFixture        *f,
                                 const char       *name);

G_END_DECLS
