/* evd-connect-page.c: ask for the app's credentials and check them for real
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-connect-page"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-ui-util.h"

#include "evd-api-error.h"
#include "evd-auth.h"
#include "evd-connect-page.h"
#include "evd-scopes.h"

struct _EvdConnectPage
{
  GtkWidget      parent_instance;

  AdwEntryRow   *account_row;
  AdwEntryRow   *client_row;
  AdwEntryRow   *secret_row;
  GtkLabel      *problem_label;
  GtkButton     *connect_button;
  GtkLabel      *connect_label;
  GtkSpinner    *spinner;
  GtkBox        *scopes_box;
  AdwExpanderRow *scopes_row;
  GtkLabel      *request_label;

  char          *api_url;
  char          *oauth_url;
  double         rate_limit;
  GCancellable  *cancellable;
  EvdClient     *client;
};

G_DEFINE_FINAL_TYPE (EvdConnectPage, evd_connect_page, GTK_TYPE_WIDGET)

enum {
  CONNECTED,
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
evd_connect_page_new (void)
{
  return g_object_new (EVD_TYPE_CONNECT_PAGE, NULL);
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
has_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (row_text (row)));

  return *text != '\0';
}

static void
clear_problem (EvdConnectPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->account_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->client_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->secret_row), "error");
}

/* Shows @message under the form and marks the rows it is about, so the
 * person sees which field to correct. */
static void
show_problem (EvdConnectPage *self,
              const char     *message,
              AdwEntryRow    *first_row,
              AdwEntryRow    *second_row)
{
  clear_problem (self);
  gtk_label_set_text (self->problem_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);

  if (first_row != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (first_row), "error");
  if (second_row != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (second_row), "error");

  gtk_widget_grab_focus (GTK_WIDGET (first_row != NULL ? first_row : self->account_row));
}

static void
set_busy (EvdConnectPage *self,
          gboolean        busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_label_set_text_with_mnemonic (self->connect_label, busy ? _("Checking…") : _("_Connect"));
  /* The rows stay sensitive: making a focused field insensitive throws the
   * keyboard focus away. The check uses the values it started with. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connect.connect",
                                 !busy && has_text (self->account_row) &&
                                 has_text (self->client_row) && has_text (self->secret_row));
}

static void
show_missing_scopes (EvdConnectPage *self,
                     const GError   *error)
{
  const char * const *scopes = evd_api_error_get_scopes (error);
  g_autofree char *list = evd_scopes_describe (scopes);
  g_autofree char *message = NULL;

  if (*list != '\0')
    /* Translators: %s names Zoom permissions, each as “what it allows” (its ID) */
    message = g_strdup_printf (_("The Zoom app is missing these scopes: %s. Add them on the app’s "
                                 "“Scopes” page in Zoom’s App Marketplace (step 2 above), then "
                                 "connect again."), list);
  else
    message = g_strdup (_("The Zoom app is missing scopes Event Desk needs. Add the scopes in "
                          "step 2 above on the app’s “Scopes” page, then connect again."));

  show_problem (self, message, NULL, NULL);
  /* The list to copy from is the next thing the person needs. */
  adw_expander_row_set_expanded (self->scopes_row, TRUE);
}

/* Says which field is wrong, in the words of the guide below the form. */
static void
show_connect_error (EvdConnectPage *self,
                    const GError   *error)
{
  if (error->domain != EVD_API_ERROR)
    {
      show_problem (self, error->message, NULL, NULL);
      return;
    }

  switch (error->code)
    {
    case EVD_API_ERROR_INVALID_CREDENTIALS:
    case EVD_API_ERROR_OAUTH_INVALID_CLIENT:
    case EVD_API_ERROR_OAUTH_INVALID_CLIENT_4704:
    case EVD_API_ERROR_OAUTH_MISSING_CLIENT:
      show_problem (self,
                    _("Zoom did not accept this Client ID and Client Secret. Copy both again from "
                      "the app’s “App Credentials” page; the secret is easy to cut short."),
                    self->secret_row, self->client_row);
      break;

    case EVD_API_ERROR_INVALID_ACCOUNT:
      show_problem (self,
                    _("Zoom did not accept this Account ID. Copy it again from the app’s “App "
                      "Credentials” page."),
                    self->account_row, NULL);
      break;

    case EVD_API_ERROR_OAUTH_APP_DISABLED:
      show_problem (self,
                    _("This Zoom app is deactivated. Open it in Zoom’s App Marketplace, choose "
                      "“Activation” and activate it, then connect again."),
                    NULL, NULL);
      break;

    case EVD_API_ERROR_MISSING_SCOPES:
    case EVD_API_ERROR_SCOPES_MISSING_4700:
    case EVD_API_ERROR_OAUTH_SCOPE_MISMATCH:
      show_missing_scopes (self, error);
      break;

    case EVD_API_ERROR_NETWORK:
      show_problem (self,
                    _("Zoom could not be reached. Check that this computer is online, then try "
                      "again."),
                    NULL, NULL);
      break;

    default:
      show_problem (self, error->message, NULL, NULL);
      break;
    }
}

