/* evd-cli-context.c: what every eventdesk-cli command shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "evd-api-error.h"
#include "evd-cli-context.h"
#include "evd-credential-store.h"

struct _EvdCliContext
{
  GMainLoop    *loop;
  GAsyncResult *result;       /* set by evd_cli_context_done_cb () */
  GAsyncResult *last_result;  /* kept alive for the caller's _finish () */
  EvdClient    *client;
  char         *plan_option;  /* --plan, or NULL */
};

static const char * const credential_variables[] = {
  "EVENTDESK_ACCOUNT_ID", "EVENTDESK_CLIENT_ID", "EVENTDESK_CLIENT_SECRET",
};

/* --- Arguments ---------------------------------------------------------- */

static GOptionEntry *
build_entries (const EvdCliCommandSpec  *spec,
               gboolean                 *json,
               char                    **plan)
{
  const GOptionEntry json_entry = {
    "json", 0, 0, G_OPTION_ARG_NONE, json,
    N_("Print Zoom’s own objects as JSON instead of a table"), NULL
  };
  const GOptionEntry plan_entry = {
    "plan", 0, 0, G_OPTION_ARG_STRING, plan,
    N_("The account’s Zoom plan, which sets how many requests a second are sent: pro (30) or business (80). "
       "Overrides EVENTDESK_PLAN, which overrides the plan chosen in Event Desk’s Preferences"),
    N_("PLAN")
  };
  g_autoptr(GArray) entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));

  g_array_append_val (entries, json_entry);
  if (plan != NULL)
    g_array_append_val (entries, plan_entry);
  for (guint i = 0; spec->entries != NULL && spec->entries[i].long_name != NULL; i++)
    g_array_append_val (entries, spec->entries[i]);
  return (GOptionEntry *) g_array_free (g_steal_pointer (&entries), FALSE);
}

static void
print_usage_error (GOptionContext *context,
                   const char     *command,
                   const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fprintf (stderr, "eventdesk-cli %s: %s\n\n%s", command, message, help);
}

static const GOptionEntry *
find_entry (const GOptionEntry *entries,
            const char         *arg)
{
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    {
      const GOptionEntry *entry = &entries[i];
      gsize length = strlen (entry->long_name);

      if (*entry->long_name == '\0')   /* G_OPTION_REMAINING */
        continue;
      if (g_str_has_prefix (arg, "--") && strncmp (arg + 2, entry->long_name, length) == 0 &&
          (arg[2 + length] == '\0' || arg[2 + length] == '='))
        return entry;
      if (entry->short_name != '\0' && arg[0] == '-' && arg[1] == entry->short_name && arg[2] == '\0')
        return entry;
    }
  return NULL;
}

/**
 * evd_cli_split_arguments:
 * @entries: the command's options, %NULL-name terminated
 * @argc: the count of @argv
 * @argv: the command's name then its arguments
 * @positionals: (out) (transfer full): the arguments that are not options
 *
 * Zoom's ids are base64url, so about one in fifty starts with '-' and
 * GOption would take it for an unknown option ("-kNqLPC6h…"). Only the
 * command's own options (and GOption's help options) are options here:
 * everything else, and everything after "--", is an argument, so such an
 * id works with and without "--".
 *
 * Returns: (transfer full): the command's name and its options, for
 *   GOption to parse
 */
char **
evd_cli_split_arguments (const GOptionEntry  *entries,
                         int                  argc,
                         char               **argv,
                         char              ***positionals)
{
  static const char * const help[] = { "-h", "-?", "--help", "--help-all", NULL };
  g_autoptr(GStrvBuilder) options = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) rest = g_strv_builder_new ();

  g_strv_builder_add (options, argc > 0 ? argv[0] : "eventdesk-cli");
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const GOptionEntry *entry;

      if (g_str_equal (arg, "--"))
        {
          for (i++; i < argc; i++)
            g_strv_builder_add (rest, argv[i]);
          break;
        }
      if (g_strv_contains (help, arg) || g_str_has_prefix (arg, "--help-"))
        {
          g_strv_builder_add (options, arg);
          continue;
        }
      entry = arg[0] == '-' ? find_entry (entries, arg) : NULL;
      if (entry == NULL)
        {
          g_strv_builder_add (rest, arg);
          continue;
        }
      /* "--csv FILE": the value goes with its option, whatever it starts
       * with; joined into one word so GOption cannot mistake it either. */
      if (entry->arg != G_OPTION_ARG_NONE && strchr (arg, '=') == NULL && i + 1 < argc &&
          g_str_has_prefix (arg, "--"))
        {
          g_autofree char *joined = g_strconcat (arg, "=", argv[++i], NULL);

          g_strv_builder_add (options, joined);
          continue;
        }
      g_strv_builder_add (options, arg);
      if (entry->arg != G_OPTION_ARG_NONE && strchr (arg, '=') == NULL && i + 1 < argc)
        g_strv_builder_add (options, argv[++i]);
    }

  *positionals = g_strv_builder_end (rest);
  return g_strv_builder_end (options);
}

