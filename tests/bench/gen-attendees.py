#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a realistic attendee CSV for the benchmark: a CRM-style export
with a byte-order mark, CRLF, quoted cells, accents, about 2% bad email
addresses and 3% repeated ones (in another case, with spaces)."""
import csv
import random
import sys

FIRST = ["Sarah", "Wei", "Jürgen", "Zoë", "Mary Ann", "José", "Aiko", "Olu", "Ingrid", "Liam",
         "Fatima", "Noah", "Chloé", "Mateo", "Priya", "Søren"]
LAST = ["Chen", "Müller", "O'Brien", "García Márquez", "Nakamura", "Smith", "Okafor", "Dubois",
        "van der Berg", "Kowalski", "Rossi", "Ångström"]
COMPANIES = ["ACME, Inc.", "Globex", "Initech", "Umbrella \"Health\"", "Stark Industries",
             "Wayne Enterprises", "Soylent", "Hooli"]
TITLES = ["Engineer", "Director of Sales", "CEO", "Event Manager", "Analyst", "Nurse"]
COUNTRIES = ["US", "DE", "FR", "GB", "JP", "NG", "BR", "IN", "Germany", "United States"]
BAD = ["not an email", "sarah@", "@example.com", "a b@example.com", "sarah@@example.com",
       "jürgen@example.de", "x@-bad.com", ""]


def main():
    path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rng = random.Random(4180)
    emails = []
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["First Name", "Last Name", "Email Address", "Company", "Job Title",
                    "Country", "Phone", "Notes"])
        for i in range(rows):
            first = rng.choice(FIRST)
            last = rng.choice(LAST)
            r = rng.random()
            if r < 0.02:
                email = rng.choice(BAD)
            elif r < 0.05 and emails:
                email = "  " + rng.choice(emails).upper() + " "
            else:
                email = "%s.%s.%d@example%d.com" % (first.split()[0].lower().encode("ascii", "ignore").decode() or "x",
                                                      "p", i, i % 50)
                emails.append(email)
            notes = "" if rng.random() < 0.7 else "Met at booth %d,\nsays \"hi\"" % rng.randrange(100)
            w.writerow([first, last, email, rng.choice(COMPANIES), rng.choice(TITLES),
                        rng.choice(COUNTRIES), "+1 555 %04d" % rng.randrange(10000), notes])


main()