static void
list_hubs_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(EvdConnectPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autoptr(EvdCredentials) credentials = NULL;

  hubs = evd_client_list_hubs_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (hubs == NULL)
    {
      show_connect_error (self, error);
      return;
    }

  if (g_list_model_get_n_items (hubs) == 0)
    {
      show_problem (self,
                    _("Signing in worked, but this account has no Zoom Events hubs. Managing "
                      "events needs a Webinars Plus or Events license, and your user needs to be a "
                      "host of at least one hub. Ask your Zoom administrator, then connect again."),
                    NULL, NULL);
      return;
    }

  credentials = evd_credentials_new (row_text (self->account_row), row_text (self->client_row),
                                     row_text (self->secret_row));
  g_signal_emit (self, signals[CONNECTED], 0, credentials, self->client);
}

/* Connecting checks the credentials for real: a token, then the hubs, which
 * also shows whether the app has its scopes and the account a license. */
static void
connect_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EvdConnectPage *self = EVD_CONNECT_PAGE (widget);
  g_autoptr(EvdCredentials) credentials = NULL;
  g_autoptr(EvdAuth) auth = NULL;
  g_autoptr(GError) error = NULL;

  credentials = evd_credentials_new (row_text (self->account_row), row_text (self->client_row),
                                     row_text (self->secret_row));
  if (!evd_credentials_is_complete (credentials))
    return;

  clear_problem (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  self->cancellable = g_cancellable_new ();

  auth = evd_auth_new (credentials->account_id, credentials->client_id,
                       credentials->client_secret, self->oauth_url);
  self->client = evd_client_new (auth, self->api_url);
  if (self->rate_limit > 0)
    evd_client_set_rate_limit (self->client, self->rate_limit);

  set_busy (self, TRUE);
  evd_client_list_hubs_async (self->client, self->cancellable, list_hubs_cb, g_object_ref (self));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EvdConnectPage *self = EVD_CONNECT_PAGE (widget);

  g_cancellable_cancel (self->cancellable);
  set_busy (self, FALSE);
  g_signal_emit (self, signals[BACK], 0);
}

static void
copy_request_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autofree char *text = evd_scopes_admin_request ();

  evd_copy_to_clipboard (widget, text, _("Request copied"));
}

/* The scopes as Zoom's "Add Scopes" screen groups them: a heading per
 * group, then what each allows in words and, in grey, the ID to type into
 * that screen's search box. Built from the core's table, so the guide, the
 * request for an admin and the "missing scope" message never disagree. */
static void
fill_scopes (EvdConnectPage *self)
{
  const EvdScopeInfo *info;
  const char *group = NULL;
  guint n_scopes;

  info = evd_scopes_get_info (&n_scopes);
  for (guint i = 0; i < n_scopes; i++)
    {
      GtkWidget *label;
      g_autofree char *markup = NULL;

      if (g_strcmp0 (group, info[i].group) != 0)
        {
          group = info[i].group;
          label = gtk_label_new (evd_scope_info_get_group (&info[i]));
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "heading");
          if (i > 0)
            gtk_widget_set_margin_top (label, 6);
          gtk_box_append (self->scopes_box, label);
        }

      markup = g_markup_printf_escaped ("%s\n<span size=\"small\" font_family=\"monospace\" alpha=\"65%%\">%s</span>",
                                        _(info[i].allows), info[i].id);
      label = gtk_label_new (NULL);
      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 12);
      gtk_box_append (self->scopes_box, label);
    }
}

static void
entry_changed_cb (EvdConnectPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connect.connect",
                                 has_text (self->account_row) && has_text (self->client_row) &&
                                 has_text (self->secret_row));
}

static void
entry_activated_cb (EvdConnectPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "connect.connect", NULL);
}

/**
 * evd_connect_page_set_urls:
 *
 * Where to connect; %NULL for Zoom's own addresses (or the environment's).
 */
