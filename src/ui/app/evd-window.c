/* evd-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-auth.h"
#include "evd-browser.h"
#include "evd-import-resume.h"
#include "evd-insight-cache.h"
#include "evd-client.h"
#include "evd-connect-page.h"
#include "evd-credential-store.h"
#include "evd-new-event-window.h"
#include "evd-sandbox-server.h"
#include "evd-sidebar.h"
#include "evd-ui-util.h"
#include "evd-window.h"

/* The window is a stack of what a person can be doing: waiting for the
 * keyring, being welcomed, connecting an account, reading why the keyring
 * failed, or browsing. Browsing happens on a client made either from the
 * saved account or from the sandbox started in this process. */
struct _EvdWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwToast             *last_toast;
  GtkStack             *main_stack;
  GtkSpinner           *loading_spinner;
  AdwStatusPage        *keyring_page;
  EvdConnectPage       *connect_page;
  AdwBin               *browser_bin;

  GSettings            *settings;
  EvdCredentialStore   *store;
  GCancellable         *cancellable;
  EvdSandboxServer     *sandbox;
  EvdClient            *client;
  char                **select_after_reload;  /* a new event's path */
};

G_DEFINE_FINAL_TYPE (EvdWindow, evd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * evd_window_new:
 * @settings: (nullable): the application's settings; %NULL reads the
 *   same schema
 */
EvdWindow *
evd_window_new (GtkApplication *application,
                GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (EVD_TYPE_WINDOW, "application", application, "settings", settings, NULL);
}

static void
show_page (EvdWindow  *self,
           const char *name)
{
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (name, "loading"));
  gtk_stack_set_visible_child_name (self->main_stack, name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.refresh", g_str_equal (name, "browser"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", g_str_equal (name, "browser"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-event", g_str_equal (name, "browser"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out",
                                 g_str_equal (name, "browser") && self->sandbox == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-sample-data",
                                 g_str_equal (name, "browser") && self->sandbox != NULL);
}

const char *
evd_window_get_visible_page (EvdWindow *self)
{
  g_return_val_if_fail (EVD_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * evd_window_get_browser:
 *
 * Returns: (transfer none) (nullable): the browser, while browsing
 */
GtkWidget *
evd_window_get_browser (EvdWindow *self)
{
  g_return_val_if_fail (EVD_IS_WINDOW (self), NULL);

  return adw_bin_get_child (self->browser_bin);
}

/**
 * evd_window_get_connect_page:
 *
 * Returns: (transfer none): the page that asks for the credentials
 */
GtkWidget *
evd_window_get_connect_page (EvdWindow *self)
{
  g_return_val_if_fail (EVD_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->connect_page);
}

/* Settings ---------------------------------------------------------------- */

static char *
dup_setting_or_null (EvdWindow  *self,
                     const char *key)
{
  g_autofree char *value = NULL;

  if (self->settings == NULL)
    return NULL;
  value = g_settings_get_string (self->settings, key);
  return *value != '\0' ? g_steal_pointer (&value) : NULL;
}

/* The account's Zoom plan sets the client's per-second budget of each rate
 * class (LIGHT 30 or 80 a second, …) and its daily HEAVY budget. The
 * settings' enum has the values of EvdPlan. */
static EvdPlan
plan_from_settings (EvdWindow *self)
{
  if (self->settings != NULL && g_settings_get_enum (self->settings, "rate-plan") == EVD_PLAN_BUSINESS)
    return EVD_PLAN_BUSINESS;
  return EVD_PLAN_PRO;
}

static void
rate_plan_changed_cb (EvdWindow *self)
{
  if (self->client != NULL && self->sandbox == NULL)
    evd_client_set_plan (self->client, plan_from_settings (self));
}

static void
save_selection (EvdWindow *self)
{
  GtkWidget *browser = adw_bin_get_child (self->browser_bin);
  g_auto(GStrv) path = NULL;

  /* Sample data has its own ids; keep the real account's place. */
  if (self->settings == NULL || browser == NULL || self->sandbox != NULL)
    return;

  path = evd_browser_dup_selected_path (EVD_BROWSER (browser));
  if (path != NULL)
    g_settings_set_strv (self->settings, "last-selection", (const char * const *) path);
}

/* Browsing ---------------------------------------------------------------- */

static void
browser_selection_cb (EvdWindow *self)
{
  save_selection (self);
}

static void
show_browser (EvdWindow *self,
              EvdClient *client)
{
  GtkWidget *browser;

  g_set_object (&self->client, client);
  browser = evd_browser_new (client, self->sandbox != NULL);
  g_signal_connect_object (evd_browser_get_sidebar (EVD_BROWSER (browser)), "notify::selected-item",
                           G_CALLBACK (browser_selection_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->browser_bin, browser);

  if (self->settings != NULL && self->sandbox == NULL)
    {
      g_auto(GStrv) path = g_settings_get_strv (self->settings, "last-selection");

      if (path[0] != NULL)
        evd_browser_select_path (EVD_BROWSER (browser), (const char * const *) path);
    }

  gtk_window_set_title (GTK_WINDOW (self), self->sandbox != NULL ? _("Event Desk — Sample Data")
                                                                  : _("Event Desk"));
  show_page (self, "browser");
  evd_import_offer_resume (GTK_WINDOW (self), client, NULL);
}

static EvdClient *
create_client (EvdWindow            *self,
               const EvdCredentials *credentials,
               const char           *api_url,
               const char           *oauth_url)
{
  g_autoptr(EvdAuth) auth = evd_auth_new (credentials->account_id, credentials->client_id,
                                          credentials->client_secret, oauth_url);
  EvdClient *client = evd_client_new (auth, api_url);

  evd_client_set_plan (client, plan_from_settings (self));
  if (self->sandbox != NULL)
    evd_client_set_rate_limit (client, 0);
  return client;
}

static void
close_browser (EvdWindow *self)
{
  GtkWidget *browser = adw_bin_get_child (self->browser_bin);

  /* Tearing the tree down is not a choice the next start should remember. */
  if (browser != NULL)
    g_signal_handlers_disconnect_by_data (evd_browser_get_sidebar (EVD_BROWSER (browser)), self);
  adw_bin_set_child (self->browser_bin, NULL);
  g_clear_object (&self->client);
  if (self->sandbox != NULL)
    {
      evd_sandbox_server_stop (self->sandbox);
      g_clear_object (&self->sandbox);
    }
  gtk_window_set_title (GTK_WINDOW (self), _("Event Desk"));
}

/* Sample data ------------------------------------------------------------- */

/**
 * evd_window_explore_sample_data:
 *
 * Starts the built-in sandbox in this process and browses it.
 */
void
evd_window_explore_sample_data (EvdWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCredentials) credentials = NULL;
  g_autoptr(EvdClient) client = NULL;

  g_return_if_fail (EVD_IS_WINDOW (self));

  close_browser (self);

  self->sandbox = evd_sandbox_server_new ();
  if (!evd_sandbox_server_start (self->sandbox, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The sample data could not be started: %s"),
                                                  error->message);

      g_clear_object (&self->sandbox);
      evd_show_toast (GTK_WIDGET (self->main_stack), message);
      return;
    }

  credentials = evd_credentials_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID,
                                     EVD_SANDBOX_CLIENT_SECRET);
  client = create_client (self, credentials, evd_sandbox_server_get_api_url (self->sandbox),
                          evd_sandbox_server_get_oauth_url (self->sandbox));
  show_browser (self, client);
}

gboolean
evd_window_is_sample_data (EvdWindow *self)
{
  g_return_val_if_fail (EVD_IS_WINDOW (self), FALSE);

  return self->sandbox != NULL;
}

/**
 * evd_window_reset_sample_data:
 *
 * Puts the sample data back as it was and reloads what is shown.
 */
void
evd_window_reset_sample_data (EvdWindow *self)
{
  GtkWidget *browser;

  g_return_if_fail (EVD_IS_WINDOW (self));

  if (self->sandbox == NULL)
    return;

  evd_sandbox_server_reset (self->sandbox);
  browser = adw_bin_get_child (self->browser_bin);
  if (browser != NULL)
    evd_browser_refresh (EVD_BROWSER (browser));
  evd_show_toast (GTK_WIDGET (self->main_stack), _("Sample data reset"));
}

/* The saved account ------------------------------------------------------- */

static void
show_keyring_problem (EvdWindow    *self,
                      const GError *error)
{
  const char *title;

  if (g_error_matches (error, EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_NO_SERVICE))
    title = _("No Keyring Found");
  else if (g_error_matches (error, EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_LOCKED))
    title = _("Your Keyring Is Locked");
  else if (g_error_matches (error, EVD_CREDENTIAL_ERROR, EVD_CREDENTIAL_ERROR_DISMISSED))
    title = _("The Keyring Was Not Unlocked");
  else
    title = _("Your Saved Account Could Not Be Opened");

  adw_status_page_set_title (self->keyring_page, title);
  adw_status_page_set_description (self->keyring_page, error->message);
  show_page (self, "keyring");
}

static void
load_credentials_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(EvdWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdCredentials) credentials = NULL;
  g_autoptr(EvdClient) client = NULL;
  g_autofree char *api_url = NULL;
  g_autofree char *oauth_url = NULL;

  credentials = evd_credential_store_load_finish (EVD_CREDENTIAL_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      show_keyring_problem (self, error);
      return;
    }

  if (credentials == NULL)
    {
      show_page (self, "welcome");
      return;
    }

  api_url = dup_setting_or_null (self, "api-url");
  oauth_url = dup_setting_or_null (self, "oauth-url");
  client = create_client (self, credentials, api_url, oauth_url);
  show_browser (self, client);
}

/**
 * evd_window_open_saved_account:
 *
 * Looks in the keyring for the saved account and browses it, or welcomes
 * the person when there is none. The keyring may ask to be unlocked.
 */
void
evd_window_open_saved_account (EvdWindow *self)
{
  g_return_if_fail (EVD_IS_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  show_page (self, "loading");
  evd_credential_store_load_async (self->store, TRUE, self->cancellable, load_credentials_cb,
                                   g_object_ref (self));
}

/* Connecting -------------------------------------------------------------- */

typedef struct
{
  EvdWindow *self;
  EvdClient *client;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->client);
  g_free (data);
}

static void
save_credentials_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  SaveData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (!evd_credential_store_save_finish (EVD_CREDENTIAL_STORE (object), result, &error))
    {
      g_autofree char *message = NULL;

      /* Connected all the same: browse now, and say what next time needs. */
      message = g_strdup_printf (_("Connected, but the credentials could not be saved, so you will "
                                   "need to enter them again next time. %s"), error->message);
      show_browser (data->self, data->client);
      evd_show_toast (GTK_WIDGET (data->self->main_stack), message);
    }
  else
    {
      show_browser (data->self, data->client);
      evd_show_toast (GTK_WIDGET (data->self->main_stack), _("Connected to Zoom"));
    }

  evd_connect_page_reset (data->self->connect_page);
  save_data_free (data);
}

