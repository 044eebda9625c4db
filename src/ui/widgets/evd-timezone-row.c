/* evd-timezone-row.c: a searchable list of the time zones Zoom takes, in a row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-timezone-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "evd-timezone-row.h"
#include "evd-ui-util.h"
#include "evd-zoom-zones.h"

/* The zones are Zoom's 135 (a zone outside its list may be refused), shown
 * with Zoom's own labels; a new event starts in the listed zone with the
 * computer's rules. An event that already has a zone outside the list
 * keeps it, shown as it is, so an untouched save changes nothing.
 *
 * A button opens a list with a search box. GTK 4.8's drop-down matches only
 * the start of an item and does not keep the keyboard in its search box, so
 * the list is our own: typing goes into the box, and the text matches
 * anywhere in the ID ("angeles") or in Zoom's label ("Pacific Time",
 * "Los Angeles"). The zones chosen last come first. The subtitle reminds
 * people that the times below are in this zone, and names theirs when it
 * differs. */
#define N_RECENT 5

struct _EvdTimezoneRow
{
  AdwActionRow    parent_instance;

  GtkMenuButton  *button;
  GtkLabel       *button_label;
  GtkPopover     *popover;
  GtkSearchEntry *search_entry;
  GtkListBox     *list;
  GtkLabel       *nothing_label;

  char          **zones;      /* every zone offered, in list order */
  char           *zone;       /* the one selected */
  char          **recent;     /* chosen last first */
  char           *folded_search;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (EvdTimezoneRow, evd_timezone_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_ZONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
evd_timezone_row_new (void)
{
  return g_object_new (EVD_TYPE_TIMEZONE_ROW, NULL);
}

const char *
evd_timezone_row_get_zone (EvdTimezoneRow *self)
{
  g_return_val_if_fail (EVD_IS_TIMEZONE_ROW (self), NULL);

  return self->zone;
}

/* "America/Los_Angeles" → "Pacific Time (US and Canada) — America/Los_Angeles" */
static char *
describe_zone (const char *zone)
{
  const char *label = evd_zoom_zones_label_for (zone);

  if (label == NULL)
    return g_strdup (zone);
  /* Translators: a time zone: Zoom's name for it, then its ID */
  return g_strdup_printf (_("%s — %s"), label, zone);
}

/* What a search is matched against: both names, case-folded, with the ID's
 * "_" and "/" read as spaces, so "los angeles" finds America/Los_Angeles. */
static char *
search_text_for (const char *zone)
{
  const char *label = evd_zoom_zones_label_for (zone);
  g_autofree char *text = g_strdup_printf ("%s %s", zone, label != NULL ? label : "");

  g_strdelimit (text, "_/", ' ');
  return g_utf8_casefold (text, -1);
}

static GtkWidget *zone_row_new (const char *zone,
                                guint       index);

static void
update_subtitle (EvdTimezoneRow *self)
{
  const char *local = evd_zoom_zones_match_local ();
  g_autofree char *text = NULL;

  if (self->zone != NULL && local != NULL && g_strcmp0 (self->zone, local) != 0)
    /* Translators: %s is Zoom's name for the computer's own time zone */
    text = g_strdup_printf (_("The times below are in this zone. Yours is %s."), evd_zoom_zones_label_for (local));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text != NULL ? text : _("The times below are in this zone."));
}

static void
select_zone (EvdTimezoneRow *self,
             const char     *zone)
{
  g_autofree char *description = NULL;

  if (g_strcmp0 (self->zone, zone) == 0)
    return;

  g_free (self->zone);
  self->zone = g_strdup (zone);
  /* The button has room for a name; its tooltip also gives the ID. */
  description = describe_zone (zone);
  gtk_label_set_text (self->button_label, evd_zoom_zones_label_for (zone) != NULL ? evd_zoom_zones_label_for (zone) : zone);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), description);
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZONE]);
}

