/* evd-event-page.c: every field of an event in plain words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-event-page"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-event-edit-button.h"
#include "evd-event-actions.h"
#include "evd-event-page.h"
#include "evd-import-assistant.h"
#include "evd-page-util.h"
#include "evd-ticket-types-group.h"
#include "evd-time.h"
#include "evd-ui-util.h"

/* How many upcoming dates of a recurring event the schedule lists. */
#define N_NEXT_OCCURRENCES 5

struct _EvdEventPage
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkSpinner    *spinner;
  AdwStatusPage *error_page;
  GtkLabel      *name_label;
  GtkLabel      *tagline_label;
  GtkSpinner    *refresh_spinner;
  GtkBox        *actions_box;
  GtkLabel      *description_label;
  GtkWidget     *status_badge;
  AdwActionRow  *notice_row;
  GtkImage      *notice_icon;
  AdwActionRow  *link_row;
  AdwPreferencesGroup *schedule_group;
  AdwActionRow  *type_row;
  AdwActionRow  *meeting_row;
  AdwActionRow  *access_row;
  AdwActionRow  *attendance_row;
  AdwActionRow  *location_row;
  AdwActionRow  *zone_row;
  AdwActionRow  *contact_row;
  AdwActionRow  *contact_email_row;
  AdwActionRow  *hub_row;
  AdwActionRow  *categories_row;
  AdwActionRow  *tags_row;

  GPtrArray     *schedule_rows;
  char          *hub_name;

  EvdClient     *client;
  EvdEvent      *event;
  GCancellable  *cancellable;
  gboolean       loading;
  AdwActionRow     *sessions_row;
};

G_DEFINE_FINAL_TYPE (EvdEventPage, evd_event_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_EVENT,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
evd_event_page_new (EvdClient *client,
                    EvdEvent  *event)
{
  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  return g_object_new (EVD_TYPE_EVENT_PAGE,
                       "client", client,
                       "event", event,
                       NULL);
}

/**
 * evd_event_page_get_event:
 *
 * Returns: (transfer none): the event shown, the full one once it loaded
 */
EvdEvent *
evd_event_page_get_event (EvdEventPage *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_PAGE (self), NULL);

  return self->event;
}

gboolean
evd_event_page_is_loading (EvdEventPage *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_PAGE (self), FALSE);

  return self->loading;
}

/**
 * evd_event_page_get_actions_box:
 *
 * Returns: (transfer none): the box in the page's header where the event's
 *   actions (Publish, Edit…) go
 */
GtkBox *
evd_event_page_get_actions_box (EvdEventPage *self)
{
  g_return_val_if_fail (EVD_IS_EVENT_PAGE (self), NULL);

  return self->actions_box;
}

static void
set_loading (EvdEventPage *self,
             gboolean      loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_spinner), loading);
  gtk_spinner_set_spinning (self->refresh_spinner, loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Schedule ---------------------------------------------------------------- */

static void
add_schedule_row (EvdEventPage *self,
                  const char   *title,
                  const char   *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (self->schedule_group, row);
  g_ptr_array_add (self->schedule_rows, row);
}

static void
add_time_range_row (EvdEventPage *self,
                    GDateTime    *start,
                    GDateTime    *end)
{
  const char *zone = evd_event_get_timezone (self->event);
  g_autofree char *in_event_zone = evd_format_time_range (start, end, zone);
  g_autofree char *for_viewer = evd_format_range_for_viewer (start, end, zone);

  add_schedule_row (self, in_event_zone, for_viewer);
}

static void
add_recurrence_rows (EvdEventPage  *self,
                     EvdRecurrence *recurrence,
                     GDateTime     *first_start,
                     GTimeSpan      length)
{
  const char *zone_name = evd_event_get_timezone (self->event);
  g_autofree char *rule = evd_describe_recurrence (recurrence, first_start, zone_name);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint shown = 0, upcoming = 0;
  GDateTime *last = NULL;

  add_schedule_row (self, _("Repeats"), rule);

  if (first_start == NULL)
    return;

  zone = zone_name != NULL ? g_time_zone_new_identifier (zone_name) : NULL;
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  if (evd_recurrence_get_duration (recurrence) > 0)
    length = evd_recurrence_get_duration (recurrence) * G_TIME_SPAN_MINUTE;

  starts = evd_recurrence_expand (recurrence, first_start, zone, 0);
  for (guint i = 0; i < starts->len; i++)
    {
      GDateTime *start = g_ptr_array_index (starts, i);
      g_autoptr(GDateTime) end = g_date_time_add (start, length);

      if (g_date_time_compare (end, now) <= 0)
        continue;
      upcoming++;
      last = start;
      if (shown < N_NEXT_OCCURRENCES)
        {
          add_time_range_row (self, start, length > 0 ? end : NULL);
          shown++;
        }
    }

  /* The rest is counted, so five dates never pass for the whole series. */
  if (upcoming > shown)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more",
                                                             "And %u more", upcoming - shown),
                                                upcoming - shown);
      g_autofree char *when = evd_format_date_time (last, zone_name);
      /* Translators: %s is the date and time of the last occurrence */
      g_autofree char *subtitle = g_strdup_printf (_("The last on %s"), when);

      add_schedule_row (self, title, subtitle);
    }

  if (shown == 0)
    add_schedule_row (self, _("No more dates"), _("Every date of this schedule has passed."));
}