static void
connect_page_connected_cb (EvdWindow      *self,
                           EvdCredentials *credentials,
                           EvdClient      *client)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->self = g_object_ref (self);
  data->client = g_object_ref (client);
  evd_client_set_plan (client, plan_from_settings (self));
  evd_credential_store_save_async (self->store, credentials, NULL, save_credentials_cb, data);
}

static void
connect_page_back_cb (EvdWindow *self)
{
  evd_connect_page_reset (self->connect_page);
  show_page (self, "welcome");
}

/* Actions ----------------------------------------------------------------- */

static void
connect_account_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EvdWindow *self = EVD_WINDOW (widget);
  g_autofree char *api_url = dup_setting_or_null (self, "api-url");
  g_autofree char *oauth_url = dup_setting_or_null (self, "oauth-url");

  /* From the sample data, connecting a real account leaves the sample. */
  if (self->sandbox != NULL)
    close_browser (self);

  evd_connect_page_set_urls (self->connect_page, api_url, oauth_url);
  show_page (self, "connect");
}

static void
explore_sample_data_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  evd_window_explore_sample_data (EVD_WINDOW (widget));
}

static void
leave_sample_data_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  EvdWindow *self = EVD_WINDOW (widget);

  close_browser (self);
  show_page (self, "welcome");
}

