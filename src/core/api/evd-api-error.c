/* evd-api-error.c: the EVD_API_ERROR domain and its plain-language messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-api-error"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-api-error.h"
#include "evd-model-error.h"

/* An extended GError keeps what a message alone cannot: the HTTP status,
 * Zoom's own wording, the scopes a token lacks, when a daily limit resets and
 * which form field a refusal is about. */
typedef struct
{
  guint   http_status;
  char   *zoom_message;
  char  **scopes;
  gint64  retry_at;
  char   *field;
} EvdApiErrorPrivate;

static void
evd_api_error_private_init (EvdApiErrorPrivate *priv)
{
  priv->retry_at = 0;
}

static void
evd_api_error_private_copy (const EvdApiErrorPrivate *src,
                            EvdApiErrorPrivate       *dest)
{
  dest->http_status = src->http_status;
  dest->zoom_message = g_strdup (src->zoom_message);
  dest->scopes = g_strdupv (src->scopes);
  dest->retry_at = src->retry_at;
  dest->field = g_strdup (src->field);
}

static void
evd_api_error_private_clear (EvdApiErrorPrivate *priv)
{
  g_clear_pointer (&priv->zoom_message, g_free);
  g_clear_pointer (&priv->scopes, g_strfreev);
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (EvdApiError, evd_api_error)

typedef struct
{
  int         code;
  const char *message;
} CodeMessage;

/* Every code Zoom documents for the Events API, said the way an organizer
 * would need to hear it: what happened and what to do. */
static const CodeMessage messages[] = {
  { EVD_API_ERROR_MISSING_SCOPES, N_("The Zoom app is missing a permission (scope) this needs. Add the scopes Event Desk lists to the app in Zoom’s App Marketplace, then connect again.") },
  { EVD_API_ERROR_TOKEN_INVALID, N_("Zoom no longer accepts the sign-in. Event Desk will sign in again; if this keeps happening, check the app’s credentials.") },
  { EVD_API_ERROR_RATE_LIMITED, N_("Zoom is receiving too many requests from this account right now. Wait a moment and try again.") },
  { EVD_API_ERROR_SCOPES_MISSING_4700, N_("The Zoom app is missing a permission (scope) this needs. Add the scopes Event Desk lists to the app in Zoom’s App Marketplace, then connect again.") },
  { EVD_API_ERROR_OAUTH_INVALID_CLIENT, N_("Zoom did not accept the Client ID or Client Secret. Copy both again from the app’s page in Zoom’s App Marketplace.") },
  { EVD_API_ERROR_OAUTH_INVALID_CLIENT_4704, N_("Zoom did not accept the Client ID or Client Secret. Copy both again from the app’s page in Zoom’s App Marketplace.") },
  { EVD_API_ERROR_OAUTH_UNSUPPORTED_GRANT, N_("Zoom refused the kind of sign-in. Make sure the app is a Server-to-Server OAuth app.") },
  { EVD_API_ERROR_OAUTH_MISSING_CLIENT, N_("The Client ID is missing. Copy it from the app’s page in Zoom’s App Marketplace.") },
  { EVD_API_ERROR_OAUTH_SCOPE_MISMATCH, N_("The Zoom app’s permissions (scopes) do not match what was asked for. Check the scopes in Zoom’s App Marketplace.") },
  { EVD_API_ERROR_OAUTH_APP_DISABLED, N_("The Zoom app is deactivated. Activate it on its page in Zoom’s App Marketplace, then connect again.") },
  { EVD_API_ERROR_INVALID_EVENT_ID, N_("Zoom did not accept this event: it may not exist any more, or its text was refused by Zoom’s content checks.") },
  { EVD_API_ERROR_DUPLICATE_NAME_OR_START, N_("The copy needs a valid name and start time.") },
  { EVD_API_ERROR_DUPLICATE_TIMEZONE, N_("The copy needs a valid time zone, or a speaker’s email address is already in use.") },
  { EVD_API_ERROR_ONE_PERSON_MANY_ROLES, N_("The same person cannot have several roles in one event.") },
  { EVD_API_ERROR_NOT_FOR_EVENT_TYPE, N_("This is not available for this type of event.") },
  { EVD_API_ERROR_INVALID_EXHIBITOR, N_("Zoom does not know this exhibitor.") },
  { EVD_API_ERROR_TICKET_NOT_UPDATABLE, N_("This registration can no longer be changed.") },
  { EVD_API_ERROR_HUB_NOT_FOUND, N_("This hub no longer exists, or this account cannot see it.") },
  { EVD_API_ERROR_EVENT_NOT_FOUND, N_("This event no longer exists. It may have been deleted in Zoom.") },
  { EVD_API_ERROR_SESSION_NOT_FOUND, N_("This session no longer exists. It may have been deleted in Zoom.") },
  { EVD_API_ERROR_SPEAKER_NOT_FOUND, N_("This speaker no longer exists.") },
  { EVD_API_ERROR_EXHIBITOR_NOT_FOUND, N_("This exhibitor no longer exists.") },
  { EVD_API_ERROR_NO_STOCK, N_("There are no tickets left of this ticket type, or the ticket type does not exist.") },
  { EVD_API_ERROR_SPEAKER_CAPACITY, N_("This event already has as many speakers as it can take.") },
  { EVD_API_ERROR_NOT_A_HOST, N_("Only a host of this event can do this.") },
  { EVD_API_ERROR_CHAT_NOT_READY, N_("The chat transcript is not ready yet. Try again later.") },
  { EVD_API_ERROR_HUB_PERMISSION, N_("This account may not create events in this hub. Ask the hub’s owner to make you a host, and make sure the Zoom app has the “zoom_events:write:event:admin” scope; then connect again.") },
  { EVD_API_ERROR_SCHEDULE_TOO_LONG, N_("An event can span at most 6 days. Shorten the schedule.") },
  { EVD_API_ERROR_END_BEFORE_START, N_("The end time must be after the start time.") },
  { EVD_API_ERROR_CALENDAR_INCOMPLETE, N_("Every day of the schedule needs a start and an end time.") },
  { EVD_API_ERROR_SESSIONS_OVERLAP, N_("Sessions overlap, or there are too many sessions on one day.") },
  /* Zoom documents these only as ranges about live streams, session
   * reservations, on-demand videos and access links, which Event Desk does
   * not manage; a plain sentence still beats a number. */
  { EVD_API_ERROR_LIVESTREAM_26303, N_("Zoom could not set up the live stream of this session. Check its live stream settings in Zoom.") },
  { EVD_API_ERROR_LIVESTREAM_26304, N_("Zoom could not set up the live stream of this session. Check its live stream settings in Zoom.") },
  { EVD_API_ERROR_LIVESTREAM_26305, N_("Zoom could not set up the live stream of this session. Check its live stream settings in Zoom.") },
  { EVD_API_ERROR_RESERVATION_26306, N_("Zoom refused the session reservation. The session may be full, or reservations may be closed.") },
  { EVD_API_ERROR_RESERVATION_26307, N_("Zoom refused the session reservation. The session may be full, or reservations may be closed.") },
  { EVD_API_ERROR_RESERVATION_26308, N_("Zoom refused the session reservation. The session may be full, or reservations may be closed.") },
  { EVD_API_ERROR_RESERVATION_26309, N_("Zoom refused the session reservation. The session may be full, or reservations may be closed.") },
  { EVD_API_ERROR_RESERVATION_26310, N_("Zoom refused the session reservation. The session may be full, or reservations may be closed.") },
  { EVD_API_ERROR_RESERVATION_26311, N_("Zoom refused the session reservation. The session may be full, or reservations may be closed.") },
  { EVD_API_ERROR_VIDEO_261101, N_("Zoom refused the change to this on-demand video or its channel.") },
  { EVD_API_ERROR_VIDEO_261102, N_("Zoom refused the change to this on-demand video or its channel.") },
  { EVD_API_ERROR_VIDEO_261103, N_("Zoom refused the change to this on-demand video or its channel.") },
  { EVD_API_ERROR_VIDEO_261104, N_("Zoom refused the change to this on-demand video or its channel.") },
  { EVD_API_ERROR_ACCESS_LINK_261201, N_("Zoom refused the change to this event’s access link.") },
  { EVD_API_ERROR_ACCESS_LINK_261202, N_("Zoom refused the change to this event’s access link.") },
  { EVD_API_ERROR_ACCESS_LINK_261203, N_("Zoom refused the change to this event’s access link.") },
  { EVD_API_ERROR_SALE_DATES_INVALID, N_("The ticket sale dates are not valid: sales must end after they start.") },
  { EVD_API_ERROR_INVALID_SESSION_IDS, N_("One of the chosen sessions does not exist.") },
  { EVD_API_ERROR_EVENT_NOT_PUBLISHED, N_("The event is not published yet. Publish the event before adding attendees.") },
  { EVD_API_ERROR_INVALID_TICKET_TYPE, N_("This ticket type does not exist for this event.") },
  { EVD_API_ERROR_TICKET_NOT_FOUND, N_("This registration no longer exists.") },
  { EVD_API_ERROR_HUB_ACCESS_DENIED, N_("This account has no access to this hub. Ask the hub’s owner to make you a host.") },
  { EVD_API_ERROR_EVENT_ACCESS_DENIED, N_("This account has no access to this event. Ask the event’s host to add you.") },
  { EVD_API_ERROR_HUB_NOT_FOR_CONFERENCE, N_("This hub cannot hold multi-session events. Choose another hub.") },
  { EVD_API_ERROR_EVENT_NOT_EDITABLE, N_("This event cannot be changed any more.") },
  { EVD_API_ERROR_EVENT_PAST_OR_CANCELLED, N_("Past and cancelled events cannot be changed.") },
  { EVD_API_ERROR_NON_CONFIGURED_FIELDS, N_("Some details are not asked for on this event’s registration form. Leave them out, or add them to the form in Zoom.") },
  { EVD_API_ERROR_MISSING_REQUIRED_FIELDS, N_("This event’s registration form requires details that are missing.") },
  { EVD_API_ERROR_CUSTOM_REPORT_NOT_FOUND, N_("This report does not exist.") },
  { EVD_API_ERROR_NETWORK, N_("Zoom could not be reached. Check the internet connection and try again.") },
  { EVD_API_ERROR_INVALID_RESPONSE, N_("Zoom sent an answer Event Desk could not read. Try again in a moment.") },
  { EVD_API_ERROR_INVALID_CREDENTIALS, N_("Zoom did not accept the Client ID or Client Secret. Copy both again from the app’s page in Zoom’s App Marketplace.") },
  { EVD_API_ERROR_INVALID_ACCOUNT, N_("Zoom did not accept the Account ID. Copy it again from the app’s page in Zoom’s App Marketplace.") },
  { EVD_API_ERROR_DAILY_LIMIT, N_("This account has used all of today’s requests to Zoom. Requests are allowed again after the daily reset.") },
  { EVD_API_ERROR_INSECURE_URL, N_("Event Desk only talks to Zoom over a secure (https) connection.") },
  { EVD_API_ERROR_OUTCOME_UNKNOWN, N_("The connection dropped before Zoom answered, so it is not known whether this was done.") },
  { EVD_API_ERROR_HTTP, N_("Zoom refused the request.") },
  { EVD_API_ERROR_SERVER, N_("Zoom had a problem answering. Try again in a moment.") },
  { EVD_API_ERROR_INVALID_TEXT, N_("Some of the text to send is not valid text, so nothing was sent.") },
  { EVD_API_ERROR_TIMED_OUT, N_("Zoom stopped answering, so Event Desk gave up waiting. Try again in a moment.") },
};

/**
 * evd_api_error_describe:
 * @code: an #EvdApiErrorCode, or any code Zoom sent
 *
 * Returns: (transfer none): a translated, plain-language sentence for @code,
 *   or %NULL when the code is not one Event Desk knows
 */
const char *
evd_api_error_describe (int code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (messages); i++)
    if (messages[i].code == code)
      return g_dgettext (GETTEXT_PACKAGE, messages[i].message);
  return NULL;
}