void
evd_timezone_row_set_zone (EvdTimezoneRow *self,
                           const char     *zone)
{
  g_return_if_fail (EVD_IS_TIMEZONE_ROW (self));

  if (zone == NULL)
    return;

  /* A zone the list lacks stays selectable. */
  if (!g_strv_contains ((const char * const *) self->zones, zone))
    {
      guint n = g_strv_length (self->zones);

      self->zones = g_renew (char *, self->zones, n + 2);
      self->zones[n] = g_strdup (zone);
      self->zones[n + 1] = NULL;
      if (gtk_widget_get_first_child (GTK_WIDGET (self->list)) != NULL)
        gtk_list_box_append (self->list, zone_row_new (zone, n));
    }
  select_zone (self, zone);
}

/* Drop-downs of Zoom's zones elsewhere (the duplicate dialog) -------------- */

GtkStringList *
evd_timezone_row_new_zone_list (void)
{
  guint n = evd_zoom_zones_get_n_zones ();
  g_autofree const char **ids = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    ids[i] = evd_zoom_zones_get_id (i);
  return gtk_string_list_new (ids);
}

static char *
zone_text (GtkStringObject *item)
{
  const char *id = item != NULL ? gtk_string_object_get_string (item) : NULL;
  const char *label = evd_zoom_zones_label_for (id);

  if (id == NULL)
    return NULL;
  if (label == NULL)
    return g_strdup (id);
  /* Translators: a time zone: Zoom's name for it, then its ID */
  return g_strdup_printf (_("%s — %s"), label, id);
}

GtkExpression *
evd_timezone_row_zone_expression (void)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (zone_text), NULL, NULL);
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  in_list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  if (GPOINTER_TO_INT (in_list))
    {
      GtkWidget *id = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (id), 0);
      gtk_label_set_ellipsize (GTK_LABEL (id), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (id, "dim-label");
      gtk_widget_add_css_class (id, "caption");
      gtk_box_append (GTK_BOX (box), id);
    }
  else
    gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  in_list)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *id_label = gtk_widget_get_next_sibling (label);
  const char *id = gtk_string_object_get_string (gtk_list_item_get_item (item));
  const char *zoom_label = evd_zoom_zones_label_for (id);

  /* A zone outside Zoom's list (an older event's) shows as its ID. */
  gtk_label_set_text (GTK_LABEL (label), zoom_label != NULL ? zoom_label : id);
  gtk_widget_set_tooltip_text (label, id);
  if (id_label != NULL)
    gtk_label_set_text (GTK_LABEL (id_label), id);
}

static GtkListItemFactory *
new_factory (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), GINT_TO_POINTER (in_list));
  return factory;
}

/**
 * evd_timezone_row_setup_drop_down:
 *
 * Gives @drop_down Zoom's zones, searchable by label and ID.
 */
void
evd_timezone_row_setup_drop_down (GtkDropDown *drop_down)
{
  g_autoptr(GtkStringList) zones = evd_timezone_row_new_zone_list ();
  g_autoptr(GtkExpression) expression = evd_timezone_row_zone_expression ();
  g_autoptr(GtkListItemFactory) button_factory = new_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = new_factory (TRUE);

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (zones));
  gtk_drop_down_set_expression (drop_down, expression);
  gtk_drop_down_set_factory (drop_down, button_factory);
  gtk_drop_down_set_list_factory (drop_down, list_factory);
  gtk_drop_down_set_enable_search (drop_down, TRUE);
}

/**
 * evd_timezone_row_select:
 *
 * Selects @zone in a drop-down of evd_timezone_row_new_zone_list(); a zone
 * Zoom does not list is added, so what an event holds is never replaced
 * behind the person's back.
 */
void
evd_timezone_row_select (GtkDropDown *drop_down,
                         const char  *zone)
{
  GtkStringList *zones = GTK_STRING_LIST (gtk_drop_down_get_model (drop_down));
  guint n;

  if (zone == NULL || zones == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (zones));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (zones, i), zone) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }

  gtk_string_list_append (zones, zone);
  gtk_drop_down_set_selected (drop_down, n);
}

/* The list ------------------------------------------------------------------ */

