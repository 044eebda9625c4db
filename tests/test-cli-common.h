/* test-cli-common.h: running eventdesk-cli against eventdesk-sandbox, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  int    status;
  char  *out;
  gsize  out_len;
  char  *err;
} CliRun;

void        cli_test_init        (int                 *argc,
                                  char              ***argv);
void        cli_test_init_with_state (int             *argc,
                                  char              ***argv,
                                  const char          *state);
void        cli_test_init_full   (int                 *argc,
                                  char              ***argv,
                                  void               (*prepare) (const char *tmp_dir),
                                  const char * const  *sandbox_args);
int         cli_test_run         (void);
const char *cli_sandbox_env      (const char          *name);
const char *cli_tmp_dir          (void);
char       *build_path           (const char          *relative);

CliRun     *run_cli_full         (const char * const  *env,
                                  const char          *input,
                                  const char * const  *args);
void        cli_run_free         (CliRun              *run);

#define run_cli(...) run_cli_full (NULL, NULL, (const char * const[]) { __VA_ARGS__, NULL })
#define run_cli_env(env, ...) run_cli_full ((env), NULL, (const char * const[]) { __VA_ARGS__, NULL })

void        assert_success       (CliRun              *run);
void        assert_failure_line  (CliRun              *run,
                                  const char          *expected_part);
void        assert_usage_error   (CliRun              *run,
                                  const char          *command);

JsonNode   *parse_json           (const char          *text);
JsonArray  *parse_json_array     (const char          *text);
JsonObject *parse_json_object    (const char          *text);
JsonObject *find_by_member       (JsonArray           *array,
                                  const char          *member,
                                  const char          *value);

char       *write_temp_file      (const char          *name,
                                  const char          *contents);
char       *marketing_hub_id     (void);
char       *phoenix_body         (const char          *hub_id,
                                  const char          *attendance_type);
guint       count_events         (const char          *hub_id);
char       *create_phoenix       (const char          *hub_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliRun, cli_run_free)

G_END_DECLS