static void
show_schedule (EvdEventPage *self)
{
  GPtrArray *calendar = evd_event_get_calendar (self->event);
  EvdRecurrence *recurrence = evd_event_get_recurrence (self->event);
  GDateTime *start = evd_event_get_start_time (self->event);
  GDateTime *end = evd_event_get_end_time (self->event);

  for (guint i = 0; i < self->schedule_rows->len; i++)
    adw_preferences_group_remove (self->schedule_group, g_ptr_array_index (self->schedule_rows, i));
  g_ptr_array_set_size (self->schedule_rows, 0);

  if (calendar != NULL && calendar->len > 0)
    {
      EvdTimeRange *first = g_ptr_array_index (calendar, 0);

      start = evd_time_range_get_start (first);
      end = evd_time_range_get_end (first);
    }

  if (evd_event_get_event_type (self->event) == EVD_EVENT_TYPE_RECURRING && recurrence != NULL)
    {
      GTimeSpan length = start != NULL && end != NULL ? g_date_time_difference (end, start) : 0;

      add_recurrence_rows (self, recurrence, start, length);
      return;
    }

  if (calendar != NULL && calendar->len > 0)
    {
      for (guint i = 0; i < calendar->len; i++)
        {
          EvdTimeRange *range = g_ptr_array_index (calendar, i);

          add_time_range_row (self, evd_time_range_get_start (range), evd_time_range_get_end (range));
        }
      return;
    }

  if (start != NULL)
    add_time_range_row (self, start, end);
  else
    add_schedule_row (self, _("No date yet"), _("Set the date before publishing."));
}

/* Status ------------------------------------------------------------------ */

static void
show_status (EvdEventPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  EvdDisplayStatus status = evd_event_get_display_status (self->event, now);
  const char *url = evd_event_get_event_url (self->event);
  const char *notice = NULL;
  const char *icon = "dialog-information-symbolic";
  gboolean show_link = FALSE;

  evd_status_badge_set (self->status_badge, status);

  switch (status)
    {
    case EVD_DISPLAY_STATUS_DRAFT:
      notice = _("This event is a draft: its links are not active yet and nobody can register. "
                 "It is safe to change. Publish it when it is ready.");
      break;
    case EVD_DISPLAY_STATUS_CANCELLED:
      notice = _("This event is cancelled. Nobody can register or join, and it cannot be published again.");
      icon = "dialog-warning-symbolic";
      break;
    case EVD_DISPLAY_STATUS_PAST:
      notice = _("This event is over. Its details can no longer be changed.");
      show_link = url != NULL && *url != '\0';
      break;
    case EVD_DISPLAY_STATUS_UPCOMING:
    default:
      show_link = url != NULL && *url != '\0';
      if (!show_link)
        notice = _("Zoom has not given this event a registration link yet. Refresh in a moment.");
      break;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->notice_row), notice != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notice_row), notice != NULL ? notice : "");
  gtk_image_set_from_icon_name (self->notice_icon, icon);

  gtk_widget_set_visible (GTK_WIDGET (self->link_row), show_link);
  adw_action_row_set_subtitle (self->link_row, show_link ? url : "");
}

/* Details ----------------------------------------------------------------- */

static char *
type_in_words (EvdEvent *event)
{
  EvdEventType type = evd_event_get_event_type (event);

  /* Translators: an event's kind and what it means: "Single session: One continuous session…" */
  return g_strdup_printf (_("%s: %s"), evd_event_type_to_label (type), evd_event_type_to_description (type));
}

static char *
join_or_null (const char * const *labels)
{
  return evd_join_labels (labels);
}