static int
recent_rank (EvdTimezoneRow *self,
             const char     *zone)
{
  for (guint i = 0; self->recent != NULL && self->recent[i] != NULL; i++)
    if (g_str_equal (self->recent[i], zone))
      return (int) i;
  return -1;
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  EvdTimezoneRow *self = user_data;
  const char *text = g_object_get_data (G_OBJECT (row), "search-text");

  return self->folded_search == NULL || strstr (text, self->folded_search) != NULL;
}

static int
sort_cb (GtkListBoxRow *a,
         GtkListBoxRow *b,
         gpointer       user_data)
{
  EvdTimezoneRow *self = user_data;
  int rank_a = recent_rank (self, g_object_get_data (G_OBJECT (a), "zone"));
  int rank_b = recent_rank (self, g_object_get_data (G_OBJECT (b), "zone"));
  int index_a = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (a), "index"));
  int index_b = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (b), "index"));

  if (rank_a >= 0 || rank_b >= 0)
    {
      if (rank_a < 0)
        return 1;
      if (rank_b < 0)
        return -1;
      return rank_a - rank_b;
    }
  return index_a - index_b;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 3);
  return label;
}

static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       user_data)
{
  EvdTimezoneRow *self = user_data;
  gboolean recent = recent_rank (self, g_object_get_data (G_OBJECT (row), "zone")) >= 0;
  gboolean before_recent = before != NULL && recent_rank (self, g_object_get_data (G_OBJECT (before), "zone")) >= 0;

  if (before == NULL && recent)
    gtk_list_box_row_set_header (row, heading (_("Used Recently")));
  else if (!recent && (before == NULL ? self->recent != NULL && self->recent[0] != NULL : before_recent))
    gtk_list_box_row_set_header (row, heading (_("All Time Zones")));
  else
    gtk_list_box_row_set_header (row, NULL);
}

static GtkWidget *
zone_row_new (const char *zone,
              guint       index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const char *label = evd_zoom_zones_label_for (zone);
  GtkWidget *title = gtk_label_new (label != NULL ? label : zone);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (box), title);
  if (label != NULL)
    {
      GtkWidget *id = gtk_label_new (zone);

      gtk_label_set_xalign (GTK_LABEL (id), 0);
      gtk_widget_add_css_class (id, "caption");
      gtk_widget_add_css_class (id, "dim-label");
      gtk_box_append (GTK_BOX (box), id);
    }
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "zone", g_strdup (zone), g_free);
  g_object_set_data_full (G_OBJECT (row), "search-text", search_text_for (zone), g_free);
  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (index));
  return row;
}

/* The rows are made the first time the list opens: most forms never do. */
static void
ensure_rows (EvdTimezoneRow *self)
{
  if (gtk_widget_get_first_child (GTK_WIDGET (self->list)) != NULL)
    return;
  for (guint i = 0; self->zones[i] != NULL; i++)
    gtk_list_box_append (self->list, zone_row_new (self->zones[i], i));
}

static void
remember_zone (EvdTimezoneRow *self,
               const char     *zone)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint kept = 1;

  g_strv_builder_add (builder, zone);
  for (guint i = 0; self->recent != NULL && self->recent[i] != NULL && kept < N_RECENT; i++)
    if (!g_str_equal (self->recent[i], zone))
      {
        g_strv_builder_add (builder, self->recent[i]);
        kept++;
      }
  g_strfreev (self->recent);
  self->recent = g_strv_builder_end (builder);
  if (self->settings != NULL)
    g_settings_set_strv (self->settings, "recent-timezones", (const char * const *) self->recent);
  gtk_list_box_invalidate_sort (self->list);
  gtk_list_box_invalidate_headers (self->list);
}

static void
row_activated_cb (EvdTimezoneRow *self,
                  GtkListBoxRow  *row)
{
  const char *zone = g_object_get_data (G_OBJECT (row), "zone");

  gtk_popover_popdown (self->popover);
  select_zone (self, zone);
  remember_zone (self, zone);
}

