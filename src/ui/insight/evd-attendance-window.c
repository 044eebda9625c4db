/* evd-attendance-window.c: who attended an event and who did not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-attendance-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "evd-attendance-export.h"
#include "evd-attendance-item.h"
#include "evd-attendance-window.h"
#include "evd-time.h"
#include "evd-ui-util.h"

typedef enum
{
  FILTER_EVERYONE,
  FILTER_ATTENDED,
  FILTER_ABSENT,
} Filter;

struct _EvdAttendanceWindow
{
  AdwWindow           parent_instance;

  EvdEventSummary    *summary;
  GTimeZone          *zone;          /* the event's: times read as the event page shows them */
  GListStore         *items;
  GtkFilterListModel *shown;
  GtkCustomFilter    *filter;

  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkDropDown        *filter_dropdown;
  GtkSearchEntry     *search_entry;
  GtkLabel           *counts_label;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (EvdAttendanceWindow, evd_attendance_window, ADW_TYPE_WINDOW)

/* The status as Zoom's report has it: the lobby alone is not attending. */
static const char *
status_text (const EvdAttendance *row)
{
  if (row->attended)
    return _("Attended");
  if (row->lobby)
    return _("Lobby only");
  return _("Absent");
}

static char *
cell_text (EvdAttendanceWindow *self,
           const EvdAttendance *row,
           guint                column)
{
  switch (column)
    {
    case 0:
      return g_strstrip (g_strdup_printf ("%s %s", row->first_name, row->last_name));
    case 1:
      return g_strdup (row->email);
    case 2:
      return g_strdup (status_text (row));
    case 3:
      return g_strdup_printf ("%u", row->attended ? row->minutes : 0);
    case 4:
      {
        g_autoptr(GDateTime) utc = NULL;
        g_autoptr(GDateTime) time = NULL;

        if (!row->attended || row->first_join <= 0)
          return g_strdup ("");
        utc = g_date_time_new_from_unix_utc (row->first_join);
        time = utc != NULL ? g_date_time_to_timezone (utc, self->zone) : NULL;
        /* Translators: when someone first joined, see strftime */
        return time != NULL ? g_date_time_format (time, _("%b %e, %H:%M")) : g_strdup ("");
      }
    case 5:
      return g_strdup_printf ("%u", row->attended ? row->sessions_joined : 0);
    default:
      return g_strdup ("");
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_UINT (user_data) == 3 || GPOINTER_TO_UINT (user_data) == 5 ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

/* What a cell's binding needs: the window (for its zone) and the column. */
typedef struct
{
  EvdAttendanceWindow *window;   /* not owned: the window owns the columns */
  guint                index;
} Column;

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  Column *column = user_data;
  EvdAttendanceItem *person = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (column->window, evd_attendance_item_get_row (person), column->index);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
add_column (EvdAttendanceWindow *self,
            const char          *title,
            guint                column,
            int                  width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  Column *column_data;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GUINT_TO_POINTER (column));
  column_data = g_new (Column, 1);
  column_data->window = self;
  column_data->index = column;
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cb), column_data, (GClosureNotify) (void (*) (void)) g_free, 0);
  view_column = gtk_column_view_column_new (title, factory);
  /* Names and emails keep a readable width; narrow windows scroll sideways. */
  gtk_column_view_column_set_expand (view_column, width > 0);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  EvdAttendanceWindow *self = user_data;
  const EvdAttendance *row = evd_attendance_item_get_row (item);
  Filter filter = gtk_drop_down_get_selected (self->filter_dropdown);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *joined = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;

  if ((filter == FILTER_ATTENDED && !row->attended) || (filter == FILTER_ABSENT && row->attended))
    return FALSE;
  if (search == NULL || *search == '\0')
    return TRUE;
  joined = g_strjoin (" ", row->first_name, row->last_name, row->email, NULL);
  needle = g_utf8_casefold (search, -1);
  haystack = g_utf8_casefold (joined, -1);
  return strstr (haystack, needle) != NULL;
}

static void
update_counts (EvdAttendanceWindow *self)
{
  gint64 attended = evd_event_summary_get_attended (self->summary);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autofree char *text = NULL;

  /* Translators: counts of people, e.g. "36 attended, 28 did not" */
  text = g_strdup_printf (_("%u attended, %u did not"), (guint) MAX (attended, 0), total - (guint) MAX (attended, 0));
  gtk_label_set_text (self->counts_label, text);
}

static void
filter_changed_cb (EvdAttendanceWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

typedef struct
{
  EvdAttendanceWindow     *self;
  EvdAttendanceExportKind  kind;
  char                    *name;
} Save;

static void
save_free (Save *save)
{
  g_object_unref (save->self);
  g_free (save->name);
  g_free (save);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Save *save = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_rows = 0;

  if (!evd_attendance_export_finish (result, &n_rows, &error))
    text = g_strdup_printf (_("Could not save “%s”: %s"), save->name, error->message);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u person to “%s”", "Saved %u people to “%s”", n_rows),
                            n_rows, save->name);
  adw_toast_overlay_add_toast (save->self->toast_overlay, adw_toast_new (text));
  save_free (save);
}

