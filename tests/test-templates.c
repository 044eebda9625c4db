/* test-templates.c: every .ui template builds and its widget finalizes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-test-utils.h"

#define UI_PATH RESOURCE_PREFIX "/ui/"

/* "evd-ticket-list.ui" -> "EvdTicketList" */
static char *
type_name_for_template (const char *file_name)
{
  g_autofree char *base = g_strndup (file_name, strlen (file_name) - strlen (".ui"));
  g_auto(GStrv) parts = g_strsplit (base, "-", -1);
  GString *name = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      g_string_append_c (name, g_ascii_toupper (parts[i][0]));
      g_string_append (name, parts[i] + 1);
    }
  return g_string_free (name, FALSE);
}

static void
test_template_finalizes (gconstpointer data)
{
  const char *file_name = data;
  g_autofree char *type_name = type_name_for_template (file_name);
  GType type = g_type_from_name (type_name);
  GObject *object;

  if (type == 0)
    g_error ("%s has no registered type %s: add it to evd_ui_ensure_types()", file_name, type_name);

  g_assert_true (g_type_is_a (type, GTK_TYPE_WIDGET));

  object = g_object_new (type, NULL);
  if (GTK_IS_WINDOW (object))
    {
      /* GTK owns toplevels; take a reference so their end can be checked. */
      g_object_ref (object);
      gtk_window_present (GTK_WINDOW (object));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (object));
      gtk_window_destroy (GTK_WINDOW (object));
    }
  else
    {
      g_object_ref_sink (object);
    }

  g_assert_finalize_object (object);
}

/* Templates live in one folder per feature: walk them all. */
static void
add_templates_below (const char *path,
                     guint      *n_templates)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = g_resources_enumerate_children (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);

  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *child_path = g_strconcat (path, children[i], NULL);

      if (g_str_has_suffix (children[i], "/"))
        {
          add_templates_below (child_path, n_templates);
        }
      else if (g_str_has_suffix (children[i], ".ui"))
        {
          g_autofree char *test_path = g_strdup_printf ("/templates/%s", child_path + strlen (UI_PATH));

          g_test_add_data_func_full (test_path, g_strdup (children[i]), test_template_finalizes, g_free);
          (*n_templates)++;
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n_templates = 0;

  evd_test_init_ui (&argc, &argv);

  add_templates_below (UI_PATH, &n_templates);
  g_assert_cmpuint (n_templates, >, 0);

  return g_test_run ();
}
