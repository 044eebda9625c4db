#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `eventdesk-cli check --json` on a generated 100,000-row attendee list,
# against Python 3's csv module doing the same work (check-attendees.py).
# Best wall time of 5 runs each, taken in turns so that both meet the same
# load on a shared machine, and peak memory (ru_maxrss). Both must agree on
# the counts. Usage: bench-check.sh EVENTDESK_CLI BENCH_RUN [ROWS]
set -eu
cli=$1
runner=$2
rows=${3:-100000}
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/evd-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$python" "$here/gen-attendees.py" "$tmp/attendees.csv" "$rows"
size=$(wc -c < "$tmp/attendees.csv")

# Each line: "seconds kib" of one run
: > "$tmp/c.times"
: > "$tmp/py.times"
: > "$tmp/c-start.times"
: > "$tmp/py-start.times"
for turn in 1 2 3 4 5; do
  "$runner" 1 "$tmp/c.json" "$cli" check "$tmp/attendees.csv" --json >> "$tmp/c.times"
  "$runner" 1 "$tmp/py.json" "$python" "$here/check-attendees.py" "$tmp/attendees.csv" >> "$tmp/py.times"
  # What neither can go below: starting the process, with nothing to read
  "$runner" 1 "$tmp/version.txt" "$cli" --version >> "$tmp/c-start.times"
  "$runner" 1 "$tmp/version.txt" "$python" -c pass >> "$tmp/py-start.times"
done
best () { sort -n "$1" | head -n 1 | cut -d ' ' -f 1; }
peak () { sort -n -k 2 "$1" | tail -n 1 | cut -d ' ' -f 2; }
c_time=$(best "$tmp/c.times") c_kib=$(peak "$tmp/c.times")
py_time=$(best "$tmp/py.times") py_kib=$(peak "$tmp/py.times")
c_start=$(best "$tmp/c-start.times")
py_start=$(best "$tmp/py-start.times")

echo "file: $rows rows, $size bytes"
echo "eventdesk-cli: $(cat "$tmp/c.json")"
echo "python csv:    $(cat "$tmp/py.json")"
"$python" - "$tmp/c.json" "$tmp/py.json" "$c_time" "$c_kib" "$py_time" "$py_kib" "$c_start" "$py_start" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
p = json.load(open(sys.argv[2]))
for key in ("rows", "valid", "invalid", "duplicates"):
    if c[key] != p[key]:
        sys.exit("counts differ on %s: %s vs %s" % (key, c[key], p[key]))
ct, ck, pt, pk = float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
print("%-24s %10s %14s" % ("", "best of 5", "peak memory"))
print("%-24s %9.3fs %11.1f MiB" % ("eventdesk-cli check", ct, ck / 1024))
print("%-24s %9.3fs %11.1f MiB" % ("python3 csv module", pt, pk / 1024))
print("%-24s %9.3fs" % ("eventdesk-cli start-up", float(sys.argv[7])))
print("%-24s %9.3fs" % ("python3 start-up", float(sys.argv[8])))
print("speed-up: %.1fx" % (pt / ct if ct > 0 else float("inf")))
PY
