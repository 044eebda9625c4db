#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison for the benchmark: what `eventdesk-cli check --json` does,
in Python with the csv module: read, map columns by name, check emails with
the WHATWG rule and Zoom's lengths, and find repeated addresses."""
import csv
import json
import re
import sys
import unicodedata

WHATWG = re.compile(r"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")
ALIASES = {"email": "email", "emailaddress": "email", "mail": "email",
           "firstname": "first_name", "givenname": "first_name", "vorname": "first_name",
           "lastname": "last_name", "surname": "last_name", "nachname": "last_name",
           "country": "country", "comments": "comments", "notes": "comments"}


def fold(header):
    text = unicodedata.normalize("NFD", header).casefold()
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def main():
    with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = {}
        for i, name in enumerate(header):
            field = ALIASES.get(fold(name))
            if field and field not in columns:
                columns[field] = i
        email_col = columns["email"]
        first_col = columns.get("first_name")
        last_col = columns.get("last_name")
        comments_col = columns.get("comments")
        country_col = columns.get("country")
        seen = set()
        rows = valid = invalid = duplicates = 0
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            get = lambda c: row[c].strip() if c is not None and c < len(row) else ""
            email = get(email_col)
            bad = (not email or not WHATWG.match(email) or len(email) > 128
                   or len(get(first_col)) > 64 or len(get(last_col)) > 64
                   or len(get(comments_col)) > 255)
            country = get(country_col)
            if country and not (len(country) == 2 and country.isalpha()) and country.lower() not in (
                    "germany", "united states"):
                bad = True
            if bad:
                invalid += 1
                continue
            key = email.lower()
            if key in seen:
                duplicates += 1
            else:
                seen.add(key)
                valid += 1
    print(json.dumps({"encoding": "utf-8-bom", "delimiter": ",", "rows": rows, "valid": valid,
                      "invalid": invalid, "duplicates": duplicates}))


main()