/**
 * evd_cli_parse_arguments:
 * @spec: the command
 * @argc: the count of @argv
 * @argv: the command's name then its arguments
 * @json: (out): whether --json was given
 * @arguments: (out) (transfer full): the positional arguments
 *
 * Prints the command's help and exits on --help. On a usage error, says
 * what is wrong and prints the help on stderr.
 *
 * Returns: %FALSE on a usage error; the command then exits with 2
 */
static gboolean
parse_arguments (const EvdCliCommandSpec   *spec,
                 int                        argc,
                 char                     **argv,
                 gboolean                  *json,
                 char                    ***arguments,
                 char                     **plan)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree GOptionEntry *entries = NULL;
  g_autofree char *prgname = g_strdup_printf ("eventdesk-cli %s", spec->name);
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) positionals = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  guint n_given;

  g_return_val_if_fail (spec != NULL, FALSE);
  g_return_val_if_fail (argc >= 1, FALSE);

  *json = FALSE;
  *arguments = NULL;

  /* GOption names the program in its "Usage:" line. */
  g_set_prgname (prgname);

  entries = build_entries (spec, json, plan);
  context = g_option_context_new (spec->parameter_string != NULL ? _(spec->parameter_string) : NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(spec->summary));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  args = evd_cli_split_arguments (entries, argc, argv, &positionals);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      print_usage_error (context, spec->name, error->message);
      return FALSE;
    }
  /* Only options went to GOption: what it left is an option it does not
   * take, such as a value given to --json. */
  if (g_strv_length (args) > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Did not expect “%s”."), args[1]);

      print_usage_error (context, spec->name, message);
      return FALSE;
    }
  g_strfreev (args);
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, argv[0]);
  g_strv_builder_addv (builder, (const char **) positionals);
  args = g_strv_builder_end (builder);

  n_given = g_strv_length (args) - 1;
  if (n_given < spec->n_arguments)
    {
      print_usage_error (context, spec->name, _("Something is missing after the command."));
      return FALSE;
    }
  if (n_given > spec->n_arguments)
    {
      g_autofree char *message = g_strdup_printf (_("Did not expect “%s”."), args[spec->n_arguments + 1]);

      print_usage_error (context, spec->name, message);
      return FALSE;
    }
  for (guint i = 1; i <= n_given; i++)
    {
      if (args[i][0] == '\0')
        {
          print_usage_error (context, spec->name, _("An argument is empty."));
          return FALSE;
        }
    }

  if (plan != NULL && *plan != NULL)
    {
      EvdPlan unused;

      if (!evd_plan_from_string (*plan, &unused))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a plan: use pro or business."), *plan);

          print_usage_error (context, spec->name, message);
          return FALSE;
        }
    }

  *arguments = g_strdupv (args + 1);
  return TRUE;
}

gboolean
evd_cli_parse_arguments (const EvdCliCommandSpec   *spec,
                         int                        argc,
                         char                     **argv,
                         gboolean                  *json,
                         char                    ***arguments)
{
  return parse_arguments (spec, argc, argv, json, arguments, NULL);
}



/* --- Messages ----------------------------------------------------------- */

/* Scripts read the last line of stderr: keep every failure on one. */
static char *
one_line (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  g_strdelimit (copy, "\r\n\t", ' ');
  return g_strdup (g_strstrip (copy));
}

/* Zoom's "Validation Failed." says nothing of what to fix; the field it
 * named does. */
static char *
describe_error (const GError *error)
{
  const char *field;

  if (error == NULL)
    return g_strdup (_("Something went wrong."));

  field = error->domain == EVD_API_ERROR ? evd_api_error_get_field (error) : NULL;
  if (field != NULL && strstr (error->message, field) == NULL)
    /* Translators: an error message, then the name of a field in Zoom's request, such as attendance_type */
    return g_strdup_printf (_("%s Zoom pointed at the field “%s”."), error->message, field);
  return g_strdup (error->message);
}

int
evd_cli_fail (const GError *error)
{
  g_autofree char *message = describe_error (error);
  g_autofree char *line = one_line (message);

  fprintf (stderr, "eventdesk-cli: %s\n", line);
  return EVD_CLI_EXIT_FAILURE;
}

int
evd_cli_fail_message (const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = one_line (message);
  fprintf (stderr, "eventdesk-cli: %s\n", line);
  return EVD_CLI_EXIT_FAILURE;
}

void
evd_cli_print (const char *text)
{
  if (text != NULL)
    fputs (text, stdout);
}