static void
show_details (EvdEventPage *self)
{
  EvdEvent *event = self->event;
  EvdEventType type = evd_event_get_event_type (event);
  EvdAttendanceType attendance = evd_event_get_attendance_type (event);
  g_autofree char *type_text = type_in_words (event);
  g_autofree char *categories = join_or_null (evd_event_get_categories (event));
  g_autofree char *tags = join_or_null (evd_event_get_tags (event));
  g_autofree char *local_zone = evd_time_get_local_zone_name ();
  g_autofree char *zone_text = NULL;
  const char *zone = evd_event_get_timezone (event);
  const char *description = evd_event_get_description (event);
  const char *tagline = evd_event_get_tagline (event);

  gtk_label_set_text (self->name_label, evd_event_get_name (event));
  gtk_label_set_text (self->tagline_label, tagline);
  gtk_widget_set_visible (GTK_WIDGET (self->tagline_label), tagline != NULL && *tagline != '\0');
  gtk_label_set_text (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL && *description != '\0');

  evd_page_set_row (self->type_row, type_text, FALSE);
  /* Multi-session events choose a format per session. */
  gtk_widget_set_visible (GTK_WIDGET (self->meeting_row), type != EVD_EVENT_TYPE_CONFERENCE);
  adw_action_row_set_subtitle (self->meeting_row,
                               evd_event_get_meeting_type (event) != EVD_MEETING_TYPE_UNKNOWN
                               ? evd_meeting_type_to_label (evd_event_get_meeting_type (event))
                               : _("Not set"));
  evd_page_set_row (self->access_row,
           evd_event_get_access_level (event) != EVD_ACCESS_LEVEL_UNKNOWN
           ? evd_access_level_to_label (evd_event_get_access_level (event)) : NULL, FALSE);
  evd_page_set_row (self->attendance_row,
           attendance != EVD_ATTENDANCE_TYPE_UNKNOWN ? evd_attendance_type_to_label (attendance) : NULL, FALSE);
  evd_page_set_row (self->location_row, evd_event_get_physical_location (event),
           attendance != EVD_ATTENDANCE_TYPE_IN_PERSON && attendance != EVD_ATTENDANCE_TYPE_HYBRID);

  if (zone != NULL && local_zone != NULL && g_strcmp0 (zone, local_zone) != 0)
    /* Translators: the event's time zone, then the viewer's */
    zone_text = g_strdup_printf (_("%s (yours is %s)"), zone, local_zone);
  evd_page_set_row (self->zone_row, zone_text != NULL ? zone_text : zone, FALSE);

  evd_page_set_row (self->contact_row, evd_event_get_contact_name (event), FALSE);
  evd_page_set_row (self->contact_email_row, evd_event_get_contact_email (event), TRUE);
  evd_page_set_row (self->hub_row, self->hub_name != NULL ? self->hub_name : evd_event_get_hub_id (event), FALSE);
  evd_page_set_row (self->categories_row, categories, TRUE);
  evd_page_set_row (self->tags_row, tags, TRUE);
}

/* The event's sessions and registrations, one click away: the sidebar
 * selects them, as if she had opened them there. */
static void
show_part_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EvdEventPage *self = EVD_EVENT_PAGE (widget);

  if (self->event == NULL)
    return;
  evd_select_path (widget, evd_event_get_hub_id (self->event), evd_event_get_event_id (self->event),
                   g_str_equal (action_name, "event-page.show-sessions") ? "sessions" : "registrations", NULL);
}

static void
show_event (EvdEventPage *self)
{
  if (self->event == NULL)
    return;

  show_details (self);
  show_status (self);
  show_schedule (self);
  /* As in the sidebar: a single-session event is its own one session. */
  gtk_widget_set_visible (GTK_WIDGET (self->sessions_row),
                          evd_event_get_event_type (self->event) == EVD_EVENT_TYPE_CONFERENCE ||
                          evd_event_get_event_type (self->event) == EVD_EVENT_TYPE_RECURRING);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

/* Loading ----------------------------------------------------------------- */

static void
show_error (EvdEventPage *self,
            const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
event_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(EvdEventPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdEvent) event = NULL;

  event = evd_client_get_event_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);
  if (event == NULL)
    {
      show_error (self, error);
      return;
    }

  g_set_object (&self->event, event);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
  show_event (self);
}

static void
hubs_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(EvdEventPage) self = user_data;
  g_autoptr(GListModel) hubs = evd_client_list_hubs_finish (EVD_CLIENT (object), result, NULL);
  guint n = hubs != NULL ? g_list_model_get_n_items (hubs) : 0;

  /* Without the list the row keeps the hub's id: nothing to report. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);

      if (g_strcmp0 (evd_hub_get_hub_id (hub), evd_event_get_hub_id (self->event)) == 0)
        {
          g_free (self->hub_name);
          self->hub_name = g_strdup (evd_hub_get_name (hub));
          if (gtk_stack_get_visible_child_name (self->stack) != NULL &&
              g_str_equal (gtk_stack_get_visible_child_name (self->stack), "content"))
            evd_page_set_row (self->hub_row, self->hub_name, FALSE);
          break;
        }
    }
}

/**
 * evd_event_page_reload:
 *
 * Asks Zoom for the event again, showing what is known meanwhile.
 */