gboolean
evd_api_error_is_zoom_code (int code)
{
  return code > 0 && code < EVD_API_ERROR_NETWORK;
}

/**
 * evd_api_error_new:
 * @code: Zoom's code, or an #EvdApiErrorCode
 * @http_status: the HTTP status, or 0 when there was no answer
 * @zoom_message: (nullable): what Zoom said, kept for details and logs
 *
 * Creates an error whose message is the plain-language sentence for @code.
 * Unknown Zoom codes fall back on Zoom's own wording.
 */
GError *
evd_api_error_new (int         code,
                   guint       http_status,
                   const char *zoom_message)
{
  const char *plain = evd_api_error_describe (code);
  GError *error;
  EvdApiErrorPrivate *priv;

  if (plain != NULL)
    error = g_error_new_literal (EVD_API_ERROR, code, plain);
  else if (zoom_message != NULL && *zoom_message != '\0')
    error = g_error_new (EVD_API_ERROR, code, _("Zoom refused the request: %s"), zoom_message);
  else
    error = g_error_new (EVD_API_ERROR, code, _("Zoom refused the request (code %d)."), code);

  priv = evd_api_error_get_private (error);
  priv->http_status = http_status;
  priv->zoom_message = g_strdup (zoom_message);
  return error;
}

/**
 * evd_api_error_new_literal:
 *
 * Like evd_api_error_new() but with a message of the caller's, for cases where
 * the generic sentence would say less than the caller knows.
 */
