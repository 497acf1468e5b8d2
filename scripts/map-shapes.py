#!/usr/bin/env python3
"""Make the dashboard's world map shapes from Natural Earth's 1:110m admin-0 countries (issue 26).

Usage:
    python3 scripts/map-shapes.py GIT_DIR [--commit REV] [--out FILE]

GIT_DIR is a fetched snapshot of martynafford/natural-earth-geojson (a bare git directory such as
/work/.mirror/martynafford+natural-earth-geojson/repo): Natural Earth's shapefiles converted to GeoJSON with
ogr2ogr, nothing else changed. The file is read with `git show REV:110m/cultural/ne_110m_admin_0_countries.json`,
so the raw download never enters this repository.

Each country keeps only what the map needs: the Wikidata id the gazetteer gives its ISO alpha-3 code (the ids
events carry; Natural Earth 4.0 has no Wikidata column; a country row without one takes the one its people's rows
give, as the gazetteer loader does), the code, the English name, and its outline rings as
flat [lon, lat, lon, lat, ...] lists in tenths of a degree (whole numbers: shorter than decimals), each ring
simplified (Douglas-Peucker, TOLERANCE) and with points that round onto their predecessor dropped. Antarctica
is left out (the map stops at 56 degrees south). Natural Earth draws two de facto states the gazetteer does not
list as countries: their shapes join the country the gazetteer counts them in (DE_FACTO). Kosovo, which the
gazetteer's overlay adds, takes its code there (Natural Earth's KOS is the gazetteer's XKK).

A country of the gazetteer too small for the 1:110m outlines (Singapore, Bahrain, Malta) gets a point instead, its
capital's position from the same release's populated places (PLACES), when they have it, so the map can mark it.

Standard library only; the output is the same for the same input.
"""
import argparse
import csv
import json
import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
GAZETTEER = REPO / "enrich-core/src/main/resources/gazetteer"
OUT = REPO / "query-service/src/main/resources/static/map/countries-110m.json"
SOURCE = "110m/cultural/ne_110m_admin_0_countries.json"
PLACES = "110m/cultural/ne_110m_populated_places.json"
TOLERANCE = 0.12
DE_FACTO = {"CYN": "CYP", "SOL": "SOM"}
# Natural Earth's own codes for countries ISO assigns none, to the code the gazetteer gives them (Kosovo: ICU's)
OWN_CODES = {"KOS": "XKK"}
LEFT_OUT = {"ATA"}


def iso3(props):
    code = props["ISO_A3"] if props["ISO_A3"] != "-99" else props["ADM0_A3"]
    code = OWN_CODES.get(code, code)
    return DE_FACTO.get(code, code)


def simplify(points, tolerance):
    """Douglas-Peucker on one closed ring; the first and last point stay."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        far, at = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > far:
                far, at = d, i
        if far > tolerance:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep) if k]


def ring(points):
    out = []
    for lon, lat in simplify(points, TOLERANCE):
        p = [round(lon * 10), round(lat * 10)]
        if not out or out[-2:] != p:
            out += p
    # a ring that rounds to a line or a point draws nothing
    return out if len(out) >= 8 else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("git_dir")
    ap.add_argument("--commit", default="HEAD")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    commit = subprocess.run(["git", "--git-dir", args.git_dir, "rev-parse", args.commit], check=True,
                            capture_output=True, text=True).stdout.strip()
    def show(path):
        return subprocess.run(["git", "--git-dir", args.git_dir, "show", f"{commit}:{path}"], check=True,
                              capture_output=True).stdout

    raw = show(SOURCE)
    with open(GAZETTEER / "leaders.csv", encoding="utf-8") as f:
        given = {}
        for r in csv.DictReader(f):
            if r["country_iso3"] and r["country_qid"]:
                given.setdefault(r["country_iso3"], set()).add(r["country_qid"])
    with open(GAZETTEER / "countries.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # a row without a QID takes the one the people data gives its code, as the gazetteer loader does (Namibia)
    for r in rows:
        if not r["qid"] and len(given.get(r["iso3"], ())) == 1:
            r["qid"] = next(iter(given[r["iso3"]]))
    rows = [r for r in rows if r["qid"]]
    qids = {r["iso3"]: r["qid"] for r in rows}
    # the countries the overlay adds with their code, as the gazetteer loader does (Kosovo)
    with open(GAZETTEER / "overlay.tsv", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(c) > 6 and c[1] == "COUNTRY" and c[6] and c[6] not in qids:
                qids[c[6]] = c[0]
    countries = {}
    for feature in json.loads(raw)["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        code = iso3(props)
        if code in LEFT_OUT:
            continue
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        # outer rings only: at this scale the holes are lakes and enclaves too small to see
        rings = [r for r in (ring(p[0]) for p in polygons) if r]
        c = countries.setdefault(code, {"id": qids.get(code), "iso3": code, "name": props["NAME"], "rings": []})
        if props["ISO_A3"] == code:
            c["name"] = props["NAME"]
        c["rings"] += rings
    for feature in json.loads(show(PLACES))["features"]:
        props = feature["properties"]
        code = props["ADM0_A3"]
        if props["FEATURECLA"].startswith("Admin-0") and code in qids and code not in countries:
            lon, lat = feature["geometry"]["coordinates"]
            name = next(r["name_en"] for r in rows if r["iso3"] == code)
            countries[code] = {"id": qids[code], "iso3": code, "name": name, "rings": [], "point": [round(lon * 10), round(lat * 10)]}
    unlisted = sorted(c["name"] for c in countries.values() if not c["id"])
    out = {
        "source": f"Natural Earth 1:110m admin-0 countries 4.0.0 (public domain), via martynafford/natural-earth-geojson@{commit[:7]}",
        "units": "rings are [lon, lat, ...] and a point (a country too small to outline: its capital) [lon, lat], in tenths of a degree",
        "countries": sorted(countries.values(), key=lambda c: c["iso3"]),
    }
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    pathlib.Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(args.out).write_text(text + "\n", encoding="utf-8")
    points = sum(len(r) // 2 for c in countries.values() for r in c["rings"])
    marked = sum(1 for c in countries.values() if "point" in c)
    print(f"{len(countries) - marked} countries outlined with {points} points, {marked} marked at their capital, "
          f"{len(text.encode())} bytes; without an id: {', '.join(unlisted)}", file=sys.stderr)


if __name__ == "__main__":
    main()