void
evd_event_page_reload (EvdEventPage *self)
{
  g_return_if_fail (EVD_IS_EVENT_PAGE (self));

  if (self->client == NULL || self->event == NULL || self->loading)
    return;

  set_loading (self, TRUE);
  show_event (self);
  evd_client_get_event_async (self->client, evd_event_get_event_id (self->event), self->cancellable,
                              event_cb, g_object_ref (self));
  if (self->hub_name == NULL)
    evd_client_list_hubs_async (self->client, self->cancellable, hubs_cb, g_object_ref (self));
}

/* Ctrl+I, as the shortcuts window says: attendees from a spreadsheet into
 * the event shown. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EvdEventPage *self = EVD_EVENT_PAGE (widget);
  EvdImportAssistant *assistant;

  if (self->client == NULL || self->event == NULL)
    return;

  assistant = evd_import_assistant_new (evd_window_of (widget), self->client, self->event);
  gtk_window_present (GTK_WINDOW (assistant));
  evd_import_assistant_choose_file (assistant);
}

static void
try_again_cb (EvdEventPage *self)
{
  evd_event_page_reload (self);
}

/* Asked for by the parts of the page after they changed the event. */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  evd_event_page_reload (EVD_EVENT_PAGE (widget));
}

static void
copy_link_cb (EvdEventPage *self)
{
  evd_copy_to_clipboard (GTK_WIDGET (self), evd_event_get_event_url (self->event), _("Registration link copied"));
}

static void
open_link_cb (EvdEventPage *self)
{
  evd_open_uri (GTK_WIDGET (self), evd_event_get_event_url (self->event));
}

/* GObject ----------------------------------------------------------------- */

static void
evd_event_page_constructed (GObject *object)
{
  EvdEventPage *self = EVD_EVENT_PAGE (object);

  G_OBJECT_CLASS (evd_event_page_parent_class)->constructed (object);

  evd_event_page_reload (self);
}

static void
evd_event_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EvdEventPage *self = EVD_EVENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EvdEventPage *self = EVD_EVENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    case PROP_EVENT:
      /* The parts bound to it in the .ui start from the event given. */
      if (g_set_object (&self->event, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_event_page_dispose (GObject *object)
{
  EvdEventPage *self = EVD_EVENT_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_EVENT_PAGE);

  G_OBJECT_CLASS (evd_event_page_parent_class)->dispose (object);
}

static void
evd_event_page_finalize (GObject *object)
{
  EvdEventPage *self = EVD_EVENT_PAGE (object);

  g_clear_pointer (&self->schedule_rows, g_ptr_array_unref);
  g_clear_pointer (&self->hub_name, g_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->event);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (evd_event_page_parent_class)->finalize (object);
}

static void
evd_event_page_class_init (EvdEventPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = evd_event_page_constructed;
  object_class->get_property = evd_event_page_get_property;
  object_class->set_property = evd_event_page_set_property;
  object_class->dispose = evd_event_page_dispose;
  object_class->finalize = evd_event_page_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, EVD_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, EVD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "event-page.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "event-page.show-sessions", NULL, show_part_action);
  gtk_widget_class_install_action (widget_class, "event-page.show-registrations", NULL, show_part_action);

  g_type_ensure (EVD_TYPE_EVENT_ACTIONS);
  g_type_ensure (EVD_TYPE_EVENT_EDIT_BUTTON);
  g_type_ensure (EVD_TYPE_TICKET_TYPES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-event-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, stack);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, sessions_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, tagline_label);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, refresh_spinner);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, status_badge);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, notice_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, notice_icon);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, link_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, schedule_group);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, access_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, zone_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, contact_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, contact_email_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, hub_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, categories_row);
  gtk_widget_class_bind_template_child (widget_class, EvdEventPage, tags_row);
  gtk_widget_class_install_action (widget_class, "event-page.import", NULL, import_action);
  gtk_widget_class_bind_template_callback (widget_class, try_again_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_link_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_link_cb);
}

static void
evd_event_page_init (EvdEventPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->schedule_rows = g_ptr_array_new ();
  gtk_stack_set_visible_child_name (self->stack, "loading");
  /* Managed: the key works wherever the focus is in the window (the tree,
   * most often), as long as this page is the one shown. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_i, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("event-page.import")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}