GError *
evd_api_error_new_literal (int         code,
                           guint       http_status,
                           const char *message)
{
  GError *error = g_error_new_literal (EVD_API_ERROR, code, message);

  evd_api_error_get_private (error)->http_status = http_status;
  return error;
}

/**
 * evd_api_error_new_from_model:
 * @model_error: why the answer did not make a model (%EVD_MODEL_ERROR)
 *
 * An answer Zoom sent that a model could not read is an answer that is not
 * what Zoom documents: %EVD_API_ERROR_INVALID_RESPONSE, with the model's
 * details kept as the wording and its field as the error's field.
 */
GError *
evd_api_error_new_from_model (const GError *model_error,
                              guint         http_status)
{
  GError *error = evd_api_error_new (EVD_API_ERROR_INVALID_RESPONSE, http_status,
                                     model_error != NULL ? model_error->message : NULL);
  const char *field = evd_model_error_get_field (model_error);

  if (field != NULL)
    evd_api_error_set_field (error, field);
  return error;
}

static EvdApiErrorPrivate *
get_private_or_null (const GError *error)
{
  if (error == NULL || error->domain != EVD_API_ERROR)
    return NULL;
  return evd_api_error_get_private (error);
}

guint
evd_api_error_get_http_status (const GError *error)
{
  EvdApiErrorPrivate *priv = get_private_or_null (error);

  return priv != NULL ? priv->http_status : 0;
}

