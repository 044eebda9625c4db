/* bench-run.c: runs a command a few times; best wall time and peak memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-run REPEAT OUTPUT_FILE COMMAND [ARG…]
 * Prints "best_seconds peak_kib" on stdout; the command's stdout of the last
 * run goes to OUTPUT_FILE. Peak memory is the child's ru_maxrss from wait4,
 * which /usr/bin/time -v would also report but may not be installed.
 */
#define _GNU_SOURCE

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int   argc,
      char *argv[])
{
  double best = -1;
  long peak = 0;
  int repeat;

  if (argc < 4)
    {
      fprintf (stderr, "usage: bench-run REPEAT OUTPUT_FILE COMMAND [ARG…]\n");
      return 2;
    }
  repeat = atoi (argv[1]);

  for (int i = 0; i < repeat; i++)
    {
      struct rusage usage;
      int status;
      double start = now ();
      pid_t pid = fork ();

      if (pid == 0)
        {
          int fd = open (argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);

          if (fd < 0 || dup2 (fd, 1) < 0)
            _exit (127);
          execv (argv[3], argv + 3);
          _exit (127);
        }
      if (pid < 0 || wait4 (pid, &status, 0, &usage) < 0)
        return 1;
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        {
          fprintf (stderr, "bench-run: %s failed\n", argv[3]);
          return 1;
        }
      if (best < 0 || now () - start < best)
        best = now () - start;
      if (usage.ru_maxrss > peak)
        peak = usage.ru_maxrss;
    }
  printf ("%.3f %ld\n", best, peak);
  return 0;
}