static void
retry_keyring_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  evd_window_open_saved_account (EVD_WINDOW (widget));
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EvdWindow *self = EVD_WINDOW (widget);
  GtkWidget *browser = adw_bin_get_child (self->browser_bin);

  if (browser != NULL)
    evd_browser_refresh (EVD_BROWSER (browser));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EvdWindow *self = EVD_WINDOW (widget);
  GtkWidget *browser = adw_bin_get_child (self->browser_bin);

  if (browser != NULL)
    evd_browser_focus_search (EVD_BROWSER (browser));
}

/* The sidebar forgets a path it is asked for while its hubs reload, and
 * reports the load done just before it lists them: the new event is
 * selected once the hubs are listed. */
static gboolean
select_new_event_idle (gpointer data)
{
  EvdWindow *self = data;
  GtkWidget *browser = adw_bin_get_child (self->browser_bin);

  if (browser != NULL && self->select_after_reload != NULL)
    evd_browser_select_path (EVD_BROWSER (browser), (const char * const *) self->select_after_reload);
  g_clear_pointer (&self->select_after_reload, g_strfreev);
  return G_SOURCE_REMOVE;
}

static void
select_after_reload_cb (EvdSidebar *sidebar,
                        GParamSpec *pspec,
                        EvdWindow  *self)
{
  if (evd_sidebar_is_loading (sidebar))
    return;

  g_signal_handlers_disconnect_by_func (sidebar, select_after_reload_cb, self);
  g_idle_add_full (G_PRIORITY_DEFAULT, select_new_event_idle, g_object_ref (self), g_object_unref);
}

