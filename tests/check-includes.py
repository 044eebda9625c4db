#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on an #include that points the wrong way.

src/ui: a room includes only rooms below it, never one above or beside it:
    app → browse → {events, sessions, registrations, insight} → import → widgets → core
src/core: models include nothing but models; the client (api) sees models;
the importer sees models and api, never the sandbox; insight (event summaries
and reports) sees models, api and the importer; the sandbox sees models,
never the client; secrets stand alone; and no core file includes GTK or the UI.
src/cli: the core only.

Each wrong include is reported as file:line with the rule it breaks.
Output is TAP, one test per source file.
"""
import os
import re
import sys

# Higher rooms may include lower ones. Rooms of the same rank are siblings
# and may not include each other.
UI_RANK = {
    'ui': 7,              # src/ui itself: main.c
    'ui/app': 6,
    'ui/browse': 5,
    'ui/events': 4,
    'ui/sessions': 4,
    'ui/registrations': 4,
    'ui/insight': 4,
    'ui/import': 3,
    'ui/widgets': 2,
}

# What each core folder may include besides itself.
CORE_ALLOWED = {
    'core/models': set(),
    'core/api': {'core/models'},
    'core/secrets': set(),
    'core/importer': {'core/models', 'core/api'},
    'core/insight': {'core/models', 'core/api', 'core/importer'},
    'core/sandbox': {'core/models'},
}

GTK_PREFIXES = ('gtk/', 'gdk/', 'gsk/', 'adwaita.h', 'libadwaita')
INCLUDE_RE = re.compile(r'^\s*#\s*include\s+([<"])([^">]+)[">]')


def folder_of(path, src):
    return os.path.relpath(os.path.dirname(path), src).replace(os.sep, '/')


def index_headers(src):
    """basename → folders holding a header of that name"""
    headers = {}
    for root, _dirs, files in os.walk(src):
        for name in files:
            if name.endswith('.h'):
                headers.setdefault(name, set()).add(folder_of(os.path.join(root, name), src))
    return headers


def check_line(folder, delim, target, headers):
    """Returns why the include is wrong, or None."""
    if delim == '<':
        if (folder.startswith('core') or folder.startswith('cli')) and target.startswith(GTK_PREFIXES):
            return f'{folder} must not include GTK ({target}): the core and the command line have no UI'
        return None

    folders = headers.get(os.path.basename(target))
    if folders is None:
        return None                     # config.h, generated headers
    if folder in folders:
        return None                     # its own folder
    if len(folders) > 1:
        return f'{target} is ambiguous: it exists in {", ".join(sorted(folders))}'
    (other,) = folders

    if folder in UI_RANK:
        if other in UI_RANK:
            if UI_RANK[other] > UI_RANK[folder]:
                return f'{folder} includes {other} ({target}), a room above it'
            if UI_RANK[other] == UI_RANK[folder]:
                return f'{folder} includes {other} ({target}), a sibling room'
        return None

    if folder in CORE_ALLOWED:
        if other.startswith('ui') or other.startswith('cli'):
            return f'{folder} includes {other} ({target}): the core never includes the UI or the command line'
        if other not in CORE_ALLOWED[folder]:
            allowed = ', '.join(sorted(CORE_ALLOWED[folder]))
            if not allowed:
                return f'{folder} includes {other} ({target}); it may include nothing outside its folder'
            return f'{folder} includes {other} ({target}); it may include only {allowed}'
        return None

    if folder.startswith('cli') and other.startswith('ui'):
        return f'{folder} includes {other} ({target}): the command line never includes the UI'
    return None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
    src = os.path.join(root, 'src')
    headers = index_headers(src)

    sources = []
    for dirpath, _dirs, files in os.walk(src):
        for name in sorted(files):
            if name.endswith(('.c', '.h')):
                sources.append(os.path.join(dirpath, name))
    sources.sort()

    print('TAP version 13')
    failed = 0
    for n, path in enumerate(sources, 1):
        folder = folder_of(path, src)
        shown = os.path.relpath(path, root)
        problems = []
        with open(path, encoding='utf-8') as f:
            for line_number, line in enumerate(f, 1):
                match = INCLUDE_RE.match(line)
                if match is None:
                    continue
                why = check_line(folder, match.group(1), match.group(2), headers)
                if why is not None:
                    problems.append(f'{shown}:{line_number}: {why}')
        if problems:
            failed += 1
            print(f'not ok {n} - {shown}')
            for problem in problems:
                print(f'# {problem}')
                print(problem, file=sys.stderr)
        else:
            print(f'ok {n} - {shown}')
    print(f'1..{len(sources)}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
