/* evd-layout-audit.c: checks a window's layout the way a person would see it
 *
 * Four rules, each something an organizer ran into:
 *  - two visible controls (or a control and a label) overlap;
 *  - a control or a label lies outside one of its containers. Containers
 *    that scroll (anything GtkScrollable: viewports, lists, column views,
 *    text views) end the walk upwards: what they clip is reachable by
 *    scrolling, so it is not a fault;
 *  - a control that is fully in view cannot be clicked at its centre:
 *    picking the window at that point must give the control or one of its
 *    children (controls only partly in view because a list is scrolled are
 *    skipped, scrolling brings them in);
 *  - a label is cut short with "…" where nobody meant it to be: a few
 *    labels may be, each listed below with the reason.
 * And one for consistency: spin buttons stand upright in every dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-layout-audit"

#include "config.h"

#include <adwaita.h>

#include "evd-layout-audit.h"

/* A fraction of a pixel from rounding is not a fault. */
#define TOLERANCE 1.0f

/* Labels that may end in "…", matched on the label's own CSS class and on
 * the type of one of its containers (both, when both are given). */
typedef struct
{
  const char *css_class;
  const char *ancestor_type;
  const char *reason;
} Allowance;

static const Allowance allowed_ellipsis[] = {
  { NULL, "AdwWindowTitle",
    "a page's title and subtitle in the header bar: the page itself shows them whole" },
  { "title", "AdwHeaderBar",
    "a dialog's title in its header bar at 360 px: the dialog's first line says what it is for" },
  { "join-link", NULL,
    "a join link in the registrations table: the Copy button next to it copies all of it, "
    "and the registration's details show it whole" },
  { "preview-cell", NULL,
    "a cell of the import's preview of a file: a sample so the columns can be matched; "
    "the next step checks and lists every row in full" },
};

typedef struct
{
  GtkWidget       *widget;
  graphene_rect_t  bounds;     /* in the root's coordinates */
  graphene_rect_t  visible;    /* bounds, clipped by the containers that clip */
  gboolean         is_control;
  gboolean         scrolled;   /* part of it is clipped by a container that scrolls */
} Item;

typedef struct
{
  GtkWidget *root;
  GArray    *items;
  GPtrArray *problems;
} Audit;

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_SWITCH (widget) || GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) ||
         GTK_IS_PASSWORD_ENTRY (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SCALE (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_TEXT (widget) ||
         ADW_IS_SPLIT_BUTTON (widget);
}

static gboolean
clips_children (GtkWidget *widget)
{
  return GTK_IS_SCROLLABLE (widget) || GTK_IS_SCROLLED_WINDOW (widget) ||
         gtk_widget_get_overflow (widget) == GTK_OVERFLOW_HIDDEN;
}

static char *
describe (GtkWidget *widget)
{
  const char *text = NULL;
  GtkWidget *inner;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL)
    text = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL)
    text = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
  else if (gtk_widget_get_tooltip_text (widget) != NULL)
    text = gtk_widget_get_tooltip_text (widget);
  else
    {
      /* A button holding a box with a label, say. */
      for (inner = gtk_widget_get_first_child (widget); inner != NULL && text == NULL;
           inner = gtk_widget_get_first_child (inner))
        if (GTK_IS_LABEL (inner))
          text = gtk_label_get_text (GTK_LABEL (inner));
    }

  /* A control without words of its own: the row it sits in names it. */
  if (text == NULL)
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

      if (row != NULL)
        text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
    }

  return g_strdup_printf ("%s “%s”", G_OBJECT_TYPE_NAME (widget), text != NULL ? text : "");
}

static char *
describe_rect (const graphene_rect_t *rect)
{
  return g_strdup_printf ("(%.0f,%.0f %.0f×%.0f)", rect->origin.x, rect->origin.y,
                          rect->size.width, rect->size.height);
}

