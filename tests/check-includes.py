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

Within a UI room, files may not include each other in a circle: a child
never includes its parent's header (the parent binds what the child needs
and the child reports upward with actions or signals).

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
    'core/insight': {'core/models', 'core/api', 'core/importer'},
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


def module_of(path):
    """evd-import-assistant-private.h and -steps.c's header belong to one class"""
    name = os.path.splitext(os.path.basename(path))[0]
    return name[:-len('-private')] if name.endswith('-private') else name


def find_circles(edges):
    """edges: (folder, from module, to module) → [(file, line)]; returns the
    edges that lie on a circle, per folder (Tarjan's strongly connected
    components)."""
    graph = {}
    for (folder, a, b) in edges:
        graph.setdefault((folder, a), set()).add((folder, b))
        graph.setdefault((folder, b), set())
    index, low, stack, on_stack, component = {}, {}, [], set(), {}
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.append(member)
                if member == node:
                    break
            for member in members:
                component[member] = (node, len(members))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    circular = {}
    for (folder, a, b), places in edges.items():
        ca, na = component[(folder, a)]
        cb, _ = component[(folder, b)]
        if ca == cb and na > 1:
            circular[(folder, a, b)] = places
    return circular


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

    # Includes between the files of one folder, for circles
    edges = {}
    problems_of = {}
    for path in sources:
        folder = folder_of(path, src)
        shown = os.path.relpath(path, root)
        problems = problems_of.setdefault(path, [])
        with open(path, encoding='utf-8') as f:
            for line_number, line in enumerate(f, 1):
                match = INCLUDE_RE.match(line)
                if match is None:
                    continue
                why = check_line(folder, match.group(1), match.group(2), headers)
                if why is not None:
                    problems.append(f'{shown}:{line_number}: {why}')
                target = os.path.basename(match.group(2))
                # Widgets: a child never includes its parent. (The core's
                # folders share helpers both ways, json and private headers.)
                if match.group(1) == '"' and folder in UI_RANK and folder in headers.get(target, ()):
                    a, b = module_of(path), module_of(target)
                    if a != b:
                        edges.setdefault((folder, a, b), []).append((path, line_number))

    for (folder, a, b), places in sorted(find_circles(edges).items()):
        for path, line_number in places:
            shown = os.path.relpath(path, root)
            problems_of[path].append(f'{shown}:{line_number}: includes {b}, which leads back to {a}: '
                                     f'the two include each other, and a child must not include its parent')

    print('TAP version 13')
    failed = 0
    for n, path in enumerate(sources, 1):
        shown = os.path.relpath(path, root)
        problems = problems_of[path]
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