void
evd_connect_page_set_urls (EvdConnectPage *self,
                           const char     *api_url,
                           const char     *oauth_url)
{
  g_return_if_fail (EVD_IS_CONNECT_PAGE (self));

  g_free (self->api_url);
  self->api_url = g_strdup (api_url);
  g_free (self->oauth_url);
  self->oauth_url = g_strdup (oauth_url);
}

void
evd_connect_page_set_rate_limit (EvdConnectPage *self,
                                 double          per_second)
{
  g_return_if_fail (EVD_IS_CONNECT_PAGE (self));

  self->rate_limit = per_second;
}

/**
 * evd_connect_page_reset:
 *
 * Empties the form, so a secret typed earlier is not left on screen.
 */
void
evd_connect_page_reset (EvdConnectPage *self)
{
  g_return_if_fail (EVD_IS_CONNECT_PAGE (self));

  g_cancellable_cancel (self->cancellable);
  set_busy (self, FALSE);
  clear_problem (self);
  gtk_editable_set_text (GTK_EDITABLE (self->account_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->client_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->secret_row), "");
}

void
evd_connect_page_fill (EvdConnectPage *self,
                       const char     *account_id,
                       const char     *client_id,
                       const char     *client_secret)
{
  g_return_if_fail (EVD_IS_CONNECT_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->account_row), account_id ? account_id : "");
  gtk_editable_set_text (GTK_EDITABLE (self->client_row), client_id ? client_id : "");
  gtk_editable_set_text (GTK_EDITABLE (self->secret_row), client_secret ? client_secret : "");
}

/**
 * evd_connect_page_get_problem:
 *
 * Returns: (nullable): the problem shown under the form, if any
 */
const char *
evd_connect_page_get_problem (EvdConnectPage *self)
{
  g_return_val_if_fail (EVD_IS_CONNECT_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->problem_label)))
    return NULL;
  return gtk_label_get_text (self->problem_label);
}

/**
 * evd_connect_page_field_has_problem:
 * @field: "account", "client" or "secret"
 *
 * Returns: whether that field is marked as the one to correct
 */
gboolean
evd_connect_page_field_has_problem (EvdConnectPage *self,
                                    const char     *field)
{
  AdwEntryRow *row;

  g_return_val_if_fail (EVD_IS_CONNECT_PAGE (self), FALSE);

  if (g_strcmp0 (field, "account") == 0)
    row = self->account_row;
  else if (g_strcmp0 (field, "client") == 0)
    row = self->client_row;
  else
    row = self->secret_row;
  return gtk_widget_has_css_class (GTK_WIDGET (row), "error");
}

gboolean
evd_connect_page_is_busy (EvdConnectPage *self)
{
  g_return_val_if_fail (EVD_IS_CONNECT_PAGE (self), FALSE);

  return gtk_spinner_get_spinning (self->spinner);
}

static void
evd_connect_page_dispose (GObject *object)
{
  EvdConnectPage *self = EVD_CONNECT_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_CONNECT_PAGE);
  evd_widget_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (evd_connect_page_parent_class)->dispose (object);
}

static void
evd_connect_page_finalize (GObject *object)
{
  EvdConnectPage *self = EVD_CONNECT_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_pointer (&self->api_url, g_free);
  g_clear_pointer (&self->oauth_url, g_free);

  G_OBJECT_CLASS (evd_connect_page_parent_class)->finalize (object);
}

static void
evd_connect_page_class_init (EvdConnectPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_connect_page_dispose;
  object_class->finalize = evd_connect_page_finalize;

  /**
   * EvdConnectPage::connected:
   * @credentials: the credentials that worked
   * @client: a client signed in with them
   */
  signals[CONNECTED] = g_signal_new ("connected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                     EVD_TYPE_CREDENTIALS, EVD_TYPE_CLIENT);
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/app/evd-connect-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, account_row);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, client_row);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, secret_row);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, connect_button);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, connect_label);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, scopes_box);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, scopes_row);
  gtk_widget_class_bind_template_child (widget_class, EvdConnectPage, request_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "connect.connect", NULL, connect_action);
  gtk_widget_class_install_action (widget_class, "connect.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "connect.copy-request", NULL, copy_request_action);
}

/* libadwaita 1.2's password row has an icon-only "show" button with no
 * accessible name; a screen reader would read it as an image. */
static void
name_password_peek_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show or Hide the Secret"),
                                        -1);
      name_password_peek_button (child);
    }
}

static void
evd_connect_page_init (EvdConnectPage *self)
{
  g_autofree char *request = evd_scopes_admin_request ();

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_scopes (self);
  gtk_label_set_text (self->request_label, request);
  name_password_peek_button (GTK_WIDGET (self->secret_row));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connect.connect", FALSE);
}
