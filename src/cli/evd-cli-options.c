/* evd-cli-options.c: which of a command's arguments are its options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-cli"

#include "config.h"

#include <string.h>

#include "evd-cli-options.h"

static const GOptionEntry *
find_entry (const GOptionEntry *entries,
            const char         *arg)
{
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    {
      const GOptionEntry *entry = &entries[i];
      gsize length = strlen (entry->long_name);

      if (*entry->long_name == '\0')   /* G_OPTION_REMAINING */
        continue;
      if (g_str_has_prefix (arg, "--") && strncmp (arg + 2, entry->long_name, length) == 0 &&
          (arg[2 + length] == '\0' || arg[2 + length] == '='))
        return entry;
      if (entry->short_name != '\0' && arg[0] == '-' && arg[1] == entry->short_name && arg[2] == '\0')
        return entry;
    }
  return NULL;
}

/**
 * evd_cli_split_arguments:
 * @entries: the command's options, %NULL-name terminated
 * @argc: the count of @argv
 * @argv: the command's name then its arguments
 * @positionals: (out) (transfer full): the arguments that are not options
 *
 * Zoom's ids are base64url, so about one in fifty starts with '-' and
 * GOption would take it for an unknown option ("-kNqLPC6h…"). Only the
 * command's own options (and GOption's help options) are options here:
 * everything else, and everything after "--", is an argument, so such an
 * id works with and without "--".
 *
 * Returns: (transfer full): the command's name and its options, for
 *   GOption to parse
 */
char **
evd_cli_split_arguments (const GOptionEntry  *entries,
                         int                  argc,
                         char               **argv,
                         char              ***positionals)
{
  static const char * const help[] = { "-h", "-?", "--help", "--help-all", NULL };
  g_autoptr(GStrvBuilder) options = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) rest = g_strv_builder_new ();

  g_strv_builder_add (options, argc > 0 ? argv[0] : "eventdesk-cli");
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const GOptionEntry *entry;

      if (g_str_equal (arg, "--"))
        {
          for (i++; i < argc; i++)
            g_strv_builder_add (rest, argv[i]);
          break;
        }
      if (g_strv_contains (help, arg) || g_str_has_prefix (arg, "--help-"))
        {
          g_strv_builder_add (options, arg);
          continue;
        }
      entry = arg[0] == '-' ? find_entry (entries, arg) : NULL;
      if (entry == NULL)
        {
          g_strv_builder_add (rest, arg);
          continue;
        }
      /* "--csv FILE": the value goes with its option, whatever it starts
       * with; joined into one word so GOption cannot mistake it either. */
      if (entry->arg != G_OPTION_ARG_NONE && strchr (arg, '=') == NULL && i + 1 < argc &&
          g_str_has_prefix (arg, "--"))
        {
          g_autofree char *joined = g_strconcat (arg, "=", argv[++i], NULL);

          g_strv_builder_add (options, joined);
          continue;
        }
      g_strv_builder_add (options, arg);
      if (entry->arg != G_OPTION_ARG_NONE && strchr (arg, '=') == NULL && i + 1 < argc)
        g_strv_builder_add (options, argv[++i]);
    }

  *positionals = g_strv_builder_end (rest);
  return g_strv_builder_end (options);
}
