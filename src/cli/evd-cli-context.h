/* evd-cli-context.h: what every eventdesk-cli command shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-client.h"
#include "evd-credentials.h"

G_BEGIN_DECLS

/* Exit statuses scripts can rely on. */
enum
{
  EVD_CLI_EXIT_OK      = 0,
  EVD_CLI_EXIT_FAILURE = 1,  /* the network, Zoom refused, a bad file */
  EVD_CLI_EXIT_USAGE   = 2,  /* missing or extra arguments, an unknown option */
};

#define EVD_CLI_ENV_API_URL       "EVENTDESK_API_URL"
#define EVD_CLI_ENV_OAUTH_URL     "EVENTDESK_OAUTH_URL"
#define EVD_CLI_ENV_PLAN          "EVENTDESK_PLAN"
#define EVD_CLI_DEFAULT_API_URL   "https://api.zoom.us/v2"
#define EVD_CLI_DEFAULT_OAUTH_URL "https://zoom.us/oauth/token"

/* How a command is called: its name, what follows it, what it does. */
typedef struct
{
  const char         *name;
  const char         *parameter_string;  /* "EVENT_ID", translatable */
  const char         *summary;           /* translatable */
  guint               n_arguments;       /* exactly this many, after the options */
  const GOptionEntry *entries;           /* the command's own options, or NULL */
} EvdCliCommandSpec;

typedef struct _EvdCliContext EvdCliContext;

/* The shape of EvdClient's calls that list what one ID holds. */
typedef void         (*EvdCliListAsync)  (EvdClient           *client,
                                          const char          *id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
typedef GListModel  *(*EvdCliListFinish) (EvdClient           *client,
                                          GAsyncResult        *result,
                                          GError             **error);

char          **evd_cli_split_arguments         (const GOptionEntry      *entries,
                                                 int                      argc,
                                                 char                   **argv,
                                                 char                  ***positionals);
gboolean        evd_cli_parse_arguments         (const EvdCliCommandSpec *spec,
                                                 int                      argc,
                                                 char                   **argv,
                                                 gboolean                *json,
                                                 char                  ***arguments);

void            evd_cli_context_set_plan_option (EvdCliContext           *self,
                                                 const char              *plan);
gboolean        evd_cli_resolve_plan            (const char              *option,
                                                 EvdPlan                 *out_plan,
                                                 GError                 **error);

gboolean        evd_cli_start                   (const EvdCliCommandSpec *spec,
                                                 int                      argc,
                                                 char                   **argv,
                                                 gboolean                *json,
                                                 char                  ***arguments,
                                                 EvdCliContext          **context,
                                                 EvdClient              **client,
                                                 int                     *status);

EvdCliContext  *evd_cli_context_new             (void);
void            evd_cli_context_free            (EvdCliContext           *self);
EvdCredentials *evd_cli_context_find_credentials (EvdCliContext          *self,
                                                 GError                 **error);
EvdClient      *evd_cli_context_connect         (EvdCliContext           *self,
                                                 GError                 **error);
void            evd_cli_context_done_cb         (GObject                 *object,
                                                 GAsyncResult            *result,
                                                 gpointer                 user_data);
GAsyncResult   *evd_cli_context_wait            (EvdCliContext           *self);
GListModel     *evd_cli_context_fetch_list      (EvdCliContext           *self,
                                                 EvdClient               *client,
                                                 const char              *id,
                                                 EvdCliListAsync          list_async,
                                                 EvdCliListFinish         list_finish,
                                                 GError                 **error);

int             evd_cli_fail                    (const GError            *error);
int             evd_cli_fail_message            (const char              *format,
                                                 ...) G_GNUC_PRINTF (1, 2);
void            evd_cli_print                   (const char              *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvdCliContext, evd_cli_context_free)

G_END_DECLS