/* The sidebar reloads, the new event is selected, and a toast confirms. */
static void
event_created_cb (EvdNewEventWindow *dialog,
                  EvdEvent          *event,
                  EvdWindow         *self)
{
  GtkWidget *browser = adw_bin_get_child (self->browser_bin);
  const char *path[] = { evd_event_get_hub_id (event), evd_event_get_event_id (event), NULL };
  g_autofree char *toast = NULL;
  GtkWidget *sidebar;

  if (browser == NULL)
    return;

  sidebar = evd_browser_get_sidebar (EVD_BROWSER (browser));
  g_strfreev (self->select_after_reload);
  self->select_after_reload = g_strdupv ((char **) path);
  g_signal_handlers_disconnect_by_func (sidebar, select_after_reload_cb, self);
  g_signal_connect_object (sidebar, "notify::loading", G_CALLBACK (select_after_reload_cb), self, 0);
  evd_browser_refresh (EVD_BROWSER (browser));
  if (evd_event_get_event_type (event) == EVD_EVENT_TYPE_CONFERENCE)
    {
      const char *sessions_path[] = { evd_event_get_hub_id (event), evd_event_get_event_id (event), "sessions",
                                      NULL };
      AdwToast *nudge;

      /* A multi-session event is empty until it has sessions: say what
       * comes next, with the way there. */
      /* Translators: %s is the new event's name */
      toast = g_strdup_printf (_("“%s” was created as a draft. Next, add its sessions."),
                               evd_event_get_name (event));
      nudge = adw_toast_new (toast);
      adw_toast_set_button_label (nudge, _("Add _Sessions"));
      adw_toast_set_action_name (nudge, "win.select-path");
      adw_toast_set_action_target_value (nudge, g_variant_new_strv (sessions_path, -1));
      adw_toast_set_timeout (nudge, 0);
      g_set_object (&self->last_toast, nudge);
      adw_toast_overlay_add_toast (self->toast_overlay, nudge);
      return;
    }

  /* Translators: %s is the new event's name */
  toast = g_strdup_printf (_("“%s” was created as a draft"), evd_event_get_name (event));
  evd_show_toast (browser, toast);
}

static void
select_path_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EvdWindow *self = EVD_WINDOW (widget);
  GtkWidget *browser = adw_bin_get_child (self->browser_bin);
  g_autofree const char **path = g_variant_get_strv (parameter, NULL);

  if (browser != NULL)
    evd_browser_select_path (EVD_BROWSER (browser), path);
}

/**
 * evd_window_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the last toast with a button
 */
AdwToast *
evd_window_get_last_toast (EvdWindow *self)
{
  g_return_val_if_fail (EVD_IS_WINDOW (self), NULL);

  return self->last_toast;
}

