#!/usr/bin/env python3
"""List every event an extract run reported, one TSV row per event.

Usage: python3 scripts/event-list.py OUTPUT_DIR [> events.tsv]

OUTPUT_DIR is the folder written by `./newsroom extract IN OUTPUT_DIR`; each
*.json there may hold an "events" array. Columns: page id (file name without
.json), type, plover, status, actors (name/type joined by "; "), evidence.
A last line on stderr gives the number of events and of pages with one.
"""
import json
import os
import sys


def clean(text):
    return " ".join(str(text or "").split())


def rows(folder):
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            doc = json.load(f)
        for event in doc.get("events") or []:
            actors = "; ".join(
                "%s/%s" % (clean(a.get("name")), clean(a.get("type")))
                for a in event.get("actors") or [])
            yield [name[:-len(".json")], clean(event.get("type")), clean(event.get("plover")),
                   clean(event.get("status")), actors, clean(event.get("evidence"))]


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        sys.stderr.write(__doc__)
        return 2
    out = sys.stdout
    out.write("page\ttype\tplover\tstatus\tactors\tevidence\n")
    pages = set()
    count = 0
    for row in rows(argv[1]):
        out.write("\t".join(row) + "\n")
        pages.add(row[0])
        count += 1
    sys.stderr.write("events=%d pages=%d\n" % (count, len(pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
