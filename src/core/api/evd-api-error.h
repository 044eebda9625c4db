/* evd-api-error.h: the EVD_API_ERROR domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EVD_API_ERROR (evd_api_error_quark ())

/* The GError code is Zoom's own code wherever Zoom gives one, so callers can
 * write g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED).
 * Failures that carry no Zoom code (the network, an answer that is not JSON, a
 * daily limit) use Event Desk's own codes, above 1,000,000 where Zoom has none. */
typedef enum
{
  /* Token and scope errors */
  EVD_API_ERROR_MISSING_SCOPES           = 104,
  EVD_API_ERROR_TOKEN_INVALID            = 124,
  EVD_API_ERROR_RATE_LIMITED             = 429,
  EVD_API_ERROR_SCOPES_MISSING_4700      = 4700,
  EVD_API_ERROR_OAUTH_INVALID_CLIENT     = 4702,
  EVD_API_ERROR_OAUTH_INVALID_CLIENT_4704 = 4704,
  EVD_API_ERROR_OAUTH_UNSUPPORTED_GRANT  = 4705,
  EVD_API_ERROR_OAUTH_MISSING_CLIENT     = 4706,
  EVD_API_ERROR_OAUTH_SCOPE_MISMATCH     = 4711,
  EVD_API_ERROR_OAUTH_APP_DISABLED       = 4717,

  /* Events API codes, as Zoom documents them */
  EVD_API_ERROR_INVALID_EVENT_ID         = 1001,
  EVD_API_ERROR_DUPLICATE_NAME_OR_START  = 1002,
  EVD_API_ERROR_DUPLICATE_TIMEZONE       = 1003,
  EVD_API_ERROR_ONE_PERSON_MANY_ROLES    = 1005,
  EVD_API_ERROR_NOT_FOR_EVENT_TYPE       = 1006,
  EVD_API_ERROR_INVALID_EXHIBITOR        = 1020,
  EVD_API_ERROR_TICKET_NOT_UPDATABLE     = 1063,
  EVD_API_ERROR_HUB_NOT_FOUND            = 2001,
  EVD_API_ERROR_EVENT_NOT_FOUND          = 2002,
  EVD_API_ERROR_SESSION_NOT_FOUND        = 2003,
  EVD_API_ERROR_SPEAKER_NOT_FOUND        = 2005,
  EVD_API_ERROR_EXHIBITOR_NOT_FOUND      = 2006,
  EVD_API_ERROR_NO_STOCK                 = 2007,
  EVD_API_ERROR_SPEAKER_CAPACITY         = 3002,
  EVD_API_ERROR_NOT_A_HOST               = 3011,
  EVD_API_ERROR_CHAT_NOT_READY           = 5001,
  EVD_API_ERROR_HUB_PERMISSION           = 26201,
  EVD_API_ERROR_SCHEDULE_TOO_LONG        = 26202,
  EVD_API_ERROR_END_BEFORE_START         = 26203,
  EVD_API_ERROR_CALENDAR_INCOMPLETE      = 26204,
  EVD_API_ERROR_SESSIONS_OVERLAP         = 26302,
  EVD_API_ERROR_LIVESTREAM_26303         = 26303,
  EVD_API_ERROR_LIVESTREAM_26304         = 26304,
  EVD_API_ERROR_LIVESTREAM_26305         = 26305,
  EVD_API_ERROR_RESERVATION_26306        = 26306,
  EVD_API_ERROR_RESERVATION_26307        = 26307,
  EVD_API_ERROR_RESERVATION_26308        = 26308,
  EVD_API_ERROR_RESERVATION_26309        = 26309,
  EVD_API_ERROR_RESERVATION_26310        = 26310,
  EVD_API_ERROR_RESERVATION_26311        = 26311,
  EVD_API_ERROR_SALE_DATES_INVALID       = 26401,
  EVD_API_ERROR_INVALID_SESSION_IDS      = 26402,
  EVD_API_ERROR_EVENT_NOT_PUBLISHED      = 26501,
  EVD_API_ERROR_INVALID_TICKET_TYPE      = 26502,
  EVD_API_ERROR_TICKET_NOT_FOUND         = 26503,
  EVD_API_ERROR_HUB_ACCESS_DENIED        = 260101,
  EVD_API_ERROR_EVENT_ACCESS_DENIED      = 260200,
  EVD_API_ERROR_HUB_NOT_FOR_CONFERENCE   = 260207,
  EVD_API_ERROR_EVENT_NOT_EDITABLE       = 260209,
  EVD_API_ERROR_EVENT_PAST_OR_CANCELLED  = 260210,
  EVD_API_ERROR_NON_CONFIGURED_FIELDS    = 260503,
  EVD_API_ERROR_MISSING_REQUIRED_FIELDS  = 260504,
  EVD_API_ERROR_CUSTOM_REPORT_NOT_FOUND  = 260801,
  EVD_API_ERROR_VIDEO_261101             = 261101,
  EVD_API_ERROR_VIDEO_261102             = 261102,
  EVD_API_ERROR_VIDEO_261103             = 261103,
  EVD_API_ERROR_VIDEO_261104             = 261104,
  EVD_API_ERROR_ACCESS_LINK_261201       = 261201,
  EVD_API_ERROR_ACCESS_LINK_261202       = 261202,
  EVD_API_ERROR_ACCESS_LINK_261203       = 261203,
  /* Zoom's generic "Validation Failed.", with the fields in errors[] */
  EVD_API_ERROR_VALIDATION_FAILED        = 300,

  /* Event Desk's own codes, for failures that carry no Zoom code */
  EVD_API_ERROR_NETWORK                  = 1000001, /* no answer at all */
  EVD_API_ERROR_INVALID_RESPONSE,                   /* not the JSON we expected */
  EVD_API_ERROR_INVALID_CREDENTIALS,                /* client ID or secret refused */
  EVD_API_ERROR_INVALID_ACCOUNT,                    /* account ID refused */
  EVD_API_ERROR_DAILY_LIMIT,                        /* daily request cap reached */
  EVD_API_ERROR_INSECURE_URL,                       /* http:// to a non-loopback host */
  EVD_API_ERROR_OUTCOME_UNKNOWN,                    /* sent, but the answer was lost */
  EVD_API_ERROR_HTTP,                               /* an HTTP failure without a Zoom code */
  EVD_API_ERROR_SERVER,                             /* a 5xx without a Zoom code */
  EVD_API_ERROR_TIMED_OUT,                          /* the server stopped sending */
  EVD_API_ERROR_INVALID_TEXT,                       /* a body that is not UTF-8, not sent */
} EvdApiErrorCode;

GQuark       evd_api_error_quark            (void);

GError      *evd_api_error_new              (int                 code,
                                             guint               http_status,
                                             const char         *zoom_message);
GError      *evd_api_error_new_literal      (int                 code,
                                             guint               http_status,
                                             const char         *message);
GError      *evd_api_error_new_from_model   (const GError       *model_error,
                                             guint               http_status);

const char  *evd_api_error_describe         (int                 code);
gboolean     evd_api_error_is_zoom_code     (int                 code);

guint        evd_api_error_get_http_status  (const GError       *error);
const char  *evd_api_error_get_zoom_message (const GError       *error);
const char * const *
             evd_api_error_get_scopes       (const GError       *error);
void         evd_api_error_set_scopes       (GError             *error,
                                             const char * const *scopes);
gint64       evd_api_error_get_retry_at     (const GError       *error);
void         evd_api_error_set_retry_at     (GError             *error,
                                             gint64              unix_time);
const char  *evd_api_error_get_field        (const GError       *error);
void         evd_api_error_set_field        (GError             *error,
                                             const char         *field);

G_END_DECLS