static void
update_nothing_found (EvdTimezoneRow *self)
{
  gboolean any = FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL && !any;
       row = gtk_widget_get_next_sibling (row))
    any = gtk_widget_get_child_visible (row);
  gtk_widget_set_visible (GTK_WIDGET (self->nothing_label), !any);
}

static void
search_changed_cb (EvdTimezoneRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_clear_pointer (&self->folded_search, g_free);
  if (*text != '\0')
    {
      g_strdelimit (text, "_/", ' ');
      self->folded_search = g_utf8_casefold (text, -1);
    }
  gtk_list_box_invalidate_filter (self->list);
  update_nothing_found (self);
}

/* Enter picks the first zone that matches. */
static void
search_activate_cb (EvdTimezoneRow *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_child_visible (row))
      {
        row_activated_cb (self, GTK_LIST_BOX_ROW (row));
        return;
      }
}

static void
popover_show_cb (EvdTimezoneRow *self)
{
  ensure_rows (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
stop_search_cb (EvdTimezoneRow *self)
{
  gtk_popover_popdown (self->popover);
}

/**
 * evd_timezone_row_get_search_entry:
 *
 * Returns: (transfer none): the search box of the list
 */
GtkWidget *
evd_timezone_row_get_search_entry (EvdTimezoneRow *self)
{
  g_return_val_if_fail (EVD_IS_TIMEZONE_ROW (self), NULL);

  return GTK_WIDGET (self->search_entry);
}

/**
 * evd_timezone_row_get_list:
 *
 * Returns: (transfer none): the list of zones in the popover
 */
GtkWidget *
evd_timezone_row_get_list (EvdTimezoneRow *self)
{
  g_return_val_if_fail (EVD_IS_TIMEZONE_ROW (self), NULL);

  return GTK_WIDGET (self->list);
}

/* Construction ---------------------------------------------------------------- */

static void
evd_timezone_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ZONE:
      g_value_set_string (value, evd_timezone_row_get_zone (EVD_TIMEZONE_ROW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
evd_timezone_row_finalize (GObject *object)
{
  EvdTimezoneRow *self = EVD_TIMEZONE_ROW (object);

  g_clear_pointer (&self->zones, g_strfreev);
  g_clear_pointer (&self->recent, g_strfreev);
  g_clear_pointer (&self->zone, g_free);
  g_clear_pointer (&self->folded_search, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (evd_timezone_row_parent_class)->finalize (object);
}

static void
evd_timezone_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_TIMEZONE_ROW);

  G_OBJECT_CLASS (evd_timezone_row_parent_class)->dispose (object);
}

static void
evd_timezone_row_class_init (EvdTimezoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = evd_timezone_row_get_property;
  object_class->dispose = evd_timezone_row_dispose;
  object_class->finalize = evd_timezone_row_finalize;

  properties[PROP_ZONE] = g_param_spec_string ("zone", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/widgets/evd-timezone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, button);
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, button_label);
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, popover);
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, list);
  gtk_widget_class_bind_template_child (widget_class, EvdTimezoneRow, nothing_label);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
evd_timezone_row_init (EvdTimezoneRow *self)
{
  GSettingsSchema *schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                                             BASE_APP_ID, TRUE);
  guint n = evd_zoom_zones_get_n_zones ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Without the installed schema (a library test) nothing is remembered. */
  if (schema != NULL)
    {
      self->settings = evd_settings_new ();
      self->recent = g_settings_get_strv (self->settings, "recent-timezones");
      g_settings_schema_unref (schema);
    }

  self->zones = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->zones[i] = g_strdup (evd_zoom_zones_get_id (i));

  gtk_list_box_set_filter_func (self->list, filter_cb, self, NULL);
  gtk_list_box_set_sort_func (self->list, sort_cb, self, NULL);
  gtk_list_box_set_header_func (self->list, header_cb, self, NULL);
  /* Typing while the list has the keyboard still goes into the search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->popover));

  evd_timezone_row_set_zone (self, evd_zoom_zones_match_local ());
  update_subtitle (self);
}
