#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts Event Desk on its sample data, walks its accessibility (AT-SPI) tree
# the way a screen reader sees it, and checks that the main controls carry
# names and that no button is nameless. Runs under tests/headless.sh.
import os
import re
import subprocess
import sys
import time

# G_DEBUG=fatal-warnings is for Event Desk, not for this script's own GLib:
# under load the AT-SPI client library warns about its bus and the walk
# died with SIGTRAP. The script runs again without it; the app gets it back.
if "fatal" in os.environ.get("G_DEBUG", "") and "EVD_APP_G_DEBUG" not in os.environ:
    os.environ["EVD_APP_G_DEBUG"] = os.environ.pop("G_DEBUG")
    os.execv(sys.executable, [sys.executable] + sys.argv)

try:
    import pyatspi
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed")
    sys.exit(0)

# Buttons with a mnemonic are named once, without its underscore: GTK 4.8
# said "_Connect Your Zoom Account Connect Your Zoom Account".
EXPECTED = [
    ("push button", "Connect Your Zoom Account"),
    ("push button", "Explore With Sample Data"),
    ("push button", "Connect Your Account…"),
    ("push button", "New Event"),
    ("push button", "Refresh"),
    ("push button", "Main Menu"),
    ("entry", "Search events by name"),
    ("list", "Hubs and events"),
]

# GTK 4.8 names a control after its class ("GtkImage", "GtkMenuButton")
# when it has no accessible name of its own: that counts as nameless.
PLACEHOLDER = re.compile(r"^(Gtk|Adw|Evd)[A-Z][A-Za-z]*$")


def walk(node, depth=0, out=None):
    if out is None:
        out = []
    try:
        role = node.getRoleName()
        name = node.name or ""
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
        out.append((depth, role, name, showing))
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                walk(child, depth + 1, out)
    except Exception:
        pass
    return out


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def launch(exe, args, ready):
    """Starts Event Desk with @args and returns its tree once @ready(tree)."""
    env = dict(os.environ)
    env["GTK_A11Y"] = "atspi"
    if "EVD_APP_G_DEBUG" in env:
        env["G_DEBUG"] = env.pop("EVD_APP_G_DEBUG")
    proc = subprocess.Popen([exe] + args, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree = []
    try:
        deadline = time.time() + 40
        while time.time() < deadline:
            time.sleep(0.5)
            if proc.poll() is not None:
                print("Bail out! Event Desk exited early: %s" % proc.stderr.read().decode(errors="replace"))
                sys.exit(1)
            app = find_app(proc.pid)
            if app is None:
                continue
            tree = walk(app)
            if ready(tree):
                break
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return tree


def main():
    exe = sys.argv[1]
    out_path = sys.argv[2] if len(sys.argv) > 2 else None

    def browsing(tree):
        found = {(r, n) for (_, r, n, _) in tree}
        # the sidebar has loaded once an event row shows
        on_browse = [e for e in EXPECTED if e[1] not in ("Connect Your Zoom Account", "Explore With Sample Data")]
        return all(e in found for e in on_browse) and any(r == "list item" for (_, r, _, _) in tree)

    def welcoming(tree):
        return any(n.endswith("Explore With Sample Data") for (_, r, n, _) in tree)

    tree = launch(exe, ["--sample-data"], browsing)
    if out_path:
        with open(out_path, "w") as f:
            for depth, role, name, showing in tree:
                f.write("%s[%s] %r\n" % ("  " * depth, role, name))
    # The first screen, without an account: the welcome page's buttons.
    welcome = launch(exe, [], welcoming)
    if out_path:
        with open(out_path.replace(".txt", "-welcome.txt"), "w") as f:
            for depth, role, name, showing in welcome:
                f.write("%s[%s] %r\n" % ("  " * depth, role, name))

    found = {(r, n) for (_, r, n, _) in tree} | {(r, n) for (_, r, n, _) in welcome}
    print("1..%d" % (len(EXPECTED) + 2))
    status = 0
    n = 0
    for role, name in EXPECTED:
        n += 1
        if (role, name) in found:
            print("ok %d - %s named %r" % (n, role, name))
        else:
            print("not ok %d - no %s named %r" % (n, role, name))
            status = 1
    n += 1
    nameless = [(r, nm) for (_, r, nm, _) in tree
                if r in ("push button", "toggle button", "entry", "text", "check box", "combo box")
                and (not nm or PLACEHOLDER.match(nm))]
    if nameless:
        print("not ok %d - %d controls have no accessible name: %s" % (n, len(nameless), nameless[:5]))
        status = 1
    else:
        print("ok %d - every button has an accessible name" % n)
    n += 1
    rows = [nm for (_, r, nm, _) in tree if r in ("list item", "panel", "grouping") and nm]
    if any("," in nm for nm in rows):
        print("ok %d - sidebar rows are read as one sentence (name, date, status)" % n)
    else:
        print("not ok %d - sidebar rows have no spoken summary" % n)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