static void
save_to (EvdAttendanceWindow     *self,
         EvdAttendanceExportKind  kind,
         GFile                   *file)
{
  Save *save = g_new0 (Save, 1);

  save->self = g_object_ref (self);
  save->kind = kind;
  save->name = g_file_get_basename (file);
  /* The shared export rules: a spreadsheet-safe CSV, readable only by its owner. */
  evd_attendance_export_async (evd_event_summary_get_roster (self->summary), kind, file, NULL, export_cb, save);
}

/* @user_data is the kind of list being saved. */
static void
file_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GFile) file = evd_choose_file_finish (result, NULL);

  if (file != NULL)
    save_to (EVD_ATTENDANCE_WINDOW (object), GPOINTER_TO_UINT (user_data), file);
}

/* The action's parameter is a file to save to; empty asks where. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EvdAttendanceWindow *self = EVD_ATTENDANCE_WINDOW (widget);
  EvdAttendanceExportKind kind = g_str_equal (action_name, "attendance.save-attended") ? EVD_ATTENDANCE_EXPORT_ATTENDED
                                                                                     : EVD_ATTENDANCE_EXPORT_ABSENT;
  const char *path = parameter != NULL ? g_variant_get_string (parameter, NULL) : "";
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (path != NULL && *path != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      save_to (self, kind, file);
      return;
    }

  chooser = gtk_file_chooser_native_new (kind == EVD_ATTENDANCE_EXPORT_ATTENDED ? _("Save Attendees") : _("Save No-Shows"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: a file name; %s is the event's name */
  name = g_strdup_printf (kind == EVD_ATTENDANCE_EXPORT_ATTENDED ? _("%s attendees.csv") : _("%s no-shows.csv"),
                          evd_event_summary_get_event_name (self->summary));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  evd_choose_file_async (chooser, widget, file_chosen_cb, GUINT_TO_POINTER (kind));
}

static void
evd_attendance_window_dispose (GObject *object)
{
  EvdAttendanceWindow *self = EVD_ATTENDANCE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_ATTENDANCE_WINDOW);
  g_clear_object (&self->shown);
  g_clear_object (&self->items);
  g_clear_object (&self->summary);
  g_clear_pointer (&self->zone, g_time_zone_unref);

  G_OBJECT_CLASS (evd_attendance_window_parent_class)->dispose (object);
}

static void
evd_attendance_window_class_init (EvdAttendanceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_attendance_window_dispose;

  gtk_widget_class_install_action (widget_class, "attendance.save-attended", "s", save_action);
  gtk_widget_class_install_action (widget_class, "attendance.save-absent", "s", save_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/eventdesk/EventDesk/ui/insight/evd-attendance-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdAttendanceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EvdAttendanceWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, EvdAttendanceWindow, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EvdAttendanceWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdAttendanceWindow, counts_label);
  gtk_widget_class_bind_template_child (widget_class, EvdAttendanceWindow, column_view);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
}

static void
evd_attendance_window_init (EvdAttendanceWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (EVD_TYPE_ATTENDANCE_ITEM);
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)), GTK_FILTER (self->filter));
  gtk_column_view_set_model (self->column_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)))));

}

GtkWindow *
evd_attendance_window_new (GtkWindow       *parent,
                           EvdEventSummary *summary)
{
  EvdAttendanceWindow *self;
  EvdAttendanceList *roster;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *first_joined = NULL;
  const char *zone_name;
  guint n;

  g_return_val_if_fail (EVD_IS_EVENT_SUMMARY (summary), NULL);

  self = g_object_new (EVD_TYPE_ATTENDANCE_WINDOW, "transient-for", parent, NULL);
  self->summary = g_object_ref (summary);
  adw_window_title_set_subtitle (self->window_title, evd_event_summary_get_event_name (summary));
  /* The event page's times are the event's; so are these, and the
   * column says which zone they are in. */
  zone_name = evd_event_summary_get_timezone (summary);
  self->zone = evd_time_zone_new (zone_name);
  if (self->zone == NULL)
    {
      self->zone = g_time_zone_new_utc ();
      zone_name = "UTC";
    }
  /* Translators: a column of times and their time zone, e.g. "First Joined (Asia/Tokyo)" */
  first_joined = g_strdup_printf (_("First Joined (%s)"), zone_name);

  /* Whether someone came comes right after the name: on a narrow window
   * it shows without scrolling sideways. */
  add_column (self, _("Name"), 0, 170);
  add_column (self, _("Attendance"), 2, 0);
  add_column (self, _("Email"), 1, 230);
  add_column (self, _("Minutes"), 3, 0);
  add_column (self, first_joined, 4, 0);
  add_column (self, _("Sessions"), 5, 0);

  roster = evd_event_summary_get_roster (summary);
  n = evd_attendance_list_get_n_rows (roster);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, evd_attendance_item_new (roster, i));
  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);
  update_counts (self);

  return GTK_WINDOW (self);
}

GListModel *
evd_attendance_window_get_shown (EvdAttendanceWindow *self)
{
  g_return_val_if_fail (EVD_IS_ATTENDANCE_WINDOW (self), NULL);
  return G_LIST_MODEL (self->shown);
}