/* --- The main loop ------------------------------------------------------ */

EvdCliContext *
evd_cli_context_new (void)
{
  EvdCliContext *self = g_new0 (EvdCliContext, 1);

  self->loop = g_main_loop_new (NULL, FALSE);
  return self;
}

void
evd_cli_context_free (EvdCliContext *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->client);
  g_free (self->plan_option);
  g_clear_object (&self->result);
  g_clear_object (&self->last_result);
  g_main_loop_unref (self->loop);
  g_free (self);
}

void
evd_cli_context_done_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  EvdCliContext *self = user_data;

  g_set_object (&self->result, result);
  g_main_loop_quit (self->loop);
}

/**
 * evd_cli_context_wait:
 *
 * Runs the main loop until the call started with evd_cli_context_done_cb()
 * as its callback finishes.
 *
 * Returns: (transfer none): its result, valid until the next wait
 */
GAsyncResult *
evd_cli_context_wait (EvdCliContext *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  while (self->result == NULL)
    g_main_loop_run (self->loop);

  g_clear_object (&self->last_result);
  self->last_result = g_steal_pointer (&self->result);
  return self->last_result;
}

/**
 * evd_cli_context_fetch_list:
 * @id: the hub or event whose items to list
 *
 * Calls @list_async for @id and waits for @list_finish.
 *
 * Returns: (transfer full): the items, or %NULL with @error set
 */
GListModel *
evd_cli_context_fetch_list (EvdCliContext     *self,
                            EvdClient         *client,
                            const char        *id,
                            EvdCliListAsync    list_async,
                            EvdCliListFinish   list_finish,
                            GError           **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);

  list_async (client, id, NULL, evd_cli_context_done_cb, self);
  return list_finish (client, evd_cli_context_wait (self), error);
}

/* --- Credentials -------------------------------------------------------- */

static GError *
incomplete_environment_error (void)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *names = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (credential_variables); i++)
    {
      const char *value = g_getenv (credential_variables[i]);

      if (value == NULL || *value == '\0')
        g_ptr_array_add (missing, (gpointer) credential_variables[i]);
    }
  g_ptr_array_add (missing, NULL);
  names = g_strjoinv (", ", (char **) missing->pdata);

  return g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                      _("Some Zoom credentials are set in the environment but not all: %s is missing. Set all three, or none to use the ones Event Desk saved."),
                      names);
}

static gboolean
environment_has_some_credentials (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (credential_variables); i++)
    {
      const char *value = g_getenv (credential_variables[i]);

      if (value != NULL && *value != '\0')
        return TRUE;
    }
  return FALSE;
}

static EvdCredentials *
load_from_keyring (EvdCliContext  *self,
                   GError        **error)
{
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(EvdCredentials) credentials = NULL;
  g_autoptr(GError) local_error = NULL;

  /* A script has nobody to answer an unlock prompt. */
  evd_credential_store_load_async (store, FALSE, NULL, evd_cli_context_done_cb, self);
  credentials = evd_credential_store_load_finish (store, evd_cli_context_wait (self), &local_error);

  if (local_error != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("No Zoom credentials: EVENTDESK_ACCOUNT_ID, EVENTDESK_CLIENT_ID and EVENTDESK_CLIENT_SECRET are not set, and the keyring could not be read (%s)."),
                   local_error->message);
      return NULL;
    }
  if (!evd_credentials_is_complete (credentials))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("No Zoom credentials: set EVENTDESK_ACCOUNT_ID, EVENTDESK_CLIENT_ID and EVENTDESK_CLIENT_SECRET, or connect your account in Event Desk, which saves them in the keyring."));
      return NULL;
    }
  return g_steal_pointer (&credentials);
}

/**
 * evd_cli_context_find_credentials:
 *
 * The three EVENTDESK_* variables when they are set, else what the app
 * saved in the keyring.
 *
 * Returns: (transfer full): complete credentials, or %NULL with @error set
 */
EvdCredentials *
evd_cli_context_find_credentials (EvdCliContext  *self,
                                  GError        **error)
{
  EvdCredentials *credentials;

  g_return_val_if_fail (self != NULL, NULL);

  credentials = evd_credentials_new_from_env ();
  if (credentials != NULL)
    return credentials;

  /* Half a set is a mistake in the script: using the keyring instead would
   * quietly talk to another account. */
  if (environment_has_some_credentials ())
    {
      g_propagate_error (error, incomplete_environment_error ());
      return NULL;
    }

  return load_from_keyring (self, error);
}

static const char *
url_from_env (const char *variable,
              const char *fallback)
{
  const char *value = g_getenv (variable);

  return value != NULL && *value != '\0' ? value : fallback;
}

/**
 * evd_cli_context_connect:
 *
 * Returns: (transfer none): a client for the account, or %NULL with
 *   @error set when no credentials were found
 */