const char *
evd_api_error_get_zoom_message (const GError *error)
{
  EvdApiErrorPrivate *priv = get_private_or_null (error);

  return priv != NULL ? priv->zoom_message : NULL;
}

const char * const *
evd_api_error_get_scopes (const GError *error)
{
  EvdApiErrorPrivate *priv = get_private_or_null (error);

  return priv != NULL ? (const char * const *) priv->scopes : NULL;
}

void
evd_api_error_set_scopes (GError             *error,
                          const char * const *scopes)
{
  EvdApiErrorPrivate *priv = get_private_or_null (error);

  g_return_if_fail (priv != NULL);

  g_strfreev (priv->scopes);
  priv->scopes = g_strdupv ((char **) scopes);
}

gint64
evd_api_error_get_retry_at (const GError *error)
{
  EvdApiErrorPrivate *priv = get_private_or_null (error);

  return priv != NULL ? priv->retry_at : 0;
}

void
evd_api_error_set_retry_at (GError *error,
                            gint64  unix_time)
{
  EvdApiErrorPrivate *priv = get_private_or_null (error);

  g_return_if_fail (priv != NULL);
  priv->retry_at = unix_time;
}

const char *
evd_api_error_get_field (const GError *error)
{
  EvdApiErrorPrivate *priv = get_private_or_null (error);

  return priv != NULL ? priv->field : NULL;
}

void
evd_api_error_set_field (GError     *error,
                         const char *field)
{
  EvdApiErrorPrivate *priv = get_private_or_null (error);

  g_return_if_fail (priv != NULL);
  g_free (priv->field);
  priv->field = g_strdup (field);
}
