/* evd-ui.c: type registration for templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "evd-add-attendee-dialog.h"
#include "evd-attendance-window.h"
#include "evd-browser.h"
#include "evd-chart-view.h"
#include "evd-connect-page.h"
#include "evd-date-time-entry.h"
#include "evd-event-day-row.h"
#include "evd-duplicate-dialog.h"
#include "evd-preferences-window.h"
#include "evd-recurrence-editor.h"
#include "evd-sidebar.h"
#include "evd-sidebar-row.h"
#include "evd-event-actions.h"
#include "evd-event-edit-button.h"
#include "evd-event-edit-window.h"
#include "evd-event-form.h"
#include "evd-event-page.h"
#include "evd-event-summary-view.h"
#include "evd-hub-page.h"
#include "evd-new-event-window.h"
#include "evd-paste-attendees-dialog.h"
#include "evd-registration-actions.h"
#include "evd-registration-compare.h"
#include "evd-registration-details.h"
#include "evd-import-assistant.h"
#include "evd-import-progress-view.h"
#include "evd-import-report-view.h"
#include "evd-registrations-page.h"
#include "evd-session-editor.h"
#include "evd-session-page.h"
#include "evd-sessions-page.h"
#include "evd-ticket-type-dialog.h"
#include "evd-ticket-types-group.h"
#include "evd-timezone-row.h"
#include "evd-ui.h"
#include "evd-window.h"

/**
 * evd_ui_ensure_types:
 *
 * Registers every widget type that a .ui template names, so GtkBuilder finds
 * them, and so the template test can instantiate each one. A new widget with a
 * template must be added here: the template test fails until it is.
 */
void
evd_ui_ensure_types (void)
{
  g_type_ensure (EVD_TYPE_BROWSER);
  g_type_ensure (EVD_TYPE_CONNECT_PAGE);
  g_type_ensure (EVD_TYPE_PREFERENCES_WINDOW);
  g_type_ensure (EVD_TYPE_SIDEBAR);
  g_type_ensure (EVD_TYPE_SIDEBAR_ROW);
  g_type_ensure (EVD_TYPE_WINDOW);
  g_type_ensure (EVD_TYPE_HUB_PAGE);
  g_type_ensure (EVD_TYPE_EVENT_PAGE);
  g_type_ensure (EVD_TYPE_SESSIONS_PAGE);
  g_type_ensure (EVD_TYPE_SESSION_PAGE);
  g_type_ensure (EVD_TYPE_REGISTRATIONS_PAGE);
  g_type_ensure (EVD_TYPE_ADD_ATTENDEE_DIALOG);
  g_type_ensure (EVD_TYPE_PASTE_ATTENDEES_DIALOG);
  g_type_ensure (EVD_TYPE_REGISTRATION_DETAILS);
  g_type_ensure (EVD_TYPE_IMPORT_ASSISTANT);
  g_type_ensure (EVD_TYPE_TICKET_TYPE_DIALOG);
  g_type_ensure (EVD_TYPE_SESSION_EDITOR);
  g_type_ensure (EVD_TYPE_DUPLICATE_DIALOG);
  g_type_ensure (EVD_TYPE_EVENT_EDIT_WINDOW);
  g_type_ensure (EVD_TYPE_IMPORT_PROGRESS_VIEW);
  g_type_ensure (EVD_TYPE_TICKET_TYPES_GROUP);
  g_type_ensure (EVD_TYPE_EVENT_ACTIONS);
  g_type_ensure (EVD_TYPE_EVENT_EDIT_BUTTON);
  g_type_ensure (EVD_TYPE_REGISTRATION_ACTIONS);
  g_type_ensure (EVD_TYPE_CHART_VIEW);
  g_type_ensure (EVD_TYPE_EVENT_SUMMARY_VIEW);
  g_type_ensure (EVD_TYPE_ATTENDANCE_WINDOW);
  g_type_ensure (EVD_TYPE_REGISTRATION_COMPARE);
  g_type_ensure (EVD_TYPE_DATE_TIME_ENTRY);
  g_type_ensure (EVD_TYPE_TIMEZONE_ROW);
  g_type_ensure (EVD_TYPE_EVENT_DAY_ROW);
  g_type_ensure (EVD_TYPE_RECURRENCE_EDITOR);
  g_type_ensure (EVD_TYPE_IMPORT_REPORT_VIEW);
  g_type_ensure (EVD_TYPE_NEW_EVENT_WINDOW);
  g_type_ensure (EVD_TYPE_EVENT_FORM);
}
