#!/usr/bin/env python3
"""Make the gazetteer's heads of state and government of earlier decades (terms that ended 1945 to 1999).

Usage:
    python3 scripts/leaders-history.py MIRROR_GIT COMMIT

MIRROR_GIT is a clone of github.com/cfmessias/geografia (the fetch tool gives one as a git directory); COMMIT the
commit read (2e1e3b9cf6bff86186ae26376a2deafdbd9c67e3, 2025-10-03, for the shipped file). Its
data/leaders_history.csv is a mechanical extract of Wikidata (CC0) of every country's heads of state and
government, with QIDs and dates: the same extract whose terms ending in or after 2000 are the heads in
leaders.csv (shared/data/gazetteer, "geografia@2025-10-03"). This takes the terms that ended from 1945 to 1999,
the leaders news of the last decades still names (Reagan, Thatcher, Mandela before 1999, Chernomyrdin), in
leaders.csv's columns, each office's country QID as leaders.csv gives that code.

Left out: a label of the source's Portuguese form for a monarch ("Hussein da Jordânia", "Jorge VI do Reino Unido":
the name ends in a country of the source, in Portuguese, after da, do, de, dos or das), which is no name English
news uses; a label that names no one person (a comma, "Junta") or is the bare QID (no label); rows without a QID
or an end. Other Portuguese forms stay (Boris Iéltsin): the overlay gives the newsworthy ones their English name.
Standard library only.

Writes enrich-core/src/main/resources/gazetteer/leaders-history.csv.
"""
import csv
import io
import os
import re
import subprocess
import sys

FIRST_YEAR, LAST_YEAR = 1945, 1999
ROLES = {"head_of_state", "head_of_government"}
FIELDS = ["qid", "name_en", "name_ar", "name_ru", "role", "country_iso3", "country_qid", "start", "end", "source",
          "position_label"]
SOURCE = "geografia@2025-10-03"


def portuguese_monarch(name, countries):
    m = re.search(r"\s(?:da|do|de|dos|das)\s+(.+)$", name)
    return m is not None and m.group(1) in countries


def main(git_dir, commit):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gazetteer = os.path.join(root, "enrich-core/src/main/resources/gazetteer")
    text = subprocess.run(["git", "--git-dir", git_dir, "show", commit + ":data/leaders_history.csv"],
                          capture_output=True, text=True, check=True).stdout
    with open(os.path.join(gazetteer, "leaders.csv"), encoding="utf-8") as f:
        current = list(csv.DictReader(f))
    qid_of = {}
    for r in current:
        if r["country_iso3"] and r["country_qid"]:
            qid_of.setdefault(r["country_iso3"], set()).add(r["country_qid"])
    qid_of = {k: next(iter(v)) for k, v in qid_of.items() if len(v) == 1}
    known = {(r["qid"], r["role"], r["start"]) for r in current}
    source = list(csv.DictReader(io.StringIO(text)))
    countries = {r["country"] for r in source}
    rows, seen = [], set()
    for r in source:
        end, start = r["end"][:10], r["start"][:10]
        name = r["person"].strip()
        if (r["role"] not in ROLES or not r["person_qid"] or not re.match(r"^\d{4}-", end)
                or not FIRST_YEAR <= int(end[:4]) <= LAST_YEAR):
            continue
        if ("," in name or name.startswith("Junta") or re.fullmatch(r"Q\d+", name)
                or portuguese_monarch(name, countries)):
            continue
        key = (r["person_qid"], r["role"], start)
        if key in known or key in seen:
            continue
        seen.add(key)
        rows.append({"qid": r["person_qid"], "name_en": name, "name_ar": "", "name_ru": "", "role": r["role"],
                     "country_iso3": r["iso3"], "country_qid": qid_of.get(r["iso3"], ""), "start": start,
                     "end": end, "source": SOURCE, "position_label": ""})
    rows.sort(key=lambda r: (r["country_iso3"], r["role"], r["start"], r["qid"]))
    with open(os.path.join(gazetteer, "leaders-history.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} terms of {len({r['qid'] for r in rows})} people", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