static void
add_problem (Audit      *audit,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (Audit      *audit,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (audit->problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
rect_inside (const graphene_rect_t *inner,
             const graphene_rect_t *outer)
{
  return inner->origin.x >= outer->origin.x - TOLERANCE &&
         inner->origin.y >= outer->origin.y - TOLERANCE &&
         inner->origin.x + inner->size.width <= outer->origin.x + outer->size.width + TOLERANCE &&
         inner->origin.y + inner->size.height <= outer->origin.y + outer->size.height + TOLERANCE;
}

/* Rule 2: inside every container up to the first that scrolls. */
static void
check_inside_containers (Audit      *audit,
                         const Item *item)
{
  for (GtkWidget *parent = gtk_widget_get_parent (item->widget);
       parent != NULL;
       parent = gtk_widget_get_parent (parent))
    {
      graphene_rect_t parent_bounds;

      if (GTK_IS_SCROLLABLE (parent) || GTK_IS_NATIVE (parent))
        break;
      if (!gtk_widget_compute_bounds (parent, audit->root, &parent_bounds))
        break;
      if (!rect_inside (&item->bounds, &parent_bounds))
        {
          g_autofree char *what = describe (item->widget);
          g_autofree char *where = describe_rect (&item->bounds);
          g_autofree char *container = describe_rect (&parent_bounds);

          add_problem (audit, "%s %s lies outside its container %s %s", what, where,
                       G_OBJECT_TYPE_NAME (parent), container);
          return;
        }
    }
}

/* Rule 3: a click at the centre reaches the control. */
static void
check_clickable (Audit      *audit,
                 const Item *item)
{
  double x = item->bounds.origin.x + item->bounds.size.width / 2;
  double y = item->bounds.origin.y + item->bounds.size.height / 2;
  GtkWidget *picked;

  if (!item->is_control || item->scrolled || !gtk_widget_get_can_target (item->widget))
    return;

  picked = gtk_widget_pick (audit->root, x, y, GTK_PICK_INSENSITIVE);
  if (picked != item->widget && (picked == NULL || !gtk_widget_is_ancestor (picked, item->widget)))
    {
      g_autofree char *what = describe (item->widget);
      g_autofree char *other = picked != NULL ? describe (picked) : g_strdup ("nothing");

      add_problem (audit, "%s cannot be clicked at its centre (%.0f,%.0f): %s is there", what, x, y, other);
    }
}

/* Spin buttons stand the same way in every dialog: horizontal ones among
 * vertical ones looked like another kind of control. Upright, because two
 * side by side with a date do not fit 360 px lying down. */
static void
check_spin_upright (Audit     *audit,
                    GtkWidget *widget)
{
  if (GTK_IS_SPIN_BUTTON (widget) &&
      gtk_orientable_get_orientation (GTK_ORIENTABLE (widget)) != GTK_ORIENTATION_VERTICAL)
    {
      g_autofree char *what = describe (widget);

      add_problem (audit, "%s lies horizontal; spin buttons stand upright everywhere", what);
    }
}

/* Rule 4: no "…" unless listed. */
static void
check_not_ellipsized (Audit     *audit,
                      GtkWidget *widget)
{
  GtkLabel *label = GTK_LABEL (widget);

  if (gtk_label_get_ellipsize (label) == PANGO_ELLIPSIZE_NONE ||
      !pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (allowed_ellipsis); i++)
    {
      const Allowance *allowance = &allowed_ellipsis[i];

      GType type = allowance->ancestor_type != NULL ? g_type_from_name (allowance->ancestor_type) : 0;

      if (allowance->css_class != NULL && !gtk_widget_has_css_class (widget, allowance->css_class))
        continue;
      if (allowance->ancestor_type != NULL && (type == 0 || gtk_widget_get_ancestor (widget, type) == NULL))
        continue;
      return;
    }

  {
    g_autofree char *what = describe (widget);

    add_problem (audit, "%s is cut short with “…”", what);
  }
}

/* Two items overlap on purpose only when they sit in different layers of an
 * overlay (a toast over the page, say), or are an entry row's title and its
 * text (the title moves up out of the way as soon as there is text). */
static gboolean
layered_apart (GtkWidget *a,
               GtkWidget *b)
{
  GtkWidget *common = a;

  while (common != NULL && !gtk_widget_is_ancestor (b, common))
    common = gtk_widget_get_parent (common);

  return common != NULL && (GTK_IS_OVERLAY (common) || ADW_IS_TOAST_OVERLAY (common) ||
                            gtk_widget_get_ancestor (common, ADW_TYPE_ENTRY_ROW) != NULL);
}

/* Rule 1. */
static void
check_overlaps (Audit *audit)
{
  for (guint i = 0; i < audit->items->len; i++)
    {
      const Item *a = &g_array_index (audit->items, Item, i);

      for (guint j = i + 1; j < audit->items->len; j++)
        {
          const Item *b = &g_array_index (audit->items, Item, j);
          graphene_rect_t overlap;

          if (!a->is_control && !b->is_control)
            continue;
          if (!graphene_rect_intersection (&a->visible, &b->visible, &overlap) ||
              overlap.size.width <= TOLERANCE || overlap.size.height <= TOLERANCE)
            continue;
          if (gtk_widget_is_ancestor (a->widget, b->widget) || gtk_widget_is_ancestor (b->widget, a->widget))
            continue;
          if (layered_apart (a->widget, b->widget))
            continue;

          {
            g_autofree char *first = describe (a->widget);
            g_autofree char *second = describe (b->widget);
            g_autofree char *where = describe_rect (&overlap);

            add_problem (audit, "%s and %s overlap at %s", first, second, where);
          }
        }
    }
}

static void
collect (Audit                 *audit,
         GtkWidget             *widget,
         const graphene_rect_t *clip,
         gboolean               clip_scrolls,
         gboolean               inside_control)
{
  graphene_rect_t bounds;
  graphene_rect_t child_clip = *clip;
  gboolean child_clip_scrolls = clip_scrolls;
  gboolean control = FALSE;

  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_opacity (widget) == 0.0)
    return;
  if (!gtk_widget_compute_bounds (widget, audit->root, &bounds))
    return;

  if (!inside_control && (is_control (widget) || GTK_IS_LABEL (widget)) &&
      bounds.size.width > 0 && bounds.size.height > 0)
    {
      Item item = { widget, bounds, bounds, FALSE, FALSE };

      control = is_control (widget);
      item.is_control = control;
      if (!graphene_rect_intersection (&bounds, clip, &item.visible))
        graphene_rect_init (&item.visible, 0, 0, 0, 0);
      item.scrolled = clip_scrolls && !rect_inside (&bounds, &item.visible);

      /* An empty label takes no room a person sees. */
      if (!GTK_IS_LABEL (widget) || *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
        g_array_append_val (audit->items, item);
    }

  if (clips_children (widget))
    {
      graphene_rect_t clipped;

      if (!graphene_rect_intersection (&child_clip, &bounds, &clipped))
        graphene_rect_init (&clipped, 0, 0, 0, 0);
      child_clip = clipped;
      if (GTK_IS_SCROLLABLE (widget) || GTK_IS_SCROLLED_WINDOW (widget))
        child_clip_scrolls = TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* Popovers are windows of their own, audited on their own. */
      if (GTK_IS_NATIVE (child))
        continue;
      collect (audit, child, &child_clip, child_clip_scrolls, inside_control || control);
    }
}

/**
 * evd_layout_audit:
 * @window: a mapped window (or popover)
 *
 * Returns: (transfer full): one sentence per problem found; empty when none
 */
GPtrArray *
evd_layout_audit (GtkWidget *window)
{
  Audit audit = { window, g_array_new (FALSE, FALSE, sizeof (Item)), g_ptr_array_new_with_free_func (g_free) };
  graphene_rect_t root_bounds;

  g_return_val_if_fail (GTK_IS_NATIVE (window), NULL);

  if (!gtk_widget_compute_bounds (window, window, &root_bounds))
    graphene_rect_init (&root_bounds, 0, 0, gtk_widget_get_width (window), gtk_widget_get_height (window));
  collect (&audit, window, &root_bounds, FALSE, FALSE);

  for (guint i = 0; i < audit.items->len; i++)
    {
      const Item *item = &g_array_index (audit.items, Item, i);

      check_inside_containers (&audit, item);
      check_clickable (&audit, item);
      check_spin_upright (&audit, item->widget);
      if (GTK_IS_LABEL (item->widget))
        check_not_ellipsized (&audit, item->widget);
    }
  check_overlaps (&audit);

  g_array_unref (audit.items);
  return audit.problems;
}

/**
 * evd_layout_audit_assert:
 * @screen: what the window shows, for the message
 *
 * Fails the test, listing every problem, when the audit finds any.
 */
void
evd_layout_audit_assert (GtkWidget  *window,
                         const char *screen)
{
  g_autoptr(GPtrArray) problems = evd_layout_audit (window);
  g_autoptr(GString) message = NULL;

  if (problems->len == 0)
    return;

  message = g_string_new (NULL);
  g_string_append_printf (message, "Layout of %s (%d×%d): %u problems\n", screen,
                          gtk_widget_get_width (window), gtk_widget_get_height (window), problems->len);
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (message, "  - %s\n", (const char *) g_ptr_array_index (problems, i));
  g_test_message ("%s", message->str);
  g_test_fail_printf ("%s", message->str);
}