EvdClient *
evd_cli_context_connect (EvdCliContext  *self,
                         GError        **error)
{
  g_autoptr(EvdCredentials) credentials = NULL;
  g_autoptr(EvdAuth) auth = NULL;
  EvdPlan plan;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->client != NULL)
    return self->client;

  credentials = evd_cli_context_find_credentials (self, error);
  if (credentials == NULL)
    return NULL;

  auth = evd_auth_new (credentials->account_id,
                       credentials->client_id,
                       credentials->client_secret,
                       url_from_env (EVD_CLI_ENV_OAUTH_URL, EVD_CLI_DEFAULT_OAUTH_URL));
  self->client = evd_client_new (auth, url_from_env (EVD_CLI_ENV_API_URL, EVD_CLI_DEFAULT_API_URL));
  if (!evd_cli_resolve_plan (self->plan_option, &plan, error))
    {
      g_clear_object (&self->client);
      return NULL;
    }
  evd_client_set_plan (self->client, plan);
  g_debug ("Zoom plan: %s, %g LIGHT requests a second", evd_plan_to_string (plan),
           evd_client_get_class_rate (self->client, EVD_RATE_CLASS_LIGHT));
  return self->client;
}

/**
 * evd_cli_context_set_plan_option:
 * @plan: (nullable): the --plan option's value, already checked
 *
 * Overrides EVENTDESK_PLAN and the app's setting for the client that
 * evd_cli_context_connect() makes.
 */
void
evd_cli_context_set_plan_option (EvdCliContext *self,
                                 const char    *plan)
{
  g_return_if_fail (self != NULL);

  g_free (self->plan_option);
  self->plan_option = g_strdup (plan);
}

/* --- The plan ----------------------------------------------------------- */

/* The plan chosen in the app's Preferences, when the app's settings schema
 * is installed; a CLI installed alone (or run from a build tree) has none,
 * and that is not an error. */
static gboolean
plan_from_app_settings (EvdPlan *out_plan)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL)
    return FALSE;
  schema = g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "rate-plan"))
    return FALSE;
  settings = g_settings_new_full (schema, NULL, DEVELOPMENT_BUILD ? "/io/github/eventdesk/EventDesk/Devel/"
                                                                  : "/io/github/eventdesk/EventDesk/");
  *out_plan = g_settings_get_enum (settings, "rate-plan") == EVD_PLAN_BUSINESS ? EVD_PLAN_BUSINESS : EVD_PLAN_PRO;
  return TRUE;
}

/**
 * evd_cli_resolve_plan:
 * @option: (nullable): the --plan option's value
 * @out_plan: (out): the plan
 *
 * In order: --plan, EVENTDESK_PLAN, the plan saved by the app, Pro.
 *
 * Returns: %FALSE with @error set when EVENTDESK_PLAN names no plan
 */
gboolean
evd_cli_resolve_plan (const char  *option,
                      EvdPlan     *out_plan,
                      GError     **error)
{
  const char *variable = g_getenv (EVD_CLI_ENV_PLAN);

  *out_plan = EVD_PLAN_PRO;
  if (option != NULL)
    return evd_plan_from_string (option, out_plan);
  if (variable != NULL && *variable != '\0')
    {
      if (evd_plan_from_string (variable, out_plan))
        return TRUE;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("EVENTDESK_PLAN is “%s”, which is not a plan: set it to pro or business."), variable);
      return FALSE;
    }
  if (!plan_from_app_settings (out_plan))
    *out_plan = EVD_PLAN_PRO;
  return TRUE;
}

/**
 * evd_cli_start:
 * @spec: the command
 * @json: (out): whether --json was given
 * @arguments: (out) (transfer full): the positional arguments
 * @context: (out) (transfer full): the context the command waits with
 * @client: (out) (transfer none): the account's client, owned by @context
 * @status: (out): the exit status when this fails
 *
 * What a command that talks to Zoom does first: read its arguments, then
 * find the credentials and connect. Failures are already printed.
 *
 * Returns: %FALSE when the command must exit with @status
 */
gboolean
evd_cli_start (const EvdCliCommandSpec   *spec,
               int                        argc,
               char                     **argv,
               gboolean                  *json,
               char                    ***arguments,
               EvdCliContext            **context,
               EvdClient                **client,
               int                       *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *plan_option = NULL;

  if (!parse_arguments (spec, argc, argv, json, arguments, &plan_option))
    {
      *status = EVD_CLI_EXIT_USAGE;
      return FALSE;
    }

  *context = evd_cli_context_new ();
  evd_cli_context_set_plan_option (*context, plan_option);
  if ((*client = evd_cli_context_connect (*context, &error)) == NULL)
    {
      *status = evd_cli_fail (error);
      return FALSE;
    }
  return TRUE;
}