static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EvdWindow *self = EVD_WINDOW (widget);
  GtkWidget *browser = adw_bin_get_child (self->browser_bin);
  g_auto(GStrv) path = NULL;
  GtkWidget *dialog;

  if (browser == NULL)
    return;

  path = evd_browser_dup_selected_path (EVD_BROWSER (browser));
  dialog = evd_new_event_window_new (GTK_WINDOW (self), evd_browser_get_client (EVD_BROWSER (browser)),
                                     path != NULL ? path[0] : NULL);
  g_signal_connect_object (dialog, "created", G_CALLBACK (event_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_credentials_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(EvdWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!evd_credential_store_clear_finish (EVD_CREDENTIAL_STORE (object), result, &error))
    {
      show_keyring_problem (self, error);
      return;
    }

  if (self->settings != NULL)
    g_settings_reset (self->settings, "last-selection");
  /* The reports kept for the event summaries name attendees: they go too. */
  evd_insight_cache_forget_all_async (NULL, NULL, NULL);
  close_browser (self);
  show_page (self, "welcome");
  evd_show_toast (GTK_WIDGET (self->main_stack), _("Signed out. The credentials are forgotten."));
}

static void
sign_out_response_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(EvdWindow) self = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  if (g_strcmp0 (response, "sign-out") != 0)
    return;

  evd_credential_store_clear_async (self->store, NULL, clear_credentials_cb, g_object_ref (self));
}

static void
sign_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EvdWindow *self = EVD_WINDOW (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Sign Out?"),
    _("Event Desk will forget this Zoom account’s credentials on this computer. Your events and "
      "registrations stay in Zoom. To connect again you will need the Account ID, Client ID and "
      "Client Secret.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "sign-out", _("_Sign Out"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "sign-out", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, sign_out_response_cb, g_object_ref (self));
}

/* Window state ------------------------------------------------------------ */

/* Window size and state live in GSettings; the window is only bound once it
 * belongs to the application, since a bare template instance has no settings. */
static void
bind_window_state (EvdWindow *self)
{
  /* A window made without the application's settings (the tests make
   * them) reads the same schema, so it behaves the same. */
  if (self->settings == NULL)
    self->settings = evd_settings_new ();

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::rate-plan",
                           G_CALLBACK (rate_plan_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
evd_window_constructed (GObject *object)
{
  EvdWindow *self = EVD_WINDOW (object);

  G_OBJECT_CLASS (evd_window_parent_class)->constructed (object);

  bind_window_state (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
evd_window_dispose (GObject *object)
{
  EvdWindow *self = EVD_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  close_browser (self);
  g_clear_object (&self->last_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_WINDOW);

  G_OBJECT_CLASS (evd_window_parent_class)->dispose (object);
}

static void
evd_window_finalize (GObject *object)
{
  EvdWindow *self = EVD_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->select_after_reload, g_strfreev);

  G_OBJECT_CLASS (evd_window_parent_class)->finalize (object);
}

static void
evd_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EvdWindow *self = EVD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_window_class_init (EvdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_window_constructed;
  object_class->set_property = evd_window_set_property;
  object_class->dispose = evd_window_dispose;
  object_class->finalize = evd_window_finalize;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/app/evd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, keyring_page);
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, connect_page);
  gtk_widget_class_bind_template_child (widget_class, EvdWindow, browser_bin);
  gtk_widget_class_bind_template_callback (widget_class, connect_page_connected_cb);
  gtk_widget_class_bind_template_callback (widget_class, connect_page_back_cb);

  gtk_widget_class_install_action (widget_class, "win.connect-account", NULL, connect_account_action);
  gtk_widget_class_install_action (widget_class, "win.select-path", "as", select_path_action);
  gtk_widget_class_install_action (widget_class, "win.explore-sample-data", NULL, explore_sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.leave-sample-data", NULL, leave_sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.retry-keyring", NULL, retry_keyring_action);
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.new-event", NULL, new_event_action);
  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

static void
evd_window_init (EvdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  evd_quiet_menu_tooltips (GTK_WIDGET (self));

  self->store = evd_credential_store_new ();
  show_page (self, "welcome");
}
